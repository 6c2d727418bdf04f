// The composition root: the one file that sees every layer.

#include "chatstore.h"
#include "commandline.h"
#include "datalocation.h"
#include "instanceguard.h"
#include "mainwindow.h"
#include "quitonsignal.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

namespace {

// Exit codes shared with the headless commands.
constexpr int exitUsage = 2;
constexpr int exitStore = 4;

int failUsage(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return exitUsage;
}

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << message << Qt::endl;
    QMessageBox::critical(nullptr, QApplication::translate("main", "GovStack Desktop"), message);
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Installed first, so even a start-up error dialog ends cleanly on SIGTERM.
    QuitOnSignal quitOnSignal;
    QApplication::setOrganizationName(QStringLiteral("govstack"));
    QApplication::setApplicationName(QStringLiteral("govstack-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(GOVSTACK_VERSION));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "GovStack Desktop"));
    QApplication::setDesktopFileName(QStringLiteral("org.govstack.Desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/govstack-desktop.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("govstack-desktop"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const auto options = CommandLine::parse(QApplication::arguments());
    if (!options)
        return failUsage(options.error().message);

    const auto dataDirectory = DataLocation::prepare(options->dataDirectory.isEmpty() ? DataLocation::defaultDirectory()
                                                                                      : options->dataDirectory);
    if (!dataDirectory)
        return fail(dataDirectory.error().message, exitStore);

    InstanceGuard guard(*dataDirectory);
    switch (guard.acquire()) {
    case InstanceGuard::Outcome::Acquired:
        break;
    case InstanceGuard::Outcome::RaisedRunning:
        QTextStream(stdout) << QApplication::translate(
                                   "main",
                                   "GovStack Desktop is already open for %1; its window was brought to the front.")
                                   .arg(*dataDirectory)
                            << Qt::endl;
        return 0;
    case InstanceGuard::Outcome::RunningElsewhere:
        return fail(
            QApplication::translate("main",
                                    "GovStack Desktop is already open for %1 (process %2) and does not respond. "
                                    "Close it, or start with another --data-dir.")
                .arg(*dataDirectory)
                .arg(guard.runningPid()),
            1);
    case InstanceGuard::Outcome::Failed:
        return fail(QApplication::translate("main", "Cannot write the lock file in %1.").arg(*dataDirectory),
                    exitStore);
    }

    ChatStore store;
    if (const auto opened = store.open(DataLocation::databasePath(*dataDirectory)); !opened)
        return fail(opened.error().message, exitStore);
    // Headless commands may write beside the window; show what they wrote.
    store.setExternalChangeInterval(1000);

    MainWindow window(&store);
    QObject::connect(&guard, &InstanceGuard::activationRequested, &window, &MainWindow::activate);
    window.show();
    return QApplication::exec();
}
