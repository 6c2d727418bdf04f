#include "awaitfuture.h"
#include "backoff.h"
#include "fakegovstackserver.h"
#include "govstackbackend.h"
#include "historymerger.h"
#include "pydanticaicodec.h"
#include "sessioncontroller.h"
#include "storethread.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The app's sync side over one database file: store, back end, controller and
/// engine, which a test can drop and rebuild from the file, as a restart does.
class Client
{
public:
    Client(const QString &path, const QUrl &server, GovStackBackend::Profile profile = GovStackBackend::Profile::V2)
        : m_path(path)
        , m_config{server, profile, {}, 1500ms}
    {
        reopen();
    }

    void reopen()
    {
        engine.reset();
        controller.reset();
        backend.reset();
        storeThread.reset();
        store.reset();
        store = std::make_unique<TestStore>();
        QVERIFY(store->open(m_path));
        // The suite runs twice: as the headless sync command does, and with the store's steps on its own thread.
        if (qEnvironmentVariableIsSet("GOVSTACK_TEST_STORE_THREAD")) {
            storeThread = std::make_unique<StoreThread>(m_path);
            store->setBackgroundThread(storeThread.get());
        }
        backend = std::make_unique<GovStackBackend>(&network, m_config);
        controller = std::make_unique<SessionController>(store.get(), backend.get(),
                                                         SessionController::Options{u"desk-user"_s, u"en"_s, {}});
        engine = std::make_unique<SyncEngine>(store.get(), controller.get(), SyncEngine::Options{u"desk-user"_s});
        engine->setServer(backend.get());
    }

    /// Sends one turn and waits for its outcome: answered, queued or failed.
    void ask(const QString &sessionId, const QString &text)
    {
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnCompleted, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnQueued, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnFailed, &loop, &QEventLoop::quit);
        QVERIFY(await(controller->send(sessionId, text)));
        if (controller->isBusy(sessionId))
            loop.exec();
        // The controller's last step (nothing more to send) may still be on the store's thread.
        QTRY_VERIFY(!controller->isBusy(sessionId));
    }

    /// Runs one pass and returns its report.
    SyncReport sync(const QStringList &sessionIds = {})
    {
        return waitFor([&] { engine->start(sessionIds); });
    }
    SyncReport fetch(const QString &sessionId)
    {
        return waitFor([&] { engine->fetch(sessionId); });
    }

    QString newSession() { return store->createChatSession(u"desk-user"_s).value(); }
    /// @p count new sessions, each with one answered question.
    QStringList askedSessions(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            ids << newSession();
            ask(ids.last(), u"Question %1"_s.arg(i));
        }
        return ids;
    }
    QList<StoredMessage> stored(const QString &sessionId) const { return store->loadStoredMessages(sessionId).value(); }

    QNetworkAccessManager network;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<StoreThread> storeThread;
    std::unique_ptr<GovStackBackend> backend;
    std::unique_ptr<SessionController> controller;
    std::unique_ptr<SyncEngine> engine;

private:
    template<typename Start>
    SyncReport waitFor(Start start)
    {
        SyncReport report;
        bool done = false;
        QEventLoop loop;
        // A guard against a pass that never ends, not a time limit: a loaded machine under ASan is slow.
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        const auto connection = QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncReport &r) {
            report = r;
            done = true;
            loop.quit();
        });
        start();
        if (!done)
            loop.exec();
        QObject::disconnect(connection);
        if (!done)
            qWarning("the sync pass did not end");
        return report;
    }

    QString m_path;
    GovStackBackend::Config m_config;
};

QList<MessageStatus> statuses(const QList<StoredMessage> &stored)
{
    QList<MessageStatus> result;
    for (const StoredMessage &entry : stored)
        result << entry.status;
    return result;
}

QStringList requestTexts(const QList<StoredMessage> &stored)
{
    QStringList texts;
    for (const StoredMessage &entry : stored) {
        if (entry.message.isRequest() && !entry.message.text().isEmpty())
            texts << entry.message.text();
    }
    return texts;
}

bool hasToolCall(const QJsonArray &history)
{
    for (const QJsonValue &message : history) {
        for (const QJsonValue &part : message[u"parts"].toArray()) {
            if (part[u"part_kind"] == u"tool-call"_s)
                return true;
        }
    }
    return false;
}

ServerTurn serverTurn(const QString &id, const QString &question)
{
    return ServerTurn{id + u"-q"_s,
                      question,
                      Timestamp::now(),
                      id + u"-a"_s,
                      ModelMessage::response({MessagePart::text(FakeGovStackServer::answerFor(question))}, {}),
                      {}};
}

} // namespace

