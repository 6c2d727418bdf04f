#include "syncrecords.h"

#include "sqliteerror.h"
#include "storerows.h"

using namespace Qt::StringLiterals;
using namespace StoreRows;
using ChatRow = StoreDatabase::ChatRow;

SyncRecords::SyncRecords(StoreDatabase &database, MessageRows &messages)
    : m_database(database)
    , m_messages(messages)
{ }

Result<void> SyncRecords::checkUnchanged(const QString &sessionId, qint64 chatId, qint64 revision, MergeFor mergeFor,
                                         const QString &context)
{
    SendClaims &claims = m_database.claims();
    const auto claim = claims.claimOf(chatId, context);
    if (!claim)
        return claim.error();
    const bool held = *claim && (mergeFor == MergeFor::Sync ? claims.isAlive(**claim) : claims.isElsewhere(**claim));
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT revision FROM chats WHERE id = ?"_s);
    query.addBindValue(chatId);
    if (auto read = execute(query, context); !read)
        return read;
    if (held || !query.next() || query.value(0).toLongLong() != revision)
        return Error{Error::Code::Conflict,
                     tr("Chat session %1 changed while its server copy was read.").arg(sessionId)};
    return {};
}

Result<void> SyncRecords::applyMerge(const QString &sessionId, const HistoryMerge &merge,
                                     std::optional<qint64> basedOnRevision, MergeFor mergeFor)
{
    const QString context = tr("Merging the server's copy of chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) -> Result<void> {
        if (basedOnRevision) {
            if (auto unchanged = checkUnchanged(sessionId, chat.id, *basedOnRevision, mergeFor, context); !unchanged)
                return unchanged;
        }
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chat_messages SET server_id = ? WHERE chat_id = ? AND seq = ?"_s);
        for (const auto &[seq, serverId] : merge.serverIds) {
            query.addBindValue(serverId);
            query.addBindValue(chat.id);
            query.addBindValue(seq);
            if (auto updated = execute(query, context); !updated)
                return updated;
        }
        ChatRow remaining = chat;
        if (merge.replaceFromTurn) {
            query.prepare(u"DELETE FROM chat_messages WHERE chat_id = ? AND turn >= ?"_s);
            query.addBindValue(chat.id);
            query.addBindValue(*merge.replaceFromTurn);
            if (auto deleted = execute(query, context); !deleted)
                return deleted;
            remaining.messageCount -= query.numRowsAffected();
        }
        if (!merge.tail.isEmpty()) {
            // A merge brings no new activity of this user: the session keeps its place unless the server's is newer.
            if (auto added = m_messages.appendEntries(remaining, merge.tail, std::nullopt, chat.updatedAt, context);
                !added)
                return added.error();
        }
        query.prepare(u"UPDATE chats SET server_fingerprint = ? WHERE id = ?"_s);
        query.addBindValue(notNull(merge.serverFingerprint));
        query.addBindValue(chat.id);
        return execute(query, context);
    });
}

Result<void> SyncRecords::rate(const QString &sessionId, int seq, const Rating &rating)
{
    const QString context = tr("Saving your rating in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) -> Result<void> {
        // An answer of a turn this version shares with an earlier one is that version's row.
        const auto path = m_database.pathOf(chat, context);
        if (!path)
            return path.error();
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chat_messages SET rating = ?, rating_comment = ?, rated_at = ?, rating_sent = 0 "
                      "WHERE chat_id = ? AND seq = ? AND kind = 'response' AND turn >= ? AND turn < ?"_s);
        for (const StoreDatabase::Segment &segment : *path) {
            for (const QVariant &value :
                 {QVariant(rating.score), QVariant(notNull(rating.comment.left(Rating::maxCommentLength))),
                  QVariant(rating.ratedAt.toMSecsSinceEpoch()), QVariant(segment.chatId), QVariant(seq),
                  QVariant(segment.fromTurn), QVariant(segment.toTurn)})
                query.addBindValue(value);
            if (auto updated = execute(query, context); !updated)
                return updated;
            if (query.numRowsAffected() > 0)
                return {};
        }
        return Error{Error::Code::NotFound, tr("There is no answer at position %1 of this session.").arg(seq)};
    });
}

Result<void> SyncRecords::markRatingSent(const QString &sessionId, int seq, const QDateTime &ratedAt)
{
    const QString context = tr("Saving your rating in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) {
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chat_messages SET rating_sent = 1 WHERE chat_id = ? AND seq = ? AND rated_at = ?"_s);
        query.addBindValue(chat.id);
        query.addBindValue(seq);
        query.addBindValue(ratedAt.toMSecsSinceEpoch());
        return execute(query, context);
    });
}

Result<QStringList> SyncRecords::sessionsWithUnsentRatings()
{
    return m_database.sessionIds(u"SELECT DISTINCT c.session_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                                 "WHERE m.rating IS NOT NULL AND m.rating_sent = 0 AND "_s +
                                     StoreRows::notInTrash,
                                 tr("Reading the ratings waiting to be sent"));
}

Result<QList<SyncRecords::UnsentRating>> SyncRecords::unsentRatings(const QString &sessionId)
{
    auto query = m_database.sessionQuery(sessionId,
                                         u"SELECT seq, server_id, rating, rating_comment, rated_at FROM chat_messages "
                                         "WHERE chat_id = ? AND rating IS NOT NULL AND rating_sent = 0 ORDER BY seq"_s,
                                         {}, tr("Reading the ratings waiting to be sent"));
    if (!query)
        return query.error();
    QSqlQuery &rows = query.value();
    QList<UnsentRating> ratings;
    while (rows.next()) {
        ratings.append(UnsentRating{
            rows.value(0).toInt(), rows.value(1).toString(),
            Rating{rows.value(2).toInt(), rows.value(3).toString(), fromMillis(rows.value(4).toLongLong()), false}});
    }
    return ratings;
}
