#pragma once

#include "backoff.h"
#include "syncreport.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class SyncEngine;

/// Decides when sync passes run: soon after start, regularly, when the
/// network comes back, at once on request (F5), and after a failed pass or a
/// turn that went to the outbox, again with exponential backoff and jitter.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    struct Timing {
        std::chrono::milliseconds startDelay{2000};
        std::chrono::milliseconds interval{std::chrono::minutes(15)};
        std::chrono::milliseconds firstRetry{std::chrono::seconds(5)};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(10)};
    };

    SyncScheduler(SyncEngine *engine, Timing timing, QObject *parent = nullptr);

    /// Schedules the first pass and watches the network.
    void start();
    /// A pass now, as for F5 / "Sync now"; the backoff starts over.
    void syncNow();
    /// Something waits for the server (a turn went to the outbox): try again after the backoff.
    void retryLater();
    /// The network is back.
    void networkReachable();
    /// How long until the next pass; negative when none is planned.
    std::chrono::milliseconds remaining() const { return std::chrono::milliseconds(m_timer.remainingTime()); }
    bool isRetryPlanned() const { return m_timer.isActive() && m_retrying; }

private:
    void passFinished(const SyncReport &report);
    void schedule(std::chrono::milliseconds delay, bool retrying);
    void watchNetwork();

    SyncEngine *m_engine;
    Timing m_timing;
    Backoff m_backoff;
    QTimer m_timer;
    bool m_retrying = false;
};
