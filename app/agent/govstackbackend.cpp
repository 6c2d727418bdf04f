#include "govstackbackend.h"

#include "agentlogging.h"
#include "agentreply.h"
#include "continuewhilealive.h"
#include "enumnames.h"
#include "httpcall.h"
#include "oneshotbody.h"
#include "pydanticaicodec.h"
#include "serverhistoryreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

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

QByteArray GovStackBackend::requestBody(const AgentTurn &turn)
{
    const QJsonObject body{
        {u"message"_s, turn.request.text()},
        {u"session_id"_s, turn.sessionId},
        {u"user_id"_s, turn.userId},
        {u"metadata"_s,
         QJsonObject{{u"platform"_s, u"desktop"_s},
                     {u"client_version"_s, QStringLiteral(GOVSTACK_VERSION)},
                     {u"language"_s, turn.language}}},
        {u"language"_s, turn.language},
    };
    // The history goes as the stored bytes of each message, never re-serialized (key order, number text).
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    json.chop(1);
    json += ",\"message_history\":";
    json += turn.historyJson.isEmpty() ? PydanticAiCodec::encodeHistory(turn.history) : turn.historyJson;
    json += '}';
    return json;
}

AgentReply *GovStackBackend::send(const AgentTurn &turn)
{
    // v2 posts a session's first message to /v2/chat/ and later ones to
    // /v2/chat/{id}; govbot always posts to /chat/, as /chat/{x} is an agency route there.
    QString path = u"/chat/"_s;
    const bool hasHistory = turn.historyJson.isEmpty() ? !turn.history.isEmpty() : turn.historyJson != "[]";
    if (m_config.profile == Profile::V2)
        path = hasHistory ? u"/v2/chat/"_s + turn.sessionId : u"/v2/chat/"_s;
    auto *reply = new AgentReply;
    HttpCall *call = start(OneShotBody::post(m_network, makeRequest(endpoint(path)), requestBody(turn)), reply);
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
        reply->succeed(ServerHistoryReader::answerToResponse(*answer, Timestamp::now(), m_config.baseUrl.toString()));
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
        // A long session's copy is tens of megabytes: read on a worker thread, never the window's.
        const QFuture<std::optional<ServerHistory>> parsed = QtConcurrent::run(
            [body = result.body, baseUrl = m_config.baseUrl.toString()]() -> std::optional<ServerHistory> {
                const auto history = jsonObject(body);
                if (!history || !history->value(u"messages").isArray())
                    return std::nullopt;
                return ServerHistoryReader::read(*history, body, baseUrl);
            });
        continueWhileAlive(parsed, reply, [reply, body = result.body](const std::optional<ServerHistory> &history) {
            if (history)
                reply->succeed(*history);
            else
                reply->fail(malformed(body));
        });
    });
    return reply;
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
    HttpCall *call = start(OneShotBody::post(m_network, makeRequest(endpoint(u"/chat/ratings"_s)),
                                             QJsonDocument(body).toJson(QJsonDocument::Compact)),
                           reply);
    connect(call, &HttpCall::finished, reply, [reply](const HttpResult &result) { finishServerReply(reply, result); });
    return reply;
}
