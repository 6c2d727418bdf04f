#pragma once

#include <QString>
#include <QTextStream>

/// Exit codes of the program, the same for the window and headless commands.
namespace ExitCode {
inline constexpr int ok = 0;
inline constexpr int usage = 2;
inline constexpr int network = 3;
inline constexpr int store = 4;
/// A file to import is not valid; nothing was written.
inline constexpr int invalidInput = 5;
/// An export was changed after it was written, or is not signed as required.
inline constexpr int tampered = 6;
/// A legal hold keeps the conversation; nothing was deleted.
inline constexpr int onHold = 7;

/// Says why a command ends on standard error, and gives its exit code back.
inline int fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return exitCode;
}
} // namespace ExitCode
