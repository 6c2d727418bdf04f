#pragma once

#include "headlesscommand.h"
#include "modelmessage.h"

#include <QTimer>

#include <chrono>

/// `govstack-desktop ask`: one turn through the same controller as the
/// window, printing the answer on stdout and anything wrong on stderr.
class AskCommand : public HeadlessCommand
{
    Q_OBJECT

public:
    AskCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
               QObject *parent = nullptr);

private:
    std::optional<Backend> prepare() override;
    void run() override;
    void endQueued(const QString &reason);
    /// Looks up where the user's message stands and ends the command once it is decided.
    void checkOutcome();
    /// Says on stderr which earlier messages of the session lost their sender.
    void reportInterrupted();
    /// The session to continue or the new one, and the back end it talks to.
    Result<QString> resolveSession(Backend &backend);

    /// How long the command waits for the store to take an answer it refused.
    static constexpr std::chrono::milliseconds storeRetryWindow{10000};

    QString m_sessionId;
    /// For --regenerate: the question stored again in the new version, waiting to be sent.
    std::optional<int> m_queuedTurn;
    /// The user's message as stored: found by content, since sync may renumber turns.
    std::optional<ModelMessage> m_request;
    bool m_ended = false;
    bool m_toldWaiting = false;
    QTimer m_giveUp;
    QString m_storeError;
};
