#include "auditlog.h"

#include "sqliteerror.h"
#include "storedatabase.h"
#include "storerows.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString firstPrevious(64, u'0');

} // namespace

QString AuditLog::currentActor()
{
    // The account's name as the system knows it: the environment can say anything.
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER", tr("unknown user"));
}

QString AuditLog::currentOrigin()
{
    // Persistence knows no widgets: the application object's class tells a window from the CLI.
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QApplication") ? u"window"_s : u"command line"_s;
}

QString AuditLog::hashOf(const QString &previous, const AuditEntry &entry, const QString &detailsJson)
{
    // A JSON array of the fields: unambiguous, whatever text they hold.
    const QJsonArray fields{
        entry.id, entry.at.toMSecsSinceEpoch(), auditActionName(entry.action), entry.actor, entry.origin, detailsJson};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> AuditLog::append(const AuditEvent &event)
{
    const QString context = tr("Writing the audit trail");
    QSqlQuery last = m_database.prepare(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (auto read = execute(last, context); !read)
        return read;
    const bool any = last.next();
    AuditEntry entry;
    entry.id = any ? last.value(0).toLongLong() + 1 : 1;
    entry.at = StoreRows::fromMillis(m_database.now());
    entry.action = event.action;
    entry.actor = currentActor();
    entry.origin = currentOrigin();
    const QString previous = any ? last.value(1).toString() : firstPrevious;
    const QString details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    QSqlQuery insert =
        m_database.prepare(u"INSERT INTO audit_log (id, at, action, actor, origin, details, previous_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(entry.id), QVariant(entry.at.toMSecsSinceEpoch()), QVariant(auditActionName(entry.action)),
          QVariant(entry.actor), QVariant(entry.origin), QVariant(details), QVariant(previous),
          QVariant(hashOf(previous, entry, details))})
        insert.addBindValue(value);
    return execute(insert, context);
}

Result<void> AuditLog::record(const AuditEvent &event)
{
    const QString context = tr("Writing the audit trail");
    Transaction transaction(m_database.database());
    if (auto begun = transaction.begin(context); !begun)
        return begun;
    if (auto appended = append(event); !appended)
        return appended;
    return transaction.commit(context);
}

Result<QList<AuditEntry>> AuditLog::entries(std::optional<AuditAction> only)
{
    QSqlQuery query = m_database.prepare(u"SELECT id, at, action, actor, origin, details, hash FROM audit_log"_s +
                                         (only ? u" WHERE action = ?"_s : QString()) + u" ORDER BY id"_s);
    if (only)
        query.addBindValue(auditActionName(*only));
    if (auto read = execute(query, tr("Reading the audit trail")); !read)
        return read.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(AuditEntry{query.value(0).toLongLong(), StoreRows::fromMillis(query.value(1).toLongLong()),
                                  auditActionFromName(query.value(2).toString()).value_or(AuditAction::Export),
                                  query.value(3).toString(), query.value(4).toString(),
                                  QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object(),
                                  query.value(6).toString()});
    }
    return entries;
}

Result<AuditCheck> AuditLog::verify()
{
    const QString context = tr("Checking the audit trail");
    QSqlQuery query = m_database.prepare(
        u"SELECT id, at, action, actor, origin, details, previous_hash, hash FROM audit_log ORDER BY id"_s);
    if (auto read = execute(query, context); !read)
        return read.error();
    AuditCheck check;
    QString previous = firstPrevious;
    const auto broken = [&check](const QString &problem) {
        check.problem = problem;
        return check;
    };
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = StoreRows::fromMillis(query.value(1).toLongLong());
        const auto action = auditActionFromName(query.value(2).toString());
        entry.actor = query.value(3).toString();
        entry.origin = query.value(4).toString();
        const QString details = query.value(5).toString();
        if (entry.id != check.entries + 1)
            return broken(tr("Entry %1 is missing: it was removed.").arg(check.entries + 1));
        if (query.value(6).toString() != previous)
            return broken(tr("Entry %1 does not follow the entry before it: an entry was changed.").arg(entry.id));
        entry.action = action.value_or(AuditAction::Export);
        previous = query.value(7).toString();
        if (!action || hashOf(query.value(6).toString(), entry, details) != previous)
            return broken(tr("Entry %1 was changed after it was written.").arg(entry.id));
        ++check.entries;
    }
    // SQLite remembers the highest number it ever gave: entries cut off the end leave it above the last.
    QSqlQuery sequence = m_database.prepare(u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s);
    if (auto read = execute(sequence, context); !read)
        return read.error();
    const qint64 given = sequence.next() ? sequence.value(0).toLongLong() : 0;
    if (given > check.entries)
        return broken(tr("Entries %1 to %2 were removed from the end.").arg(check.entries + 1).arg(given));
    check.intact = true;
    check.head = previous == firstPrevious ? QString() : previous;
    return check;
}
