#include "openaibackend.h"

#include "agentlogging.h"
#include "agentreply.h"
#include "chatcompletions.h"
#include "httpcall.h"
#include "oneshotbody.h"
#include "ssestream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

/// PydanticAI's names for OpenAI's finish reasons.
QString finishReasonFor(const QString &openAiReason)
{
    if (openAiReason == u"tool_calls" || openAiReason == u"function_call")
        return u"tool_call"_s;
    if (openAiReason == u"stop" || openAiReason == u"length" || openAiReason == u"content_filter")
        return openAiReason;
    return {};
}

RequestUsage usageFrom(const QJsonObject &usage)
{
    RequestUsage result;
    result.inputTokens = usage.value(u"prompt_tokens").toInteger();
    result.outputTokens = usage.value(u"completion_tokens").toInteger();
    result.cacheReadTokens = usage.value(u"prompt_tokens_details")[u"cached_tokens"].toInteger();
    const QJsonObject completionDetails = usage.value(u"completion_tokens_details").toObject();
    for (auto it = completionDetails.begin(); it != completionDetails.end(); ++it) {
        if (it.value().isDouble() && it.value().toInteger() != 0)
            result.details.insert(it.key(), it.value().toInteger());
    }
    return result;
}

/// Collects a streamed answer chunk by chunk.
class StreamedAnswer
{
public:
    /// Reads one event; false when it is not a chat-completion chunk.
    bool read(const QByteArray &data, QString &delta)
    {
        if (data == "[DONE]") {
            m_done = true;
            return true;
        }
        const QJsonDocument document = QJsonDocument::fromJson(data);
        if (!document.isObject() || document.object().contains(u"error"))
            return false;
        const QJsonObject chunk = document.object();
        if (const QString id = chunk.value(u"id").toString(); !id.isEmpty())
            m_id = id;
        if (const QString model = chunk.value(u"model").toString(); !model.isEmpty())
            m_model = model;
        if (chunk.value(u"usage").isObject())
            m_usage = usageFrom(chunk.value(u"usage").toObject());
        const QJsonObject choice = chunk.value(u"choices")[0].toObject();
        if (const QString reason = choice.value(u"finish_reason").toString(); !reason.isEmpty())
            m_finishReason = reason;
        delta = choice.value(u"delta")[u"content"].toString();
        m_text += delta;
        return true;
    }

    bool isDone() const { return m_done; }
    bool hasText() const { return !m_text.isEmpty(); }

    ModelMessage toResponse(const OpenAiBackend::Config &config, bool complete) const
    {
        ModelMessage response =
            ModelMessage::response({MessagePart::text(m_text)}, m_model.isEmpty() ? config.model : m_model);
        response.setUsage(m_usage);
        response.setProviderName(u"openai"_s);
        response.setProviderUrl(config.baseUrl.toString());
        response.setProviderResponseId(m_id);
        if (!m_finishReason.isEmpty())
            response.setProviderDetails(QJsonObject{{u"finish_reason"_s, m_finishReason}});
        if (complete)
            response.setFinishReason(finishReasonFor(m_finishReason));
        else
            response.setState(u"incomplete"_s);
        return response;
    }

private:
    QString m_text;
    QString m_id;
    QString m_model;
    QString m_finishReason;
    RequestUsage m_usage;
    bool m_done = false;
};

} // namespace

OpenAiBackend::OpenAiBackend(QNetworkAccessManager *network, Config config, QObject *parent)
    : AgentBackend(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

AgentReply *OpenAiBackend::send(const AgentTurn &turn)
{
    QNetworkRequest request(joinUrl(m_config.baseUrl, u"/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());

    auto *reply = new AgentReply;
    const auto messages = ChatCompletions::messagesFor(turn.history + QList<ModelMessage>{turn.request});
    if (!messages) {
        AgentError error = AgentError::make(AgentError::Kind::Unsendable);
        error.message = messages.error().message;
        // Failed after the caller connected to the reply, as every other failure is.
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->fail(error); }, Qt::QueuedConnection);
        return reply;
    }
    const QJsonObject body{
        {u"model"_s, m_config.model},
        {u"messages"_s, *messages},
        {u"stream"_s, true},
        {u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}}},
    };

    auto *call = new HttpCall(OneShotBody::post(m_network, request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
                              m_config.timeout, reply);
    call->setStreaming(true);
    auto stream = std::make_shared<SseStream>();
    auto answer = std::make_shared<StreamedAnswer>();
    auto malformed = std::make_shared<QByteArray>();
    connect(reply, &AgentReply::cancelRequested, call, &HttpCall::cancel);
    reply->setPartialSource([answer, config = m_config]() -> std::optional<ModelMessage> {
        return answer->hasText() ? std::optional(answer->toResponse(config, false)) : std::nullopt;
    });
    connect(call, &HttpCall::chunkReceived, reply, [reply, stream, answer, malformed, call](const QByteArray &chunk) {
        for (const QByteArray &data : stream->feed(chunk)) {
            QString delta;
            if (!answer->read(data, delta)) {
                *malformed = data;
                call->cancel();
                return;
            }
            reply->streamText(delta);
        }
    });
    connect(call, &HttpCall::finished, reply, [this, reply, answer, malformed](const HttpResult &result) {
        const auto partial = [&]() -> std::optional<ModelMessage> {
            return answer->hasText() ? std::optional(answer->toResponse(m_config, false)) : std::nullopt;
        };
        if (!malformed->isEmpty()) {
            qCWarning(lcAgent) << "OpenAI-compatible stream sent" << malformed->left(2000);
            reply->fail(AgentError::make(AgentError::Kind::MalformedResponse, result.status,
                                         QString::fromUtf8(malformed->left(2000))),
                        partial());
        } else if (result.failure) {
            reply->fail(*result.failure, partial());
        } else if (result.status < 200 || result.status >= 300) {
            AgentError error = AgentError::fromOpenAiStatus(result.status, result.body, m_config.model);
            qCWarning(lcAgent) << "OpenAI-compatible server answered" << result.status << error.detail;
            reply->fail(error);
        } else if (!answer->isDone()) {
            reply->fail(AgentError::make(AgentError::Kind::StreamCut, result.status), partial());
        } else {
            reply->succeed(answer->toResponse(m_config, true));
        }
    });
    return reply;
}
