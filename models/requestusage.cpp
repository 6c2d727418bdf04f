#include "requestusage.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

qint64 readCount(const QJsonObject &json, QStringView key, QStringView legacyKey = {})
{
    QJsonValue value = json.value(key);
    if (value.isUndefined() && !legacyKey.isEmpty())
        value = json.value(legacyKey);
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

} // namespace

RequestUsage RequestUsage::fromJson(const QJsonObject &json)
{
    RequestUsage usage;
    usage.inputTokens = readCount(json, u"input_tokens", u"request_tokens");
    usage.cacheWriteTokens = readCount(json, u"cache_write_tokens");
    usage.cacheReadTokens = readCount(json, u"cache_read_tokens");
    usage.outputTokens = readCount(json, u"output_tokens", u"response_tokens");
    usage.inputAudioTokens = readCount(json, u"input_audio_tokens");
    usage.cacheAudioReadTokens = readCount(json, u"cache_audio_read_tokens");
    usage.outputAudioTokens = readCount(json, u"output_audio_tokens");
    usage.details = json.value(u"details").toObject();
    const QJsonValue cost = json.value(u"cost");
    usage.cost = cost.isDouble() ? QString::number(cost.toDouble(), 'g', 17) : cost.toString();
    return usage;
}

QJsonObject RequestUsage::toJson() const
{
    return QJsonObject{
        {u"input_tokens"_s, inputTokens},
        {u"cache_write_tokens"_s, cacheWriteTokens},
        {u"cache_read_tokens"_s, cacheReadTokens},
        {u"output_tokens"_s, outputTokens},
        {u"input_audio_tokens"_s, inputAudioTokens},
        {u"cache_audio_read_tokens"_s, cacheAudioReadTokens},
        {u"output_audio_tokens"_s, outputAudioTokens},
        {u"details"_s, details},
        {u"cost"_s, cost.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cost)},
    };
}
