#include "recordactions.h"

#include "chatstore.h"

RecordActions::RecordActions(ChatStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QFuture<Result<QList<ChatSession>>> RecordActions::trashed() const
{
    return m_store->runInBackground<QList<ChatSession>>([](ChatStore &store) { return store.trashedSessions(); });
}

QFuture<Result<void>> RecordActions::restore(const QStringList &sessionIds)
{
    return m_store->runInBackground<void>([sessionIds](ChatStore &store) -> Result<void> {
        for (const QString &sessionId : sessionIds) {
            if (auto restored = store.restoreFromTrash(sessionId); !restored)
                return restored;
        }
        return {};
    });
}

QFuture<Result<void>> RecordActions::deleteForGood(const QStringList &sessionIds)
{
    return m_store->runInBackground<void>([sessionIds](ChatStore &store) { return store.deleteForGood(sessionIds); });
}

QFuture<Result<QStringList>> RecordActions::emptyTrash()
{
    return m_store->runInBackground<QStringList>([](ChatStore &store) { return store.emptyTrash(); });
}

QFuture<Result<void>> RecordActions::setOnHold(const QString &sessionId, bool held)
{
    return m_store->runInBackground<void>(
        [sessionId, held](ChatStore &store) { return store.setOnHold(sessionId, held); });
}

QFuture<Result<void>> RecordActions::setHoldAll(bool held)
{
    return m_store->runInBackground<void>([held](ChatStore &store) { return store.setHoldAll(held); });
}

QFuture<Result<bool>> RecordActions::holdAll() const
{
    return m_store->runInBackground<bool>([](ChatStore &store) { return store.holdAll(); });
}

QFuture<Result<RetentionOutlook>> RecordActions::outlook(int days) const
{
    return m_store->runInBackground<RetentionOutlook>(
        [days](ChatStore &store) { return store.retentionOutlook(days); });
}
