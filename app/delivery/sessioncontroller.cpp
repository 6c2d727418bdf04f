#include "sessioncontroller.h"

#include "agentbackend.h"
#include "agentreply.h"
#include "chatstore.h"
#include "servercopycheck.h"
#include "streamdraft.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

Q_LOGGING_CATEGORY(lcDelivery, "govstack.delivery")

/// How often a session another process sends is looked at again.
constexpr auto otherSenderPoll = 1s;

/// Whether an earlier attempt at the claimed turn may have reached the server.
bool mayHaveBeenSent(const ClaimOutcome &claim)
{
    if (claim.tookOver || claim.previousStatus == MessageStatus::Pending)
        return true;
    const auto kind = AgentError::kindFromName(claim.previousErrorKind);
    return kind && AgentError::make(*kind).mayHaveReachedServer();
}

/// Four renewals per timeout, so a live sender's claim never lapses.
std::chrono::milliseconds renewalInterval(std::chrono::milliseconds timeout)
{
    return std::max(timeout / 4, std::chrono::milliseconds(100));
}

qint64 leaseMs(const AgentBackend *backend)
{
    return qint64(SessionController::leaseFor(backend->timeout()).count());
}

TurnRecords::ServerLink serverLinkOf(const AgentBackend *backend)
{
    return backend && backend->keepsHistory() ? backend->serverLink() : TurnRecords::ServerLink{};
}

template<typename T>
QFuture<Result<T>> settled(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

/// Settles @p promise with @p result.
template<typename T>
void settle(QPromise<Result<T>> &promise, Result<T> result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

/// What a Retry finds: a waiting turn (sent with the session's others), or the claim of a failed one.
struct RetryStep {
    bool waiting = false;
    ClaimOutcome claim;
};

Result<RetryStep> claimForRetry(ChatStore &store, const QString &sessionId, int turn, qint64 lease)
{
    (void)store.recoverInterrupted();
    const auto request = store.storedMessage(sessionId, turn);
    const bool isRequest = request && request->message.isRequest();
    if (isRequest && request->status == MessageStatus::Queued)
        return RetryStep{true, {}};
    if (!isRequest || request->status != MessageStatus::Failed) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SessionController", "This message is not waiting to be sent again.")};
    }
    const auto claim = store.claimTurn(sessionId, lease, turn);
    if (!claim)
        return claim.error();
    return RetryStep{false, *claim};
}

} // namespace

SessionController::SessionController(ChatStore *store, BackendResolver backends, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backends(std::move(backends))
    , m_options(std::move(options))
{
    m_saveRetry.setInterval(saveRetryInterval);
    connect(&m_saveRetry, &QTimer::timeout, this, &SessionController::saveUnsavedAnswers);
    connect(&m_renewal, &QTimer::timeout, this, &SessionController::renewClaims);
    const auto recover = [this] {
        write(
            [](ChatStore &store) -> Result<void> {
                if (auto recovered = store.recoverInterrupted(); !recovered)
                    return recovered.error();
                return {};
            },
            "look for interrupted turns");
    };
    connect(&m_recovery, &QTimer::timeout, this, recover);
    recover();
}

SessionController::SessionController(ChatStore *store, AgentBackend *backend, Options options, QObject *parent)
    : SessionController(
          store, [backend](Backend) { return backend; }, std::move(options), parent)
{ }

SessionController::~SessionController()
{
    for (const InFlight &inFlight : std::as_const(m_inFlight)) {
        delete inFlight.reply;
        delete inFlight.check;
    }
}

std::chrono::milliseconds SessionController::leaseFor(std::chrono::milliseconds timeout)
{
    // Renewed every quarter of the timeout, so it outlasts its sender's last renewal by the whole timeout.
    return timeout + timeout / 4 + 1s;
}

void SessionController::setRecoveryInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0)
        m_recovery.stop();
    else
        m_recovery.start(interval);
}

