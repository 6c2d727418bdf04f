// The window with 10,000 sessions (then 100,000) and one 10,000-message session, then with
// the reviewers' 1,000,000-message database: time from
// process start to the first painted sidebar, from clicking that session to its first
// painted messages, the peak memory, and the GUI thread's longest stall from start to
// those messages (a watchdog). Each figure is measured in a fresh child process, so
// caches of the set-up do not help it.

#include "benchreport.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "sessioncontroller.h"
#include "sessionimport.h"
#include "teststore.h"
#include "watchdog.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int bigSessionMessages = 10000;

/// Calls back once, on the first paint of @p widget.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, std::function<void()> callback)
        : m_callback(std::move(callback))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_callback) {
            watched->removeEventFilter(this);
            // After this paint has finished.
            QTimer::singleShot(0, [callback = std::move(m_callback)] { callback(); });
        }
        return false;
    }

private:
    std::function<void()> m_callback;
};

void prepare(const QString &path, int sessionCount)
{
    TestStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    // Written as one import: a transaction per session would take minutes at 100,000.
    QList<ImportedSession> sessions;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 1; i < sessionCount; ++i) {
        ChatSession session;
        session.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.userId = u"bench"_s;
        session.title = u"Conversation %1"_s.arg(i);
        session.createdAt = start.addSecs(i * 60);
        session.updatedAt = session.createdAt;
        sessions << ImportedSession{session, {}, {}, {}};
    }
    if (auto imported = store.importSessions(sessions, false); !imported)
        Bench::die(imported.error().message);
    // Written last, so it is the newest session: the first row, the one the benchmark clicks.
    const QString big = store.createChatSession(u"bench"_s).value();
    QList<ModelMessage> messages;
    for (int i = 0; i < bigSessionMessages / 2; ++i) {
        messages << ModelMessage::request(
            {MessagePart::userPrompt(u"Question %1 about business registration"_s.arg(i))});
        messages << ModelMessage::response(
            {MessagePart::text(u"Answer %1: **register** on [eCitizen](https://brs.ecitizen.go.ke), pay the fee, and "
                               "keep the certificate."_s.arg(i))},
            u"govstack"_s);
    }
    if (auto saved = store.saveMessages(big, messages); !saved)
        Bench::die(saved.error().message);
}

int measure(int argc, char *argv[], const QString &path, qint64 launchedAtMs, const QString &name)
{
    QApplication app(argc, argv);
    Watchdog watchdog;
    watchdog.start();
    TestStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    SessionController controller(&store, [](Backend) -> AgentBackend * { return nullptr; }, {});
    MainWindow::Context context;
    context.store = &store;
    context.controller = &controller;
    MainWindow window(context);
    auto *sidebar = window.findChild<QListView *>(u"sessionList"_s);
    auto *messages = window.findChild<QListView *>(u"messageList"_s);

    QElapsedTimer clickTimer;
    FirstPaint sidebarPainted(sidebar->viewport(), [&] {
        Bench::report(qPrintable(name + u"_start_to_sidebar"_s),
                      double(QDateTime::currentMSecsSinceEpoch() - launchedAtMs), "ms");
        static std::unique_ptr<FirstPaint> messagesPainted;
        messagesPainted = std::make_unique<FirstPaint>(messages->viewport(), [&] {
            Bench::report(qPrintable(name + u"_click_to_messages"_s), clickTimer.nsecsElapsed() / 1e6, "ms");
            Bench::report(qPrintable(name + u"_rows_shown"_s), messages->model()->rowCount(), "rows");
            Bench::report(qPrintable(name + u"_peak_memory"_s), Bench::peakMemoryKb() / 1024.0, "MB");
            watchdog.report(qPrintable(name));
            QCoreApplication::quit();
        });
        clickTimer.start();
        const QRect rect = sidebar->visualRect(sidebar->model()->index(0, 0));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    });
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], "--measure") == 0) {
        return measure(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                       QString::fromLocal8Bit(argv[4]));
    }

    QCoreApplication app(argc, argv);
    // The 1,000,000-message database is the reviewers' benchmark's (10,000 sessions of 100 messages).
    const auto populateReview = [](const QString &path) {
        const int exitCode =
            QProcess::execute(QCoreApplication::applicationDirPath() + u"/bench_review"_s, {u"--populate"_s, path});
        if (exitCode != 0)
            Bench::die(u"bench_review could not build the 1,000,000-message database"_s);
    };
    const QList<std::pair<QString, std::function<void(const QString &)>>> setups{
        {u"window"_s, [](const QString &path) { prepare(path, 10000); }},
        {u"window_100k"_s, [](const QString &path) { prepare(path, 100000); }},
        {u"window_1m_messages"_s, populateReview},
    };
    for (const auto &[name, setUp] : setups) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chats.sqlite"_s);
        QElapsedTimer setup;
        setup.start();
        setUp(path);
        Bench::report(qPrintable(name + u"_setup"_s), setup.elapsed() / 1000.0, "s");

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--measure"_s, path, QString::number(QDateTime::currentMSecsSinceEpoch()), name});
        if (!child.waitForFinished(120000) || child.exitCode() != 0)
            Bench::die(u"the measuring window did not finish"_s);
    }
    return 0;
}
