#include "turnrunner.h"

#include "agentreply.h"
#include "chatstore.h"
#include "servercopycheck.h"
#include "streamdraft.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

Q_LOGGING_CATEGORY(lcDelivery, "govstack.delivery")

/// Four renewals per timeout, so a live sender's claim never lapses.
std::chrono::milliseconds renewalInterval(std::chrono::milliseconds timeout)
{
    return std::max(timeout / 4, std::chrono::milliseconds(100));
}

TurnRecords::ServerLink serverLinkOf(const AgentBackend *backend)
{
    return backend && backend->keepsHistory() ? backend->serverLink() : TurnRecords::ServerLink{};
}

} // namespace

TurnRunner::TurnRunner(ChatStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_saveRetry.setInterval(saveRetryInterval);
    connect(&m_saveRetry, &QTimer::timeout, this, &TurnRunner::saveUnsavedAnswers);
    connect(&m_renewal, &QTimer::timeout, this, &TurnRunner::renewClaims);
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

TurnRunner::~TurnRunner()
{
    for (const InFlight &inFlight : std::as_const(m_inFlight)) {
        delete inFlight.reply;
        delete inFlight.check;
    }
}

std::chrono::milliseconds TurnRunner::leaseFor(std::chrono::milliseconds timeout)
{
    // Renewed every quarter of the timeout, so it outlasts its sender's last renewal by the whole timeout.
    return timeout + timeout / 4 + 1s;
}

void TurnRunner::setSender(const QString &userId, const QString &language)
{
    m_userId = userId;
    m_language = language;
}

void TurnRunner::setRecoveryInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0)
        m_recovery.stop();
    else
        m_recovery.start(interval);
}

std::optional<int> TurnRunner::turnOf(const QString &sessionId) const
{
    const auto inFlight = m_inFlight.constFind(sessionId);
    return inFlight == m_inFlight.cend() ? std::nullopt : std::optional(inFlight->turn);
}

void TurnRunner::start(const QString &sessionId, AgentBackend *backend, int turn, bool checkFirst)
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

void TurnRunner::dispatch(const QString &sessionId, int turn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    inFlight.turn = turn;
    const TurnRecords::Outgoing what{sessionId, turn, m_userId, m_language, inFlight.backend->sendsStoredHistory()};
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

void TurnRunner::sendTurn(const QString &sessionId, const Result<AgentTurn> &agentTurn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    const int turn = inFlight.turn;
    AgentBackend *backend = inFlight.backend;
    if (!agentTurn) {
        endTurn(sessionId);
        write([sessionId](ChatStore &store) { return store.releaseClaim(sessionId); }, "give up a claim");
        Q_EMIT storeFailed(sessionId, agentTurn.error());
        Q_EMIT turnEnded(sessionId, After::Stop);
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

void TurnRunner::checkServerCopy(const QString &sessionId, const std::optional<AgentError> &attemptError,
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

void TurnRunner::foundOnServer(const QString &sessionId, int turn)
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
            Q_EMIT turnEnded(sessionId, After::SendNext);
        });
}

void TurnRunner::cancel(const QString &sessionId)
{
    const auto it = m_inFlight.constFind(sessionId);
    if (it == m_inFlight.cend())
        return;
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

void TurnRunner::endTurn(const QString &sessionId)
{
    m_inFlight.remove(sessionId);
    if (m_inFlight.isEmpty())
        m_renewal.stop();
}

void TurnRunner::complete(const QString &sessionId, int turn, const ModelMessage &response)
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
                Q_EMIT turnEnded(answer.sessionId, After::Stop);
                return;
            }
            Q_EMIT turnCompleted(answer.sessionId, answer.turn);
            Q_EMIT turnEnded(answer.sessionId, After::SendNext);
        });
}

void TurnRunner::saveUnsavedAnswers()
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

void TurnRunner::fail(const QString &sessionId, int turn, const AgentError &error,
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

void TurnRunner::failed(const QString &sessionId, int turn, const AgentError &error, bool queued,
                        const Result<void> &saved)
{
    if (!saved) {
        Q_EMIT storeFailed(sessionId, saved.error());
        Q_EMIT turnEnded(sessionId, After::Stop);
        return;
    }
    if (queued) {
        Q_EMIT turnQueued(sessionId, turn, error);
        Q_EMIT turnEnded(sessionId, After::Stop);
        return;
    }
    Q_EMIT turnFailed(sessionId, turn, error);
    // A turn refused as it is stays for the user; the turns after it still go, unless the user stopped.
    Q_EMIT turnEnded(sessionId, error.kind == AgentError::Kind::Cancelled ? After::Stop : After::SendNext);
}

void TurnRunner::write(std::function<Result<void>(ChatStore &)> job, const char *what)
{
    m_store->runInBackground<void>(std::move(job), this, [what](const Result<void> &written) {
        if (!written)
            qCWarning(lcDelivery) << "Could not" << what << "-" << written.error().message;
    });
}

void TurnRunner::renewClaims()
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
