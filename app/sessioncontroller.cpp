#include "sessioncontroller.h"

#include "agentbackend.h"
#include "agentreply.h"
#include "chatstore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Error busyError()
{
    return Error{Error::Code::InvalidData,
                 QCoreApplication::translate("SessionController", "This session is still waiting for an answer.")};
}

const StoredMessage *requestOfTurn(const QList<StoredMessage> &stored, int turn)
{
    const auto it = std::find_if(stored.cbegin(), stored.cend(), [turn](const StoredMessage &entry) {
        return entry.seq == turn && entry.message.isRequest();
    });
    return it == stored.cend() ? nullptr : &*it;
}

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

/// How many entries a server that keeps history holds before @p turn: two for each answered question.
int serverEntriesBefore(const QList<StoredMessage> &stored, int turn)
{
    return 2 * int(std::count_if(stored.cbegin(), stored.cend(), [turn](const StoredMessage &entry) {
               return entry.status == MessageStatus::Ok && entry.turn < turn &&
                   entry.message.role() == ModelMessage::Role::User;
           }));
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
}

SessionController::SessionController(ChatStore *store, AgentBackend *backend, Options options, QObject *parent)
    : SessionController(
          store, [backend](Backend) { return backend; }, std::move(options), parent)
{ }

bool SessionController::isServerSession(const QString &sessionId) const
{
    const auto session = m_store->chat(sessionId);
    return session && !session->serverUrl.isEmpty();
}

Result<SessionController::Target> SessionController::targetOf(const QString &sessionId) const
{
    auto session = m_store->chat(sessionId);
    if (!session)
        return session.error();
    if (AgentBackend *backend = m_backends(session->backend))
        return Target{std::move(session).value(), backend};
    return Error{
        Error::Code::InvalidData,
        QCoreApplication::translate("SessionController", "No %1 server is set up for this session. Check Settings.")
            .arg(session->backend == Backend::OpenAI ? u"OpenAI-compatible"_s : u"GovStack"_s)};
}

SessionController::~SessionController()
{
    for (const InFlight &inFlight : std::as_const(m_inFlight)) {
        delete inFlight.reply;
        delete inFlight.check;
    }
}

bool SessionController::isBusy(const QString &sessionId) const
{
    return m_inFlight.contains(sessionId);
}

Result<int> SessionController::send(const QString &sessionId, const QString &text)
{
    if (isBusy(sessionId))
        return busyError();
    const auto target = targetOf(sessionId);
    if (!target)
        return target.error();
    auto stored = m_store->loadStoredMessages(sessionId);
    if (!stored)
        return stored.error();

    QList<MessagePart> parts;
    // With an OpenAI-compatible back end the app is the agent: its prompt is
    // stored as the session's first part, so a reopened session sends it again.
    if (target->backend->kind() == Backend::OpenAI && target->session.messageCount == 0 &&
        !m_options.systemPrompt.isEmpty())
        parts << MessagePart::systemPrompt(m_options.systemPrompt);
    parts << MessagePart::userPrompt(text);
    const ModelMessage request = ModelMessage::request(parts);

    // Turns go to the server in order: behind a queued one, a new one queues too.
    const bool behindQueue = std::any_of(stored->cbegin(), stored->cend(), [](const StoredMessage &entry) {
        return entry.status == MessageStatus::Queued;
    });
    const auto turn =
        m_store->beginTurn(sessionId, request, behindQueue ? MessageStatus::Queued : MessageStatus::Pending);
    if (!turn)
        return turn.error();
    if (const auto [url, profile] = target->backend->serverLink();
        !url.isEmpty() && target->session.serverUrl.isEmpty())
        (void)m_store->linkToServer(sessionId, url, profile);
    if (target->session.language.isEmpty())
        (void)m_store->setLanguage(sessionId, m_options.language);
    if (behindQueue)
        return *turn;
    QList<StoredMessage> withRequest = std::move(stored).value();
    withRequest.append(StoredMessage{*turn, *turn, MessageStatus::Pending, {}, {}, request, {}, {}});
    dispatch(target->backend, sessionId, *turn, withRequest);
    return *turn;
}

Result<void> SessionController::sendQueued(const QString &sessionId, int turn)
{
    if (isBusy(sessionId))
        return busyError();
    const auto stored = m_store->loadStoredMessages(sessionId);
    if (!stored)
        return stored.error();
    const StoredMessage *request = requestOfTurn(*stored, turn);
    if (!request || request->status == MessageStatus::Ok) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SessionController", "This message is not waiting to be sent.")};
    }
    const auto target = targetOf(sessionId);
    if (!target)
        return target.error();
    if (auto marked = m_store->retryTurn(sessionId, turn); !marked)
        return marked;
    dispatch(target->backend, sessionId, turn, *stored);
    return {};
}

