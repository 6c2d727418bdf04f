#include "fakegovstackserver.h"
#include "fakeopenaiserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// `govstack-desktop ask`, run as a user runs it, against servers in this process.
class TestAskCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newSessionThenContinueIt();
    void editAndRegenerateAskAgainInANewVersion();
    void editAndRegenerateOnAnOpenAiServer();
    void personalDataIsRefusedUnlessAllowed();
    void versionsMadeWhileTheServerIsDownWaitForSync();
    void openAiBackendFromFlags();
    void settingsFileGivesTheServer();
    void networkFailureQueuesTheMessageForSync();
    void pullOpensAServerSession();
    void killedDuringSyncLosesAndDoublesNothing();
    void reviewersSearchExportAndImport();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void damagedStoreExitsFour();
    void configGetAndSet();
    void answerWaitsForAStoreThatRefusedIt();
    void theLogNeverHoldsWhatTheUserTyped();

private:
    Run run(const QStringList &arguments, const QHash<QString, QString> &environment = {});
    QProcessEnvironment environment(const QHash<QString, QString> &extra) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAskCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestAskCommand::environment(const QHash<QString, QString> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // headless commands must not need a display at all
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

Run TestAskCommand::run(const QStringList &arguments, const QHash<QString, QString> &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.start(QStringLiteral(GOVSTACK_EXECUTABLE), arguments);
    // The servers live in this process: keep its event loop turning while the command runs.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.kill();
    process.waitForFinished();
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void TestAskCommand::newSessionThenContinueIt()
{
    FakeGovStackServer server;
    server.setApiKey(u"gs-key"_s);
    const QHash<QString, QString> key{{u"GOVSTACK_API_KEY"_s, u"gs-key"_s}};
    const Run first = run({u"ask"_s, u"--new"_s, u"--server"_s, server.url().toString(), u"--user-id"_s, u"cli-user"_s,
                           u"How do I register a business name?"_s},
                          key);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.trimmed(), FakeGovStackServer::answerFor(u"How do I register a business name?"_s));
    const auto match = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(first.err);
    QVERIFY2(match.hasMatch(), qPrintable(first.err));
    const QString sessionId = match.captured(1);

    const Run second =
        run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, server.url().toString(), u"And the fee?"_s}, key);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out.trimmed(), FakeGovStackServer::answerFor(u"And the fee?"_s));
    QVERIFY(!second.err.contains(u"New session"_s));

    const QList<HttpRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).json()[u"user_id"].toString(), u"cli-user"_s);
    QCOMPARE(requests.at(1).path, "/v2/chat/" + sessionId.toUtf8());
    QCOMPARE(requests.at(1).json()[u"message_history"].toArray().size(), 2);
    // The key came from the environment and never touched the disk.
    const QString database = m_home->filePath(u"data/govstack/govstack-desktop/chats.sqlite"_s);
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("gs-key"));
}