/// Sync with the GovStack server (issue 6): the outbox, pull and merge, open by
/// id, deletes, ratings, and every failure a server can answer with.
class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void redactedCopiesMatchWhatWasTyped_data();
    void redactedCopiesMatchWhatWasTyped();
    void mergeIsIdempotentAndKeepsUnsentTurnsLast();
    void aTraceSpeltOtherwiseTakesTheServersBytesOnce();
    void backoffDoublesWithJitterUpToItsCeiling();
    void schedulerRetriesWithBackoffAndResetsOnSuccess();

    void queuedTurnsGoOutInOrderAfterARestart();
    void aTurnStoredButNotAnsweredIsNotSentAgain();
    void pullAddsTurnsMadeElsewhereAndTheServersTrace_data();
    void pullAddsTurnsMadeElsewhereAndTheServersTrace();
    void aCancelledPassLeavesEverythingInPlace();
    void secondPassSendsOnlyGets();
    void redactedServerCopyKeepsWhatTheUserTyped();
    void openBySessionId();
    void deletesWaitUntilTheServerConfirms();
    void aLegalHoldKeepsTheServerCopy();
    void purgedSessionsStayMarkedGone();
    void ratingsReachTheServerWithItsMessageId();
    void ratingsStayLocalWithoutARatingsEndpoint();
    void aRatingTheStoreCannotMarkIsSentOnce();
    void serverFailuresLeaveEverythingInPlace_data();
    void serverFailuresLeaveEverythingInPlace();
    void refusedKeyPausesSyncUntilTheKeyChanges();
    void twoSessionsSyncAtOnce();
    void aThousandSessionsInOnePassKeepTheEventLoopTurning();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"chats.sqlite"_s);
}

void TestSync::cleanup()
{
    m_dir.reset();
}

void TestSync::redactedCopiesMatchWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "How do I get a KRA PIN?"
                               << "How do I get a KRA PIN?" << true;
    QTest::newRow("phone") << "Call me on 0712 345678 please"
                           << "Call me on <PHONE_NUMBER_REDACTED> please" << true;
    QTest::newRow("two") << "I am Wanjiru, 0712345678"
                         << "I am <PERSON_REDACTED>, <PHONE_NUMBER_REDACTED>" << true;
    QTest::newRow("other text") << "Call me on 0712 345678"
                                << "Write to <PERSON_REDACTED>" << false;
    QTest::newRow("different") << "Habari"
                               << "Hello" << false;
    QTest::newRow("regex characters") << "Fee (KES 950)?"
                                      << "Fee (KES 950)?" << true;
}

void TestSync::redactedCopiesMatchWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, server);
    QFETCH(bool, same);
    QCOMPARE(HistoryMerger::sameQuestion(typed, server), same);
}

void TestSync::mergeIsIdempotentAndKeepsUnsentTurnsLast()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    const int first = store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"One"_s)})).value();
    QVERIFY(store.completeTurn(
        id, first, ModelMessage::response({MessagePart::text(FakeGovStackServer::answerFor(u"One"_s))}, {})));
    QVERIFY(store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Waiting"_s)}), MessageStatus::Queued));

    ServerHistory server;
    server.turns << serverTurn(u"a"_s, u"One"_s) << serverTurn(u"b"_s, u"From the web"_s);
    server.fingerprint = u"fp-1"_s;
    const HistoryMerger::Outcome outcome = HistoryMerger::merge(store.loadStoredMessages(id).value(), server);
    QCOMPARE(outcome.turnsAdded, 1);
    QCOMPARE(outcome.turnsCompleted, 0);
    QVERIFY(store.applyMerge(id, outcome.merge));

    const QList<StoredMessage> merged = store.loadStoredMessages(id).value();
    // The turn made elsewhere goes before the one still waiting: that one reaches the server last.
    QCOMPARE(requestTexts(merged), (QStringList{u"One"_s, u"From the web"_s, u"Waiting"_s}));
    QCOMPARE(statuses(merged),
             (QList<MessageStatus>{MessageStatus::Ok, MessageStatus::Ok, MessageStatus::Ok, MessageStatus::Ok,
                                   MessageStatus::Queued}));
    QCOMPARE(merged.at(0).serverId, u"a-q"_s);
    QCOMPARE(merged.at(1).serverId, u"a-a"_s);
    QCOMPARE(merged.at(2).serverId, u"b-q"_s);
    QCOMPARE(store.chat(id)->serverFingerprint, u"fp-1"_s);
    QCOMPARE(store.chat(id)->messageCount, 5);

    // The same copy again changes nothing.
    const HistoryMerger::Outcome again = HistoryMerger::merge(merged, server);
    QVERIFY(!again.merge.changesMessages());
    QVERIFY(again.merge.serverIds.isEmpty());
    QCOMPARE(again.turnsAdded, 0);

    // Appending after a rewrite keeps going: seqs stay unique.
    const int next = store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Later"_s)})).value();
    QVERIFY(next > merged.last().seq);
}

