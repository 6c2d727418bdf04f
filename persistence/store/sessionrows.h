#pragma once

#include "storedatabase.h"

#include <QCoreApplication>
#include <QList>

/// The sessions themselves: one row each with its title, place in the sidebar, server and
/// sync state; created, listed, renamed, pinned and deleted (with the server's delete
/// remembered until the server confirms it).
class SessionRows
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    explicit SessionRows(StoreDatabase &database);

    /// False when a session with that id exists already (nothing is written then).
    Result<bool> insert(const ChatSession &session);
    Result<ChatSession> find(const QString &sessionId);
    /// Sessions by last activity, newest first, pinned ones before all others.
    Result<QList<ChatSession>> list(int offset, int limit);
    Result<QList<ChatSession>> listAfter(const std::optional<ChatSession> &after, int limit,
                                         const QString &titleFilter);
    /// Sessions linked to a server, oldest activity first.
    Result<QList<ChatSession>> linked();
    Result<QStringList> ids();
    Result<int> count();

    /// Returns the title as stored (one line).
    Result<QString> rename(const QString &sessionId, const QString &title);
    Result<void> setPinned(const QString &sessionId, bool pinned);
    Result<void> linkToServer(const QString &sessionId, const QString &serverUrl, const QString &profile);
    Result<void> setSyncState(const QString &sessionId, SyncState state, const QString &note);
    /// Marks the session Synced unless a request of it waits for the server or the user; whether it did.
    Result<bool> markSyncedWhenSettled(const QString &sessionId);

    /// Deletes the conversation for good; refused (OnHold) while it is on legal hold. With
    /// @p alsoOnServer, the server's copy is queued for deletion in the same transaction.
    Result<void> remove(const QString &sessionId, bool alsoOnServer);
    /// Queues the deletion of every server copy of @p chat's conversation (inside the caller's transaction).
    Result<void> queueServerDeletes(const StoreDatabase::ChatRow &chat, const QString &context);
    struct ServerDelete {
        QString sessionId;
        QString serverUrl;
        QString serverProfile;
    };
    Result<QList<ServerDelete>> pendingServerDeletes();
    Result<void> serverDeleteDone(const QString &sessionId);

private:
    StoreDatabase &m_database;
};
