#pragma once

#include "auditentry.h"
#include "result.h"

#include <QCoreApplication>

class StoreDatabase;

/// The audit trail: an append-only table of record actions, each entry linked to the one
/// before it by a SHA-256 hash over that entry's hash and its own fields. Triggers refuse
/// updates and deletes; an entry edited or removed behind the app's back (with the triggers
/// dropped) breaks the chain, and one removed from the end leaves a gap in the numbering that
/// SQLite keeps (AUTOINCREMENT), which verify() finds.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(StoreDatabase &database)
        : m_database(database)
    { }

    /// Appends @p event inside the caller's write transaction, so it is kept exactly when the
    /// change it records is.
    Result<void> append(const AuditEvent &event);
    /// Appends @p event in a transaction of its own (for what is not a database change).
    Result<void> record(const AuditEvent &event);
    /// Every entry, or those of one action, oldest first.
    Result<QList<AuditEntry>> entries(std::optional<AuditAction> only = std::nullopt);
    Result<AuditCheck> verify();

    /// Who acts: the operating system's user; and from where, the window or the command line.
    static QString currentActor();
    static QString currentOrigin();

private:
    static QString hashOf(const QString &previous, const AuditEntry &entry, const QString &detailsJson);

    StoreDatabase &m_database;
};
