#pragma once

// The GUI thread's watchdog for the window benchmarks: a timer that should tick every few
// milliseconds records how late each tick runs, so a scenario reports its longest stall
// and how many stalls passed a frame (16 ms).

#include "benchreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

/// Ticks every few milliseconds and records how late each tick ran.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(m_interval);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.nsecsElapsed() / 1000000 - m_interval;
            m_longest = std::max(m_longest, late);
            if (late > 16)
                ++m_overFrame;
            m_clock.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_overFrame = 0;
        m_clock.start();
        m_timer.start();
    }
    void report(const char *scenario)
    {
        m_timer.stop();
        Bench::report(qPrintable(QString::fromLatin1(scenario) + QStringLiteral("_longest_stall")), double(m_longest),
                      "ms");
        Bench::report(qPrintable(QString::fromLatin1(scenario) + QStringLiteral("_stalls_over_16ms")),
                      double(m_overFrame), "events");
    }

private:
    const int m_interval = 4;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_overFrame = 0;
};
