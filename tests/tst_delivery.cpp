#include "agentreply.h"
#include "awaitfuture.h"
#include "fakegovstackserver.h"
#include "fakeopenaiserver.h"
#include "govstackbackend.h"
#include "openaibackend.h"
#include "sessioncontroller.h"
#include "sessionexport.h"
#include "syncengine.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// One process's side: a store of its own on the shared file, a back end and a
/// controller. Two of them on one file behave as two processes do (each store is
/// its own claim owner and SQLite connection); dropping one without a word is a kill.
class Process
{
public:
    Process(const QString &path, std::function<std::unique_ptr<AgentBackend>(QNetworkAccessManager *)> backend)
    {
        QVERIFY(store.open(path));
        store.setClock([this] { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; });
        this->backend = backend(&network);
        controller = std::make_unique<SessionController>(&store, this->backend.get(), SessionController::Options{});
    }

    /// Sends and waits until the session has nothing more for this process to send.
    void sendAndWait(const QString &sessionId, const QString &text)
    {
        QSignalSpy ended(controller.get(), &SessionController::deliveryEnded);
        QVERIFY(await(controller->send(sessionId, text)));
        QVERIFY(ended.wait(10000));
    }

    QList<StoredMessage> stored(const QString &sessionId) { return store.loadStoredMessages(sessionId).value(); }

    qint64 clockOffsetMs = 0;
    QNetworkAccessManager network;
    TestStore store;
    std::unique_ptr<AgentBackend> backend;
    std::unique_ptr<SessionController> controller;
};

std::function<std::unique_ptr<AgentBackend>(QNetworkAccessManager *)> govStack(
    const QUrl &url, GovStackBackend::Profile profile = GovStackBackend::Profile::V2,
    std::chrono::milliseconds timeout = 2s)
{
    return [=](QNetworkAccessManager *network) {
        return std::make_unique<GovStackBackend>(network, GovStackBackend::Config{url, profile, {}, timeout});
    };
}

QStringList questionsOf(const QList<StoredMessage> &stored)
{
    QStringList questions;
    for (const StoredMessage &entry : stored) {
        if (entry.message.role() == ModelMessage::Role::User)
            questions << entry.message.text();
    }
    return questions;
}

QStringList postedMessages(const FakeGovStackServer &server)
{
    QStringList messages;
    for (const HttpRequest &request : server.chatRequests())
        messages << request.json()[u"message"].toString();
    return messages;
}

HttpResponse silentReset()
{
    HttpResponse reset;
    reset.ending = HttpResponse::Ending::ResetSilently;
    return reset;
}

} // namespace

/// Issue 11: every turn reaches its server exactly once, whichever process sends it and
/// whatever the network does.
class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void resetAfterTheServerStoredIsCheckedNotResent_data();
    void resetAfterTheServerStoredIsCheckedNotResent();
    void resetToAnOpenAiServerIsNeverResent();
    void twoProcessesNeverSendTheSameTurn();
    void syncLeavesATurnAnotherProcessIsSending();
    void aNewTurnWaitsBehindOneSentElsewhere();
    void aRestartAfterAKillWaitsForTheOldRequest();
    void retryFindsItsOwnTurnAmongTurnsMadeElsewhere();
    void aKilledOpenAiStreamKeepsWhatArrived();
    void aLiveSenderKeepsItsClaimPastTheLease();
    void aMessageTypedBeforeSetUpGoesToTheServerSetUpLater();
    void aSessionOfAnotherServerSaysSo();
    void aMergeFromAStaleReadIsRefused();
    void syncNeverMergesUnderATurnBeingSent();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"chats.sqlite"_s);
}

void TestDelivery::resetAfterTheServerStoredIsCheckedNotResent_data()
{
    QTest::addColumn<GovStackBackend::Profile>("profile");
    QTest::newRow("v2") << GovStackBackend::Profile::V2;
    QTest::newRow("govbot") << GovStackBackend::Profile::GovBot;
}

