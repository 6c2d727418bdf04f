#include "chatcompletions.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject message(const QString &role, const QJsonValue &content)
{
    return QJsonObject{{u"role"_s, role}, {u"content"_s, content}};
}

QJsonObject imagePart(const QString &url)
{
    return QJsonObject{{u"type"_s, u"image_url"_s}, {u"image_url"_s, QJsonObject{{u"url"_s, url}}}};
}

/// A binary item as a data URL; PydanticAI writes URL-safe base64, data URLs want the standard alphabet.
QString dataUrl(const UserContent &item)
{
    QByteArray data = item.toJson()[u"data"].toString().toLatin1();
    data.replace('-', '+').replace('_', '/');
    return u"data:"_s % item.mediaType() % u";base64,"_s % QString::fromLatin1(data);
}

QJsonValue userContent(const MessagePart &part)
{
    if (part.content().isString())
        return part.content();
    QJsonArray items;
    for (const UserContent &item : part.userContent()) {
        switch (item.kind()) {
        case UserContent::Kind::Text:
        case UserContent::Kind::TextContent:
            items.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, item.text()}});
            break;
        case UserContent::Kind::ImageUrl:
            items.append(imagePart(item.url()));
            break;
        case UserContent::Kind::Binary:
            if (item.mediaType().startsWith(u"image/"))
                items.append(imagePart(dataUrl(item)));
            break;
        default:
            // Audio, video, documents and cache points have no chat-completions form here.
            break;
        }
    }
    return items;
}

void appendRequest(const ModelMessage &request, QJsonArray &messages)
{
    for (const MessagePart &part : request.parts()) {
        switch (part.kind()) {
        case MessagePart::Kind::SystemPrompt:
            messages.append(message(u"system"_s, part.content()));
            break;
        case MessagePart::Kind::UserPrompt:
            messages.append(message(u"user"_s, userContent(part)));
            break;
        case MessagePart::Kind::ToolReturn:
            messages.append(QJsonObject{
                {u"role"_s, u"tool"_s}, {u"tool_call_id"_s, part.toolCallId()}, {u"content"_s, part.text()}});
            break;
        case MessagePart::Kind::RetryPrompt:
            if (part.toolName().isEmpty())
                messages.append(message(u"user"_s, part.text()));
            else
                messages.append(QJsonObject{
                    {u"role"_s, u"tool"_s}, {u"tool_call_id"_s, part.toolCallId()}, {u"content"_s, part.text()}});
            break;
        default:
            break;
        }
    }
}

void appendResponse(const ModelMessage &response, QJsonArray &messages)
{
    QStringList texts;
    QJsonArray toolCalls;
    for (const MessagePart &part : response.parts()) {
        if (part.kind() == MessagePart::Kind::Text) {
            texts << part.text();
        } else if (part.kind() == MessagePart::Kind::ToolCall) {
            toolCalls.append(QJsonObject{
                {u"id"_s, part.toolCallId()},
                {u"type"_s, u"function"_s},
                {u"function"_s, QJsonObject{{u"name"_s, part.toolName()}, {u"arguments"_s, part.argsAsJsonText()}}},
            });
        }
    }
    if (texts.isEmpty() && toolCalls.isEmpty())
        return;
    QJsonObject assistant =
        message(u"assistant"_s, texts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(texts.join(u"\n\n")));
    if (!toolCalls.isEmpty())
        assistant.insert(u"tool_calls"_s, toolCalls);
    messages.append(assistant);
}

} // namespace

namespace ChatCompletions {

QJsonArray messagesFor(const QList<ModelMessage> &history)
{
    QJsonArray messages;
    // As PydanticAI does, the newest request's instructions lead the conversation.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->isRequest() && !it->instructions().isEmpty()) {
            messages.append(message(u"system"_s, it->instructions()));
            break;
        }
    }
    for (const ModelMessage &entry : history) {
        if (entry.isRequest())
            appendRequest(entry, messages);
        else
            appendResponse(entry, messages);
    }
    return messages;
}

} // namespace ChatCompletions
