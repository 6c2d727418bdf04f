#pragma once

#include <QLabel>

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
    void setState(State state);
    /// Conversations with messages waiting for the server.
    void setWaiting(int conversations);
    /// Which server, in words, for the tooltip.
    void setServerDescription(const QString &description);
    void retranslate();

private:
    State m_state = State::Unknown;
    int m_waiting = 0;
    QString m_server;
};