void TestDelivery::resetAfterTheServerStoredIsCheckedNotResent()
{
    QFETCH(GovStackBackend::Profile, profile);
    FakeGovStackServer server;
    Process app(m_path, govStack(server.url(), profile));
    const QString id = app.store.createChatSession(u"u"_s).value();
    app.sendAndWait(id, u"First"_s);
    // The server stores the turn, then the connection is reset before a byte of the answer.
    server.queueFault({silentReset(), true});
    QSignalSpy found(app.controller.get(), &SessionController::turnFoundOnServer);
    app.sendAndWait(id, u"Second"_s);

    QCOMPARE(postedMessages(server), (QStringList{u"First"_s, u"Second"_s})); // one POST on the wire for it
    QCOMPARE(server.http().requests().last().method, "GET"); // the delivery check
    QCOMPARE(found.size(), 1);
    QCOMPARE(server.questions(id), (QStringList{u"First"_s, u"Second"_s}));
    QCOMPARE(questionsOf(app.stored(id)), (QStringList{u"First"_s, u"Second"_s}));
    QCOMPARE(app.stored(id).last().status, MessageStatus::Ok);

    // During sync too: a queued turn whose POST is reset after storing is sent once.
    server.http().stop();
    app.sendAndWait(id, u"Third"_s);
    server.http().start();
    server.queueFault({silentReset(), true});
    SyncEngine sync(&app.store, app.controller.get(), SyncEngine::Options{});
    sync.setServer(static_cast<GovStackBackend *>(app.backend.get()));
    QSignalSpy finished(&sync, &SyncEngine::finished);
    sync.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(postedMessages(server), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
    QCOMPARE(server.questions(id), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
    QCOMPARE(questionsOf(app.stored(id)), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
}

void TestDelivery::resetToAnOpenAiServerIsNeverResent()
{
    FakeOpenAiServer server;
    server.http().setHandler([](const HttpRequest &) { return silentReset(); });
    Process app(m_path, [&](QNetworkAccessManager *network) {
        return std::make_unique<OpenAiBackend>(network, OpenAiBackend::Config{server.baseUrl(), {}, u"m"_s, 2s});
    });
    const QString id = app.store.createChatSession(u"u"_s, Backend::OpenAI).value();
    app.sendAndWait(id, u"Habari"_s);
    QCOMPARE(server.http().requests("POST").size(), 1);
    QCOMPARE(app.stored(id).last().status, MessageStatus::Failed);
    QCOMPARE(app.stored(id).last().errorKind, u"connection-reset"_s);
}

void TestDelivery::twoProcessesNeverSendTheSameTurn()
{
    FakeGovStackServer server;
    Process first(m_path, govStack(server.url()));
    Process second(m_path, govStack(server.url()));
    const QString id = first.store.createChatSession(u"u"_s).value();
    server.http().stop();
    first.sendAndWait(id, u"One"_s);
    first.sendAndWait(id, u"Two"_s);
    QCOMPARE(first.stored(id).last().status, MessageStatus::Queued);
    server.http().start();
    server.setAgentDelay(300ms);

    // Both deliver the session's outbox at the same moment, as two `sync` runs would.
    QSignalSpy firstEnded(first.controller.get(), &SessionController::deliveryEnded);
    QSignalSpy secondEnded(second.controller.get(), &SessionController::deliveryEnded);
    first.controller->deliver(id);
    second.controller->deliver(id);
    QTRY_VERIFY_WITH_TIMEOUT(!firstEnded.isEmpty() && !secondEnded.isEmpty(), 10000);
    QCOMPARE(postedMessages(server), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(server.questions(id), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(questionsOf(first.stored(id)), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(first.stored(id).last().status, MessageStatus::Ok);
}

void TestDelivery::syncLeavesATurnAnotherProcessIsSending()
{
    FakeGovStackServer server;
    Process asking(m_path, govStack(server.url()));
    Process syncing(m_path, govStack(server.url()));
    const QString id = asking.store.createChatSession(u"u"_s).value();
    asking.sendAndWait(id, u"One"_s);
    server.setAgentDelay(600ms);
    QSignalSpy answered(asking.controller.get(), &SessionController::turnCompleted);
    const int turn = await(asking.controller->send(id, u"Two"_s)).value();
    QTRY_COMPARE(server.chatRequests().size(), 2);

    // A pass in the other process while the answer is awaited: it reads, but neither sends nor rewrites.
    SyncEngine sync(&syncing.store, syncing.controller.get(), SyncEngine::Options{});
    sync.setServer(static_cast<GovStackBackend *>(syncing.backend.get()));
    QSignalSpy finished(&sync, &SyncEngine::finished);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const SyncReport report = finished.first().at(0).value<SyncReport>();
    QCOMPARE(report.sessionsSentElsewhere, 1);
    QCOMPARE(report.turnsSent, 0);

    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.last().at(1).toInt(), turn); // its turn was not renumbered under it
    QCOMPARE(postedMessages(server), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(questionsOf(asking.stored(id)), (QStringList{u"One"_s, u"Two"_s}));
}

void TestDelivery::aNewTurnWaitsBehindOneSentElsewhere()
{
    FakeGovStackServer server;
    Process first(m_path, govStack(server.url()));
    Process second(m_path, govStack(server.url()));
    const QString id = first.store.createChatSession(u"u"_s).value();
    server.setAgentDelay(500ms);
    QVERIFY(await(first.controller->send(id, u"One"_s)));
    QTRY_COMPARE(server.chatRequests().size(), 1);

    // Another process asks in the same session while "One" is on its way: it waits, then goes.
    QSignalSpy waiting(second.controller.get(), &SessionController::waitingForOtherSender);
    QSignalSpy ended(second.controller.get(), &SessionController::deliveryEnded);
    QVERIFY(await(second.controller->send(id, u"Two"_s)));
    QCOMPARE(second.stored(id).last().status, MessageStatus::Queued);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(server.chatRequests().size(), 1); // never two turns of a session in flight
    QVERIFY(ended.wait(10000));
    QCOMPARE(postedMessages(server), (QStringList{u"One"_s, u"Two"_s}));
    // "Two" went with "One" and its answer in its history.
    QCOMPARE(server.chatRequests().last().json()[u"message_history"].toArray().size(), 2);
    QCOMPARE(questionsOf(second.stored(id)), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(second.stored(id).last().status, MessageStatus::Ok);
}

void TestDelivery::aRestartAfterAKillWaitsForTheOldRequest()
{
    FakeGovStackServer server;
    const QString id = [&] {
        Process before(m_path, govStack(server.url()));
        return before.store.createChatSession(u"u"_s).value();
    }();
    // The agent works a while on the question; the process asking is killed meanwhile.
    server.setAgentDelay(800ms);
    auto killed = std::make_unique<Process>(m_path, govStack(server.url()));
    QVERIFY(await(killed->controller->send(id, u"Slow question"_s)));
    QTRY_COMPARE(server.chatRequests().size(), 1);
    killed.reset(); // as a kill: the request is dropped, no claim released, no outcome written

    // Restarted at once: the server has not stored the turn yet, and the old request may still be running.
    Process restarted(m_path, govStack(server.url()));
    QCOMPARE(restarted.stored(id).last().status, MessageStatus::Pending);
    QSignalSpy ended(restarted.controller.get(), &SessionController::deliveryEnded);
    restarted.controller->deliver(id, SessionController::Waiting::NotForOthers);
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(1).value<SessionController::DeliveryEnd>(),
             SessionController::DeliveryEnd::HeldElsewhere);
    QCOMPARE(server.http().requests().size(), 1); // not even a read yet

    // Once the old request cannot be running any more, the server's copy decides: it has the turn.
    QTRY_COMPARE_WITH_TIMEOUT(server.entries(id).size(), 2, 5000);
    restarted.clockOffsetMs = SessionController::leaseFor(2s).count();
    QCOMPARE(restarted.store.recoverInterrupted().value(), 1);
    QCOMPARE(restarted.stored(id).last().errorKind, u"interrupted"_s);
    QSignalSpy found(restarted.controller.get(), &SessionController::turnFoundOnServer);
    restarted.controller->deliver(id);
    QTRY_COMPARE(ended.size(), 2);
    QCOMPARE(found.size(), 1);
    QCOMPARE(server.chatRequests().size(), 1);
    QCOMPARE(questionsOf(restarted.stored(id)), QStringList{u"Slow question"_s});
    QCOMPARE(restarted.store.loadHistory(id)->last().text(), FakeGovStackServer::answerFor(u"Slow question"_s));
}

void TestDelivery::retryFindsItsOwnTurnAmongTurnsMadeElsewhere()
{
    FakeGovStackServer server;
    Process app(m_path, govStack(server.url(), GovStackBackend::Profile::GovBot));
    const QString id = app.store.createChatSession(u"u"_s).value();
    app.sendAndWait(id, u"Mine one"_s);
    // The question times out before the server stores it, and its copy cannot be read just then.
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    server.queueFault({never, false});
    server.queueFault({HttpResponse::text(503, "text/html", "<html>busy</html>"), false, "GET"});
    app.sendAndWait(id, u"Mine two"_s);
    QCOMPARE(app.stored(id).last().status, MessageStatus::Queued);
    // Meanwhile the user asks something else on the web.
    server.addTurn(id, u"From the web"_s, false);

    // Counting entries would take the web turn's answer for this one; finding the turn does not.
    const int turn = app.stored(id).last().seq;
    QSignalSpy ended(app.controller.get(), &SessionController::deliveryEnded);
    QVERIFY(await(app.controller->retry(id, turn)));
    QVERIFY(ended.wait(5000));
    QCOMPARE(postedMessages(server), (QStringList{u"Mine one"_s, u"Mine two"_s, u"Mine two"_s}));
    QCOMPARE(server.questions(id), (QStringList{u"Mine one"_s, u"From the web"_s, u"Mine two"_s}));
    const QList<ModelMessage> history = app.store.loadHistory(id).value();
    QCOMPARE(history.size(), 6);
    QCOMPARE(history.at(3).text(), FakeGovStackServer::answerFor(u"From the web"_s));
    QCOMPARE(history.at(4).text(), u"Mine two"_s);
    QCOMPARE(history.at(5).text(), FakeGovStackServer::answerFor(u"Mine two"_s));
}

void TestDelivery::aKilledOpenAiStreamKeepsWhatArrived()
{
    FakeOpenAiServer server;
    HttpResponse slow;
    slow.contentType = "text/event-stream";
    for (int i = 0; i < 6; ++i)
        slow.chunks << "data: {\"choices\":[{\"delta\":{\"content\":\"word" + QByteArray::number(i) + " \"}}]}\n\n";
    slow.chunkDelayMs = 300;
    server.http().setHandler([slow](const HttpRequest &) { return slow; });
    const auto openAi = [&](QNetworkAccessManager *network) {
        return std::make_unique<OpenAiBackend>(network, OpenAiBackend::Config{server.baseUrl(), {}, u"m"_s, 2s});
    };
    auto killed = std::make_unique<Process>(m_path, openAi);
    const QString id = killed->store.createChatSession(u"u"_s, Backend::OpenAI).value();
    QVERIFY(await(killed->controller->send(id, u"Tell me"_s)));
    QTest::qWait(1400); // a second of streaming: what arrived is in the store by now
    killed.reset();

    Process restarted(m_path, openAi);
    QList<StoredMessage> stored = restarted.stored(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).status, MessageStatus::Incomplete);
    QVERIFY2(stored.at(1).message.text().startsWith(u"word0 word1 "_s), qPrintable(stored.at(1).message.text()));
    QCOMPARE(stored.at(1).message.state(), u"incomplete"_s);

    // Once its claim lapses it is not silently pending: interrupted, with Retry, and said so in exports.
    restarted.clockOffsetMs = SessionController::leaseFor(2s).count();
    QCOMPARE(restarted.store.recoverInterrupted().value(), 1);
    stored = restarted.stored(id);
    QCOMPARE(stored.at(0).status, MessageStatus::Failed);
    QCOMPARE(stored.at(0).errorKind, u"interrupted"_s);
    QVERIFY(stored.at(0).error.contains(u"Retry"_s));
    const QJsonObject exported =
        QJsonDocument::fromJson(SessionExport::toJsonBytes(restarted.store.chat(id).value(), stored, {})).object();
    QCOMPARE(exported[u"left_out"][u"count"].toInt(), 2);
    QCOMPARE(exported[u"left_out"][u"messages"][0][u"status"].toString(), u"failed"_s);
    QVERIFY(exported[u"left_out"][u"messages"][0][u"reason"].toString().contains(u"The app stopped"_s));
    QVERIFY(SessionExport::toMarkdown(restarted.store.chat(id).value(), stored).contains(u"left out"_s));
}

void TestDelivery::aLiveSenderKeepsItsClaimPastTheLease()
{
    FakeOpenAiServer server;
    HttpResponse slow;
    slow.contentType = "text/event-stream";
    for (int i = 0; i < 12; ++i)
        slow.chunks << "data: {\"choices\":[{\"delta\":{\"content\":\"word \"}}]}\n\n";
    slow.chunks << "data: [DONE]\n\n";
    slow.chunkDelayMs = 300;
    server.http().setHandler([slow](const HttpRequest &) { return slow; });
    const auto openAi = [&](QNetworkAccessManager *network) {
        return std::make_unique<OpenAiBackend>(network, OpenAiBackend::Config{server.baseUrl(), {}, u"m"_s, 1s});
    };
    Process sending(m_path, openAi);
    Process other(m_path, openAi);
    const QString id = sending.store.createChatSession(u"u"_s, Backend::OpenAI).value();
    QSignalSpy answered(sending.controller.get(), &SessionController::turnCompleted);
    QVERIFY(await(sending.controller->send(id, u"Tell me"_s)));

    // The answer streams for almost four seconds, longer than a claim lives unrenewed (2.25 s).
    QTest::qWait(int(SessionController::leaseFor(1s).count()) + 500);
    QCOMPARE(other.store.recoverInterrupted().value(), 0);
    QSignalSpy ended(other.controller.get(), &SessionController::deliveryEnded);
    other.controller->deliver(id, SessionController::Waiting::NotForOthers);
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(1).value<SessionController::DeliveryEnd>(),
             SessionController::DeliveryEnd::HeldElsewhere);
    QVERIFY(answered.wait(5000));
    QCOMPARE(server.http().requests("POST").size(), 1);
    QCOMPARE(sending.stored(id).last().status, MessageStatus::Ok);
    QCOMPARE(sending.stored(id).size(), 2); // the draft gave way to the answer
}

void TestDelivery::aMessageTypedBeforeSetUpGoesToTheServerSetUpLater()
{
    FakeGovStackServer server;
    QString id;
    {
        // The default address, where no server answers.
        Process unconfigured(m_path, govStack(QUrl(u"http://127.0.0.1:9"_s)));
        id = unconfigured.store.createChatSession(u"u"_s).value();
        unconfigured.sendAndWait(id, u"Habari"_s);
        QCOMPARE(unconfigured.stored(id).last().status, MessageStatus::Queued);
        QVERIFY(unconfigured.store.chat(id)->serverUrl.isEmpty()); // no server accepted it: it belongs to none
    }
    Process configured(m_path, govStack(server.url()));
    SyncEngine sync(&configured.store, configured.controller.get(), SyncEngine::Options{});
    sync.setServer(static_cast<GovStackBackend *>(configured.backend.get()));
    QSignalSpy finished(&sync, &SyncEngine::finished);
    sync.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<SyncReport>().turnsSent, 1);
    QCOMPARE(postedMessages(server), QStringList{u"Habari"_s});
    QCOMPARE(configured.store.chat(id)->serverUrl, server.url().toString());
    QCOMPARE(configured.store.chat(id)->syncState, SyncState::Synced);
}

void TestDelivery::aSessionOfAnotherServerSaysSo()
{
    FakeGovStackServer first;
    FakeGovStackServer second;
    QString id;
    {
        Process before(m_path, govStack(first.url()));
        id = before.store.createChatSession(u"u"_s).value();
        before.sendAndWait(id, u"Habari"_s);
        first.http().stop();
        before.sendAndWait(id, u"Tena"_s);
    }
    Process after(m_path, govStack(second.url()));
    const auto sendNow = await(after.controller->retry(id, after.stored(id).last().seq));
    QVERIFY(!sendNow);
    QVERIFY2(sendNow.error().message.contains(first.url().toString()), qPrintable(sendNow.error().message));
    QVERIFY(sendNow.error().message.contains(u"Settings"_s));
    QVERIFY(!await(after.controller->send(id, u"Na tena"_s)));
    QVERIFY(second.http().requests().isEmpty());
}

void TestDelivery::aMergeFromAStaleReadIsRefused()
{
    Process app(m_path, govStack(QUrl(u"http://127.0.0.1:9"_s)));
    const QString id = app.store.createChatSession(u"u"_s).value();
    const qint64 read = app.store.chat(id)->revision;
    QVERIFY(app.store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Written meanwhile"_s)})));
    HistoryMerge merge;
    merge.replaceFromTurn = 0;
    const auto applied = app.store.applyMerge(id, merge, read);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, Error::Code::Conflict);
    QCOMPARE(questionsOf(app.stored(id)), QStringList{u"Written meanwhile"_s}); // nothing undone
    QVERIFY(app.store.applyMerge(id, HistoryMerge{}, app.store.chat(id)->revision));
}

void TestDelivery::syncNeverMergesUnderATurnBeingSent()
{
    // The window's controller and sync share one connection (the store's thread): a turn this
    // process sends refuses sync's merge as another process's would, but not the sender's own check.
    Process app(m_path, govStack(QUrl(u"http://127.0.0.1:9"_s)));
    const QString id = app.store.createChatSession(u"u"_s).value();
    QVERIFY(app.store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Being sent"_s)}),
                                MessageStatus::Queued));
    QCOMPARE(app.store.claimTurn(id, 60000)->kind, ClaimOutcome::Kind::Claimed);
    HistoryMerge merge;
    merge.serverFingerprint = u"fp"_s;
    const auto bySync = app.store.applyMerge(id, merge, app.store.chat(id)->revision);
    QVERIFY(!bySync);
    QCOMPARE(bySync.error().code, Error::Code::Conflict);
    QVERIFY(app.store.applyMerge(id, merge, app.store.chat(id)->revision, ChatStore::MergeFor::Sender));
    QCOMPARE(app.store.chat(id)->serverFingerprint, u"fp"_s);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
