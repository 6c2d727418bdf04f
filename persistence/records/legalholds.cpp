#include "legalholds.h"

#include "auditlog.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

Result<void> LegalHolds::setHeld(const QString &sessionId, bool held)
{
    const QString context = tr("Changing the legal hold of chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) -> Result<void> {
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE chats SET held = ? WHERE id = ? AND held <> ?"_s);
        query.addBindValue(held ? 1 : 0);
        query.addBindValue(chat.conversation);
        query.addBindValue(held ? 1 : 0);
        if (auto changed = execute(query, context); !changed)
            return changed;
        if (query.numRowsAffected() == 0)
            return {}; // as asked already: nothing happened, nothing to record
        return AuditLog(m_database)
            .append(
                AuditEvent{held ? AuditAction::Hold : AuditAction::Release, QJsonObject{{u"session"_s, sessionId}}});
    });
}

Result<void> LegalHolds::setHoldAll(bool held)
{
    const QString context = tr("Changing the legal hold on every conversation");
    Transaction transaction(m_database.database());
    if (auto begun = transaction.begin(context); !begun)
        return begun;
    const auto current = holdAll();
    if (!current)
        return current.error();
    if (*current == held)
        return {};
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT OR REPLACE INTO record_settings (name, value) VALUES ('hold_all', ?)"_s);
    query.addBindValue(held ? u"1"_s : u"0"_s);
    if (auto written = execute(query, context); !written)
        return written;
    if (auto recorded =
            AuditLog(m_database)
                .append(AuditEvent{held ? AuditAction::Hold : AuditAction::Release, QJsonObject{{u"all"_s, true}}});
        !recorded)
        return recorded;
    return transaction.commit(context);
}

Result<bool> LegalHolds::holdAll()
{
    const auto value = scalar(m_database.database(), u"SELECT value FROM record_settings WHERE name = 'hold_all'"_s,
                              tr("Reading the legal hold on every conversation"));
    if (!value)
        return value.error();
    return value->toString() == u"1";
}

Result<QList<ChatSession>> LegalHolds::held()
{
    QSqlQuery query = m_database.prepare(u"SELECT "_s % StoreRows::sessionColumns % u" FROM chats WHERE held = 1"_s %
                                         StoreRows::sessionOrder);
    return StoreRows::readSessions(query);
}

Result<void> LegalHolds::refuseIfHeld(const StoreDatabase::ChatRow &chat, const QString &sessionId)
{
    QSqlQuery query = m_database.prepare(u"SELECT held, title FROM chats WHERE id = ?"_s);
    query.addBindValue(chat.conversation);
    if (auto read = execute(query, tr("Reading the legal hold of chat session %1").arg(sessionId)); !read)
        return read;
    const bool ownHold = query.next() && query.value(0).toBool();
    const QString title = query.value(1).toString();
    query.finish();
    const auto all = holdAll();
    if (!all)
        return all.error();
    if (!ownHold && !*all)
        return {};
    const QString name = title.isEmpty() ? sessionId : u"“"_s + title + u"”"_s;
    return Error{Error::Code::OnHold,
                 *all ? tr("Every conversation is on legal hold: %1 cannot be deleted or moved to the Trash until "
                           "the hold is lifted.")
                            .arg(name)
                      : tr("%1 is on legal hold: it cannot be deleted or moved to the Trash until the hold is lifted.")
                            .arg(name)};
}
