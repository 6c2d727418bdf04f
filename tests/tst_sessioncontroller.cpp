#include "agentreply.h"
#include "awaitfuture.h"
#include "chatcompletions.h"
#include "connectiontester.h"
#include "fakegovstackserver.h"
#include "fakeopenaiserver.h"
#include "govstackbackend.h"
#include "openaibackend.h"
#include "pydanticaicodec.h"
#include "sessioncontroller.h"
#include "storegate.h"
#include "storethread.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString apiKey = u"gs-dev-master-key-12345"_s;

QList<ModelMessage> fixture(const QString &name)
{
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name);
    file.open(QIODevice::ReadOnly);
    return PydanticAiCodec::decodeHistory(file.readAll()).value();
}

/// The app's side of a conversation: store, back end and controller, which a
/// test can drop and rebuild from the same database file, as a restart does.
class Client
{
public:
    using BackendFactory = std::function<std::unique_ptr<AgentBackend>(QNetworkAccessManager *)>;

    Client(const QString &databasePath, BackendFactory factory,
           SessionController::Options options = {u"desktop-user-01"_s, u"en"_s, {}})
        : m_path(databasePath)
        , m_factory(std::move(factory))
        , m_options(std::move(options))
    {
        reopen();
    }

    void reopen()
    {
        controller.reset();
        backend.reset();
        storeThread.reset();
        store.reset();
        network = std::make_unique<QNetworkAccessManager>();
        store = std::make_unique<TestStore>();
        QVERIFY(store->open(m_path));
        // The suite runs twice: as headless commands do (every step here and now) and as the
        // window does (the controller's store steps on the store's own thread).
        if (qEnvironmentVariableIsSet("GOVSTACK_TEST_STORE_THREAD")) {
            storeThread = std::make_unique<StoreThread>(m_path);
            store->setBackgroundThread(storeThread.get());
        }
        backend = m_factory(network.get());
        controller = std::make_unique<SessionController>(store.get(), backend.get(), m_options);
        completed = std::make_unique<QSignalSpy>(controller.get(), &SessionController::turnCompleted);
        failed = std::make_unique<QSignalSpy>(controller.get(), &SessionController::turnFailed);
        queued = std::make_unique<QSignalSpy>(controller.get(), &SessionController::turnQueued);
    }

    /// Sends and waits for the turn's end; true when it was answered.
    bool ask(const QString &sessionId, const QString &text)
    {
        const Counts before = counts();
        const auto turn = await(controller->send(sessionId, text));
        if (!turn)
            qWarning() << turn.error().message;
        return turn && answered(before);
    }

    bool retry(const QString &sessionId, int turn)
    {
        const Counts before = counts();
        const auto retried = await(controller->retry(sessionId, turn));
        if (!retried)
            qWarning() << retried.error().message;
        return retried && answered(before);
    }

    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<StoreThread> storeThread;
    std::unique_ptr<AgentBackend> backend;
    std::unique_ptr<SessionController> controller;
    std::unique_ptr<QSignalSpy> completed;
    std::unique_ptr<QSignalSpy> failed;
    std::unique_ptr<QSignalSpy> queued;

private:
    using Counts = std::pair<qsizetype, qsizetype>;
    Counts counts() const { return {completed->size(), failed->size() + queued->size()}; }
    /// Waits for the next outcome; true when it was an answer.
    bool answered(Counts before) const
    {
        // An event loop rather than QTest::qWaitFor: the servers answer from
        // this thread, and polling with sleeps would slow every chunk down.
        QEventLoop loop;
        // Only a guard against a turn that never ends; slow runs (sanitizers, a loaded machine) stay well inside it.
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnCompleted, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnFailed, &loop, &QEventLoop::quit);
        QObject::connect(controller.get(), &SessionController::turnQueued, &loop, &QEventLoop::quit);
        if (completed->size() + failed->size() + queued->size() == before.first + before.second)
            loop.exec();
        return completed->size() > before.first;
    }

    QString m_path;
    BackendFactory m_factory;
    SessionController::Options m_options;
};

} // namespace

Q_DECLARE_METATYPE(HttpResponse)

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void govStackRequestsCarryTheRestoredHistory();
    void requestsCarryTheStoredBytesOfTheHistory();
    void openAiRequestsCarryTheRestoredHistory();
    void openAiSessionStartsWithTheSystemPrompt();
    void govBotProfileKeepsTheSessionInTheBody();
    void govStackFailuresKeepTheMessage_data();
    void govStackFailuresKeepTheMessage();
    void unreachableServerKeepsTheMessage();
    void openAiFailuresKeepWhatArrived_data();
    void openAiFailuresKeepWhatArrived();
    void openAiRefusesAHistoryItCannotSend();
    void openAiErrorsSayWhatTheServerSaid_data();
    void openAiErrorsSayWhatTheServerSaid();
    void retryTakesAStoredTurnFromTheServer();
    void retryResendsATurnTheServerLacks();
    void retryAfterRefusalSendsDirectly();
    void cancelStopsAndKeepsTheMessage();
    void historyIsReadOnTheStoreThread();
    void redirectToAnotherOriginIsRefused();
    void tlsErrorsAreNeverIgnored();
    void oneTurnAtATimePerSession();
    void connectionTestReportsInWords();
    void answerIsKeptUntilTheStoreTakesIt();
    void sessionsFollowTheirStandingWithTheServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    GovStackBackend::Config govStackConfig(const QUrl &url,
                                           GovStackBackend::Profile profile = GovStackBackend::Profile::V2) const
    {
        return GovStackBackend::Config{url, profile, apiKey, 1s};
    }
    Client::BackendFactory govStack(const QUrl &url,
                                    GovStackBackend::Profile profile = GovStackBackend::Profile::V2) const
    {
        const auto config = govStackConfig(url, profile);
        return [config](QNetworkAccessManager *network) { return std::make_unique<GovStackBackend>(network, config); };
    }
    Client::BackendFactory openAi(const QUrl &url) const
    {
        return [url](QNetworkAccessManager *network) {
            return std::make_unique<OpenAiBackend>(network,
                                                   OpenAiBackend::Config{url, u"sk-test"_s, u"test-model-1"_s, 1s});
        };
    }
};

