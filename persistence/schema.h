#pragma once

#include "result.h"

class QSqlDatabase;

/// The chat store's SQLite schema, versioned with `PRAGMA user_version`.
namespace Schema {

/// The version this build writes. A database with a higher version was
/// written by a newer GovStack Desktop and is refused, never downgraded.
inline constexpr int currentVersion = 12;

/// Brings a database at @p fromVersion (0 for a new, empty file) up to
/// currentVersion, one transaction per step, so an interrupted upgrade
/// resumes from the last finished step.
Result<void> migrate(QSqlDatabase &database, int fromVersion);

} // namespace Schema
