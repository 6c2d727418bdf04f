#include "messagepart.h"

#include "enumnames.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<MessagePart::Kind, 13> kindNames{{
    {MessagePart::Kind::SystemPrompt, u"system-prompt"},
    {MessagePart::Kind::UserPrompt, u"user-prompt"},
    {MessagePart::Kind::ToolReturn, u"tool-return"},
    {MessagePart::Kind::RetryPrompt, u"retry-prompt"},
    {MessagePart::Kind::ToolAvailabilityDelta, u"tool-availability-delta"},
    {MessagePart::Kind::Text, u"text"},
    {MessagePart::Kind::Thinking, u"thinking"},
    {MessagePart::Kind::ToolCall, u"tool-call"},
    {MessagePart::Kind::BuiltinToolCall, u"builtin-tool-call"},
    {MessagePart::Kind::BuiltinToolReturn, u"builtin-tool-return"},
    {MessagePart::Kind::File, u"file"},
    {MessagePart::Kind::Compaction, u"compaction"},
    {MessagePart::Kind::Speech, u"speech"},
}};

QString compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it so QJsonDocument can write it, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString retryText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList lines;
    for (const QJsonValue &detail : content.toArray()) {
        QStringList location;
        for (const QJsonValue &step : detail[u"loc"].toArray())
            location << (step.isDouble() ? QString::number(step.toInteger()) : step.toString());
        lines << location.join(u'.') % QStringLiteral(": ") % detail[u"msg"].toString();
    }
    return lines.join(u'\n');
}

} // namespace

MessagePart::MessagePart(Kind kind, QJsonObject json)
    : m_kind(kind)
    , m_json(std::move(json))
{ }

MessagePart MessagePart::systemPrompt(const QString &content, const Timestamp &timestamp)
{
    return MessagePart(Kind::SystemPrompt,
                       QJsonObject{
                           {u"content"_s, content},
                           {u"timestamp"_s, timestamp.toString()},
                           {u"dynamic_ref"_s, QJsonValue::Null},
                           {u"part_kind"_s, kindName(Kind::SystemPrompt)},
                       });
}

MessagePart MessagePart::userPrompt(const QString &content, const Timestamp &timestamp)
{
    return MessagePart(Kind::UserPrompt,
                       QJsonObject{
                           {u"content"_s, content},
                           {u"timestamp"_s, timestamp.toString()},
                           {u"part_kind"_s, kindName(Kind::UserPrompt)},
                       });
}

MessagePart MessagePart::text(const QString &content)
{
    return MessagePart(Kind::Text,
                       QJsonObject{
                           {u"content"_s, content},
                           {u"id"_s, QJsonValue::Null},
                           {u"provider_name"_s, QJsonValue::Null},
                           {u"provider_details"_s, QJsonValue::Null},
                           {u"part_kind"_s, kindName(Kind::Text)},
                       });
}

MessagePart MessagePart::toolCall(const QString &toolName, const QJsonValue &args, const QString &toolCallId)
{
    return MessagePart(Kind::ToolCall,
                       QJsonObject{
                           {u"tool_name"_s, toolName},
                           {u"args"_s, args},
                           {u"tool_call_id"_s, toolCallId},
                           {u"tool_kind"_s, QJsonValue::Null},
                           {u"id"_s, QJsonValue::Null},
                           {u"provider_name"_s, QJsonValue::Null},
                           {u"provider_details"_s, QJsonValue::Null},
                           {u"part_kind"_s, kindName(Kind::ToolCall)},
                       });
}

MessagePart MessagePart::toolReturn(const QString &toolName, const QJsonValue &content, const QString &toolCallId,
                                    const Timestamp &timestamp)
{
    return MessagePart(Kind::ToolReturn,
                       QJsonObject{
                           {u"tool_name"_s, toolName},
                           {u"content"_s, content},
                           {u"tool_call_id"_s, toolCallId},
                           {u"tool_kind"_s, QJsonValue::Null},
                           {u"metadata"_s, QJsonValue::Null},
                           {u"timestamp"_s, timestamp.toString()},
                           {u"outcome"_s, u"success"_s},
                           {u"part_kind"_s, kindName(Kind::ToolReturn)},
                       });
}

std::optional<MessagePart::Kind> MessagePart::kindFromName(QStringView name)
{
    return enumFromName(kindNames, name);
}

QString MessagePart::kindName(Kind kind)
{
    return enumName(kindNames, kind);
}

bool MessagePart::belongsToRequest(Kind kind)
{
    return kind <= Kind::ToolAvailabilityDelta || kind == Kind::Speech;
}

QString MessagePart::text() const
{
    switch (m_kind) {
    case Kind::UserPrompt: {
        if (content().isString())
            return content().toString();
        QStringList texts;
        for (const UserContent &item : userContent()) {
            if (const QString itemText = item.text(); !itemText.isEmpty())
                texts << itemText;
        }
        return texts.join(u'\n');
    }
    case Kind::RetryPrompt:
        return retryText(content());
    case Kind::Speech:
        return m_json.value(u"transcript").toString();
    case Kind::ToolReturn:
    case Kind::BuiltinToolReturn:
        return content().isString() ? content().toString() : compactJson(content());
    default:
        return content().toString();
    }
}

QList<UserContent> MessagePart::userContent() const
{
    const QJsonValue value = content();
    if (value.isString())
        return {UserContent(value)};
    QList<UserContent> items;
    for (const QJsonValue &item : value.toArray())
        items << UserContent(item);
    return items;
}

QString MessagePart::toolName() const
{
    return m_json.value(u"tool_name").toString();
}

QString MessagePart::toolCallId() const
{
    return m_json.value(u"tool_call_id").toString();
}

QJsonObject MessagePart::argsAsObject() const
{
    const QJsonValue raw = args();
    if (raw.isObject())
        return raw.toObject();
    if (!raw.isString() || raw.toString().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QJsonObject{{u"INVALID_JSON"_s, raw}};
    return document.object();
}

QString MessagePart::argsAsJsonText() const
{
    const QJsonValue raw = args();
    if (raw.isString())
        return raw.toString();
    return compactJson(raw.isObject() ? raw : QJsonValue(QJsonObject()));
}

QString MessagePart::toolKind() const
{
    return m_json.value(u"tool_kind").toString();
}

QString MessagePart::outcome() const
{
    return m_json.value(u"outcome").toString(u"success"_s);
}

std::optional<Timestamp> MessagePart::timestamp() const
{
    return Timestamp::fromJson(m_json.value(u"timestamp"));
}

QString MessagePart::id() const
{
    return m_json.value(u"id").toString();
}

QString MessagePart::signature() const
{
    return m_json.value(u"signature").toString();
}

QString MessagePart::providerName() const
{
    return m_json.value(u"provider_name").toString();
}
