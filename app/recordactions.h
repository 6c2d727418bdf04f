#pragma once

#include "chatsession.h"
#include "result.h"
#include "retentionoutlook.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

class ChatStore;

/// What the window does with the Trash and legal holds, each step on the store's thread; the
/// views hear of what changed through the store's signals.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    explicit RecordActions(ChatStore *store, QObject *parent = nullptr);

    QFuture<Result<QList<ChatSession>>> trashed() const;
    QFuture<Result<void>> restore(const QStringList &sessionIds);
    /// Deletes for good: the conversations' rows, search entries and bytes.
    QFuture<Result<void>> deleteForGood(const QStringList &sessionIds);
    QFuture<Result<QStringList>> emptyTrash();
    QFuture<Result<void>> setOnHold(const QString &sessionId, bool held);
    QFuture<Result<void>> setHoldAll(bool held);
    QFuture<Result<bool>> holdAll() const;
    /// What a retention period of @p days would move to the Trash, now and next.
    QFuture<Result<RetentionOutlook>> outlook(int days) const;

private:
    QPointer<ChatStore> m_store;
};
