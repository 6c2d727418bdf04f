// How long the window's GUI thread stalls in what people do with long sessions, measured
// by a watchdog: a timer that should tick every 4 ms records how late each tick runs, so
// each scenario prints its longest stall and how many stalls passed a frame (16 ms).
// The session has 10,000 messages shaped like real GovStack traces (a question, a tool
// call, a tool return of about 3 KB of documents, an answer of about 1.2 KB); the test
// server runs on a thread of its own, so its work is not counted against the window.
// Then an import of a 100 MB export, and a sync pass over 1,000 linked sessions with the
// review window open.

#include "benchreport.h"
#include "exportjob.h"
#include "fakegovstackserver.h"
#include "govstackbackend.h"
#include "linkedsessions.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionfiles.h"
#include "storethread.h"
#include "syncengine.h"
#include "teststore.h"
#include "tracesession.h"
#include "watchdog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int turnCount = 2500; // four messages each

/// Runs the event loop until @p done holds (or @p limit passes).
template<typename Done>
void serveUntil(Done done, std::chrono::milliseconds limit = 60s)
{
    if (!QTest::qWaitFor(done, int(limit.count())))
        Bench::die(u"a scenario did not finish"_s);
}

/// Accepts every message box as it shows (an import's summary).
void acceptMessageBoxes(QObject *context)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    timer->start(20);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chats.sqlite"_s);
    TestStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    const QString id = TraceSession::create(store, turnCount, u" Oldest: zanzibari."_s);

    // The server answers from a thread of its own.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    FakeGovStackServer *server = nullptr;
    QMetaObject::invokeMethod(
        &anchor, [&server] { server = new FakeGovStackServer; }, Qt::BlockingQueuedConnection);
    const QString importPath = TraceSession::exportFile(dir, 6, 1200);
    Bench::report("import_file_size", QFileInfo(importPath).size() / 1e6, "MB");
    LinkedSessions::create(store, *server, 1000, [&anchor](const std::function<void()> &work) {
        QMetaObject::invokeMethod(&anchor, work, Qt::BlockingQueuedConnection);
    });

    QNetworkAccessManager network;
    GovStackBackend backend(&network, GovStackBackend::Config{server->url(), GovStackBackend::Profile::V2, {}, 60s});
    StoreThread storeThread(path);
    store.setBackgroundThread(&storeThread);
    SessionController controller(&store, &backend, SessionController::Options{u"bench-user"_s, u"en"_s, {}});
    MainWindow::Context context;
    context.store = &store;
    context.controller = &controller;
    SyncEngine sync(&store, &controller, SyncEngine::Options{u"bench-user"_s});
    sync.setServer(&backend);
    context.sync = &sync;
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        Bench::die(u"the window was not shown"_s);
    auto *messageView = window.findChild<QListView *>(u"messageList"_s);
    auto *composer = window.findChild<QPlainTextEdit *>(u"composer"_s);
    auto *search = window.findChild<QLineEdit *>(u"search"_s);
    auto *results = window.findChild<QListView *>(u"searchResults"_s);
    if (!messageView || !composer || !search || !results)
        Bench::die(u"the window lacks a control the benchmark drives (renamed?)"_s);
    Watchdog watchdog;

    // 1. Send a turn in the 10,000-message session.
    window.openSession(id);
    QTest::qWait(200);
    bool answered = false;
    QObject::connect(&controller, &SessionController::turnCompleted, [&answered] { answered = true; });
    watchdog.start();
    composer->setPlainText(u"And the fee for a kiosk?"_s);
    QTest::keyClick(composer, Qt::Key_Return);
    serveUntil([&answered] { return answered; });
    QTest::qWait(100);
    watchdog.report("send_in_10k_session");

    // 2. Scroll from the newest message back through 2,000 rows, a page at a time.
    messageView->scrollToBottom();
    QTest::qWait(100);
    watchdog.start();
    QScrollBar *scrollBar = messageView->verticalScrollBar();
    for (int page = 0; page < 5000; ++page) {
        if (messageView->model()->rowCount() >= 2000)
            break;
        scrollBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTest::qWait(1);
    }
    Bench::report("scroll_back_rows_loaded", messageView->model()->rowCount(), "rows");
    watchdog.report("scroll_back_2000_rows");

    // 3. Open the oldest search hit of the session.
    window.openSession({});
    search->setFocus();
    search->setText(u"zanzibari"_s);
    serveUntil([results] { return results->model()->rowCount() > 0; });
    watchdog.start();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    serveUntil([&window, &id] { return window.currentSessionId() == id; });
    QTest::qWait(100);
    watchdog.report("open_oldest_search_hit");

    // 4. Type a six-letter search, a letter at a time.
    search->clear();
    QTest::qWait(100);
    watchdog.start();
    for (const QChar letter : u"nakuru"_s) {
        QTest::keyClick(search, letter.toLatin1());
        QTest::qWait(60);
    }
    serveUntil([results] { return results->model()->rowCount() > 0; });
    QTest::qWait(300);
    watchdog.report("type_search_in_10k_session");

    // 5. Import a 100 MB export with the window open.
    acceptMessageBoxes(&window);
    auto *files = window.findChild<SessionFiles *>();
    watchdog.start();
    if (files->importFiles({importPath}).size() != 6)
        Bench::die(u"the import did not import every session"_s);
    watchdog.report("import_100mb");

    // 6. A sync pass over 1,000 sessions with the review window open.
    window.openReview();
    QTest::qWait(500);
    bool synced = false;
    QObject::connect(&sync, &SyncEngine::finished, [&synced] { synced = true; });
    watchdog.start();
    sync.start();
    serveUntil([&synced] { return synced; }, 600s);
    QTest::qWait(400); // the review table's last refresh
    watchdog.report("sync_1000_sessions_review_open");
    Bench::report("stalls_peak_memory", Bench::peakMemoryKb() / 1024.0, "MB");

    window.close();
    QMetaObject::invokeMethod(
        &anchor, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
