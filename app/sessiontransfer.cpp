#include "sessiontransfer.h"

#include "chatstore.h"
#include "exportjob.h"
#include "sessionimport.h"

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

Result<void> SessionTransfer::startExport(const QStringList &sessionIds, const QString &path, bool wholeCollection)
{
    const auto format = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? ExportJob::Format::Markdown
                                                                                 : ExportJob::Format::Json;
    auto *job = new ExportJob(m_store, sessionIds, format,
                              wholeCollection ? ExportJob::Shape::Collection : ExportJob::Shape::Single, this);
    if (auto opened = job->writeToFile(path); !opened) {
        delete job;
        return opened;
    }
    m_export = job;
    connect(job, &ExportJob::progressChanged, this, &SessionTransfer::exportProgressChanged);
    connect(job, &ExportJob::finished, this, [this, job] {
        job->deleteLater();
        Q_EMIT exportFinished(job->error());
    });
    job->start();
    return {};
}

void SessionTransfer::cancelExport()
{
    if (m_export)
        m_export->cancel();
}
