#include "modelmessage.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

ModelMessage::ModelMessage(Kind kind, QList<MessagePart> parts, QJsonObject fields)
    : m_kind(kind)
    , m_parts(std::move(parts))
    , m_fields(std::move(fields))
{
    m_fields.remove(u"parts");
}

ModelMessage ModelMessage::request(QList<MessagePart> parts, const Timestamp &timestamp, const QString &instructions)
{
    return ModelMessage(Kind::Request, std::move(parts),
                        QJsonObject{
                            {u"timestamp"_s, timestamp.toString()},
                            {u"instructions"_s, nullable(instructions)},
                            {u"kind"_s, kindName(Kind::Request)},
                            {u"run_id"_s, QJsonValue::Null},
                            {u"conversation_id"_s, QJsonValue::Null},
                            {u"metadata"_s, QJsonValue::Null},
                            {u"state"_s, u"complete"_s},
                        });
}

ModelMessage ModelMessage::response(QList<MessagePart> parts, const QString &modelName, const Timestamp &timestamp)
{
    return ModelMessage(Kind::Response, std::move(parts),
                        QJsonObject{
                            {u"usage"_s, RequestUsage().toJson()},
                            {u"model_name"_s, nullable(modelName)},
                            {u"timestamp"_s, timestamp.toString()},
                            {u"kind"_s, kindName(Kind::Response)},
                            {u"provider_name"_s, QJsonValue::Null},
                            {u"provider_url"_s, QJsonValue::Null},
                            {u"provider_details"_s, QJsonValue::Null},
                            {u"provider_response_id"_s, QJsonValue::Null},
                            {u"finish_reason"_s, QJsonValue::Null},
                            {u"run_id"_s, QJsonValue::Null},
                            {u"conversation_id"_s, QJsonValue::Null},
                            {u"metadata"_s, QJsonValue::Null},
                            {u"state"_s, u"complete"_s},
                        });
}

ModelMessage::Role ModelMessage::role() const
{
    if (isResponse())
        return Role::Assistant;
    const auto has = [this](MessagePart::Kind kind) {
        return std::any_of(m_parts.cbegin(), m_parts.cend(),
                           [kind](const MessagePart &part) { return part.kind() == kind; });
    };
    if (has(MessagePart::Kind::UserPrompt) || has(MessagePart::Kind::Speech))
        return Role::User;
    if (has(MessagePart::Kind::SystemPrompt))
        return Role::System;
    return Role::Tool;
}

std::optional<Timestamp> ModelMessage::timestamp() const
{
    if (auto own = Timestamp::fromJson(m_fields.value(u"timestamp")))
        return own;
    for (const MessagePart &part : m_parts) {
        if (auto partTime = part.timestamp())
            return partTime;
    }
    return std::nullopt;
}

QString ModelMessage::text() const
{
    const MessagePart::Kind wanted = isRequest() ? MessagePart::Kind::UserPrompt : MessagePart::Kind::Text;
    QStringList texts;
    for (const MessagePart &part : m_parts) {
        if (part.kind() == wanted || part.kind() == MessagePart::Kind::Speech)
            texts << part.text();
    }
    return texts.join(u"\n\n");
}

QString ModelMessage::instructions() const
{
    return field(u"instructions");
}

QString ModelMessage::modelName() const
{
    return field(u"model_name");
}

QString ModelMessage::providerName() const
{
    return field(u"provider_name");
}

QString ModelMessage::providerResponseId() const
{
    return field(u"provider_response_id", u"vendor_id");
}

QString ModelMessage::finishReason() const
{
    return field(u"finish_reason");
}

QString ModelMessage::state() const
{
    const QString state = field(u"state");
    return state.isEmpty() ? u"complete"_s : state;
}

RequestUsage ModelMessage::usage() const
{
    return RequestUsage::fromJson(m_fields.value(u"usage").toObject());
}

void ModelMessage::setUsage(const RequestUsage &usage)
{
    m_storedJson.clear();
    m_fields.insert(u"usage"_s, usage.toJson());
}

void ModelMessage::setProviderName(const QString &providerName)
{
    setField(u"provider_name"_s, providerName);
}

void ModelMessage::setProviderUrl(const QString &providerUrl)
{
    setField(u"provider_url"_s, providerUrl);
}

void ModelMessage::setProviderDetails(const QJsonObject &details)
{
    m_storedJson.clear();
    m_fields.insert(u"provider_details"_s, details.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(details));
}

void ModelMessage::setProviderResponseId(const QString &responseId)
{
    setField(u"provider_response_id"_s, responseId);
}

void ModelMessage::setFinishReason(const QString &finishReason)
{
    setField(u"finish_reason"_s, finishReason);
}

void ModelMessage::setState(const QString &state)
{
    m_storedJson.clear();
    m_fields.insert(u"state"_s, state);
}

QString ModelMessage::kindName(Kind kind)
{
    return kind == Kind::Request ? u"request"_s : u"response"_s;
}

QString ModelMessage::roleName(Role role)
{
    switch (role) {
    case Role::User:
        return u"user"_s;
    case Role::Assistant:
        return u"assistant"_s;
    case Role::System:
        return u"system"_s;
    case Role::Tool:
        break;
    }
    return u"tool"_s;
}

QJsonObject ModelMessage::toJson() const
{
    QJsonArray parts;
    for (const MessagePart &part : m_parts)
        parts.append(part.toJson());
    QJsonObject json = m_fields;
    json.insert(u"parts"_s, parts);
    return json;
}

QString ModelMessage::field(QStringView key, QStringView legacyKey) const
{
    const QJsonValue value = m_fields.value(key);
    if (value.isUndefined() && !legacyKey.isEmpty())
        return m_fields.value(legacyKey).toString();
    return value.toString();
}

void ModelMessage::setField(const QString &key, const QString &value)
{
    m_storedJson.clear();
    m_fields.insert(key, nullable(value));
}
