#pragma once

#include "agentbackend.h"
#include "agenterror.h"
#include "result.h"
#include "turnrecords.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class AgentReply;
class ChatStore;
class ServerCopyCheck;

/// Runs the turns this process claimed, one per session at a time: reads the turn's history,
/// sends it, keeps the streamed draft, and stores the answer, or the failure with the message
/// kept for a retry. A turn that may have reached its server already (a timeout, a reset, a
/// sender that ended) is looked for in the server's copy first. While turns run their claims
/// are renewed, so no other process takes them over. Each turn ends with turnEnded(), which
/// says whether the session's next waiting turn may follow.
class TurnRunner : public QObject
{
    Q_OBJECT

public:
    explicit TurnRunner(ChatStore *store, QObject *parent = nullptr);
    ~TurnRunner() override;

    /// How often an answer the store refused is offered to it again.
    static constexpr std::chrono::milliseconds saveRetryInterval{2000};
    /// How long a claim lives without renewal for a back end with @p timeout: longer than
    /// a request can run after its sender's last sign of life.
    static std::chrono::milliseconds leaseFor(std::chrono::milliseconds timeout);

    /// Who asks, and in which language the answers are wanted (GovStack requests carry both).
    void setSender(const QString &userId, const QString &language);
    /// Looks for turns whose sender ended every @p interval (the window); 0 stops.
    void setRecoveryInterval(std::chrono::milliseconds interval);

    /// Runs the claimed @p turn; with @p checkFirst it is looked for on the server before it is sent.
    void start(const QString &sessionId, AgentBackend *backend, int turn, bool checkFirst);
    void cancel(const QString &sessionId);
    bool isRunning(const QString &sessionId) const { return m_inFlight.contains(sessionId); }
    /// The turn of the session being run, if any.
    std::optional<int> turnOf(const QString &sessionId) const;

    enum class After {
        SendNext, ///< the session's next waiting turn may go
        Stop, ///< the session's waiting turns wait (for the server, the store or the user)
    };
    Q_ENUM(After)

Q_SIGNALS:
    void turnSending(const QString &sessionId, int turn);
    void textStreamed(const QString &sessionId, int turn, const QString &delta);
    void turnCompleted(const QString &sessionId, int turn);
    void turnFailed(const QString &sessionId, int turn, const AgentError &error);
    void turnQueued(const QString &sessionId, int turn, const AgentError &reason);
    void turnFoundOnServer(const QString &sessionId, int turn);
    void storeFailed(const QString &sessionId, const Error &error);
    void turnEnded(const QString &sessionId, TurnRunner::After after);

private:
    struct InFlight {
        int turn = 0;
        AgentBackend *backend = nullptr;
        QPointer<AgentReply> reply;
        QPointer<ServerCopyCheck> check;
        /// Whether the server's copy was read after this attempt failed.
        bool checked = false;
        TurnRecords::DraftPlace draft;
        /// Which step of the turn a read on the store's thread belongs to.
        quint64 attempt = 0;
    };

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
    /// Runs a store step whose outcome only matters to the log.
    void write(std::function<Result<void>(ChatStore &)> job, const char *what);
    /// Renews this process's claims while its requests run.
    void renewClaims();
    void saveUnsavedAnswers();

    ChatStore *m_store;
    QString m_userId;
    QString m_language;
    QHash<QString, InFlight> m_inFlight;
    quint64 m_attempts = 0;
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