void TestAskCommand::editAndRegenerateAskAgainInANewVersion()
{
    FakeGovStackServer server;
    const QString url = server.url().toString();
    const Run first = run({u"ask"_s, u"--new"_s, u"--server"_s, url, u"Q1"_s});
    const QString sessionId = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(first.err).captured(1);
    QVERIFY2(!sessionId.isEmpty(), qPrintable(first.err));
    QCOMPARE(run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, url, u"Q2"_s}).exitCode, 0);
    const auto texts = [](const QJsonArray &history) {
        QStringList all;
        for (const QJsonValue &message : history)
            all << message[u"parts"][0][u"content"].toString();
        return all;
    };
    const QRegularExpression newVersion(u"New version of the conversation: ([0-9a-f-]{36})"_s);

    // Question 2 edited: a new version (its own session on the server) with the turns before it only.
    const Run edited =
        run({u"ask"_s, u"--session"_s, sessionId, u"--edit"_s, u"2"_s, u"--server"_s, url, u"Q2 edited"_s});
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.out.trimmed(), FakeGovStackServer::answerFor(u"Q2 edited"_s));
    const QString editedId = newVersion.match(edited.err).captured(1);
    QVERIFY2(!editedId.isEmpty() && editedId != sessionId, qPrintable(edited.err));
    HttpRequest request = server.chatRequests().last();
    QCOMPARE(request.path, "/v2/chat/" + editedId.toUtf8());
    QCOMPARE(request.json()[u"message"].toString(), u"Q2 edited"_s);
    QCOMPARE(texts(request.json()[u"message_history"].toArray()),
             QStringList({u"Q1"_s, FakeGovStackServer::answerFor(u"Q1"_s)}));

    // The next question continues the version shown, with nothing of the one left behind.
    QCOMPARE(run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, url, u"Q3"_s}).exitCode, 0);
    request = server.chatRequests().last();
    QCOMPARE(request.path, "/v2/chat/" + editedId.toUtf8());
    QCOMPARE(texts(request.json()[u"message_history"].toArray()),
             QStringList({u"Q1"_s, FakeGovStackServer::answerFor(u"Q1"_s), u"Q2 edited"_s,
                          FakeGovStackServer::answerFor(u"Q2 edited"_s)}));

    // The first answer asked for again: the same question, nothing before it.
    const Run again = run({u"ask"_s, u"--session"_s, sessionId, u"--regenerate"_s, u"1"_s, u"--server"_s, url});
    QCOMPARE(again.exitCode, 0);
    const QString againId = newVersion.match(again.err).captured(1);
    request = server.chatRequests().last();
    QCOMPARE(request.path, "/v2/chat/"); // a session's first message, its id in the body
    QCOMPARE(request.json()[u"session_id"].toString(), againId);
    QCOMPARE(request.json()[u"message"].toString(), u"Q1"_s);
    QVERIFY(request.json()[u"message_history"].toArray().isEmpty());
    QCOMPARE(server.chatRequests().size(), 5); // each question went once

    // Sync brings each version's trace into its own turns only (the server holds a session per
    // version): each version's turns gain their tool calls and results, the turns it shares with
    // the one it came from are not written twice, and a second pass changes nothing.
    const auto rows = [this] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"versions-check"_s);
        db.setDatabaseName(m_home->filePath(u"data/govstack/govstack-desktop/chats.sqlite"_s));
        db.open();
        QStringList counts;
        {
            QSqlQuery query(u"SELECT count(m.id) FROM chats c LEFT JOIN chat_messages m ON m.chat_id = c.id "
                            "GROUP BY c.id ORDER BY c.id"_s,
                            db);
            while (query.next())
                counts << query.value(0).toString();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"versions-check"_s);
        return counts;
    };
    QCOMPARE(rows(), QStringList({u"4"_s, u"4"_s, u"2"_s}));
    QCOMPARE(run({u"sync"_s, u"--server"_s, url}).exitCode, 0);
    const QStringList traced{u"8"_s, u"8"_s, u"4"_s}; // 2, 2 and 1 turns of question, call, result, answer
    QCOMPARE(rows(), traced);
    const int posts = int(server.chatRequests().size());
    QCOMPARE(run({u"sync"_s, u"--server"_s, url}).exitCode, 0);
    QCOMPARE(rows(), traced);
    QCOMPARE(server.chatRequests().size(), posts);
    QCOMPARE(posts, 5); // no question went twice

    // Nothing was deleted, and the conversation is still listed once.
    const Run listed = run({u"sessions"_s});
    QCOMPARE(listed.out.trimmed().split(u'\n').size(), 1);
    // The listing and the export name every version and the one shown (the last made).
    const QJsonArray sessions = QJsonDocument::fromJson(run({u"sessions"_s, u"--json"_s}).out.toUtf8()).array();
    QCOMPARE(sessions.size(), 1);
    const QJsonArray versions = sessions.at(0)[u"versions"].toArray();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0)[u"session_id"].toString(), sessionId);
    QCOMPARE(versions.at(0)[u"kind"].toString(), u"first"_s);
    QCOMPARE(versions.at(1)[u"session_id"].toString(), editedId);
    QCOMPARE(versions.at(1)[u"branch_of"].toString(), sessionId);
    QCOMPARE(versions.at(1)[u"kind"].toString(), u"edit"_s);
    QCOMPARE(versions.at(2)[u"kind"].toString(), u"regenerate"_s);
    QVERIFY(versions.at(2)[u"shown"].toBool() && !versions.at(1)[u"shown"].toBool());
    const QJsonObject exported = QJsonDocument::fromJson(run({u"export"_s, sessionId}).out.toUtf8()).object();
    QCOMPARE(exported[u"versions"][u"list"].toArray().size(), 3);
    QCOMPARE(exported[u"versions"][u"shown"].toString(), againId);
    QCOMPARE(exported[u"pydantic_ai_messages"].toArray().size(), 4); // the version shown: Q1 asked again, traced
    QCOMPARE(run({u"ask"_s, u"--session"_s, sessionId, u"--edit"_s, u"9"_s, u"--server"_s, url, u"x"_s}).exitCode, 2);
    QCOMPARE(run({u"ask"_s, u"--edit"_s, u"1"_s, u"--server"_s, url, u"x"_s}).exitCode, 2);
}

