#include "servercopy.h"

#include "chatstore.h"

namespace ServerCopy {

Result<HistoryMerger::Outcome> merge(ChatStore *store, const QString &sessionId, const ServerHistory &server,
                                     SyncRecords::MergeFor mergeFor)
{
    constexpr int attempts = 3;
    Error conflict;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        // The revision first: a write between the two reads makes it stale, never the messages.
        const auto session = store->chat(sessionId);
        if (!session)
            return session.error();
        const auto stored = store->loadStoredMessages(sessionId);
        if (!stored)
            return stored.error();
        HistoryMerger::Outcome outcome = HistoryMerger::merge(*stored, server);
        auto applied = store->applyMerge(sessionId, outcome.merge, session->revision, mergeFor);
        if (applied)
            return outcome;
        if (applied.error().code != Error::Code::Conflict)
            return applied.error();
        conflict = applied.error();
    }
    return conflict;
}

} // namespace ServerCopy
