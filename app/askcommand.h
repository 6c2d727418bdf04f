#pragma once

#include "commandline.h"
#include "credentialstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <chrono>

#include <memory>

class AgentBackend;
class ChatStore;
class SessionController;

/// `govstack-desktop ask`: one turn through the same controller as the
/// window, printing the answer on stdout and anything wrong on stderr.
class AskCommand : public QObject
{
    Q_OBJECT

public:
    AskCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
               QObject *parent = nullptr);
    ~AskCommand() override;

    /// Starts the turn; finished() follows with the exit code.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void end(int exitCode, const QString &error = {});
    void send(const QString &sessionId, Backend backend, const QString &apiKey);
    /// The session to continue or the new one, and the back end it talks to.
    Result<QString> resolveSession(Backend &backend);

    /// How long the command waits for the store to take an answer it refused.
    static constexpr std::chrono::milliseconds storeRetryWindow{10000};

    CommandLineOptions m_options;
    ConnectionSettings m_settings;
    QString m_dataDirectory;
    QNetworkAccessManager m_network;
    CredentialStore m_credentials;
    std::unique_ptr<ChatStore> m_store;
    std::unique_ptr<AgentBackend> m_backend;
    std::unique_ptr<SessionController> m_controller;
    QTimer m_giveUp;
    QString m_storeError;
};
