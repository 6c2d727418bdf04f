#include "pydanticaicodec.h"

#include "fieldchecker.h"
#include "jsontext.h"
#include "messagereader.h"
#include "pydanticaiwriter.h"

using namespace Qt::StringLiterals;

namespace {

const JsonPath historyRoot(u"messages"_s);
const JsonPath messageRoot(u"message"_s);

/// "line 3, column 14" for a byte offset, so a user can find the place in an editor.
QString describeOffset(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

Result<QJsonDocument> parseJson(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Error::Code::InvalidData,
                     u"malformed JSON at "_s % describeOffset(json, parseError.offset) % u": "_s %
                         parseError.errorString()};
    }
    return document;
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    const auto document = parseJson(json);
    if (!document)
        return document.error();
    if (!document->isObject())
        return wrongTypeAt(messageRoot, u"an object"_s,
                           document->isArray() ? QJsonValue(document->array()) : QJsonValue());
    return document->object();
}

} // namespace

namespace PydanticAiCodec {

Result<QList<ModelMessage>> decodeHistory(const QByteArray &json)
{
    // Checked as text first: what Qt's parser would let through or change (key order, numbers) decides here.
    const auto elements = JsonText::arrayElements(json);
    if (!elements) {
        const auto compact = JsonText::compact(json);
        if (!compact)
            return compact.error();
        return Error{Error::Code::InvalidData,
                     u"expected a JSON array of messages, got "_s %
                         (compact->startsWith('{') ? u"an object"_s : u"another value"_s)};
    }
    QList<ModelMessage> history;
    history.reserve(elements->size());
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const QByteArray &element = elements->at(i);
        // Wrapped, so that a value that is not an object is read (and refused) as what it is.
        const QJsonValue value = QJsonDocument::fromJson('[' + element + ']').array().at(0);
        auto message = readModelMessage(value, historyRoot[i]);
        if (!message)
            return message.error();
        message.value().setStoredJson(element);
        history.append(std::move(message).value());
    }
    return history;
}

Result<QList<ModelMessage>> decodeHistory(const QJsonArray &messages)
{
    QList<ModelMessage> history;
    history.reserve(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto message = readModelMessage(messages.at(i), historyRoot[i]);
        if (!message)
            return message.error();
        history.append(std::move(message).value());
    }
    return history;
}

Result<ModelMessage> decodeMessage(const QByteArray &json)
{
    const auto compact = JsonText::compact(json);
    if (!compact)
        return compact.error();
    const auto object = parseObject(*compact);
    if (!object)
        return object.error();
    auto message = readModelMessage(*object, messageRoot);
    if (message)
        message.value().setStoredJson(*compact);
    return message;
}

Result<ModelMessage> decodeStoredMessage(const QByteArray &json)
{
    const auto object = parseObject(json);
    if (!object)
        return object.error();
    auto message = readStoredModelMessage(*object, messageRoot);
    if (message)
        message.value().setStoredJson(json);
    return message;
}

QJsonArray toJsonArray(const QList<ModelMessage> &messages)
{
    QJsonArray array;
    for (const ModelMessage &message : messages)
        array.append(message.toJson());
    return array;
}

QByteArray encodeHistory(const QList<ModelMessage> &messages, QJsonDocument::JsonFormat format)
{
    if (format == QJsonDocument::Indented)
        return QJsonDocument(toJsonArray(messages)).toJson(format);
    QList<QByteArray> encoded;
    encoded.reserve(messages.size());
    for (const ModelMessage &message : messages)
        encoded.append(encodeMessage(message));
    return JsonText::joinArray(encoded);
}

QByteArray encodeMessage(const ModelMessage &message)
{
    if (!message.storedJson().isEmpty())
        return message.storedJson();
    return PydanticAiWriter::write(message);
}

} // namespace PydanticAiCodec
