#include "govstackbackend.h"

#include "agentlogging.h"
#include "agentreply.h"
#include "enumnames.h"
#include "httpcall.h"
#include "pydanticaicodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<GovStackBackend::Profile, 2> profileNames{{
    {GovStackBackend::Profile::V2, u"v2"},
    {GovStackBackend::Profile::GovBot, u"govbot"},
}};

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

AgentError malformed(const QByteArray &body)
{
    return AgentError::make(AgentError::Kind::MalformedResponse, 200, QString::fromUtf8(body.left(2000)));
}

/// A failure as the reply reports it: the transfer's, or the HTTP status's.
std::optional<AgentError> failureOf(const HttpResult &result)
{
    if (result.failure)
        return result.failure;
    if (result.status < 200 || result.status >= 300) {
        AgentError error = AgentError::fromHttpStatus(result.status, result.body);
        qCWarning(lcAgent) << "GovStack server answered" << result.status << error.detail;
        return error;
    }
    return std::nullopt;
}

void finishServerReply(ServerReply *reply, const HttpResult &result)
{
    if (const auto failure = failureOf(result))
        reply->fail(*failure);
    else
        reply->succeed();
}

/// The text of a history entry: `content`, or in older rows `answer` / `query`.
QString entryText(const QJsonObject &content)
{
    for (const auto key : {u"content", u"answer", u"query"}) {
        if (const QJsonValue value = content.value(key); value.isString())
            return value.toString();
    }
    return {};
}

} // namespace

GovStackBackend::GovStackBackend(QNetworkAccessManager *network, Config config, QObject *parent)
    : AgentBackend(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

std::optional<GovStackBackend::Profile> GovStackBackend::profileFromName(QStringView name)
{
    return enumFromName(profileNames, name);
}

QString GovStackBackend::profileName(Profile profile)
{
    return enumName(profileNames, profile);
}

QUrl GovStackBackend::endpoint(const QString &path) const
{
    return joinUrl(m_config.baseUrl, path);
}

QNetworkRequest GovStackBackend::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"GovStackDesktop/" GOVSTACK_VERSION ""_s);
    // Only the same origin: a redirect elsewhere must not receive the key or the conversation.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("X-API-Key", m_config.apiKey.toUtf8());
    return request;
}

HttpCall *GovStackBackend::start(QNetworkReply *reply, QObject *owner) const
{
    return new HttpCall(reply, m_config.timeout, owner);
}

AgentReply *GovStackBackend::send(const AgentTurn &turn)
{
    // v2 posts a session's first message to /v2/chat/ and later ones to
    // /v2/chat/{id}; govbot always posts to /chat/, as /chat/{x} is an agency route there.
    QString path = u"/chat/"_s;
    if (m_config.profile == Profile::V2)
        path = turn.history.isEmpty() ? u"/v2/chat/"_s : u"/v2/chat/"_s + turn.sessionId;
    const QJsonObject body{
        {u"message"_s, turn.request.text()},
        {u"session_id"_s, turn.sessionId},
        {u"user_id"_s, turn.userId},
        {u"metadata"_s,
         QJsonObject{{u"platform"_s, u"desktop"_s},
                     {u"client_version"_s, QStringLiteral(GOVSTACK_VERSION)},
                     {u"language"_s, turn.language}}},
        {u"language"_s, turn.language},
        {u"message_history"_s, PydanticAiCodec::toJsonArray(turn.history)},
    };

    auto *reply = new AgentReply;
    HttpCall *call =
        start(m_network->post(makeRequest(endpoint(path)), QJsonDocument(body).toJson(QJsonDocument::Compact)), reply);
    connect(reply, &AgentReply::cancelRequested, call, &HttpCall::cancel);
    connect(call, &HttpCall::finished, reply, [this, reply](const HttpResult &result) {
        if (const auto failure = failureOf(result)) {
            reply->fail(*failure);
            return;
        }
        const auto answer = jsonObject(result.body);
        if (!answer || !answer->value(u"answer").isString()) {
            reply->fail(malformed(result.body));
            return;
        }
        reply->succeed(answerToResponse(*answer, Timestamp::now()));
    });
    return reply;
}

QString GovStackBackend::sessionPath(const QString &sessionId) const
{
    return (m_config.profile == Profile::V2 ? u"/v2/chat/"_s : u"/chat/"_s) + sessionId;
}

HistoryReply *GovStackBackend::fetchHistory(const QString &sessionId)
{
    auto *reply = new HistoryReply;
    HttpCall *call = start(m_network->get(makeRequest(endpoint(sessionPath(sessionId)))), reply);
    connect(call, &HttpCall::finished, reply, [this, reply](const HttpResult &result) {
        if (!result.failure && result.status == 404) {
            reply->succeed(ServerHistory{false, 0, {}, {}}); // never stored, or purged
            return;
        }
        if (const auto failure = failureOf(result)) {
            reply->fail(*failure);
            return;
        }
        const auto history = jsonObject(result.body);
        if (!history || !history->value(u"messages").isArray()) {
            reply->fail(malformed(result.body));
            return;
        }
        reply->succeed(readHistory(*history, result.body));
    });
    return reply;
}