void TestSessionController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"chats.sqlite"_s);
}

void TestSessionController::govStackRequestsCarryTheRestoredHistory()
{
    FakeGovStackServer server;
    server.setApiKey(apiKey);
    QString sessionId;
    {
        Client client(m_path, govStack(server.url()));
        sessionId = client.store->createChatSession(u"desktop-user-01"_s).value();
        for (const QString &question : {u"What documents do I need to register a business name?"_s,
                                        u"How much does it cost?"_s, u"Je, naweza kulipa kwa M-Pesa?"_s}) {
            QVERIFY(client.ask(sessionId, question));
        }
        QCOMPARE(client.completed->size(), 3);
    } // every object is gone: a restart

    Client client(m_path, govStack(server.url()));
    const QJsonArray stored = PydanticAiCodec::toJsonArray(client.store->loadHistory(sessionId).value());
    QCOMPARE(stored.size(), 6);
    QVERIFY(client.ask(sessionId, u"And how long does it take?"_s));

    const QList<HttpRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).path, "/v2/chat/");
    QCOMPARE(requests.at(1).path, "/v2/chat/" + sessionId.toUtf8());
    QCOMPARE(requests.at(3).path, "/v2/chat/" + sessionId.toUtf8());
    QCOMPARE(requests.at(3).headers.value("x-api-key"), apiKey.toUtf8());
    const QJsonObject body = requests.at(3).json();
    QCOMPARE(body[u"message"].toString(), u"And how long does it take?"_s);
    QCOMPARE(body[u"session_id"].toString(), sessionId);
    QCOMPARE(body[u"user_id"].toString(), u"desktop-user-01"_s);
    QCOMPARE(body[u"language"].toString(), u"en"_s);
    QCOMPARE(body[u"metadata"][u"platform"].toString(), u"desktop"_s);
    QCOMPARE(body[u"metadata"][u"client_version"].toString(), QStringLiteral(GOVSTACK_VERSION));
    // The key assertion: all six earlier messages, in order, exactly as stored.
    QCOMPARE(body[u"message_history"].toArray(), stored);
    QCOMPARE(body[u"message_history"][0][u"parts"][0][u"content"].toString(),
             u"What documents do I need to register a business name?"_s);
    QVERIFY(requests.at(0).json()[u"message_history"].toArray().isEmpty());

    // The reply is a ModelResponse with everything else the server said beside it.
    const QList<StoredMessage> all = client.store->loadStoredMessages(sessionId).value();
    QCOMPARE(all.size(), 8);
    const StoredMessage &answer = all.last();
    QCOMPARE(answer.status, MessageStatus::Ok);
    QCOMPARE(answer.message.text(), FakeGovStackServer::answerFor(u"And how long does it take?"_s));
    QCOMPARE(answer.message.providerName(), u"govstack"_s);
    QCOMPARE(answer.message.finishReason(), u"stop"_s);
    QCOMPARE(answer.message.usage().inputTokens, 891);
    QCOMPARE(answer.message.usage().outputTokens, 433);
    QVERIFY(!answer.message.providerResponseId().isEmpty());
    const GovStackExtras extras = answer.message.govStackExtras().value();
    QCOMPARE(extras.sources.size(), 1);
    QCOMPARE(extras.confidence, 0.8);
    QCOMPARE(extras.retrieverType, u"brs"_s);
    QCOMPARE(extras.followUpQuestions.at(0).question, u"What are the fees?"_s);
    QCOMPARE(extras.usage[u"total_tokens"].toInt(), 1324);
    QVERIFY(extras.otherFields.contains(u"trace_id") || extras.traceId.isEmpty());
}

void TestSessionController::requestsCarryTheStoredBytesOfTheHistory()
{
    // Written by PydanticAI v2.33: key order, `1.0`, `-0.0`, 2^64 and escapes all go out as they came.
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/v2.33/10-kra-pin-unicode-numbers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    FakeGovStackServer server;
    QString sessionId;
    {
        Client client(m_path, govStack(server.url()));
        sessionId = client.store->createChatSession(u"u"_s).value();
        QVERIFY(client.store->saveMessages(sessionId, PydanticAiCodec::decodeHistory(original).value()));
    }
    Client client(m_path, govStack(server.url())); // after a restart, from the store
    QVERIFY(client.ask(sessionId, u"Asante"_s));
    QVERIFY(server.chatRequests().last().body.endsWith(QByteArray(",\"message_history\":" + original + '}')));
}

