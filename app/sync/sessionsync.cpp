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
    if (m_kind == Kind::Fetch) {
        fetchHistory();
        return;
    }
    using Standing = std::pair<ChatSession, bool>;
    m_context.store->runInBackground<Standing>(
        [sessionId = m_sessionId](ChatStore &store) -> Result<Standing> {
            const auto session = store.chat(sessionId);
            if (!session)
                return session.error();
            return Standing{*session, store.sentElsewhere(sessionId).valueOr(false)};
        },
        this,
        [this](const Result<Standing> &standing) {
            if (!standing) {
                m_report.addProblem(m_sessionId, standing.error().message);
                end();
                return;
            }
            const auto &[session, sentElsewhere] = *standing;
            // A session talking to the server right now is in step already.
            if (m_context.controller->isBusy(m_sessionId) || !belongsTo(session, *m_context.server)) {
                ++m_report.sessionsSkipped;
                end();
            } else if (sentElsewhere) {
                ++m_report.sessionsSentElsewhere;
                end();
            } else if (session.serverUrl.isEmpty()) {
                // No server has this session yet: its waiting turns go to the server set up now.
                sendTurns();
            } else {
                fetchHistory();
            }
        });
}

void SessionSync::fetchHistory()
{
    await(m_context.server->fetchHistory(m_sessionId), [this](HistoryReply *reply) {
        if (reply->error())
            failed(*reply->error());
        else
            fetched(*reply->history());
    });
}

void SessionSync::fetched(const ServerHistory &server)
{
    if (m_kind == Kind::Fetch && !server.found) {
        m_report.addProblem(m_sessionId, tr("The server has no session with this id."));
        end();
        return;
    }
    // A session opened from the server is created here first.
    const bool create = m_kind == Kind::Fetch;
    const auto [url, profile] = m_context.server->serverLink();
    m_context.store->runInBackground<ChatSession>(
        [sessionId = m_sessionId, userId = m_context.userId, url, profile,
         create](ChatStore &store) -> Result<ChatSession> {
            if (create) {
                if (auto created = store.createFetchedSession(sessionId, userId, url, profile); !created)
                    return created.error();
            }
            return store.chat(sessionId);
        },
        this,
        [this, server](const Result<ChatSession> &session) {
            if (!session) {
                m_report.addProblem(m_sessionId, session.error().message);
                end();
            } else if (!server.found) {
                serverLacksSession(*session);
            } else {
                mergeHistory(*session, server);
            }
        });
}

void SessionSync::serverLacksSession(const ChatSession &session)
{
    // Turns waiting to go create the session on the server again; without any, a
    // session whose turns the server once answered was purged: it stays here.
    if (m_waiting.turns) {
        sendTurns();
        return;
    }
    const bool gone = session.syncState == SyncState::Gone;
    m_context.store->runInBackground<bool>(
        [sessionId = m_sessionId, gone,
         note = tr("The server no longer has this session; it is kept here.")](ChatStore &store) -> Result<bool> {
            const auto requests = store.requestCounts(sessionId);
            if (!requests || gone || requests->answered == 0)
                return false;
            if (auto marked = store.setSyncState(sessionId, SyncState::Gone, note); !marked)
                return marked.error();
            return true;
        },
        this,
        [this](const Result<bool> &marked) {
            if (!marked)
                m_report.addProblem(m_sessionId, marked.error().message);
            else if (*marked)
                ++m_report.sessionsGone;
            ++m_report.sessionsChecked;
            end();
        });
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
    using Unsent = QList<ChatStore::UnsentRating>;
    m_context.store->runInBackground<Unsent>(
        [sessionId = m_sessionId](ChatStore &store) { return store.unsentRatings(sessionId); }, this,
        [this](const Result<Unsent> &unsent) {
            for (const ChatStore::UnsentRating &entry : unsent.valueOr(Unsent{})) {
                if (!entry.serverId.isEmpty()) {
                    sendRating(entry);
                    return;
                }
            }
            m_waiting.ratings = false;
            settle();
        });
}

void SessionSync::sendRating(const ChatStore::UnsentRating &entry)
{
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
        m_context.store->runInBackground<void>(
            [sessionId = m_sessionId, seq, ratedAt = rating.ratedAt](ChatStore &store) {
                return store.markRatingSent(sessionId, seq, ratedAt);
            },
            this,
            [this](const Result<void> &marked) {
                if (!marked) {
                    m_report.addProblem(m_sessionId, marked.error().message);
                    settle();
                    return;
                }
                sendRatings();
            });
    });
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
