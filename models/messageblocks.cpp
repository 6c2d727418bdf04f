#include "messageblocks.h"

#include "messagelistmodel.h"

using namespace Qt::StringLiterals;

namespace MessageBlocks {

namespace {

QVariantMap block(const QString &kind, const QString &title, const QString &body, const QString &tool = {})
{
    return QVariantMap{{u"kind"_s, kind}, {u"title"_s, title}, {u"body"_s, body}, {u"tool"_s, tool}};
}

} // namespace

QVariantList of(const ModelMessage &message)
{
    QVariantList blocks;
    for (const MessagePart &part : message.parts()) {
        if (part.isToolCall()) {
            blocks << block(u"tool-call"_s, MessageListModel::tr("Tool call: %1").arg(part.toolName()),
                            part.argsAsJsonText(), part.toolName());
        } else if (part.isToolReturn()) {
            blocks << block(u"tool-return"_s, MessageListModel::tr("Tool result: %1").arg(part.toolName()), part.text(),
                            part.toolName());
        } else if (part.kind() == MessagePart::Kind::RetryPrompt) {
            blocks << block(u"retry"_s, MessageListModel::tr("Asked to try again: %1").arg(part.toolName()),
                            part.text());
        } else if (part.kind() == MessagePart::Kind::Thinking) {
            blocks << block(u"thinking"_s, MessageListModel::tr("Thinking"),
                            part.text().isEmpty() ? MessageListModel::tr("(hidden by the provider)") : part.text());
        } else if (part.kind() == MessagePart::Kind::SystemPrompt) {
            blocks << block(u"system"_s, MessageListModel::tr("Instructions to the assistant"), part.text());
        }
    }
    return blocks;
}

} // namespace MessageBlocks