void TestSync::aTraceSpeltOtherwiseTakesTheServersBytesOnce()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    const auto answer = [](const QByteArray &metadata) {
        return PydanticAiCodec::decodeMessage(R"({"parts":[{"content":"Ndiyo.","part_kind":"text"}],"kind":"response",)"
                                              R"("timestamp":"2026-06-01T10:00:05Z","metadata":)" +
                                              metadata + '}')
            .value();
    };
    const int turn = store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"One"_s)})).value();
    QVERIFY(store.completeTurn(id, turn, answer(R"({"share":1,"id":7})")));

    // The same values, spelt as the server keeps them: the stored bytes follow the server's copy.
    ServerHistory server;
    ServerTurn copy = serverTurn(u"a"_s, u"One"_s);
    copy.trace = {answer(R"({"share":1.0,"id":7})")};
    server.turns << copy;
    const HistoryMerger::Outcome outcome = HistoryMerger::merge(store.loadStoredMessages(id).value(), server);
    QCOMPARE(outcome.tracesReplaced, 1);
    QVERIFY(store.applyMerge(id, outcome.merge));
    const QList<StoredMessage> merged = store.loadStoredMessages(id).value();
    QCOMPARE(PydanticAiCodec::encodeMessage(merged.last().message), copy.trace.first().storedJson());

    const HistoryMerger::Outcome again = HistoryMerger::merge(merged, server);
    QCOMPARE(again.tracesReplaced, 0);
    QVERIFY(!again.merge.changesMessages());
}

void TestSync::backoffDoublesWithJitterUpToItsCeiling()
{
    QRandomGenerator random(42);
    Backoff backoff(1000ms, 60000ms, &random);
    qint64 ceiling = 1000;
    QSet<qint64> seen;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const qint64 wait = backoff.next().count();
        QVERIFY2(wait >= ceiling / 2 && wait <= ceiling,
                 qPrintable(u"%1 not in [%2, %3]"_s.arg(wait).arg(ceiling / 2).arg(ceiling)));
        seen.insert(wait);
        ceiling = std::min<qint64>(ceiling * 2, 60000);
    }
    QVERIFY(seen.size() > 6); // jitter: not the same waits every time
    backoff.reset();
    QVERIFY(backoff.next().count() <= 1000);
}

void TestSync::schedulerRetriesWithBackoffAndResetsOnSuccess()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QString id = client.newSession();
    client.ask(id, u"First"_s);
    server.http().stop();

    SyncScheduler scheduler(client.engine.get(), SyncScheduler::Timing{10ms, 1h, 50ms, 200ms});
    QSignalSpy finished(client.engine.get(), &SyncEngine::finished);
    scheduler.start();
    // Down: each failed pass plans the next one after a growing wait.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 5000);
    QVERIFY(scheduler.isRetryPlanned());
    QVERIFY(finished.at(0).at(0).value<SyncReport>().stoppedBy);

    // The network coming back cuts the wait short.
    server.http().start();
    const qsizetype passes = finished.size();
    scheduler.networkReachable();
    QVERIFY(client.engine->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() > passes, 5000);
    QVERIFY(!finished.last().at(0).value<SyncReport>().stoppedBy);
    // Back up: the next pass is the regular one, not a retry.
    QVERIFY(!scheduler.isRetryPlanned());
    QVERIFY(scheduler.remaining() > 30min);
}

void TestSync::queuedTurnsGoOutInOrderAfterARestart()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString id = client.newSession();
    client.ask(id, u"First"_s);
    server.http().stop();
    QSignalSpy queued(client.controller.get(), &SessionController::turnQueued);
    client.ask(id, u"Second"_s);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).at(2).value<AgentError>().kind, AgentError::Kind::Unreachable);
    client.ask(id, u"Third"_s); // behind the queued one: queued at once
    QCOMPARE(client.store->chat(id)->syncState, SyncState::Waiting);

    client.reopen(); // queued work survives a restart
    QCOMPARE(
        statuses(client.stored(id)),
        (QList<MessageStatus>{MessageStatus::Ok, MessageStatus::Ok, MessageStatus::Queued, MessageStatus::Queued}));
    QCOMPARE(client.store->sessionsWithUnsentTurns().value(), QStringList{id});

    server.http().start();
    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.turnsSent, 2);
    const QList<HttpRequest> posts = server.chatRequests();
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts.at(1).json()[u"message"].toString(), u"Second"_s);
    QCOMPARE(posts.at(2).json()[u"message"].toString(), u"Third"_s);
    // Each carries the whole conversation before it, answers included.
    QCOMPARE(posts.at(2).json()[u"message_history"].toArray().size(), 4);
    QCOMPARE(server.entries(id).size(), 6);
    QCOMPARE(client.store->loadHistory(id)->size(), 6);
    QVERIFY(client.store->sessionsWithUnsentTurns()->isEmpty());
    QCOMPARE(client.store->chat(id)->syncState, SyncState::Synced);
}