void TestSessionController::openAiRequestsCarryTheRestoredHistory()
{
    FakeOpenAiServer server;
    server.setApiKey(u"sk-test"_s);
    QString sessionId;
    QString streamed;
    {
        Client client(m_path, openAi(server.baseUrl()));
        sessionId = client.store->createChatSession(u"u"_s, Backend::OpenAI).value();
        // An earlier conversation with a tool call and its result, as PydanticAI stored it.
        QVERIFY(client.store->saveMessages(sessionId, fixture(u"rag-tool-call.json"_s)));
        QObject::connect(client.controller.get(), &SessionController::textStreamed,
                         [&streamed](const QString &, int, const QString &delta) { streamed += delta; });
        QVERIFY(client.ask(sessionId, u"Asante. Na ada ni kiasi gani?"_s));
        QCOMPARE(streamed, FakeOpenAiServer::answerFor(1));
        QVERIFY(client.ask(sessionId, u"Second question"_s));
    }

    Client client(m_path, openAi(server.baseUrl()));
    const QList<ModelMessage> stored = client.store->loadHistory(sessionId).value();
    QCOMPARE(stored.size(), 8);
    QVERIFY(client.ask(sessionId, u"Third question"_s));

    const QList<HttpRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).headers.value("authorization"), "Bearer sk-test");
    const QJsonObject body = requests.at(2).json();
    QCOMPARE(body[u"model"].toString(), u"test-model-1"_s);
    QCOMPARE(body[u"stream"].toBool(), true);
    QCOMPARE(body[u"stream_options"][u"include_usage"].toBool(), true);
    const QJsonArray messages = body[u"messages"].toArray();
    const QList<ModelMessage> all = client.store->loadMessages(sessionId).value();
    QCOMPARE(messages, ChatCompletions::messagesFor(all.mid(0, 9)).value());
    QCOMPARE(messages[2][u"tool_calls"][0][u"function"][u"name"].toString(), all.at(1).parts().at(0).toolName());
    QCOMPARE(messages[3][u"role"].toString(), u"tool"_s);
    QCOMPARE(messages[5][u"content"].toString(), u"Asante. Na ada ni kiasi gani?"_s);
    QCOMPARE(messages[6][u"content"].toString(), FakeOpenAiServer::answerFor(1));
    QCOMPARE(messages.last()[u"content"].toString(), u"Third question"_s);

    const ModelMessage answer = all.last();
    QCOMPARE(answer.text(), FakeOpenAiServer::answerFor(3));
    QCOMPARE(answer.modelName(), u"test-model-1"_s);
    QCOMPARE(answer.providerName(), u"openai"_s);
    QCOMPARE(answer.providerResponseId(), u"chatcmpl-test"_s);
    QCOMPARE(answer.finishReason(), u"stop"_s);
    QCOMPARE(answer.usage().inputTokens, 120);
    QCOMPARE(answer.usage().outputTokens, 30);
    QCOMPARE(answer.usage().cacheReadTokens, 64);
}

void TestSessionController::openAiSessionStartsWithTheSystemPrompt()
{
    FakeOpenAiServer server;
    const QString prompt = u"You are the GovStack assistant."_s;
    Client client(m_path, openAi(server.baseUrl()), SessionController::Options{u"u"_s, u"en"_s, prompt});
    const QString sessionId = client.store->createChatSession(u"u"_s, Backend::OpenAI).value();
    QVERIFY(client.ask(sessionId, u"Habari"_s));
    QVERIFY(client.ask(sessionId, u"Tena"_s));

    const ModelMessage first = client.store->loadMessages(sessionId)->constFirst();
    QCOMPARE(first.parts().at(0).kind(), MessagePart::Kind::SystemPrompt);
    QCOMPARE(first.parts().at(0).text(), prompt);
    QCOMPARE(first.parts().size(), 2);
    QCOMPARE(client.store->loadMessages(sessionId)->at(2).parts().size(), 1); // only the first request
    const QJsonArray secondMessages = server.chatRequests().at(1).json()[u"messages"].toArray();
    QCOMPARE(secondMessages[0].toObject(), (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, prompt}}));
}

void TestSessionController::govBotProfileKeepsTheSessionInTheBody()
{
    FakeGovStackServer server;
    server.setAnswerPrefix(FakeGovStackServer::piiWarning);
    Client client(m_path, govStack(server.url(), GovStackBackend::Profile::GovBot));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(client.ask(sessionId, u"My number is 0712 345678, how do I get a KRA PIN?"_s));
    QVERIFY(client.ask(sessionId, u"And a business permit?"_s));

    const QList<HttpRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 2);
    for (const HttpRequest &request : requests) {
        QCOMPARE(request.path, "/chat/"); // never /chat/{id}: that is an agency route
        QCOMPARE(request.json()[u"session_id"].toString(), sessionId);
    }
    QCOMPARE(requests.at(1).json()[u"message_history"].toArray().size(), 2);
    const ModelMessage answer = client.store->loadMessages(sessionId)->last();
    QVERIFY(answer.text().startsWith(FakeGovStackServer::piiWarning));
    QVERIFY(answer.text().endsWith(u"And a business permit?"_s));
    // What the user typed is kept as typed.
    QCOMPARE(client.store->loadMessages(sessionId)->at(0).text(),
             u"My number is 0712 345678, how do I get a KRA PIN?"_s);
}

