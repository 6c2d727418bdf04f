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

/// A line of /proc/self/status, such as "VmHWM", in kB; -1 where /proc is missing.
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// The process's peak resident memory (VmHWM), in kB.
inline qint64 peakMemoryKb()
{
    return statusKb("VmHWM");
}

/// The process's resident memory now (VmRSS), in kB.
inline qint64 memoryKb()
{
    return statusKb("VmRSS");
}

/// Starts the peak over from the memory used now, so that one step's peak can be measured.
inline void resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace Bench
