#include "versionrows.h"

#include "sqliteerror.h"
#include "storerows.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace StoreRows;

VersionRows::VersionRows(StoreDatabase &database, MessageRows &messages)
    : m_database(database)
    , m_messages(messages)
{ }

Result<QList<StoredMessage>> VersionRows::questionsOf(const QString &sessionId)
{
    // The questions of the version shown: the requests that start its turns.
    auto shown = m_messages.load(sessionId, false);
    if (!shown)
        return shown.error();
    shown.value().removeIf([](const StoredMessage &entry) {
        return entry.seq != entry.turn || entry.message.role() != ModelMessage::Role::User;
    });
    return shown;
}

Result<StartedVersion> VersionRows::start(const QString &sessionId, int question, VersionKind kind)
{
    const auto questions = questionsOf(sessionId);
    if (!questions)
        return questions.error();
    if (question < 1 || question > questions->size())
        return Error{Error::Code::NotFound,
                     tr("This conversation has no question %1; it has %n question(s).", nullptr, int(questions->size()))
                         .arg(question)};
    const StoredMessage &replaced = questions->at(question - 1);
    const QString context = tr("Starting a new version of chat session %1").arg(sessionId);
    return insertVersion(sessionId, replaced, kind, context);
}

Result<StartedVersion> VersionRows::startAt(const QString &sessionId, int turn, VersionKind kind)
{
    const QString context = tr("Starting a new version of chat session %1").arg(sessionId);
    const auto replaced = m_messages.at(sessionId, turn);
    if (!replaced)
        return replaced.error();
    if (replaced->turn != turn || replaced->message.role() != ModelMessage::Role::User)
        return Error{Error::Code::NotFound, tr("This conversation has no question there.")};
    return insertVersion(sessionId, *replaced, kind, context);
}

Result<StartedVersion> VersionRows::insertVersion(const QString &sessionId, const StoredMessage &replaced,
                                                  VersionKind kind, const QString &context)
{
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int turn = replaced.turn;
    StartedVersion started{newId, replaced.message.text(), std::nullopt};
    auto done = m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        const qint64 now = nowMillis();
        const auto version = m_database.insertVersionRow(newId, chat, turn, kind, now, now, context);
        if (!version)
            return version.error();
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chats SET active_version = ?, updated_at = ? WHERE id = ?"_s);
        query.addBindValue(version->id);
        query.addBindValue(now);
        query.addBindValue(chat.conversation);
        if (auto shown = execute(query, context); !shown || kind == VersionKind::Edit)
            return shown;
        // Asked again as it was asked: the request's exact bytes (its files and links too), waiting to be sent.
        StoredMessage request = replaced;
        request.turn = 0;
        request.status = MessageStatus::Queued;
        request.errorKind.clear();
        request.error.clear();
        request.serverId.clear();
        request.rating.reset();
        const auto seq = m_messages.appendEntries(*version, {request}, std::nullopt, now, context);
        if (!seq)
            return seq.error();
        started.queuedTurn = *seq;
        return {};
    });
    if (!done)
        return done.error();
    return started;
}

Result<QString> VersionRows::shown(const QString &sessionId)
{
    const QString context = tr("Loading chat session %1").arg(sessionId);
    QSqlQuery query(m_database.database());
    query.prepare(
        u"SELECT COALESCE(a.session_id, c.session_id) FROM chats c "
        "LEFT JOIN chats a ON a.id = (SELECT active_version FROM chats r WHERE r.id = COALESCE(c.conversation, "
        "c.id)) WHERE c.session_id = ?"_s);
    query.addBindValue(sessionId);
    if (auto read = execute(query, context); !read)
        return read.error();
    if (!query.next())
        return notFound(sessionId);
    return query.value(0).toString();
}

Result<void> VersionRows::show(const QString &sessionId)
{
    // The conversation's row (the first version's) remembers which version it shows.
    return m_database.changeSessionRow(
        sessionId,
        u"UPDATE chats SET active_version = (SELECT id FROM chats WHERE session_id = ?) "
        "WHERE id = (SELECT COALESCE(conversation, id) FROM chats WHERE session_id = ?)"_s,
        {sessionId}, tr("Showing another version of chat session %1").arg(sessionId));
}

Result<ConversationVersions> VersionRows::all(const QString &sessionId)
{
    const QString context = tr("Loading chat session %1").arg(sessionId);
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, session_id, COALESCE(branch_of, 0), branch_turn, first_seq, branch_kind, updated_at "
                  "FROM chats WHERE COALESCE(conversation, id) = (SELECT COALESCE(conversation, id) FROM chats "
                  "WHERE session_id = ?)"_s);
    query.addBindValue(sessionId);
    if (auto read = execute(query, context); !read)
        return read.error();
    QList<VersionNode> nodes;
    while (query.next())
        nodes << VersionNode{query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toLongLong(), query.value(3).toInt(),
                             query.value(4).toInt(),      versionKindFromName(query.value(5).toString()),
                             query.value(6).toLongLong()};
    if (nodes.isEmpty())
        return notFound(sessionId);
    return ConversationVersions(std::move(nodes));
}

Result<QString> VersionRows::fork(const QString &sessionId, int turn, const QString &title)
{
    const QString context = tr("Continuing chat session %1 in a new chat").arg(sessionId);
    auto loaded = m_messages.load(sessionId, true);
    if (!loaded)
        return loaded.error();
    QList<StoredMessage> &entries = loaded.value();
    entries.removeIf([turn](const StoredMessage &entry) { return entry.turn > turn; });
    if (entries.isEmpty())
        return Error{Error::Code::NotFound, tr("There is nothing to continue in a new chat yet.")};
    // The new chat numbers its turns from its own first message; the server's ids and the
    // ratings stay with the original.
    QHash<int, int> turns;
    for (int i = 0; i < int(entries.size()); ++i) {
        StoredMessage &entry = entries[i];
        if (!turns.contains(entry.turn))
            turns.insert(entry.turn, i);
        entry.turn = turns.value(entry.turn);
        entry.serverId.clear();
        entry.rating.reset();
    }
    Transaction transaction(m_database.database());
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT user_id, backend, language FROM chats WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    if (auto read = execute(query, context); !read)
        return read.error();
    if (!query.next())
        return notFound(sessionId);
    ChatSession session;
    session.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.userId = query.value(0).toString();
    session.backend = backendFromName(query.value(1).toString()).value_or(Backend::GovStack);
    session.language = query.value(2).toString();
    session.title = title;
    query.finish();
    if (auto inserted = m_database.insertChatRow(session, context); !inserted)
        return inserted.error();
    if (auto linked = m_database.changeSessionRow(
            session.sessionId, u"UPDATE chats SET forked_from = ? WHERE session_id = ?"_s, {sessionId}, context);
        !linked)
        return linked.error();
    const auto chat = m_database.findChat(session.sessionId, context);
    if (!chat)
        return chat.error();
    if (auto written = m_messages.appendEntries(*chat, entries, std::nullopt, nowMillis(), context); !written)
        return written.error();
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return session.sessionId;
}