Result<AgentBackend *> SessionController::backendFor(const ChatSession &session) const
{
    AgentBackend *backend = m_backends(session.backend);
    if (!backend) {
        return Error{
            Error::Code::InvalidData,
            QCoreApplication::translate("SessionController", "No %1 server is set up for this session. Check Settings.")
                .arg(session.backend == Backend::OpenAI ? u"OpenAI-compatible"_s : u"GovStack"_s)};
    }
    // A session belongs to the server that accepted its turns; it is never continued on another.
    if (keptOnAnotherServer(session)) {
        const QString url = backend->serverLink().first;
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("SessionController",
                                                 "This conversation is kept on the server %1 (%2), but the app is set "
                                                 "up for %3. Its waiting messages are sent when Settings point to "
                                                 "%1 again.")
                         .arg(session.serverUrl, session.serverProfile, url.isEmpty() ? u"–"_s : url)};
    }
    return backend;
}

void SessionController::withBackend(const QString &sessionId,
                                    std::function<void(const Result<std::pair<ChatSession, AgentBackend *>> &)> then)
{
    m_store->runInBackground<ChatSession>([sessionId](ChatStore &store) { return store.chat(sessionId); }, this,
                                          [this, then = std::move(then)](const Result<ChatSession> &session) {
                                              if (!session)
                                                  return then(session.error());
                                              const auto backend = backendFor(*session);
                                              if (!backend)
                                                  return then(backend.error());
                                              then(std::pair(*session, *backend));
                                          });
}

bool SessionController::keptOnAnotherServer(const ChatSession &session) const
{
    const AgentBackend *configured = m_backends(session.backend);
    const auto [url, profile] = configured ? configured->serverLink() : std::pair<QString, QString>{};
    return !session.serverUrl.isEmpty() && (session.serverUrl != url || session.serverProfile != profile);
}

bool SessionController::isBusy(const QString &sessionId) const
{
    return m_inFlight.contains(sessionId) || m_deliveries.contains(sessionId) || m_storing.contains(sessionId) ||
        m_claiming.contains(sessionId);
}

std::optional<int> SessionController::sendingTurn(const QString &sessionId) const
{
    const auto inFlight = m_inFlight.constFind(sessionId);
    return inFlight == m_inFlight.cend() ? std::nullopt : std::optional(inFlight->turn);
}

QFuture<Result<int>> SessionController::send(const QString &sessionId, const QString &text)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    // Busy from now on: a sync pass leaves the session's history alone while the question is stored.
    ++m_storing[sessionId];
    const auto stored = [this, sessionId, promise](Result<int> turn) {
        if (--m_storing[sessionId] == 0)
            m_storing.remove(sessionId);
        settle(*promise, std::move(turn));
    };
    withBackend(sessionId, [this, sessionId, text, stored](const auto &found) {
        if (!found)
            return stored(found.error());
        AgentBackend *backend = found->second;
        const TurnRecords::NewTurn turn{sessionId, text,
                                        backend->kind() == Backend::OpenAI ? m_options.systemPrompt : QString(),
                                        leaseMs(backend), m_options.language};
        // The request, its claim and the session's language: one transaction, one write to the disk.
        m_store->runInBackground<ChatStore::StartedTurn>(
            [turn](ChatStore &store) { return TurnRecords::start(store, turn); }, this,
            [this, sessionId, backend, stored](const Result<ChatStore::StartedTurn> &started) {
                if (!started)
                    return stored(started.error());
                m_deliveries.insert(sessionId, Waiting::ForOthers);
                if (started->claimed)
                    start(sessionId, backend, started->turn, false);
                else
                    pump(sessionId);
                stored(started->turn);
            });
    });
    return promise->future();
}

void SessionController::deliver(const QString &sessionId, Waiting waiting)
{
    m_deliveries.insert(sessionId, waiting);
    pump(sessionId);
}

