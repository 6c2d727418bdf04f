#include "syncengine.h"

#include "chatstore.h"
#include "govstackbackend.h"
#include "historymerger.h"
#include "servercopy.h"
#include "sessioncontroller.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/// Server session ids are at most 64 characters; these are the ones safe in a URL path.
bool isValidSessionId(const QString &sessionId)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,64}$"_s);
    return valid.match(sessionId).hasMatch();
}

} // namespace

SyncEngine::SyncEngine(ChatStore *store, SessionController *controller, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_controller(controller)
    , m_options(std::move(options))
{
    connect(m_controller, &SessionController::turnFoundOnServer, this, [this](const QString &sessionId) {
        if (m_sending.contains(sessionId) && !m_foundOnServer.contains(sessionId)) {
            m_foundOnServer.insert(sessionId);
            ++m_report.turnsCompleted;
        }
    });
    connect(m_controller, &SessionController::turnCompleted, this, [this](const QString &sessionId) {
        if (m_sending.contains(sessionId) && !m_foundOnServer.remove(sessionId))
            ++m_report.turnsSent;
    });
    const auto failed = [this](const QString &sessionId, int, const AgentError &error) {
        if (m_sending.contains(sessionId))
            m_turnErrors.insert(sessionId, error);
    };
    connect(m_controller, &SessionController::turnQueued, this, failed);
    connect(m_controller, &SessionController::turnFailed, this, failed);
    connect(m_controller, &SessionController::deliveryEnded, this, &SyncEngine::deliveryEnded);
}

SyncEngine::~SyncEngine()
{
    abortRequests();
}

void SyncEngine::setServer(GovStackBackend *server)
{
    m_server = server;
}

void SyncEngine::start(const QStringList &sessionIds)
{
    if (m_running) {
        // One more pass when this one ends, over the union of what was asked.
        if (!m_again)
            m_again = sessionIds;
        else if (!m_again->isEmpty())
            *m_again = sessionIds.isEmpty() ? QStringList{} : *m_again + sessionIds;
        return;
    }
    // Deletes first: a session deleted here must not be read back.
    QList<Job> jobs = deleteJobs();
    if (hasServer() && sessionIds.isEmpty()) {
        if (const auto recovered = m_store->recoverInterrupted())
            m_report.turnsInterrupted += *recovered;
        const auto linked = m_store->linkedSessions();
        if (!linked)
            m_report.problems << linked.error().message;
        for (const ChatSession &session : linked.valueOr(QList<ChatSession>{})) {
            if (belongsToServer(session))
                jobs.append(Job{Job::Kind::Session, session.sessionId});
            else
                ++m_report.sessionsSkipped;
        }
        // Sessions no server has accepted a turn of yet go to the server set up now.
        for (const QString &sessionId : m_store->sessionsWithUnsentTurns().valueOr(QStringList{})) {
            const auto session = m_store->chat(sessionId);
            if (session && session->serverUrl.isEmpty() && session->backend == Backend::GovStack)
                jobs.append(Job{Job::Kind::Session, sessionId});
        }
    }
    for (const QString &sessionId : sessionIds)
        jobs.append(Job{Job::Kind::Session, sessionId});
    begin(std::move(jobs));
}

QList<SyncEngine::Job> SyncEngine::deleteJobs() const
{
    QList<Job> jobs;
    if (!hasServer())
        return jobs;
    const auto deletes = m_store->pendingServerDeletes();
    for (const ChatStore::ServerDelete &pending : deletes.valueOr(QList<ChatStore::ServerDelete>{})) {
        if (pending.serverUrl == m_server->serverLink().first)
            jobs.append(Job{Job::Kind::Delete, pending.sessionId});
    }
    return jobs;
}

void SyncEngine::sendDeletes()
{
    if (m_running) {
        if (!m_again)
            m_again = QStringList{};
        return;
    }
    begin(deleteJobs());
}

void SyncEngine::fetch(const QString &sessionId)
{
    if (!isValidSessionId(sessionId)) {
        m_report.problems << tr("\"%1\" is not a session id: ids are up to 64 letters, digits, dots, dashes or "
                                "underscores.")
                                 .arg(sessionId);
        if (!m_running)
            begin({});
        return;
    }
    if (m_running) {
        // Joins the pass under way rather than waiting for it.
        m_queue.append(Job{Job::Kind::Fetch, sessionId});
        ++m_total;
        pump();
        return;
    }
    begin({Job{Job::Kind::Fetch, sessionId}});
}

void SyncEngine::begin(QList<Job> jobs)
{
    m_running = true;
    ++m_pass;
    if (!hasServer()) {
        m_report.noServer = true;
        jobs.clear();
    } else if (m_pausedBy) {
        m_report.stoppedBy = m_pausedBy;
        jobs.clear();
    }
    m_unsentTurns.clear();
    m_unsentRatings.clear();
    if (!jobs.isEmpty()) {
        const auto unsentTurns = m_store->sessionsWithUnsentTurns();
        const auto unsentRatings = m_store->sessionsWithUnsentRatings();
        for (const auto *ids : {&unsentTurns, &unsentRatings}) {
            if (!*ids)
                m_report.problems << ids->error().message;
        }
        const QStringList turns = unsentTurns.valueOr(QStringList{});
        const QStringList ratings = unsentRatings.valueOr(QStringList{});
        m_unsentTurns = QSet<QString>(turns.cbegin(), turns.cend());
        m_unsentRatings = QSet<QString>(ratings.cbegin(), ratings.cend());
    }
    m_queue = std::move(jobs);
    m_total = int(m_queue.size());
    m_done = 0;
    Q_EMIT started(m_total);
    if (m_queue.isEmpty()) {
        // Reported from the event loop, so whoever started the pass has connected by then.
        QTimer::singleShot(0, this, &SyncEngine::finish);
        return;
    }
    pump();
}

void SyncEngine::pump()
{
    while (m_running && m_active < std::max(1, m_options.parallel) && !m_queue.isEmpty()) {
        ++m_active;
        runJob(m_queue.takeFirst());
    }
}

void SyncEngine::runJob(const Job &job)
{
    switch (job.kind) {
    case Job::Kind::Delete:
        runDelete(job.sessionId);
        break;
    case Job::Kind::Session:
        runSession(job.sessionId, false);
        break;
    case Job::Kind::Fetch:
        runSession(job.sessionId, true);
        break;
    }
}

void SyncEngine::jobDone()
{
    --m_active;
    ++m_done;
    Q_EMIT progressChanged(m_done, m_total);
    if (m_queue.isEmpty() && m_active == 0) {
        finish();
        return;
    }
    pump();
}

void SyncEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_active = 0;
    m_queue.clear();
    m_sending.clear();
    m_foundOnServer.clear();
    m_turnErrors.clear();
    m_fetching.clear();
    const SyncReport report = std::exchange(m_report, SyncReport{});
    // Taken first: whoever hears of the end may start a pass, and that one must not eat this request.
    const std::optional<QStringList> again = std::exchange(m_again, std::nullopt);
    Q_EMIT finished(report);
    if (again && !report.stoppedBy && !report.cancelled)
        start(*again);
}