void TestAskCommand::versionsMadeWhileTheServerIsDownWaitForSync()
{
    FakeGovStackServer server;
    const QString url = server.url().toString();
    const Run first = run({u"ask"_s, u"--new"_s, u"--server"_s, url, u"Q1"_s});
    const QString sessionId = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(first.err).captured(1);
    QCOMPARE(run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, url, u"Q2"_s}).exitCode, 0);
    const QRegularExpression newVersion(u"New version of the conversation: ([0-9a-f-]{36})"_s);

    // An edit, then another answer to it, while the server is down: each waits in its version.
    server.http().stop();
    const Run edited =
        run({u"ask"_s, u"--session"_s, sessionId, u"--edit"_s, u"2"_s, u"--server"_s, url, u"Q2 offline"_s});
    QCOMPARE(edited.exitCode, 3);
    QVERIFY2(edited.err.contains(u"queued"_s), qPrintable(edited.err));
    const QString editedId = newVersion.match(edited.err).captured(1);
    const Run again = run({u"ask"_s, u"--session"_s, sessionId, u"--regenerate"_s, u"2"_s, u"--server"_s, url});
    QCOMPARE(again.exitCode, 3);
    const QString againId = newVersion.match(again.err).captured(1);
    QVERIFY(!editedId.isEmpty() && !againId.isEmpty() && editedId != againId);
    QCOMPARE(server.chatRequests().size(), 2);

    // Sync sends each once, to its own session, with its own history.
    server.http().start();
    const Run sync = run({u"sync"_s, u"--server"_s, url});
    QCOMPARE(sync.exitCode, 0);
    QList<HttpRequest> posts = server.chatRequests();
    QCOMPARE(posts.size(), 4);
    QStringList sent;
    for (const HttpRequest &post : posts.mid(2)) {
        sent << QString::fromUtf8(post.path) + u' ' + post.json()[u"message"].toString();
        QCOMPARE(post.json()[u"message_history"].toArray().size(), 2); // Q1 and its answer
    }
    sent.sort();
    QStringList expected{u"/v2/chat/"_s + editedId + u" Q2 offline"_s, u"/v2/chat/"_s + againId + u" Q2 offline"_s};
    expected.sort();
    QCOMPARE(sent, expected);
    QCOMPARE(run({u"sync"_s, u"--server"_s, url}).exitCode, 0);
    QCOMPARE(server.chatRequests().size(), 4); // nothing twice
}

