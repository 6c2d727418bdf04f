#include "conversationdocument.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype summaryLength = 160;

QString cut(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > summaryLength ? line.left(summaryLength) + u'…' : line;
}

QString whoOf(const ModelMessage &message)
{
    if (message.role() == ModelMessage::Role::User)
        return ConversationDocument::tr("You");
    return message.isRequest() ? ConversationDocument::tr("Tool") : ConversationDocument::tr("Assistant");
}

void insertHeading(QTextCursor &cursor, const ModelMessage &message)
{
    QTextBlockFormat block;
    block.setTopMargin(10);
    // The document's first block is there already: the first heading goes in it.
    if (cursor.position() == 0)
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QString heading = whoOf(message);
    if (const auto timestamp = message.timestamp())
        heading += u" · "_s + QLocale::c().toString(timestamp->toDateTime().toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s);
    cursor.insertText(heading, bold);
}

void insertLine(QTextCursor &cursor, const QString &text, const QTextCharFormat &format = {})
{
    cursor.insertBlock();
    cursor.insertText(text, format);
}

void insertSources(QTextCursor &cursor, const ModelMessage &message)
{
    const auto &extras = message.govStackExtras();
    if (!extras || extras->sources.isEmpty())
        return;
    insertLine(cursor, ConversationDocument::tr("Sources:"));
    for (const Source &source : extras->sources) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(source.url);
        link.setForeground(Qt::darkBlue);
        link.setFontUnderline(true);
        insertLine(cursor, u"• "_s);
        cursor.insertText(source.title.isEmpty() ? source.url : source.title, link);
        cursor.insertText(u" ("_s + source.url + u')', {});
    }
}

} // namespace

QString ConversationDocument::summaryOf(const MessagePart &part)
{
    if (part.isToolCall())
        return tr("Tool call %1: %2").arg(part.toolName(), cut(part.argsAsJsonText()));
    return tr("Tool result from %1 (%n character(s)): %2", nullptr, int(part.text().size()))
        .arg(part.toolName(), cut(part.text()));
}

std::unique_ptr<QTextDocument> ConversationDocument::build(const QList<StoredMessage> &conversation)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document.get());
    QTextCharFormat summary;
    summary.setFontItalic(true);
    summary.setForeground(Qt::darkGray);
    for (const StoredMessage &entry : conversation) {
        const ModelMessage &message = entry.message;
        insertHeading(cursor, message);
        for (const MessagePart &part : message.parts()) {
            if (part.isToolCall() || part.isToolReturn())
                insertLine(cursor, summaryOf(part), summary);
        }
        if (!message.text().isEmpty()) {
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            // The user's words as typed; the assistant's answers in the Markdown they are written in.
            if (message.role() == ModelMessage::Role::User)
                cursor.insertText(message.text());
            else
                cursor.insertMarkdown(message.text());
        }
        insertSources(cursor, message);
    }
    return document;
}
