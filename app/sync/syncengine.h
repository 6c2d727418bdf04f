#pragma once

#include "agenterror.h"
#include "chatsession.h"
#include "sessioncontroller.h"
#include "syncplan.h"
#include "syncreport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class ChatStore;
class GovStackBackend;
struct ServerHistory;

/// Keeps the local store and the GovStack server consistent, one pass at a time.
///
/// A pass first carries out deletes waiting for the server, then runs a job
/// (SessionSync) for each session linked to the server, a few at a time: it
/// reads the server's copy (`GET`), merges it (HistoryMerger), sends the turns
/// waiting in the outbox in order through the SessionController, and sends
/// unsent ratings. Reading before sending means a turn the server stored but
/// never answered is not sent twice.
///
/// Everything is asynchronous on the caller's thread: network replies arrive
/// through the event loop and each store write is one short transaction, so
/// a pass over a thousand sessions never blocks the GUI for long.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString userId;
        /// Sessions synced at the same time.
        int parallel = 4;
    };

    SyncEngine(ChatStore *store, SessionController *controller, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// The server sessions are synced with; null when no GovStack server is set up.
    void setServer(GovStackBackend *server);
    void setOptions(Options options) { m_options = std::move(options); }

    bool isRunning() const { return m_running; }
    /// The server refused the key: passes stop at once until resume().
    bool isPaused() const { return m_pausedBy.has_value(); }

    /// Starts a pass over the given sessions, or every session of the server when
    /// empty. While a pass runs, another is started when it ends.
    void start(const QStringList &sessionIds = {});
    /// A pass over the deletes waiting for the server only.
    void sendDeletes();
    /// Opens a server session by its id: stores it locally, marked as fetched.
    void fetch(const QString &sessionId);
    void cancel();
    /// The key changed: passes may talk to the server again.
    void resume();

Q_SIGNALS:
    void started(int total);
    void progressChanged(int done, int total);
    void finished(const SyncReport &report);
    /// The server refused the key; sync waits until resume().
    void keyRefused(const AgentError &error);

private:
    struct Job {
        enum class Kind { Delete, Session, Fetch } kind;
        QString sessionId;
    };

    /// Reads what the pass needs on the store's thread, then begins it with @p jobs after its own.
    void prepare(SyncPlan::Scope scope, QList<Job> jobs);
    QList<Job> jobsOf(const SyncPlan &plan);
    void begin(QList<Job> jobs, const SyncPlan &plan);
    void pump();
    void runJob(const Job &job);
    void jobDone();
    void finish();
    void stop(const AgentError &error);
    void abortRequests();
    void sessionFailed(const QString &sessionId, const AgentError &error);
    template<typename Reply, typename Done>
    void await(Reply *reply, Done done);

    void runDelete(const QString &sessionId);
    void runSession(const Job &job);
    bool hasServer() const;

    ChatStore *m_store;
    SessionController *m_controller;
    Options m_options;
    QPointer<GovStackBackend> m_server;
    bool m_running = false;
    /// Which pass a store step's answer belongs to: one for a pass that ended is dropped.
    quint64 m_pass = 0;
    std::optional<AgentError> m_pausedBy;
    std::optional<QStringList> m_again;
    QList<Job> m_queue;
    int m_active = 0;
    int m_total = 0;
    int m_done = 0;
    SyncReport m_report;
    QList<QPointer<QObject>> m_requests;
    /// The pass's schedule: the sessions with turns or ratings waiting for the server.
    QSet<QString> m_unsentTurns;
    QSet<QString> m_unsentRatings;
};