bool SyncEngine::stopsPass(const AgentError &error)
{
    switch (error.kind) {
    case AgentError::Kind::Unreachable:
    case AgentError::Kind::Timeout:
    case AgentError::Kind::KeyRejected:
    case AgentError::Kind::Gateway:
    case AgentError::Kind::Tls:
    case AgentError::Kind::Redirect:
        return true;
    default:
        return false;
    }
}

void SyncEngine::stop(const AgentError &error)
{
    m_report.stoppedBy = error;
    if (error.kind == AgentError::Kind::KeyRejected) {
        m_pausedBy = error;
        Q_EMIT keyRefused(error);
    }
    abortRequests();
    finish();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    m_again.reset();
    abortRequests();
    finish();
}

void SyncEngine::resume()
{
    m_pausedBy.reset();
}

void SyncEngine::abortRequests()
{
    // Deleting a reply aborts its request and drops its continuation. A turn
    // already with the controller finishes there and is stored as usual.
    for (const QPointer<QObject> &request : std::as_const(m_requests))
        delete request.data();
    m_requests.clear();
}

template<typename Reply, typename Done>
void SyncEngine::await(Reply *reply, Done done)
{
    m_requests.append(reply);
    connect(reply, &Reply::finished, this, [this, reply, done] {
        m_requests.removeAll(reply);
        reply->deleteLater();
        done(reply);
    });
}

void SyncEngine::problem(const QString &sessionId, const QString &message)
{
    m_report.problems << tr("Session %1: %2").arg(sessionId, message);
}

void SyncEngine::sessionFailed(const QString &sessionId, const AgentError &error)
{
    if (stopsPass(error)) {
        stop(error);
        return;
    }
    problem(sessionId, error.message);
    jobDone();
}

