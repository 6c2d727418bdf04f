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

QStringList FakeGovStackServer::questions(const QString &sessionId) const
{
    QStringList questions;
    for (const QJsonValue &entry : m_sessions.value(sessionId)) {
        if (entry[u"message_type"] == u"user"_s)
            questions << entry[u"content"][u"content"].toString();
    }
    return questions;
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
    if (request.method != "POST") {
        if (auto fault = takeFault(request.method))
            return *fault;
    }
    if (path == u"/chat/ratings" && request.method == "POST")
        return rate(request);
    if (path == u"/chat") {
        HttpResponse redirect = HttpResponse::text(307, "text/plain", {});
        redirect.headers = {{"Location", "/chat/"}};
        return redirect;
    }
    for (const auto *profile : {&v2Path, &govbotPath}) {
        const auto match = profile->match(path);
        if (!match.hasMatch())
            continue;
        if (request.method == "POST")
            return chat(request, match.captured(1), profile == &v2Path);
        if (request.method == "DELETE")
            return remove(match.captured(1));
        return history(match.captured(1));
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
    if (m_agentDelay.count() > 0) {
        HttpResponse later;
        later.delayMs = int(m_agentDelay.count());
        later.deferred = [this, sessionId, body, v2] { return answer(sessionId, body, v2); };
        return later;
    }
    return answer(sessionId, body, v2);
}

HttpResponse FakeGovStackServer::answer(const QString &sessionId, const QJsonObject &body, bool v2)
{
    const QString answer = m_answerPrefix + answerFor(body.value(u"message").toString());

    const auto fault =
        std::find_if(m_faults.begin(), m_faults.end(), [](const Fault &f) { return f.method == "POST"; });
    if (fault != m_faults.end()) {
        const Fault taken = *fault;
        m_faults.erase(fault);
        if (taken.storeTurn)
            storeTurn(sessionId, body, answer, v2);
        return taken.response;
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

std::optional<HttpResponse> FakeGovStackServer::takeFault(const QByteArray &method)
{
    const auto fault =
        std::find_if(m_faults.begin(), m_faults.end(), [&](const Fault &f) { return f.method == method; });
    if (fault == m_faults.end())
        return std::nullopt;
    const HttpResponse response = fault->response;
    m_faults.erase(fault);
    return response;
}

QString FakeGovStackServer::redacted(const QString &text) const
{
    if (!m_redactsPii)
        return text;
    static const QRegularExpression phone(u"\\+?\\d[\\d ]{6,}\\d"_s);
    static const QRegularExpression name(u"\\b(Wanjiru|Otieno)\\b"_s);
    QString copy = text;
    copy.replace(phone, u"<PHONE_NUMBER_REDACTED>"_s);
    copy.replace(name, u"<PERSON_REDACTED>"_s);
    return copy;
}

void FakeGovStackServer::addTurn(const QString &sessionId, const QString &message, bool v2)
{
    // As the web client does: the history so far goes with the message, so a v2 answer keeps it all.
    const QJsonArray entries = m_sessions.value(sessionId);
    const QJsonArray history = entries.isEmpty() ? QJsonArray() : entries.last()[u"metadata"].toArray();
    storeTurn(sessionId, QJsonObject{{u"message"_s, message}, {u"message_history"_s, history}}, answerFor(message), v2);
}

namespace {

/// The agent's run as PydanticAI's all_messages() has it: the history sent, the
/// question, a retrieval tool call and its return, and the final answer.
QJsonArray agentTrace(const QJsonObject &body, const QString &answer, const QString &time)
{
    QJsonArray trace = body.value(u"message_history").toArray();
    const QString callId = u"call_"_s + QString::number(trace.size());
    trace.append(QJsonObject{
        {u"kind"_s, u"request"_s},
        {u"parts"_s,
         QJsonArray{QJsonObject{
             {u"part_kind"_s, u"user-prompt"_s}, {u"content"_s, body.value(u"message")}, {u"timestamp"_s, time}}}},
    });
    trace.append(QJsonObject{
        {u"kind"_s, u"response"_s},
        {u"parts"_s,
         QJsonArray{QJsonObject{{u"part_kind"_s, u"tool-call"_s},
                                {u"tool_name"_s, u"search_documents"_s},
                                {u"args"_s, QJsonObject{{u"query"_s, body.value(u"message")}}},
                                {u"tool_call_id"_s, callId}}}},
        {u"model_name"_s, u"gpt-4o"_s},
        {u"timestamp"_s, time},
    });
    trace.append(QJsonObject{
        {u"kind"_s, u"request"_s},
        {u"parts"_s,
         QJsonArray{QJsonObject{{u"part_kind"_s, u"tool-return"_s},
                                {u"tool_name"_s, u"search_documents"_s},
                                {u"content"_s, u"Business names are registered on eCitizen."_s},
                                {u"tool_call_id"_s, callId},
                                {u"timestamp"_s, time}}}},
    });
    trace.append(QJsonObject{
        {u"kind"_s, u"response"_s},
        {u"parts"_s, QJsonArray{QJsonObject{{u"part_kind"_s, u"text"_s}, {u"content"_s, answer}}}},
        {u"model_name"_s, u"gpt-4o"_s},
        {u"provider_name"_s, u"openai"_s},
        {u"timestamp"_s, time},
    });
    return trace;
}

} // namespace

QJsonObject FakeGovStackServer::storeTurn(const QString &sessionId, const QJsonObject &body, const QString &answer,
                                          bool v2)
{
    QJsonArray &entries = m_sessions[sessionId];
    const QString time = timestampNow();
    m_updatedAt.insert(sessionId, time);
    const QJsonObject user{
        {u"message_id"_s, u"msg-%1"_s.arg(m_nextMessageId++)},
        {u"message_type"_s, u"user"_s},
        {u"content"_s,
         QJsonObject{{u"content"_s, redacted(body.value(u"message").toString())},
                     {u"metadata"_s, body.value(u"metadata")}}},
        {u"timestamp"_s, time},
        {u"metadata"_s, QJsonValue::Null},
    };
    // v2 keeps the agent's full history on the answer; the deployed server only a stub.
    const QJsonValue agentHistory = v2
        ? QJsonValue(agentTrace(body, answer, time))
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
        {u"timestamp"_s, time},
        {u"metadata"_s, agentHistory},
    };
    entries.append(user);
    entries.append(assistant);
    return assistant;
}

HttpResponse FakeGovStackServer::history(const QString &sessionId) const
{
    if (!m_sessions.contains(sessionId))
        return detail(404, u"Chat session not found"_s);
    const QJsonArray entries = m_sessions.value(sessionId);
    HttpResponse response = HttpResponse::json(200,
                                               QJsonObject{
                                                   {u"session_id"_s, sessionId},
                                                   {u"messages"_s, entries},
                                                   {u"user_id"_s, u"desktop-user"_s},
                                                   {u"created_at"_s, u"2025-11-07T10:30:05.117842+00:00"_s},
                                                   {u"updated_at"_s, m_updatedAt.value(sessionId)},
                                                   {u"message_count"_s, entries.size()},
                                                   {u"num_messages"_s, entries.size()},
                                               });
    if (m_historyDelay.count() > 0) {
        const QByteArray body = response.chunks.join();
        response.chunks = {body.left(body.size() / 2), body.mid(body.size() / 2)};
        response.chunkDelayMs = int(m_historyDelay.count());
    }
    return response;
}

HttpResponse FakeGovStackServer::remove(const QString &sessionId)
{
    if (!m_sessions.remove(sessionId))
        return detail(404, u"Chat session not found"_s);
    return HttpResponse::json(200,
                              QJsonObject{{u"message"_s, u"Chat session %1 deleted successfully"_s.arg(sessionId)}});
}

HttpResponse FakeGovStackServer::rate(const HttpRequest &request)
{
    const QJsonObject body = request.json();
    const QJsonArray entries = m_sessions.value(body.value(u"session_id").toString());
    const bool known = std::any_of(entries.cbegin(), entries.cend(), [&](const QJsonValue &entry) {
        return entry[u"message_id"] == body.value(u"message_id") && entry[u"message_type"] == u"assistant"_s;
    });
    if (!known)
        return detail(404, u"Message not found"_s);
    m_ratings.append(body);
    QJsonObject stored = body;
    stored.insert(u"id"_s, int(m_ratings.size()));
    return HttpResponse::json(200, stored);
}
