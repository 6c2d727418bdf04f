#include "fakegovstackserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The timeout every command gets: claims lapse soon after a kill, so the campaign stays short.
const QString timeoutSeconds = u"1"_s;

/// Every user question stored in the data folder's database, by session.
QHash<QString, QStringList> localQuestions(const QString &databasePath, QString *integrity)
{
    QHash<QString, QStringList> questions;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"campaign-check"_s);
        database.setDatabaseName(databasePath);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!database.open())
            return questions;
        QSqlQuery query(database);
        query.exec(u"PRAGMA integrity_check"_s);
        if (query.next())
            *integrity = query.value(0).toString();
        query.exec(u"SELECT c.session_id, m.text, m.status FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                   "WHERE m.role = 'user' ORDER BY c.id, m.turn, m.seq"_s);
        while (query.next())
            questions[query.value(0).toString()] << query.value(1).toString() + u'|' + query.value(2).toString();
    }
    QSqlDatabase::removeDatabase(u"campaign-check"_s);
    return questions;
}

} // namespace

/// The built `govstack-desktop` run as users run it, several at once on one data
/// folder, and killed at random moments: every typed message reaches the server once.
class TestKillCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twoSyncsSendEachWaitingMessageOnce();
    void syncWhileAskWaitsSendsNothingTwice();
    void killCampaign();

private:
    std::unique_ptr<QProcess> launch(const QStringList &arguments);
    /// Runs to the end, keeping this process's servers answering; the exit code.
    int finish(QProcess &process, std::chrono::milliseconds limit = 20s);
    int run(const QStringList &arguments) { return finish(*launch(arguments)); }
    QString newSession(const FakeGovStackServer &server);
    QStringList withServer(const FakeGovStackServer &server, QStringList arguments) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

void TestKillCampaign::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(u"data"_s);
}

std::unique_ptr<QProcess> TestKillCampaign::launch(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(GOVSTACK_EXECUTABLE), arguments + QStringList{u"--data-dir"_s, m_dataDir});
    process->waitForStarted();
    return process;
}