QFuture<Result<void>> SessionController::retry(const QString &sessionId, int turn)
{
    if (m_inFlight.contains(sessionId)) {
        return settled<void>(
            Error{Error::Code::Conflict,
                  QCoreApplication::translate("SessionController", "This session is still waiting for an answer.")});
    }
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    // Beside a claim of the session's next turn under way, this one is claimed after it (the store
    // runs one step at a time) and refused when that one took the session.
    const auto done = [promise](Result<void> outcome) { settle(*promise, std::move(outcome)); };
    withBackend(sessionId, [this, sessionId, turn, done](const auto &found) {
        if (!found)
            return done(found.error());
        AgentBackend *backend = found->second;
        m_store->runInBackground<RetryStep>(
            [sessionId, turn, lease = leaseMs(backend)](ChatStore &store) {
                return claimForRetry(store, sessionId, turn, lease);
            },
            this,
            [this, sessionId, backend, done](const Result<RetryStep> &step) {
                if (!step)
                    return done(step.error());
                if (step->waiting) {
                    done({});
                    deliver(sessionId);
                    return;
                }
                if (step->claim.kind == ClaimOutcome::Kind::HeldElsewhere) {
                    return done(
                        Error{Error::Code::Conflict,
                              QCoreApplication::translate("SessionController",
                                                          "Another GovStack Desktop process is sending a message "
                                                          "of this session. Try again when it has its answer.")});
                }
                if (step->claim.kind == ClaimOutcome::Kind::Claimed && !m_inFlight.contains(sessionId))
                    start(sessionId, backend, step->claim.turn, mayHaveBeenSent(step->claim));
                done({});
            });
    });
    return promise->future();
}

void SessionController::pump(const QString &sessionId)
{
    if (!m_deliveries.contains(sessionId) || m_inFlight.contains(sessionId) || m_claiming.contains(sessionId))
        return;
    m_claiming.insert(sessionId);
    withBackend(sessionId, [this, sessionId](const auto &found) {
        if (!found) {
            m_claiming.remove(sessionId);
            qCWarning(lcDelivery) << "The waiting turns of" << sessionId << "stay waiting:" << found.error().message;
            endDelivery(sessionId, DeliveryEnd::Stopped);
            return;
        }
        AgentBackend *backend = found->second;
        m_store->runInBackground<ClaimOutcome>(
            [sessionId, lease = leaseMs(backend)](ChatStore &store) {
                (void)store.recoverInterrupted();
                return store.claimTurn(sessionId, lease);
            },
            this,
            [this, sessionId, backend](const Result<ClaimOutcome> &claim) {
                m_claiming.remove(sessionId);
                claimed(sessionId, backend, claim);
            });
    });
}