void TestSessionController::govStackFailuresKeepTheMessage_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("hidden");
    // Failures the same request can get past later wait in the outbox; the others wait for the user.
    QTest::addColumn<bool>("queued");

    const auto detail = [](int status, const QString &text) {
        return HttpResponse::json(status, QJsonObject{{u"detail"_s, text}});
    };
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    QTest::newRow("timeout") << never << "timeout"
                             << "did not answer in time"
                             << "" << true;
    HttpResponse reset;
    reset.contentLength = 4000;
    reset.chunks = {"{\"answer\": \"To register"};
    reset.ending = HttpResponse::Ending::Reset;
    QTest::newRow("reset mid-body") << reset << "connection-reset"
                                    << "connection to the server broke"
                                    << "" << true;
    QTest::newRow("401") << detail(401, u"Invalid API key"_s) << "key-rejected"
                         << "rejected the API key (HTTP 401)"
                         << "" << true;
    QTest::newRow("403") << detail(403, u"Write permission required"_s) << "key-rejected"
                         << "HTTP 403"
                         << "" << true;
    QTest::newRow("404") << detail(404, u"Not Found"_s) << "not-found"
                         << "HTTP 404"
                         << "" << false;
    QTest::newRow("422") << HttpResponse::json(
                                422,
                                QJsonObject{
                                    {u"detail"_s,
                                     QJsonArray{QJsonObject{{u"type"_s, u"string_too_long"_s},
                                                            {u"loc"_s, QJsonArray{u"body"_s, u"session_id"_s}},
                                                            {u"msg"_s, u"String should have at most 64 characters"_s},
                                                            {u"input"_s, u"x"_s}}}}})
                         << "validation"
                         << "session_id: String should have at most 64 characters"
                         << "" << false;
    QTest::newRow("500") << detail(
                                500,
                                u"Error processing chat message: psycopg2.OperationalError at db-internal.gov:5432"_s)
                         << "server-error"
                         << "internal error (HTTP 500)"
                         << "psycopg2" << true;
    QTest::newRow("502 html") << HttpResponse::text(502, "text/html",
                                                    "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>")
                              << "gateway"
                              << "HTTP 502"
                              << "<html" << true;
    QTest::newRow("504 html") << HttpResponse::text(504, "text/html", "<html><body>504 Gateway Time-out</body></html>")
                              << "gateway"
                              << "HTTP 504"
                              << "<html" << true;
    QTest::newRow("malformed") << HttpResponse::text(200, "application/json", "this is not json")
                               << "malformed-response"
                               << "could not be read"
                               << "" << true;
    QTest::newRow("truncated") << HttpResponse::text(200, "application/json", "{\"answer\": \"To register a business")
                               << "malformed-response"
                               << "could not be read"
                               << "" << true;
    QTest::newRow("no answer field") << HttpResponse::json(200, QJsonObject{{u"reply"_s, u"x"_s}})
                                     << "malformed-response"
                                     << "could not be read"
                                     << "" << true;
    HttpResponse huge = HttpResponse::text(200, "application/json", QByteArray(1024, ' '));
    huge.contentLength = 40 * 1024 * 1024;
    huge.ending = HttpResponse::Ending::CloseEarly;
    QTest::newRow("over 32 MB") << huge << "too-large"
                                << "larger than 32 MB"
                                << "" << false;
}

void TestSessionController::govStackFailuresKeepTheMessage()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, kind);
    QFETCH(QString, shown);
    QFETCH(QString, hidden);
    QFETCH(bool, queued);

    FakeGovStackServer server;
    server.queueFault({response, false});
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    client.ask(sessionId, u"What documents do I need?"_s);
    QCOMPARE(client.failed->size(), queued ? 0 : 1);
    QCOMPARE(client.queued->size(), queued ? 1 : 0);
    QCOMPARE(client.completed->size(), 0);

    const QList<StoredMessage> stored = client.store->loadStoredMessages(sessionId).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).status, queued ? MessageStatus::Queued : MessageStatus::Failed);
    QCOMPARE(stored.at(0).message.text(), u"What documents do I need?"_s);
    QCOMPARE(stored.at(0).errorKind, kind);
    QVERIFY2(stored.at(0).error.contains(shown), qPrintable(stored.at(0).error));
    if (!hidden.isEmpty())
        QVERIFY2(!stored.at(0).error.contains(hidden), qPrintable(stored.at(0).error));
    QCOMPARE(server.chatRequests().size(), 1); // nothing was sent twice
    QVERIFY(client.store->loadHistory(sessionId)->isEmpty());
}

