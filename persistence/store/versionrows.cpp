#include "versionrows.h"

#include "sqliteerror.h"
#include "storerows.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace StoreRows;

VersionRows::VersionRows(StoreDatabase &database, MessageRows &messages)
    : m_database(database)
    , m_messages(messages)
{ }

Result<StartedVersion> VersionRows::start(const QString &sessionId, int question, VersionKind kind)
{
    const QString context = tr("Starting a new version of chat session %1").arg(sessionId);
    // The questions of the version shown: the requests that start its turns.
    const auto shown = m_messages.load(sessionId, false);
    if (!shown)
        return shown.error();
    QList<const StoredMessage *> questions;
    for (const StoredMessage &entry : *shown) {
        if (entry.seq == entry.turn && entry.message.role() == ModelMessage::Role::User)
            questions << &entry;
    }
    if (question < 1 || question > questions.size())
        return Error{Error::Code::NotFound,
                     tr("This conversation has no question %1; it has %n question(s).", nullptr, int(questions.size()))
                         .arg(question)};
    const StoredMessage &replaced = *questions.at(question - 1);
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto done = m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        QSqlQuery query(m_database.database());
        // Numbered after every message of the conversation, so a position names one message in all of its versions.
        query.prepare(u"INSERT INTO chats (session_id, user_id, title, backend, created_at, updated_at, language, "
                      "branch_of, branch_turn, first_seq, branch_kind, conversation) "
                      "SELECT ?, user_id, title, backend, ?, ?, language, id, ?, "
                      "(SELECT MAX(COALESCE(MAX(m.seq), -1) + 1, MAX(c.first_seq)) FROM chats c LEFT JOIN "
                      "chat_messages m ON m.chat_id = c.id WHERE c.id = ? OR c.conversation = ?), ?, ? "
                      "FROM chats WHERE id = ?"_s);
        const qint64 now = nowMillis();
        for (const QVariant &value :
             {QVariant(newId), QVariant(now), QVariant(now), QVariant(replaced.turn), QVariant(chat.conversation),
              QVariant(chat.conversation), QVariant(kind == VersionKind::Edit ? u"edit"_s : u"regenerate"_s),
              QVariant(chat.conversation), QVariant(chat.id)})
            query.addBindValue(value);
        if (auto inserted = execute(query, context); !inserted)
            return inserted;
        query.prepare(u"UPDATE chats SET active_version = (SELECT id FROM chats WHERE session_id = ?), updated_at = ? "
                      "WHERE id = ?"_s);
        query.addBindValue(newId);
        query.addBindValue(now);
        query.addBindValue(chat.conversation);
        return execute(query, context);
    });
    if (!done)
        return done.error();
    return StartedVersion{newId, replaced.message.text()};
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
