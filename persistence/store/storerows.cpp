#include "storerows.h"

#include "chatstore.h"
#include "sqliteerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace StoreRows {

const QString sessionColumns =
    u"session_id, user_id, title, created_at, updated_at, message_count, backend, preview, pinned, server_url, "
    "server_profile, sync_state, sync_note, fetched, server_fingerprint, language, revision, branch_turn, forked_from, "
    "trashed_at, held OR EXISTS (SELECT 1 FROM record_settings WHERE name = 'hold_all' AND value = '1')"_s;
const int sessionColumnCount = 21;
const QString messageColumns = u"seq, turn, status, error_kind, error, json, extras, server_id, rating, "
                               "rating_comment, rated_at, rating_sent"_s;
const QString notInTrash =
    u"NOT EXISTS (SELECT 1 FROM chats t WHERE t.id = COALESCE(c.conversation, c.id) AND t.trashed_at IS NOT NULL)"_s;
const QString sessionOrder = u" ORDER BY pinned DESC, updated_at DESC, session_id DESC"_s;

qint64 nowMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMillis(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString shortened(const QString &text, qsizetype length)
{
    const QString line = notNull(text.simplified());
    if (line.size() <= length)
        return line;
    qsizetype cut = line.lastIndexOf(u' ', length - 1);
    if (cut < length / 2)
        cut = length - 1;
    return line.left(cut) + u'…';
}

QVariant extrasColumn(const ModelMessage &message)
{
    if (!message.govStackExtras())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(message.govStackExtras()->toJson()).toJson(QJsonDocument::Compact));
}

Error notFound(const QString &sessionId)
{
    return Error{Error::Code::NotFound, ChatStore::tr("There is no chat session with the id %1.").arg(sessionId)};
}

ChatSession readSession(const QSqlQuery &query)
{
    ChatSession session;
    session.sessionId = query.value(0).toString();
    session.userId = query.value(1).toString();
    session.title = query.value(2).toString();
    session.createdAt = fromMillis(query.value(3).toLongLong());
    session.updatedAt = fromMillis(query.value(4).toLongLong());
    session.messageCount = query.value(5).toInt();
    session.backend = backendFromName(query.value(6).toString()).value_or(Backend::GovStack);
    session.preview = query.value(7).toString();
    session.pinned = query.value(8).toBool();
    session.serverUrl = query.value(9).toString();
    session.serverProfile = query.value(10).toString();
    session.syncState = syncStateFromName(query.value(11).toString());
    session.syncNote = query.value(12).toString();
    session.fetched = query.value(13).toBool();
    session.serverFingerprint = query.value(14).toString();
    session.language = query.value(15).toString();
    session.revision = query.value(16).toLongLong();
    session.branchTurn = query.value(17).toInt();
    session.forkedFrom = query.value(18).toString();
    if (!query.isNull(19))
        session.trashedAt = fromMillis(query.value(19).toLongLong());
    session.onHold = query.value(20).toBool();
    session.conversationId = session.sessionId;
    return session;
}

Result<QList<ChatSession>> readSessions(QSqlQuery &query)
{
    if (auto read = execute(query, ChatStore::tr("Listing chat sessions")); !read)
        return read.error();
    QList<ChatSession> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

} // namespace StoreRows
