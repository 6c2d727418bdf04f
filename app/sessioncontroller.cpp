#include "sessioncontroller.h"

#include "agentbackend.h"
#include "agentreply.h"
#include "chatstore.h"
#include "servercopycheck.h"
#include "storethread.h"
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

/// The conversation before @p turn, as the agent must see it.
QList<ModelMessage> historyBefore(const QList<StoredMessage> &stored, int turn)
{
    QList<ModelMessage> history;
    for (const StoredMessage &entry : stored) {
        if (entry.status == MessageStatus::Ok && entry.turn < turn)
            history << entry.message;
    }
    return history;
}

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

qint64 millis(std::chrono::milliseconds duration)
{
    return qint64(duration.count());
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
    connect(&m_recovery, &QTimer::timeout, this, [this] { (void)m_store->recoverInterrupted(); });
    (void)m_store->recoverInterrupted();
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

Result<AgentBackend *> SessionController::backendFor(const QString &sessionId) const
{
    const auto session = m_store->chat(sessionId);
    if (!session)
        return session.error();
    return backendFor(*session);
}

bool SessionController::keptOnAnotherServer(const ChatSession &session) const
{
    const AgentBackend *configured = m_backends(session.backend);
    const auto [url, profile] = configured ? configured->serverLink() : std::pair<QString, QString>{};
    return !session.serverUrl.isEmpty() && (session.serverUrl != url || session.serverProfile != profile);
}

bool SessionController::isBusy(const QString &sessionId) const
{
    return m_inFlight.contains(sessionId) || m_deliveries.contains(sessionId);
}

std::optional<int> SessionController::sendingTurn(const QString &sessionId) const
{
    const auto inFlight = m_inFlight.constFind(sessionId);
    return inFlight == m_inFlight.cend() ? std::nullopt : std::optional(inFlight->turn);
}

Result<int> SessionController::send(const QString &sessionId, const QString &text)
{
    const auto session = m_store->chat(sessionId);
    if (!session)
        return session.error();
    const auto backend = backendFor(*session);
    if (!backend)
        return backend.error();
    (void)m_store->recoverInterrupted();

    QList<MessagePart> parts;
    // With an OpenAI-compatible back end the app is the agent: its prompt is
    // stored as the session's first part, so a reopened session sends it again.
    if ((*backend)->kind() == Backend::OpenAI && session->messageCount == 0 && !m_options.systemPrompt.isEmpty())
        parts << MessagePart::systemPrompt(m_options.systemPrompt);
    parts << MessagePart::userPrompt(text);
    // The request, its claim and the session's language: one transaction, one write to the disk.
    const auto started = m_store->startTurn(sessionId, ModelMessage::request(parts),
                                            millis(leaseFor((*backend)->timeout())), m_options.language);
    if (!started)
        return started.error();
    m_deliveries.insert(sessionId, Waiting::ForOthers);
    if (started->claimed)
        start(sessionId, *backend, started->turn, false);
    else if (!m_inFlight.contains(sessionId))
        pump(sessionId);
    return started->turn;
}

Result<void> SessionController::deliver(const QString &sessionId, Waiting waiting)
{
    if (const auto backend = backendFor(sessionId); !backend)
        return backend.error();
    m_deliveries.insert(sessionId, waiting);
    if (!m_inFlight.contains(sessionId))
        pump(sessionId);
    return {};
}

Result<void> SessionController::retry(const QString &sessionId, int turn)
{
    if (m_inFlight.contains(sessionId)) {
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("SessionController", "This session is still waiting for an answer.")};
    }
    const auto backend = backendFor(sessionId);
    if (!backend)
        return backend.error();
    (void)m_store->recoverInterrupted();
    const auto request = m_store->storedMessage(sessionId, turn);
    if (request && request->message.isRequest() && request->status == MessageStatus::Queued)
        return deliver(sessionId);
    if (!request || !request->message.isRequest() || request->status != MessageStatus::Failed) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SessionController", "This message is not waiting to be sent again.")};
    }
    const auto claimed = m_store->claimTurn(sessionId, millis(leaseFor((*backend)->timeout())), turn);
    if (!claimed)
        return claimed.error();
    if (claimed->kind == ClaimOutcome::Kind::HeldElsewhere) {
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate("SessionController",
                                                 "Another GovStack Desktop process is sending a message of this "
                                                 "session. Try again when it has its answer.")};
    }
    if (claimed->kind == ClaimOutcome::Kind::Claimed)
        start(sessionId, *backend, claimed->turn, mayHaveBeenSent(*claimed));
    return {};
}

