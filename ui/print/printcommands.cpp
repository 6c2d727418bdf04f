#include "printcommands.h"

#include "chatactions.h"
#include "chatstore.h"
#include "conversationprint.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

/// Serves the event loop until @p future is finished: the window stays alive meanwhile.
template<typename T>
T waitFor(const QFuture<T> &future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

PrintCommands::PrintCommands(ChatStore *store, ChatActions *actions, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_actions(actions)
    , m_window(window)
{ }

template<typename Render>
Result<int> PrintCommands::run(const QString &sessionId, const QString &label, Render render)
{
    const auto source = waitFor(m_store->runInBackground<ConversationPrint::Source>(
        [sessionId](ChatStore &store) { return ConversationPrint::read(store, sessionId); }));
    if (!source)
        return source.error();
    QProgressDialog progress(label, tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(u"printProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> shown(&progress);
    const auto relay = [shown, cancelled](int page, int pages) {
        QMetaObject::invokeMethod(
            qApp,
            [shown, page, pages] {
                if (shown) {
                    shown->setMaximum(pages);
                    shown->setValue(page);
                }
            },
            Qt::QueuedConnection);
        return !*cancelled;
    };
    return waitFor(QtConcurrent::run([render, source = *source, relay] { return render(source, relay); }));
}

Result<int> PrintCommands::exportPdf(const QString &sessionId, const QString &path)
{
    const auto pages =
        run(sessionId, tr("Writing the PDF…"),
            [path](const ConversationPrint::Source &source, const ConversationPrinter::Progress &progress) {
                return ConversationPrint::toPdf(source, path, progress);
            });
    if (pages) {
        m_actions->recordAudit(AuditEvent{AuditAction::Export,
                                          QJsonObject{{u"sessions"_s, QJsonArray{sessionId}},
                                                      {u"file"_s, QFileInfo(path).absoluteFilePath()},
                                                      {u"format"_s, u"pdf"_s},
                                                      {u"fingerprint"_s, QString()}}});
        Q_EMIT pdfExported(path, *pages);
    }
    return pages;
}

Result<int> PrintCommands::print(const QString &sessionId, QPrinter *printer)
{
    return run(sessionId, tr("Printing…"),
               [printer](const ConversationPrint::Source &source, const ConversationPrinter::Progress &progress) {
                   return ConversationPrint::toPrinter(source, printer, progress);
               });
}

void PrintCommands::exportPdfWithDialog(const QString &sessionId, const QString &title)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (title.isEmpty() ? tr("Conversation") : title) + u".pdf"_s;
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export as PDF"), folder + u'/' + name, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto pages = exportPdf(sessionId, path); !pages && pages.error().code != Error::Code::Cancelled)
        QMessageBox::warning(m_window, tr("Export as PDF"), pages.error().message);
}

void PrintCommands::printWithDialog(const QString &sessionId)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto pages = print(sessionId, &printer); !pages && pages.error().code != Error::Code::Cancelled)
        QMessageBox::warning(m_window, tr("Print"), pages.error().message);
}
