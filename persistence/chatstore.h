#pragma once

#include "auditentry.h"
#include "chatsession.h"
#include "chatsource.h"
#include "continuewhilealive.h"
#include "conversationversion.h"
#include "historymerge.h"
#include "importwriter.h"
#include "modelmessage.h"
#include "result.h"
#include "retentionoutlook.h"
#include "reviewfilter.h"
#include "searchhit.h"
#include "sendclaim.h"
#include "sessionimport.h"
#include "sessionrows.h"
#include "sessionsummary.h"
#include "storedmessage.h"
#include "storethread.h"
#include "syncrecords.h"
#include "turnlog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

/// The local chat store: sessions and their full PydanticAI histories in
/// SQLite, the counterpart of the server's `ChatPersistenceService`.
///
/// The store's parts do the work (persistence/store/: the database, sessions, messages,
/// the turn log, sync records, search, import); this class is what the app holds, and it
/// tells the views (ChatSource's signals) what each write changed.
///
/// One row per message, its JSON verbatim, appended in one transaction per
/// call. Several stores (in this process or others) may share one file: WAL
/// and a busy timeout let headless commands write beside the window, and
/// externalChangeDetected() tells the window when they did.
class ChatStore : public ChatSource
{
    Q_OBJECT

public:
    explicit ChatStore(QObject *parent = nullptr);
    ~ChatStore() override;

    /// Opens or creates the database at @p path (created with mode 0600).
    /// A file that is not SQLite, is damaged, or was written by a newer
    /// version is refused and left byte-for-byte untouched.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    Result<QString> createChatSession(const QString &userId, Backend backend = Backend::GovStack);
    Result<ChatSession> chat(const QString &sessionId) const override;
    /// Every message with its turn, status and error.
    Result<QList<StoredMessage>> loadStoredMessages(const QString &sessionId) const;
    /// The message at @p seq.
    Result<StoredMessage> storedMessage(const QString &sessionId, int seq) const override;
    /// The conversation before @p turn as the agent must see it (its Ok messages), as a JSON
    /// array of each message's stored bytes: read, never decoded.
    Result<QByteArray> historyJsonBefore(const QString &sessionId, int turn) const;
    /// Up to @p limit messages older than @p before (the newest when empty), oldest first:
    /// long sessions open at their end and load backwards.
    Result<QList<StoredMessage>> loadStoredMessagesBefore(const QString &sessionId,
                                                          const std::optional<StoredMessage> &before,
                                                          int limit) const override;
    Result<QList<StoredMessage>> loadOldestMessages(const QString &sessionId, int limit) const override;
    Result<QList<StoredMessage>> loadStoredMessagesAfter(const QString &sessionId, const StoredMessage &after,
                                                         int limit) const override;

