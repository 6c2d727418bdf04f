#include "synccommand.h"

#include "exitcode.h"
#include "govstackbackend.h"
#include "syncengine.h"

#include <QTextStream>

SyncCommand::SyncCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
                         QObject *parent)
    : HeadlessCommand(std::move(options), std::move(settings), std::move(dataDirectory), parent)
{ }

SyncCommand::~SyncCommand() = default;

void SyncCommand::run()
{
    m_engine = std::make_unique<SyncEngine>(m_store.get(), m_controller.get(), SyncEngine::Options{m_settings.userId});
    m_engine->setServer(static_cast<GovStackBackend *>(m_backend.get()));
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncCommand::report);
    if (m_options.command == CommandLineOptions::Command::Pull)
        m_engine->fetch(m_options.sessionId);
    else
        m_engine->start(m_options.sessionId.isEmpty() ? QStringList{} : QStringList{m_options.sessionId});
}

void SyncCommand::report(const SyncReport &report)
{
    QTextStream out(stdout);
    for (const QString &line : report.describe())
        out << line << Qt::endl;
    if (m_options.command == CommandLineOptions::Command::Pull && report.sessionsFetched > 0)
        out << tr("Opened session %1.").arg(m_options.sessionId) << Qt::endl;
    end(report.succeeded() ? ExitCode::ok : report.noServer ? ExitCode::usage : ExitCode::network);
}
