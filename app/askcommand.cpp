#include "askcommand.h"

#include "agentbackend.h"
#include "agentfactory.h"
#include "chatstore.h"
#include "datalocation.h"
#include "exitcode.h"
#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

AskCommand::AskCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::move(settings))
    , m_dataDirectory(std::move(dataDirectory))
{ }

AskCommand::~AskCommand() = default;

void AskCommand::start()
{
    m_store = std::make_unique<ChatStore>();
    if (auto opened = m_store->open(DataLocation::databasePath(m_dataDirectory)); !opened) {
        end(ExitCode::store, opened.error().message);
        return;
    }
    Backend backend = m_settings.backend;
    const auto sessionId = resolveSession(backend);
    if (!sessionId) {
        end(sessionId.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
            sessionId.error().message);
        return;
    }

    m_credentials.resolve(backend, m_settings.serverUrl(backend),
                          [this, session = *sessionId, backend](Result<QString> key) {
                              // Without a keychain the request still goes out: a server may not need a key.
                              if (!key)
                                  QTextStream(stderr) << key.error().message << Qt::endl;
                              send(session, backend, key ? *key : QString());
                          });
}

void AskCommand::send(const QString &sessionId, Backend backend, const QString &apiKey)
{
    m_backend = makeAgentBackend(backend, m_settings, &m_network, apiKey);
    m_controller = std::make_unique<SessionController>(
        m_store.get(), m_backend.get(),
        SessionController::Options{m_settings.userId, m_settings.language, m_settings.systemPrompt});
    connect(m_controller.get(), &SessionController::turnCompleted, this, [this](const QString &session, int turn) {
        const auto stored = m_store->loadStoredMessages(session);
        QString answer;
        for (const StoredMessage &entry : stored.value()) {
            if (entry.turn == turn && entry.message.isResponse() && entry.status == MessageStatus::Ok)
                answer = entry.message.text();
        }
        m_giveUp.stop();
        QTextStream(stdout) << answer << Qt::endl;
        end(ExitCode::ok);
    });
    connect(m_controller.get(), &SessionController::turnFailed, this,
            [this](const QString &, int, const AgentError &error) {
                end(ExitCode::network,
                    error.message + u'\n' +
                        tr("Your message is saved in the session; send it again with the app's Retry."));
            });
    // A received answer the store refuses is written again by the controller; the command
    // waits a while for that before it gives up.
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(storeRetryWindow);
    connect(&m_giveUp, &QTimer::timeout, this, [this] { end(ExitCode::store, m_storeError); });
    connect(m_controller.get(), &SessionController::storeFailed, this, [this](const QString &, const Error &error) {
        m_storeError = error.message;
        QTextStream(stderr) << error.message << u'\n' << tr("Trying again to save the answer…") << Qt::endl;
        m_giveUp.start();
    });

    if (auto sent = m_controller->send(sessionId, m_options.text); !sent)
        end(ExitCode::store, sent.error().message);
}

Result<QString> AskCommand::resolveSession(Backend &backend)
{
    if (!m_options.sessionId.isEmpty()) {
        const auto session = m_store->chat(m_options.sessionId);
        if (!session)
            return session.error();
        // A session stays with the back end it was started with, unless --backend says otherwise.
        backend = m_options.backend.value_or(session->backend);
        return session->sessionId;
    }
    auto created = m_store->createChatSession(m_settings.userId, backend);
    if (created)
        QTextStream(stderr) << tr("New session: %1").arg(*created) << Qt::endl;
    return created;
}

void AskCommand::end(int exitCode, const QString &error)
{
    if (!error.isEmpty())
        QTextStream(stderr) << error << Qt::endl;
    // Queued, so that the caller's event loop is running when it hears of it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}
