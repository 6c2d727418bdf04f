#pragma once

#include "historymerger.h"
#include "result.h"

class ChatStore;

/// Takes a server's copy of a session into the store, safely beside other writers.
namespace ServerCopy {

/// Merges @p server into the session's stored history. The merge is worked out from
/// one read of the session and applied only if the session has not changed since
/// (another process may have written a turn meanwhile); otherwise it is read and
/// worked out again. Conflict when the session keeps changing or another process
/// is sending one of its turns.
Result<HistoryMerger::Outcome> merge(ChatStore *store, const QString &sessionId, const ServerHistory &server);

} // namespace ServerCopy
