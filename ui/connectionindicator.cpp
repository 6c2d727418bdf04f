#include "connectionindicator.h"

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
