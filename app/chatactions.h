#pragma once

#include "auditentry.h"
#include "chatsession.h"
#include "conversationversion.h"
#include "rating.h"
#include "result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

class ChatSource;
class ChatStore;
class SessionController;
class SyncEngine;

/// What the window does to conversations, each as one whole step: the window asks and
/// shows the outcome; this object runs the step across the store, the session controller
/// and sync, in the order that keeps every record right (a delete stops the session's
/// request first; a rating of a server-kept answer starts its sync; Send Now resumes sync).
class ChatActions : public QObject
{
    Q_OBJECT

public:
    struct Context {
        ChatStore *store = nullptr;
        SessionController *controller = nullptr;
        /// Null where there is no GovStack sync (tests, benchmarks).
        SyncEngine *sync = nullptr;
        QString userId;
        /// The back end new conversations talk to.
        Backend newSessionBackend = Backend::GovStack;
    };

    explicit ChatActions(Context context, QObject *parent = nullptr);

    /// Settings changed who the user is and where new conversations go.
    void setDefaults(const QString &userId, Backend newSessionBackend);

    /// Where the views read sessions and messages and hear of changes.
    ChatSource *source() const;
    QFuture<Result<ChatSession>> session(const QString &sessionId) const;
    /// The session of the version of @p sessionId's conversation that is shown and continued.
    QFuture<Result<QString>> shownVersion(const QString &sessionId) const;
    /// Every session, in sidebar order (File → Export All).
    QFuture<Result<QStringList>> allSessionIds() const;
    /// How many conversations have messages waiting for their server.
    QFuture<Result<int>> conversationsWaiting() const;
    /// Keeps @p event in the audit trail, on the store's thread; a failure is logged.
    void recordAudit(const AuditEvent &event);
    /// The audit trail, and whether its chain is intact (View → Audit Trail).
    QFuture<Result<QList<AuditEntry>>> auditTrail() const;
    QFuture<Result<AuditCheck>> verifyAuditTrail() const;
    /// Whether the session's turns went to a server other than the one set up now: it is not continued here.
    bool keptOnAnotherServer(const ChatSession &session) const;
    // Each write runs on the store's thread; its future says how it ended, and the views hear
    // of what it changed through source().
    QFuture<Result<QString>> create();
    QFuture<Result<void>> rename(const QString &sessionId, const QString &title);
    QFuture<Result<void>> togglePin(const QString &sessionId);
    /// Stops the session's request, then moves it to the Trash, and with @p alsoOnServer queues
    /// the server's delete and sends it.
    QFuture<Result<void>> moveToTrash(const QString &sessionId, bool alsoOnServer);

    /// Stores and sends @p text; the turn's number once it is stored.
    QFuture<Result<int>> send(const QString &sessionId, const QString &text);
    /// Sends a failed turn again, or a waiting one now (and with it the session's other waiting turns).
    QFuture<Result<void>> retry(const QString &sessionId, int turn, bool waiting);
    void cancel(const QString &sessionId);
    /// The turn of the session whose answer is awaited now, if any.
    std::optional<int> sendingTurn(const QString &sessionId) const;

    QFuture<Result<void>> rate(const QString &sessionId, int seq, const Rating &rating);

    /// Asks the question of turn @p turn of the version @p sessionId again as @p text (an edit)
    /// or as it was (for another answer), in a new version of the conversation that becomes
    /// the one shown; the new version's session once its question is stored and sent.
    QFuture<Result<QString>> askAgain(const QString &sessionId, int turn, VersionKind kind, const QString &text = {});
    /// Makes the version @p sessionId the one its conversation shows and continues.
    QFuture<Result<void>> showVersion(const QString &sessionId);
    /// A new conversation continuing what the version @p sessionId shows up to turn @p turn.
    QFuture<Result<QString>> continueInNewChat(const QString &sessionId, int turn);

private:
    QFuture<Result<void>> write(std::function<Result<void>(ChatStore &)> job);

    Context m_context;
};
