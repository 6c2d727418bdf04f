#include "sessionfiles.h"

#include "sessiontransfer.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SessionFiles::SessionFiles(SessionTransfer *transfer, QWidget *window)
    : QObject(window)
    , m_transfer(transfer)
    , m_window(window)
{ }

QString SessionFiles::suggestedName(const QString &title, const QDate &day)
{
    // What a file name cannot hold on any of the systems the file may travel to goes.
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    const QString cleaned = QString(title).replace(unsafe, u" "_s).simplified().left(60).trimmed();
    const QString name = cleaned.isEmpty() ? tr("GovStack conversations") : cleaned;
    return name + u' ' + day.toString(Qt::ISODate) + u".json"_s;
}

void SessionFiles::exportWithDialog(const QStringList &sessionIds, const QString &title)
{
    if (sessionIds.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = suggestedName(sessionIds.size() == 1 ? title : QString(), QDate::currentDate());
    QStringList filters;
    if (m_allowedFormats.contains(u"json"_s))
        filters << tr("JSON (*.json)");
    if (m_allowedFormats.contains(u"markdown"_s))
        filters << tr("Markdown (*.md)");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export conversations"), folder + u'/' + name, filters.join(u";;"_s));
    if (!path.isEmpty())
        exportTo(sessionIds, path, sessionIds.size() > 1);
}

bool SessionFiles::exportTo(const QStringList &sessionIds, const QString &path, bool wholeCollection)
{
    const QString format = path.endsWith(u".md"_s, Qt::CaseInsensitive) ? u"markdown"_s : u"json"_s;
    if (!m_allowedFormats.contains(format)) {
        QMessageBox::warning(m_window, tr("Export"),
                             format == u"markdown" ? tr("Your organisation does not allow exports as Markdown.")
                                                   : tr("Your organisation does not allow exports as JSON."));
        return false;
    }
    const int total = int(sessionIds.size());
    const auto exported =
        waitWithProgress(m_transfer->exportTo(sessionIds, path, wholeCollection),
                         tr("Exporting %n conversation(s)…", nullptr, total), u"exportProgress"_s, total);
    if (!exported) {
        QMessageBox::warning(m_window, tr("Export"), exported.error().message);
        return false;
    }
    Q_EMIT this->exported(path, total, exported->fingerprint, exported->unsignedReason);
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

std::optional<SessionTransfer::ImportSummary> SessionFiles::runImport(const QStringList &paths, bool replace)
{
    const auto outcome =
        waitWithProgress(m_transfer->importFiles(paths, replace), tr("Importing…"), u"importProgress"_s, 0);
    if (!outcome) {
        if (outcome.error().code != Error::Code::Cancelled)
            QMessageBox::warning(m_window, tr("Import"),
                                 outcome.error().message + u"\n\n"_s + tr("Nothing was imported."));
        return std::nullopt;
    }
    Q_EMIT imported(outcome->imported);
    return *outcome;
}

QStringList SessionFiles::importFiles(const QStringList &paths)
{
    const auto outcome = runImport(paths, false);
    if (!outcome)
        return {};
    QMessageBox box(QMessageBox::Information, tr("Import"),
                    tr("%n conversation(s) imported.", nullptr, int(outcome->imported.size())), QMessageBox::Ok,
                    m_window);
    QPushButton *replaceButton = nullptr;
    // Whether each file was signed, and by whom, comes first: it is what a reviewer checks.
    QString details = outcome->signatureNotes.join(u'\n');
    if (!outcome->skipped.isEmpty()) {
        details += u"\n\n"_s +
            tr("%n conversation(s) already here were left as they are:", nullptr, int(outcome->skipped.size())) +
            u"\n• "_s + outcome->skippedTitles.join(u"\n• "_s);
        replaceButton = box.addButton(tr("Replace Them"), QMessageBox::DestructiveRole);
    }
    box.setInformativeText(details.trimmed());
    box.exec();
    if (!replaceButton || box.clickedButton() != replaceButton)
        return outcome->imported;
    // All of the files again, the conversations that were here replaced by theirs.
    const auto replaced = runImport(paths, true);
    return replaced ? replaced->imported : outcome->imported;
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
