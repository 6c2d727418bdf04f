#include "sessiontransfer.h"

#include "chatstore.h"
#include "continuewhilealive.h"
#include "exportjob.h"
#include "importfiles.h"
#include "signingkeys.h"

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
    const auto job = [paths, replace, progress = relayProgress()](ChatStore &store) -> Result<ImportSummary> {
        auto files = ImportFiles::open(paths);
        if (!files)
            return files.error();
        const auto outcome = store.importSessions(files.value(), replace, progress);
        if (!outcome)
            return outcome.error();
        return ImportSummary{outcome->imported, outcome->skipped, outcome->skippedTitles, files->signatureNotes()};
    };
    // The summary is handed over on this object's thread, as the views expect.
    return continueWhileAlive(m_store->runInBackground<ImportSummary>(job), this,
                              [](const Result<ImportSummary> &summary) { return summary; });
}

QFuture<Result<SessionTransfer::ExportReceipt>> SessionTransfer::exportTo(const QStringList &sessionIds,
                                                                          const QString &path, bool wholeCollection)
{
    const auto format = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? ExportJob::Format::Markdown
                                                                                 : ExportJob::Format::Json;
    const auto shape = wholeCollection ? ExportJob::Shape::Collection : ExportJob::Shape::Single;
    auto promise = std::make_shared<QPromise<Result<ExportReceipt>>>();
    promise->start();
    const auto write = [this, sessionIds, path, format, shape, promise](std::optional<SigningKey> key,
                                                                        const QString &unsignedReason) {
        const ExportReceipt receipt{key ? key->fingerprint() : QString(), unsignedReason};
        // Read and written on the store's thread, a session at a time.
        const auto job = [sessionIds, path, format, shape, key,
                          progress = relayProgress()](ChatStore &store) -> Result<void> {
            ExportJob exportJob(&store, sessionIds, format, shape);
            exportJob.setSigningKey(key);
            if (auto opened = exportJob.writeToFile(path); !opened)
                return opened;
            QObject::connect(&exportJob, &ExportJob::progressChanged, &exportJob,
                             [&exportJob, progress](int done, int total) {
                                 if (!progress(done, total))
                                     exportJob.cancel();
                             });
            return exportJob.runToEnd();
        };
        continueWhileAlive(m_store->runInBackground<void>(job), this, [promise, receipt](const Result<void> &written) {
            promise->addResult(written ? Result<ExportReceipt>(receipt) : Result<ExportReceipt>(written.error()));
            promise->finish();
        });
    };
    if (format == ExportJob::Format::Markdown || !m_keys) {
        write(std::nullopt, {});
    } else {
        m_keys->obtain([write](Result<SigningKey> key) {
            if (key)
                write(*key, {});
            else
                write(std::nullopt, key.error().message);
        });
    }
    return promise->future();
}
