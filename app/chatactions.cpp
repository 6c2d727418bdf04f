#include "chatactions.h"

#include "chatstore.h"
#include "continuewhilealive.h"
#include "sessioncontroller.h"
#include "syncengine.h"

ChatActions::ChatActions(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{ }

void ChatActions::setDefaults(const QString &userId, Backend newSessionBackend)
{
    m_context.userId = userId;
    m_context.newSessionBackend = newSessionBackend;
}

ChatSource *ChatActions::source() const
{
    return m_context.store;
}

QFuture<Result<ChatSession>> ChatActions::session(const QString &sessionId) const
{
    return m_context.store->runInBackground<ChatSession>(
        [sessionId](ChatStore &store) { return store.chat(sessionId); });
}

QFuture<Result<QString>> ChatActions::shownVersion(const QString &sessionId) const
{
    return m_context.store->runInBackground<QString>(
        [sessionId](ChatStore &store) { return store.shownVersion(sessionId); });
}

QFuture<Result<QStringList>> ChatActions::allSessionIds() const
{
    return m_context.store->runInBackground<QStringList>([](ChatStore &store) { return store.sessionIds(); });
}

QFuture<Result<int>> ChatActions::conversationsWaiting() const
{
    return m_context.store->runInBackground<int>([](ChatStore &store) -> Result<int> {
        const auto sessions = store.sessionsWithUnsentTurns();
        if (!sessions)
            return sessions.error();
        return int(sessions->size());
    });
}

void ChatActions::recordAudit(const AuditEvent &event)
{
    m_context.store->runInBackground<void>([event](ChatStore &store) { return store.recordAudit(event); }, this,
                                           [](const Result<void> &recorded) {
                                               if (!recorded)
                                                   qWarning() << recorded.error().message;
                                           });
}

QFuture<Result<QList<AuditEntry>>> ChatActions::auditTrail() const
{
    return m_context.store->runInBackground<QList<AuditEntry>>([](ChatStore &store) { return store.auditTrail(); });
}

QFuture<Result<AuditCheck>> ChatActions::verifyAuditTrail() const
{
    return m_context.store->runInBackground<AuditCheck>([](ChatStore &store) { return store.verifyAuditTrail(); });
}

bool ChatActions::keptOnAnotherServer(const ChatSession &session) const
{
    return m_context.controller->keptOnAnotherServer(session);
}

QFuture<Result<QString>> ChatActions::create()
{
    return m_context.store->runInBackground<QString>(
        [userId = m_context.userId, backend = m_context.newSessionBackend](ChatStore &store) {
            return store.createChatSession(userId, backend);
        });
}

QFuture<Result<void>> ChatActions::rename(const QString &sessionId, const QString &title)
{
    return write([sessionId, title](ChatStore &store) { return store.renameSession(sessionId, title); });
}

QFuture<Result<void>> ChatActions::togglePin(const QString &sessionId)
{
    return write([sessionId](ChatStore &store) -> Result<void> {
        const auto found = store.chat(sessionId);
        if (!found)
            return found.error();
        return store.setPinned(sessionId, !found->pinned);
    });
}

QFuture<Result<void>> ChatActions::moveToTrash(const QString &sessionId, bool alsoOnServer)
{
    // The session's request stops first; its outcome is written before the move, which comes after it.
    m_context.controller->cancel(sessionId);
    const auto scope = alsoOnServer ? ChatStore::DeleteScope::AlsoOnServer : ChatStore::DeleteScope::ThisComputer;
    const auto deleted = write([sessionId, scope](ChatStore &store) { return store.moveToTrash(sessionId, scope); });
    return continueWhileAlive(deleted, this, [this, alsoOnServer](const Result<void> &deleted) {
        if (deleted && alsoOnServer && m_context.sync)
            m_context.sync->sendDeletes();
        return deleted;
    });
}

QFuture<Result<int>> ChatActions::send(const QString &sessionId, const QString &text)
{
    return m_context.controller->send(sessionId, text);
}

QFuture<Result<void>> ChatActions::retry(const QString &sessionId, int turn, bool waiting)
{
    // A waiting message goes behind any waiting before it, in order, each checked with the server if it may be there.
    return continueWhileAlive(m_context.controller->retry(sessionId, turn), this,
                              [this, waiting](const Result<void> &retried) {
                                  if (retried && waiting && m_context.sync)
                                      m_context.sync->resume();
                                  return retried;
                              });
}

void ChatActions::cancel(const QString &sessionId)
{
    m_context.controller->cancel(sessionId);
}

std::optional<int> ChatActions::sendingTurn(const QString &sessionId) const
{
    return m_context.controller->sendingTurn(sessionId);
}

QFuture<Result<void>> ChatActions::rate(const QString &sessionId, int seq, const Rating &rating)
{
    const auto rated =
        m_context.store->runInBackground<bool>([sessionId, seq, rating](ChatStore &store) -> Result<bool> {
            if (auto rated = store.rateMessage(sessionId, seq, rating); !rated)
                return rated.error();
            return !store.chat(sessionId).valueOr(ChatSession{}).serverUrl.isEmpty();
        });
    return continueWhileAlive(rated, this, [this, sessionId](const Result<bool> &serverKept) -> Result<void> {
        if (!serverKept)
            return serverKept.error();
        // A server-kept answer's rating goes to the server with its session's sync.
        if (*serverKept && m_context.sync)
            m_context.sync->start({sessionId});
        return {};
    });
}

QFuture<Result<QString>> ChatActions::askAgain(const QString &sessionId, int turn, VersionKind kind,
                                               const QString &text)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const auto done = [promise](Result<QString> outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    const auto started = m_context.store->runInBackground<StartedVersion>(
        [sessionId, turn, kind](ChatStore &store) { return store.startVersionAt(sessionId, turn, kind); });
    continueWhileAlive(started, this, [this, text, done](const Result<StartedVersion> &started) {
        if (!started)
            return done(started.error());
        // Written to the store before it goes anywhere, like every question; an answer asked again
        // asks the question stored as it was, waiting in the new version.
        const QString version = started->sessionId;
        if (started->queuedTurn) {
            whenReady(retry(version, *started->queuedTurn, true), this, [version, done](const Result<void> &sent) {
                done(sent ? Result<QString>(version) : sent.error());
            });
            return;
        }
        whenReady(send(version, text), this,
                  [version, done](const Result<int> &sent) { done(sent ? Result<QString>(version) : sent.error()); });
    });
    return promise->future();
}

QFuture<Result<void>> ChatActions::showVersion(const QString &sessionId)
{
    return write([sessionId](ChatStore &store) { return store.showVersion(sessionId); });
}

QFuture<Result<QString>> ChatActions::continueInNewChat(const QString &sessionId, int turn)
{
    return m_context.store->runInBackground<QString>([sessionId, turn](ChatStore &store) -> Result<QString> {
        const auto original = store.chat(sessionId);
        if (!original)
            return original.error();
        const QString title =
            original->title.isEmpty() ? tr("Continued chat") : tr("%1 (continued)").arg(original->title);
        return store.forkConversation(sessionId, turn, title);
    });
}

QFuture<Result<void>> ChatActions::write(std::function<Result<void>(ChatStore &)> job)
{
    return m_context.store->runInBackground<void>(std::move(job));
}
