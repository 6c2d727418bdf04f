#pragma once

#include "chatstore.h"

/// Sessions made by a test, handed to an import as a file's would be.
class SessionList : public ImportSource
{
public:
    explicit SessionList(QList<ImportedSession> sessions)
        : m_sessions(std::move(sessions))
    { }
    qsizetype sessionCount() const override { return m_sessions.size(); }
    Result<ImportedSession> next() override { return m_sessions.at(m_next++); }

private:
    QList<ImportedSession> m_sessions;
    qsizetype m_next = 0;
};

/// The chat store with what only tests and benchmarks need: writing fixtures as they are,
/// reading whole histories back, counting. The app never needs these, so they live here.
class TestStore : public ChatStore
{
    Q_OBJECT

public:
    using ChatStore::ChatStore;

    /// Does nothing when the session exists already.
    Result<void> createChatSessionWithId(const QString &sessionId, const QString &userId,
                                         Backend backend = Backend::GovStack);
    /// Appends @p messages to the session's history as answered, all or nothing; each request
    /// with a user's prompt starts a turn that the messages after it join.
    Result<void> saveMessages(const QString &sessionId, const QList<ModelMessage> &messages);
    /// Every message, oldest turn first, failed requests and cut replies included.
    Result<QList<ModelMessage>> loadMessages(const QString &sessionId) const;
    /// The conversation as the agent must see it: the messages whose status is Ok.
    Result<QList<ModelMessage>> loadHistory(const QString &sessionId) const;
    /// Stores a user's request with @p status as it is, without claiming it; returns its turn.
    Result<int> beginTurn(const QString &sessionId, const ModelMessage &request,
                          MessageStatus status = MessageStatus::Pending);
    /// Marks a failed or queued request Pending again.
    Result<void> retryTurn(const QString &sessionId, int turn);
    Result<ChatWithMessages> chatWithMessages(const QString &sessionId) const;
    /// Sessions by last activity, newest first, pinned ones before all others.
    Result<QList<ChatSession>> listSessions(int offset, int limit) const;
    Result<int> sessionCount() const;
    using ChatStore::importSessions;
    /// Imports sessions made or read already.
    Result<ImportOutcome> importSessions(const QList<ImportedSession> &sessions, bool replace);
};
