#include "pydanticaicodec.h"

#include "fieldchecker.h"
#include "messagereader.h"

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
    const auto document = parseJson(json);
    if (!document)
        return document.error();
    if (!document->isArray()) {
        return Error{Error::Code::InvalidData,
                     u"expected a JSON array of messages, got "_s %
                         (document->isObject() ? u"an object"_s : u"nothing"_s)};
    }
    return decodeHistory(document->array());
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
    const auto object = parseObject(json);
    if (!object)
        return object.error();
    return readModelMessage(*object, messageRoot);
}

Result<ModelMessage> decodeStoredMessage(const QByteArray &json)
{
    const auto object = parseObject(json);
    if (!object)
        return object.error();
    return readStoredModelMessage(*object, messageRoot);
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
    return QJsonDocument(toJsonArray(messages)).toJson(format);
}

QByteArray encodeMessage(const ModelMessage &message)
{
    return QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace PydanticAiCodec
