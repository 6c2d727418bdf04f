#include "chatstore.h"
#include "chatstore_p.h"

#include "auditlog.h"
#include "storedatabase.h"
#include "storesearch.h"
#include "storethread.h"
#include "syncrecords.h"

#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

ChatStore::ChatStore(QObject *parent)
    : ChatSource(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->externalChangeTimer, &QTimer::timeout, this, [this] {
        if (d->database.readDataVersion())
            Q_EMIT externalChangeDetected();
    });
}

ChatStore::~ChatStore()
{
    close();
}

Result<void> ChatStore::open(const QString &path)
{
    close();
    auto opened = d->database.open(path);
    if (opened)
        opened = d->messages.prepareStatements();
    if (!opened)
        close();
    return opened;
}

void ChatStore::close()
{
    d->externalChangeTimer.stop();
    d->messages.reset();
    d->database.close();
}

bool ChatStore::isOpen() const
{
    return d->database.isOpen();
}

QString ChatStore::path() const
{
    return d->database.path();
}

Result<QString> ChatStore::createChatSession(const QString &userId, Backend backend)
{
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ChatSession session;
    session.sessionId = sessionId;
    session.userId = userId;
    session.backend = backend;
    if (auto created = insertChat(session); !created)
        return created.error();
    return sessionId;
}

Result<void> ChatStore::createFetchedSession(const QString &sessionId, const QString &userId, const QString &serverUrl,
                                             const QString &profile)
{
    ChatSession session;
    session.sessionId = sessionId;
    session.userId = userId;
    session.serverUrl = serverUrl;
    session.serverProfile = profile;
    session.syncState = SyncState::Synced;
    session.fetched = true;
    return insertChat(session);
}

Result<void> ChatStore::insertChat(const ChatSession &session)
{
    const auto inserted = d->sessions.insert(session);
    if (!inserted)
        return inserted.error();
    if (*inserted)
        Q_EMIT sessionCreated(session.sessionId);
    return {};
}

Result<ChatSession> ChatStore::chat(const QString &sessionId) const
{
    return d->sessions.find(sessionId);
}

Result<void> ChatStore::completeTurn(const QString &sessionId, int turn, const ModelMessage &response,
                                     std::optional<int> draftSeq)
{
    const auto stored = d->turns.complete(sessionId, turn, response, draftSeq);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {};
    if (draftSeq)
        Q_EMIT messagesReplaced(sessionId);
    else
        Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Ok);
    return {};
}

Result<void> ChatStore::failTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error,
                                 const std::optional<ModelMessage> &partialResponse, std::optional<int> draftSeq)
{
    return markUnanswered(sessionId, turn, MessageStatus::Failed, errorKind, error, partialResponse, draftSeq);
}

Result<void> ChatStore::queueTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error)
{
    return markUnanswered(sessionId, turn, MessageStatus::Queued, errorKind, error, std::nullopt, std::nullopt);
}

Result<void> ChatStore::markUnanswered(const QString &sessionId, int turn, MessageStatus status,
                                       const QString &errorKind, const QString &error,
                                       const std::optional<ModelMessage> &partialResponse, std::optional<int> draftSeq)
{
    auto saved = d->turns.markUnanswered(sessionId, turn, status, errorKind, error, partialResponse, draftSeq);
    if (!saved)
        return saved;
    if (draftSeq)
        Q_EMIT messagesReplaced(sessionId);
    else if (partialResponse)
        Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, status);
    return {};
}

Result<ChatStore::StartedTurn> ChatStore::startTurn(const QString &sessionId, const ModelMessage &request,
                                                    qint64 leaseMs, const QString &language)
{
    const auto started = d->turns.start(sessionId, request, leaseMs, language);
    if (!started)
        return started;
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, started->turn,
                             started->claimed ? MessageStatus::Pending : MessageStatus::Queued);
    return started;
}

Result<ClaimOutcome> ChatStore::claimTurn(const QString &sessionId, qint64 leaseMs, std::optional<int> turn)
{
    const auto claimed = d->turns.claim(sessionId, leaseMs, turn);
    if (claimed && claimed->kind == ClaimOutcome::Kind::Claimed && claimed->previousStatus != MessageStatus::Pending)
        Q_EMIT turnStatusChanged(sessionId, claimed->turn, MessageStatus::Pending);
    return claimed;
}

