#include "headlesscommand.h"

#include "agentbackend.h"
#include "agentfactory.h"
#include "chatstore.h"
#include "datalocation.h"
#include "exitcode.h"
#include "sessioncontroller.h"

#include <QTextStream>
#include <QTimer>

HeadlessCommand::HeadlessCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
                                 QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::move(settings))
    , m_dataDirectory(std::move(dataDirectory))
{ }

HeadlessCommand::~HeadlessCommand() = default;

void HeadlessCommand::start()
{
    m_store = std::make_unique<ChatStore>();
    if (auto opened = m_store->open(DataLocation::databasePath(m_dataDirectory)); !opened) {
        end(ExitCode::store, opened.error().message);
        return;
    }
    const std::optional<Backend> backend = prepare();
    if (!backend)
        return;
    m_credentials.resolve(*backend, m_settings.serverUrl(*backend), [this, backend](Result<QString> key) {
        // Without a keychain the command still goes on: a server may not need a key.
        if (!key)
            QTextStream(stderr) << key.error().message << Qt::endl;
        m_backend = makeAgentBackend(*backend, m_settings, &m_network, key ? *key : QString());
        m_controller = std::make_unique<SessionController>(
            m_store.get(), m_backend.get(),
            SessionController::Options{m_settings.userId, m_settings.language, m_settings.systemPrompt});
        run();
    });
}

void HeadlessCommand::end(int exitCode, const QString &error)
{
    if (!error.isEmpty())
        QTextStream(stderr) << error << Qt::endl;
    // Queued, so that the caller's event loop is running when it hears of it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}
