#include "turnrecords.h"

namespace TurnRecords {

namespace {

QList<MessagePart> partsOf(const ChatSession &session, const NewTurn &turn)
{
    QList<MessagePart> parts;
    // With an OpenAI-compatible back end the app is the agent: its prompt is stored as the
    // session's first part, so a reopened session sends it again. Decided here, beside the
    // write, so two questions sent at once never both carry it.
    if (session.messageCount == 0 && session.branchTurn == 0 && !turn.systemPrompt.isEmpty())
        parts << MessagePart::systemPrompt(turn.systemPrompt);
    parts << MessagePart::userPrompt(turn.text);
    return parts;
}

/// The conversation before @p turn, as the agent must see it.
QList<ModelMessage> historyBefore(const QList<StoredMessage> &stored, int turn)
{
    QList<ModelMessage> history;
    for (const StoredMessage &entry : stored) {
        if (entry.status == MessageStatus::Ok && entry.turn < turn)
            history << entry.message;
    }
    return history;
}

} // namespace

Result<ChatStore::StartedTurn> start(ChatStore &store, const NewTurn &turn)
{
    (void)store.recoverInterrupted();
    const auto session = store.chat(turn.sessionId);
    if (!session)
        return session.error();
    return store.startTurn(turn.sessionId, ModelMessage::request(partsOf(*session, turn)), turn.leaseMs, turn.language);
}

Result<AgentTurn> read(ChatStore &store, const Outgoing &what)
{
    const auto request = store.storedMessage(what.sessionId, what.turn);
    if (!request)
        return request.error();
    AgentTurn agentTurn{what.sessionId, what.userId, what.language, {}, {}, request->message};
    // A back end that sends the history as stored gets its bytes: a long session is not decoded at every send.
    if (what.storedHistory) {
        auto history = store.historyJsonBefore(what.sessionId, what.turn);
        if (!history)
            return history.error();
        agentTurn.historyJson = std::move(history).value();
        return agentTurn;
    }
    const auto stored = store.loadStoredMessages(what.sessionId);
    if (!stored)
        return stored.error();
    agentTurn.history = historyBefore(*stored, what.turn);
    return agentTurn;
}

void recordAcceptance(ChatStore &store, const QString &sessionId, const ServerLink &link)
{
    if (link.first.isEmpty())
        return;
    // The server accepted a turn: from now on the session belongs to it.
    if (const auto session = store.chat(sessionId); session && session->serverUrl.isEmpty())
        (void)store.linkToServer(sessionId, link.first, link.second);
    (void)store.setSyncState(sessionId, SyncState::Synced);
}

std::optional<int> draftSeq(const DraftPlace &place)
{
    return place ? *place : std::nullopt;
}

} // namespace TurnRecords
