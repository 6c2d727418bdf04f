#pragma once

#include "agenterror.h"
#include "chatstore.h"
#include "historymerger.h"
#include "sessioncontroller.h"
#include "syncreport.h"

#include <QObject>

class GovStackBackend;
struct ChatSession;
struct ServerHistory;

/// One session's part of a sync pass, with its own state and requests: reads the server's
/// copy, merges it (on the store's thread), has the outbox's turns sent through the
/// controller, sends unsent ratings, and marks the session synced. Deleting it aborts its
/// requests; a turn already with the controller finishes there and is stored as usual.
class SessionSync : public QObject
{
    Q_OBJECT

public:
    struct Context {
        ChatStore *store = nullptr;
        SessionController *controller = nullptr;
        GovStackBackend *server = nullptr;
        QString userId;
    };
    enum class Kind {
        Linked, ///< a session of this computer
        Fetch, ///< a session opened from the server by its id
    };
    /// What the pass knows of the session before it starts.
    struct Waiting {
        bool turns = false; ///< requests in the outbox
        bool ratings = false; ///< ratings the server does not have
    };

    SessionSync(Context context, QString sessionId, Kind kind, Waiting waiting, QObject *parent = nullptr);

    void start();
    const QString &sessionId() const { return m_sessionId; }
    /// What was done to the session so far.
    const SyncReport &report() const { return m_report; }

    /// Whether a pass with @p server syncs @p session: it is of that server, or no server has it yet.
    static bool belongsTo(const ChatSession &session, const GovStackBackend &server);
    /// Whether @p error means the server as a whole is out of reach or refuses us.
    static bool stopsPass(const AgentError &error);

Q_SIGNALS:
    /// The session is done; @p report says what was done to it.
    void finished(const SyncReport &report);
    /// The server as a whole failed: the pass stops.
    void serverFailed(const AgentError &error);

private:
    void fetchHistory();
    void fetched(const ServerHistory &server);
    void serverLacksSession(const ChatSession &session);
    void mergeHistory(const ChatSession &session, const ServerHistory &server);
    void historyMerged(const Result<HistoryMerger::Outcome> &merged);
    void sendTurns();
    void deliveryEnded(SessionController::DeliveryEnd how);
    void sendRatings();
    void sendRating(const ChatStore::UnsentRating &entry);
    void settle();
    void failed(const AgentError &error);
    void end();
    template<typename Reply, typename Done>
    void await(Reply *reply, Done done);

    Context m_context;
    QString m_sessionId;
    Kind m_kind;
    Waiting m_waiting;
    SyncReport m_report;
    /// The controller is sending the session's waiting turns for this job.
    bool m_sending = false;
    /// Of those, the one the controller found on the server (not sent again).
    bool m_foundOnServer = false;
    /// The last failure of the session's delivery.
    std::optional<AgentError> m_turnError;
};
