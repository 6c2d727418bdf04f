// One sync pass over 1,000 linked sessions of 20 messages each, against the
// in-process GovStack test server (v2 profile, which keeps agent traces):
// wall time, requests sent, the longest the event loop went without a turn
// (between two turns it may handle several events), the longest single event
// (one piece of sync work), and peak memory. Then a second pass, with nothing new on either side, which
// must send only the GETs.
//
// The server runs in this process and thread, so the wall times include its
// work (building each history response), and the peak memory its sessions.

#include "benchreport.h"
#include "fakegovstackserver.h"
#include "govstackbackend.h"
#include "linkedsessions.h"
#include "sessioncontroller.h"
#include "syncengine.h"
#include "teststore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int sessionCount = 1000;
/// Times every event it delivers: the longest is the longest the GUI thread
/// would be busy with one piece of sync work (a reply read, merged and stored).
class TimedApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        const bool handled = QCoreApplication::notify(receiver, event);
        const qint64 elapsed = timer.nsecsElapsed();
        longestEventNs = std::max(longestEventNs, elapsed);
        ++events;
        if (elapsed > frameNs)
            ++eventsOverAFrame;
        return handled;
    }

    static constexpr qint64 frameNs = 16'000'000;
    qint64 longestEventNs = 0;
    qint64 events = 0;
    qint64 eventsOverAFrame = 0;
};

struct Pass {
    SyncReport report;
    double seconds = 0;
    qint64 longestStallMs = 0;
    double longestEventMs = 0;
    qint64 events = 0;
    qint64 eventsOverAFrame = 0;
};

/// Runs a pass, timing it and the longest gap between two turns of the event loop.
Pass runPass(SyncEngine &engine)
{
    Pass pass;
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { pass.longestStallMs = std::max(pass.longestStallMs, sinceTick.restart()); });
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &report) {
        pass.report = report;
        loop.quit();
    });
    auto *app = static_cast<TimedApplication *>(QCoreApplication::instance());
    app->longestEventNs = 0;
    app->events = 0;
    app->eventsOverAFrame = 0;
    wall.start();
    sinceTick.start();
    tick.start();
    engine.start();
    loop.exec();
    pass.seconds = wall.elapsed() / 1000.0;
    pass.longestEventMs = app->longestEventNs / 1e6;
    pass.events = app->events;
    pass.eventsOverAFrame = app->eventsOverAFrame;
    return pass;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QTemporaryDir dir;
    TestStore store;
    if (auto opened = store.open(dir.filePath(u"chats.sqlite"_s)); !opened)
        Bench::die(opened.error().message);
    FakeGovStackServer server;
    LinkedSessions::create(store, server, sessionCount, [](const std::function<void()> &work) { work(); });

    QNetworkAccessManager network;
    GovStackBackend backend(&network, GovStackBackend::Config{server.url(), GovStackBackend::Profile::V2, {}, 120s});
    SessionController controller(&store, &backend, SessionController::Options{u"bench-user"_s, u"en"_s, {}});
    SyncEngine engine(&store, &controller, SyncEngine::Options{u"bench-user"_s});
    engine.setServer(&backend);

    server.http().clearRequests();
    const Pass first = runPass(engine);
    if (!first.report.succeeded() || first.report.sessionsChecked != sessionCount)
        Bench::die(first.report.describe().join(u'\n'));
    Bench::report("sync_first_pass_wall", first.seconds, "s");
    Bench::report("sync_first_pass_requests", double(server.http().requests().size()), "requests");
    Bench::report("sync_first_pass_traces_replaced", first.report.tracesReplaced, "answers");
    Bench::report("sync_first_pass_longest_event_loop_stall", double(first.longestStallMs), "ms");
    Bench::report("sync_first_pass_longest_single_event", first.longestEventMs, "ms");
    Bench::report("sync_first_pass_events", double(first.events), "events");
    Bench::report("sync_first_pass_events_over_16ms", double(first.eventsOverAFrame), "events");

    server.http().clearRequests();
    const Pass second = runPass(engine);
    if (!second.report.succeeded())
        Bench::die(second.report.describe().join(u'\n'));
    const QList<HttpRequest> requests = server.http().requests();
    const auto nonGets = std::count_if(requests.cbegin(), requests.cend(),
                                       [](const HttpRequest &request) { return request.method != "GET"; });
    Bench::report("sync_second_pass_wall", second.seconds, "s");
    Bench::report("sync_second_pass_requests", double(requests.size()), "requests");
    Bench::report("sync_second_pass_non_get_requests", double(nonGets), "requests");
    Bench::report("sync_second_pass_longest_event_loop_stall", double(second.longestStallMs), "ms");
    Bench::report("sync_second_pass_longest_single_event", second.longestEventMs, "ms");
    Bench::report("sync_peak_memory", Bench::peakMemoryKb() / 1024.0, "MB");
    return nonGets == 0 ? 0 : 1;
}
