// What importing a 100 MB export costs: its time and the memory it needs at its peak,
// beside two baselines from the same run: only reading the file's bytes (the least any
// import needs), and decoding every session before writing any (how imports worked before
// they were read a session at a time). Each runs in a process of its own, so that none
// inherits the memory another left behind.

#include "benchreport.h"
#include "importfiles.h"
#include "tracesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

/// How much more memory than before @p step the process held at the step's peak, in MB.
template<typename Step>
double peakOf(Step step)
{
    const qint64 before = Bench::memoryKb();
    Bench::resetPeakMemory();
    step();
    return (Bench::peakMemoryKb() - before) / 1024.0;
}

/// Runs this program's @p step on @p path in a new process; what it printed.
QByteArray runStep(const QString &step, const QString &path, const QString &databasePath)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {step, path, databasePath});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        Bench::die(u"step %1 failed: %2"_s.arg(step, QString::fromUtf8(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

void importInto(const QString &databasePath, const std::function<Result<ChatStore::ImportOutcome>(TestStore &)> &import)
{
    TestStore store;
    if (auto opened = store.open(databasePath); !opened)
        Bench::die(opened.error().message);
    const auto imported = import(store);
    if (!imported || imported->imported.size() != 6)
        Bench::die(imported ? u"not every session was imported"_s : imported.error().message);
}

} // namespace

/// One step, in a process of its own: prints its "bench" lines.
int runOneStep(const QString &step, const QString &path, const QString &databasePath)
{
    if (step == u"read") {
        Bench::report("import_read_bytes_peak_memory", peakOf([&path] {
                          QFile file(path);
                          if (!file.open(QIODevice::ReadOnly) || file.readAll().isEmpty())
                              Bench::die(u"the export cannot be read"_s);
                      }),
                      "MB");
    } else if (step == u"whole") {
        Bench::report("import_decoded_whole_peak_memory", peakOf([&] {
                          importInto(databasePath, [&path](TestStore &store) {
                              const auto read = SessionImport::readFile(path);
                              return read ? store.importSessions(*read, false)
                                          : Result<ChatStore::ImportOutcome>(read.error());
                          });
                      }),
                      "MB");
    } else {
        QElapsedTimer timer;
        const double peak = peakOf([&] {
            timer.start();
            importInto(databasePath, [&path](TestStore &store) {
                auto files = ImportFiles::open({path});
                return files ? store.importSessions(files.value(), false)
                             : Result<ChatStore::ImportOutcome>(files.error());
            });
        });
        const double seconds = timer.nsecsElapsed() / 1e9;
        Bench::report("import_100mb_peak_memory", peak, "MB");
        Bench::report("import_100mb_time", seconds * 1000, "ms");
        Bench::report("import_100mb_throughput", QFileInfo(path).size() / 1e6 / seconds, "MB/s");
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4)
        return runOneStep(arguments.at(1), arguments.at(2), arguments.at(3));
    QTemporaryDir dir;
    const QString path = TraceSession::exportFile(dir, 6, 1200);
    Bench::report("import_file_size", QFileInfo(path).size() / 1e6, "MB");
    for (const QString &step : {u"read"_s, u"whole"_s, u"streamed"_s})
        std::fputs(runStep(step, path, dir.filePath(step + u".sqlite"_s)).constData(), stdout);
    return 0;
}
