#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Owner, group and other bits; QFile also reports the current user's own bits, which mirror the owner's.
constexpr auto ownerGroupOther = QFileDevice::Permissions(0x7077);

namespace {

const QString executable = QStringLiteral(GOVSTACK_EXECUTABLE);

QProcessEnvironment headlessEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    return environment;
}

} // namespace

/// The real program, started as a user starts it.
class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsSecondLaunchRaisesAndQuitsCleanly();
    void usesTheStandardDataFolder();
    void refusesADamagedDatabaseWithItsReason();
    void helpNamesTheDataFolderOption();
};

void TestExecutable::startsSecondLaunchRaisesAndQuitsCleanly()
{
    QTemporaryDir home;
    const QString dataDir = home.filePath(u"chats"_s);
    QProcess window;
    window.setProcessEnvironment(headlessEnvironment(home.path()));
    window.start(executable, {u"--data-dir"_s, dataDir});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataDir + u"/window.lock"_s) && QFile::exists(dataDir + u"/chats.sqlite"_s),
                             10000);

    QProcess second;
    second.setProcessEnvironment(headlessEnvironment(home.path()));
    second.start(executable, {u"--data-dir"_s, dataDir});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().contains("already open"), "the second launch says why it ends");
    QCOMPARE(window.state(), QProcess::Running);

    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(10000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY(!QFile::exists(dataDir + u"/window.lock"_s));
    QCOMPARE(QFile::permissions(dataDir) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(QFile::permissions(dataDir + u"/chats.sqlite"_s) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner);
}

void TestExecutable::usesTheStandardDataFolder()
{
    QTemporaryDir home;
    QProcess window;
    window.setProcessEnvironment(headlessEnvironment(home.path()));
    window.start(executable, {});
    const QString expected = home.filePath(u"data/govstack/govstack-desktop/chats.sqlite"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(expected), 10000);
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(10000));
    QCOMPARE(window.exitCode(), 0);
}

void TestExecutable::refusesADamagedDatabaseWithItsReason()
{
    QTemporaryDir home;
    const QString dataDir = home.filePath(u"chats"_s);
    QDir().mkpath(dataDir);
    QFile database(dataDir + u"/chats.sqlite"_s);
    QVERIFY(database.open(QIODevice::WriteOnly));
    database.write(QByteArray(4096, 'x'));
    database.close();

    QProcess window;
    window.setProcessEnvironment(headlessEnvironment(home.path()));
    window.start(executable, {u"--data-dir"_s, dataDir});
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += window.readAllStandardError()).contains("not an SQLite database"), 10000);
    // The error is also shown in a dialog; closing the app from outside ends it with the store's exit code.
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(10000));
    QCOMPARE(window.exitCode(), 4);
    QCOMPARE(QFile(dataDir + u"/chats.sqlite"_s).size(), 4096);
}

void TestExecutable::helpNamesTheDataFolderOption()
{
    QProcess help;
    help.setProcessEnvironment(headlessEnvironment(QDir::tempPath()));
    help.start(executable, {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("--data-dir"));

    QProcess wrong;
    wrong.setProcessEnvironment(headlessEnvironment(QDir::tempPath()));
    wrong.start(executable, {u"--no-such-flag"_s});
    QVERIFY(wrong.waitForFinished(10000));
    QCOMPARE(wrong.exitCode(), 2);
    QVERIFY(wrong.readAllStandardError().contains("no-such-flag"));
}

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
