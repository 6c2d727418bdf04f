// The window with 10,000 sessions and one 10,000-message session: time from
// process start to the first painted sidebar, from clicking that session to
// its first painted messages, and the peak memory. Each figure is measured in
// a fresh child process, so caches of the set-up do not help it.

#include "benchreport.h"
#include "chatstore.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "sessioncontroller.h"

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

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int sessionCount = 10000;
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

void prepare(const QString &path)
{
    ChatStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    for (int i = 1; i < sessionCount; ++i) {
        const QString id = store.createChatSession(u"bench"_s).value();
        if (auto renamed = store.renameSession(id, u"Conversation %1"_s.arg(i)); !renamed)
            Bench::die(renamed.error().message);
    }
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

int measure(int argc, char *argv[], const QString &path, qint64 launchedAtMs)
{
    QApplication app(argc, argv);
    ChatStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    SessionController controller(&store, [](Backend) -> AgentBackend * { return nullptr; }, {});
    MainWindow::Context context;
    context.store = &store;
    context.controller = &controller;
    context.backendDescription = u"bench"_s;
    MainWindow window(context);
    auto *sidebar = window.findChild<QListView *>(u"sessionList"_s);
    auto *messages = window.findChild<QListView *>(u"messageList"_s);

    QElapsedTimer clickTimer;
    FirstPaint sidebarPainted(sidebar->viewport(), [&] {
        std::printf("bench window_start_to_sidebar %.1f ms\n",
                    double(QDateTime::currentMSecsSinceEpoch() - launchedAtMs));
        static std::unique_ptr<FirstPaint> messagesPainted;
        messagesPainted = std::make_unique<FirstPaint>(messages->viewport(), [&] {
            std::printf("bench window_click_to_messages %.1f ms\n", clickTimer.nsecsElapsed() / 1e6);
            std::printf("bench window_rows_shown %d rows\n", messages->model()->rowCount());
            std::printf("bench window_peak_memory %.1f MB\n", Bench::peakMemoryKb() / 1024.0);
            std::fflush(stdout);
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
    if (argc == 4 && qstrcmp(argv[1], "--measure") == 0)
        return measure(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chats.sqlite"_s);
    QElapsedTimer setup;
    setup.start();
    prepare(path);
    std::printf("bench window_setup_10000_sessions %.1f s\n", setup.elapsed() / 1000.0);
    std::fflush(stdout);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--measure"_s, path, QString::number(QDateTime::currentMSecsSinceEpoch())});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        Bench::die(u"the measuring window did not finish"_s);
    return 0;
}
