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
    auto partial = m_reply->partialSoFar();
    if (!partial)
        return;
    m_store->runInBackground<int>(
        [sessionId = m_sessionId, turn = m_turn, place = m_place, partial = std::move(*partial)](ChatStore &store) {
            auto seq = store.saveDraft(sessionId, turn, *place, partial);
            if (seq)
                *place = *seq;
            return seq;
        },
        this,
        [](const Result<int> &seq) {
            if (!seq)
                qCWarning(lcDraft) << "Could not keep the streamed answer so far:" << seq.error().message;
        });
}
