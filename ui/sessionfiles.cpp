#include "sessionfiles.h"

#include "sessiontransfer.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

SessionFiles::SessionFiles(SessionTransfer *transfer, QWidget *window)
    : QObject(window)
    , m_transfer(transfer)
    , m_window(window)
{ }

void SessionFiles::exportWithDialog(const QStringList &sessionIds)
{
    if (sessionIds.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export conversations"),
        folder + u'/' + (sessionIds.size() == 1 ? sessionIds.constFirst() : u"govstack-conversations"_s) + u".json"_s,
        tr("JSON (*.json);;Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(sessionIds, path, sessionIds.size() > 1);
}

bool SessionFiles::exportTo(const QStringList &sessionIds, const QString &path, bool wholeCollection)
{
    m_transfer->startExport(sessionIds, path, wholeCollection);
    const int total = int(sessionIds.size());
    QProgressDialog progress(tr("Exporting %n conversation(s)…", nullptr, total), tr("Cancel"), 0, total, m_window);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(m_transfer, &SessionTransfer::exportProgressChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, m_transfer, &SessionTransfer::cancelExport);
    // The export writes between turns of the event loop; this one waits for it, the window stays alive.
    QEventLoop loop;
    std::optional<Error> error;
    connect(m_transfer, &SessionTransfer::exportFinished, &loop, [&loop, &error](const std::optional<Error> &ended) {
        error = ended;
        loop.quit();
    });
    loop.exec();
    progress.reset();
    if (error) {
        QMessageBox::warning(m_window, tr("Export"), error->message);
        return false;
    }
    return true;
}

void SessionFiles::importWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import conversations"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JSON (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QStringList SessionFiles::importFiles(const QStringList &paths)
{
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> dialog(&progress);
    // Reading and writing run on the store's thread; the window only hears how far it got.
    const auto outcome = waitFor(m_transfer->importFiles(paths, [this, cancelled, dialog](int written, int total) {
        QMetaObject::invokeMethod(
            this,
            [dialog, written, total] {
                if (dialog) {
                    dialog->setMaximum(total);
                    dialog->setValue(written);
                }
            },
            Qt::QueuedConnection);
        return !*cancelled;
    }));
    progress.reset();
    if (!outcome) {
        if (outcome.error().code != Error::Code::Cancelled)
            QMessageBox::warning(m_window, tr("Import"),
                                 outcome.error().message + u"\n\n"_s + tr("Nothing was imported."));
        return {};
    }
    QString summary = tr("%n conversation(s) imported.", nullptr, int(outcome->imported.size()));
    if (!outcome->skipped.isEmpty()) {
        summary += u"\n\n"_s +
            tr("%n conversation(s) were already here and were left as they are:", nullptr,
               int(outcome->skipped.size())) +
            u'\n' + outcome->skipped.join(u'\n');
    }
    QMessageBox::information(m_window, tr("Import"), summary);
    Q_EMIT imported(outcome->imported);
    return outcome->imported;
}

template<typename T>
T SessionFiles::waitFor(const QFuture<T> &future)
{
    // The window stays alive while the store's thread works: this loop serves it.
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}
