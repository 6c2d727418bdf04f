#include "pdfexportcommand.h"

#include "chatstore.h"
#include "conversationprint.h"
#include "datalocation.h"
#include "exitcode.h"
#include "managedpolicy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace PdfExportCommand {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PdfExportCommand", text, disambiguation, n);
}

} // namespace

int run(const CommandLineOptions &options, const QString &dataDirectory)
{
    if (!ManagedPolicy::load().allowsExport(u"pdf"_s))
        return ExitCode::fail(ExitCode::usage, tr("Your organisation does not allow exports as PDF."));
    ChatStore store;
    if (auto opened = store.open(DataLocation::databasePath(dataDirectory)); !opened)
        return ExitCode::fail(ExitCode::store, opened.error().message);
    const QString &sessionId = options.items.constFirst();
    const auto source = ConversationPrint::read(store, sessionId);
    if (!source)
        return ExitCode::fail(source.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
                              source.error().message);
    QTextStream progress(stderr);
    const auto pages = ConversationPrint::toPdf(*source, options.output, [&progress](int page, int pages) {
        progress << u'\r' << tr("Page %1 of %2").arg(page).arg(pages) << Qt::flush;
        return true;
    });
    progress << Qt::endl;
    if (!pages)
        return ExitCode::fail(ExitCode::store, pages.error().message);
    const QString path = QFileInfo(options.output).absoluteFilePath();
    if (auto recorded = store.recordAudit(AuditEvent{AuditAction::Export,
                                                     QJsonObject{{u"sessions"_s, QJsonArray{sessionId}},
                                                                 {u"file"_s, path},
                                                                 {u"format"_s, u"pdf"_s},
                                                                 {u"fingerprint"_s, QString()}}});
        !recorded)
        return ExitCode::fail(ExitCode::store, recorded.error().message);
    progress << tr("Exported the conversation to %1 (%n page(s)).", nullptr, *pages).arg(path) << Qt::endl;
    return ExitCode::ok;
}

} // namespace PdfExportCommand
