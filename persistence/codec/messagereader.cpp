#include "messagereader.h"

#include "fieldchecker.h"
#include "partreader.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using Need = FieldChecker::Need;

namespace {

/// `RequestUsage.details` is a dict of integers; pydantic's lax mode takes integral floats and integer strings too.
std::optional<Error> checkUsageDetails(const QJsonValue &value, const JsonPath &path)
{
    if (!value.isObject())
        return wrongTypeAt(path, u"an object"_s, value);
    const QJsonObject details = value.toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue count = it.value();
        bool integral = count.isDouble() && std::trunc(count.toDouble()) == count.toDouble();
        if (count.isString())
            count.toString().trimmed().toLongLong(&integral);
        if (!integral)
            return wrongTypeAt(path / it.key(), u"an integer"_s, count);
    }
    return std::nullopt;
}

std::optional<Error> checkUsage(const QJsonValue &value, const JsonPath &path)
{
    if (!value.isObject())
        return wrongTypeAt(path, u"an object"_s, value);
    QJsonObject usage = value.toObject();
    FieldChecker fields(usage, path);
    for (const auto key : {u"input_tokens", u"cache_write_tokens", u"cache_read_tokens", u"output_tokens",
                           u"input_audio_tokens", u"cache_audio_read_tokens", u"output_audio_tokens"}) {
        fields.integer(key, Need::Optional);
    }
    // The 2025 keys, where null meant zero.
    for (const auto key : {u"request_tokens", u"response_tokens", u"requests", u"total_tokens"})
        fields.integer(key, Need::Nullable);
    fields.decimal(u"cost", Need::Nullable).custom(u"details", Need::Nullable, checkUsageDetails);
    return fields.error();
}

void checkMessageFields(ModelMessage::Kind kind, FieldChecker &fields)
{
    fields.array(u"parts", Need::Required)
        .string(u"run_id", Need::Nullable)
        .string(u"conversation_id", Need::Nullable)
        .object(u"metadata", Need::Nullable);
    if (kind == ModelMessage::Kind::Request) {
        fields.timestamp(u"timestamp", Need::Nullable)
            .string(u"instructions", Need::Nullable)
            .oneOf(u"state", {u"complete"_s, u"interrupted"_s}, Need::Optional);
        return;
    }
    fields.custom(u"usage", Need::Optional, checkUsage)
        .string(u"model_name", Need::Nullable)
        .timestamp(u"timestamp", Need::Optional)
        .string(u"provider_name", Need::Nullable)
        .string(u"provider_url", Need::Nullable)
        .object(u"provider_details", Need::Nullable)
        .object(u"vendor_details", Need::Nullable)
        .string(u"provider_response_id", Need::Nullable)
        .string(u"vendor_id", Need::Nullable)
        .oneOf(u"finish_reason", {u"stop"_s, u"length"_s, u"content_filter"_s, u"tool_call"_s, u"error"_s},
               Need::Nullable)
        .oneOf(u"state", {u"complete"_s, u"incomplete"_s, u"suspended"_s, u"interrupted"_s}, Need::Optional);
}

Result<ModelMessage::Kind> readMessageKind(const QJsonObject &object, const JsonPath &path)
{
    const QJsonValue kindValue = object.value(u"kind");
    if (kindValue.isUndefined())
        return invalidAt(path, u"missing \"kind\" (expected \"request\" or \"response\")"_s);
    if (kindValue == QJsonValue(u"request"_s))
        return ModelMessage::Kind::Request;
    if (kindValue == QJsonValue(u"response"_s))
        return ModelMessage::Kind::Response;
    return invalidAt(path / u"kind",
                     u"expected \"request\" or \"response\", got "_s %
                         (kindValue.isString() ? u'"' % kindValue.toString() % u'"' : describeJsonType(kindValue)));
}

using ReadPart = Result<MessagePart> (*)(const QJsonValue &, ModelMessage::Kind, const JsonPath &);

Result<ModelMessage> readParts(QJsonObject object, ModelMessage::Kind kind, const JsonPath &path, ReadPart readOnePart)
{
    const QJsonValue partsValue = object.value(u"parts");
    if (!partsValue.isArray())
        return wrongTypeAt(path / u"parts", u"an array"_s, partsValue);
    const QJsonArray partValues = partsValue.toArray();
    QList<MessagePart> parts;
    parts.reserve(partValues.size());
    for (qsizetype i = 0; i < partValues.size(); ++i) {
        auto part = readOnePart(partValues.at(i), kind, (path / u"parts")[i]);
        if (!part)
            return part.error();
        parts.append(std::move(part).value());
    }
    return ModelMessage(kind, std::move(parts), std::move(object));
}

} // namespace

Result<ModelMessage> readModelMessage(const QJsonValue &value, const JsonPath &path)
{
    if (!value.isObject())
        return wrongTypeAt(path, u"a message object"_s, value);
    QJsonObject object = value.toObject();
    const auto kind = readMessageKind(object, path);
    if (!kind)
        return kind.error();
    FieldChecker fields(object, path);
    checkMessageFields(*kind, fields);
    if (!fields.ok())
        return *fields.error();
    return readParts(std::move(object), *kind, path, PartReader::readPart);
}

Result<ModelMessage> readStoredModelMessage(const QJsonObject &object, const JsonPath &path)
{
    const auto kind = readMessageKind(object, path);
    if (!kind)
        return kind.error();
    return readParts(object, *kind, path, PartReader::readPartKind);
}
