#include "connectionindicator.h"

#include "chatactions.h"
#include "continuewhilealive.h"
#include "sessioncontroller.h"
#include "syncengine.h"

using namespace Qt::StringLiterals;

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"connectionStatus"_s);
    setTextFormat(Qt::PlainText);
}

void ConnectionIndicator::setState(State state)
{
    m_state = state;
    retranslate();
}

void ConnectionIndicator::setWaiting(int conversations)
{
    m_waiting = conversations;
    retranslate();
}

void ConnectionIndicator::setServerDescription(const QString &description)
{
    m_server = description;
    retranslate();
}

void ConnectionIndicator::retranslate()
{
    QString text;
    QString meaning;
    switch (m_state) {
    case State::Unknown:
        meaning = tr("Nothing has been sent to the server yet.");
        break;
    case State::NotSetUp:
        text = tr("Not set up");
        meaning = tr("Tell the app where the assistant is in Settings (Ctrl+,).");
        break;
    case State::Online:
        text = tr("Online");
        meaning = tr("The server answered the last request.");
        break;
    case State::Offline:
        text = m_waiting > 0 ? tr("Offline · %n conversation(s) waiting", nullptr, m_waiting) : tr("Offline");
        meaning = tr("The server cannot be reached now. Messages that could not go wait in their conversations.");
        break;
    case State::KeyRefused:
        text = tr("Key refused");
        meaning = tr("The server refused the API key. Change the key in Settings (Ctrl+,).");
        break;
    }
    setText(text);
    setToolTip(m_server.isEmpty() ? meaning : m_server + u'\n' + meaning);
    setAccessibleName(tr("Connection"));
    setAccessibleDescription(text.isEmpty() ? meaning : text + u". "_s + meaning);
}

void ConnectionIndicator::follow(SessionController *controller, SyncEngine *sync, ChatActions *actions)
{
    m_actions = actions;
    connect(controller, &SessionController::turnCompleted, this, [this] { showOutcome(nullptr); });
    connect(controller, &SessionController::turnQueued, this,
            [this](const QString &, int, const AgentError &reason) { showOutcome(&reason); });
    connect(controller, &SessionController::turnFailed, this,
            [this](const QString &, int, const AgentError &error) { showOutcome(&error); });
    if (sync) {
        connect(sync, &SyncEngine::finished, this, [this](const SyncReport &report) {
            // A pass with nothing to ask the server says nothing about it.
            const bool talked = report.stoppedBy || report.sessionsChecked > 0 || report.turnsSent > 0 ||
                report.deletesDone > 0 || report.ratingsSent > 0;
            if (!report.noServer && !report.cancelled && talked)
                showOutcome(report.stoppedBy ? &*report.stoppedBy : nullptr);
        });
    }
}

void ConnectionIndicator::showOutcome(const AgentError *error)
{
    using Kind = AgentError::Kind;
    // The server answered, even with an error, unless it could not be reached or refused the key.
    State state = State::Online;
    if (error && error->kind == Kind::KeyRejected)
        state = State::KeyRefused;
    else if (error &&
             QList{Kind::Unreachable, Kind::Timeout, Kind::ConnectionReset, Kind::Gateway, Kind::Tls}.contains(
                 error->kind))
        state = State::Offline;
    else if (error && error->kind == Kind::Cancelled)
        state = m_state;
    setState(state);
    if (state != State::Offline)
        return;
    continueWhileAlive(m_actions->conversationsWaiting(), this, [this](const Result<int> &waiting) {
        if (waiting)
            setWaiting(*waiting);
    });
}
