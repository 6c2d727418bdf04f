#include "importwriter.h"

#include "auditlog.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QJsonArray>

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
    QJsonObject details = sessions.auditDetails();
    details.insert(u"imported"_s, QJsonArray::fromStringList(outcome.imported));
    details.insert(u"skipped"_s, QJsonArray::fromStringList(outcome.skipped));
    details.insert(u"replace"_s, replace);
    if (auto recorded = AuditLog(m_database).append(AuditEvent{AuditAction::Import, details}); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return outcome;
}

Result<void> ImportWriter::writeSession(const ImportedSession &imported, bool exists, const QString &context)
{
    const ChatSession &session = imported.session;
    QSqlQuery query(m_database.database());
    if (exists) {
        // Every version of the conversation goes with it.
        query.prepare(u"DELETE FROM chats WHERE COALESCE(conversation, id) = (SELECT COALESCE(conversation, id) FROM "
                      "chats WHERE session_id = ?)"_s);
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
    for (const ImportedVersion &version : imported.versions) {
        if (auto written = writeVersion(version, context); !written)
            return written;
    }
    // The file's times, not the import's; the version shown as it was.
    query.prepare(u"UPDATE chats SET updated_at = ?, active_version = (SELECT id FROM chats WHERE session_id = ?) "
                  "WHERE id = ?"_s);
    query.addBindValue(session.updatedAt.toMSecsSinceEpoch());
    query.addBindValue(imported.shownVersion.isEmpty() ? session.sessionId : imported.shownVersion);
    query.addBindValue(chat->id);
    return execute(query, context);
}

Result<void> ImportWriter::writeVersion(const ImportedVersion &version, const QString &context)
{
    // It branches at the question at its position in the version it came from, as that version is now stored.
    const auto parentPath = m_messages.load(version.branchOf, true);
    if (!parentPath)
        return parentPath.error();
    if (version.branchMessage < 0 || version.branchMessage >= parentPath->size())
        return Error{Error::Code::InvalidData,
                     tr("Version %1 branches at message %2, which the version it comes from does not have.")
                         .arg(version.sessionId)
                         .arg(version.branchMessage)};
    const auto parent = m_database.findChat(version.branchOf, context);
    if (!parent)
        return parent.error();
    const qint64 updated = version.updatedAt.isValid() ? version.updatedAt.toMSecsSinceEpoch() : StoreRows::nowMillis();
    // Made when the conversation was: the file does not say when each version was.
    const auto chat =
        m_database.insertVersionRow(version.sessionId, *parent, parentPath->at(version.branchMessage).turn,
                                    version.kind, std::nullopt, updated, context);
    if (!chat)
        return chat.error();
    if (auto added = m_messages.appendEntries(*chat, version.messages, std::nullopt, 0, context); !added)
        return added.error();
    QSqlQuery query(m_database.database());
    query.prepare(u"UPDATE chats SET updated_at = ? WHERE id = ?"_s);
    query.addBindValue(updated);
    query.addBindValue(chat->id);
    return execute(query, context);
}
