#pragma once

#include <QObject>

class QSocketNotifier;

/// Quits the event loop cleanly on SIGINT and SIGTERM, so the lock file is
/// released and the database closed as on a normal quit.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handleSignal(int signal);

    QSocketNotifier *m_notifier = nullptr;
};
