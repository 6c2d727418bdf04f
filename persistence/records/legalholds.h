#pragma once

#include "chatsession.h"
#include "result.h"
#include "storedatabase.h"

#include <QCoreApplication>

/// Legal holds: a conversation on hold (or every one, while the hold on all is on) cannot be
/// moved to the Trash, deleted, emptied from the Trash or deleted on its server by anyone until
/// the hold is lifted. Schema triggers keep that for every code path and process; this class
/// places and lifts holds (each in the audit trail) and words the refusal.
class LegalHolds
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    explicit LegalHolds(StoreDatabase &database)
        : m_database(database)
    { }

    Result<void> setHeld(const QString &sessionId, bool held);
    Result<void> setHoldAll(bool held);
    Result<bool> holdAll();
    /// Conversations on a hold of their own, in sidebar order (the Trash's too).
    Result<QList<ChatSession>> held();
    /// An OnHold error when @p chat's conversation is on hold; nothing otherwise.
    Result<void> refuseIfHeld(const StoreDatabase::ChatRow &chat, const QString &sessionId);

private:
    StoreDatabase &m_database;
};
