#pragma once

#include "agentbackend.h"
#include "agenterror.h"
#include "chatsession.h"
#include "result.h"
#include "storedmessage.h"
#include "turnrecords.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class AgentReply;
class ChatStore;
class ServerCopyCheck;

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

    /// How often an answer the store refused is offered to it again.
    static constexpr std::chrono::milliseconds saveRetryInterval{2000};
    /// How long a claim lives without renewal for a back end with @p timeout: longer than
    /// a request can run after its sender's last sign of life.
    static std::chrono::milliseconds leaseFor(std::chrono::milliseconds timeout);

    /// Applies to the next turn.
    void setOptions(Options options) { m_options = std::move(options); }

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
    struct InFlight {
        int turn = 0;
        AgentBackend *backend = nullptr;
        QPointer<AgentReply> reply;
        QPointer<ServerCopyCheck> check;
        /// Whether the server's copy was read after this attempt failed.
        bool checked = false;
        TurnRecords::DraftPlace draft;
        /// Which dispatch of the turn a history read on the store's thread belongs to.
        quint64 attempt = 0;
    };

    Result<AgentBackend *> backendFor(const ChatSession &session) const;
    /// Runs @p then with the session as stored and the back end it talks to, or with why there is none.
    void withBackend(const QString &sessionId,
                     std::function<void(const Result<std::pair<ChatSession, AgentBackend *>> &)> then);
    void pump(const QString &sessionId);
    void claimed(const QString &sessionId, AgentBackend *backend, const Result<ClaimOutcome> &claim);
    void start(const QString &sessionId, AgentBackend *backend, int turn, bool checkFirst);
    void dispatch(const QString &sessionId, int turn);
    void sendTurn(const QString &sessionId, const Result<AgentTurn> &agentTurn);
    /// Reads the server's copy, merges it, and finds the turn in the merged history:
    /// answered there, or still to send (@p whenMissing, with its turn after the merge).
    /// Without an answer either way the turn fails with @p attemptError, the failure
    /// that made the check, or else with what made the check itself fail.
    void checkServerCopy(const QString &sessionId, const std::optional<AgentError> &attemptError,
                         std::function<void(int turn)> whenMissing);
    void foundOnServer(const QString &sessionId, int turn);
    void complete(const QString &sessionId, int turn, const ModelMessage &response);
    void fail(const QString &sessionId, int turn, const AgentError &error,
              const std::optional<ModelMessage> &partial = std::nullopt);
    void failed(const QString &sessionId, int turn, const AgentError &error, bool queued, const Result<void> &saved);
    void endTurn(const QString &sessionId);
    void endDelivery(const QString &sessionId, DeliveryEnd how);
    /// Runs a store step whose outcome only matters to the log.
    void write(std::function<Result<void>(ChatStore &)> job, const char *what);
    /// Renews this process's claims while its requests run.
    void renewClaims();
    void saveUnsavedAnswers();

    ChatStore *m_store;
    BackendResolver m_backends;
    Options m_options;
    QHash<QString, InFlight> m_inFlight;
    quint64 m_attempts = 0;
    /// Sessions whose question is being stored (how many), or whose next turn is being claimed:
    /// one claim at a time per session, so a turn never starts twice.
    QHash<QString, int> m_storing;
    QSet<QString> m_claiming;
    /// Sessions whose waiting turns this process is sending, and whether it waits for others.
    QHash<QString, Waiting> m_deliveries;
    struct UnsavedAnswer {
        QString sessionId;
        int turn = 0;
        ModelMessage response;
        TurnRecords::DraftPlace draft;
    };
    QList<UnsavedAnswer> m_unsaved;
    QTimer m_saveRetry;
    QTimer m_renewal;
    QTimer m_recovery;
};
