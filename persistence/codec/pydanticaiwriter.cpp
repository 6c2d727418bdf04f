#include "pydanticaiwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// Field order of PydanticAI's dataclasses, by what the object is.
const QHash<QString, QStringList> &fieldOrders()
{
    static const QHash<QString, QStringList> orders{
        {u"request"_s,
         {u"parts"_s, u"timestamp"_s, u"instructions"_s, u"kind"_s, u"run_id"_s, u"conversation_id"_s, u"metadata"_s,
          u"state"_s}},
        {u"response"_s,
         {u"parts"_s, u"usage"_s, u"model_name"_s, u"timestamp"_s, u"kind"_s, u"provider_name"_s, u"provider_url"_s,
          u"provider_details"_s, u"provider_response_id"_s, u"finish_reason"_s, u"run_id"_s, u"conversation_id"_s,
          u"metadata"_s, u"state"_s}},
        {u"system-prompt"_s, {u"content"_s, u"timestamp"_s, u"dynamic_ref"_s, u"part_kind"_s}},
        {u"user-prompt"_s, {u"content"_s, u"timestamp"_s, u"part_kind"_s}},
        {u"text"_s, {u"content"_s, u"id"_s, u"provider_name"_s, u"provider_details"_s, u"part_kind"_s}},
        {u"usage"_s,
         {u"input_tokens"_s, u"cache_write_tokens"_s, u"cache_read_tokens"_s, u"output_tokens"_s,
          u"input_audio_tokens"_s, u"cache_audio_read_tokens"_s, u"output_audio_tokens"_s, u"details"_s, u"cost"_s}},
    };
    return orders;
}

void writeValue(QByteArray &out, const QJsonValue &value, const QStringList &order = {});

/// As pydantic-core escapes: `\"`, `\\`, \b \f \n \r \t, other control characters as `\u00xx`; the rest raw UTF-8.
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char byte : text.toUtf8()) {
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(byte) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(byte), 16).rightJustified(2, '0');
            else
                out += byte;
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, double number)
{
    // The app's own numbers are token counts: whole, and written as integers.
    if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
        out += QByteArray::number(qint64(number));
    else
        out += QByteArray::number(number, 'g', 17);
}

void writeObject(QByteArray &out, const QJsonObject &object, const QStringList &order)
{
    QStringList keys;
    for (const QString &key : order) {
        if (object.contains(key))
            keys << key;
    }
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += ',';
        writeString(out, keys.at(i));
        out += ':';
        const QJsonValue value = object.value(keys.at(i));
        const QString kind = keys.at(i) == u"usage" ? u"usage"_s : value[u"part_kind"].toString();
        writeValue(out, value, fieldOrders().value(kind));
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &value, const QStringList &order)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeValue(out, array.at(i), fieldOrders().value(array.at(i)[u"part_kind"].toString()));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject(), order);
        break;
    }
}

} // namespace

namespace PydanticAiWriter {

QByteArray write(const ModelMessage &message)
{
    QByteArray out;
    writeObject(out, message.toJson(), fieldOrders().value(ModelMessage::kindName(message.kind())));
    return out;
}

QByteArray string(const QString &text)
{
    QByteArray out;
    writeString(out, text);
    return out;
}

} // namespace PydanticAiWriter
