#include "ssestream.h"

#include <QTest>

class TestSseStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsSurviveAnyCut_data();
    void eventsSurviveAnyCut();
    void multiLineDataAndComments();
};

void TestSseStream::eventsSurviveAnyCut_data()
{
    QTest::addColumn<int>("writeSize");
    for (int size : {1, 2, 3, 7, 13, 64, 4096})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestSseStream::eventsSurviveAnyCut()
{
    QFETCH(int, writeSize);
    const QByteArray stream = "data: {\"a\":1}\n\ndata: {\"b\":\"\xc3\xa9\"}\r\n\r\nevent: x\nid: 3\ndata: [DONE]\n\n";
    SseStream sse;
    QList<QByteArray> events;
    for (qsizetype at = 0; at < stream.size(); at += writeSize)
        events += sse.feed(stream.mid(at, writeSize));
    QCOMPARE(events, (QList<QByteArray>{"{\"a\":1}", "{\"b\":\"\xc3\xa9\"}", "[DONE]"}));
}

void TestSseStream::multiLineDataAndComments()
{
    SseStream sse;
    QCOMPARE(sse.feed(": ping\n\ndata:first\ndata: second\n\n"), (QList<QByteArray>{"first\nsecond"}));
    // An event without its blank line is not complete yet.
    QVERIFY(sse.feed("data: pending\n").isEmpty());
    QCOMPARE(sse.feed("\n"), (QList<QByteArray>{"pending"}));
}

QTEST_APPLESS_MAIN(TestSseStream)
#include "tst_ssestream.moc"
