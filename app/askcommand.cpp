#include "askcommand.h"

#include "chatstore.h"
#include "exitcode.h"
#include "sessioncontroller.h"

#include <QTextStream>

AskCommand::AskCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory, QObject *parent)
    : HeadlessCommand(std::move(options), std::move(settings), std::move(dataDirectory), parent)
{ }

std::optional<Backend> AskCommand::prepare()
{
    Backend backend = m_settings.backend;
    const auto sessionId = resolveSession(backend);
    if (!sessionId) {
        end(sessionId.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
            sessionId.error().message);
        return std::nullopt;
    }
    m_sessionId = *sessionId;
    return backend;
}

void AskCommand::run()
{
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
    connect(m_controller.get(), &SessionController::turnQueued, this,
            [this](const QString &, int, const AgentError &error) { endQueued(error.message); });
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

    const auto sent = m_controller->send(m_sessionId, m_options.text);
    if (!sent) {
        end(ExitCode::store, sent.error().message);
        return;
    }
    if (!m_controller->isBusy(m_sessionId))
        endQueued(tr("Earlier messages of this session are still waiting for the server."));
}

void AskCommand::endQueued(const QString &reason)
{
    end(ExitCode::network,
        reason + u'\n' +
            tr("Your message is saved and queued: it goes to the server with the next sync "
               "(govstack-desktop sync, or the app)."));
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
