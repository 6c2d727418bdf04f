#include "fakegovstackserver.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

HttpResponse detail(int status, const QString &text)
{
    return HttpResponse::json(status, QJsonObject{{u"detail"_s, text}});
}

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

FakeGovStackServer::FakeGovStackServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

QList<HttpRequest> FakeGovStackServer::chatRequests() const
{
    return m_http.requests("POST");
}

QString FakeGovStackServer::answerFor(const QString &message)
{
    return u"Answer to: "_s + message;
}

HttpResponse FakeGovStackServer::handle(const HttpRequest &request)
{
    if (request.method == "GET" && request.path == "/health")
        return HttpResponse::json(200, QJsonObject{{u"status"_s, u"healthy"_s}});
    if (!m_apiKey.isEmpty()) {
        const QByteArray key = request.headers.value("x-api-key");
        if (key.isEmpty())
            return detail(401, u"API key required. Please provide X-API-Key header."_s);
        if (key != m_apiKey.toUtf8())
            return detail(401, u"Invalid API key"_s);
    }
    if (request.method == "GET" && request.path == "/api-info")
        return HttpResponse::json(200, QJsonObject{{u"name"_s, u"GovStack test server"_s}, {u"version"_s, u"2.0"_s}});
    static const QRegularExpression v2Path(u"^/v2/chat/([^/]*)$"_s);
    static const QRegularExpression govbotPath(u"^/chat/([^/]*)$"_s);
    const QString path = QString::fromUtf8(request.path);
    if (const auto match = v2Path.match(path); match.hasMatch()) {
        if (request.method == "POST")
            return chat(request, match.captured(1), true);
        return history(match.captured(1), true);
    }
    if (path == u"/chat")
        return HttpResponse{307, "text/plain", {}, 0, -1, {{"Location", "/chat/"}}, HttpResponse::Ending::Complete};
    if (const auto match = govbotPath.match(path); match.hasMatch()) {
        if (request.method == "POST")
            return chat(request, match.captured(1), false);
        return history(match.captured(1), false);
    }
    return detail(404, u"Not Found"_s);
}

HttpResponse FakeGovStackServer::chat(const HttpRequest &request, const QString &sessionIdFromPath, bool v2)
{
    const QJsonObject body = request.json();
    if (!body.value(u"message").isString()) {
        return HttpResponse::json(422,
                                  QJsonObject{{u"detail"_s,
                                               QJsonArray{QJsonObject{{u"type"_s, u"missing"_s},
                                                                      {u"loc"_s, QJsonArray{u"body"_s, u"message"_s}},
                                                                      {u"msg"_s, u"Field required"_s},
                                                                      {u"input"_s, QJsonValue::Null}}}}});
    }
    // In the govbot profile /chat/{x} is an agency route: it answers as another bot.
    if (!v2 && !sessionIdFromPath.isEmpty()) {
        return HttpResponse::json(
            200,
            QJsonObject{{u"answer"_s, QString(u"I am GovBot-"_s + sessionIdFromPath + u" and cannot help."_s)},
                        {u"session_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    }
    const QString sessionId = !sessionIdFromPath.isEmpty() ? sessionIdFromPath : body.value(u"session_id").toString();
    const QString answer = m_answerPrefix + answerFor(body.value(u"message").toString());

    if (!m_faults.isEmpty()) {
        const Fault fault = m_faults.takeFirst();
        if (fault.storeTurn)
            storeTurn(sessionId, body, answer, v2);
        return fault.response;
    }
    const QJsonObject assistant = storeTurn(sessionId, body, answer, v2);
    QJsonObject response{
        {u"answer"_s, answer},
        {u"sources"_s,
         QJsonArray{QJsonObject{{u"title"_s, u"Business Registration Guidelines"_s},
                                {u"url"_s, u"https://example.gov/brs"_s},
                                {u"snippet"_s, u"Register on eCitizen."_s}}}},
        {u"confidence"_s, 0.8},
        {u"retriever_type"_s, u"brs"_s},
        {u"usage"_s,
         QJsonObject{{u"requests"_s, 1},
                     {u"request_tokens"_s, 891},
                     {u"response_tokens"_s, 433},
                     {u"total_tokens"_s, 1324},
                     {u"details"_s, QJsonObject{{u"reasoning_tokens"_s, 0}}}}},
        {u"recommended_follow_up_questions"_s,
         QJsonArray{QJsonObject{{u"question"_s, u"What are the fees?"_s}, {u"relevance_score"_s, 0.9}}}},
        {u"session_id"_s, sessionId},
        {u"trace_id"_s, QJsonValue::Null},
    };
    if (v2)
        response.insert(u"message_id"_s, assistant.value(u"message_id"));
    return HttpResponse::json(200, response);
}

QJsonObject FakeGovStackServer::storeTurn(const QString &sessionId, const QJsonObject &body, const QString &answer,
                                          bool v2)
{
    QJsonArray &entries = m_sessions[sessionId];
    const QJsonObject user{
        {u"message_id"_s, u"msg-%1"_s.arg(m_nextMessageId++)},
        {u"message_type"_s, u"user"_s},
        {u"content"_s, QJsonObject{{u"content"_s, body.value(u"message")}, {u"metadata"_s, body.value(u"metadata")}}},
        {u"timestamp"_s, timestampNow()},
        {u"metadata"_s, QJsonValue::Null},
    };
    // v2 keeps the agent's full history on the answer; the deployed server only a stub.
    const QJsonValue agentHistory = v2
        ? QJsonValue(body.value(u"message_history"))
        : QJsonValue(QJsonArray{QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, answer}}});
    const QJsonObject assistant{
        {u"message_id"_s, u"msg-%1"_s.arg(m_nextMessageId++)},
        {u"message_type"_s, u"assistant"_s},
        {u"content"_s,
         QJsonObject{{u"content"_s, answer},
                     {u"sources"_s, QJsonArray()},
                     {u"confidence"_s, 0.8},
                     {u"retriever_type"_s, u"brs"_s},
                     {u"recommended_follow_up_questions"_s, QJsonArray()}}},
        {u"timestamp"_s, timestampNow()},
        {u"metadata"_s, agentHistory},
    };
    entries.append(user);
    entries.append(assistant);
    return assistant;
}

HttpResponse FakeGovStackServer::history(const QString &sessionId, bool) const
{
    if (!m_sessions.contains(sessionId))
        return detail(404, u"Chat session not found"_s);
    const QJsonArray entries = m_sessions.value(sessionId);
    return HttpResponse::json(200,
                              QJsonObject{
                                  {u"session_id"_s, sessionId},
                                  {u"messages"_s, entries},
                                  {u"user_id"_s, u"desktop-user"_s},
                                  {u"created_at"_s, u"2025-11-07T10:30:05.117842+00:00"_s},
                                  {u"updated_at"_s, u"2025-11-07T10:31:40.220931+00:00"_s},
                                  {u"message_count"_s, entries.size()},
                                  {u"num_messages"_s, entries.size()},
                              });
}
