#include "awaitfuture.h"
#include "messagelistmodel.h"
#include "searchresultmodel.h"
#include "sessionlistmodel.h"
#include "sessiontransfer.h"
#include "storegate.h"
#include "storethread.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<ModelMessage> turn(const QString &question, const QString &answer)
{
    return {ModelMessage::request({MessagePart::userPrompt(question)}),
            ModelMessage::response({MessagePart::text(answer)}, u"test-model"_s)};
}

} // namespace

/// The store's own thread (issue 13): jobs run there on a connection of their own, questions
/// no longer asked are dropped, and its failures reach the caller.
class TestStoreThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jobsRunOnTheStoresOwnThread();
    void aCancelledJobNeverRuns();
    void staleSearchResultsAreDropped();
    void theSidebarReadsOnTheStoresThread();
    void aConversationsPagesAreReadOnTheStoresThread();
    void onlyAnotherProcesssWritesAreExternal();
    void aStoreThatCannotOpenReportsItAndChangesNothing();
    void aCancelledImportLeavesNothing();
    void aCancelledExportWritesNoFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStoreThread::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"chats.sqlite"_s);
    TestStore store;
    QVERIFY(store.open(m_path));
}

void TestStoreThread::jobsRunOnTheStoresOwnThread()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    StoreThread thread(m_path);
    const auto ran = await(thread.run<QString>([](ChatStore &background) -> Result<QString> {
        const auto created = background.createChatSession(u"u"_s);
        if (!created)
            return created.error();
        return QString(QThread::currentThread()->objectName() + u':' + *created);
    }));
    QVERIFY(ran);
    QVERIFY2(ran->startsWith(u"store:"_s), qPrintable(*ran));
    QVERIFY(thread.workerThread() != QThread::currentThread());
    // Written on its own connection, seen by this one.
    QCOMPARE(store.chat(ran->section(u':', 1)).value().userId, u"u"_s);
}

void TestStoreThread::aCancelledJobNeverRuns()
{
    StoreThread thread(m_path);
    Gate gate(thread);
    bool ran = false;
    QFuture<Result<bool>> replaced = thread.run<bool>([&ran](ChatStore &) {
        ran = true;
        return Result<bool>(true);
    });
    replaced.cancel();
    const auto next =
        thread.run<int>([](ChatStore &store) { return Result<int>(int(store.sessionIds().valueOr({}).size())); });
    gate.open();
    QCOMPARE(await(next).value(), 0);
    QVERIFY(replaced.isCanceled());
    QVERIFY(!ran);
}

void TestStoreThread::staleSearchResultsAreDropped()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"Kibali cha ujenzi"_s, u"Ada hulipwa kaunti"_s)));
    StoreThread thread(m_path);
    store.setBackgroundThread(&thread);
    SearchResultModel model(&store);
    QSignalSpy ready(&model, &SearchResultModel::resultsReady);
    QStringList shown;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        shown << (model.rowCount() ? model.index(0).data(SearchResultModel::SnippetRole).toString() : QString());
    });

    // The first question is queued behind a busy thread and replaced before it runs.
    Gate gate(thread);
    model.setQuery(u"kibali"_s);
    model.setQuery(u"kaunti"_s);
    gate.open();
    QVERIFY(ready.wait(10000));
    // The second is answered after a newer one was asked: its answer is dropped too.
    model.setQuery(u"ada"_s);
    model.setQuery(u"ujenzi"_s);
    QVERIFY(ready.wait(10000));
    QTest::qWait(50);

    QCOMPARE(ready.size(), 2);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0).contains(u"kaunti"_s, Qt::CaseInsensitive), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).contains(u"ujenzi"_s, Qt::CaseInsensitive), qPrintable(shown.at(1)));
}

void TestStoreThread::theSidebarReadsOnTheStoresThread()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString permit = store.createChatSession(u"u"_s).value();
    QVERIFY(store.renameSession(permit, u"Building permit"_s));
    const QString fees = store.createChatSession(u"u"_s).value();
    QVERIFY(store.renameSession(fees, u"County fees"_s));
    StoreThread thread(m_path);
    store.setBackgroundThread(&thread);
    std::optional<Gate> gate(std::in_place, thread);
    SessionListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing read here: the first page comes from the store's thread

    // A filter replaced before its page arrives: that page is never shown.
    model.setFilter(u"permit"_s);
    model.setFilter(u"fees"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    gate->open();
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SessionListModel::SessionIdRole).toString(), fees);
    QTest::qWait(50);
    QCOMPARE(resets.size(), 1);

    // A rename written on the store's thread reaches the row (the view hears of it from this store).
    QVERIFY(await(store.runInBackground<void>(
        [fees](ChatStore &background) { return background.renameSession(fees, u"County fees 2026"_s); })));
    QTRY_COMPARE(model.index(0).data(SessionListModel::TitleRole).toString(), u"County fees 2026"_s);
}

