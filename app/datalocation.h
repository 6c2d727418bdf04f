#pragma once

#include "result.h"

#include <QString>

/// Where GovStack Desktop keeps its data: the chat database and the instance lock.
namespace DataLocation {

/// `QStandardPaths::AppDataLocation`, which honours `XDG_DATA_HOME`.
QString defaultDirectory();
/// Creates @p directory when needed and restricts it to its owner (0700);
/// returns its absolute path.
Result<QString> prepare(const QString &directory);
QString databasePath(const QString &directory);

} // namespace DataLocation