Result<void> ChatStore::releaseClaim(const QString &sessionId)
{
    return d->turns.release(sessionId);
}

Result<void> ChatStore::renewClaims(qint64 leaseMs)
{
    return d->turns.renew(leaseMs);
}

Result<bool> ChatStore::sentElsewhere(const QString &sessionId) const
{
    return d->turns.sentElsewhere(sessionId);
}

Result<int> ChatStore::recoverInterrupted()
{
    const auto changed = d->turns.recoverInterrupted();
    if (!changed)
        return changed.error();
    for (const TurnLog::Changed &turn : *changed)
        Q_EMIT turnStatusChanged(turn.sessionId, turn.turn, turn.status);
    return int(changed->size());
}

void ChatStore::setClock(std::function<qint64()> clock)
{
    d->database.setClock(std::move(clock));
}

Result<int> ChatStore::saveDraft(const QString &sessionId, int turn, std::optional<int> draftSeq,
                                 const ModelMessage &partial)
{
    return d->turns.saveDraft(sessionId, turn, draftSeq, partial);
}

Result<QList<StoredMessage>> ChatStore::loadStoredMessages(const QString &sessionId) const
{
    return d->messages.load(sessionId, false);
}

Result<StoredMessage> ChatStore::storedMessage(const QString &sessionId, int seq) const
{
    return d->messages.at(sessionId, seq);
}

Result<QByteArray> ChatStore::historyJsonBefore(const QString &sessionId, int turn) const
{
    return d->messages.historyJsonBefore(sessionId, turn);
}

Result<QList<StoredMessage>> ChatStore::loadStoredMessagesBefore(const QString &sessionId,
                                                                 const std::optional<StoredMessage> &before,
                                                                 int limit) const
{
    return d->messages.page(sessionId, before, limit, MessageRows::Direction::Older);
}

Result<QList<StoredMessage>> ChatStore::loadOldestMessages(const QString &sessionId, int limit) const
{
    return d->messages.page(sessionId, std::nullopt, limit, MessageRows::Direction::Newer);
}

Result<QList<StoredMessage>> ChatStore::loadStoredMessagesAfter(const QString &sessionId, const StoredMessage &after,
                                                                int limit) const
{
    return d->messages.page(sessionId, after, limit, MessageRows::Direction::Newer);
}

Result<void> ChatStore::deleteChatSession(const QString &sessionId, DeleteScope scope)
{
    auto deleted =
        d->database.eraseForGood([&] { return d->sessions.remove(sessionId, scope == DeleteScope::AlsoOnServer); });
    if (!deleted)
        return deleted;
    Q_EMIT sessionDeleted(sessionId);
    return {};
}

Result<QList<ChatStore::ServerDelete>> ChatStore::pendingServerDeletes() const
{
    return d->sessions.pendingServerDeletes();
}

Result<void> ChatStore::serverDeleteDone(const QString &sessionId)
{
    return d->sessions.serverDeleteDone(sessionId);
}

Result<void> ChatStore::renameSession(const QString &sessionId, const QString &title)
{
    const auto renamed = d->sessions.rename(sessionId, title);
    if (!renamed)
        return renamed.error();
    Q_EMIT sessionRenamed(sessionId, *renamed);
    return {};
}

Result<StartedVersion> ChatStore::startVersion(const QString &sessionId, int question, VersionKind kind)
{
    return d->versions.start(sessionId, question, kind);
}

Result<StartedVersion> ChatStore::startVersionAt(const QString &sessionId, int turn, VersionKind kind)
{
    return d->versions.startAt(sessionId, turn, kind);
}

Result<QString> ChatStore::shownVersion(const QString &sessionId) const
{
    return d->versions.shown(sessionId);
}

Result<void> ChatStore::showVersion(const QString &sessionId)
{
    return d->versions.show(sessionId);
}

Result<ConversationVersions> ChatStore::versions(const QString &sessionId) const
{
    return d->versions.all(sessionId);
}

Result<QString> ChatStore::forkConversation(const QString &sessionId, int turn, const QString &title)
{
    const auto forked = d->versions.fork(sessionId, turn, title);
    if (forked)
        Q_EMIT sessionCreated(*forked);
    return forked;
}