void SessionController::claimed(const QString &sessionId, AgentBackend *backend, const Result<ClaimOutcome> &claim)
{
    // A turn that started meanwhile (a question sent now) holds this claim already.
    if (m_inFlight.contains(sessionId))
        return;
    if (!claim) {
        Q_EMIT storeFailed(sessionId, claim.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    switch (claim->kind) {
    case ClaimOutcome::Kind::NothingToSend:
        endDelivery(sessionId, DeliveryEnd::Done);
        return;
    case ClaimOutcome::Kind::HeldElsewhere:
        if (m_deliveries.value(sessionId, Waiting::NotForOthers) == Waiting::NotForOthers) {
            endDelivery(sessionId, DeliveryEnd::HeldElsewhere);
            return;
        }
        Q_EMIT waitingForOtherSender(sessionId, claim->holder->expiresAt);
        QTimer::singleShot(otherSenderPoll, this, [this, sessionId] { pump(sessionId); });
        return;
    case ClaimOutcome::Kind::Claimed:
        start(sessionId, backend, claim->turn, mayHaveBeenSent(*claim));
        return;
    }
}

void SessionController::start(const QString &sessionId, AgentBackend *backend, int turn, bool checkFirst)
{
    InFlight &inFlight = m_inFlight[sessionId];
    inFlight.turn = turn;
    inFlight.backend = backend;
    if (!m_renewal.isActive())
        m_renewal.start(renewalInterval(backend->timeout()));
    if (!checkFirst || !backend->keepsHistory()) {
        dispatch(sessionId, turn);
        return;
    }
    qCInfo(lcDelivery) << "Reading the server's copy of" << sessionId << "before sending turn" << turn;
    checkServerCopy(sessionId, std::nullopt, [this, sessionId](int current) { dispatch(sessionId, current); });
}

void SessionController::dispatch(const QString &sessionId, int turn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    inFlight.turn = turn;
    const TurnRecords::Outgoing what{sessionId, turn, m_options.userId, m_options.language,
                                     inFlight.backend->sendsStoredHistory()};
    // A long history is read on the store's thread; the turn goes out when it is read, unless
    // it was cancelled meanwhile (then this attempt is over and its read is dropped).
    const quint64 attempt = ++m_attempts;
    inFlight.attempt = attempt;
    m_store->runInBackground<AgentTurn>([what](ChatStore &store) { return TurnRecords::read(store, what); }, this,
                                        [this, sessionId, attempt](const Result<AgentTurn> &agentTurn) {
                                            const auto current = m_inFlight.constFind(sessionId);
                                            if (current != m_inFlight.cend() && current->attempt == attempt &&
                                                !current->reply)
                                                sendTurn(sessionId, agentTurn);
                                        });
}

void SessionController::sendTurn(const QString &sessionId, const Result<AgentTurn> &agentTurn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    const int turn = inFlight.turn;
    AgentBackend *backend = inFlight.backend;
    if (!agentTurn) {
        endTurn(sessionId);
        write([sessionId](ChatStore &store) { return store.releaseClaim(sessionId); }, "give up a claim");
        Q_EMIT storeFailed(sessionId, agentTurn.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    if (backend->keepsHistory()) {
        write([sessionId](ChatStore &store) { return store.setSyncState(sessionId, SyncState::Sending); },
              "mark a session as sending");
    }
    AgentReply *reply = backend->send(*agentTurn);
    inFlight.reply = reply;
    inFlight.draft = (new StreamDraft(m_store, sessionId, turn, reply))->place();
    Q_EMIT turnSending(sessionId, turn);
    connect(reply, &AgentReply::textReceived, this,
            [this, sessionId, turn](const QString &delta) { Q_EMIT textStreamed(sessionId, turn, delta); });
    connect(reply, &AgentReply::finished, this, [this, sessionId, turn, reply] {
        reply->deleteLater();
        if (reply->response())
            complete(sessionId, turn, *reply->response());
        else
            fail(sessionId, turn, reply->error().value_or(AgentError::make(AgentError::Kind::HttpError)),
                 reply->partialResponse());
    });
}

void SessionController::checkServerCopy(const QString &sessionId, const std::optional<AgentError> &attemptError,
                                        std::function<void(int turn)> whenMissing)
{
    InFlight &inFlight = m_inFlight[sessionId];
    inFlight.checked = true;
    const quint64 attempt = ++m_attempts;
    inFlight.attempt = attempt;
    const AgentError undecided = attemptError.value_or(AgentError::make(AgentError::Kind::Interrupted));
    m_store->runInBackground<StoredMessage>(
        [sessionId, turn = inFlight.turn](ChatStore &store) { return store.storedMessage(sessionId, turn); }, this,
        [this, sessionId, attempt, attemptError, undecided, whenMissing](const Result<StoredMessage> &request) {
            const auto current = m_inFlight.constFind(sessionId);
            if (current == m_inFlight.cend() || current->attempt != attempt)
                return; // cancelled while the request was read
            if (!request) {
                fail(sessionId, current->turn, undecided);
                return;
            }
            auto *check = new ServerCopyCheck(m_store, current->backend, sessionId, request->message, this);
            m_inFlight[sessionId].check = check;
            const auto turnNow = [this, sessionId] { return m_inFlight.value(sessionId).turn; };
            connect(check, &ServerCopyCheck::failed, this,
                    [this, sessionId, check, turnNow, attemptError, undecided](const std::optional<AgentError> &error) {
                        check->deleteLater();
                        fail(sessionId, turnNow(), attemptError.value_or(error.value_or(undecided)));
                    });
            connect(check, &ServerCopyCheck::missing, this, [this, sessionId, check, whenMissing](int turn) {
                check->deleteLater();
                m_inFlight[sessionId].turn = turn;
                whenMissing(turn);
            });
            connect(check, &ServerCopyCheck::found, this, [this, sessionId, check](int turn) {
                check->deleteLater();
                foundOnServer(sessionId, turn);
            });
            check->start();
        });
}

void SessionController::foundOnServer(const QString &sessionId, int turn)
{
    qCInfo(lcDelivery) << "The server has turn" << turn << "of" << sessionId << "already";
    const InFlight inFlight = m_inFlight.value(sessionId);
    endTurn(sessionId);
    m_store->runInBackground<void>(
        [sessionId, link = serverLinkOf(inFlight.backend)](ChatStore &store) -> Result<void> {
            (void)store.releaseClaim(sessionId);
            TurnRecords::recordAcceptance(store, sessionId, link);
            return {};
        },
        this,
        [this, sessionId, turn](const Result<void> &) {
            Q_EMIT turnFoundOnServer(sessionId, turn);
            Q_EMIT turnCompleted(sessionId, turn);
            pump(sessionId);
        });
}

void SessionController::cancel(const QString &sessionId)
{
    const auto it = m_inFlight.constFind(sessionId);
    if (it == m_inFlight.cend())
        return;
    m_deliveries.remove(sessionId);
    if (it->reply) {
        it->reply->cancel();
        return;
    }
    // Checking the server's copy or reading the history: over at once, so nothing of it
    // arrives after the cancel was written.
    const int turn = it->turn;
    delete it->check.data();
    fail(sessionId, turn, AgentError::make(AgentError::Kind::Cancelled));
}

void SessionController::endTurn(const QString &sessionId)
{
    m_inFlight.remove(sessionId);
    if (m_inFlight.isEmpty())
        m_renewal.stop();
}

void SessionController::endDelivery(const QString &sessionId, DeliveryEnd how)
{
    if (m_deliveries.remove(sessionId))
        Q_EMIT deliveryEnded(sessionId, how);
}

void SessionController::complete(const QString &sessionId, int turn, const ModelMessage &response)
{
    const InFlight inFlight = m_inFlight.value(sessionId);
    endTurn(sessionId);
    const UnsavedAnswer answer{sessionId, turn, response, inFlight.draft};
    m_store->runInBackground<void>(
        [answer, link = serverLinkOf(inFlight.backend)](ChatStore &store) {
            TurnRecords::recordAcceptance(store, answer.sessionId, link);
            return store.completeTurn(answer.sessionId, answer.turn, answer.response,
                                      TurnRecords::draftSeq(answer.draft));
        },
        this,
        [this, answer](const Result<void> &saved) {
            if (!saved) {
                // The answer arrived: it is kept and written again until the store takes it.
                m_unsaved.append(answer);
                m_saveRetry.start();
                Q_EMIT storeFailed(answer.sessionId, saved.error());
                endDelivery(answer.sessionId, DeliveryEnd::Stopped);
                return;
            }
            Q_EMIT turnCompleted(answer.sessionId, answer.turn);
            pump(answer.sessionId);
        });
}

void SessionController::saveUnsavedAnswers()
{
    m_saveRetry.stop();
    const QList<UnsavedAnswer> answers = std::exchange(m_unsaved, {});
    m_store->runInBackground<QList<bool>>(
        [answers](ChatStore &store) {
            QList<bool> saved;
            for (const UnsavedAnswer &answer : answers) {
                saved << bool(store.completeTurn(answer.sessionId, answer.turn, answer.response,
                                                 TurnRecords::draftSeq(answer.draft)));
            }
            return Result<QList<bool>>(saved);
        },
        this,
        [this, answers](const Result<QList<bool>> &saved) {
            for (qsizetype i = 0; i < answers.size(); ++i) {
                if (saved->at(i))
                    Q_EMIT turnCompleted(answers.at(i).sessionId, answers.at(i).turn);
                else
                    m_unsaved.append(answers.at(i));
            }
            if (!m_unsaved.isEmpty())
                m_saveRetry.start();
        });
}

void SessionController::fail(const QString &sessionId, int turn, const AgentError &error,
                             const std::optional<ModelMessage> &partial)
{
    const InFlight inFlight = m_inFlight.value(sessionId);
    const bool keptOnServer = inFlight.backend && inFlight.backend->keepsHistory();
    // The request may have arrived before the connection broke: the server's copy says whether it did.
    if (keptOnServer && !inFlight.checked && error.mayHaveReachedServer() &&
        error.kind != AgentError::Kind::Cancelled) {
        qCInfo(lcDelivery) << "Turn" << turn << "of" << sessionId << "failed with" << error.kindName()
                           << "after it may have reached the server; reading the server's copy";
        checkServerCopy(sessionId, error, [this, sessionId, error](int current) { fail(sessionId, current, error); });
        return;
    }
    endTurn(sessionId);
    // A turn for a server that is down, overloaded or refusing the key waits in the outbox;
    // one the server refused as it is (or the user cancelled) waits for the user.
    const bool queue = keptOnServer && error.waitsForServer();
    std::optional<SyncState> state;
    if (keptOnServer)
        state = !queue || error.kind == AgentError::Kind::KeyRejected ? SyncState::NeedsAttention : SyncState::Waiting;
    m_store->runInBackground<void>(
        [sessionId, turn, error, partial, queue, state, draft = inFlight.draft](ChatStore &store) {
            if (state)
                (void)store.setSyncState(sessionId, *state, error.message);
            return queue ? store.queueTurn(sessionId, turn, error.kindName(), error.message)
                         : store.failTurn(sessionId, turn, error.kindName(), error.message, partial,
                                          TurnRecords::draftSeq(draft));
        },
        this,
        [this, sessionId, turn, error, queue](const Result<void> &saved) {
            failed(sessionId, turn, error, queue, saved);
        });
}

void SessionController::failed(const QString &sessionId, int turn, const AgentError &error, bool queued,
                               const Result<void> &saved)
{
    if (!saved) {
        Q_EMIT storeFailed(sessionId, saved.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    if (queued) {
        Q_EMIT turnQueued(sessionId, turn, error);
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    Q_EMIT turnFailed(sessionId, turn, error);
    // A turn refused as it is stays for the user; the turns after it still go, unless the user stopped.
    if (error.kind == AgentError::Kind::Cancelled)
        endDelivery(sessionId, DeliveryEnd::Stopped);
    else
        pump(sessionId);
}

void SessionController::write(std::function<Result<void>(ChatStore &)> job, const char *what)
{
    m_store->runInBackground<void>(std::move(job), this, [what](const Result<void> &written) {
        if (!written)
            qCWarning(lcDelivery) << "Could not" << what << "-" << written.error().message;
    });
}

void SessionController::renewClaims()
{
    auto shortest = std::chrono::milliseconds::max();
    for (const InFlight &inFlight : std::as_const(m_inFlight))
        shortest = std::min(shortest, inFlight.backend->timeout());
    if (m_inFlight.isEmpty())
        return;
    m_renewal.start(renewalInterval(shortest));
    write([lease = qint64(leaseFor(shortest).count())](ChatStore &store) { return store.renewClaims(lease); },
          "renew the claims of the messages being sent");
}