void TestSync::aTurnStoredButNotAnsweredIsNotSentAgain()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString id = client.newSession();
    client.ask(id, u"First"_s);
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    server.queueFault({never, true}); // stored, then silence until the client gives up
    // The client reads the server's copy at once; the server cannot answer that either.
    server.queueFault({HttpResponse::text(503, "text/html", "<html>busy</html>"), false, "GET"});
    client.ask(id, u"Second"_s);
    QCOMPARE(client.stored(id).last().status, MessageStatus::Queued);
    QCOMPARE(client.stored(id).last().errorKind, u"timeout"_s);

    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.turnsCompleted, 1);
    QCOMPARE(report.turnsSent, 0);
    QCOMPARE(server.chatRequests().size(), 2); // never a third
    QCOMPARE(server.entries(id).size(), 4);
    const QList<ModelMessage> history = client.store->loadHistory(id).value();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.last().text(), FakeGovStackServer::answerFor(u"Second"_s));
}

void TestSync::pullAddsTurnsMadeElsewhereAndTheServersTrace_data()
{
    QTest::addColumn<bool>("onStoreThread");
    QTest::newRow("merged here") << false;
    QTest::newRow("merged on the store's thread") << true; // as in the window
}

void TestSync::pullAddsTurnsMadeElsewhereAndTheServersTrace()
{
    QFETCH(bool, onStoreThread);
    FakeGovStackServer server;
    Client client(m_path, server.url());
    std::optional<StoreThread> storeThread;
    if (onStoreThread) {
        storeThread.emplace(m_path);
        client.store->setBackgroundThread(&*storeThread);
    }
    const QString id = client.newSession();
    client.ask(id, u"How do I register a business name?"_s);
    QCOMPARE(client.stored(id).size(), 2); // the synthesized answer
    server.addTurn(id, u"And from the web: what are the fees?"_s);
    QSignalSpy replaced(client.store.get(), &ChatStore::messagesReplaced);

    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.turnsAdded, 1);
    QCOMPARE(report.tracesReplaced, 1);
    QCOMPARE(replaced.size(), 1);

    const QList<StoredMessage> stored = client.stored(id);
    // Each turn: the question, the tool call, the tool's return, the final answer.
    QCOMPARE(stored.size(), 8);
    QCOMPARE(stored.at(0).message.text(), u"How do I register a business name?"_s);
    QVERIFY(stored.at(1).message.parts().at(0).isToolCall());
    QVERIFY(stored.at(2).message.parts().at(0).isToolReturn());
    QCOMPARE(stored.at(3).message.text(), FakeGovStackServer::answerFor(u"How do I register a business name?"_s));
    QCOMPARE(stored.at(3).message.modelName(), u"gpt-4o"_s);
    // What the server said beside the answer stays with it.
    QVERIFY(stored.at(3).message.govStackExtras().has_value());
    QCOMPARE(stored.at(4).message.text(), u"And from the web: what are the fees?"_s);
    const QJsonArray serverEntries = server.entries(id);
    QCOMPARE(stored.at(0).serverId, serverEntries.at(0)[u"message_id"].toString());
    QCOMPARE(stored.at(3).serverId, serverEntries.at(1)[u"message_id"].toString());
    QCOMPARE(stored.at(4).serverId, serverEntries.at(2)[u"message_id"].toString());
    QCOMPARE(stored.at(7).serverId, serverEntries.at(3)[u"message_id"].toString());
    for (const StoredMessage &entry : stored)
        QCOMPARE(entry.status, MessageStatus::Ok);

    // Later requests carry the real trace.
    client.ask(id, u"Thanks"_s);
    const QJsonArray history = server.chatRequests().last().json()[u"message_history"].toArray();
    QCOMPARE(history.size(), 8);
    QVERIFY(hasToolCall(history));
}

