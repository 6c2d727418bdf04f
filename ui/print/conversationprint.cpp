#include "conversationprint.h"

#include "chatstore.h"
#include "conversationdocument.h"
#include "sessionexport.h"
#include "versionsexport.h"

#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace ConversationPrint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationPrint", text);
}

Result<int> printOn(const Source &source, QPagedPaintDevice *device, const ConversationPrinter::Progress &progress)
{
    const std::unique_ptr<QTextDocument> document = ConversationDocument::build(source.conversation);
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    // Without ligatures: a PDF's text keeps them as single characters ("ﬀ"), so "office" or a
    // session id with "ff" in it could not be searched for or copied out as it was written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    return ConversationPrinter::print(*document, device, source.header, progress);
}

} // namespace

Result<Source> read(ChatStore &store, const QString &sessionId)
{
    const auto session = store.chat(sessionId);
    if (!session)
        return session.error();
    const auto conversation = VersionsExport::read(store, sessionId);
    if (!conversation)
        return conversation.error();
    return Source{{session->title, sessionId, QDateTime::currentDateTimeUtc()},
                  SessionExport::conversationOf(conversation->shown)};
}

Result<int> toPdf(const Source &source, const QString &path, const ConversationPrinter::Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(source.header.title);
        writer.setCreator(QStringLiteral("GovStack Desktop"));
        pages = printOn(source, &writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot save %1: %2").arg(path, file.errorString())};
    return pages;
}

Result<int> toPrinter(const Source &source, QPrinter *printer, const ConversationPrinter::Progress &progress)
{
    printer->setDocName(source.header.title);
    return printOn(source, printer, progress);
}

} // namespace ConversationPrint
