#pragma once

#include "chatsession.h"
#include "commandline.h"
#include "credentialstore.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>

class AgentBackend;
class ChatStore;
class SessionController;

/// What every headless command that talks to a server does first: open the
/// store, find the API key, and make the back end and the controller the
/// window uses; and how it ends, with an exit code and the error on stderr.
class HeadlessCommand : public QObject
{
    Q_OBJECT

public:
    HeadlessCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
                    QObject *parent = nullptr);
    ~HeadlessCommand() override;

    /// Starts the command; finished() follows with the exit code.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// With the store open: the back end the command talks to, or nothing once it has ended.
    virtual std::optional<Backend> prepare() = 0;
    /// With the back end and the controller made.
    virtual void run() = 0;
    void end(int exitCode, const QString &error = {});

    CommandLineOptions m_options;
    ConnectionSettings m_settings;
    std::unique_ptr<ChatStore> m_store;
    std::unique_ptr<AgentBackend> m_backend;
    std::unique_ptr<SessionController> m_controller;

private:
    QString m_dataDirectory;
    QNetworkAccessManager m_network;
    CredentialStore m_credentials;
};
