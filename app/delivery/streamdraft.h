#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class AgentReply;
class ChatStore;

/// Keeps what has arrived of a streamed answer in the store while it streams, at
/// least once a second, as an incomplete reply: a process killed mid-answer
/// leaves it there. The answer, or the failure, later takes the draft's place.
class StreamDraft : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds interval{1000};

    /// Follows @p reply, whose parent it becomes.
    StreamDraft(ChatStore *store, QString sessionId, int turn, AgentReply *reply);

    /// The draft's place in the session once written, read and written only by the store's jobs:
    /// a job queued behind the draft's writes finds it there, whichever thread runs them.
    using Place = std::shared_ptr<std::optional<int>>;
    Place place() const { return m_place; }

private:
    void save();

    ChatStore *m_store;
    QString m_sessionId;
    int m_turn;
    AgentReply *m_reply;
    QTimer m_timer;
    bool m_dirty = false;
    Place m_place = std::make_shared<std::optional<int>>();
};
