#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
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

    /// The draft's place in the session, once written.
    std::optional<int> seq() const { return m_seq; }

private:
    void save();

    ChatStore *m_store;
    QString m_sessionId;
    int m_turn;
    AgentReply *m_reply;
    QTimer m_timer;
    bool m_dirty = false;
    std::optional<int> m_seq;
};
