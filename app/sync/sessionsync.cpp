#include "sessionsync.h"

#include "chatstore.h"
#include "govstackbackend.h"
#include "servercopy.h"

#include <QPointer>

SessionSync::SessionSync(Context context, QString sessionId, Kind kind, Waiting waiting, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_sessionId(std::move(sessionId))
    , m_kind(kind)
    , m_waiting(waiting)
{
    SessionController *controller = m_context.controller;
    const auto mine = [this](const QString &sessionId) { return m_sending && sessionId == m_sessionId; };
    connect(controller, &SessionController::turnFoundOnServer, this, [this, mine](const QString &sessionId) {
        if (mine(sessionId) && !m_foundOnServer) {
            m_foundOnServer = true;
            ++m_report.turnsCompleted;
        }
    });
    connect(controller, &SessionController::turnCompleted, this, [this, mine](const QString &sessionId) {
        if (mine(sessionId) && !std::exchange(m_foundOnServer, false))
            ++m_report.turnsSent;
    });
    const auto turnFailed = [this, mine](const QString &sessionId, int, const AgentError &error) {
        if (mine(sessionId))
            m_turnError = error;
    };
    connect(controller, &SessionController::turnQueued, this, turnFailed);
    connect(controller, &SessionController::turnFailed, this, turnFailed);
    connect(controller, &SessionController::deliveryEnded, this,
            [this, mine](const QString &sessionId, SessionController::DeliveryEnd how) {
                if (mine(sessionId))
                    deliveryEnded(how);
            });
}

bool SessionSync::stopsPass(const AgentError &error)
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

bool SessionSync::belongsTo(const ChatSession &session, const GovStackBackend &server)
{
    const auto [url, profile] = server.serverLink();
    if (session.serverUrl.isEmpty())
        return session.backend == Backend::GovStack;
    return session.serverUrl == url && session.serverProfile == profile;
}

template<typename Reply, typename Done>
void SessionSync::await(Reply *reply, Done done)
{
    // Owned by this job: deleting it aborts the request and drops the continuation.
    reply->setParent(this);
    connect(reply, &Reply::finished, this, [reply, done] {
        reply->deleteLater();
        done(reply);
    });
}

void SessionSync::start()
{
    if (m_kind == Kind::Linked) {
        const auto session = m_context.store->chat(m_sessionId);
        if (!session) {
            m_report.addProblem(m_sessionId, session.error().message);
            end();
            return;
        }
        // A session talking to the server right now is in step already.
        if (m_context.controller->isBusy(m_sessionId) || !belongsTo(*session, *m_context.server)) {
            ++m_report.sessionsSkipped;
            end();
            return;
        }
        if (m_context.store->sentElsewhere(m_sessionId).valueOr(false)) {
            ++m_report.sessionsSentElsewhere;
            end();
            return;
        }
        // No server has this session yet: its waiting turns go to the server set up now.
        if (session->serverUrl.isEmpty()) {
            sendTurns();
            return;
        }
    }
    await(m_context.server->fetchHistory(m_sessionId), [this](HistoryReply *reply) {
        if (reply->error())
            failed(*reply->error());
        else
            fetched(*reply->history());
    });
}

void SessionSync::fetched(const ServerHistory &server)
{
    if (m_kind == Kind::Fetch) {
        if (!server.found) {
            m_report.addProblem(m_sessionId, tr("The server has no session with this id."));
            end();
            return;
        }
        const auto [url, profile] = m_context.server->serverLink();
        if (auto created = m_context.store->createFetchedSession(m_sessionId, m_context.userId, url, profile);
            !created) {
            m_report.addProblem(m_sessionId, created.error().message);
            end();
            return;
        }
    }
    const auto session = m_context.store->chat(m_sessionId);
    if (!session) {
        m_report.addProblem(m_sessionId, session.error().message);
        end();
        return;
    }
    if (!server.found)
        serverLacksSession(*session);
    else
        mergeHistory(*session, server);
}

void SessionSync::serverLacksSession(const ChatSession &session)
{
    // Turns waiting to go create the session on the server again; without any, a
    // session whose turns the server once answered was purged: it stays here.
    if (m_waiting.turns) {
        sendTurns();
        return;
    }
    ChatStore *store = m_context.store;
    const auto requests = store->requestCounts(m_sessionId);
    if (requests && session.syncState != SyncState::Gone && requests->answered > 0) {
        if (auto marked = store->setSyncState(m_sessionId, SyncState::Gone,
                                              tr("The server no longer has this session; it is kept here."));
            !marked)
            m_report.addProblem(m_sessionId, marked.error().message);
        else
            ++m_report.sessionsGone;
    }
    ++m_report.sessionsChecked;
    end();
}

void SessionSync::mergeHistory(const ChatSession &session, const ServerHistory &server)
{
    if (server.fingerprint == session.serverFingerprint && !m_waiting.turns) {
        sendRatings();
        return;
    }
    // The user may have started a turn while the server answered; it must not be renumbered under the controller.
    if (m_context.controller->isBusy(m_sessionId)) {
        ++m_report.sessionsSkipped;
        end();
        return;
    }
    // A long session's merge is worked out and written on the store's thread.
    m_context.store->runInBackground<HistoryMerger::Outcome>(
        [sessionId = m_sessionId, server](ChatStore &background) {
            return ServerCopy::merge(&background, sessionId, server);
        },
        this, [this](const Result<HistoryMerger::Outcome> &merged) { historyMerged(merged); });
}

void SessionSync::historyMerged(const Result<HistoryMerger::Outcome> &merged)
{
    if (!merged) {
        // Another process wrote to the session or sends one of its turns: the next pass merges.
        if (merged.error().code == Error::Code::Conflict)
            ++m_report.sessionsSentElsewhere;
        else
            m_report.addProblem(m_sessionId, merged.error().message);
        end();
        return;
    }
    m_report.turnsAdded += merged->turnsAdded;
    m_report.tracesReplaced += merged->tracesReplaced;
    m_report.turnsCompleted += merged->turnsCompleted;
    sendTurns();
}

void SessionSync::sendTurns()
{
    // Most sessions have nothing waiting: they cost no claim.
    if (!m_waiting.turns) {
        sendRatings();
        return;
    }
    m_sending = true;
    m_context.controller->deliver(m_sessionId, SessionController::Waiting::NotForOthers);
}

void SessionSync::deliveryEnded(SessionController::DeliveryEnd how)
{
    m_sending = false;
    m_foundOnServer = false;
    if (m_turnError) {
        failed(*std::exchange(m_turnError, std::nullopt));
        return;
    }
    if (how == SessionController::DeliveryEnd::HeldElsewhere) {
        ++m_report.sessionsSentElsewhere;
        end();
        return;
    }
    sendRatings();
}

void SessionSync::sendRatings()
{
    // Only the deployed server takes ratings; elsewhere they stay on this computer.
    if (!m_waiting.ratings || m_context.server->profile() != GovStackBackend::Profile::GovBot) {
        settle();
        return;
    }
    const auto unsent = m_context.store->unsentRatings(m_sessionId);
    for (const ChatStore::UnsentRating &entry : unsent.valueOr(QList<ChatStore::UnsentRating>{})) {
        if (entry.serverId.isEmpty())
            continue;
        const Rating rating = entry.rating;
        const GovStackBackend::RatingRequest request{m_sessionId, entry.serverId, rating.score, rating.comment,
                                                     m_context.userId};
        await(m_context.server->rate(request), [this, seq = entry.seq, rating](ServerReply *reply) {
            if (reply->error()) {
                failed(*reply->error());
                return;
            }
            ++m_report.ratingsSent;
            // Unmarked, the rating would be found unsent again and sent again without end.
            if (auto marked = m_context.store->markRatingSent(m_sessionId, seq, rating.ratedAt); !marked) {
                m_report.addProblem(m_sessionId, marked.error().message);
                settle();
                return;
            }
            sendRatings();
        });
        return;
    }
    m_waiting.ratings = false;
    settle();
}

void SessionSync::settle()
{
    ++m_report.sessionsChecked;
    if (m_kind == Kind::Fetch)
        ++m_report.sessionsFetched;
    // A write per session: on the store's thread, so a pass over a thousand sessions never waits on the disk here.
    m_context.store->runInBackground<bool>(
        [sessionId = m_sessionId](ChatStore &background) { return background.markSyncedWhenSettled(sessionId); }, this,
        [this](const Result<bool> &) { end(); });
}

void SessionSync::failed(const AgentError &error)
{
    if (stopsPass(error)) {
        Q_EMIT serverFailed(error);
        return;
    }
    m_report.addProblem(m_sessionId, error.message);
    end();
}

void SessionSync::end()
{
    Q_EMIT finished(m_report);
}
