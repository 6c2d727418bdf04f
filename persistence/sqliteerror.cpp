#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Primary SQLite result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

} // namespace

Error storeError(const QSqlError &error, const QString &context)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const auto make = [&](Error::Code code, const QString &explanation) {
        return Error{code, context % u": "_s % explanation % u" ("_s % detail % u')'};
    };
    switch (primary) {
    case Busy:
    case Locked:
        return make(
            Error::Code::Busy,
            QCoreApplication::translate("ChatStore", "the database is busy in another GovStack Desktop process"));
    case Corrupt:
        return make(Error::Code::Corrupt, QCoreApplication::translate("ChatStore", "the database file is damaged"));
    case NotADatabase:
        return make(Error::Code::NotADatabase,
                    QCoreApplication::translate("ChatStore", "the file is not an SQLite database"));
    case Full:
        return make(Error::Code::Io, QCoreApplication::translate("ChatStore", "the disk is full"));
    case ReadOnly:
    case IoError:
    case CantOpen:
        return make(Error::Code::Io,
                    QCoreApplication::translate("ChatStore", "the database file cannot be read or written"));
    default:
        return make(Error::Code::Io, QCoreApplication::translate("ChatStore", "the database reported an error"));
    }
}

Result<void> execute(QSqlQuery &query, const QString &sql, const QString &context)
{
    if (!query.exec(sql))
        return storeError(query.lastError(), context);
    return {};
}

Result<void> execute(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return storeError(query.lastError(), context);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &database, const QString &sql, const QString &context)
{
    QSqlQuery query(database);
    if (auto done = execute(query, sql, context); !done)
        return done.error();
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}