void TestSessionController::unreachableServerKeepsTheMessage()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();

    Client client(m_path, govStack(url));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    client.ask(sessionId, u"Habari?"_s);
    QCOMPARE(client.queued->size(), 1);
    const StoredMessage request = client.store->loadStoredMessages(sessionId)->constFirst();
    QCOMPARE(request.status, MessageStatus::Queued);
    QCOMPARE(request.errorKind, u"unreachable"_s);
    QVERIFY(request.error.contains(u"cannot be reached"_s));
}

void TestSessionController::openAiFailuresKeepWhatArrived_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("partial");

    HttpResponse cut;
    cut.contentType = "text/event-stream";
    cut.chunks = FakeOpenAiServer::streamOf(u"Tembelea eCitizen na ujaze fomu"_s, false);
    cut.ending = HttpResponse::Ending::CloseEarly;
    QTest::newRow("stream cut") << cut << "stream-cut"
                                << "Tembelea eCitizen na ujaze fomu";

    HttpResponse garbage = cut;
    garbage.chunks << "data: {not json\n\n";
    QTest::newRow("malformed chunk") << garbage << "malformed-response"
                                     << "Tembelea eCitizen na ujaze fomu";

    HttpResponse huge;
    huge.contentType = "text/event-stream";
    const QByteArray filler =
        "data: {\"choices\":[{\"delta\":{\"content\":\"" + QByteArray(1024 * 1024, 'x') + "\"}}]}\n\n";
    huge.chunks = QList<QByteArray>(34, filler);
    huge.ending = HttpResponse::Ending::CloseEarly;
    QTest::newRow("stream over 32 MB") << huge << "too-large"
                                       << "xxxxxxxx";

    QTest::newRow("401") << HttpResponse::json(
                                401, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"Incorrect API key"_s}}}})
                         << "key-rejected"
                         << "";
}

void TestSessionController::openAiFailuresKeepWhatArrived()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, kind);
    QFETCH(QString, partial);

    FakeOpenAiServer server;
    server.queueFault(response);
    Client client(m_path, openAi(server.baseUrl()));
    const QString sessionId = client.store->createChatSession(u"u"_s, Backend::OpenAI).value();
    client.ask(sessionId, u"Nifanye nini?"_s);
    QCOMPARE(client.failed->size(), 1);

    const QList<StoredMessage> stored = client.store->loadStoredMessages(sessionId).value();
    QCOMPARE(stored.at(0).status, MessageStatus::Failed);
    QCOMPARE(stored.at(0).errorKind, kind);
    if (partial.isEmpty()) {
        QCOMPARE(stored.size(), 1);
    } else {
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).status, MessageStatus::Incomplete);
        QVERIFY(stored.at(1).message.text().startsWith(partial));
        QVERIFY(stored.at(1).message.text().size() <= 32 * 1024 * 1024);
        QCOMPARE(stored.at(1).message.state(), u"incomplete"_s);
    }
    QCOMPARE(server.chatRequests().size(), 1);
    QVERIFY(client.store->loadHistory(sessionId)->isEmpty());
}

void TestSessionController::openAiErrorsSayWhatTheServerSaid_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("expected");
    const auto error = [](int status, const QJsonObject &details) {
        return HttpResponse::json(status, QJsonObject{{u"error"_s, details}});
    };
    QTest::newRow("OpenAI: model_not_found")
        << error(404,
                 {{u"message"_s, u"The model `test-model-1` does not exist or you do not have access to it."_s},
                  {u"type"_s, u"invalid_request_error"_s},
                  {u"code"_s, u"model_not_found"_s}})
        << u"The server has no model named “test-model-1”. Choose one it has in Settings."_s;
    QTest::newRow("Ollama: model not found")
        << error(404,
                 {{u"message"_s, u"model \"test-model-1\" not found, try pulling it first"_s},
                  {u"type"_s, u"api_error"_s}})
        << u"The server has no model named “test-model-1”. Choose one it has in Settings."_s;
    QTest::newRow("context too long")
        << error(400,
                 {{u"message"_s, u"This model's maximum context length is 8192 tokens."_s},
                  {u"code"_s, u"context_length_exceeded"_s}})
        << u"The server answered with an unexpected status (HTTP 400). The server says: “This model's maximum "
           "context length is 8192 tokens.”"_s;
}

void TestSessionController::openAiErrorsSayWhatTheServerSaid()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, expected);
    FakeOpenAiServer server;
    server.queueFault(response);
    Client client(m_path, openAi(server.baseUrl()));
    const QString sessionId = client.store->createChatSession(u"u"_s, Backend::OpenAI).value();
    client.ask(sessionId, u"Nifanye nini?"_s);
    const StoredMessage request = client.store->loadStoredMessages(sessionId)->constFirst();
    QCOMPARE(request.status, MessageStatus::Failed);
    QCOMPARE(request.error, expected);
}

