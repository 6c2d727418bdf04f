#include "streamdraft.h"

#include "agentreply.h"
#include "chatstore.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcDraft, "govstack.delivery")

} // namespace

StreamDraft::StreamDraft(ChatStore *store, QString sessionId, int turn, AgentReply *reply)
    : QObject(reply)
    , m_store(store)
    , m_sessionId(std::move(sessionId))
    , m_turn(turn)
    , m_reply(reply)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &StreamDraft::save);
    connect(reply, &AgentReply::textReceived, this, [this] {
        m_dirty = true;
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(reply, &AgentReply::finished, &m_timer, &QTimer::stop);
}

void StreamDraft::save()
{
    if (!m_dirty) {
        m_timer.stop();
        return;
    }
    m_dirty = false;
    const auto partial = m_reply->partialSoFar();
    if (!partial)
        return;
    if (const auto seq = m_store->saveDraft(m_sessionId, m_turn, m_seq, *partial))
        m_seq = *seq;
    else
        qCWarning(lcDraft) << "Could not keep the streamed answer so far:" << seq.error().message;
}