Result<QList<ChatSession>> ChatStore::listSessionsAfter(const std::optional<ChatSession> &after, int limit,
                                                        const QString &titleFilter) const
{
    return d->sessions.listAfter(after, limit, titleFilter);
}

Result<void> ChatStore::setPinned(const QString &sessionId, bool pinned)
{
    auto updated = d->sessions.setPinned(sessionId, pinned);
    if (!updated)
        return updated;
    Q_EMIT sessionPinned(sessionId, pinned);
    return {};
}

Result<void> ChatStore::linkToServer(const QString &sessionId, const QString &serverUrl, const QString &profile)
{
    return d->sessions.linkToServer(sessionId, serverUrl, profile);
}

Result<bool> ChatStore::markSyncedWhenSettled(const QString &sessionId)
{
    auto marked = d->sessions.markSyncedWhenSettled(sessionId);
    if (marked && *marked)
        Q_EMIT syncStateChanged(sessionId, SyncState::Synced);
    return marked;
}

Result<void> ChatStore::setSyncState(const QString &sessionId, SyncState state, const QString &note)
{
    auto updated = d->sessions.setSyncState(sessionId, state, note);
    if (!updated)
        return updated;
    Q_EMIT syncStateChanged(sessionId, state);
    return {};
}

Result<QList<ChatSession>> ChatStore::linkedSessions() const
{
    return d->sessions.linked();
}

Result<QStringList> ChatStore::sessionsWithUnsentTurns() const
{
    return d->turns.sessionsWithUnsentTurns();
}

Result<QHash<QString, ChatStore::Unanswered>> ChatStore::unansweredTurns() const
{
    return d->turns.unanswered();
}

Result<ChatStore::RequestCounts> ChatStore::requestCounts(const QString &sessionId) const
{
    return d->turns.requestCounts(sessionId);
}

Result<QList<ChatStore::UnsentRating>> ChatStore::unsentRatings(const QString &sessionId) const
{
    return d->sync.unsentRatings(sessionId);
}

Result<QStringList> ChatStore::sessionsWithUnsentRatings() const
{
    return d->sync.sessionsWithUnsentRatings();
}

Result<void> ChatStore::applyMerge(const QString &sessionId, const HistoryMerge &merge,
                                   std::optional<qint64> basedOnRevision, MergeFor mergeFor)
{
    auto merged = d->sync.applyMerge(sessionId, merge, basedOnRevision, mergeFor);
    if (!merged)
        return merged;
    if (merge.changesMessages())
        Q_EMIT messagesReplaced(sessionId);
    return {};
}

Result<void> ChatStore::rateMessage(const QString &sessionId, int seq, const Rating &rating)
{
    auto rated = d->sync.rate(sessionId, seq, rating);
    if (!rated)
        return rated;
    Q_EMIT messageRated(sessionId, seq);
    return {};
}

Result<void> ChatStore::markRatingSent(const QString &sessionId, int seq, const QDateTime &ratedAt)
{
    auto marked = d->sync.markRatingSent(sessionId, seq, ratedAt);
    if (!marked)
        return marked;
    Q_EMIT messageRated(sessionId, seq);
    return {};
}

Result<ChatStore::ImportOutcome> ChatStore::importSessions(ImportSource &sessions, bool replace,
                                                           const ImportWriter::Progress &progress)
{
    const auto outcome = d->importer.write(sessions, replace, progress);
    if (!outcome)
        return outcome;
    for (const QString &sessionId : outcome->imported)
        Q_EMIT sessionCreated(sessionId);
    return outcome;
}

Result<QStringList> ChatStore::sessionIds() const
{
    return d->sessions.ids();
}

Result<void> ChatStore::recordAudit(const AuditEvent &event)
{
    return AuditLog(d->database).record(event);
}

Result<QList<AuditEntry>> ChatStore::auditTrail(std::optional<AuditAction> only) const
{
    return AuditLog(d->database).entries(only);
}

Result<AuditCheck> ChatStore::verifyAuditTrail() const
{
    return AuditLog(d->database).verify();
}

Result<QList<SearchHit>> ChatStore::search(const QString &text, const ReviewFilter &filter, int limit) const
{
    return d->search.search(text, filter, limit);
}

