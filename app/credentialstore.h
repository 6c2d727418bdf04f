#pragma once

#include "chatsession.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

/// API keys, kept only in the OS keychain through QtKeychain (Secret Service
/// or KWallet on Linux), one entry per back end and server. Never in a file:
/// without a keychain, a key can be kept in memory for this run only.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    /// The keychain entry of a server: one key per back end and URL.
    static QString entryFor(Backend backend, const QUrl &server);
    /// The environment variable that overrides the keychain for @p backend.
    static QByteArray environmentVariable(Backend backend);

    /// The key for a server: the environment variable when set, else the keychain's.
    void resolve(Backend backend, const QUrl &server, std::function<void(Result<QString>)> done);
    /// Calls @p done with the key (empty when none is stored) or why it could not be read.
    void read(const QString &entry, std::function<void(Result<QString>)> done);
    void write(const QString &entry, const QString &secret, std::function<void(Result<void>)> done);
    /// Removing a key that is not there is not an error.
    void remove(const QString &entry, std::function<void(Result<void>)> done);

    /// Keeps @p secret in memory until the app quits, for when there is no keychain.
    void keepForThisRun(const QString &entry, const QString &secret);

private:
    QHash<QString, QString> m_thisRunOnly;
};
