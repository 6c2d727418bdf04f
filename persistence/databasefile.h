#pragma once

#include "result.h"

#include <QString>

/// What the header of a database file says, read before SQLite opens it, so
/// that a file we must refuse is never touched.
struct DatabaseFileInfo {
    bool exists = false;
    /// `PRAGMA user_version` as the header stores it; 0 for a new file.
    int userVersion = 0;
};

namespace DatabaseFile {

/// Refuses a file that is not SQLite, or whose header shows damage
/// (impossible page size, truncated pages), with an error naming the file.
Result<DatabaseFileInfo> inspect(const QString &path);

} // namespace DatabaseFile
