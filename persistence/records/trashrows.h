#pragma once

#include "chatsession.h"
#include "legalholds.h"
#include "retentionoutlook.h"
#include "storedatabase.h"

#include <QCoreApplication>

class SessionRows;

/// The Trash and the retention period. A conversation deleted goes to the Trash first: kept,
/// but out of the sidebar, search, review, sync and sending, until it is restored or removed
/// for good (with SQLite's secure_delete, so its bytes leave the file too). Retention moves
/// conversations inactive for longer than its period to the Trash. Every step is in the audit
/// trail, in the same transaction as the change.
class TrashRows
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    TrashRows(StoreDatabase &database, SessionRows &sessions, LegalHolds &holds)
        : m_database(database)
        , m_sessions(sessions)
        , m_holds(holds)
    { }

    /// Moves @p sessionId's conversation to the Trash; with @p alsoOnServer its server copies
    /// are queued for deletion in the same transaction. Refused (OnHold) for a held one.
    Result<void> trash(const QString &sessionId, bool alsoOnServer);
    /// Takes it back out, with any of its server deletes that have not gone yet.
    Result<void> restore(const QString &sessionId);
    /// The conversations in the Trash, most recently trashed first.
    Result<QList<ChatSession>> list();

    enum class PurgeBy {
        User, ///< the user emptied the Trash
        TrashPeriod, ///< they stayed longer than the Trash keeps conversations
    };
    /// Removes for good what is in the Trash (by TrashPeriod: only what went there more than @p days
    /// days ago), except conversations on hold. Returns their session ids.
    Result<QStringList> purge(PurgeBy by, int days = 0);
    /// Moves to the Trash the conversations without activity since @p days days before now,
    /// except pinned and held ones. Returns their session ids.
    Result<QStringList> trashInactive(int days);
    Result<RetentionOutlook> outlook(int days);

private:
    /// Begins @p transaction; false when every conversation is on hold, so nothing may go.
    Result<bool> beginUnlessAllHeld(Transaction &transaction, const QString &context);
    Result<QStringList> ids(const QString &sql, const QVariantList &values, const QString &context);
    Result<void> setTrashedAt(const QStringList &sessionIds, const QVariant &trashedAt, const QString &context);

    StoreDatabase &m_database;
    SessionRows &m_sessions;
    LegalHolds &m_holds;
};