void TestSync::aCancelledPassLeavesEverythingInPlace()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QStringList ids = client.askedSessions(3);
    for (const QString &id : std::as_const(ids))
        server.addTurn(id, u"From the web"_s);
    QList<QList<StoredMessage>> before;
    for (const QString &id : std::as_const(ids))
        before << client.stored(id);
    // The server takes each session's GET and never answers it.
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    for (int i = 0; i < 3; ++i)
        server.queueFault({never, false, "GET"});
    server.http().clearRequests();
    QSignalSpy finished(client.engine.get(), &SyncEngine::finished);
    client.engine->start();
    QTRY_COMPARE(server.http().requests("GET").size(), 3);

    client.engine->cancel();
    QCOMPARE(finished.size(), 1);
    const SyncReport report = finished.first().first().value<SyncReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.turnsAdded, 0);
    QVERIFY(!client.engine->isRunning());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(client.stored(ids.at(i)).size(), before.at(i).size());

    // Nothing of the cancelled pass arrives later; the next pass merges as usual.
    const SyncReport next = client.sync();
    QVERIFY2(next.succeeded(), qPrintable(next.describe().join(u'\n')));
    QCOMPARE(next.turnsAdded, 3);
    QCOMPARE(finished.size(), 2);
}

void TestSync::secondPassSendsOnlyGets()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QStringList ids = client.askedSessions(3);
    QVERIFY(client.sync().succeeded());
    // data_version, read on another connection, changes with every commit made elsewhere.
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    raw.setDatabaseName(m_path);
    QVERIFY(raw.open());
    const auto dataVersion = [&raw] {
        QSqlQuery query(raw);
        query.exec(u"PRAGMA data_version"_s);
        query.next();
        return query.value(0).toLongLong();
    };
    const qint64 before = dataVersion();
    server.http().clearRequests();
    const SyncReport second = client.sync();
    QVERIFY(second.succeeded());
    QCOMPARE(second.sessionsChecked, 3);
    QCOMPARE(server.http().requests().size(), 3);
    for (const HttpRequest &request : server.http().requests())
        QCOMPARE(request.method, "GET");
    QCOMPARE(dataVersion(), before); // and nothing was written
    // The probe itself notices a write: one more turn moves the version on.
    client.ask(ids.first(), u"One more"_s);
    QVERIFY(dataVersion() != before);
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
}

void TestSync::redactedServerCopyKeepsWhatTheUserTyped()
{
    FakeGovStackServer server;
    server.setRedactsPii(true);
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString id = client.newSession();
    const QString typed = u"I am Wanjiru, my number is 0712 345678. How do I renew my ID?"_s;
    client.ask(id, typed);
    QVERIFY(server.entries(id).at(0)[u"content"][u"content"].toString().contains(u"<PERSON_REDACTED>"_s));

    const SyncReport report = client.sync();
    QVERIFY(report.succeeded());
    QCOMPARE(report.turnsAdded, 0); // the redacted copy is the same turn
    const QList<StoredMessage> stored = client.stored(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).message.text(), typed);
    QCOMPARE(stored.at(0).serverId, server.entries(id).at(0)[u"message_id"].toString());
}

void TestSync::openBySessionId()
{
    FakeGovStackServer server;
    server.addTurn(u"web-session-1"_s, u"Habari, I need a passport"_s);
    server.addTurn(u"web-session-1"_s, u"How long does it take?"_s);
    Client client(m_path, server.url());

    const SyncReport report = client.fetch(u"web-session-1"_s);
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.sessionsFetched, 1);
    const ChatSession session = client.store->chat(u"web-session-1"_s).value();
    QVERIFY(session.fetched);
    QCOMPARE(session.serverUrl, server.url().toString());
    QCOMPARE(session.syncState, SyncState::Synced);
    QCOMPARE(session.title, u"Habari, I need a passport"_s);
    const QList<StoredMessage> stored = client.stored(u"web-session-1"_s);
    QCOMPARE(requestTexts(stored), (QStringList{u"Habari, I need a passport"_s, u"How long does it take?"_s}));
    QCOMPARE(client.store->loadHistory(u"web-session-1"_s)->size(), 8);

    const SyncReport unknown = client.fetch(u"no-such-session"_s);
    QVERIFY(!unknown.succeeded());
    QVERIFY(unknown.problems.join(u' ').contains(u"no session with this id"_s));
    QVERIFY(!client.store->chat(u"no-such-session"_s));

    // Asked for while a pass runs, it joins that pass.
    server.addTurn(u"web-session-2"_s, u"Na mimi pia"_s);
    SyncReport joined;
    QEventLoop loop;
    QObject::connect(client.engine.get(), &SyncEngine::finished, &loop, [&](const SyncReport &report) {
        joined = report;
        loop.quit();
    });
    client.engine->start();
    client.engine->fetch(u"web-session-2"_s);
    loop.exec();
    QCOMPARE(joined.sessionsFetched, 1);
    QVERIFY(client.store->chat(u"web-session-2"_s));

    const SyncReport invalid = client.fetch(u"../../etc/passwd"_s);
    QVERIFY(invalid.problems.join(u' ').contains(u"is not a session id"_s));
    QVERIFY(std::none_of(server.http().requests().cbegin(), server.http().requests().cend(),
                         [](const HttpRequest &request) { return request.path.contains("passwd"); }));
}