void TestAskCommand::personalDataIsRefusedUnlessAllowed()
{
    FakeGovStackServer server;
    const QString url = server.url().toString();
    const QString text = u"My ID is 12345678 and my phone 0712 345 678"_s;
    const Run refused = run({u"ask"_s, u"--server"_s, url, text});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"ID number"_s) && refused.err.contains(u"phone number"_s), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(u"12345678"_s) && !refused.err.contains(u"345 678"_s));
    QVERIFY(server.chatRequests().isEmpty());
    QCOMPARE(run({u"sessions"_s}).out.trimmed(), QString()); // nothing stored
    // Numbers that are not personal data go as they are; allowed, the message goes too.
    QCOMPARE(run({u"ask"_s, u"--server"_s, url, u"Is the fee KSh 12500000 until 20261231?"_s}).exitCode, 0);
    const Run allowed = run({u"ask"_s, u"--server"_s, url, u"--allow-personal-data"_s, text});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(server.chatRequests().size(), 2);
    QCOMPARE(server.chatRequests().last().json()[u"message"].toString(), text);
}

void TestAskCommand::editAndRegenerateOnAnOpenAiServer()
{
    FakeOpenAiServer server;
    const QStringList flags{u"--backend"_s, u"openai"_s, u"--server"_s, server.baseUrl().toString()};
    const Run first = run(QStringList{u"ask"_s, u"--new"_s} + flags + QStringList{u"Q1"_s});
    const QString sessionId = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(first.err).captured(1);
    QVERIFY2(!sessionId.isEmpty(), qPrintable(first.err));
    QCOMPARE(run(QStringList{u"ask"_s, u"--session"_s, sessionId} + flags + QStringList{u"Q2"_s}).exitCode, 0);
    // What the request carries: each message's role and words.
    const auto sent = [&server](int request) {
        QStringList all;
        for (const QJsonValue &message : server.chatRequests().at(request).json()[u"messages"].toArray())
            all << message[u"role"].toString() + u':' + message[u"content"].toString().left(2);
        return all;
    };
    const QString system = sent(0).constFirst();
    QVERIFY(system.startsWith(u"system:"_s));
    const QString a1 = u"assistant:"_s + FakeOpenAiServer::answerFor(1).left(2);

    // Question 2 edited: the system prompt, turn 1, the edited question; nothing of the first answer to question 2.
    const Run edited = run(QStringList{u"ask"_s, u"--session"_s, sessionId, u"--edit"_s, u"2"_s} + flags +
                           QStringList{u"Q2 edited"_s});
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(sent(2), QStringList({system, u"user:Q1"_s, a1, u"user:Q2"_s}));
    QCOMPARE(server.chatRequests().at(2).json()[u"messages"].toArray().last()[u"content"].toString(), u"Q2 edited"_s);
    // The first answer asked for again: the system prompt and the question, as the first request had them.
    QCOMPARE(run(QStringList{u"ask"_s, u"--session"_s, sessionId, u"--regenerate"_s, u"1"_s} + flags).exitCode, 0);
    QCOMPARE(sent(3), sent(0));
    QCOMPARE(server.chatRequests().size(), 4);
}

void TestAskCommand::openAiBackendFromFlags()
{
    FakeOpenAiServer server;
    const Run result =
        run({u"ask"_s, u"--backend"_s, u"openai"_s, u"--server"_s, server.baseUrl().toString(), u"--model"_s,
             u"test-model-1"_s, u"--data-dir"_s, m_home->filePath(u"custom"_s), u"Habari"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), FakeOpenAiServer::answerFor(1));
    QCOMPARE(server.chatRequests().at(0).json()[u"model"].toString(), u"test-model-1"_s);
    QVERIFY(QFile::exists(m_home->filePath(u"custom/chats.sqlite"_s)));
    // The app is the agent here: the conversation opens with its system prompt.
    QCOMPARE(server.chatRequests().at(0).json()[u"messages"][0][u"role"].toString(), u"system"_s);
}

