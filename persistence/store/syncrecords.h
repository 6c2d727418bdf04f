#pragma once

#include "historymerge.h"
#include "messagerows.h"
#include "rating.h"

#include <QCoreApplication>

/// What sync keeps beside the messages: the server's copy merged in (never undoing another
/// process's write), and the ratings waiting to reach the server.
class SyncRecords
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    SyncRecords(StoreDatabase &database, MessageRows &messages);

    /// Who merges a server's copy, and so whose live claims on the session refuse it.
    enum class MergeFor {
        Sync, ///< any live claim, this store's own too: a turn being sent must not be renumbered
        Sender, ///< only another store's: this store's claim is the turn it checks on the server
    };
    Result<void> applyMerge(const QString &sessionId, const HistoryMerge &merge, std::optional<qint64> basedOnRevision,
                            MergeFor mergeFor);
    Result<void> rate(const QString &sessionId, int seq, const Rating &rating);
    Result<void> markRatingSent(const QString &sessionId, int seq, const QDateTime &ratedAt);
    Result<QStringList> sessionsWithUnsentRatings();
    /// A rating the server does not have yet, of the answer at `seq` (`serverId` its id there).
    struct UnsentRating {
        int seq = 0;
        QString serverId;
        Rating rating;
    };
    Result<QList<UnsentRating>> unsentRatings(const QString &sessionId);

private:
    /// Refused (Conflict) when the session changed since @p revision or one of its turns is being
    /// sent (by another store, or with MergeFor::Sync by any).
    Result<void> checkUnchanged(const QString &sessionId, qint64 chatId, qint64 revision, MergeFor mergeFor,
                                const QString &context);

    StoreDatabase &m_database;
    MessageRows &m_messages;
};