void TestSync::deletesWaitUntilTheServerConfirms()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QString id = client.newSession();
    client.ask(id, u"Delete me later"_s);
    const QString local = client.newSession();
    client.ask(local, u"Keep me on the server"_s);
    server.http().stop();

    QVERIFY(client.store->deleteChatSession(id, ChatStore::DeleteScope::AlsoOnServer));
    QVERIFY(client.store->deleteChatSession(local, ChatStore::DeleteScope::ThisComputer));
    QVERIFY(!client.store->chat(id));
    SyncReport report = client.sync();
    QVERIFY(report.stoppedBy);
    client.reopen();
    QCOMPARE(client.store->pendingServerDeletes()->size(), 1);
    QCOMPARE(client.store->pendingServerDeletes()->at(0).sessionId, id);

    server.http().start();
    report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.deletesDone, 1);
    QVERIFY(server.entries(id).isEmpty());
    QCOMPARE(server.entries(local).size(), 2); // deleted on this computer only
    QVERIFY(client.store->pendingServerDeletes()->isEmpty());
    QCOMPARE(server.http().requests("DELETE").size(), 1);

    // A delete the server answers 404 (done before, or purged) is done too.
    QVERIFY(client.store->deleteChatSession(u"x"_s, ChatStore::DeleteScope::AlsoOnServer).error().code ==
            Error::Code::NotFound);
    const QString gone = client.newSession();
    client.ask(gone, u"Purged soon"_s);
    server.purge(gone);
    QVERIFY(client.store->deleteChatSession(gone, ChatStore::DeleteScope::AlsoOnServer));
    report = client.sync();
    QCOMPARE(report.deletesDone, 1);
    QVERIFY(client.store->pendingServerDeletes()->isEmpty());
}

void TestSync::aLegalHoldKeepsTheServerCopy()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QString id = client.newSession();
    client.ask(id, u"Keep me for the inquiry"_s);
    server.http().stop();
    // In the Trash with its server delete queued, then put on hold before sync sends the delete.
    QVERIFY(client.store->moveToTrash(id, ChatStore::DeleteScope::AlsoOnServer));
    QVERIFY(client.store->setOnHold(id, true));
    server.http().start();
    SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.deletesDone, 0);
    QCOMPARE(server.entries(id).size(), 2);
    QVERIFY(server.http().requests("DELETE").isEmpty());

    // Nor can a hold on every conversation be got round by queueing a new delete.
    const QString other = client.newSession();
    client.ask(other, u"Also kept"_s);
    QVERIFY(client.store->setHoldAll(true));
    QCOMPARE(client.store->moveToTrash(other, ChatStore::DeleteScope::AlsoOnServer).error().code, Error::Code::OnHold);
    QCOMPARE(client.store->deleteChatSession(other, ChatStore::DeleteScope::AlsoOnServer).error().code,
             Error::Code::OnHold);
    report = client.sync();
    QVERIFY(server.http().requests("DELETE").isEmpty());

    // Lifted, the delete that waited goes.
    QVERIFY(client.store->setHoldAll(false));
    QVERIFY(client.store->setOnHold(id, false));
    report = client.sync();
    QCOMPARE(report.deletesDone, 1);
    QVERIFY(server.entries(id).isEmpty());
    QCOMPARE(server.entries(other).size(), 2);
}

void TestSync::purgedSessionsStayMarkedGone()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QString id = client.newSession();
    client.ask(id, u"Habari"_s);
    QVERIFY(client.sync().succeeded());
    server.purge(id);

    const SyncReport report = client.sync();
    QCOMPARE(report.sessionsGone, 1);
    const ChatSession session = client.store->chat(id).value();
    QCOMPARE(session.syncState, SyncState::Gone);
    QVERIFY(session.syncNote.contains(u"no longer has"_s));
    QCOMPARE(client.stored(id).size(), 4); // the local copy stays whole
    QCOMPARE(client.sync().sessionsGone, 0); // said once
}

