#include "sessioncontroller.h"

#include "agentbackend.h"
#include "chatstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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

qint64 leaseMs(const AgentBackend *backend)
{
    return qint64(TurnRunner::leaseFor(backend->timeout()).count());
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
    , m_runner(store)
{
    setOptions(std::move(options));
    connect(&m_runner, &TurnRunner::turnSending, this, &SessionController::turnSending);
    connect(&m_runner, &TurnRunner::textStreamed, this, &SessionController::textStreamed);
    connect(&m_runner, &TurnRunner::turnCompleted, this, &SessionController::turnCompleted);
    connect(&m_runner, &TurnRunner::turnFailed, this, &SessionController::turnFailed);
    connect(&m_runner, &TurnRunner::turnQueued, this, &SessionController::turnQueued);
    connect(&m_runner, &TurnRunner::turnFoundOnServer, this, &SessionController::turnFoundOnServer);
    connect(&m_runner, &TurnRunner::storeFailed, this, &SessionController::storeFailed);
    connect(&m_runner, &TurnRunner::turnEnded, this, [this](const QString &sessionId, TurnRunner::After after) {
        if (after == TurnRunner::After::SendNext)
            pump(sessionId);
        else
            endDelivery(sessionId, DeliveryEnd::Stopped);
    });
}

SessionController::SessionController(ChatStore *store, AgentBackend *backend, Options options, QObject *parent)
    : SessionController(
          store, [backend](Backend) { return backend; }, std::move(options), parent)
{ }

SessionController::~SessionController() = default;

void SessionController::setRecoveryInterval(std::chrono::milliseconds interval)
{
    m_runner.setRecoveryInterval(interval);
}

void SessionController::setOptions(Options options)
{
    m_options = std::move(options);
    m_runner.setSender(m_options.userId, m_options.language);
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
    return m_runner.isRunning(sessionId) || m_deliveries.contains(sessionId) || m_storing.contains(sessionId) ||
        m_claiming.contains(sessionId);
}

std::optional<int> SessionController::sendingTurn(const QString &sessionId) const
{
    return m_runner.turnOf(sessionId);
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
                    m_runner.start(sessionId, backend, started->turn, false);
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
    if (m_runner.isRunning(sessionId)) {
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
                if (step->claim.kind == ClaimOutcome::Kind::Claimed && !m_runner.isRunning(sessionId))
                    m_runner.start(sessionId, backend, step->claim.turn, mayHaveBeenSent(step->claim));
                done({});
            });
    });
    return promise->future();
}

void SessionController::pump(const QString &sessionId)
{
    if (!m_deliveries.contains(sessionId) || m_runner.isRunning(sessionId) || m_claiming.contains(sessionId))
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
    if (m_runner.isRunning(sessionId))
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
        m_runner.start(sessionId, backend, claim->turn, mayHaveBeenSent(*claim));
        return;
    }
}

void SessionController::cancel(const QString &sessionId)
{
    if (!m_runner.isRunning(sessionId))
        return;
    m_deliveries.remove(sessionId);
    m_runner.cancel(sessionId);
}

void SessionController::endDelivery(const QString &sessionId, DeliveryEnd how)
{
    if (m_deliveries.remove(sessionId))
        Q_EMIT deliveryEnded(sessionId, how);
}