void TestSessionController::openAiRefusesAHistoryItCannotSend()
{
    FakeOpenAiServer server;
    Client client(m_path, openAi(server.baseUrl()));
    const QString sessionId = client.store->createChatSession(u"u"_s, Backend::OpenAI).value();
    // PydanticAI refuses to send a video to a chat-completions server; so does the app, before the network.
    QVERIFY(client.store->saveMessages(sessionId, fixture(u"v2.33/04-land-search-remote-files.json"_s)));
    QVERIFY(!client.ask(sessionId, u"Na hati ya pili?"_s));

    QCOMPARE(client.failed->size(), 1);
    QCOMPARE(server.chatRequests().size(), 0);
    const StoredMessage question = client.store->loadStoredMessages(sessionId)->last();
    QCOMPARE(question.message.text(), u"Na hati ya pili?"_s);
    QCOMPARE(question.status, MessageStatus::Failed);
    QCOMPARE(question.errorKind, u"unsendable"_s);
    QVERIFY2(question.error.contains(u"Message 1 "_s) && question.error.contains(u"video"_s),
             qPrintable(question.error));
}

void TestSessionController::retryTakesAStoredTurnFromTheServer()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(client.ask(sessionId, u"First"_s));

    // The server stores the turn, then the proxy times out before the answer comes back.
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    server.queueFault({never, true});
    // The timeout may have come after the server stored the turn: its copy is read at once.
    QVERIFY(client.ask(sessionId, u"Second"_s));
    QCOMPARE(client.queued->size(), 0);
    QCOMPARE(client.completed->size(), 2);
    QCOMPARE(server.chatRequests().size(), 2); // looked, found it, did not send again
    QCOMPARE(server.http().requests().last().method, "GET");
    QCOMPARE(server.entries(sessionId).size(), 4);
    // The server's copy was merged as sync merges it: each turn once, with the agent's trace (v2).
    const QList<ModelMessage> history = client.store->loadHistory(sessionId).value();
    QCOMPARE(std::count_if(history.cbegin(), history.cend(),
                           [](const ModelMessage &message) { return message.role() == ModelMessage::Role::User; }),
             2);
    QCOMPARE(history.last().text(), FakeGovStackServer::answerFor(u"Second"_s));
}

void TestSessionController::retryResendsATurnTheServerLacks()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url(), GovStackBackend::Profile::GovBot));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(client.ask(sessionId, u"First"_s));
    server.queueFault({HttpResponse::text(504, "text/html", "<html>504</html>"), false});
    client.ask(sessionId, u"Second"_s);
    const int turn = client.store->loadStoredMessages(sessionId)->last().seq;

    QVERIFY(client.retry(sessionId, turn));
    QCOMPARE(client.completed->size(), 2);
    QCOMPARE(server.chatRequests().size(), 3); // the first, the failed one, the resend after looking
    QCOMPARE(server.entries(sessionId).size(), 4); // no turn twice
    const QList<HttpRequest> all = server.http().requests();
    QCOMPARE(all.at(all.size() - 2).method, "GET");
    QCOMPARE(all.at(all.size() - 2).path, "/chat/" + sessionId.toUtf8());
    QCOMPARE(all.last().json()[u"message_history"].toArray().size(), 2);
    QCOMPARE(client.store->loadHistory(sessionId)->size(), 4);
}

void TestSessionController::retryAfterRefusalSendsDirectly()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    server.queueFault({HttpResponse::json(401, QJsonObject{{u"detail"_s, u"Invalid API key"_s}}), false});
    client.ask(sessionId, u"Habari"_s);
    QVERIFY(client.retry(sessionId, 0));
    QCOMPARE(server.http().requests().size(), 2); // a refused request never arrived: no need to look first
    QCOMPARE(server.http().requests().last().method, "POST");
    QCOMPARE(client.store->loadHistory(sessionId)->size(), 2);
    QCOMPARE(await(client.controller->retry(sessionId, 0)).error().code,
             Error::Code::NotFound); // answered: nothing to retry
}

void TestSessionController::cancelStopsAndKeepsTheMessage()
{
    FakeGovStackServer server;
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    server.queueFault({never, false});
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(await(client.controller->send(sessionId, u"A long question"_s)));
    QTRY_COMPARE(server.chatRequests().size(), 1);
    QVERIFY(client.controller->isBusy(sessionId));
    client.controller->cancel(sessionId);
    QTRY_COMPARE(client.failed->size(), 1);
    QVERIFY(!client.controller->isBusy(sessionId));
    const StoredMessage request = client.store->loadStoredMessages(sessionId)->constFirst();
    QCOMPARE(request.status, MessageStatus::Failed);
    QCOMPARE(request.errorKind, u"cancelled"_s);

    // The cancelled request may have arrived: the retry looks first, then sends.
    QVERIFY(client.retry(sessionId, 0));
    QCOMPARE(client.completed->size(), 1);
    QCOMPARE(server.chatRequests().size(), 2);
    QCOMPARE(server.entries(sessionId).size(), 2);
}