bool SyncEngine::hasServer() const
{
    return m_server && !m_server->serverLink().first.isEmpty();
}

bool SyncEngine::belongsToServer(const ChatSession &session) const
{
    const auto [url, profile] = m_server->serverLink();
    if (session.serverUrl.isEmpty())
        return session.backend == Backend::GovStack;
    return session.serverUrl == url && session.serverProfile == profile;
}

void SyncEngine::runDelete(const QString &sessionId)
{
    await(m_server->deleteSession(sessionId), [this, sessionId](ServerReply *reply) {
        if (reply->error()) {
            sessionFailed(sessionId, *reply->error());
            return;
        }
        if (auto done = m_store->serverDeleteDone(sessionId); !done)
            problem(sessionId, done.error().message);
        else
            ++m_report.deletesDone;
        jobDone();
    });
}

void SyncEngine::runSession(const QString &sessionId, bool fetching)
{
    if (!fetching) {
        const auto session = m_store->chat(sessionId);
        if (!session) {
            problem(sessionId, session.error().message);
            jobDone();
            return;
        }
        // A session talking to the server right now is in step already.
        if (m_controller->isBusy(sessionId) || !belongsToServer(*session)) {
            ++m_report.sessionsSkipped;
            jobDone();
            return;
        }
        if (m_store->sentElsewhere(sessionId).valueOr(false)) {
            ++m_report.sessionsSentElsewhere;
            jobDone();
            return;
        }
        // No server has this session yet: its waiting turns go to the server set up now.
        if (session->serverUrl.isEmpty()) {
            sendNextTurn(sessionId);
            return;
        }
    }
    await(m_server->fetchHistory(sessionId), [this, sessionId, fetching](HistoryReply *reply) {
        if (reply->error()) {
            sessionFailed(sessionId, *reply->error());
            return;
        }
        const ServerHistory &server = *reply->history();
        if (fetching) {
            if (!server.found) {
                problem(sessionId, tr("The server has no session with this id."));
                jobDone();
                return;
            }
            const auto [url, profile] = m_server->serverLink();
            if (auto created = m_store->createFetchedSession(sessionId, m_options.userId, url, profile); !created) {
                problem(sessionId, created.error().message);
                jobDone();
                return;
            }
            m_fetching.insert(sessionId);
        }
        const auto session = m_store->chat(sessionId);
        if (!session) {
            problem(sessionId, session.error().message);
            jobDone();
            return;
        }
        if (!server.found)
            serverLacksSession(*session);
        else
            mergeHistory(*session, server);
    });
}

void SyncEngine::serverLacksSession(const ChatSession &session)
{
    // Turns waiting to go create the session on the server again; without any, a
    // session whose turns the server once answered was purged: it stays here.
    if (m_unsentTurns.contains(session.sessionId)) {
        sendNextTurn(session.sessionId);
        return;
    }
    const auto requests = m_store->requestCounts(session.sessionId);
    if (requests && session.syncState != SyncState::Gone && requests->answered > 0) {
        if (auto marked = m_store->setSyncState(session.sessionId, SyncState::Gone,
                                                tr("The server no longer has this session; it is kept here."));
            !marked)
            problem(session.sessionId, marked.error().message);
        else
            ++m_report.sessionsGone;
    }
    ++m_report.sessionsChecked;
    jobDone();
}

void SyncEngine::mergeHistory(const ChatSession &session, const ServerHistory &server)
{
    const QString &sessionId = session.sessionId;
    const bool unchanged = server.fingerprint == session.serverFingerprint;
    if (unchanged && !m_unsentTurns.contains(sessionId)) {
        sendRatings(sessionId);
        return;
    }
    // The user may have started a turn while the server answered; it must not be renumbered under the controller.
    if (m_controller->isBusy(sessionId)) {
        ++m_report.sessionsSkipped;
        jobDone();
        return;
    }
    // A long session's merge is worked out and written on the store's thread.
    const quint64 pass = m_pass;
    m_store
        ->runInBackground<HistoryMerger::Outcome>(
            [sessionId, server](ChatStore &store) { return ServerCopy::merge(&store, sessionId, server); })
        .then(this, [this, sessionId, pass](const Result<HistoryMerger::Outcome> &merged) {
            // Written on another connection: the views hear of it here, even after the pass was cancelled.
            if (merged && merged->merge.changesMessages() && m_store->backgroundThread())
                m_store->announceMessagesReplaced(sessionId);
            if (pass == m_pass && m_running)
                historyMerged(sessionId, merged);
        });
}