void SessionController::pump(const QString &sessionId)
{
    const auto waiting = m_deliveries.constFind(sessionId);
    if (waiting == m_deliveries.cend() || m_inFlight.contains(sessionId))
        return;
    const auto backend = backendFor(sessionId);
    if (!backend) {
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    (void)m_store->recoverInterrupted();
    const auto claimed = m_store->claimTurn(sessionId, millis(leaseFor((*backend)->timeout())));
    if (!claimed) {
        Q_EMIT storeFailed(sessionId, claimed.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    switch (claimed->kind) {
    case ClaimOutcome::Kind::NothingToSend:
        endDelivery(sessionId, DeliveryEnd::Done);
        return;
    case ClaimOutcome::Kind::HeldElsewhere:
        if (*waiting == Waiting::NotForOthers) {
            endDelivery(sessionId, DeliveryEnd::HeldElsewhere);
            return;
        }
        Q_EMIT waitingForOtherSender(sessionId, claimed->holder->expiresAt);
        QTimer::singleShot(otherSenderPoll, this, [this, sessionId] { pump(sessionId); });
        return;
    case ClaimOutcome::Kind::Claimed:
        start(sessionId, *backend, claimed->turn, mayHaveBeenSent(*claimed));
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

Result<AgentTurn> SessionController::readTurn(ChatStore &store, const TurnToSend &what)
{
    const auto request = store.storedMessage(what.sessionId, what.turn);
    if (!request)
        return request.error();
    AgentTurn agentTurn{what.sessionId, what.userId, what.language, {}, {}, request->message};
    // A back end that sends the history as stored gets its bytes: a long session is not decoded at every send.
    if (what.storedHistory) {
        auto history = store.historyJsonBefore(what.sessionId, what.turn);
        if (!history)
            return history.error();
        agentTurn.historyJson = std::move(history).value();
        return agentTurn;
    }
    const auto stored = store.loadStoredMessages(what.sessionId);
    if (!stored)
        return stored.error();
    agentTurn.history = historyBefore(*stored, what.turn);
    return agentTurn;
}

void SessionController::dispatch(const QString &sessionId, int turn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    inFlight.turn = turn;
    const TurnToSend what{sessionId, turn, m_options.userId, m_options.language,
                          inFlight.backend->sendsStoredHistory()};
    StoreThread *storeThread = m_store->backgroundThread();
    if (!storeThread) {
        sendTurn(sessionId, readTurn(*m_store, what));
        return;
    }
    // A long history is read on the store's thread; the turn goes out when it is read, unless
    // it was cancelled meanwhile (then this attempt is over and its read is dropped).
    const quint64 attempt = ++m_attempts;
    inFlight.attempt = attempt;
    storeThread->run<AgentTurn>([what](ChatStore &store) { return readTurn(store, what); })
        .then(this, [this, sessionId, attempt](Result<AgentTurn> agentTurn) {
            const auto current = m_inFlight.constFind(sessionId);
            if (current != m_inFlight.cend() && current->attempt == attempt && !current->reply)
                sendTurn(sessionId, std::move(agentTurn));
        });
}

void SessionController::sendTurn(const QString &sessionId, Result<AgentTurn> agentTurn)
{
    InFlight &inFlight = m_inFlight[sessionId];
    const int turn = inFlight.turn;
    AgentBackend *backend = inFlight.backend;
    if (!agentTurn) {
        m_inFlight.remove(sessionId);
        (void)m_store->releaseClaim(sessionId);
        Q_EMIT storeFailed(sessionId, agentTurn.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    if (backend->keepsHistory())
        (void)m_store->setSyncState(sessionId, SyncState::Sending);
    AgentReply *reply = backend->send(*agentTurn);
    inFlight.reply = reply;
    inFlight.draft = new StreamDraft(m_store, sessionId, turn, reply);
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
    const auto request = m_store->storedMessage(sessionId, inFlight.turn);
    const AgentError undecided = attemptError.value_or(AgentError::make(AgentError::Kind::Interrupted));
    if (!request) {
        fail(sessionId, inFlight.turn, undecided);
        return;
    }
    auto *check = new ServerCopyCheck(m_store, inFlight.backend, sessionId, request->message, this);
    inFlight.check = check;
    const auto turnNow = [this, sessionId] { return m_inFlight.value(sessionId).turn; };
    connect(check, &ServerCopyCheck::failed, this,
            [this, sessionId, check, turnNow, attemptError, undecided](const std::optional<AgentError> &readError) {
                check->deleteLater();
                fail(sessionId, turnNow(), attemptError.value_or(readError.value_or(undecided)));
            });
    connect(check, &ServerCopyCheck::missing, this, [this, sessionId, check, whenMissing](int turn) {
        check->deleteLater();
        m_inFlight[sessionId].turn = turn;
        whenMissing(turn);
    });
    connect(check, &ServerCopyCheck::found, this, [this, sessionId, check](int turn) {
        check->deleteLater();
        qCInfo(lcDelivery) << "The server has turn" << turn << "of" << sessionId << "already";
        const InFlight inFlight = m_inFlight.value(sessionId);
        endTurn(sessionId);
        (void)m_store->releaseClaim(sessionId);
        acceptedBy(sessionId, inFlight.backend);
        Q_EMIT turnFoundOnServer(sessionId, turn);
        Q_EMIT turnCompleted(sessionId, turn);
        pump(sessionId);
    });
    check->start();
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
    acceptedBy(sessionId, inFlight.backend);
    const std::optional<int> draft = inFlight.draft ? inFlight.draft->seq() : std::nullopt;
    if (auto saved = m_store->completeTurn(sessionId, turn, response, draft); !saved) {
        // The answer arrived: it is kept and written again until the store takes it.
        m_unsaved.append(UnsavedAnswer{sessionId, turn, response});
        m_saveRetry.start();
        Q_EMIT storeFailed(sessionId, saved.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    Q_EMIT turnCompleted(sessionId, turn);
    pump(sessionId);
}

void SessionController::acceptedBy(const QString &sessionId, AgentBackend *backend)
{
    if (!backend || !backend->keepsHistory())
        return;
    // The server accepted a turn: from now on the session belongs to it.
    const auto session = m_store->chat(sessionId);
    if (const auto [url, profile] = backend->serverLink(); session && session->serverUrl.isEmpty())
        (void)m_store->linkToServer(sessionId, url, profile);
    (void)m_store->setSyncState(sessionId, SyncState::Synced);
}

void SessionController::saveUnsavedAnswers()
{
    for (qsizetype i = 0; i < m_unsaved.size();) {
        const UnsavedAnswer &answer = m_unsaved.at(i);
        if (!m_store->completeTurn(answer.sessionId, answer.turn, answer.response)) {
            ++i;
            continue;
        }
        const UnsavedAnswer saved = m_unsaved.takeAt(i);
        Q_EMIT turnCompleted(saved.sessionId, saved.turn);
    }
    if (m_unsaved.isEmpty())
        m_saveRetry.stop();
}

void SessionController::fail(const QString &sessionId, int turn, const AgentError &error,
                             const std::optional<ModelMessage> &partial)
{
    const InFlight inFlight = m_inFlight.value(sessionId);
    AgentBackend *backend = inFlight.backend;
    const bool keptOnServer = backend && backend->keepsHistory();
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
    if (keptOnServer) {
        const bool attention = !queue || error.kind == AgentError::Kind::KeyRejected;
        (void)m_store->setSyncState(sessionId, attention ? SyncState::NeedsAttention : SyncState::Waiting,
                                    error.message);
    }
    auto saved = queue ? m_store->queueTurn(sessionId, turn, error.kindName(), error.message)
                       : m_store->failTurn(sessionId, turn, error.kindName(), error.message, partial,
                                           inFlight.draft ? inFlight.draft->seq() : std::nullopt);
    if (!saved) {
        Q_EMIT storeFailed(sessionId, saved.error());
        endDelivery(sessionId, DeliveryEnd::Stopped);
        return;
    }
    if (queue) {
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

void SessionController::renewClaims()
{
    auto shortest = std::chrono::milliseconds::max();
    for (const InFlight &inFlight : std::as_const(m_inFlight))
        shortest = std::min(shortest, inFlight.backend->timeout());
    if (m_inFlight.isEmpty())
        return;
    m_renewal.start(renewalInterval(shortest));
    if (auto renewed = m_store->renewClaims(millis(leaseFor(shortest))); !renewed)
        qCWarning(lcDelivery) << "Could not renew the claims of the messages being sent:" << renewed.error().message;
}
