#pragma once

#include "conversationversions.h"
#include "messagerows.h"
#include "storedatabase.h"

#include <QCoreApplication>

/// Versions of a conversation: a question edited, or an answer asked for again, continues the
/// conversation from that turn in a new version (a session row of its own, which takes the
/// earlier turns from the version it branched from); the conversation remembers which one
/// is shown.
class VersionRows
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    VersionRows(StoreDatabase &database, MessageRows &messages);

    /// A new version of @p sessionId's conversation from its question number @p question
    /// (counted from 1 in the version @p sessionId shows), made the one shown.
    Result<StartedVersion> start(const QString &sessionId, int question, VersionKind kind);
    /// The same from the question that starts turn @p turn of the version @p sessionId.
    Result<StartedVersion> startAt(const QString &sessionId, int turn, VersionKind kind);
    /// The version of @p sessionId's conversation that is shown (@p sessionId when it has one version).
    Result<QString> shown(const QString &sessionId);
    /// Makes the version @p sessionId the one its conversation shows.
    Result<void> show(const QString &sessionId);
    /// Every version of @p sessionId's conversation.
    Result<ConversationVersions> all(const QString &sessionId);
    /// A new conversation holding what the version @p sessionId shows up to and including turn
    /// @p turn (answered turns only, their bytes as stored), titled @p title and linked back.
    Result<QString> fork(const QString &sessionId, int turn, const QString &title);

private:
    Result<QList<StoredMessage>> questionsOf(const QString &sessionId);
    /// The new version's row, made the one shown; for an answer asked again, with a copy of @p replaced waiting to go.
    Result<StartedVersion> insertVersion(const QString &sessionId, const StoredMessage &replaced, VersionKind kind,
                                         const QString &context);

    StoreDatabase &m_database;
    MessageRows &m_messages;
};