ServerHistory GovStackBackend::readHistory(const QJsonObject &history, const QByteArray &body) const
{
    const QJsonArray entries = history.value(u"messages").toArray();
    ServerHistory server;
    server.messageCount = history.value(u"num_messages").toInt(int(entries.size()));
    server.fingerprint = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    // Each stored turn is a user entry and then its answer; a question left without one is skipped.
    std::optional<QJsonObject> question;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(u"message_type").toString();
        if (type == u"user") {
            question = entry;
            continue;
        }
        if (type != u"assistant" || !question)
            continue;
        server.turns.append(readTurn(*question, entry));
        question.reset();
    }
    return server;
}

ServerTurn GovStackBackend::readTurn(const QJsonObject &question, const QJsonObject &answerEntry) const
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
                    answerToResponse(answer, answerTime.value_or(Timestamp::now())),
                    turnTrace(answerEntry.value(u"metadata"))};
    // The real trace stands in for the synthesized answer; what the server said beside it stays.
    if (!turn.trace.isEmpty())
        turn.trace.last().setGovStackExtras(turn.answer.govStackExtras());
    return turn;
}

QList<ModelMessage> GovStackBackend::turnTrace(const QJsonValue &metadata)
{
    // v2 keeps the agent's whole history up to the turn; the deployed server a stub that is no history.
    if (!metadata.isArray() || metadata.toArray().isEmpty())
        return {};
    const auto messages = PydanticAiCodec::decodeHistory(metadata.toArray());
    if (!messages)
        return {};
    // The turn's request is the last one with a user prompt: what follows it is the agent's work on it.
    for (qsizetype i = messages->size() - 1; i >= 0; --i) {
        const ModelMessage &message = messages->at(i);
        const bool asks = message.isRequest() &&
            std::any_of(message.parts().cbegin(), message.parts().cend(),
                        [](const MessagePart &part) { return part.kind() == MessagePart::Kind::UserPrompt; });
        if (!asks)
            continue;
        const QList<ModelMessage> trace = messages->mid(i + 1);
        return !trace.isEmpty() && trace.constLast().isResponse() ? trace : QList<ModelMessage>{};
    }
    return {};
}

ServerReply *GovStackBackend::deleteSession(const QString &sessionId)
{
    auto *reply = new ServerReply;
    HttpCall *call = start(m_network->deleteResource(makeRequest(endpoint(sessionPath(sessionId)))), reply);
    connect(call, &HttpCall::finished, reply, [reply](const HttpResult &result) {
        // 404: deleted before (by an earlier attempt whose answer was lost) or purged. Either way, gone.
        if (!result.failure && result.status == 404) {
            reply->succeed();
            return;
        }
        finishServerReply(reply, result);
    });
    return reply;
}

ServerReply *GovStackBackend::rate(const RatingRequest &rating)
{
    auto *reply = new ServerReply;
    QJsonObject body{
        {u"session_id"_s, rating.sessionId},
        {u"message_id"_s, rating.messageId},
        {u"rating"_s, rating.score},
        {u"user_id"_s, rating.userId},
        {u"metadata"_s,
         QJsonObject{{u"platform"_s, u"desktop"_s}, {u"client_version"_s, QStringLiteral(GOVSTACK_VERSION)}}},
    };
    if (!rating.comment.isEmpty())
        body.insert(u"feedback_text"_s, rating.comment);
    HttpCall *call = start(
        m_network->post(makeRequest(endpoint(u"/chat/ratings"_s)), QJsonDocument(body).toJson(QJsonDocument::Compact)),
        reply);
    connect(call, &HttpCall::finished, reply, [reply](const HttpResult &result) { finishServerReply(reply, result); });
    return reply;
}

ModelMessage GovStackBackend::answerToResponse(const QJsonObject &answer, const Timestamp &timestamp) const
{
    ModelMessage response = ModelMessage::response({MessagePart::text(answer.value(u"answer").toString())},
                                                   answer.value(u"model").toString(), timestamp);
    response.setUsage(RequestUsage::fromJson(answer.value(u"usage").toObject()));
    response.setProviderName(u"govstack"_s);
    response.setProviderUrl(m_config.baseUrl.toString());
    response.setProviderResponseId(answer.value(u"message_id").toString());
    response.setFinishReason(u"stop"_s);

    // The answer text and the session id live elsewhere; everything else the server said is kept beside the turn.
    QJsonObject extras = answer;
    extras.remove(u"answer");
    extras.remove(u"session_id");
    response.setGovStackExtras(GovStackExtras::fromJson(extras));
    return response;
}