void TestStoreThread::aConversationsPagesAreReadOnTheStoresThread()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString other = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(other, turn(u"Other"_s, u"Conversation"_s)));
    const QString id = store.createChatSession(u"u"_s).value();
    for (int i = 0; i < 60; ++i)
        QVERIFY(store.saveMessages(id, turn(u"Swali %1"_s.arg(i), u"Jibu %1"_s.arg(i))));
    const QList<StoredMessage> all = store.loadStoredMessages(id).value();
    StoreThread thread(m_path);
    store.setBackgroundThread(&thread);
    MessageListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A conversation left before its page arrived: that page is never shown.
    std::optional<Gate> gate(std::in_place, thread);
    model.setSession(other);
    model.setSession(id);
    QCOMPARE(model.rowCount(), 0);
    gate->open();
    QTRY_COMPARE(model.rowCount(), MessageListModel::pageSize);
    QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::TextRole).toString(), u"Jibu 59"_s);

    // The page around an old message: shown once read, then its row is announced.
    QSignalSpy shown(&model, &MessageListModel::messageShown);
    QCOMPARE(model.showAround(all.at(4).seq), -1);
    QTRY_COMPARE(shown.size(), 1);
    const int row = shown.at(0).at(0).toInt();
    QCOMPARE(model.index(row).data(MessageListModel::SeqRole).toInt(), all.at(4).seq);
    QVERIFY(!model.reachesNewest());

    // Older and newer pages follow as asked.
    model.loadOlder();
    QTRY_COMPARE(model.index(0).data(MessageListModel::SeqRole).toInt(), all.first().seq);
    // Asked twice before the first page arrives (the thread is held, so it cannot have): read once.
    gate.emplace(thread);
    model.loadNewer();
    model.loadNewer();
    gate->open();
    QTRY_VERIFY(model.rowCount() > MessageListModel::pageSize);
    QTest::qWait(50);
    const int loaded = model.rowCount();
    QCOMPARE(model.index(loaded - 1).data(MessageListModel::SeqRole).toInt(), all.at(4 + 25 + 50).seq);
}

void TestStoreThread::onlyAnotherProcesssWritesAreExternal()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    StoreThread thread(m_path);
    store.setBackgroundThread(&thread);
    store.setExternalChangeInterval(10);
    QSignalSpy external(&store, &ChatStore::externalChangeDetected);
    QSignalSpy created(&store, &ChatStore::sessionCreated);

    // The window's own write, on the store's thread: announced as what it is, never as another's.
    QVERIFY(await(
        store.runInBackground<QString>([](ChatStore &background) { return background.createChatSession(u"u"_s); })));
    QTRY_COMPARE(created.size(), 1);
    QTest::qWait(100);
    QCOMPARE(external.size(), 0);

    // A headless command's write, on a connection of its own.
    TestStore headless;
    QVERIFY(headless.open(m_path));
    QVERIFY(headless.createChatSession(u"cli"_s));
    QTRY_VERIFY(external.size() >= 1);
}

void TestStoreThread::aStoreThatCannotOpenReportsItAndChangesNothing()
{
    const QString notADatabase = m_dir->filePath(u"notes.txt"_s);
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Mkutano saa tatu.\n");
    file.close();
    StoreThread thread(notADatabase);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto created =
            await(thread.run<QString>([](ChatStore &store) { return store.createChatSession(u"u"_s); }));
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(notADatabase), qPrintable(created.error().message));
    }
    // A model's question gets the same answer, rather than none.
    TestStore views;
    views.setBackgroundThread(&thread);
    SearchResultModel search(&views);
    QSignalSpy ready(&search, &SearchResultModel::resultsReady);
    search.setQuery(u"mkutano"_s);
    QVERIFY(ready.wait(10000));
    QVERIFY2(search.error().contains(notADatabase), qPrintable(search.error()));
    QCOMPARE(search.rowCount(), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Mkutano saa tatu.\n"));
}

void TestStoreThread::aCancelledImportLeavesNothing()
{
    QList<ImportedSession> sessions;
    for (int i = 0; i < 3; ++i) {
        ImportedSession imported;
        imported.session.sessionId = u"imported-%1"_s.arg(i);
        imported.session.userId = u"u"_s;
        for (const ModelMessage &message : turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i)))
            imported.messages.append(StoredMessage{0, 0, MessageStatus::Ok, {}, {}, message, {}, {}});
        sessions.append(imported);
    }
    StoreThread thread(m_path);
    QList<int> progress;
    const auto imported = await(thread.run<ChatStore::ImportOutcome>([&](ChatStore &store) {
        SessionList list(sessions);
        return store.importSessions(list, false, [&progress](int written, int total) {
            progress << written << total;
            return written < 2; // the user cancels after the second of three
        });
    }));
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, Error::Code::Cancelled);
    QCOMPARE(progress, (QList<int>{1, 3, 2, 3}));
    TestStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.sessionCount().value(), 0);
}

void TestStoreThread::aCancelledExportWritesNoFile()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(ids.last(), turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))));
    }
    StoreThread thread(m_path);
    store.setBackgroundThread(&thread);
    SessionTransfer transfer(&store);
    QList<int> progress;
    connect(&transfer, &SessionTransfer::progressChanged, this, [&progress](int done) { progress << done; });
    const QString path = m_dir->filePath(u"export.json"_s);

    // Cancelled before the store's thread reaches it: it stops after its first session, and no file is left.
    Gate gate(thread);
    const auto cancelled = transfer.exportTo(ids, path, true);
    transfer.cancel();
    gate.open();
    const auto stopped = await(cancelled);
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().message.contains(u"cancelled"_s), qPrintable(stopped.error().message));
    QVERIFY(!QFile::exists(path));

    // Not cancelled: the whole collection, with its progress heard here.
    QVERIFY(await(transfer.exportTo(ids, path, true)));
    QTRY_COMPARE(progress.last(), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"sessions\":["));
}

QTEST_GUILESS_MAIN(TestStoreThread)
#include "tst_storethread.moc"
