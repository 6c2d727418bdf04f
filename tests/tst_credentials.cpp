#include "cliprocess.h"
#include "credentialstore.h"
#include "fakegovstackserver.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/// Waits for a keychain callback.
template<typename T>
T wait(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result ? std::move(*result) : T(Error{Error::Code::Io, u"timed out"_s});
}

} // namespace

/// API keys in a real Secret Service, started by ./dev.sh test (dbus-run-session + gnome-keyring-daemon).
class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadReplaceDelete();
    void entriesAreSeparatePerServer();
    void keptForThisRunOnlyWithoutTheKeychain();
    void loginAskLogoutLeaveTheKeyNowhereOnDisk();
    void withoutAKeychainNothingIsWritten();

private:
    Result<QString> read(CredentialStore &store, const QString &entry)
    {
        return wait<Result<QString>>([&](auto done) { store.read(entry, done); });
    }
    Result<void> write(CredentialStore &store, const QString &entry, const QString &secret)
    {
        return wait<Result<void>>([&](auto done) { store.write(entry, secret, done); });
    }
    Result<void> remove(CredentialStore &store, const QString &entry)
    {
        return wait<Result<void>>([&](auto done) { store.remove(entry, done); });
    }
};

void TestCredentials::initTestCase()
{
    if (qEnvironmentVariable("GOVSTACK_TEST_KEYRING") != u"1")
        QSKIP("needs the test Secret Service that ./dev.sh test starts");
}

void TestCredentials::storeReadReplaceDelete()
{
    CredentialStore store;
    const QString entry = CredentialStore::entryFor(Backend::GovStack, QUrl(u"https://chat.example.gov/"_s));
    QCOMPARE(entry, u"govstack:https://chat.example.gov"_s);
    const auto written = write(store, entry, u"gs-first-key"_s);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(read(store, entry).value(), u"gs-first-key"_s);

    QVERIFY(write(store, entry, u"gs-second-key"_s));
    QCOMPARE(read(store, entry).value(), u"gs-second-key"_s);

    QVERIFY(remove(store, entry));
    QCOMPARE(read(store, entry).value(), QString());
    QVERIFY(remove(store, entry)); // removing twice is fine
}

void TestCredentials::entriesAreSeparatePerServer()
{
    CredentialStore store;
    const QString a = CredentialStore::entryFor(Backend::GovStack, QUrl(u"https://a.example.gov"_s));
    const QString b = CredentialStore::entryFor(Backend::OpenAI, QUrl(u"https://a.example.gov"_s));
    QVERIFY(write(store, a, u"key-a"_s));
    QVERIFY(write(store, b, u"key-b"_s));
    QCOMPARE(read(store, a).value(), u"key-a"_s);
    QCOMPARE(read(store, b).value(), u"key-b"_s);
    QVERIFY(remove(store, a));
    QCOMPARE(read(store, b).value(), u"key-b"_s);
    QVERIFY(remove(store, b));
}

void TestCredentials::keptForThisRunOnlyWithoutTheKeychain()
{
    CredentialStore store;
    const QString entry = CredentialStore::entryFor(Backend::OpenAI, QUrl(u"http://localhost:11434/v1"_s));
    store.keepForThisRun(entry, u"sk-run-only"_s);
    QCOMPARE(read(store, entry).value(), u"sk-run-only"_s);
    CredentialStore another; // a new run
    QCOMPARE(read(another, entry).value(), QString());
}

void TestCredentials::loginAskLogoutLeaveTheKeyNowhereOnDisk()
{
    const QString key = u"gs-secret-7f3a9c"_s;
    FakeGovStackServer server;
    server.setApiKey(key);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.remove(u"GOVSTACK_API_KEY"_s);
    const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
        const CliRun done = runCli(environment, arguments, input);
        return std::pair(done.exitCode, done.err);
    };
    const QStringList serverFlag{u"--server"_s, server.url().toString()};

    const auto login = run(QStringList{u"login"_s} + serverFlag, key.toUtf8() + '\n');
    QVERIFY2(login.first == 0, qPrintable(login.second));
    const auto ask = run(QStringList{u"ask"_s, u"--new"_s} + serverFlag + QStringList{u"Habari"_s});
    QVERIFY2(ask.first == 0, qPrintable(ask.second));
    QCOMPARE(server.chatRequests().last().headers.value("x-api-key"), key.toUtf8());

    // The key is in the keychain only: not in the settings, the database, the log or anything else written.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2); // at least the database and the log

    QCOMPARE(run(QStringList{u"logout"_s} + serverFlag).first, 0);
    const auto refused = run(QStringList{u"ask"_s, u"--new"_s} + serverFlag + QStringList{u"Habari"_s});
    QCOMPARE(refused.first, 3);
    QVERIFY(refused.second.contains(u"rejected the API key"_s));

    // A key never comes from the command line.
    QCOMPARE(run(QStringList{u"login"_s, key}).first, 2);
}

void TestCredentials::withoutAKeychainNothingIsWritten()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(QStringLiteral(GOVSTACK_EXECUTABLE), {u"login"_s});
    login.write("gs-orphan-key\n");
    login.closeWriteChannel();
    QVERIFY(login.waitForFinished(20000));
    QCOMPARE(login.exitCode(), 4);
    const QString error = QString::fromUtf8(login.readAllStandardError());
    QVERIFY2(error.contains(u"No keychain is available"_s), qPrintable(error));
    QVERIFY(error.contains(u"GOVSTACK_API_KEY"_s));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("gs-orphan-key"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
