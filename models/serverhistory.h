#pragma once

#include "modelmessage.h"

#include <QList>
#include <QString>

#include <optional>

/// One turn as a GovStack server keeps it: the user's entry and the answer's.
struct ServerTurn {
    QString userMessageId;
    /// What the server stored of the question; may be PII-redacted (`<PHONE_NUMBER_REDACTED>`).
    QString userText;
    Timestamp userTime;
    QString answerMessageId;
    /// The answer as this client stores one it received: its text with the server's extras.
    ModelMessage answer;
    /// The agent's own messages of this turn after its request (tool calls and
    /// returns, the final text), when the server keeps them (`v2`); else empty.
    QList<ModelMessage> trace;

    /// The messages that answer the turn: the trace when the server keeps one, else the answer.
    QList<ModelMessage> answerMessages() const { return trace.isEmpty() ? QList<ModelMessage>{answer} : trace; }
};

/// What a server kept of a session.
struct ServerHistory {
    /// False when the server does not know the session (never stored, or purged).
    bool found = true;
    /// How many entries the server holds (each stored turn adds two).
    int messageCount = 0;
    /// The complete turns, oldest first.
    QList<ServerTurn> turns;
    /// Changes whenever the server's copy does.
    QString fingerprint;

    /// The newest answer, as the reply of the turn it completes.
    std::optional<ModelMessage> lastAnswer() const
    {
        return turns.isEmpty() ? std::nullopt : std::optional<ModelMessage>(turns.constLast().answer);
    }
};
