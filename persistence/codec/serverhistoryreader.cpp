#include "serverhistoryreader.h"

#include "jsontext.h"
#include "pydanticaicodec.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ServerHistoryReader {

namespace {

bool asksUser(const QJsonValue &message)
{
    if (message[u"kind"] != u"request"_s)
        return false;
    const QJsonArray parts = message[u"parts"].toArray();
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QJsonValue &part) { return part[u"part_kind"] == u"user-prompt"_s; });
}

/// The agent's messages for the turn whose answer entry has @p metadata, each kept as the exact
/// bytes the server sent (@p metadataJson is that value's text).
QList<ModelMessage> turnTrace(const QJsonValue &metadata, const QByteArray &metadataJson)
{
    // v2 keeps the agent's whole history up to the turn; the deployed server a stub that is no history.
    const QJsonArray history = metadata.toArray();
    // The turn's request is the last one with a user prompt: what follows it is the agent's work
    // on it. Only that is decoded, so a long session's history is not decoded again at every turn.
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        if (!asksUser(history.at(i)))
            continue;
        const auto elements = JsonText::arrayElements(metadataJson);
        if (!elements || elements->size() != history.size())
            return {};
        const auto trace = PydanticAiCodec::decodeHistory(JsonText::joinArray(elements->mid(i + 1)));
        return trace && !trace->isEmpty() && trace->constLast().isResponse() ? *trace : QList<ModelMessage>{};
    }
    return {};
}

/// The text of each entry's `metadata` in a history response, as sent.
QList<QByteArray> metadataTexts(const QByteArray &body)
{
    QList<QByteArray> texts;
    const auto members = JsonText::objectMembers(body);
    for (const QByteArray &entry :
         JsonText::arrayElements(members ? members->value(u"messages"_s) : QByteArray()).valueOr({})) {
        const auto fields = JsonText::objectMembers(entry);
        texts.append(fields ? fields->value(u"metadata"_s) : QByteArray());
    }
    return texts;
}

ServerTurn readTurn(const QJsonObject &question, const QJsonObject &answerEntry, const QByteArray &metadataJson,
                    const QString &providerUrl)
{
    QJsonObject answer = answerEntry.value(u"content").toObject();
    answer.insert(u"answer"_s, entryText(answer));
    answer.remove(u"content");
    answer.insert(u"message_id"_s, answerEntry.value(u"message_id"));
    const auto answerTime = Timestamp::fromJson(answerEntry.value(u"timestamp"));
    ServerTurn turn{question.value(u"message_id").toString(),
                    entryText(question.value(u"content").toObject()),
                    Timestamp::fromJson(question.value(u"timestamp")).value_or(Timestamp::now()),
                    answerEntry.value(u"message_id").toString(),
                    answerToResponse(answer, answerTime.value_or(Timestamp::now()), providerUrl),
                    turnTrace(answerEntry.value(u"metadata"), metadataJson)};
    // The real trace stands in for the synthesized answer; what the server said beside it stays.
    if (!turn.trace.isEmpty())
        turn.trace.last().setGovStackExtras(turn.answer.govStackExtras());
    return turn;
}

} // namespace

QString entryText(const QJsonObject &content)
{
    for (const auto key : {u"content", u"answer", u"query"}) {
        if (const QJsonValue value = content.value(key); value.isString())
            return value.toString();
    }
    return {};
}

ServerHistory read(const QJsonObject &history, const QByteArray &body, const QString &providerUrl)
{
    const QJsonArray entries = history.value(u"messages").toArray();
    ServerHistory server;
    server.messageCount = history.value(u"num_messages").toInt(int(entries.size()));
    server.fingerprint = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    const QList<QByteArray> metadata = metadataTexts(body);
    // Each stored turn is a user entry and then its answer; a question left without one is skipped.
    std::optional<QJsonObject> question;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString type = entry.value(u"message_type").toString();
        if (type == u"user") {
            question = entry;
            continue;
        }
        if (type != u"assistant" || !question)
            continue;
        server.turns.append(readTurn(*question, entry, metadata.value(i), providerUrl));
        question.reset();
    }
    return server;
}

ModelMessage answerToResponse(const QJsonObject &answer, const Timestamp &timestamp, const QString &providerUrl)
{
    ModelMessage response = ModelMessage::response({MessagePart::text(answer.value(u"answer").toString())},
                                                   answer.value(u"model").toString(), timestamp);
    response.setUsage(RequestUsage::fromJson(answer.value(u"usage").toObject()));
    response.setProviderName(u"govstack"_s);
    response.setProviderUrl(providerUrl);
    response.setProviderResponseId(answer.value(u"message_id").toString());
    response.setFinishReason(u"stop"_s);

    // The answer text and the session id live elsewhere; everything else the server said is kept beside the turn.
    QJsonObject extras = answer;
    extras.remove(u"answer");
    extras.remove(u"session_id");
    response.setGovStackExtras(GovStackExtras::fromJson(extras));
    return response;
}

} // namespace ServerHistoryReader