Result<void> SessionController::retry(const QString &sessionId, int turn)
{
    if (isBusy(sessionId))
        return busyError();
    const auto stored = m_store->loadStoredMessages(sessionId);
    if (!stored)
        return stored.error();
    const StoredMessage *request = requestOfTurn(*stored, turn);
    if (!request || (request->status != MessageStatus::Failed && request->status != MessageStatus::Queued)) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SessionController", "This message is not waiting to be sent again.")};
    }
    const bool queuedBefore = std::any_of(stored->cbegin(), stored->cend(), [turn](const StoredMessage &entry) {
        return entry.status == MessageStatus::Queued && entry.message.isRequest() && entry.turn < turn;
    });
    if (queuedBefore) {
        return Error{Error::Code::InvalidData,
                     QCoreApplication::translate("SessionController",
                                                 "Earlier messages of this session are waiting to be sent; they go "
                                                 "first.")};
    }
    const auto target = targetOf(sessionId);
    if (!target)
        return target.error();
    const auto kind = AgentError::kindFromName(request->errorKind);
    const bool mayHaveArrived = kind && AgentError::make(*kind).mayHaveReachedServer();
    if (auto retried = m_store->retryTurn(sessionId, turn); !retried)
        return retried;
    if (mayHaveArrived && target->backend->keepsHistory())
        checkDeliveryThenDispatch(target->backend, sessionId, turn, *stored);
    else
        dispatch(target->backend, sessionId, turn, *stored);
    return {};
}

void SessionController::cancel(const QString &sessionId)
{
    const auto it = m_inFlight.constFind(sessionId);
    if (it == m_inFlight.cend())
        return;
    if (it->reply) {
        it->reply->cancel();
    } else if (it->check) {
        const int turn = it->turn;
        it->check->deleteLater();
        fail(sessionId, turn, AgentError::make(AgentError::Kind::Cancelled));
    }
}

void SessionController::dispatch(AgentBackend *backend, const QString &sessionId, int turn,
                                 const QList<StoredMessage> &stored)
{
    const StoredMessage *request = requestOfTurn(stored, turn);
    Q_ASSERT(request);
    if (backend->keepsHistory())
        (void)m_store->setSyncState(sessionId, SyncState::Sending);
    AgentReply *reply = backend->send(
        AgentTurn{sessionId, m_options.userId, m_options.language, historyBefore(stored, turn), request->message});
    m_inFlight.insert(sessionId, InFlight{turn, reply, nullptr});
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

void SessionController::checkDeliveryThenDispatch(AgentBackend *backend, const QString &sessionId, int turn,
                                                  const QList<StoredMessage> &stored)
{
    const int entriesBefore = serverEntriesBefore(stored, turn);
    HistoryReply *check = backend->fetchHistory(sessionId);
    m_inFlight.insert(sessionId, InFlight{turn, nullptr, check});
    connect(check, &HistoryReply::finished, this, [this, backend, sessionId, turn, check, stored, entriesBefore] {
        check->deleteLater();
        if (check->error()) {
            fail(sessionId, turn, *check->error());
            return;
        }
        const ServerHistory &server = *check->history();
        // A stored turn adds exactly two entries: the question and its answer.
        if (const auto answer = server.lastAnswer(); server.messageCount >= entriesBefore + 2 && answer) {
            complete(sessionId, turn, *answer);
            return;
        }
        m_inFlight.remove(sessionId);
        dispatch(backend, sessionId, turn, stored);
    });
}

void SessionController::complete(const QString &sessionId, int turn, const ModelMessage &response)
{
    m_inFlight.remove(sessionId);
    if (isServerSession(sessionId))
        (void)m_store->setSyncState(sessionId, SyncState::Synced);
    if (auto saved = m_store->completeTurn(sessionId, turn, response); !saved) {
        // The answer arrived: it is kept and written again until the store takes it.
        m_unsaved.append(UnsavedAnswer{sessionId, turn, response});
        m_saveRetry.start();
        Q_EMIT storeFailed(sessionId, saved.error());
        return;
    }
    Q_EMIT turnCompleted(sessionId, turn);
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
    m_inFlight.remove(sessionId);
    const bool serverSession = isServerSession(sessionId);
    // A turn for a server that is down, overloaded or refusing the key waits in the outbox;
    // one the server refused as it is (or the user cancelled) waits for the user.
    const bool queue = serverSession && error.waitsForServer();
    if (serverSession) {
        const bool attention = !queue || error.kind == AgentError::Kind::KeyRejected;
        (void)m_store->setSyncState(sessionId, attention ? SyncState::NeedsAttention : SyncState::Waiting,
                                    error.message);
    }
    auto saved = queue ? m_store->queueTurn(sessionId, turn, error.kindName(), error.message)
                       : m_store->failTurn(sessionId, turn, error.kindName(), error.message, partial);
    if (!saved) {
        Q_EMIT storeFailed(sessionId, saved.error());
        return;
    }
    if (queue)
        Q_EMIT turnQueued(sessionId, turn, error);
    else
        Q_EMIT turnFailed(sessionId, turn, error);
}