Result<QList<SessionSummary>> ChatStore::reviewSessions(const ReviewFilter &filter, ReviewColumn sortBy,
                                                        Qt::SortOrder order) const
{
    return d->search.reviewSessions(filter, sortBy, order);
}

void ChatStore::post(std::function<void(const ChatSource *source, const Error *unavailable)> job) const
{
    if (!m_background) {
        job(this, nullptr);
        return;
    }
    m_background->post([job = std::move(job)](ChatStore *store, const Error *openError) {
        job(openError ? nullptr : store, openError);
    });
}

void ChatStore::setBackgroundThread(StoreThread *thread)
{
    m_background = thread;
    if (thread)
        thread->tellViewsThrough(this);
}

void ChatStore::setExternalChangeInterval(int milliseconds)
{
    // Looked for by the connection that writes: the one on the store's thread when there is one, so
    // this process's own writes are never taken for another's.
    if (m_background) {
        m_background->run<bool>([milliseconds](ChatStore &store) {
            store.setExternalChangeInterval(milliseconds);
            return Result<bool>(true);
        });
        return;
    }
    if (milliseconds <= 0) {
        d->externalChangeTimer.stop();
        return;
    }
    d->database.readDataVersion();
    d->externalChangeTimer.start(milliseconds);
}

Result<void> ChatStore::moveToTrash(const QString &sessionId, DeleteScope scope)
{
    if (auto moved = d->trash.trash(sessionId, scope == DeleteScope::AlsoOnServer); !moved)
        return moved;
    Q_EMIT sessionDeleted(sessionId);
    return {};
}

Result<void> ChatStore::restoreFromTrash(const QString &sessionId)
{
    if (auto restored = d->trash.restore(sessionId); !restored)
        return restored;
    Q_EMIT sessionCreated(sessionId);
    return {};
}

Result<void> ChatStore::deleteForGood(const QStringList &sessionIds)
{
    std::optional<Error> refused;
    // Named, so the index and the file are rewritten only when something went.
    const auto deleted = d->database.eraseForGood([&]() -> Result<QStringList> {
        QStringList removed;
        for (const QString &sessionId : sessionIds) {
            if (auto done = d->sessions.remove(sessionId, false); done)
                removed << sessionId;
            else if (!refused)
                refused = done.error();
        }
        return removed;
    });
    for (const QString &sessionId : *deleted)
        Q_EMIT sessionDeleted(sessionId);
    if (refused)
        return *refused;
    return {};
}

Result<QList<ChatSession>> ChatStore::trashedSessions() const
{
    return d->trash.list();
}

Result<QStringList> ChatStore::emptyTrash()
{
    return d->database.eraseForGood([&] { return d->trash.purge(TrashRows::PurgeBy::User); });
}

Result<ChatStore::Tidied> ChatStore::tidyRecords(int retentionDays, int trashDays)
{
    const auto trashed = d->trash.trashInactive(retentionDays);
    if (!trashed)
        return trashed.error();
    for (const QString &sessionId : *trashed)
        Q_EMIT sessionDeleted(sessionId);
    Tidied tidied{*trashed, {}};
    if (trashDays <= 0)
        return tidied;
    const auto purged =
        d->database.eraseForGood([&] { return d->trash.purge(TrashRows::PurgeBy::TrashPeriod, trashDays); });
    if (!purged)
        return purged.error();
    tidied.purged = *purged;
    return tidied;
}

Result<RetentionOutlook> ChatStore::retentionOutlook(int days) const
{
    return d->trash.outlook(days);
}

Result<void> ChatStore::setOnHold(const QString &sessionId, bool held)
{
    if (auto changed = d->holds.setHeld(sessionId, held); !changed)
        return changed;
    Q_EMIT holdChanged(sessionId);
    return {};
}

Result<void> ChatStore::setHoldAll(bool held)
{
    if (auto changed = d->holds.setHoldAll(held); !changed)
        return changed;
    Q_EMIT holdChanged({});
    return {};
}

Result<bool> ChatStore::holdAll() const
{
    return d->holds.holdAll();
}

Result<QList<ChatSession>> ChatStore::heldSessions() const
{
    return d->holds.held();
}
