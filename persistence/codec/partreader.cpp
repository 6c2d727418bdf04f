#include "partreader.h"

#include "fieldchecker.h"

#include <QHash>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;
using Need = FieldChecker::Need;

namespace {

const QStringList toolKinds{u"tool-search"_s, u"capability-load"_s};

std::optional<Error> checkBase64(const QJsonValue &value, const JsonPath &path)
{
    if (!value.isString())
        return wrongTypeAt(path, u"base64 text"_s, value);
    // pydantic accepts the standard and the URL-safe alphabet, padded or not, but not both in one text.
    QByteArray data = value.toString().toLatin1();
    const bool standard = data.contains('+') || data.contains('/');
    if (standard && (data.contains('-') || data.contains('_')))
        return invalidAt(path, u"mixes the standard (+/) and URL-safe (-_) base64 alphabets"_s);
    if (const qsizetype padding = data.indexOf('='); padding >= 0 && data.size() % 4 != 0)
        return invalidAt(path, u"is not valid base64: wrong padding"_s);
    data.replace('-', '+').replace('_', '/');
    data.append(QByteArray((4 - data.size() % 4) % 4, '='));
    if (!QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors))
        return invalidAt(path, u"is not valid base64"_s);
    return std::nullopt;
}

bool hasKnownFileExtension(const QString &url)
{
    const QString fileName = QUrl(url).fileName();
    if (!fileName.contains(u'.'))
        return false;
    static const QMimeDatabase mimeDatabase;
    return !mimeDatabase.mimeTypesForFileName(fileName).isEmpty();
}

std::optional<Error> checkUserContentObject(QJsonObject &item, const JsonPath &path)
{
    const QJsonValue kindValue = item.value(u"kind");
    if (kindValue.isUndefined())
        return std::nullopt; // PydanticAI reads it as text-content or a cache point; kept as given.
    const auto kind = UserContent::kindFromName(kindValue.toString());
    if (!kind)
        return invalidAt(path,
                         u"unknown content kind "_s %
                             (kindValue.isString() ? u'"' % kindValue.toString() % u'"' : describeJsonType(kindValue)));

    FieldChecker fields(item, path);
    fields.object(u"vendor_metadata", Need::Nullable).string(u"identifier", Need::Nullable);
    if (UserContent::isUrlKind(*kind)) {
        fields.string(u"url", Need::Required)
            .string(u"media_type", Need::Nullable)
            .custom(u"force_download", Need::Optional,
                    [](const QJsonValue &value, const JsonPath &at) -> std::optional<Error> {
                        if (value.isBool() || value == QJsonValue(u"allow-local"_s))
                            return std::nullopt;
                        return wrongTypeAt(at, u"true, false or \"allow-local\""_s, value);
                    });
        // PydanticAI accepts such an item but cannot write it back.
        if (fields.ok() && item.value(u"media_type").toString().isEmpty()) {
            const QString url = item.value(u"url").toString();
            if (!hasKnownFileExtension(url))
                return invalidAt(path,
                                 kindValue.toString() % u" \""_s % url %
                                     u"\" has no media_type and no known file extension"_s);
        }
    } else if (*kind == UserContent::Kind::Binary) {
        fields.custom(u"data", Need::Required, checkBase64).string(u"media_type", Need::Required);
    } else if (*kind == UserContent::Kind::UploadedFile) {
        fields.string(u"file_id", Need::Required)
            .oneOf(u"provider_name",
                   {u"anthropic"_s, u"openai"_s, u"google"_s, u"google-cloud"_s, u"google-gla"_s, u"google-vertex"_s,
                    u"bedrock"_s, u"xai"_s},
                   Need::Required)
            .string(u"media_type", Need::Nullable);
    } else if (*kind == UserContent::Kind::TextContent) {
        fields.string(u"content", Need::Required);
    } else if (*kind == UserContent::Kind::CachePoint) {
        fields.oneOf(u"ttl", {u"5m"_s, u"1h"_s}, Need::Optional);
    }
    return fields.error();
}

/// Checks a user-prompt's `content` array in place.
std::optional<Error> checkUserContentArray(QJsonArray &items, const JsonPath &path)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString())
            continue;
        if (!item.isObject())
            return wrongTypeAt(path[i], u"a string or a content object"_s, item);
        QJsonObject object = item.toObject();
        if (auto error = checkUserContentObject(object, path[i]))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> checkUserPromptContent(QJsonObject &part, const JsonPath &path)
{
    const QJsonValue content = part.value(u"content");
    if (content.isString())
        return std::nullopt;
    if (!content.isArray())
        return content.isUndefined() ? invalidAt(path, u"missing required field \"content\""_s)
                                     : wrongTypeAt(path / u"content", u"a string or an array"_s, content);
    QJsonArray items = content.toArray();
    return checkUserContentArray(items, path / u"content");
}

