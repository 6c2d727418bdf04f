#pragma once

#include "agenterror.h"
#include "modelmessage.h"

#include <QObject>

#include <functional>
#include <optional>

/// One agent request in flight: streams text, then ends with a response or
/// an error (and, for a cut stream, the part of the answer that arrived).
class AgentReply : public QObject
{
    Q_OBJECT

public:
    explicit AgentReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    const std::optional<ModelMessage> &response() const { return m_response; }
    const std::optional<AgentError> &error() const { return m_error; }
    /// What arrived of an answer that failed midway, as an incomplete ModelResponse.
    const std::optional<ModelMessage> &partialResponse() const { return m_partial; }
    /// What has arrived so far of a streamed answer, as an incomplete ModelResponse.
    std::optional<ModelMessage> partialSoFar() const;
    /// Called by a back end that streams: how it makes partialSoFar().
    void setPartialSource(std::function<std::optional<ModelMessage>()> source) { m_partialSource = std::move(source); }

    /// Stops the request; finished() follows with a Cancelled error.
    void cancel();

    // Called by the back end that made this reply.
    void streamText(const QString &delta);
    void succeed(ModelMessage response);
    void fail(AgentError error, std::optional<ModelMessage> partial = std::nullopt);

Q_SIGNALS:
    void textReceived(const QString &delta);
    void finished();
    void cancelRequested();

private:
    bool m_finished = false;
    std::optional<ModelMessage> m_response;
    std::optional<AgentError> m_error;
    std::optional<ModelMessage> m_partial;
    std::function<std::optional<ModelMessage>()> m_partialSource;
};
