#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

/// Makes sure one window at a time works on a data folder.
///
/// The first window holds a lock file in the folder and listens on a local
/// socket; a second one asks it to come to the front instead of starting.
/// Headless commands take no lock: they share the database through SQLite.
class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Acquired, ///< this process is the only window on the folder
        RaisedRunning, ///< another window has it and was asked to come to the front
        RunningElsewhere, ///< another window has it but did not answer
        Failed, ///< the lock file could not be written
    };

    explicit InstanceGuard(const QString &dataDirectory, QObject *parent = nullptr);
    ~InstanceGuard() override;

    Outcome acquire();
    /// The process id written in the lock by the window that holds it.
    qint64 runningPid() const;

Q_SIGNALS:
    /// A second launch asked this window to come to the front.
    void activationRequested();

private:
    void startListening();
    bool askRunningToActivate() const;

    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};
