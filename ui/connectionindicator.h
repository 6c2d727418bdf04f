#pragma once

#include <QLabel>

class ChatActions;
class SessionController;
class SyncEngine;
struct AgentError;

/// The one place the status bar says whether the assistant's server can be used: not set up,
/// online, offline (and how many conversations have messages waiting), or refusing the key.
/// Its tooltip says what the state means and what to do.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT

public:
    enum class State {
        /// Nothing has gone to the server yet in this run.
        Unknown,
        NotSetUp,
        Online,
        Offline,
        KeyRefused,
    };

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    State state() const { return m_state; }
    /// Follows how each turn ends and how each sync pass ends (@p sync may be null); @p actions
    /// counts the conversations with messages waiting.
    void follow(SessionController *controller, SyncEngine *sync, ChatActions *actions);
    void setState(State state);
    /// Conversations with messages waiting for the server.
    void setWaiting(int conversations);
    /// Which server, in words, for the tooltip.
    void setServerDescription(const QString &description);
    void retranslate();

private:
    /// A request ended: answered (null), or with @p error.
    void showOutcome(const AgentError *error);

    ChatActions *m_actions = nullptr;
    State m_state = State::Unknown;
    int m_waiting = 0;
    QString m_server;
};
