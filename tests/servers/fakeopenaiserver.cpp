#include "fakeopenaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QByteArray sseEvent(const QJsonObject &chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null)
{
    return QJsonObject{
        {u"id"_s, u"chatcmpl-test"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"model"_s, u"test-model-1"_s},
        {u"choices"_s,
         QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}}},
    };
}

} // namespace

FakeOpenAiServer::FakeOpenAiServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

QUrl FakeOpenAiServer::baseUrl() const
{
    QUrl url = m_http.url();
    url.setPath(u"/v1"_s);
    return url;
}

QList<HttpRequest> FakeOpenAiServer::chatRequests() const
{
    return m_http.requests("POST");
}

QString FakeOpenAiServer::answerFor(int requestNumber)
{
    return u"Jibu la %1: tembelea eCitizen \U0001F1F0\U0001F1EA."_s.arg(requestNumber);
}

QList<QByteArray> FakeOpenAiServer::streamOf(const QString &answer, bool finish)
{
    QByteArray stream = sseEvent(chunk(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}));
    // Words as separate deltas, as models send them.
    const QStringList words = answer.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i)
        stream += sseEvent(chunk(QJsonObject{{u"content"_s, QString((i ? u" "_s : QString()) + words.at(i))}}));
    if (finish) {
        stream += sseEvent(chunk(QJsonObject(), u"stop"_s));
        QJsonObject usage{{u"id"_s, u"chatcmpl-test"_s},
                          {u"model"_s, u"test-model-1"_s},
                          {u"choices"_s, QJsonArray()},
                          {u"usage"_s,
                           QJsonObject{{u"prompt_tokens"_s, 120},
                                       {u"completion_tokens"_s, 30},
                                       {u"total_tokens"_s, 150},
                                       {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, 64}}}}}};
        stream += sseEvent(usage);
        stream += ": keep-alive comment\r\n\r\ndata: [DONE]\n\n";
    }
    // Re-cut into writes of 7, 13, 7, 13... bytes, so events and UTF-8 sequences straddle writes.
    QList<QByteArray> writes;
    for (qsizetype at = 0, i = 0; at < stream.size(); ++i) {
        const qsizetype size = i % 2 ? 13 : 7;
        writes << stream.mid(at, size);
        at += size;
    }
    return writes;
}

HttpResponse FakeOpenAiServer::handle(const HttpRequest &request)
{
    if (!m_apiKey.isEmpty() && request.headers.value("authorization") != "Bearer " + m_apiKey.toUtf8()) {
        return HttpResponse::json(401,
                                  QJsonObject{{u"error"_s,
                                               QJsonObject{{u"message"_s, u"Incorrect API key provided"_s},
                                                           {u"type"_s, u"invalid_request_error"_s},
                                                           {u"code"_s, u"invalid_api_key"_s}}}});
    }
    if (request.method == "GET" && request.path == "/v1/models")
        return HttpResponse::json(200, QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"test-model-1"_s}}}}});
    if (request.method != "POST" || request.path != "/v1/chat/completions")
        return HttpResponse::json(404, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"not found"_s}}}});
    if (!m_faults.isEmpty())
        return m_faults.takeFirst();
    HttpResponse response;
    response.contentType = "text/event-stream";
    response.chunks = streamOf(answerFor(++m_answered));
    response.chunkDelayMs = 0;
    response.ending = HttpResponse::Ending::CloseEarly; // close-delimited, as streaming servers do
    return response;
}