void SyncEngine::historyMerged(const QString &sessionId, const Result<HistoryMerger::Outcome> &merged)
{
    if (!merged) {
        // Another process wrote to the session or sends one of its turns: the next pass merges.
        if (merged.error().code == Error::Code::Conflict)
            ++m_report.sessionsSentElsewhere;
        else
            problem(sessionId, merged.error().message);
        jobDone();
        return;
    }
    m_report.turnsAdded += merged->turnsAdded;
    m_report.tracesReplaced += merged->tracesReplaced;
    m_report.turnsCompleted += merged->turnsCompleted;
    sendNextTurn(sessionId);
}

void SyncEngine::sendNextTurn(const QString &sessionId)
{
    // Most sessions have nothing waiting: they cost no claim.
    if (!m_unsentTurns.contains(sessionId)) {
        sendRatings(sessionId);
        return;
    }
    m_sending.insert(sessionId);
    if (auto delivering = m_controller->deliver(sessionId, SessionController::Waiting::NotForOthers); !delivering) {
        m_sending.remove(sessionId);
        problem(sessionId, delivering.error().message);
        jobDone();
    }
}

void SyncEngine::deliveryEnded(const QString &sessionId, SessionController::DeliveryEnd how)
{
    if (!m_sending.remove(sessionId))
        return;
    m_foundOnServer.remove(sessionId);
    if (m_turnErrors.contains(sessionId)) {
        sessionFailed(sessionId, m_turnErrors.take(sessionId));
        return;
    }
    if (how == SessionController::DeliveryEnd::HeldElsewhere) {
        ++m_report.sessionsSentElsewhere;
        jobDone();
        return;
    }
    sendRatings(sessionId);
}

void SyncEngine::sendRatings(const QString &sessionId)
{
    // Only the deployed server takes ratings; elsewhere they stay on this computer.
    if (!m_unsentRatings.contains(sessionId) || m_server->profile() != GovStackBackend::Profile::GovBot) {
        settle(sessionId);
        return;
    }
    const auto unsent = m_store->unsentRatings(sessionId);
    for (const ChatStore::UnsentRating &entry : unsent.valueOr(QList<ChatStore::UnsentRating>{})) {
        if (entry.serverId.isEmpty())
            continue;
        const Rating rating = entry.rating;
        const GovStackBackend::RatingRequest request{sessionId, entry.serverId, rating.score, rating.comment,
                                                     m_options.userId};
        await(m_server->rate(request), [this, sessionId, seq = entry.seq, rating](ServerReply *reply) {
            if (reply->error()) {
                sessionFailed(sessionId, *reply->error());
                return;
            }
            ++m_report.ratingsSent;
            // Unmarked, the rating would be found unsent again and sent again without end.
            if (auto marked = m_store->markRatingSent(sessionId, seq, rating.ratedAt); !marked) {
                problem(sessionId, marked.error().message);
                settle(sessionId);
                return;
            }
            sendRatings(sessionId);
        });
        return;
    }
    m_unsentRatings.remove(sessionId);
    settle(sessionId);
}

void SyncEngine::settle(const QString &sessionId)
{
    ++m_report.sessionsChecked;
    if (m_fetching.remove(sessionId))
        ++m_report.sessionsFetched;
    // A write per session: on the store's thread, so a pass over a thousand sessions never waits on the disk here.
    const quint64 pass = m_pass;
    m_store->runInBackground<bool>([sessionId](ChatStore &store) { return markSyncedWhenSettled(store, sessionId); })
        .then(this, [this, sessionId, pass](const Result<bool> &marked) {
            if (marked && *marked && m_store->backgroundThread())
                m_store->announceSyncStateChanged(sessionId, SyncState::Synced);
            if (pass == m_pass && m_running)
                jobDone();
        });
}

Result<bool> SyncEngine::markSyncedWhenSettled(ChatStore &store, const QString &sessionId)
{
    const auto session = store.chat(sessionId);
    if (!session)
        return session.error();
    if (session->syncState == SyncState::Synced)
        return false;
    const auto requests = store.requestCounts(sessionId);
    if (!requests)
        return requests.error();
    // In step with the server unless a turn still waits for it or for the user.
    if (requests->waiting != 0 || requests->failed != 0)
        return false;
    if (auto marked = store.setSyncState(sessionId, SyncState::Synced); !marked)
        return marked.error();
    return true;
}
