#include "managedpolicy.h"
#include "recordkeeping.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

} // namespace

/// What the window does with the periods: applied at start and when they change, and every change
/// (of theirs, or of the organisation's policy) recorded once.
class TestRecordKeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void periodsApplyAtStartAndWhenChanged();
    void changesAreRecordedOnce();

private:
    QString conversation();
    QStringList auditActions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    qint64 m_now = 0;
};

void TestRecordKeeping::init()
{
    m_store = std::make_unique<TestStore>();
    QFile::remove(m_dir.filePath(u"chats.sqlite"_s));
    QVERIFY(m_store->open(m_dir.filePath(u"chats.sqlite"_s)));
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_store->setClock([this] { return m_now; });
}

QString TestRecordKeeping::conversation()
{
    const QString id = m_store->createChatSession(u"officer"_s).value();
    return m_store->saveMessages(id, {ModelMessage::request({MessagePart::userPrompt(u"Habari"_s)})}) ? id : QString();
}

QStringList TestRecordKeeping::auditActions() const
{
    QStringList actions;
    for (const AuditEntry &entry : m_store->auditTrail().value())
        actions << auditActionName(entry.action);
    return actions;
}

void TestRecordKeeping::periodsApplyAtStartAndWhenChanged()
{
    const QString old = conversation();
    const QString recent = conversation();
    {
        // Forty days without activity, as the wall clock stamps activity.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
        raw.setDatabaseName(m_dir.filePath(u"chats.sqlite"_s));
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(
            u"UPDATE chats SET updated_at = updated_at - 40 * %1 WHERE session_id = '%2'"_s.arg(day).arg(old)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"age"_s);
    RecordKeeping keeping(m_store.get());
    QSignalSpy tidied(&keeping, &RecordKeeping::tidied);
    // Retention off: nothing goes, and the defaults are nothing to record.
    keeping.start(RecordKeeping::Periods{0, 30}, ManagedPolicy());
    QCOMPARE(m_store->sessionIds()->size(), 2);
    QVERIFY(tidied.isEmpty());
    QVERIFY(auditActions().isEmpty());

    keeping.setPeriods(RecordKeeping::Periods{30, 30});
    QCOMPARE(m_store->sessionIds().value(), QStringList{recent});
    QCOMPARE(tidied.size(), 1);
    QCOMPARE(tidied.at(0).at(0).toStringList(), QStringList{old});
    QCOMPARE(auditActions(), (QStringList{u"retention"_s, u"trash"_s}));

    // Thirty days later the Trash lets it go.
    m_now += 31 * day;
    keeping.setPeriods(RecordKeeping::Periods{365, 30});
    QTRY_COMPARE(tidied.size(), 2);
    QCOMPARE(tidied.at(1).at(1).toStringList(), QStringList{old});
    QVERIFY(!m_store->chat(old));
}

void TestRecordKeeping::changesAreRecordedOnce()
{
    const RecordKeeping::Periods periods{90, 7};
    QVERIFY(RecordKeeping::noteChanges(*m_store, periods, ManagedPolicy()));
    QVERIFY(RecordKeeping::noteChanges(*m_store, periods, ManagedPolicy()));
    const auto entries = m_store->auditTrail().value();
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.at(0).describe().contains(u"retention period from off to 90"_s),
             qPrintable(entries.at(0).describe()));
    QCOMPARE(entries.at(1).details.value(u"setting"_s).toString(), u"trash_days"_s);
    QCOMPARE(entries.at(1).details.value(u"from"_s).toInt(), 30);
    QCOMPARE(entries.at(1).details.value(u"to"_s).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestRecordKeeping)
#include "tst_recordkeeping.moc"
