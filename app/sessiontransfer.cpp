#include "sessiontransfer.h"

#include "chatstore.h"
#include "continuewhilealive.h"
#include "exportjob.h"
#include "importfiles.h"

SessionTransfer::SessionTransfer(ChatStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

SessionTransfer::~SessionTransfer() = default;

std::function<bool(int, int)> SessionTransfer::relayProgress()
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    return [this, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressChanged(done, total); }, Qt::QueuedConnection);
        return !*cancelled;
    };
}

void SessionTransfer::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

QFuture<Result<SessionTransfer::ImportSummary>> SessionTransfer::importFiles(const QStringList &paths, bool replace)
{
    const auto job = [paths, replace,
                      progress = relayProgress()](ChatStore &store) -> Result<ChatStore::ImportOutcome> {
        auto files = ImportFiles::open(paths);
        if (!files)
            return files.error();
        return store.importSessions(files.value(), replace, progress);
    };
    return continueWhileAlive(m_store->runInBackground<ChatStore::ImportOutcome>(job), this,
                              [](const Result<ChatStore::ImportOutcome> &outcome) -> Result<ImportSummary> {
                                  if (!outcome)
                                      return outcome.error();
                                  return ImportSummary{outcome->imported, outcome->skipped, outcome->skippedTitles};
                              });
}

QFuture<Result<void>> SessionTransfer::exportTo(const QStringList &sessionIds, const QString &path,
                                                bool wholeCollection)
{
    const auto format = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? ExportJob::Format::Markdown
                                                                                 : ExportJob::Format::Json;
    const auto shape = wholeCollection ? ExportJob::Shape::Collection : ExportJob::Shape::Single;
    // Read and written on the store's thread, a session at a time.
    const auto job = [sessionIds, path, format, shape, progress = relayProgress()](ChatStore &store) -> Result<void> {
        ExportJob exportJob(&store, sessionIds, format, shape);
        if (auto opened = exportJob.writeToFile(path); !opened)
            return opened;
        QObject::connect(&exportJob, &ExportJob::progressChanged, &exportJob,
                         [&exportJob, progress](int done, int total) {
                             if (!progress(done, total))
                                 exportJob.cancel();
                         });
        return exportJob.runToEnd();
    };
    return m_store->runInBackground<void>(job);
}
