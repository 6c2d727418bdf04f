#pragma once

#include "agenterror.h"
#include "chatsession.h"
#include "result.h"
#include "storedmessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

#include <functional>

class AgentBackend;
class AgentReply;
class ChatStore;
class HistoryReply;

/// Does chat turns: stores the user's message at once, sends it with the
/// session's whole stored history, and stores the answer, or the failure with
/// the message kept for a retry. Nothing the user typed or received is lost.
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

    /// Stores @p text as the session's next request and sends it; returns its turn.
    Result<int> send(const QString &sessionId, const QString &text);
    /// Sends a failed turn again. When the server keeps its own history and
    /// the first attempt may have reached it, the server is asked first, and
    /// a turn it already stored is taken from there instead of being resent.
    Result<void> retry(const QString &sessionId, int turn);
    /// Sends a turn waiting in the outbox, as sync decides: sync has just read the
    /// server's copy, so no delivery check is made.
    Result<void> sendQueued(const QString &sessionId, int turn);
    void cancel(const QString &sessionId);
    bool isBusy(const QString &sessionId) const;
    /// How often an answer the store refused is offered to it again.
    static constexpr std::chrono::milliseconds saveRetryInterval{2000};

    /// Applies to the next turn.
    void setOptions(Options options) { m_options = std::move(options); }

Q_SIGNALS:
    void textStreamed(const QString &sessionId, int turn, const QString &delta);
    void turnCompleted(const QString &sessionId, int turn);
    void turnFailed(const QString &sessionId, int turn, const AgentError &error);
    /// The turn could not reach its server and waits in the outbox (stored as
    /// Queued) for the next sync. A turn sent behind queued ones is queued at once, without this signal.
    void turnQueued(const QString &sessionId, int turn, const AgentError &reason);
    /// The outcome of a turn could not be written to the store; an answer is kept
    /// and written again, and turnCompleted() follows once it is stored.
    void storeFailed(const QString &sessionId, const Error &error);

private:
    struct InFlight {
        int turn = 0;
        QPointer<AgentReply> reply;
        QPointer<HistoryReply> check;
    };

    /// A session and the back end it talks to.
    struct Target {
        ChatSession session;
        AgentBackend *backend = nullptr;
    };
    Result<Target> targetOf(const QString &sessionId) const;
    /// Whether the session belongs to a server that keeps its history.
    bool isServerSession(const QString &sessionId) const;
    void dispatch(AgentBackend *backend, const QString &sessionId, int turn, const QList<StoredMessage> &stored);
    void checkDeliveryThenDispatch(AgentBackend *backend, const QString &sessionId, int turn,
                                   const QList<StoredMessage> &stored);
    void complete(const QString &sessionId, int turn, const ModelMessage &response);
    void saveUnsavedAnswers();
    void fail(const QString &sessionId, int turn, const AgentError &error,
              const std::optional<ModelMessage> &partial = std::nullopt);

    ChatStore *m_store;
    BackendResolver m_backends;
    Options m_options;
    QHash<QString, InFlight> m_inFlight;
    struct UnsavedAnswer {
        QString sessionId;
        int turn = 0;
        ModelMessage response;
    };
    QList<UnsavedAnswer> m_unsaved;
    QTimer m_saveRetry;
};
