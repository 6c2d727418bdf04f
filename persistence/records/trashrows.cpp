#include "trashrows.h"

#include "auditlog.h"
#include "sessionrows.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;
using namespace StoreRows;

namespace {

constexpr qint64 dayMillis = 24 * 60 * 60 * 1000;

/// Conversations retention may move to the Trash (the hold on all is checked apart).
const QString retainable = u"branch_of IS NULL AND trashed_at IS NULL AND pinned = 0 AND held = 0"_s;

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

Result<void> TrashRows::trash(const QString &sessionId, bool alsoOnServer)
{
    const QString context = tr("Moving chat session %1 to the Trash").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        if (chat.trashed)
            return {};
        if (auto refused = m_holds.refuseIfHeld(chat, sessionId); !refused)
            return refused;
        if (alsoOnServer) {
            if (auto queued = m_sessions.queueServerDeletes(chat, context); !queued)
                return queued;
        }
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chats SET trashed_at = ? WHERE id = ?"_s);
        query.addBindValue(m_database.now());
        query.addBindValue(chat.conversation);
        if (auto moved = execute(query, context); !moved)
            return moved;
        return AuditLog(m_database)
            .append(
                AuditEvent{AuditAction::Trash, QJsonObject{{u"session"_s, sessionId}, {u"on_server"_s, alsoOnServer}}});
    });
}

Result<void> TrashRows::restore(const QString &sessionId)
{
    const QString context = tr("Restoring chat session %1 from the Trash").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        if (!chat.trashed)
            return {};
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chats SET trashed_at = NULL WHERE id = ?"_s);
        query.addBindValue(chat.conversation);
        if (auto restored = execute(query, context); !restored)
            return restored;
        // A server delete that has not gone yet is called off: the conversation is wanted again.
        query.prepare(u"DELETE FROM server_deletes WHERE session_id IN "
                      "(SELECT session_id FROM chats WHERE id = ? OR conversation = ?)"_s);
        query.addBindValue(chat.conversation);
        query.addBindValue(chat.conversation);
        if (auto calledOff = execute(query, context); !calledOff)
            return calledOff;
        return AuditLog(m_database).append(AuditEvent{AuditAction::Restore, QJsonObject{{u"session"_s, sessionId}}});
    });
}

Result<QList<ChatSession>> TrashRows::list()
{
    QSqlQuery query = m_database.prepare(u"SELECT "_s % sessionColumns %
                                         u" FROM chats WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, "
                                         "session_id"_s);
    return readSessions(query);
}

Result<QStringList> TrashRows::ids(const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery query = m_database.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto read = execute(query, context); !read)
        return read.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<bool> TrashRows::beginUnlessAllHeld(Transaction &transaction, const QString &context)
{
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    const auto holdAll = m_holds.holdAll();
    if (!holdAll)
        return holdAll.error();
    return !*holdAll;
}

Result<QStringList> TrashRows::purge(PurgeBy by, int days)
{
    // After the Trash period, only what has been there longer than it.
    const std::optional<qint64> trashedBefore =
        by == PurgeBy::TrashPeriod ? std::optional(m_database.now() - days * dayMillis) : std::nullopt;
    const QString context = tr("Emptying the Trash");
    Transaction transaction(m_database.database());
    const auto mayRemove = beginUnlessAllHeld(transaction, context);
    if (!mayRemove)
        return mayRemove.error();
    if (!*mayRemove)
        return QStringList{};
    const auto doomed = ids(u"SELECT session_id FROM chats WHERE trashed_at IS NOT NULL AND held = 0"_s %
                                (trashedBefore ? u" AND trashed_at < ?"_s : QString()) % u" ORDER BY trashed_at"_s,
                            trashedBefore ? QVariantList{*trashedBefore} : QVariantList{}, context);
    if (!doomed)
        return doomed.error();
    if (doomed->isEmpty())
        return doomed;
    // Each conversation goes with every version of it.
    QSqlQuery query(m_database.database());
    query.prepare(
        u"DELETE FROM chats WHERE COALESCE(conversation, id) IN (SELECT id FROM chats WHERE session_id IN ("_s %
        placeholders(doomed->size()) % u"))"_s);
    for (const QString &id : *doomed)
        query.addBindValue(id);
    if (auto deleted = execute(query, context); !deleted)
        return deleted.error();
    QJsonObject details{{u"sessions"_s, QJsonArray::fromStringList(*doomed)},
                        {u"by"_s, by == PurgeBy::User ? u"user"_s : u"trash_period"_s}};
    if (by == PurgeBy::TrashPeriod)
        details.insert(u"days"_s, days);
    if (auto recorded = AuditLog(m_database).append(AuditEvent{AuditAction::Purge, details}); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return doomed;
}

Result<QStringList> TrashRows::trashInactive(int days)
{
    const QString context = tr("Moving inactive conversations to the Trash");
    Transaction transaction(m_database.database());
    const auto mayRemove = beginUnlessAllHeld(transaction, context);
    if (!mayRemove)
        return mayRemove.error();
    if (!*mayRemove || days <= 0)
        return QStringList{};
    const qint64 now = m_database.now();
    const auto inactive = ids(u"SELECT session_id FROM chats WHERE "_s % retainable % u" AND updated_at < ?"_s,
                              {now - days * dayMillis}, context);
    if (!inactive)
        return inactive.error();
    if (inactive->isEmpty())
        return inactive;
    QSqlQuery query(m_database.database());
    query.prepare(u"UPDATE chats SET trashed_at = ? WHERE session_id IN ("_s % placeholders(inactive->size()) % u")"_s);
    query.addBindValue(now);
    for (const QString &id : *inactive)
        query.addBindValue(id);
    if (auto moved = execute(query, context); !moved)
        return moved.error();
    if (auto recorded = AuditLog(m_database)
                            .append(AuditEvent{AuditAction::Trash,
                                               QJsonObject{{u"sessions"_s, QJsonArray::fromStringList(*inactive)},
                                                           {u"by"_s, u"retention"_s},
                                                           {u"days"_s, days}}});
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return inactive;
}

Result<RetentionOutlook> TrashRows::outlook(int days)
{
    RetentionOutlook outlook;
    outlook.days = days;
    const auto holdAll = m_holds.holdAll();
    if (!holdAll)
        return holdAll.error();
    if (days <= 0 || *holdAll)
        return outlook;
    const qint64 cutoff = m_database.now() - days * dayMillis;
    const QString context = tr("Reading which conversations the retention period moves to the Trash");
    const auto due =
        scalar(m_database.database(),
               u"SELECT count(*) FROM chats WHERE "_s % retainable % u" AND updated_at < %1"_s.arg(cutoff), context);
    if (!due)
        return due.error();
    outlook.dueNow = due->toInt();
    for (const bool now : {true, false}) {
        QSqlQuery query = m_database.prepare(u"SELECT "_s % sessionColumns % u" FROM chats WHERE "_s % retainable %
                                             (now ? u" AND updated_at < ?"_s : u" AND updated_at >= ?"_s) %
                                             u" ORDER BY updated_at, session_id LIMIT "_s % (now ? u"5"_s : u"1"_s));
        query.addBindValue(cutoff);
        const auto sessions = readSessions(query);
        if (!sessions)
            return sessions.error();
        if (now) {
            outlook.dueNowFirst = *sessions;
        } else if (!sessions->isEmpty()) {
            outlook.next = sessions->constFirst();
            outlook.nextAt = outlook.next->updatedAt.addMSecs(days * dayMillis);
        }
    }
    return outlook;
}
