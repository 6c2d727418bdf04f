#include "chatcompletions.h"

#include "chatcontent.h"
#include "preparedhistory.h"
#include "pydanticaiwriter.h"
#include "toolresulttext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

using Kind = MessagePart::Kind;

QJsonObject message(const QString &role, const QJsonValue &content)
{
    return QJsonObject{{u"role"_s, role}, {u"content"_s, content}};
}

/// A tool call needs an id to be answered; PydanticAI makes one up when the model gave none.
QString toolCallId(const PreparedPart &part)
{
    const QString id = part.part.toolCallId();
    return id.isEmpty() ? u"pyd_ai_"_s + QUuid::createUuid().toString(QUuid::Id128) : id;
}

QJsonObject toolMessage(const PreparedPart &part, const QString &content)
{
    return QJsonObject{{u"role"_s, u"tool"_s}, {u"tool_call_id"_s, toolCallId(part)}, {u"content"_s, content}};
}

/// `args_as_json_str`: an object as its exact text, a string that holds an object verbatim,
/// nothing as `{}`, and anything else wrapped as `{"INVALID_JSON": …}` for the model to see.
QString argumentsText(const PreparedPart &part)
{
    const QJsonValue args = part.part.args();
    if (args.isNull() || args.isUndefined() || (args.isString() && args.toString().isEmpty()) ||
        (args.isObject() && args.toObject().isEmpty()))
        return u"{}"_s;
    if (!args.isString())
        return QString::fromUtf8(part.member(u"args"_s));
    if (QJsonDocument::fromJson(args.toString().toUtf8()).isObject())
        return args.toString();
    return QString::fromUtf8("{\"INVALID_JSON\":" + PydanticAiWriter::string(args.toString()) + '}');
}

Result<QJsonValue> userMessageContent(const MessagePart &part)
{
    if (part.content().isString())
        return part.content();
    const auto parts = ChatContent::parts(part.userContent());
    if (!parts)
        return parts.error();
    return QJsonValue(*parts);
}

Result<void> appendRequest(const PreparedMessage &request, QJsonArray &messages)
{
    QList<UserContent> files;
    for (const PreparedPart &part : request.parts) {
        switch (part.part.kind()) {
        case Kind::SystemPrompt:
            messages.append(message(u"system"_s, part.part.content()));
            break;
        case Kind::UserPrompt: {
            const auto content = userMessageContent(part.part);
            if (!content)
                return content.error();
            messages.append(message(u"user"_s, *content));
            break;
        }
        case Kind::ToolReturn: {
            const ToolResultText::ToolResult result = ToolResultText::forReturn(part);
            files += result.files;
            messages.append(toolMessage(part, result.text));
            break;
        }
        case Kind::RetryPrompt:
            if (ToolResultText::answersToolCall(part))
                messages.append(toolMessage(part, ToolResultText::forRetry(part)));
            else
                messages.append(message(u"user"_s, ToolResultText::forRetry(part)));
            break;
        default:
            break;
        }
    }
    if (!files.isEmpty()) {
        const auto content = ChatContent::parts(files);
        if (!content)
            return content.error();
        messages.append(message(u"user"_s, *content));
    }
    return {};
}

/// The thinking field OpenAI's own reasoning came in, or empty when it goes inline as tags.
QString thinkingField(const MessagePart &thinking)
{
    const QString id = thinking.id();
    return !id.isEmpty() && id != u"content" && thinking.providerName() == u"openai" ? id : QString();
}

void appendResponse(const PreparedMessage &response, QJsonArray &messages)
{
    QStringList texts;
    QList<std::pair<QString, QStringList>> thinkings;
    QJsonArray toolCalls;
    for (const PreparedPart &part : response.parts) {
        const QString content = part.part.content().toString();
        if (part.part.kind() == Kind::Text) {
            texts << content;
        } else if (part.part.kind() == Kind::Thinking) {
            const QString field = thinkingField(part.part);
            if (field.isEmpty()) {
                texts << u"<think>\n"_s + content + u"\n</think>"_s;
                continue;
            }
            auto entry = std::find_if(thinkings.begin(), thinkings.end(),
                                      [&field](const auto &thinking) { return thinking.first == field; });
            if (entry == thinkings.end())
                entry = thinkings.insert(thinkings.end(), {field, {}});
            entry->second << content;
        } else if (part.part.kind() == Kind::ToolCall) {
            toolCalls.append(QJsonObject{
                {u"id"_s, toolCallId(part)},
                {u"type"_s, u"function"_s},
                {u"function"_s, QJsonObject{{u"name"_s, part.part.toolName()}, {u"arguments"_s, argumentsText(part)}}},
            });
        }
    }
    if (texts.isEmpty() && toolCalls.isEmpty())
        return; // the API refuses an assistant message with neither
    QJsonObject assistant =
        message(u"assistant"_s, texts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(texts.join(u"\n\n")));
    for (const auto &[field, contents] : thinkings)
        assistant.insert(field, contents.join(u"\n\n"));
    if (!toolCalls.isEmpty())
        assistant.insert(u"tool_calls"_s, toolCalls);
    messages.append(assistant);
}

/// The current request's instructions; when it only answers tool calls, the request's before it.
std::optional<QString> currentInstructions(const QList<PreparedMessage> &history)
{
    const PreparedMessage *latest = nullptr;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->kind != ModelMessage::Kind::Request)
            continue;
        if (!latest) {
            latest = &*it;
            if (latest->instructions)
                return latest->instructions;
            continue;
        }
        const bool onlyAnswers = std::all_of(latest->parts.cbegin(), latest->parts.cend(), [](const PreparedPart &p) {
            return p.part.kind() == Kind::ToolReturn || p.part.kind() == Kind::RetryPrompt;
        });
        return onlyAnswers ? it->instructions : std::nullopt;
    }
    return std::nullopt;
}

void insertInstructions(const QString &instructions, QJsonArray &messages)
{
    qsizetype position = 0;
    while (position < messages.size() && messages.at(position)[u"role"] == u"system"_s)
        ++position;
    messages.insert(position, message(u"system"_s, instructions));
}

} // namespace

namespace ChatCompletions {

Result<QJsonArray> messagesFor(const QList<ModelMessage> &history)
{
    const auto prepared = PreparedHistory::prepare(history);
    if (!prepared)
        return prepared.error();
    QJsonArray messages;
    for (const PreparedMessage &entry : *prepared) {
        if (entry.kind == ModelMessage::Kind::Response) {
            appendResponse(entry, messages);
            continue;
        }
        if (const auto appended = appendRequest(entry, messages); !appended)
            return Error{Error::Code::InvalidData,
                         QCoreApplication::translate("ChatCompletions",
                                                     "Message %1 of this conversation cannot go to an "
                                                     "OpenAI-compatible server: %2")
                             .arg(QString::number(entry.index + 1), appended.error().message)};
    }
    if (const auto instructions = currentInstructions(*prepared))
        insertInstructions(*instructions, messages);
    return messages;
}

} // namespace ChatCompletions
