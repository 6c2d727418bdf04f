#pragma once

#include "agentbackend.h"
#include "chatstore.h"
#include "result.h"

#include <memory>
#include <optional>

/// The store's part of a turn, each step one job for the store's thread (or the caller's, for
/// headless commands): plain functions of the store and values, so a step never touches an
/// object of the thread that asked for it.
namespace TurnRecords {

/// A question the user typed, to be stored and claimed.
struct NewTurn {
    QString sessionId;
    QString text;
    /// Stored as the session's first part when the session has no message yet (OpenAI-compatible back ends).
    QString systemPrompt;
    qint64 leaseMs = 0;
    QString language;
};
/// Stores the question (with the claim and the session's language, one transaction), after
/// the turns of senders that ended are recovered.
Result<ChatStore::StartedTurn> start(ChatStore &store, const NewTurn &turn);

/// A turn about to go out.
struct Outgoing {
    QString sessionId;
    int turn = 0;
    QString userId;
    QString language;
    bool storedHistory = false; ///< the back end takes the history's stored bytes
};
/// What the back end is sent: the request and the conversation before it.
Result<AgentTurn> read(ChatStore &store, const Outgoing &what);

/// The server (URL and path profile) that accepted a session's turn; empty for back ends that keep no history.
using ServerLink = std::pair<QString, QString>;
/// Links the session to @p link when it has no server yet, and marks it Synced.
void recordAcceptance(ChatStore &store, const QString &sessionId, const ServerLink &link);

/// Where the draft of a streamed answer is kept, if one was written (see StreamDraft::Place).
using DraftPlace = std::shared_ptr<std::optional<int>>;
std::optional<int> draftSeq(const DraftPlace &place);

} // namespace TurnRecords
