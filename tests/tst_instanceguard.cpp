#include "datalocation.h"
#include "instanceguard.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// Owner, group and other bits; QFile also reports the current user's own bits, which mirror the owner's.
constexpr auto ownerGroupOther = QFileDevice::Permissions(0x7077);

namespace {

/// Runs acquire() on another thread, as a second process would, so this
/// thread's event loop can answer it.
InstanceGuard::Outcome acquireElsewhere(const QString &directory)
{
    InstanceGuard::Outcome outcome = InstanceGuard::Outcome::Failed;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        InstanceGuard second(directory);
        outcome = second.acquire();
    }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    return outcome;
}

} // namespace

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dataFolderIsPrivateAndFollowsXdg();
    void secondWindowRaisesTheFirst();
    void lockIsReleasedWithTheWindow();
    void lockOfACrashedWindowIsTakenOver();
    void silentHolderIsReported();
};

void TestInstanceGuard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"govstack"_s);
    QCoreApplication::setApplicationName(u"govstack-desktop"_s);
}

void TestInstanceGuard::dataFolderIsPrivateAndFollowsXdg()
{
    QTemporaryDir xdg;
    qputenv("XDG_DATA_HOME", QFile::encodeName(xdg.path()));
    QCOMPARE(DataLocation::defaultDirectory(), xdg.filePath(u"govstack/govstack-desktop"_s));

    const auto prepared = DataLocation::prepare(DataLocation::defaultDirectory());
    QVERIFY(prepared);
    QVERIFY(QDir(*prepared).exists());
    QCOMPARE(QFile::permissions(*prepared) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(DataLocation::databasePath(*prepared), *prepared + u"/chats.sqlite"_s);

    // A folder given with --data-dir is made private too, even when it existed.
    const QString custom = xdg.filePath(u"custom"_s);
    QDir().mkpath(custom);
    QFile::setPermissions(custom, QFileDevice::Permissions(0x7755));
    QVERIFY(DataLocation::prepare(custom));
    QCOMPARE(QFile::permissions(custom) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QFile blocker(xdg.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto impossible = DataLocation::prepare(xdg.filePath(u"file/sub"_s));
    QVERIFY(!impossible);
    QCOMPARE(impossible.error().code, Error::Code::Io);
}

void TestInstanceGuard::secondWindowRaisesTheFirst()
{
    QTemporaryDir dir;
    InstanceGuard first(dir.path());
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);
    QCOMPARE(first.acquire(), InstanceGuard::Outcome::Acquired);
    QCOMPARE(first.runningPid(), QCoreApplication::applicationPid());

    QCOMPARE(acquireElsewhere(dir.path()), InstanceGuard::Outcome::RaisedRunning);
    QTRY_COMPARE(activated.size(), 1);

    // Another data folder is another window's business.
    QTemporaryDir other;
    QCOMPARE(acquireElsewhere(other.path()), InstanceGuard::Outcome::Acquired);
    QCOMPARE(activated.size(), 1);
}

void TestInstanceGuard::lockIsReleasedWithTheWindow()
{
    QTemporaryDir dir;
    {
        InstanceGuard first(dir.path());
        QCOMPARE(first.acquire(), InstanceGuard::Outcome::Acquired);
        QVERIFY(QFile::exists(dir.filePath(u"window.lock"_s)));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"window.lock"_s)));
    InstanceGuard next(dir.path());
    QCOMPARE(next.acquire(), InstanceGuard::Outcome::Acquired);
}

void TestInstanceGuard::lockOfACrashedWindowIsTakenOver()
{
    QTemporaryDir dir;
    // A process that has ended leaves its id behind, as a crashed window would.
    QProcess finished;
    finished.start(u"true"_s);
    QVERIFY(finished.waitForFinished());
    const qint64 deadPid = finished.processId() ? finished.processId() : 999999;
    QFile lock(dir.filePath(u"window.lock"_s));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ngovstack-desktop\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    InstanceGuard guard(dir.path());
    QCOMPARE(guard.acquire(), InstanceGuard::Outcome::Acquired);
    QCOMPARE(guard.runningPid(), QCoreApplication::applicationPid());
}

void TestInstanceGuard::silentHolderIsReported()
{
    QTemporaryDir dir;
    QLockFile holder(dir.filePath(u"window.lock"_s));
    QVERIFY(holder.tryLock(0)); // holds the lock but answers nothing

    InstanceGuard guard(dir.path());
    QCOMPARE(guard.acquire(), InstanceGuard::Outcome::RunningElsewhere);
    QCOMPARE(guard.runningPid(), QCoreApplication::applicationPid());
}

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