void TestSessionController::historyIsReadOnTheStoreThread()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(client.ask(sessionId, u"First"_s));
    StoreThread storeThread(m_path);
    client.store->setBackgroundThread(&storeThread);

    // Cancelled while its history is read: the read is dropped and nothing goes out. The
    // store's thread is held from the moment the question is stored, so the read waits there.
    std::unique_ptr<Gate> gate;
    QObject::connect(client.store.get(), &ChatSource::messagesSaved, client.store.get(), [&] {
        if (!gate)
            gate = std::make_unique<Gate>(storeThread);
    });
    const int turn = await(client.controller->send(sessionId, u"Second"_s)).value();
    QVERIFY(gate);
    QVERIFY(client.controller->isBusy(sessionId));
    client.controller->cancel(sessionId);
    gate->open();
    QTRY_COMPARE(client.failed->size(), 1);
    QVERIFY(!client.controller->isBusy(sessionId));
    QCOMPARE(server.chatRequests().size(), 1);
    QCOMPARE(client.store->storedMessage(sessionId, turn)->errorKind, u"cancelled"_s);

    QVERIFY(client.retry(sessionId, turn));
    const QList<HttpRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).json()[u"message"].toString(), u"Second"_s);
    // Everything before it, as stored (the retry merged the server's trace of the first turn first).
    const QList<StoredMessage> stored = client.store->loadStoredMessages(sessionId).value();
    const auto second = std::find_if(stored.cbegin(), stored.cend(),
                                     [](const StoredMessage &entry) { return entry.message.text() == u"Second"_s; });
    QVERIFY(second != stored.cend());
    QVERIFY(second->turn > 0);
    const QByteArray history = client.store->historyJsonBefore(sessionId, second->turn).value();
    QVERIFY(requests.at(1).body.endsWith(QByteArray(",\"message_history\":" + history + '}')));
}

void TestSessionController::redirectToAnotherOriginIsRefused()
{
    FakeGovStackServer elsewhere;
    TestHttpServer redirecting;
    redirecting.setHandler([&elsewhere](const HttpRequest &request) {
        HttpResponse response;
        response.status = 307;
        response.headers = {{"Location", elsewhere.url().toString().toUtf8() + request.path}};
        return response;
    });
    Client client(m_path, govStack(redirecting.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    client.ask(sessionId, u"Habari"_s);
    QCOMPARE(client.failed->size(), 1);
    QCOMPARE(client.store->loadStoredMessages(sessionId)->constFirst().errorKind, u"redirect"_s);
    QVERIFY(elsewhere.http().requests().isEmpty()); // neither the key nor the conversation went there
}

void TestSessionController::tlsErrorsAreNeverIgnored()
{
    const auto read = [](const QString &name) {
        QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/tls/") + name);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(read(u"untrusted-cert.pem"_s)));
    tls.setPrivateKey(QSslKey(read(u"untrusted-key.pem"_s), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int decryptedBytes = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        QSslSocket *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
        connect(socket, &QSslSocket::readyRead, this,
                [&decryptedBytes, socket] { decryptedBytes += socket->readAll().size(); });
    });

    Client client(m_path, govStack(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()))));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    client.ask(sessionId, u"Habari"_s);
    QCOMPARE(client.failed->size(), 1);
    const StoredMessage request = client.store->loadStoredMessages(sessionId)->constFirst();
    QCOMPARE(request.errorKind, u"tls"_s);
    QVERIFY(request.error.contains(u"not trusted"_s));
    QCOMPARE(decryptedBytes, 0); // neither the key nor the message went over the untrusted connection
}

void TestSessionController::oneTurnAtATimePerSession()
{
    FakeGovStackServer server;
    HttpResponse slow = HttpResponse::json(200, QJsonObject{{u"answer"_s, u"ok"_s}});
    slow.chunkDelayMs = 300;
    slow.chunks = {"{\"answer\":", " \"ok\"}"};
    server.queueFault({slow, true});
    Client client(m_path, govStack(server.url()));
    const QString first = client.store->createChatSession(u"u"_s).value();
    const QString second = client.store->createChatSession(u"u"_s).value();
    QVERIFY(await(client.controller->send(first, u"One"_s)));
    // A second turn waits behind the first and goes when it is answered, never beside it.
    const auto behind = await(client.controller->send(first, u"Two"_s));
    QVERIFY(behind);
    QCOMPARE(client.store->loadStoredMessages(first)->last().status, MessageStatus::Queued);
    QVERIFY(await(client.controller->send(second, u"Elsewhere"_s))); // other sessions are not blocked
    QTRY_COMPARE(client.completed->size(), 3);
    QCOMPARE(client.store->chat(first)->messageCount, 4);
    QStringList order;
    for (const HttpRequest &request : server.chatRequests())
        order << request.json()[u"message"].toString();
    QCOMPARE(order, (QStringList{u"One"_s, u"Elsewhere"_s, u"Two"_s}));
    QCOMPARE(server.chatRequests().last().json()[u"message_history"].toArray().size(), 2);
}

void TestSessionController::connectionTestReportsInWords()
{
    QNetworkAccessManager network;
    ConnectionTester tester(&network);
    const auto report = [&](const ConnectionSettings &settings, const QString &key) {
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(settings, key);
        if (!finished.wait(5000))
            return ConnectionReport{};
        return finished.first().at(0).value<ConnectionReport>();
    };

    FakeOpenAiServer openAi;
    openAi.setApiKey(u"sk-right"_s);
    ConnectionSettings settings;
    settings.backend = Backend::OpenAI;
    settings.openAiUrl = openAi.baseUrl();
    const ConnectionReport accepted = report(settings, u"sk-right"_s);
    QVERIFY(accepted.reachable && accepted.keyAccepted);
    QCOMPARE(accepted.models, QStringList{u"test-model-1"_s});
    QVERIFY(accepted.summary.contains(u"offers 1 model"_s));
    const ConnectionReport rejected = report(settings, u"sk-wrong"_s);
    QVERIFY(rejected.reachable && !rejected.keyAccepted);
    QVERIFY(rejected.summary.contains(u"rejected the API key (HTTP 401)"_s));

    FakeGovStackServer govStack;
    govStack.setApiKey(apiKey);
    settings.backend = Backend::GovStack;
    settings.govStackUrl = govStack.url();
    QVERIFY(report(settings, apiKey).keyAccepted);
    QCOMPARE(govStack.http().requests().at(0).path, "/health");
    QCOMPARE(govStack.http().requests().at(1).path, "/api-info");
    QVERIFY(report(settings, u"wrong"_s).summary.contains(u"rejected the API key"_s));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    settings.govStackUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    const ConnectionReport unreachable = report(settings, apiKey);
    QVERIFY(!unreachable.reachable);
    QVERIFY(unreachable.summary.contains(u"cannot be reached"_s));
}

void TestSessionController::answerIsKeptUntilTheStoreTakesIt()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url()));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    // Another connection makes the store refuse answers for a while, as a full disk would.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"blocker"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(u"CREATE TRIGGER refuse_answers BEFORE INSERT ON chat_messages WHEN NEW.kind = 'response' "
                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s);
    }
    QSignalSpy storeFailed(client.controller.get(), &SessionController::storeFailed);
    QVERIFY(await(client.controller->send(sessionId, u"Habari"_s)));
    QTRY_COMPARE(storeFailed.size(), 1);
    QCOMPARE(client.completed->size(), 0);
    QCOMPARE(client.store->loadStoredMessages(sessionId)->size(), 1);

    {
        QSqlQuery drop(QSqlDatabase::database(u"blocker"_s));
        QVERIFY2(drop.exec(u"DROP TRIGGER refuse_answers"_s), qPrintable(drop.lastError().text()));
    }
    QSqlDatabase::database(u"blocker"_s).close();
    QSqlDatabase::removeDatabase(u"blocker"_s);
    QTRY_COMPARE_WITH_TIMEOUT(client.completed->size(), 1, 10000);
    const QList<ModelMessage> history = client.store->loadHistory(sessionId).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().text(), FakeGovStackServer::answerFor(u"Habari"_s));
    QCOMPARE(server.chatRequests().size(), 1); // kept, not asked again
}

