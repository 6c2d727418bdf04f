#include "agentbackend.h"

void HistoryReply::succeed(ServerHistory history)
{
    m_history = std::move(history);
    Q_EMIT finished();
}

void HistoryReply::fail(AgentError error)
{
    m_error = std::move(error);
    Q_EMIT finished();
}

void ServerReply::succeed()
{
    Q_EMIT finished();
}

void ServerReply::fail(AgentError error)
{
    m_error = std::move(error);
    Q_EMIT finished();
}

HistoryReply *AgentBackend::fetchHistory(const QString &)
{
    auto *reply = new HistoryReply;
    // Emitted from the event loop, so the caller has connected by then.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            reply->succeed(ServerHistory{false, 0, {}, {}});
        },
        Qt::QueuedConnection);
    return reply;
}
