#include "importwriter.h"

#include "sqliteerror.h"

using namespace Qt::StringLiterals;

ImportWriter::ImportWriter(StoreDatabase &database, MessageRows &messages)
    : m_database(database)
    , m_messages(messages)
{ }

Result<ImportWriter::Outcome> ImportWriter::write(ImportSource &sessions, bool replace, const Progress &progress)
{
    const QString context = tr("Importing chat sessions");
    Transaction transaction(m_database.database());
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    Outcome outcome;
    const int total = int(sessions.sessionCount());
    for (int done = 1; done <= total; ++done) {
        // Returning before the commit rolls every session of this import back.
        const auto imported = sessions.next();
        if (!imported)
            return imported.error();
        const QString &sessionId = imported->session.sessionId;
        const bool exists = m_database.findChat(sessionId, context).hasValue();
        if (exists && !replace) {
            outcome.skipped << sessionId;
            outcome.skippedTitles << (imported->session.title.isEmpty() ? sessionId : imported->session.title);
        } else {
            if (auto written = writeSession(*imported, exists, context); !written)
                return written.error();
            outcome.imported << sessionId;
        }
        if (progress && !progress(done, total))
            return Error{Error::Code::Cancelled, tr("The import was cancelled; nothing was imported.")};
    }
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return outcome;
}

Result<void> ImportWriter::writeSession(const ImportedSession &imported, bool exists, const QString &context)
{
    const ChatSession &session = imported.session;
    QSqlQuery query(m_database.database());
    if (exists) {
        query.prepare(u"DELETE FROM chats WHERE session_id = ?"_s);
        query.addBindValue(session.sessionId);
        if (auto deleted = execute(query, context); !deleted)
            return deleted;
    }
    if (auto inserted = m_database.insertChatRow(session, context); !inserted)
        return inserted.error();
    const auto chat = m_database.findChat(session.sessionId, context);
    if (!chat)
        return chat.error();
    if (auto added = m_messages.appendEntries(*chat, imported.messages, std::nullopt, 0, context); !added)
        return added.error();
    // The file's times, not the import's.
    query.prepare(u"UPDATE chats SET updated_at = ? WHERE id = ?"_s);
    query.addBindValue(session.updatedAt.toMSecsSinceEpoch());
    query.addBindValue(chat->id);
    return execute(query, context);
}
