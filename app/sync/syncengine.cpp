#include "syncengine.h"

#include "chatstore.h"
#include "govstackbackend.h"
#include "sessioncontroller.h"
#include "sessionsync.h"

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
{ }

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
    QList<Job> listed;
    for (const QString &sessionId : sessionIds)
        listed.append(Job{Job::Kind::Session, sessionId});
    prepare(sessionIds.isEmpty() ? SyncPlan::Scope::Everything : SyncPlan::Scope::WithDeletes, std::move(listed));
}

void SyncEngine::sendDeletes()
{
    if (m_running) {
        if (!m_again)
            m_again = QStringList{};
        return;
    }
    prepare(SyncPlan::Scope::WithDeletes, {});
}

void SyncEngine::prepare(SyncPlan::Scope scope, QList<Job> jobs)
{
    if (!hasServer()) {
        begin({}, {});
        return;
    }
    // Running from now on: a pass asked for while the store reads joins as the next one.
    m_running = true;
    const quint64 pass = ++m_pass;
    m_store->runInBackground<SyncPlan>(
        [scope](ChatStore &store) { return Result<SyncPlan>(SyncPlan::read(store, scope)); }, this,
        [this, pass, jobs = std::move(jobs)](const Result<SyncPlan> &plan) {
            if (pass == m_pass && m_running)
                begin(jobsOf(*plan) + jobs, *plan);
        });
}

QList<SyncEngine::Job> SyncEngine::jobsOf(const SyncPlan &plan)
{
    // Deletes first: a session deleted here must not be read back.
    QList<Job> jobs;
    for (const ChatStore::ServerDelete &pending : plan.deletes) {
        if (pending.serverUrl == m_server->serverLink().first)
            jobs.append(Job{Job::Kind::Delete, pending.sessionId});
    }
    for (const ChatSession &session : plan.linked) {
        if (SessionSync::belongsTo(session, *m_server))
            jobs.append(Job{Job::Kind::Session, session.sessionId});
        else
            ++m_report.sessionsSkipped;
    }
    // Sessions no server has accepted a turn of yet go to the server set up now.
    for (const ChatSession &session : plan.unlinked)
        jobs.append(Job{Job::Kind::Session, session.sessionId});
    m_report.turnsInterrupted += plan.recovered;
    m_report.problems << plan.problems;
    return jobs;
}

void SyncEngine::fetch(const QString &sessionId)
{
    if (!isValidSessionId(sessionId)) {
        m_report.problems << tr("\"%1\" is not a session id: ids are up to 64 letters, digits, dots, dashes or "
                                "underscores.")
                                 .arg(sessionId);
        if (!m_running)
            begin({}, {});
        return;
    }
    if (m_running) {
        // Joins the pass under way rather than waiting for it.
        m_queue.append(Job{Job::Kind::Fetch, sessionId});
        ++m_total;
        pump();
        return;
    }
    prepare(SyncPlan::Scope::Waiting, {Job{Job::Kind::Fetch, sessionId}});
}

void SyncEngine::begin(QList<Job> jobs, const SyncPlan &plan)
{
    m_running = true;
    if (!hasServer()) {
        m_report.noServer = true;
        jobs.clear();
    } else if (m_pausedBy) {
        m_report.stoppedBy = m_pausedBy;
        jobs.clear();
    }
    m_unsentTurns = QSet<QString>(plan.unsentTurns.cbegin(), plan.unsentTurns.cend());
    m_unsentRatings = QSet<QString>(plan.unsentRatings.cbegin(), plan.unsentRatings.cend());
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
    case Job::Kind::Fetch:
        runSession(job);
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
    const SyncReport report = std::exchange(m_report, SyncReport{});
    // Taken first: whoever hears of the end may start a pass, and that one must not eat this request.
    const std::optional<QStringList> again = std::exchange(m_again, std::nullopt);
    Q_EMIT finished(report);
    if (again && !report.stoppedBy && !report.cancelled)
        start(*again);
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
    // Deleting a reply or a session's job aborts its requests and drops its continuations.
    // A turn already with the controller finishes there and is stored as usual.
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

void SyncEngine::sessionFailed(const QString &sessionId, const AgentError &error)
{
    if (SessionSync::stopsPass(error)) {
        stop(error);
        return;
    }
    m_report.addProblem(sessionId, error.message);
    jobDone();
}

bool SyncEngine::hasServer() const
{
    return m_server && !m_server->serverLink().first.isEmpty();
}

void SyncEngine::runDelete(const QString &sessionId)
{
    await(m_server->deleteSession(sessionId), [this, sessionId](ServerReply *reply) {
        if (reply->error()) {
            sessionFailed(sessionId, *reply->error());
            return;
        }
        const auto recorded = [this, sessionId, pass = m_pass](const Result<void> &done) {
            if (pass != m_pass || !m_running)
                return; // the pass ended meanwhile; the next one finds the delete recorded
            if (!done)
                m_report.addProblem(sessionId, done.error().message);
            else
                ++m_report.deletesDone;
            jobDone();
        };
        m_store->runInBackground<void>([sessionId](ChatStore &store) { return store.serverDeleteDone(sessionId); },
                                       this, recorded);
    });
}

void SyncEngine::runSession(const Job &job)
{
    const SessionSync::Kind kind = job.kind == Job::Kind::Fetch ? SessionSync::Kind::Fetch : SessionSync::Kind::Linked;
    const SessionSync::Waiting waiting{m_unsentTurns.contains(job.sessionId), m_unsentRatings.contains(job.sessionId)};
    auto *session =
        new SessionSync({m_store, m_controller, m_server, m_options.userId}, job.sessionId, kind, waiting, this);
    m_requests.append(session);
    connect(session, &SessionSync::finished, this, [this, session](const SyncReport &report) {
        m_requests.removeAll(session);
        session->deleteLater();
        m_report.add(report);
        jobDone();
    });
    connect(session, &SessionSync::serverFailed, this, [this, session](const AgentError &error) {
        m_requests.removeAll(session);
        session->deleteLater();
        m_report.add(session->report());
        stop(error);
    });
    session->start();
}
