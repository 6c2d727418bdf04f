#pragma once

#include "chatsession.h"
#include "conversationversions.h"
#include "result.h"
#include "reviewfilter.h"
#include "searchhit.h"
#include "sessionsummary.h"
#include "storedmessage.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

/// Where the item models read sessions and messages from, and hear of
/// changes. The chat store implements it; the models know no SQL.
class ChatSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Result<ChatSession> chat(const QString &sessionId) const = 0;
    /// Sessions in sidebar order (pinned, then newest activity) after @p after,
    /// whose titles contain @p titleFilter.
    virtual Result<QList<ChatSession>> listSessionsAfter(const std::optional<ChatSession> &after, int limit,
                                                         const QString &titleFilter = {}) const = 0;
    /// Up to @p limit messages older than @p before (the newest when empty), oldest first.
    virtual Result<QList<StoredMessage>> loadStoredMessagesBefore(const QString &sessionId,
                                                                  const std::optional<StoredMessage> &before,
                                                                  int limit) const = 0;
    /// Up to @p limit messages newer than @p after, oldest first.
    virtual Result<QList<StoredMessage>> loadStoredMessagesAfter(const QString &sessionId, const StoredMessage &after,
                                                                 int limit) const = 0;

    /// Every version of @p sessionId's conversation.
    virtual Result<ConversationVersions> versions(const QString &sessionId) const = 0;

    /// The first @p limit messages, oldest first.
    virtual Result<QList<StoredMessage>> loadOldestMessages(const QString &sessionId, int limit) const = 0;

    /// The message at @p seq.
    virtual Result<StoredMessage> storedMessage(const QString &sessionId, int seq) const = 0;

    /// Messages of every session matching @p text, best first.
    virtual Result<QList<SearchHit>> search(const QString &text, const ReviewFilter &filter = {},
                                            int limit = 50) const = 0;

    /// The review table's columns, each a way to sort it.
    enum class ReviewColumn { Title, Created, LastActivity, Messages, UserId, Server, Backend, Language, Rating };
    virtual Result<QList<SessionSummary>> reviewSessions(const ReviewFilter &filter, ReviewColumn sortBy,
                                                         Qt::SortOrder order) const = 0;

    /// Asks @p question of the source where it answers reads: on the store's own thread when it
    /// has one, so a window never waits on the disk; at once otherwise (the future is finished).
    template<typename T>
    QFuture<Result<T>> read(std::function<Result<T>(const ChatSource &)> question) const
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        post([promise, question = std::move(question)](const ChatSource *source, const Error *unavailable) {
            // A question no longer asked is not answered: cancelled before it started, it never runs.
            if (!promise->isCanceled())
                promise->addResult(source ? question(*source) : Result<T>(*unavailable));
            promise->finish();
        });
        return future;
    }

protected:
    /// Runs @p job with the source that answers reads (see read()), or with why there is none (its
    /// database did not open); here and now by default.
    virtual void post(std::function<void(const ChatSource *source, const Error *unavailable)> job) const
    {
        job(this, nullptr);
    }

Q_SIGNALS:
    void sessionCreated(const QString &sessionId);
    void messagesSaved(const QString &sessionId, int count);
    /// The request of @p turn changed status (sent, failed, retried).
    void turnStatusChanged(const QString &sessionId, int turn, MessageStatus status);
    void sessionRenamed(const QString &sessionId, const QString &title);
    void sessionPinned(const QString &sessionId, bool pinned);
    void syncStateChanged(const QString &sessionId, SyncState state);
    /// Deleted, or moved to the Trash (which lists it no longer show).
    void sessionDeleted(const QString &sessionId);
    /// A legal hold was placed on the session or lifted; on every session when @p sessionId is empty.
    void holdChanged(const QString &sessionId);
    /// Stored messages of the session were replaced (sync merged the server's copy): reload it.
    void messagesReplaced(const QString &sessionId);
    /// The user rated the answer at @p seq, or its rating reached the server.
    void messageRated(const QString &sessionId, int seq);
    /// Another connection (a headless command, another store) committed a change.
    void externalChangeDetected();
};
