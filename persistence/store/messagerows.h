#pragma once

#include "storedatabase.h"
#include "storedmessage.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

/// A session's messages: one row each, the JSON as it came, in turn order. Appending keeps
/// the session row (count, activity, preview, title) in step; reads give StoredMessages.
class MessageRows
{
public:
    explicit MessageRows(StoreDatabase &database);

    /// The statements every turn runs, prepared once after the database opened.
    Result<void> prepareStatements();
    void reset();

    /// Inserts @p messages after the session's last one and updates the
    /// session row; the caller holds the transaction. Returns the first seq.
    Result<int> append(const StoreDatabase::ChatRow &chat, const QList<ModelMessage> &messages, std::optional<int> turn,
                       MessageStatus status, const QString &context);
    /// Inserts @p entries as they are (status, server id, rating) after the session's last
    /// message; an entry's `turn` counts from the first of them unless @p turn is given.
    /// The session's activity becomes the newest of @p activity and the entries' times.
    Result<int> appendEntries(const StoreDatabase::ChatRow &chat, const QList<StoredMessage> &entries,
                              std::optional<int> turn, qint64 activity, const QString &context);
    Result<void> setRequestStatus(qint64 chatId, int turn, MessageStatus status, const QString &errorKind,
                                  const QString &error, const QString &context);
    /// Deletes the draft answer at @p draftSeq, if any, counting it out of @p chat.
    Result<void> deleteDraft(StoreDatabase::ChatRow &chat, std::optional<int> draftSeq, const QString &context);

    /// The request of a turn: its status and why it was not answered.
    struct RequestRow {
        int seq = 0;
        MessageStatus status = MessageStatus::Ok;
        QString errorKind;
    };
    Result<std::optional<RequestRow>> requestAt(qint64 chatId, int turn, const QString &context);
    /// The first request of the session still waiting to be sent (pending or queued).
    Result<std::optional<RequestRow>> firstUnsent(qint64 chatId, const QString &context);

    /// Every message of the session, or only those the agent sees (Ok).
    Result<QList<StoredMessage>> load(const QString &sessionId, bool agentHistoryOnly);
    Result<StoredMessage> at(const QString &sessionId, int seq);
    /// The conversation before @p turn as the agent must see it, each message's stored bytes joined.
    Result<QByteArray> historyJsonBefore(const QString &sessionId, int turn);
    enum class Direction { Older, Newer };
    /// Up to @p limit messages older (or newer) than @p anchor, oldest first; without an
    /// anchor, the newest (or the oldest).
    Result<QList<StoredMessage>> page(const QString &sessionId, const std::optional<StoredMessage> &anchor, int limit,
                                      Direction direction);

private:
    enum class Order { OldestFirst, NewestFirst };
    /// Runs one query per segment of the session's path (the versions its messages come from),
    /// in @p order, reading @p columns under @p condition (its @p values bound after the
    /// segment's); @p take reads the rows and says whether to go on to the next segment.
    Result<void> eachSegment(const QString &sessionId, Order order, const QString &columns, const QString &condition,
                             const QVariantList &values, const std::function<Result<bool>(QSqlQuery &)> &take);
    Result<void> insert(qint64 chatId, int seq, int turn, const StoredMessage &entry, const QString &context);
    Result<StoredMessage> readRow(const QSqlQuery &query, const QString &sessionId) const;
    Result<std::optional<RequestRow>> readRequestRow(QSqlQuery &query, const QString &context);

    StoreDatabase &m_database;
    // Prepared once: saving a turn must cost the same in the 10,000th message as in the first.
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_updateChat;
    std::optional<QSqlQuery> m_touchConversation;
    std::optional<QSqlQuery> m_setStatus;
    std::optional<QSqlQuery> m_requestAt;
    std::optional<QSqlQuery> m_firstUnsent;
};
