#pragma once

#include <QString>

/// The app's log file, `govstack-desktop.log` in the data folder (0600).
///
/// Server details that must not be shown (SQL, host names, HTML error
/// pages: the `govstack.agent` category) go only to the file; everything
/// else goes to the file and to stderr as usual. Secrets are never logged.
namespace AppLog {

void install(const QString &dataDirectory);
QString filePath(const QString &dataDirectory);

} // namespace AppLog
