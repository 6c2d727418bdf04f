#pragma once

#include "messagerows.h"
#include "sendclaim.h"

#include <QCoreApplication>
#include <QHash>

/// The turn log and outbox: a user's request stored before it is sent, claimed by the one
/// process that sends it (exactly once, see SendClaims), and its outcome (the answer, a
/// failure, waiting for the server, or a draft of what streamed in so far).
///
/// Each operation is one write transaction. The store (ChatStore) tells the views.
class TurnLog
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    TurnLog(StoreDatabase &database, MessageRows &messages);

    Result<int> begin(const QString &sessionId, const ModelMessage &request, MessageStatus status);

    struct StartedTurn {
        int turn = 0;
        /// This process claimed the turn and sends it now; otherwise it waits (Queued) behind
        /// the session's turns that are waiting or being sent.
        bool claimed = false;
    };
    /// With @p language, the session records it (at its first turn) in the same transaction.
    Result<StartedTurn> start(const QString &sessionId, const ModelMessage &request, qint64 leaseMs,
                              const QString &language = {});
    Result<ClaimOutcome> claim(const QString &sessionId, qint64 leaseMs, std::optional<int> turn);
    Result<void> release(const QString &sessionId);
    Result<void> renew(qint64 leaseMs);
    Result<bool> sentElsewhere(const QString &sessionId);

    /// A request whose status changed without the user's doing.
    struct Changed {
        QString sessionId;
        int turn = 0;
        MessageStatus status = MessageStatus::Ok;
    };
    Result<QList<Changed>> recoverInterrupted();

    /// False when another process had answered the turn already: nothing was written.
    Result<bool> complete(const QString &sessionId, int turn, const ModelMessage &response,
                          std::optional<int> draftSeq);
    Result<void> markUnanswered(const QString &sessionId, int turn, MessageStatus status, const QString &errorKind,
                                const QString &error, const std::optional<ModelMessage> &partialResponse,
                                std::optional<int> draftSeq);
    Result<int> saveDraft(const QString &sessionId, int turn, std::optional<int> draftSeq, const ModelMessage &partial);
    Result<void> retry(const QString &sessionId, int turn);

    Result<QStringList> sessionsWithUnsentTurns();
    /// How a session's requests stand.
    struct RequestCounts {
        int answered = 0;
        int waiting = 0; ///< queued for the server
        int sending = 0; ///< being sent now
        int failed = 0; ///< waiting for the user's Retry
        int interrupted = 0; ///< of the unanswered, the ones whose sender ended while sending them
        void add(MessageStatus status, const QString &errorKind, int count = 1);
    };
    /// Per session with any, its requests without an answer.
    using Unanswered = RequestCounts;
    Result<QHash<QString, Unanswered>> unanswered();
    /// How many of one session's requests stand where: read from their rows, nothing decoded.
    Result<RequestCounts> requestCounts(const QString &sessionId);

private:
    static Error inTrash();
    Result<QList<Changed>> markInterrupted(const QString &context);

    StoreDatabase &m_database;
    MessageRows &m_messages;
};
