#pragma once

#include "agentbackend.h"
#include "agenterror.h"
#include "chatsession.h"
#include "result.h"
#include "storedmessage.h"
#include "turnrunner.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>

class ChatStore;

/// Does chat turns: stores the user's message at once, sends it with the
/// session's whole stored history, and stores the answer, or the failure with
/// the message kept for a retry. Nothing the user typed or received is lost,
/// and nothing is sent twice:
///
/// - a turn is sent only after this process claimed it in the store, so no
///   other process (a window, a headless command) sends it too; the claim is
///   renewed while the request runs and lapses when its owner has ended;
/// - a session's turns go out one at a time, in order: a new turn waits
///   behind those waiting or being sent, and is sent after them;
/// - a turn that may have reached its server already (a timeout, a reset, a
///   sender that ended) is looked for in the server's copy, and sent only when
///   it is not there.
///
/// This class stores and claims turns and decides which goes next; a TurnRunner runs each
/// claimed turn. Its store steps run on the store's thread when there is one, in order.
class SessionController : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString userId;
        /// `en`, `sw` or `sheng`, sent with GovStack requests.
        QString language = QStringLiteral("en");
        /// Starts each new session with an OpenAI-compatible back end, where the app is the agent.
        QString systemPrompt;
    };

    /// The back end for sessions of a kind; null when that kind is not configured.
    using BackendResolver = std::function<AgentBackend *(Backend)>;

    SessionController(ChatStore *store, BackendResolver backends, Options options, QObject *parent = nullptr);
    /// Every session talks to @p backend.
    SessionController(ChatStore *store, AgentBackend *backend, Options options, QObject *parent = nullptr);
    ~SessionController() override;

    /// Stores @p text as the session's next request and sends it, at once or after the
    /// session's earlier turns that wait or are being sent. The future holds its turn once it
    /// is stored (at once where the store has no thread of its own), or why it could not be.
    QFuture<Result<int>> send(const QString &sessionId, const QString &text);
    /// The user's Retry of a failed turn, or Send Now of a queued one (which sends the
    /// session's waiting turns in order); the future says whether it could start.
    QFuture<Result<void>> retry(const QString &sessionId, int turn);

    enum class Waiting {
        ForOthers, ///< while another process sends a turn of the session, wait for it
        NotForOthers, ///< leave such a session for later
    };
    /// Sends the session's waiting turns, in order; deliveryEnded() follows (Stopped when no
    /// server the session may use is set up: its turns stay waiting).
    void deliver(const QString &sessionId, Waiting waiting = Waiting::ForOthers);
    void cancel(const QString &sessionId);
    /// Whether this process is storing, sending, checking or about to send a turn of the session.
    bool isBusy(const QString &sessionId) const;
    /// The turn of the session whose answer this process awaits now, if any.
    std::optional<int> sendingTurn(const QString &sessionId) const;
    /// Whether a server other than the one set up now accepted the session's turns: it is not continued here.
    bool keptOnAnotherServer(const ChatSession &session) const;
    /// Looks for turns whose sender ended every @p interval (the window); 0 stops.
    void setRecoveryInterval(std::chrono::milliseconds interval);

    /// How long a claim lives without renewal for a back end with @p timeout: longer than
    /// a request can run after its sender's last sign of life.
    static std::chrono::milliseconds leaseFor(std::chrono::milliseconds timeout)
    {
        return TurnRunner::leaseFor(timeout);
    }

    /// Applies to the next turn.
    void setOptions(Options options);

    enum class DeliveryEnd {
        Done, ///< nothing of the session waits to be sent any more
        Stopped, ///< the server could not take a turn (it waits in the outbox), or the user cancelled
        HeldElsewhere, ///< another process sends the session's turns now
    };
    Q_ENUM(DeliveryEnd)

Q_SIGNALS:
    /// The request of @p turn is on its way to the server; its answer is awaited.
    void turnSending(const QString &sessionId, int turn);
    void textStreamed(const QString &sessionId, int turn, const QString &delta);
    void turnCompleted(const QString &sessionId, int turn);
    void turnFailed(const QString &sessionId, int turn, const AgentError &error);
    /// The turn could not reach its server and waits in the outbox (stored as
    /// Queued) for the next sync, and so do the session's turns after it.
    void turnQueued(const QString &sessionId, int turn, const AgentError &reason);
    /// A turn that may have reached the server already was found in its copy and
    /// taken from there instead of being sent again; turnCompleted() follows.
    void turnFoundOnServer(const QString &sessionId, int turn);
    /// Another process is sending a turn of the session; this one waits until @p until at most.
    void waitingForOtherSender(const QString &sessionId, const QDateTime &until);
    void deliveryEnded(const QString &sessionId, SessionController::DeliveryEnd how);
    /// The outcome of a turn could not be written to the store; an answer is kept
    /// and written again, and turnCompleted() follows once it is stored.
    void storeFailed(const QString &sessionId, const Error &error);

private:
    Result<AgentBackend *> backendFor(const ChatSession &session) const;
    /// Runs @p then with the session as stored and the back end it talks to, or with why there is none.
    void withBackend(const QString &sessionId,
                     std::function<void(const Result<std::pair<ChatSession, AgentBackend *>> &)> then);
    void pump(const QString &sessionId);
    void claimed(const QString &sessionId, AgentBackend *backend, const Result<ClaimOutcome> &claim);
    void endDelivery(const QString &sessionId, DeliveryEnd how);

    ChatStore *m_store;
    BackendResolver m_backends;
    Options m_options;
    TurnRunner m_runner;
    /// Sessions whose question is being stored (how many), or whose next turn is being claimed:
    /// one claim at a time per session, so a turn never starts twice.
    QHash<QString, int> m_storing;
    QSet<QString> m_claiming;
    /// Sessions whose waiting turns this process is sending, and whether it waits for others.
    QHash<QString, Waiting> m_deliveries;
};
