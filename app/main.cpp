// The composition root: the one file that sees every layer.

#include "agentfactory.h"
#include "applog.h"
#include "askcommand.h"
#include "chatstore.h"
#include "commandline.h"
#include "configcommand.h"
#include "connectionsettings.h"
#include "connectiontester.h"
#include "credentialstore.h"
#include "datalocation.h"
#include "exitcode.h"
#include "govstackbackend.h"
#include "instanceguard.h"
#include "keycommand.h"
#include "mainwindow.h"
#include "managedpolicy.h"
#include "pdfexportcommand.h"
#include "quitonsignal.h"
#include "recordkeeping.h"
#include "recordscommand.h"
#include "reviewcommand.h"
#include "sessioncontroller.h"
#include "signingkeys.h"
#include "storethread.h"
#include "synccommand.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "uilanguage.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

int failUsage(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return ExitCode::usage;
}

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << message << Qt::endl;
    QMessageBox::critical(nullptr, QApplication::translate("main", "GovStack Desktop"), message);
    return exitCode;
}

void setUpIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("govstack"));
    QCoreApplication::setApplicationName(QStringLiteral("govstack-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVSTACK_VERSION));
}

QString dataDirectoryFor(const CommandLineOptions &options)
{
    return options.dataDirectory.isEmpty() ? DataLocation::defaultDirectory() : options.dataDirectory;
}

/// Runs a command that talks to the store and a server, until it finishes.
template<typename Command>
int runCommand(const CommandLineOptions &options, const ConnectionSettings &settings, const QString &dataDirectory)
{
    Command command(options, settings, dataDirectory);
    QObject::connect(&command, &Command::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}

/// Headless commands: no display, no window lock; they share the database through SQLite.
int runHeadless(int argc, char *argv[], bool graphics)
{
    // Laying out a PDF needs fonts, which need a GUI application: on the offscreen platform, so
    // no display is needed still.
    if (graphics && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        graphics ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    UiLanguage::apply(QSettings().value(u"uiLanguage"_s).toString());
    const auto options = CommandLine::parse(QCoreApplication::arguments());
    if (!options)
        return failUsage(options.error().message);
    const auto dataDirectory = DataLocation::prepare(dataDirectoryFor(*options));
    if (!dataDirectory) {
        QTextStream(stderr) << dataDirectory.error().message << Qt::endl;
        return ExitCode::store;
    }
    AppLog::install(*dataDirectory);
    if (options->command == CommandLineOptions::Command::Config)
        return ConfigCommand::run(options->configArguments);
    switch (options->command) {
    case CommandLineOptions::Command::Export:
        if (options->pdf)
            return PdfExportCommand::run(*options, *dataDirectory);
        [[fallthrough]];
    case CommandLineOptions::Command::Search:
    case CommandLineOptions::Command::Import:
    case CommandLineOptions::Command::Sessions:
    case CommandLineOptions::Command::Verify:
    case CommandLineOptions::Command::Audit:
        return ReviewCommand::run(*options, *dataDirectory);
    default:
        break;
    }
    // What the organisation set wins over the user's settings and this run's flags.
    const ManagedPolicy policy = ManagedPolicy::load();
    const ConnectionSettings settings = policy.applyTo(options->applyTo(ConnectionSettings::load(QSettings())));
    switch (options->command) {
    case CommandLineOptions::Command::Delete:
    case CommandLineOptions::Command::Trash:
    case CommandLineOptions::Command::Hold:
    case CommandLineOptions::Command::Release:
        return RecordsCommand::run(*options, settings, policy, *dataDirectory);
    default:
        break;
    }
    if (!policy.allows(settings.backend))
        return failUsage(QCoreApplication::translate("main", "Your organisation does not allow the %1 back end.")
                             .arg(backendName(settings.backend)));
    if (options->command == CommandLineOptions::Command::Ask) {
        if (!policy.allowsSendingBeforeSetup() &&
            !policy.isSetUp(QSettings(), !options->server.isEmpty(), settings.backend))
            return failUsage(QCoreApplication::translate(
                "main",
                "Your organisation asks that GovStack Desktop is set up before anything is sent: choose the "
                "server with \"config set govstack/url URL\" (or in the app's Settings), or name it with "
                "--server."));
        return runCommand<AskCommand>(*options, settings, *dataDirectory);
    }
    if (options->command == CommandLineOptions::Command::Sync || options->command == CommandLineOptions::Command::Pull)
        return runCommand<SyncCommand>(*options, settings, *dataDirectory);
    KeyCommand command(*options, settings);
    QObject::connect(&command, &KeyCommand::finished, app.get(), &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Installed first, so even a start-up error dialog ends cleanly on SIGTERM.
    QuitOnSignal quitOnSignal;
    QApplication::setApplicationDisplayName(QApplication::translate("main", "GovStack Desktop"));
    QApplication::setDesktopFileName(QStringLiteral("org.govstack.Desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/govstack-desktop.svg")));
    UiLanguage::apply(QSettings().value(u"uiLanguage"_s).toString());

    const auto options = CommandLine::parse(QApplication::arguments());
    if (!options)
        return failUsage(options.error().message);
    const auto dataDirectory = DataLocation::prepare(dataDirectoryFor(*options));
    if (!dataDirectory)
        return fail(dataDirectory.error().message, ExitCode::store);

    AppLog::install(*dataDirectory);
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
        return ExitCode::ok;
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
                    ExitCode::store);
    }

    ChatStore store;
    if (const auto opened = store.open(DataLocation::databasePath(*dataDirectory)); !opened)
        return fail(opened.error().message, ExitCode::store);
    // Every read and write of the window runs on a connection of its own, off the GUI thread.
    StoreThread storeThread(DataLocation::databasePath(*dataDirectory));
    store.setBackgroundThread(&storeThread);
    // Headless commands may write beside the window; show what they wrote.
    store.setExternalChangeInterval(1000);

    // What the organisation set wins over the user's settings and this run's flags; a back end it
    // no longer allows gives way to one it does.
    const ManagedPolicy policy = ManagedPolicy::load();
    const ConnectionSettings settings =
        policy.withAllowedBackend(policy.applyTo(options->applyTo(ConnectionSettings::load(QSettings()))));
    QNetworkAccessManager network;
    const std::unique_ptr<AgentBackend> govStack = makeAgentBackend(Backend::GovStack, settings, &network);
    const std::unique_ptr<AgentBackend> openAi = makeAgentBackend(Backend::OpenAI, settings, &network);
    // Keys arrive from the keychain asynchronously; the window does not wait for them.
    CredentialStore credentials;
    SigningKeys signingKeys(&credentials);
    for (AgentBackend *backend : {govStack.get(), openAi.get()}) {
        credentials.resolve(backend->kind(), settings.serverUrl(backend->kind()), [backend](Result<QString> key) {
            if (key)
                backend->setApiKey(*key);
            else
                qWarning() << key.error().message;
        });
    }
    SessionController controller(
        &store, [&](Backend backend) { return backend == Backend::OpenAI ? openAi.get() : govStack.get(); },
        SessionController::Options{settings.userId, settings.language, settings.systemPrompt});
    // A headless command killed while sending shows here as interrupted, with Retry, within seconds.
    controller.setRecoveryInterval(std::chrono::seconds(5));

    SyncEngine sync(&store, &controller, SyncEngine::Options{settings.userId});
    sync.setServer(static_cast<GovStackBackend *>(govStack.get()));
    SyncScheduler scheduler(&sync, SyncScheduler::Timing{});
    // A turn that could not reach the server waits in the outbox; it is tried again with backoff.
    QObject::connect(&controller, &SessionController::turnQueued, &scheduler, &SyncScheduler::retryLater);
    scheduler.start();

    ConnectionTester tester(&network);
    MainWindow window(
        MainWindow::Context{.store = &store,
                            .controller = &controller,
                            .newSessionBackend = settings.backend,
                            .userId = settings.userId,
                            .settings = settings,
                            .credentials = &credentials,
                            .tester = &tester,
                            // Set up once saved, when this run names its server, or by the organisation.
                            .firstRun = !policy.isSetUp(QSettings(), !options->server.isEmpty(), settings.backend),
                            .sync = &sync,
                            .scheduler = &scheduler,
                            .signingKeys = &signingKeys,
                            .policy = &policy});
    // Retention and the Trash period, applied now and every hour; changes to them and to the policy are recorded.
    RecordKeeping records(&store);
    QObject::connect(&records, &RecordKeeping::tidied, &window, &MainWindow::showTidied);
    records.start(RecordKeeping::periodsOf(settings), policy);
    QObject::connect(&window, &MainWindow::settingsChanged, &window, [&](const ConnectionSettings &changed) {
        records.setPeriods(RecordKeeping::periodsOf(changed));
        reconfigureAgentBackend(govStack.get(), changed);
        reconfigureAgentBackend(openAi.get(), changed);
        controller.setOptions(SessionController::Options{changed.userId, changed.language, changed.systemPrompt});
        sync.setOptions(SyncEngine::Options{changed.userId});
        scheduler.syncNow();
    });
    QObject::connect(&window, &MainWindow::apiKeyChanged, &window, [&](Backend backend, const QString &apiKey) {
        (backend == Backend::OpenAI ? openAi : govStack)->setApiKey(apiKey);
        // A new key may be one the server takes: sync resumes.
        if (backend == Backend::GovStack)
            scheduler.syncNow();
    });
    QObject::connect(&guard, &InstanceGuard::activationRequested, &window, &MainWindow::activate);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    setUpIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return CommandLine::isHeadless(arguments) ? runHeadless(argc, argv, CommandLine::needsGraphics(arguments))
                                              : runWindow(argc, argv);
}
