// How long the window's GUI thread stalls in what people do with long sessions, measured
// by a watchdog: a timer that should tick every 4 ms records how late each tick runs, so
// each scenario prints its longest stall and how many stalls passed a frame (16 ms).
// The session has 10,000 messages shaped like real GovStack traces (a question, a tool
// call, a tool return of about 3 KB of documents, an answer of about 1.2 KB); the test
// server runs on a thread of its own, so its work is not counted against the window.

#include "benchreport.h"
#include "chatstore.h"
#include "fakegovstackserver.h"
#include "govstackbackend.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "storethread.h"
#include "tracesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
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

/// Ticks every few milliseconds and records how late each tick ran.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(m_interval);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.nsecsElapsed() / 1000000 - m_interval;
            m_longest = std::max(m_longest, late);
            if (late > 16)
                ++m_overFrame;
            m_clock.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_overFrame = 0;
        m_clock.start();
        m_timer.start();
    }
    void report(const char *scenario)
    {
        m_timer.stop();
        Bench::report(qPrintable(QString::fromLatin1(scenario) + u"_longest_stall"_s), double(m_longest), "ms");
        Bench::report(qPrintable(QString::fromLatin1(scenario) + u"_stalls_over_16ms"_s), double(m_overFrame),
                      "events");
    }

private:
    const int m_interval = 4;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_overFrame = 0;
};

/// Runs the event loop until @p done holds (or a minute passes).
template<typename Done>
void serveUntil(Done done)
{
    if (!QTest::qWaitFor(done, 60000))
        Bench::die(u"a scenario did not finish"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chats.sqlite"_s);
    ChatStore store;
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
    QNetworkAccessManager network;
    GovStackBackend backend(&network, GovStackBackend::Config{server->url(), GovStackBackend::Profile::V2, {}, 60s});
    StoreThread storeThread(path);
    store.setBackgroundThread(&storeThread);
    SessionController controller(&store, &backend, SessionController::Options{u"bench-user"_s, u"en"_s, {}});
    MainWindow::Context context;
    context.store = &store;
    context.controller = &controller;
    context.backendDescription = u"bench"_s;
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        Bench::die(u"the window was not shown"_s);
    auto *messageView = window.findChild<QListView *>(u"messageList"_s);
    auto *composer = window.findChild<QPlainTextEdit *>(u"composer"_s);
    auto *search = window.findChild<QLineEdit *>(u"messageSearch"_s);
    auto *results = window.findChild<QListView *>(u"searchResults"_s);
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

    window.close();
    QMetaObject::invokeMethod(
        &anchor, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
