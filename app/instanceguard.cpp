#include "instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerTimeoutMs = 2000;
const QByteArray activateRequest = "activate\n"_ba;
const QByteArray activateAnswer = "ok\n"_ba;

QString serverNameFor(const QString &dataDirectory)
{
    const QByteArray hash =
        QCryptographicHash::hash(QDir(dataDirectory).canonicalPath().toUtf8(), QCryptographicHash::Sha256);
    return u"govstack-desktop-"_s + QString::fromLatin1(hash.toHex().left(24));
}

} // namespace

InstanceGuard::InstanceGuard(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataDirectory))
    , m_lock(QDir(dataDirectory).filePath(u"window.lock"_s))
{
    // A lock never goes stale while its holder lives; a crashed holder's lock
    // is taken over because its process id no longer exists.
    m_lock.setStaleLockTime(0);
}

InstanceGuard::~InstanceGuard() = default;

InstanceGuard::Outcome InstanceGuard::acquire()
{
    if (m_lock.tryLock(0)) {
        startListening();
        return Outcome::Acquired;
    }
    if (m_lock.error() != QLockFile::LockFailedError)
        return Outcome::Failed;
    return askRunningToActivate() ? Outcome::RaisedRunning : Outcome::RunningElsewhere;
}

qint64 InstanceGuard::runningPid() const
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
    return m_lock.getLockInfo(&pid, &hostName, &appName) ? pid : 0;
}

void InstanceGuard::startListening()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left under this name belongs to a crashed window.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        return;
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == activateRequest) {
                    socket->write(activateAnswer);
                    socket->flush();
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

bool InstanceGuard::askRunningToActivate() const
{
    // Runs once at start-up, before any window exists, so waiting here blocks nothing.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(answerTimeoutMs))
        return false;
    socket.write(activateRequest);
    if (!socket.waitForBytesWritten(answerTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerTimeoutMs))
            return false;
    }
    return socket.readLine() == activateAnswer;
}
