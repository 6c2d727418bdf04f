#include "agentreply.h"

AgentReply::AgentReply(QObject *parent)
    : QObject(parent)
{ }

std::optional<ModelMessage> AgentReply::partialSoFar() const
{
    return m_partialSource ? m_partialSource() : std::nullopt;
}

void AgentReply::cancel()
{
    if (!m_finished)
        Q_EMIT cancelRequested();
}

void AgentReply::streamText(const QString &delta)
{
    if (!m_finished && !delta.isEmpty())
        Q_EMIT textReceived(delta);
}

void AgentReply::succeed(ModelMessage response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = std::move(response);
    Q_EMIT finished();
}

void AgentReply::fail(AgentError error, std::optional<ModelMessage> partial)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_partial = std::move(partial);
    Q_EMIT finished();
}
