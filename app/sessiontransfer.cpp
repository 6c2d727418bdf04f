#include "sessiontransfer.h"

#include "chatstore.h"
#include "exportjob.h"
#include "sessionimport.h"

#include <atomic>

SessionTransfer::SessionTransfer(ChatStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

SessionTransfer::~SessionTransfer() = default;

QFuture<Result<SessionTransfer::ImportSummary>> SessionTransfer::importFiles(const QStringList &paths,
                                                                             ImportProgress progress)
{
    const auto job = [paths, progress](ChatStore &store) -> Result<ChatStore::ImportOutcome> {
        const auto sessions = SessionImport::readFiles(paths);
        if (!sessions)
            return sessions.error();
        return store.importSessions(*sessions, false, progress);
    };
    return m_store->runInBackground<ChatStore::ImportOutcome>(job).then(
        this, [this](const Result<ChatStore::ImportOutcome> &outcome) -> Result<ImportSummary> {
            if (!outcome)
                return outcome.error();
            // Written on the store's own connection: the views hear of it here.
            m_store->announceSessionsCreated(outcome->imported);
            return ImportSummary{outcome->imported, outcome->skipped};
        });
}

void SessionTransfer::startExport(const QStringList &sessionIds, const QString &path, bool wholeCollection)
{
    const auto format = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? ExportJob::Format::Markdown
                                                                                 : ExportJob::Format::Json;
    const auto shape = wholeCollection ? ExportJob::Shape::Collection : ExportJob::Shape::Single;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelExport = cancelled;
    // Read and written on the store's thread, a session at a time; the window hears how far it got.
    const auto job = [this, sessionIds, path, format, shape, cancelled](ChatStore &store) -> Result<bool> {
        ExportJob exportJob(&store, sessionIds, format, shape);
        if (auto opened = exportJob.writeToFile(path); !opened)
            return opened.error();
        QObject::connect(
            &exportJob, &ExportJob::progressChanged, &exportJob, [this, &exportJob, cancelled](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT exportProgressChanged(done, total); }, Qt::QueuedConnection);
                if (*cancelled)
                    exportJob.cancel();
            });
        if (auto ran = exportJob.runToEnd(); !ran)
            return ran.error();
        return true;
    };
    m_store->runInBackground<bool>(job).then(this, [this](const Result<bool> &exported) {
        Q_EMIT exportFinished(exported ? std::nullopt : std::optional<Error>(exported.error()));
    });
}

void SessionTransfer::cancelExport()
{
    if (m_cancelExport)
        *m_cancelExport = true;
}
