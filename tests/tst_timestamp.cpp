#include "timestamp.h"

#include <QJsonValue>
#include <QTest>

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAsPydanticAi_data();
    void writesAsPydanticAi();
    void rejectsWhatIsNoTime_data();
    void rejectsWhatIsNoTime();
    void readsUnixSeconds();
    void keepsMicrosecondsAndInstant();
    void nowIsUtcWithMicroseconds();
};

void TestTimestamp::writesAsPydanticAi_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("written");

    QTest::newRow("Z, no fraction") << "2026-03-14T09:10:00Z"
                                    << "2026-03-14T09:10:00Z";
    QTest::newRow("+00:00 becomes Z") << "2026-03-14T09:10:00+00:00"
                                      << "2026-03-14T09:10:00Z";
    QTest::newRow("six digits") << "2026-03-14T09:00:02.730512Z"
                                << "2026-03-14T09:00:02.730512Z";
    QTest::newRow("short fraction padded") << "2026-03-14T09:00:02.5Z"
                                           << "2026-03-14T09:00:02.500000Z";
    QTest::newRow("zero fraction dropped") << "2026-03-14T09:00:02.000000Z"
                                           << "2026-03-14T09:00:02Z";
    QTest::newRow("tiny fraction") << "2026-03-14T09:00:00.000005Z"
                                   << "2026-03-14T09:00:00.000005Z";
    QTest::newRow("nine digits cut") << "2026-03-14T09:00:00.123456789Z"
                                     << "2026-03-14T09:00:00.123456Z";
    QTest::newRow("+03:00 kept") << "2026-03-14T12:50:00.000500+03:00"
                                 << "2026-03-14T12:50:00.000500+03:00";
    QTest::newRow("+0300 normalised") << "2026-03-14T12:50:00+0300"
                                      << "2026-03-14T12:50:00+03:00";
    QTest::newRow("negative offset") << "2026-03-14T04:00:00-05:30"
                                     << "2026-03-14T04:00:00-05:30";
    QTest::newRow("naive stays naive") << "2026-03-14T09:10:00"
                                       << "2026-03-14T09:10:00";
    QTest::newRow("space separator") << "2026-03-14 09:10:00Z"
                                     << "2026-03-14T09:10:00Z";
    QTest::newRow("date alone") << "2026-03-14"
                                << "2026-03-14T00:00:00";
    QTest::newRow("lower-case z") << "2025-11-07t10:30:14.902113z"
                                  << "2025-11-07T10:30:14.902113Z";
}

void TestTimestamp::writesAsPydanticAi()
{
    QFETCH(QString, input);
    QFETCH(QString, written);
    const auto timestamp = Timestamp::parse(input);
    QVERIFY(timestamp);
    QCOMPARE(timestamp->toString(), written);
}

void TestTimestamp::rejectsWhatIsNoTime_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("month 13") << "2026-13-01T00:00:00Z";
    QTest::newRow("hour 25") << "2026-03-14T25:00:00Z";
    QTest::newRow("February 30") << "2026-02-30";
}

void TestTimestamp::rejectsWhatIsNoTime()
{
    QFETCH(QString, input);
    QVERIFY(!Timestamp::parse(input));
}

void TestTimestamp::readsUnixSeconds()
{
    QCOMPARE(Timestamp::fromJson(QJsonValue(1773479400))->toString(), QStringLiteral("2026-03-14T09:10:00Z"));
    QCOMPARE(Timestamp::fromJson(QJsonValue(1773479400.25))->toString(), QStringLiteral("2026-03-14T09:10:00.250000Z"));
    QCOMPARE(Timestamp::parse(u"1773479400")->toString(), QStringLiteral("2026-03-14T09:10:00Z"));
    // pydantic reads numbers beyond 2e10 as milliseconds.
    QCOMPARE(Timestamp::fromJson(QJsonValue(1773479400500.0))->toString(),
             QStringLiteral("2026-03-14T09:10:00.500000Z"));
    QVERIFY(!Timestamp::fromJson(QJsonValue(true)));
    QVERIFY(!Timestamp::fromJson(QJsonValue()));
}

void TestTimestamp::keepsMicrosecondsAndInstant()
{
    const auto utc = Timestamp::parse(u"2026-03-14T09:50:00.000020Z");
    const auto nairobi = Timestamp::parse(u"2026-03-14T12:50:00.000020+03:00");
    QCOMPARE(utc->toEpochMicroseconds(), nairobi->toEpochMicroseconds());
    QCOMPARE(utc->toEpochMicroseconds() % 1000000, 20);
    QCOMPARE(nairobi->toDateTime().toUTC(), utc->toDateTime());
    QCOMPARE(nairobi->toDateTime().offsetFromUtc(), 3 * 3600);
    QVERIFY(!(*utc == *nairobi)); // the same instant, written differently
}

void TestTimestamp::nowIsUtcWithMicroseconds()
{
    const Timestamp now = Timestamp::now();
    QVERIFY(now.toString().endsWith(u'Z'));
    const qint64 drift = now.toDateTime().msecsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(drift >= 0 && drift < 5000, qPrintable(QString::number(drift)));
    QCOMPARE(*Timestamp::parse(now.toString()), now);
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
