#pragma once

#include "chatsession.h"
#include "conversationversion.h"
#include "result.h"
#include "sendclaims.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

/// The store's connection to its SQLite file: opening (refusing what is not ours, newer or
/// damaged), migrating, the statements every write prepares once, and the session-row
/// steps the store's parts share. One per thread that uses the store.
class StoreDatabase
{
public:
    StoreDatabase();
    ~StoreDatabase();
    Q_DISABLE_COPY_MOVE(StoreDatabase)

    Result<void> open(const QString &path);
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase &database() { return m_database; }

    /// A forward-only query prepared on this connection.
    QSqlQuery prepare(const QString &sql);

    /// A session's row, read inside a transaction.
    struct ChatRow {
        qint64 id = 0;
        int messageCount = 0;
        qint64 updatedAt = 0;
        /// Above every seq in use; a sync merge can leave gaps, so it is not the count.
        int nextSeq = 0;
        /// For a later version of a conversation: the version it branched from (0 for the
        /// first), whose messages of turns before branchTurn it shows before its own.
        qint64 branchOf = 0;
        int branchTurn = 0;
        /// The conversation's first version, which lists it.
        qint64 conversation = 0;
        /// The conversation is in the Trash: nothing is sent in it until it is restored.
        bool trashed = false;
    };
    /// Where a version's messages come from, oldest first: each row's turns in [fromTurn, toTurn).
    struct Segment {
        qint64 chatId = 0;
        int fromTurn = 0;
        int toTurn = 0;
    };
    /// The segments of @p chat's conversation as that version shows it; one for a conversation
    /// of one version.
    Result<QList<Segment>> pathOf(const ChatRow &chat, const QString &context);
    Result<ChatRow> findChat(const QString &sessionId, const QString &context);
    /// Inserts the session's row, times defaulting to now; false when the id exists.
    Result<bool> insertChatRow(const ChatSession &session, const QString &context);
    /// Inserts the row of a version of @p parent's conversation that asks turn @p branchTurn of
    /// @p parent again, its messages numbered after every message of the conversation (so a
    /// position names one message in all of its versions); it takes its title, user, back end
    /// and language from @p parent, and its creation time too when @p createdAt is not given.
    Result<ChatRow> insertVersionRow(const QString &sessionId, const ChatRow &parent, int branchTurn, VersionKind kind,
                                     std::optional<qint64> createdAt, qint64 updatedAt, const QString &context);
    /// Runs @p change on the session's row inside one write transaction; nothing of it stays on failure.
    template<typename Change>
    auto changeChat(const QString &sessionId, const QString &context, Change change)
        -> decltype(change(std::declval<const ChatRow &>()));
    /// Runs @p sql (an UPDATE or DELETE of one session's row, ending in `WHERE session_id = ?`)
    /// with @p values bound before the session id; NotFound when no row matched.
    Result<void> changeSessionRow(const QString &sessionId, const QString &sql, const QVariantList &values,
                                  const QString &context);
    /// Runs @p sql over one session's messages: its first parameter is the session's row id, then @p values.
    Result<QSqlQuery> sessionQuery(const QString &sessionId, const QString &sql, const QVariantList &values,
                                   const QString &context);
    /// Runs @p sql, whose first column is a session id.
    Result<QStringList> sessionIds(const QString &sql, const QString &context);
    /// Runs @p removal (which commits its own transaction) so that what it deletes leaves the
    /// file: with SQLite's secure_delete on, freed pages are overwritten; afterwards the search
    /// index is merged (FTS5 keeps a deleted message's words in older segments until then) and
    /// the WAL checkpointed, so no older copy of a page stays behind.
    template<typename Removal>
    auto eraseForGood(Removal removal) -> decltype(removal());
    /// Whether another connection committed since the last call.
    bool readDataVersion();

    /// This store's claims on the turns it sends; see SendClaims.
    SendClaims &claims() { return *m_claims; }
    /// Milliseconds since the epoch; claims lapse by this clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// Milliseconds since the epoch by the store's clock (a test's, or the system's).
    qint64 now() const { return m_clock(); }

private:
    void setSecureDelete(bool on);
    /// The steps after a secure removal; failures are left for the next one (the removal stands).
    void scrubAfterRemoval();
    Result<void> openFile(const QString &path);
    Result<void> configure();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_database;
    std::optional<QSqlQuery> m_findChat;
    qint64 m_dataVersion = -1;
    std::function<qint64()> m_clock;
    std::optional<SendClaims> m_claims;
};

namespace EraseDetail {
// Merging the search index rewrites all of it (seconds in a large history): only when a removal
// that names what it removed (the Trash's) removed something.
inline bool removedAnything(const Result<void> &removed)
{
    return removed.hasValue();
}
inline bool removedAnything(const Result<QStringList> &removed)
{
    return removed.hasValue() && !removed->isEmpty();
}
} // namespace EraseDetail

template<typename Removal>
auto StoreDatabase::eraseForGood(Removal removal) -> decltype(removal())
{
    setSecureDelete(true);
    auto removed = removal();
    if (EraseDetail::removedAnything(removed))
        scrubAfterRemoval();
    setSecureDelete(false);
    return removed;
}

template<typename Change>
auto StoreDatabase::changeChat(const QString &sessionId, const QString &context, Change change)
    -> decltype(change(std::declval<const ChatRow &>()))
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    const auto chatRow = findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    auto changed = change(*chatRow);
    if (!changed)
        return changed;
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return changed;
}