void TestAskCommand::settingsFileGivesTheServer()
{
    FakeGovStackServer server;
    QDir().mkpath(m_home->filePath(u"config/govstack"_s));
    QFile settings(m_home->filePath(u"config/govstack/govstack-desktop.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[govstack]\nurl=" + server.url().toString().toUtf8() +
                   "\nprofile=govbot\n[General]\nuserId=from-settings\n");
    settings.close();

    const Run result = run({u"ask"_s, u"Habari"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.chatRequests().at(0).path, "/chat/");
    QCOMPARE(server.chatRequests().at(0).json()[u"user_id"].toString(), u"from-settings"_s);
}

void TestAskCommand::networkFailureQueuesTheMessageForSync()
{
    FakeGovStackServer server;
    server.queueFault({HttpResponse::text(502, "text/html", "<html>bad gateway</html>"), false});
    const Run result = run({u"ask"_s, u"--server"_s, server.url().toString(), u"Habari"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"HTTP 502"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"queued"_s), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"<html>"_s));
    QVERIFY(result.out.isEmpty());
    // The server's page is in the log, for whoever investigates.
    QFile log(m_home->filePath(u"data/govstack/govstack-desktop/govstack-desktop.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("<html>bad gateway</html>"));

    // While the server is still down, a message behind a queued one queues too.
    const auto match = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(result.err);
    const QString sessionId = match.captured(1);
    server.http().stop();
    const Run again = run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, server.url().toString(), u"Tena"_s});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(u"queued"_s), qPrintable(again.err));
    QCOMPARE(server.chatRequests().size(), 1);

    // `sync` sends both, in order, and says so.
    server.http().start();
    const Run sync = run({u"sync"_s, u"--server"_s, server.url().toString()});
    QCOMPARE(sync.exitCode, 0);
    QVERIFY2(sync.out.contains(u"2 waiting messages sent"_s), qPrintable(sync.out));
    const QList<HttpRequest> posts = server.chatRequests();
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts.at(1).json()[u"message"].toString(), u"Habari"_s);
    QCOMPARE(posts.at(2).json()[u"message"].toString(), u"Tena"_s);
    QCOMPARE(posts.at(2).json()[u"message_history"].toArray().size(), 2);
    QCOMPARE(server.entries(sessionId).size(), 4);

    // Once the server is back, the next ask sends what waits first, then itself: no sync needed.
    server.queueFault({HttpResponse::json(500, QJsonObject{{u"detail"_s, u"database down"_s}}), false});
    QCOMPARE(run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, server.url().toString(), u"Tatu"_s}).exitCode, 3);
    const Run next = run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, server.url().toString(), u"Nne"_s});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.out.trimmed(), FakeGovStackServer::answerFor(u"Nne"_s));
    QStringList order;
    for (const HttpRequest &post : server.chatRequests())
        order << post.json()[u"message"].toString();
    QCOMPARE(order.mid(3), (QStringList{u"Tatu"_s, u"Tatu"_s, u"Nne"_s}));
    QCOMPARE(server.entries(sessionId).size(), 8);
}

void TestAskCommand::pullOpensAServerSession()
{
    FakeGovStackServer server;
    server.addTurn(u"web-42"_s, u"Habari kutoka mtandaoni"_s);
    const Run pulled = run({u"pull"_s, u"web-42"_s, u"--server"_s, server.url().toString()});
    QCOMPARE(pulled.exitCode, 0);
    QVERIFY2(pulled.out.contains(u"Opened session web-42"_s), qPrintable(pulled.out));
    // The fetched session continues like any other.
    const Run asked = run({u"ask"_s, u"--session"_s, u"web-42"_s, u"--server"_s, server.url().toString(), u"Asante"_s});
    QCOMPARE(asked.exitCode, 0);
    QCOMPARE(server.chatRequests().last().json()[u"message_history"].toArray().size(), 4);

    const Run missing = run({u"pull"_s, u"not-there"_s, u"--server"_s, server.url().toString()});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.out.contains(u"no session with this id"_s), qPrintable(missing.out));
    // Sessions of another server are left alone, and said to be.
    FakeGovStackServer other;
    const Run elsewhere = run({u"sync"_s, u"--server"_s, other.url().toString()});
    QCOMPARE(elsewhere.exitCode, 0);
    QVERIFY2(elsewhere.out.contains(u"1 session skipped"_s), qPrintable(elsewhere.out));
    QVERIFY(other.http().requests().isEmpty());
}

