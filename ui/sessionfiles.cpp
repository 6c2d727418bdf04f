#include "sessionfiles.h"

#include "sessiontransfer.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

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
    const int total = int(sessionIds.size());
    const auto exported =
        waitWithProgress(m_transfer->exportTo(sessionIds, path, wholeCollection),
                         tr("Exporting %n conversation(s)…", nullptr, total), u"exportProgress"_s, total);
    if (!exported) {
        QMessageBox::warning(m_window, tr("Export"), exported.error().message);
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
    const auto outcome = waitWithProgress(m_transfer->importFiles(paths), tr("Importing…"), u"importProgress"_s, 0);
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
T SessionFiles::waitWithProgress(const QFuture<T> &future, const QString &label, const QString &name, int total)
{
    QProgressDialog progress(label, tr("Cancel"), 0, total, m_window);
    progress.setObjectName(name);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(m_transfer, &SessionTransfer::progressChanged, &progress, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    connect(&progress, &QProgressDialog::canceled, m_transfer, &SessionTransfer::cancel);
    // The window stays alive while the store's thread works: this loop serves it.
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}
