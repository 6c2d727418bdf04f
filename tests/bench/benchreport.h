#pragma once

// What every benchmark prints and how it gives up: one "bench <name> <value> <unit>"
// line per figure, which ./dev.sh bench collects.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace Bench {

inline void report(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

/// The process's peak resident memory (VmHWM), in kB; -1 where /proc is missing.
inline qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace Bench