void TestAskCommand::killedDuringSyncLosesAndDoublesNothing()
{
    FakeGovStackServer server;
    server.http().stop();
    const Run queued = run({u"ask"_s, u"--server"_s, server.url().toString(), u"Nisaidie na leseni"_s});
    QCOMPARE(queued.exitCode, 3);
    const QString sessionId = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(queued.err).captured(1);
    server.http().start();

    // The server stores the turn and then hangs; the process is killed while it waits.
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    server.queueFault({never, true});
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.start(QStringLiteral(GOVSTACK_EXECUTABLE),
                  {u"sync"_s, u"--server"_s, server.url().toString(), u"--timeout"_s, u"1"_s});
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(server.chatRequests().size(), 1, 10000);
    process.kill();
    QVERIFY(process.waitForFinished());

    // Until the killed process's request could no longer be running, its claim holds.
    const Run early = run({u"sync"_s, u"--server"_s, server.url().toString(), u"--timeout"_s, u"1"_s});
    QVERIFY2(early.out.contains(u"another GovStack Desktop process is sending"_s), qPrintable(early.out));
    QTest::qWait(2500);
    // Then it is reported as interrupted, never silently pending.
    const Run listed = run({u"sessions"_s, u"--json"_s});
    const QJsonObject row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(row[u"interrupted"].toInt(), 1);
    QCOMPARE(row[u"waiting"].toInt(), 1);
    QVERIFY2(listed.err.contains(u"1 interrupted while being sent"_s), qPrintable(listed.err));
    const Run again = run({u"sync"_s, u"--server"_s, server.url().toString(), u"--timeout"_s, u"1"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"found already answered"_s), qPrintable(again.out));
    QCOMPARE(server.chatRequests().size(), 1); // not sent a second time
    QCOMPARE(server.entries(sessionId).size(), 2);
    const Run asked = run({u"ask"_s, u"--session"_s, sessionId, u"--server"_s, server.url().toString(), u"Asante"_s});
    QCOMPARE(asked.exitCode, 0);
    // The conversation the agent sees holds the turn once, with its answer.
    QCOMPARE(server.chatRequests().last().json()[u"message_history"].toArray().size(), 4);
}