    /// Exactly-once delivery: a turn is sent only by the store (one per process) that
    /// claimed it; see SendClaims.
    using StartedTurn = TurnLog::StartedTurn;
    /// Stores the user's request and, in the same transaction, claims it for @p leaseMs
    /// when no other turn of the session waits or is being sent.
    /// With @p language, the session records the language its answers are asked in (at its first turn).
    Result<StartedTurn> startTurn(const QString &sessionId, const ModelMessage &request, qint64 leaseMs,
                                  const QString &language = {});
    /// Claims the session's next turn to send (its first pending or queued request), or
    /// @p turn (a failed one the user retries) when no waiting turn comes before it, and
    /// marks it Pending. Refused while another process's claim on the session is alive.
    Result<ClaimOutcome> claimTurn(const QString &sessionId, qint64 leaseMs, std::optional<int> turn = {});
    /// Gives up this store's claim on the session without an outcome for the turn.
    Result<void> releaseClaim(const QString &sessionId);
    /// Extends this store's claims: its requests are still running.
    Result<void> renewClaims(qint64 leaseMs);
    /// Whether another process is sending a turn of the session now (its claim has not lapsed).
    Result<bool> sentElsewhere(const QString &sessionId) const;
    /// Requests left pending by a process that ended while sending them (its claim lapsed):
    /// GovStack ones wait in the outbox, to be sent once the server's copy shows they are
    /// missing; OpenAI-compatible ones fail with what arrived kept, for the user to retry.
    /// Returns how many there were.
    Result<int> recoverInterrupted();
    /// Milliseconds since the epoch; claims lapse by this clock.
    void setClock(std::function<qint64()> clock);
    /// Keeps what arrived so far of the answer to @p turn (Incomplete), replacing the draft at
    /// @p draftSeq when given; returns the draft's seq. Written without telling the views.
    Result<int> saveDraft(const QString &sessionId, int turn, std::optional<int> draftSeq, const ModelMessage &partial);
    /// Marks the request of @p turn Queued: it waits for its server and goes out with the
    /// next sync. @p errorKind and @p error say why it could not go now.
    Result<void> queueTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error);
    /// Sessions with requests not yet answered by their server: queued ones, and pending
    /// ones a process ended before it heard back.
    Result<QStringList> sessionsWithUnsentTurns() const;
    /// Per session, its requests without an answer, by where they stand.
    using Unanswered = TurnLog::Unanswered;
    Result<QHash<QString, Unanswered>> unansweredTurns() const;
    /// How many of the session's requests are answered, waiting, being sent or failed (a query, no decoding).
    using RequestCounts = TurnLog::RequestCounts;
    Result<RequestCounts> requestCounts(const QString &sessionId) const;
    /// Stores the reply of @p turn (in place of its draft) and marks its request Ok, in one
    /// transaction that also ends this store's claim. A turn answered already is left as it is.
    Result<void> completeTurn(const QString &sessionId, int turn, const ModelMessage &response,
                              std::optional<int> draftSeq = std::nullopt);
    /// Marks the request of @p turn Failed with the words shown to the user; a
    /// partly received reply is kept as Incomplete (in place of its draft).
    Result<void> failTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error,
                          const std::optional<ModelMessage> &partialResponse = std::nullopt,
                          std::optional<int> draftSeq = std::nullopt);
    enum class DeleteScope {
        ThisComputer,
        /// The server's copy goes too: a delete is queued until the server confirms it.
        AlsoOnServer,
    };
    /// Deletes the conversation for good, with its search entries, its bytes overwritten in the
    /// file (secure_delete). Refused (OnHold) while it is on legal hold.
    Result<void> deleteChatSession(const QString &sessionId, DeleteScope scope = DeleteScope::ThisComputer);
    /// A server copy waiting to be deleted; its local session is gone already.
    using ServerDelete = SessionRows::ServerDelete;
    Result<QList<ServerDelete>> pendingServerDeletes() const;
    Result<void> serverDeleteDone(const QString &sessionId);
    Result<void> renameSession(const QString &sessionId, const QString &title);
    /// A new version of @p sessionId's conversation from its question number @p question (from
    /// 1, in the version @p sessionId shows), which becomes the version shown; it takes the
    /// turns before that question from the version it came from, without copying them.
    Result<StartedVersion> startVersion(const QString &sessionId, int question, VersionKind kind);
    /// The same from the question that starts turn @p turn of the version @p sessionId.
    Result<StartedVersion> startVersionAt(const QString &sessionId, int turn, VersionKind kind);
    /// The session of the version of @p sessionId's conversation that is shown.
    Result<QString> shownVersion(const QString &sessionId) const;
    /// Makes the version @p sessionId the one its conversation shows and continues.
    Result<void> showVersion(const QString &sessionId);
    Result<ConversationVersions> versions(const QString &sessionId) const override;
    /// A new conversation with what the version @p sessionId shows up to and including turn
    /// @p turn (its answered turns, their bytes as stored), titled @p title, which remembers
    /// where it came from (ChatSession::forkedFrom).
    Result<QString> forkConversation(const QString &sessionId, int turn, const QString &title);
    /// The page of sessions that follows @p after in that order (from the
    /// first when empty), whose titles contain @p titleFilter. Keyset paging:
    /// a session moving to the top between two pages is neither skipped nor repeated.
    Result<QList<ChatSession>> listSessionsAfter(const std::optional<ChatSession> &after, int limit,
                                                 const QString &titleFilter = {}) const override;
    Result<void> setPinned(const QString &sessionId, bool pinned);
    /// Records the GovStack server (URL and path profile) a session belongs to.
    Result<void> linkToServer(const QString &sessionId, const QString &serverUrl, const QString &profile);
    Result<void> setSyncState(const QString &sessionId, SyncState state, const QString &note = {});
    /// Marks the session Synced unless one of its requests waits for the server or the user
    /// (queued or failed), in one statement; whether it did.
    Result<bool> markSyncedWhenSettled(const QString &sessionId);
    /// Sessions linked to a server, oldest activity first.
    Result<QList<ChatSession>> linkedSessions() const;
    /// Creates a session opened from its server by id, marked as fetched; nothing when it exists.
    Result<void> createFetchedSession(const QString &sessionId, const QString &userId, const QString &serverUrl,
                                      const QString &profile);
    using MergeFor = SyncRecords::MergeFor;
    /// Applies what sync worked out from the server's copy, all or nothing. With
    /// @p basedOnRevision, refused (Conflict) when the session changed since that revision
    /// was read or one of its turns is being sent (see MergeFor): the merge would undo that.
    Result<void> applyMerge(const QString &sessionId, const HistoryMerge &merge,
                            std::optional<qint64> basedOnRevision = std::nullopt, MergeFor mergeFor = MergeFor::Sync);

    /// Rates the answer at @p seq; the rating waits for the next sync to reach the server.
    Result<void> rateMessage(const QString &sessionId, int seq, const Rating &rating);
    /// Records that the server has the rating made at @p ratedAt (a newer one still waits).
    Result<void> markRatingSent(const QString &sessionId, int seq, const QDateTime &ratedAt);
    Result<QStringList> sessionsWithUnsentRatings() const;
    using UnsentRating = SyncRecords::UnsentRating;
    Result<QList<UnsentRating>> unsentRatings(const QString &sessionId) const;

    /// Messages of every session matching @p text (each word as a word prefix, case and
    /// accents ignored), best first.
    Result<QList<SearchHit>> search(const QString &text, const ReviewFilter &filter = {},
                                    int limit = 50) const override;

    /// What an import did: the sessions written, and those left alone because they exist.
    using ImportOutcome = ImportWriter::Outcome;
    /// Writes @p sessions in one transaction as they are read: all or nothing. A session whose
    /// id exists is skipped, or with @p replace, replaced.
    Result<ImportOutcome> importSessions(ImportSource &sessions, bool replace,
                                         const ImportWriter::Progress &progress = {});
    /// The ids of every session, in sidebar order.
    Result<QStringList> sessionIds() const;

    // Records: the Trash, retention and legal holds (see TrashRows and LegalHolds).
    /// Moves the conversation to the Trash (the user's "Delete"); with AlsoOnServer its server
    /// copy is queued for deletion. Refused (OnHold) while it is on legal hold.
    Result<void> moveToTrash(const QString &sessionId, DeleteScope scope = DeleteScope::ThisComputer);
    Result<void> restoreFromTrash(const QString &sessionId);
    /// Deletes the conversations for good, as deleteChatSession() does, with one pass over the
    /// search index and the file for all of them (it costs seconds in a large database).
    /// Those refused (OnHold) stay; the first refusal is returned once the others are gone.
    Result<void> deleteForGood(const QStringList &sessionIds);
    /// The conversations in the Trash, most recently trashed first.
    Result<QList<ChatSession>> trashedSessions() const;
    /// Deletes for good everything in the Trash but what is on hold; returns the session ids.
    Result<QStringList> emptyTrash();
    /// What the periods remove now: conversations inactive for over @p retentionDays days go to
    /// the Trash (0: never), and those in the Trash for over @p trashDays days go for good (0: never).
    struct Tidied {
        QStringList trashed;
        QStringList purged;
    };
    Result<Tidied> tidyRecords(int retentionDays, int trashDays);
    Result<RetentionOutlook> retentionOutlook(int days) const;
    Result<void> setOnHold(const QString &sessionId, bool held);
    Result<void> setHoldAll(bool held);
    Result<bool> holdAll() const;
    /// Conversations on a hold of their own.
    Result<QList<ChatSession>> heldSessions() const;

    /// Keeps @p event in the audit trail (exports, verifications, warnings: what is no change
    /// of the database; deletes and imports are kept with the change itself).
    Result<void> recordAudit(const AuditEvent &event);
    /// The audit trail, oldest first; only the entries of @p only when given.
    Result<QList<AuditEntry>> auditTrail(std::optional<AuditAction> only = std::nullopt) const;
    /// Checks the audit trail's chain: whether an entry was changed or removed.
    Result<AuditCheck> verifyAuditTrail() const;

    Result<QList<SessionSummary>> reviewSessions(const ReviewFilter &filter, ReviewColumn sortBy,
                                                 Qt::SortOrder order) const override;

    /// Runs searches, review listings and the jobs given to runInBackground() on @p thread (a
    /// connection of its own) rather than here; what they write is announced by this store.
    void setBackgroundThread(StoreThread *thread);
    StoreThread *backgroundThread() const { return m_background; }

