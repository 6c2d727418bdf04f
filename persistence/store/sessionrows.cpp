#include "sessionrows.h"

#include "auditlog.h"
#include "legalholds.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;
using namespace StoreRows;

SessionRows::SessionRows(StoreDatabase &database)
    : m_database(database)
{ }

Result<bool> SessionRows::insert(const ChatSession &session)
{
    return m_database.insertChatRow(session, tr("Creating a chat session"));
}

Result<ChatSession> SessionRows::find(const QString &sessionId)
{
    // A later version is in the Trash or on hold with its conversation, whose row says so.
    QSqlQuery query = m_database.prepare(u"SELECT "_s % sessionColumns %
                                         u", (SELECT r.session_id FROM chats r WHERE r.id = chats.conversation), "
                                         "(SELECT r.trashed_at FROM chats r WHERE r.id = chats.conversation), "
                                         "(SELECT r.held FROM chats r WHERE r.id = chats.conversation) "
                                         "FROM chats WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    if (auto read = execute(query, tr("Reading a chat session")); !read)
        return read.error();
    if (!query.next())
        return notFound(sessionId);
    ChatSession session = readSession(query);
    if (const QString conversation = query.value(sessionColumnCount).toString(); !conversation.isEmpty()) {
        session.conversationId = conversation;
        if (!query.isNull(sessionColumnCount + 1))
            session.trashedAt = fromMillis(query.value(sessionColumnCount + 1).toLongLong());
        session.onHold = session.onHold || query.value(sessionColumnCount + 2).toBool();
    }
    return session;
}

namespace {

/// Conversations are listed by their first version; the others are reached from it.
const QString listed = u"branch_of IS NULL AND trashed_at IS NULL"_s;

} // namespace

Result<QList<ChatSession>> SessionRows::list(int offset, int limit)
{
    QSqlQuery query = m_database.prepare(u"SELECT "_s % sessionColumns % u" FROM chats WHERE "_s % listed %
                                         sessionOrder % u" LIMIT ? OFFSET ?"_s);
    query.addBindValue(std::max(limit, 0));
    query.addBindValue(std::max(offset, 0));
    return readSessions(query);
}

Result<QList<ChatSession>> SessionRows::listAfter(const std::optional<ChatSession> &after, int limit,
                                                  const QString &titleFilter)
{
    QStringList conditions{listed};
    if (after)
        conditions << u"(pinned, updated_at, session_id) < (?, ?, ?)"_s;
    if (!titleFilter.isEmpty())
        conditions << u"title LIKE ? ESCAPE '\\'"_s;
    QSqlQuery query = m_database.prepare(u"SELECT "_s % sessionColumns % u" FROM chats"_s % u" WHERE "_s %
                                         conditions.join(u" AND "_s) % sessionOrder % u" LIMIT ?"_s);
    if (after) {
        query.addBindValue(after->pinned ? 1 : 0);
        query.addBindValue(after->updatedAt.toMSecsSinceEpoch());
        query.addBindValue(after->sessionId);
    }
    if (!titleFilter.isEmpty())
        query.addBindValue(likePattern(titleFilter));
    query.addBindValue(std::max(limit, 0));
    return readSessions(query);
}

Result<QList<ChatSession>> SessionRows::linked()
{
    QSqlQuery query =
        m_database.prepare(u"SELECT "_s % sessionColumns %
                           u" FROM chats WHERE server_url <> '' AND NOT EXISTS (SELECT 1 FROM chats r WHERE "
                           "r.id = COALESCE(chats.conversation, chats.id) AND r.trashed_at IS NOT NULL) "
                           "ORDER BY updated_at, id"_s);
    return readSessions(query);
}

Result<QStringList> SessionRows::ids()
{
    return m_database.sessionIds(u"SELECT session_id FROM chats WHERE "_s % listed % sessionOrder,
                                 tr("Listing chat sessions"));
}

Result<int> SessionRows::count()
{
    const auto count =
        scalar(m_database.database(), u"SELECT count(*) FROM chats WHERE "_s % listed, tr("Counting chat sessions"));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QString> SessionRows::rename(const QString &sessionId, const QString &title)
{
    const QString cleanTitle = title.simplified();
    if (auto renamed =
            m_database.changeSessionRow(sessionId, u"UPDATE chats SET title = ? WHERE session_id = ?"_s,
                                        {notNull(cleanTitle)}, tr("Renaming chat session %1").arg(sessionId));
        !renamed)
        return renamed.error();
    return cleanTitle;
}

Result<void> SessionRows::setPinned(const QString &sessionId, bool pinned)
{
    return m_database.changeSessionRow(sessionId, u"UPDATE chats SET pinned = ? WHERE session_id = ?"_s,
                                       {pinned ? 1 : 0}, tr("Pinning chat session %1").arg(sessionId));
}

Result<void> SessionRows::linkToServer(const QString &sessionId, const QString &serverUrl, const QString &profile)
{
    return m_database.changeSessionRow(
        sessionId, u"UPDATE chats SET server_url = ?, server_profile = ? WHERE session_id = ?"_s,
        {notNull(serverUrl), notNull(profile)}, tr("Linking chat session %1 to its server").arg(sessionId));
}

Result<void> SessionRows::setSyncState(const QString &sessionId, SyncState state, const QString &note)
{
    return m_database.changeSessionRow(
        sessionId, u"UPDATE chats SET sync_state = ?, sync_note = ? WHERE session_id = ?"_s,
        {syncStateName(state), notNull(note)}, tr("Saving the sync state of chat session %1").arg(sessionId));
}

Result<bool> SessionRows::markSyncedWhenSettled(const QString &sessionId)
{
    // One statement: a turn stored between a check and the write cannot be marked synced.
    QSqlQuery query(m_database.database());
    query.prepare(u"UPDATE chats SET sync_state = ?, sync_note = '' WHERE session_id = ? AND sync_state <> ? "
                  "AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.chat_id = chats.id "
                  "AND m.kind = 'request' AND m.status IN (?, ?))"_s);
    const QString synced = syncStateName(SyncState::Synced);
    for (const QVariant &value : QVariantList{synced, sessionId, synced, messageStatusName(MessageStatus::Queued),
                                              messageStatusName(MessageStatus::Failed)})
        query.addBindValue(value);
    if (auto updated = execute(query, tr("Saving the sync state of chat session %1").arg(sessionId)); !updated)
        return updated.error();
    return query.numRowsAffected() > 0;
}

Result<void> SessionRows::remove(const QString &sessionId, bool alsoOnServer)
{
    const QString context = tr("Deleting chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        if (auto refused = LegalHolds(m_database).refuseIfHeld(chat, sessionId); !refused)
            return refused;
        if (alsoOnServer) {
            if (auto queued = queueServerDeletes(chat, context); !queued)
                return queued;
        }
        // The conversation goes with every version of it.
        QSqlQuery query(m_database.database());
        query.prepare(u"DELETE FROM chats WHERE id = ? OR conversation = ?"_s);
        query.addBindValue(chat.conversation);
        query.addBindValue(chat.conversation);
        if (auto deleted = execute(query, context); !deleted)
            return deleted;
        return AuditLog(m_database)
            .append(AuditEvent{AuditAction::Delete,
                               QJsonObject{{u"session"_s, sessionId}, {u"on_server"_s, alsoOnServer}}});
    });
}

Result<void> SessionRows::queueServerDeletes(const StoreDatabase::ChatRow &chat, const QString &context)
{
    // The server's delete outlives the local rows: it is remembered until the server confirms it.
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT OR REPLACE INTO server_deletes (session_id, server_url, server_profile, queued_at) "
                  "SELECT session_id, server_url, server_profile, ? FROM chats WHERE (id = ? OR conversation = ?) "
                  "AND server_url <> ''"_s);
    query.addBindValue(m_database.now());
    query.addBindValue(chat.conversation);
    query.addBindValue(chat.conversation);
    return execute(query, context);
}

Result<QList<SessionRows::ServerDelete>> SessionRows::pendingServerDeletes()
{
    QSqlQuery query =
        // A delete queued before a legal hold was placed waits until the hold is lifted.
        m_database.prepare(
            u"SELECT d.session_id, d.server_url, d.server_profile FROM server_deletes d "
            "WHERE NOT EXISTS (SELECT 1 FROM chats v JOIN chats h ON h.id = COALESCE(v.conversation, v.id) "
            "WHERE v.session_id = d.session_id AND h.held = 1) "
            "AND NOT EXISTS (SELECT 1 FROM record_settings WHERE name = 'hold_all' AND value = '1') "
            "ORDER BY d.queued_at"_s);
    if (auto read = execute(query, tr("Reading the deletes waiting for the server")); !read)
        return read.error();
    QList<ServerDelete> deletes;
    while (query.next())
        deletes.append(ServerDelete{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return deletes;
}

Result<void> SessionRows::serverDeleteDone(const QString &sessionId)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"DELETE FROM server_deletes WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    return execute(query, tr("Recording that the server deleted chat session %1").arg(sessionId));
}