void TestAskCommand::reviewersSearchExportAndImport()
{
    FakeGovStackServer server;
    const QString secret = u"gs-secret-key-4711"_s;
    server.setApiKey(secret);
    const QHash<QString, QString> key{{u"GOVSTACK_API_KEY"_s, secret}};
    const Run asked =
        run({u"ask"_s, u"--server"_s, server.url().toString(), u"Usajili wa biashara unagharimu kiasi gani?"_s}, key);
    QCOMPARE(asked.exitCode, 0);
    const QString sessionId = QRegularExpression(u"New session: ([0-9a-f-]{36})"_s).match(asked.err).captured(1);

    const Run found = run({u"search"_s, u"USAJILI"_s, u"--json"_s});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(hits.size(), 2); // the question and the answer, which repeats it
    QCOMPARE(hits.at(0)[u"session_id"].toString(), sessionId);
    QVERIFY2(hits.at(0)[u"snippet"].toString().contains(u"[Usajili]"_s), qPrintable(found.out));
    QVERIFY(
        QJsonDocument::fromJson(run({u"search"_s, u"usajili"_s, u"--backend"_s, u"openai"_s, u"--json"_s}).out.toUtf8())
            .array()
            .isEmpty());

    const Run listed = run({u"sessions"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(row[u"session_id"].toString(), sessionId);
    QCOMPARE(row[u"message_count"].toInt(), 2);
    QCOMPARE(row[u"language"].toString(), u"en"_s);
    QCOMPARE(row[u"server"].toString(), server.url().toString());

    // Exports: a file for all, standard output for one; never the key.
    const QString file = m_home->filePath(u"all.json"_s);
    const Run exported = run({u"export"_s, u"--all"_s, u"-o"_s, file});
    QCOMPARE(exported.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(QJsonDocument::fromJson(bytes)[u"format"].toString(), u"govstack-desktop-export"_s);
    QVERIFY(!bytes.contains(secret.toUtf8()));
    const Run one = run({u"export"_s, sessionId});
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8())[u"session_id"].toString(), sessionId);
    QVERIFY(!one.out.contains(secret));
    const Run markdown = run({u"export"_s, sessionId, u"--format"_s, u"markdown"_s});
    QVERIFY2(markdown.out.startsWith(u"# Usajili wa biashara"_s), qPrintable(markdown.out));
    QCOMPARE(run({u"export"_s, u"no-such-session"_s}).exitCode, 2);
    QCOMPARE(run({u"export"_s}).exitCode, 2);

    // Import into another data folder: once, skipped when there, replaced on request.
    const QString other = m_home->filePath(u"other"_s);
    const Run imported = run({u"import"_s, file, u"--data-dir"_s, other});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"Imported "_s + sessionId), qPrintable(imported.out));
    const Run again = run({u"import"_s, file, u"--data-dir"_s, other});
    QVERIFY2(again.out.contains(u"Skipped "_s + sessionId), qPrintable(again.out));
    const Run replaced = run({u"import"_s, file, u"--replace"_s, u"--data-dir"_s, other});
    QVERIFY2(replaced.out.contains(u"Imported "_s + sessionId), qPrintable(replaced.out));
    QCOMPARE(run({u"search"_s, u"biashara"_s, u"--data-dir"_s, other}).out.count(sessionId), 2);

    QFile bad(m_home->filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[{\"kind\": \"request\", \"parts\": [{\"part_kind\": \"user-message\"}]}]");
    bad.close();
    const Run refused = run({u"import"_s, file, bad.fileName(), u"--data-dir"_s, m_home->filePath(u"third"_s)});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(bad.fileName() + u": [0].parts[0]"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"user-message"_s), qPrintable(refused.err));
    // The good file next to it was not imported either: all or nothing.
    const Run third = run({u"sessions"_s, u"--json"_s, u"--data-dir"_s, m_home->filePath(u"third"_s)});
    QCOMPARE(third.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(third.out.toUtf8()).array().isEmpty());
}

void TestAskCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no text") << QStringList{u"ask"_s} << "ask needs the text";
    QTest::newRow("bad backend") << QStringList{u"ask"_s, u"--backend"_s, u"claude"_s, u"x"_s} << "--backend must be";
    QTest::newRow("bad profile") << QStringList{u"ask"_s, u"--profile"_s, u"v3"_s, u"x"_s} << "--profile must be";
    QTest::newRow("bad timeout") << QStringList{u"ask"_s, u"--timeout"_s, u"soon"_s, u"x"_s} << "--timeout must be";
    QTest::newRow("both session flags") << QStringList{u"ask"_s, u"--new"_s, u"--session"_s, u"abc"_s, u"x"_s}
                                        << "either --session or --new";
    QTest::newRow("unknown session") << QStringList{u"ask"_s, u"--session"_s, u"no-such-id"_s, u"x"_s}
                                     << "no chat session with the id no-such-id";
    QTest::newRow("unknown option") << QStringList{u"ask"_s, u"--frobnicate"_s, u"x"_s} << "frobnicate";
}

void TestAskCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestAskCommand::damagedStoreExitsFour()
{
    const QString dataDir = m_home->filePath(u"broken"_s);
    QDir().mkpath(dataDir);
    QFile database(dataDir + u"/chats.sqlite"_s);
    QVERIFY(database.open(QIODevice::WriteOnly));
    database.write(QByteArray(4096, 'x'));
    database.close();
    const Run result = run({u"ask"_s, u"--data-dir"_s, dataDir, u"Habari"_s});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains(u"not an SQLite database"_s));
}

