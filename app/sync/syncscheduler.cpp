#include "syncscheduler.h"

#include "syncengine.h"

#include <QNetworkInformation>

SyncScheduler::SyncScheduler(SyncEngine *engine, Timing timing, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timing(timing)
    , m_backoff(timing.firstRetry, timing.maxRetry)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, m_engine, [this] { m_engine->start(); });
    connect(m_engine, &SyncEngine::finished, this, &SyncScheduler::passFinished);
}

void SyncScheduler::start()
{
    schedule(m_timing.startDelay, false);
    watchNetwork();
}

void SyncScheduler::watchNetwork()
{
    // Not every system has a network-information back end; then the timer alone brings sync back.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    networkReachable();
            });
}

void SyncScheduler::syncNow()
{
    m_backoff.reset();
    m_timer.stop();
    m_engine->resume();
    m_engine->start();
}

void SyncScheduler::retryLater()
{
    if (m_timer.isActive() && m_retrying)
        return;
    schedule(m_backoff.next(), true);
}

void SyncScheduler::networkReachable()
{
    // Only worth a pass when something waits; the regular interval covers the rest.
    if (m_retrying)
        syncNow();
}

void SyncScheduler::passFinished(const SyncReport &report)
{
    if (report.cancelled) {
        schedule(m_timing.interval, false);
        return;
    }
    // A refused key waits for the user, not for time.
    if (report.stoppedBy && report.stoppedBy->kind == AgentError::Kind::KeyRejected) {
        m_timer.stop();
        m_retrying = false;
        return;
    }
    if (report.stoppedBy) {
        schedule(m_backoff.next(), true);
        return;
    }
    m_backoff.reset();
    schedule(m_timing.interval, false);
}

void SyncScheduler::schedule(std::chrono::milliseconds delay, bool retrying)
{
    m_retrying = retrying;
    m_timer.start(delay);
}