int TestKillCampaign::finish(QProcess &process, std::chrono::milliseconds limit)
{
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(limit, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList TestKillCampaign::withServer(const FakeGovStackServer &server, QStringList arguments) const
{
    return arguments << u"--server"_s << server.url().toString() << u"--timeout"_s << timeoutSeconds;
}

QString TestKillCampaign::newSession(const FakeGovStackServer &server)
{
    auto process = launch(withServer(server, {u"ask"_s, u"--new"_s, u"Habari"_s}));
    finish(*process);
    return QRegularExpression(u"New session: ([0-9a-f-]{36})"_s)
        .match(QString::fromUtf8(process->readAllStandardError()))
        .captured(1);
}

void TestKillCampaign::twoSyncsSendEachWaitingMessageOnce()
{
    FakeGovStackServer server;
    QStringList sessions;
    for (int i = 0; i < 3; ++i)
        sessions << newSession(server);
    server.http().stop();
    for (const QString &id : std::as_const(sessions))
        QCOMPARE(run(withServer(server, {u"ask"_s, u"--session"_s, id, u"Waiting in " + id})), 3);
    server.http().start();
    server.setAgentDelay(300ms);

    auto first = launch(withServer(server, {u"sync"_s}));
    auto second = launch(withServer(server, {u"sync"_s}));
    QCOMPARE(finish(*first), 0);
    QCOMPARE(finish(*second), 0);
    QCOMPARE(server.chatRequests().size(), 3 + 3);
    for (const QString &id : std::as_const(sessions))
        QCOMPARE(server.questions(id), (QStringList{u"Habari"_s, u"Waiting in " + id}));
}

void TestKillCampaign::syncWhileAskWaitsSendsNothingTwice()
{
    FakeGovStackServer server;
    const QString id = newSession(server);
    server.setAgentDelay(700ms);
    auto asking = launch(withServer(server, {u"ask"_s, u"--session"_s, id, u"Ninahitaji leseni"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(server.chatRequests().size(), 2, 10000);
    QCOMPARE(run(withServer(server, {u"sync"_s})), 0);
    QCOMPARE(finish(*asking), 0);
    QCOMPARE(QString::fromUtf8(asking->readAllStandardOutput()).trimmed(),
             FakeGovStackServer::answerFor(u"Ninahitaji leseni"_s));
    QCOMPARE(server.chatRequests().size(), 2);
    QString integrity;
    QCOMPARE(localQuestions(QDir(m_dataDir).filePath(u"chats.sqlite"_s), &integrity).value(id),
             (QStringList{u"Habari|ok"_s, u"Ninahitaji leseni|ok"_s}));
}

void TestKillCampaign::killCampaign()
{
    const quint32 seed = qEnvironmentVariableIsSet("GOVSTACK_CAMPAIGN_SEED")
        ? quint32(qEnvironmentVariableIntValue("GOVSTACK_CAMPAIGN_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("kill campaign seed %u (replay with GOVSTACK_CAMPAIGN_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    const auto campaignLength = std::chrono::milliseconds(qEnvironmentVariableIntValue("GOVSTACK_CAMPAIGN_MS"));

    FakeGovStackServer server;
    QStringList sessions;
    for (int i = 0; i < 3; ++i)
        sessions << newSession(server);
    QVERIFY(!sessions.contains(QString()));

    int runs = 0;
    int kills = 0;
    int typed = 0;
    QElapsedTimer clock;
    clock.start();
    const std::chrono::milliseconds length = campaignLength.count() > 0 ? campaignLength : 50s;
    while (clock.elapsed() < qint64(length.count())) {
        // The server misbehaves now and then: slow agents, resets after storing, errors.
        server.setAgentDelay(std::chrono::milliseconds(random.bounded(900)));
        switch (random.bounded(8)) {
        case 0:
            server.queueFault({[] {
                                   HttpResponse reset;
                                   reset.ending = HttpResponse::Ending::ResetSilently;
                                   return reset;
                               }(),
                               true});
            break;
        case 1:
            server.queueFault(
                {HttpResponse::json(500, QJsonObject{{u"detail"_s, u"agent failed"_s}}), random.bounded(2) == 0});
            break;
        default:
            break;
        }
        // One or two commands at once: asks in random sessions, and syncs.
        std::vector<std::unique_ptr<QProcess>> running;
        const int together = 1 + int(random.bounded(2));
        for (int i = 0; i < together; ++i) {
            if (random.bounded(3) == 0) {
                running.push_back(launch(withServer(server, {u"sync"_s})));
            } else {
                const QString id = sessions.at(int(random.bounded(qsizetype(sessions.size()))));
                running.push_back(
                    launch(withServer(server, {u"ask"_s, u"--session"_s, id, u"Question %1"_s.arg(++typed)})));
            }
            ++runs;
        }
        // Killed at a random moment, or left to finish.
        const int lifetime = int(random.bounded(900));
        QTest::qWait(lifetime);
        for (auto &process : running) {
            if (process->state() != QProcess::NotRunning && random.bounded(4) != 0) {
                process->kill();
                process->waitForFinished();
                ++kills;
            }
            finish(*process);
        }
    }

    // Then one clean sync, once every killed process's claim has lapsed, with a server that
    // behaves: faults queued for commands killed before they posted would answer it instead.
    server.setAgentDelay(0ms);
    const qsizetype faultsLeft = server.clearFaults();
    QTest::qWait(2500);
    auto cleanSync = launch(withServer(server, {u"sync"_s}));
    const int cleanExit = finish(*cleanSync);
    if (cleanExit != 0)
        qWarning().noquote() << "clean sync said:" << cleanSync->readAllStandardOutput()
                             << cleanSync->readAllStandardError();
    QCOMPARE(cleanExit, 0);

    QString integrity;
    const QHash<QString, QStringList> local = localQuestions(QDir(m_dataDir).filePath(u"chats.sqlite"_s), &integrity);
    QCOMPARE(integrity, u"ok"_s);
    int messages = 0;
    int duplicates = 0;
    int losses = 0;
    for (const QString &id : std::as_const(sessions)) {
        QStringList mine;
        for (const QString &entry : local.value(id)) {
            const QStringList fields = entry.split(u'|');
            QCOMPARE(fields.at(1), u"ok"_s); // nothing left unsent, nothing silently pending
            mine << fields.at(0);
        }
        const QStringList theirs = server.questions(id);
        messages += int(mine.size());
        for (const QString &question : std::as_const(mine)) {
            duplicates += int(mine.count(question)) - 1 + std::max(0, int(theirs.count(question)) - 1);
            losses += theirs.contains(question) ? 0 : 1;
        }
        // Every question on the server was typed here, once.
        for (const QString &question : theirs)
            losses += mine.contains(question) ? 0 : 1;
        QCOMPARE(theirs, mine);
    }
    qInfo("kill campaign: %d runs, %d kills, %d questions typed, %d stored, %d duplicates, %d losses, %lld POSTs, "
          "%lld faults never met",
          runs, kills, typed, messages, duplicates, losses, qlonglong(server.chatRequests().size()),
          qlonglong(faultsLeft));
    QCOMPARE(duplicates, 0);
    QCOMPARE(losses, 0);
    QVERIFY(kills > 0);
}

QTEST_GUILESS_MAIN(TestKillCampaign)
#include "tst_killcampaign.moc"