protected:
    void post(std::function<void(const ChatSource *source, const Error *unavailable)> job) const override;

public:
    /// Runs @p job on the background thread when there is one, else here and now.
    template<typename T>
    QFuture<Result<T>> runInBackground(std::function<Result<T>(ChatStore &)> job)
    {
        return m_background ? m_background->run<T>(std::move(job)) : QtFuture::makeReadyFuture(job(*this));
    }
    /// Runs @p job as runInBackground() does and hands its result to @p then on @p context's thread,
    /// unless @p context is gone by then. Without a background thread both run here and now, so
    /// headless commands keep the order of their steps.
    template<typename T>
    void runInBackground(std::function<Result<T>(ChatStore &)> job, QObject *context,
                         std::function<void(const Result<T> &)> then)
    {
        whenReady(runInBackground<T>(std::move(job)), context, std::move(then));
    }

    /// Checks every @p milliseconds whether another connection changed the database (on the
    /// store's thread when there is one, whose connection writes); 0 stops checking.
    void setExternalChangeInterval(int milliseconds);

protected:
    // What tests/teststore builds its conveniences on (chatstore_p.h holds the parts).
    Result<void> insertChat(const ChatSession &session);
    class Private;
    std::unique_ptr<Private> d;

private:
    Result<void> markUnanswered(const QString &sessionId, int turn, MessageStatus status, const QString &errorKind,
                                const QString &error, const std::optional<ModelMessage> &partialResponse,
                                std::optional<int> draftSeq);
    QPointer<StoreThread> m_background;
};
