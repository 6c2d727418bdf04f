#pragma once

#include "historymerger.h"
#include "result.h"
#include "syncrecords.h"

class ChatStore;

/// Takes a server's copy of a session into the store, safely beside other writers.
namespace ServerCopy {

/// Merges @p server into the session's stored history. The merge is worked out from
/// one read of the session and applied only if the session has not changed since
/// (another process may have written a turn meanwhile); otherwise it is read and
/// worked out again. Conflict when the session keeps changing or one of its turns is
/// being sent (by anyone for sync; by another process for @p mergeFor Sender).
Result<HistoryMerger::Outcome> merge(ChatStore *store, const QString &sessionId, const ServerHistory &server,
                                     SyncRecords::MergeFor mergeFor = SyncRecords::MergeFor::Sync);

} // namespace ServerCopy
