#pragma once

#include "chatstore.h"
#include "result.h"

/// What a sync pass reads from the store before it starts, in one step on the store's thread:
/// the server deletes waiting, which sessions have turns or ratings waiting, and for a pass
/// over everything the sessions linked to a server and those no server has yet.
struct SyncPlan {
    enum class Scope {
        Waiting, ///< only what waits (the sessions asked for are known)
        WithDeletes, ///< also the server deletes waiting
        Everything, ///< also every session linked to a server, and the new ones with turns waiting
    };

    QList<ChatStore::ServerDelete> deletes;
    QList<ChatSession> linked;
    /// GovStack sessions with turns waiting that no server has accepted a turn of yet.
    QList<ChatSession> unlinked;
    QStringList unsentTurns;
    QStringList unsentRatings;
    /// Turns whose sender ended, found while reading (they wait in the outbox now).
    int recovered = 0;
    QStringList problems;

    static SyncPlan read(ChatStore &store, Scope scope);
};