void TestSync::ratingsReachTheServerWithItsMessageId()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString id = client.newSession();
    client.ask(id, u"Where do I pay the fee?"_s);
    QVERIFY(client.sync().succeeded()); // learns the server's message ids
    const StoredMessage answer = client.stored(id).last();
    QVERIFY(!answer.serverId.isEmpty());

    server.http().stop();
    const Rating rating{Rating::thumbsDown, u"It named the wrong office"_s, QDateTime::currentDateTimeUtc(), false};
    QVERIFY(client.store->rateMessage(id, answer.seq, rating));
    QVERIFY(client.sync().stoppedBy);
    client.reopen();
    QCOMPARE(client.stored(id).last().rating->sent, false); // waits, across a restart

    server.http().start();
    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.ratingsSent, 1);
    QCOMPARE(server.ratings().size(), 1);
    const QJsonObject sent = server.ratings().at(0);
    QCOMPARE(sent[u"session_id"].toString(), id);
    QCOMPARE(sent[u"message_id"].toString(), answer.serverId);
    QCOMPARE(sent[u"rating"].toInt(), 1);
    QCOMPARE(sent[u"feedback_text"].toString(), u"It named the wrong office"_s);
    QCOMPARE(sent[u"user_id"].toString(), u"desk-user"_s);
    const StoredMessage rated = client.stored(id).last();
    QCOMPARE(rated.rating->score, Rating::thumbsDown);
    QVERIFY(rated.rating->sent);
    QVERIFY(client.store->sessionsWithUnsentRatings()->isEmpty());
    QCOMPARE(client.sync().ratingsSent, 0);
    QCOMPARE(server.ratings().size(), 1);
}

void TestSync::ratingsStayLocalWithoutARatingsEndpoint()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::V2);
    const QString id = client.newSession();
    client.ask(id, u"Habari"_s);
    QVERIFY(client.store->rateMessage(id, client.stored(id).last().seq,
                                      Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
    QVERIFY(client.sync().succeeded());
    QVERIFY(server.ratings().isEmpty());
    QVERIFY(server.http().requests("POST").size() == 1);
    // The merge replaced the answer with the trace; the rating went with it.
    QCOMPARE(client.stored(id).last().rating->score, Rating::thumbsUp);
}

void TestSync::aRatingTheStoreCannotMarkIsSentOnce()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString id = client.newSession();
    client.ask(id, u"Where do I pay the fee?"_s);
    QVERIFY(client.sync().succeeded());
    QVERIFY(client.store->rateMessage(id, client.stored(id).last().seq,
                                      Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuser"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER refuse_sent BEFORE UPDATE OF rating_sent ON chat_messages "
                                    "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"refuser"_s);

    const SyncReport report = client.sync();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.sessionsChecked, 1);
    QCOMPARE(server.ratings().size(), 1); // not again and again
    QVERIFY(!client.stored(id).last().rating->sent); // and it waits for the next pass
}

void TestSync::serverFailuresLeaveEverythingInPlace_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<bool>("stopsPass");
    QTest::newRow("500") << HttpResponse::json(500, QJsonObject{{u"detail"_s, u"Error: db-internal:5432"_s}}) << false;
    QTest::newRow("html 504") << HttpResponse::text(504, "text/html", "<html><body>504 Gateway Time-out</body></html>")
                              << true;
    QTest::newRow("malformed") << HttpResponse::text(200, "application/json", "{\"messages\": [tru") << false;
    QTest::newRow("no messages") << HttpResponse::json(200, QJsonObject{{u"detail"_s, u"ok"_s}}) << false;
    HttpResponse reset;
    reset.contentLength = 4000;
    reset.chunks = {"{\"session_id\": \"x\", \"messages\": ["};
    reset.ending = HttpResponse::Ending::Reset;
    QTest::newRow("reset mid-body") << reset << false;
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    QTest::newRow("timeout") << never << true;
}

void TestSync::serverFailuresLeaveEverythingInPlace()
{
    QFETCH(HttpResponse, response);
    QFETCH(bool, stopsPass);
    FakeGovStackServer server;
    Client client(m_path, server.url());
    const QString id = client.newSession();
    client.ask(id, u"One"_s);
    server.http().stop();
    client.ask(id, u"Waiting"_s);
    server.http().start();
    const QList<StoredMessage> before = client.stored(id);

    server.queueFault({response, false, "GET"});
    const SyncReport report = client.sync();
    QVERIFY(!report.succeeded());
    QCOMPARE(report.stoppedBy.has_value(), stopsPass);
    if (!stopsPass)
        QCOMPARE(report.problems.size(), 1);
    // Server internals stay out of what the user reads.
    QVERIFY(!report.describe().join(u' ').contains(u"db-internal"_s));
    QVERIFY(!report.describe().join(u' ').contains(u"<html"_s));
    QCOMPARE(client.stored(id).size(), before.size());
    QCOMPARE(statuses(client.stored(id)), statuses(before));
    QCOMPARE(server.chatRequests().size(), 1); // nothing sent without reading the server first
    QCOMPARE(client.store->sessionsWithUnsentTurns().value(), QStringList{id});

    // The next pass, with the server well, finishes the work.
    const SyncReport next = client.sync();
    QVERIFY2(next.succeeded(), qPrintable(next.describe().join(u'\n')));
    QCOMPARE(next.turnsSent, 1);
    QCOMPARE(server.entries(id).size(), 4);
}