void TestSessionController::sessionsFollowTheirStandingWithTheServer()
{
    FakeGovStackServer server;
    Client client(m_path, govStack(server.url(), GovStackBackend::Profile::GovBot));
    const QString sessionId = client.store->createChatSession(u"u"_s).value();
    QVERIFY(client.ask(sessionId, u"Habari"_s));
    ChatSession session = client.store->chat(sessionId).value();
    QCOMPARE(session.serverUrl, server.url().toString());
    QCOMPARE(session.serverProfile, u"govbot"_s);
    QCOMPARE(session.syncState, SyncState::Synced);

    server.queueFault({HttpResponse::text(504, "text/html", "<html>504</html>"), false});
    client.ask(sessionId, u"Tena"_s);
    QCOMPARE(client.store->chat(sessionId)->syncState, SyncState::Waiting);

    // A new turn behind a queued one first sends that one, now that the server is back, then itself.
    QVERIFY(await(client.controller->send(sessionId, u"Na tena"_s)));
    QCOMPARE(client.store->loadStoredMessages(sessionId)->last().status, MessageStatus::Queued);
    QTRY_COMPARE(client.completed->size(), 3);
    QCOMPARE(server.chatRequests().size(), 4);
    QCOMPARE(server.chatRequests().at(2).json()[u"message"].toString(), u"Tena"_s);
    QCOMPARE(server.chatRequests().at(3).json()[u"message"].toString(), u"Na tena"_s);
    QCOMPARE(client.store->chat(sessionId)->syncState, SyncState::Synced);
    QTRY_VERIFY(!client.controller->isBusy(sessionId));

    const QString refused = client.store->createChatSession(u"u"_s).value();
    server.queueFault({HttpResponse::json(401, QJsonObject{{u"detail"_s, u"Invalid API key"_s}}), false});
    client.ask(refused, u"Na tena"_s);
    QCOMPARE(client.store->loadStoredMessages(refused)->last().status, MessageStatus::Queued);
    session = client.store->chat(refused).value();
    QCOMPARE(session.syncState, SyncState::NeedsAttention);
    QVERIFY(session.syncNote.contains(u"rejected the API key"_s));

    // Sessions with an OpenAI-compatible endpoint live on this computer only.
    FakeOpenAiServer openAiServer;
    Client openAiClient(m_dir->filePath(u"openai.sqlite"_s), openAi(openAiServer.baseUrl()));
    const QString local = openAiClient.store->createChatSession(u"u"_s, Backend::OpenAI).value();
    QVERIFY(openAiClient.ask(local, u"Habari"_s));
    QCOMPARE(openAiClient.store->chat(local)->syncState, SyncState::Local);
    QVERIFY(openAiClient.store->chat(local)->serverUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