std::optional<Error> checkErrorDetails(const QJsonValue &content, const JsonPath &path)
{
    if (content.isString())
        return std::nullopt;
    if (!content.isArray())
        return wrongTypeAt(path, u"a string or a list of error details"_s, content);
    const QJsonArray details = content.toArray();
    for (qsizetype i = 0; i < details.size(); ++i) {
        if (!details.at(i).isObject())
            return wrongTypeAt(path[i], u"an object"_s, details.at(i));
        QJsonObject detail = details.at(i).toObject();
        FieldChecker fields(detail, path[i]);
        fields.string(u"type", Need::Required)
            .array(u"loc", Need::Required)
            .string(u"msg", Need::Required)
            .present(u"input");
        if (!fields.ok())
            return fields.error();
    }
    return std::nullopt;
}

/// The typed tool parts (`tool_kind`) carry content PydanticAI validates strictly.
std::optional<Error> checkTypedToolReturn(const QJsonObject &part, const JsonPath &path)
{
    const QString toolKind = part.value(u"tool_kind").toString();
    if (toolKind.isEmpty())
        return std::nullopt;
    const QJsonValue content = part.value(u"content");
    if (!content.isObject())
        return wrongTypeAt(path / u"content", u"an object for tool_kind \""_s % toolKind % u'"', content);
    QJsonObject object = content.toObject();
    FieldChecker fields(object, path / u"content");
    if (toolKind == u"tool-search") {
        fields.string(u"message", Need::Optional)
            .custom(u"discovered_tools", Need::Required,
                    [](const QJsonValue &tools, const JsonPath &at) -> std::optional<Error> {
                        if (!tools.isArray())
                            return wrongTypeAt(at, u"an array"_s, tools);
                        for (qsizetype i = 0; i < tools.toArray().size(); ++i) {
                            if (!tools[i][u"name"].isString())
                                return wrongTypeAt(at[i] / u"name", u"a string"_s, tools[i][u"name"]);
                        }
                        return std::nullopt;
                    });
    } else {
        fields.string(u"instructions", Need::Optional);
    }
    return fields.error();
}

/// A typed tool part's name is fixed by its kind: the local tools' names, or the provider's for native ones.
std::optional<Error> checkTypedToolName(const QJsonObject &part, bool builtin, const JsonPath &path)
{
    static const QHash<QString, QString> localNames{{u"tool-search"_s, u"search_tools"_s},
                                                    {u"capability-load"_s, u"load_capability"_s}};
    static const QHash<QString, QString> nativeNames{{u"tool-search"_s, u"tool_search"_s}};
    const QString toolKind = part.value(u"tool_kind").toString();
    const QString expected = (builtin ? nativeNames : localNames).value(toolKind);
    const QString name = part.value(u"tool_name").toString();
    if (expected.isEmpty() || name == expected)
        return std::nullopt;
    return invalidAt(path / u"tool_name",
                     u"must be \""_s % expected % u"\" for tool_kind \""_s % toolKind % u"\", not \""_s % name % u'"');
}

void checkProviderFields(FieldChecker &fields)
{
    fields.string(u"id", Need::Nullable)
        .string(u"provider_name", Need::Nullable)
        .object(u"provider_details", Need::Nullable);
}