void TestAskCommand::configGetAndSet()
{
    QCOMPARE(run({u"config"_s, u"get"_s, u"govstack/profile"_s}).out.trimmed(), u"v2"_s);
    QCOMPARE(run({u"config"_s, u"set"_s, u"govstack/profile"_s, u"govbot"_s}).exitCode, 0);
    QCOMPARE(run({u"config"_s, u"get"_s, u"govstack/profile"_s}).out.trimmed(), u"govbot"_s);
    QCOMPARE(run({u"config"_s, u"set"_s, u"govstack/url"_s, u"https://chat.example.gov"_s}).exitCode, 0);
    const Run all = run({u"config"_s, u"get"_s});
    QVERIFY(all.out.contains(u"govstack/url=https://chat.example.gov"_s));
    QVERIFY(all.out.contains(u"timeout=120"_s));

    const Run badUrl = run({u"config"_s, u"set"_s, u"govstack/url"_s, u"ftp://x"_s});
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY(badUrl.err.contains(u"http or https"_s));
    const Run secret = run({u"config"_s, u"set"_s, u"apiKey"_s, u"gs-123"_s});
    QCOMPARE(secret.exitCode, 2);
    QVERIFY(secret.err.contains(u"login"_s));
    QCOMPARE(run({u"config"_s, u"get"_s, u"colour"_s}).exitCode, 2);
    QCOMPARE(run({u"config"_s, u"set"_s, u"timeout"_s}).exitCode, 2);

    QFile file(m_home->filePath(u"config/govstack/govstack-desktop.conf"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("profile=govbot"));
    QVERIFY(!written.contains("gs-123"));
}

void TestAskCommand::answerWaitsForAStoreThatRefusedIt()
{
    FakeGovStackServer server;
    const QString dataDir = m_home->filePath(u"refusing"_s);
    QVERIFY(run({u"ask"_s, u"--data-dir"_s, dataDir, u"--server"_s, server.url().toString(), u"First"_s}).exitCode ==
            0);
    {
        // The disk "fills up" for answers: a trigger refuses them until it is dropped.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuser"_s);
        raw.setDatabaseName(dataDir + u"/chats.sqlite"_s);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER refuse BEFORE INSERT ON chat_messages WHEN NEW.kind = 'response' "
                                    "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    }
    QTimer::singleShot(2500, this,
                       [] { QSqlQuery(QSqlDatabase::database(u"refuser"_s)).exec(u"DROP TRIGGER refuse"_s); });
    const Run result = run({u"ask"_s, u"--data-dir"_s, dataDir, u"--server"_s, server.url().toString(), u"Second"_s});
    QSqlDatabase::database(u"refuser"_s).close();
    QSqlDatabase::removeDatabase(u"refuser"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"Trying again"_s), qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), FakeGovStackServer::answerFor(u"Second"_s));
    QCOMPARE(server.chatRequests().size(), 2);
}

void TestAskCommand::theLogNeverHoldsWhatTheUserTyped()
{
    FakeGovStackServer server;
    const QString typed = u"Namba yangu ya kitambulisho ni 12345678"_s;
    // FastAPI's 422 echoes the request, what the user typed included.
    const QJsonObject error{{u"type"_s, u"string_too_long"_s},
                            {u"loc"_s, QJsonArray{u"body"_s, u"message"_s}},
                            {u"msg"_s, QString(u"Too long: "_s + typed)},
                            {u"input"_s, typed}};
    server.queueFault({HttpResponse::json(422, QJsonObject{{u"detail"_s, QJsonArray{error}}}), false});
    // Sent on purpose: what the guard would have stopped must still stay out of the log.
    const Run result = run({u"ask"_s, u"--server"_s, server.url().toString(), u"--allow-personal-data"_s, typed});
    QCOMPARE(result.exitCode, 3);
    QFile log(m_home->filePath(u"data/govstack/govstack-desktop/govstack-desktop.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("HTTP 422: string_too_long at body.message"), logged.constData());
    QVERIFY2(!logged.contains("12345678"), logged.constData());
}

QTEST_GUILESS_MAIN(TestAskCommand)
#include "tst_askcommand.moc"