void TestSync::refusedKeyPausesSyncUntilTheKeyChanges()
{
    FakeGovStackServer server;
    server.setApiKey(u"right-key"_s);
    Client client(m_path, server.url());
    client.backend->setApiKey(u"right-key"_s);
    const QString id = client.newSession();
    client.ask(id, u"Habari"_s);
    client.backend->setApiKey(u"wrong-key"_s);
    QSignalSpy refused(client.engine.get(), &SyncEngine::keyRefused);

    SyncReport report = client.sync();
    QVERIFY(report.stoppedBy);
    QCOMPARE(report.stoppedBy->kind, AgentError::Kind::KeyRejected);
    QCOMPARE(refused.size(), 1);
    QVERIFY(client.engine->isPaused());
    server.http().clearRequests();
    report = client.sync();
    QVERIFY(report.stoppedBy);
    QVERIFY(server.http().requests().isEmpty()); // paused: nothing goes out

    client.backend->setApiKey(u"right-key"_s);
    client.engine->resume();
    report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QVERIFY(!client.engine->isPaused());
}

void TestSync::twoSessionsSyncAtOnce()
{
    FakeGovStackServer server;
    Client client(m_path, server.url(), GovStackBackend::Profile::GovBot);
    const QString a = client.newSession();
    const QString b = client.newSession();
    client.ask(a, u"A one"_s);
    client.ask(b, u"B one"_s);
    server.http().stop();
    client.ask(a, u"A two"_s);
    client.ask(b, u"B two"_s);
    client.ask(a, u"A three"_s);
    server.http().start();

    // Each read takes a while to answer; read one after the other, the second would start after the first ended.
    server.setHistoryDelay(400ms);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> reads;
    QObject::connect(&server.http(), &TestHttpServer::requestReceived, &server, [&](const HttpRequest &request) {
        if (request.method == "GET")
            reads << clock.elapsed();
    });
    client.engine->setOptions(SyncEngine::Options{u"desk-user"_s, 2});
    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.turnsSent, 3);
    QCOMPARE(reads.size(), 2);
    QVERIFY2(reads.at(1) - reads.at(0) < 300, qPrintable(u"reads %1 ms apart"_s.arg(reads.at(1) - reads.at(0))));
    QCOMPARE(requestTexts(client.stored(a)), (QStringList{u"A one"_s, u"A two"_s, u"A three"_s}));
    QCOMPARE(requestTexts(client.stored(b)), (QStringList{u"B one"_s, u"B two"_s}));
    QCOMPARE(server.entries(a).size(), 6);
    QCOMPARE(server.entries(b).size(), 4);
    // Neither session's turns went with the other's history.
    for (const HttpRequest &post : server.chatRequests()) {
        const QString session = post.json()[u"session_id"].toString();
        const QString prefix = session == a ? u"A"_s : u"B"_s;
        QVERIFY(post.json()[u"message"].toString().startsWith(prefix));
        for (const QJsonValue &message : post.json()[u"message_history"].toArray()) {
            const QJsonArray parts = message[u"parts"].toArray();
            if (parts.at(0)[u"part_kind"] == u"user-prompt"_s)
                QVERIFY(parts.at(0)[u"content"].toString().startsWith(prefix));
        }
    }
}

void TestSync::aThousandSessionsInOnePassKeepTheEventLoopTurning()
{
    FakeGovStackServer server;
    Client client(m_path, server.url());
    constexpr int sessions = 1000;
    for (int i = 0; i < sessions; ++i) {
        const QString id = client.newSession();
        const QString question = u"Question %1"_s.arg(i);
        QVERIFY(client.store->saveMessages(
            id,
            {ModelMessage::request({MessagePart::userPrompt(question)}),
             ModelMessage::response({MessagePart::text(FakeGovStackServer::answerFor(question))}, {})}));
        QVERIFY(client.store->linkToServer(id, server.url().toString(), u"v2"_s));
        server.addTurn(id, question);
    }
    // A timer that fires only when the event loop gets a turn: it must keep firing during the pass.
    int ticks = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    int progress = 0;
    QObject::connect(client.engine.get(), &SyncEngine::progressChanged, [&](int done) {
        progress = done;
        if (done == sessions / 2)
            tick.start();
    });
    const SyncReport report = client.sync();
    QVERIFY2(report.succeeded(), qPrintable(report.describe().join(u'\n')));
    QCOMPARE(report.sessionsChecked, sessions);
    QCOMPARE(progress, sessions);
    QCOMPARE(report.tracesReplaced, sessions);
    QVERIFY2(ticks > sessions / 10, qPrintable(QString::number(ticks)));
    QCOMPARE(server.http().requests("GET").size(), sessions);
    QCOMPARE(server.chatRequests().size(), 0);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