std::optional<Error> checkPart(MessagePart::Kind kind, ModelMessage::Kind messageKind, QJsonObject &part,
                               const JsonPath &path)
{
    FieldChecker fields(part, path);
    switch (kind) {
    case MessagePart::Kind::SystemPrompt:
        fields.string(u"content", Need::Required)
            .timestamp(u"timestamp", Need::Optional)
            .string(u"dynamic_ref", Need::Nullable);
        break;
    case MessagePart::Kind::UserPrompt:
        fields.timestamp(u"timestamp", Need::Optional);
        if (auto error = checkUserPromptContent(part, path))
            return error;
        break;
    case MessagePart::Kind::ToolReturn:
    case MessagePart::Kind::BuiltinToolReturn:
        fields.string(u"tool_name", Need::Required)
            .present(u"content")
            .string(u"tool_call_id", Need::Optional)
            .oneOf(u"tool_kind", toolKinds, Need::Nullable)
            .timestamp(u"timestamp", Need::Optional)
            .oneOf(u"outcome", {u"success"_s, u"failed"_s, u"denied"_s, u"interrupted"_s}, Need::Optional)
            .string(u"provider_name", Need::Nullable)
            .object(u"provider_details", Need::Nullable);
        if (auto error = fields.ok() ? checkTypedToolName(part, kind == MessagePart::Kind::BuiltinToolReturn, path)
                                     : std::nullopt)
            return error;
        if (fields.ok())
            return checkTypedToolReturn(part, path);
        break;
    case MessagePart::Kind::RetryPrompt:
        fields.custom(u"content", Need::Required, checkErrorDetails)
            .string(u"tool_name", Need::Nullable)
            .string(u"tool_call_id", Need::Optional)
            .timestamp(u"timestamp", Need::Optional);
        break;
    case MessagePart::Kind::ToolAvailabilityDelta:
        fields.stringList(u"tools_added", Need::Optional)
            .stringList(u"added", Need::Optional)
            .string(u"tool_call_id", Need::Nullable);
        break;
    case MessagePart::Kind::Speech:
        fields
            .oneOf(u"speaker", {messageKind == ModelMessage::Kind::Request ? u"user"_s : u"assistant"_s},
                   Need::Required)
            .string(u"transcript", Need::Nullable)
            .object(u"audio", Need::Nullable)
            .integer(u"interrupted_at_ms", Need::Nullable);
        checkProviderFields(fields);
        break;
    case MessagePart::Kind::Text:
    case MessagePart::Kind::Thinking:
        fields.string(u"content", Need::Required).string(u"signature", Need::Nullable);
        checkProviderFields(fields);
        break;
    case MessagePart::Kind::ToolCall:
    case MessagePart::Kind::BuiltinToolCall:
        fields.string(u"tool_name", Need::Required)
            .custom(u"args", Need::Nullable,
                    [](const QJsonValue &args, const JsonPath &at) -> std::optional<Error> {
                        if (args.isString() || args.isObject())
                            return std::nullopt;
                        return wrongTypeAt(at, u"a JSON string, an object or null"_s, args);
                    })
            .string(u"tool_call_id", Need::Optional)
            .oneOf(u"tool_kind", toolKinds, Need::Nullable);
        checkProviderFields(fields);
        if (auto error =
                fields.ok() ? checkTypedToolName(part, kind == MessagePart::Kind::BuiltinToolCall, path) : std::nullopt)
            return error;
        break;
    case MessagePart::Kind::File:
        fields.custom(u"content", Need::Required,
                      [](const QJsonValue &content, const JsonPath &at) -> std::optional<Error> {
                          if (!content.isObject() || content[u"kind"] != QJsonValue(u"binary"_s))
                              return wrongTypeAt(at, u"a binary content object"_s, content);
                          QJsonObject item = content.toObject();
                          return checkUserContentObject(item, at);
                      });
        checkProviderFields(fields);
        break;
    case MessagePart::Kind::Compaction:
        fields.string(u"content", Need::Nullable);
        checkProviderFields(fields);
        break;
    }
    return fields.error();
}

} // namespace

Result<MessagePart> PartReader::readPartKind(const QJsonValue &value, ModelMessage::Kind messageKind,
                                             const JsonPath &path)
{
    if (!value.isObject())
        return wrongTypeAt(path, u"a part object"_s, value);
    QJsonObject part = value.toObject();
    const QJsonValue kindValue = part.value(u"part_kind");
    if (kindValue.isUndefined())
        return invalidAt(path, u"missing \"part_kind\""_s);
    if (!kindValue.isString())
        return wrongTypeAt(path / u"part_kind", u"a string"_s, kindValue);
    const auto kind = MessagePart::kindFromName(kindValue.toString());
    if (!kind)
        return invalidAt(path, u"unknown part_kind \""_s % kindValue.toString() % u'"');
    if (*kind != MessagePart::Kind::Speech &&
        MessagePart::belongsToRequest(*kind) != (messageKind == ModelMessage::Kind::Request))
        return invalidAt(path,
                         u"part_kind \""_s % kindValue.toString() % u"\" is not allowed in a "_s %
                             ModelMessage::kindName(messageKind));
    return MessagePart(*kind, part);
}

Result<MessagePart> PartReader::readPart(const QJsonValue &value, ModelMessage::Kind messageKind, const JsonPath &path)
{
    auto part = readPartKind(value, messageKind, path);
    if (!part)
        return part;
    QJsonObject json = part->toJson();
    if (auto error = checkPart(part->kind(), messageKind, json, path))
        return *error;
    return MessagePart(part->kind(), std::move(json));
}
