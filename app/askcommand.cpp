#include "askcommand.h"

#include "continuewhilealive.h"

#include "agentbackend.h"
#include "chatstore.h"
#include "exitcode.h"
#include "managedpolicy.h"
#include "personaldata.h"
#include "pydanticaicodec.h"
#include "sessioncontroller.h"

#include <QLocale>
#include <QTextStream>

AskCommand::AskCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory, QObject *parent)
    : HeadlessCommand(std::move(options), std::move(settings), std::move(dataDirectory), parent)
{ }

std::optional<Backend> AskCommand::prepare()
{
    const bool blocked = ManagedPolicy::load().personalDataRule() == ManagedPolicy::PersonalDataRule::Block;
    if (!m_options.personalData.isEmpty() && (blocked || !m_options.allowPersonalData)) {
        // The words name the kinds found, never the values; the audit trail keeps the same.
        const auto recorded = m_store->recordAudit(AuditEvent::personalDataWarning(m_options.personalData, u"refused"));
        if (!recorded)
            QTextStream(stderr) << recorded.error().message << Qt::endl;
        const QString kinds = PersonalData::describeKeys(m_options.personalData);
        end(ExitCode::usage,
            blocked ? tr("Your message holds personal data (%1). Your organisation does not allow sending it; nothing "
                         "was saved or sent. Take it out and ask again.")
                          .arg(kinds)
                    : tr("Your message holds personal data (%1). Nothing was saved or sent. Take it out, or add "
                         "--allow-personal-data to send it as it is.")
                          .arg(kinds));
        return std::nullopt;
    }
    Backend backend = m_settings.backend;
    const auto sessionId = resolveSession(backend);
    if (!sessionId) {
        end(sessionId.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
            sessionId.error().message);
        return std::nullopt;
    }
    m_sessionId = *sessionId;
    if (const auto question = m_options.editQuestion ? m_options.editQuestion : m_options.regenerateQuestion) {
        // Asked again in a new version of the conversation, which the next questions continue.
        const auto started = m_store->startVersion(
            m_sessionId, *question, m_options.editQuestion ? VersionKind::Edit : VersionKind::Regenerate);
        if (!started) {
            end(started.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
                started.error().message);
            return std::nullopt;
        }
        m_sessionId = started->sessionId;
        m_queuedTurn = started->queuedTurn;
        QTextStream(stderr) << tr("New version of the conversation: %1").arg(m_sessionId) << Qt::endl;
    }
    return backend;
}

void AskCommand::run()
{
    const auto mine = [this](const QString &session) { return session == m_sessionId; };
    connect(m_controller.get(), &SessionController::turnCompleted, this, [this, mine](const QString &session) {
        if (mine(session))
            checkOutcome();
    });
    connect(m_controller.get(), &SessionController::turnFailed, this, [this, mine](const QString &session) {
        if (mine(session))
            checkOutcome();
    });
    connect(m_controller.get(), &SessionController::deliveryEnded, this, [this, mine](const QString &session) {
        if (mine(session))
            checkOutcome();
    });
    connect(m_controller.get(), &SessionController::waitingForOtherSender, this,
            [this, mine](const QString &session, const QDateTime &until) {
                if (!mine(session) || std::exchange(m_toldWaiting, true))
                    return;
                QTextStream(stderr) << tr("Another GovStack Desktop process is sending an earlier message of this "
                                          "session; yours goes after it (at the latest after %1).")
                                           .arg(QLocale().toString(until.toLocalTime().time()))
                                    << Qt::endl;
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

    reportInterrupted();
    if (m_queuedTurn) {
        // The question stored as it was first asked, waiting in the new version: sent as a waiting message.
        if (const auto request = m_store->storedMessage(m_sessionId, *m_queuedTurn))
            m_request = request->message;
        continueWhileAlive(m_controller->retry(m_sessionId, *m_queuedTurn), this, [this](const Result<void> &sent) {
            if (!sent)
                return end(ExitCode::store, sent.error().message);
            checkOutcome();
        });
        return;
    }
    continueWhileAlive(m_controller->send(m_sessionId, m_options.text), this, [this](const Result<int> &sent) {
        if (!sent) {
            end(sent.error().code == Error::Code::Conflict ? ExitCode::usage : ExitCode::store, sent.error().message);
            return;
        }
        if (const auto request = m_store->storedMessage(m_sessionId, *sent))
            m_request = request->message;
        checkOutcome();
    });
}

void AskCommand::reportInterrupted()
{
    (void)m_store->recoverInterrupted();
    const int interrupted = m_store->unansweredTurns().valueOr({}).value(m_sessionId).interrupted;
    if (interrupted == 0)
        return;
    QTextStream(stderr) << (m_backend->keepsHistory()
                                ? tr("%n earlier message(s) of this session were interrupted while being sent (the "
                                     "app stopped). Each is looked for on the server and sent first if it is not "
                                     "there.",
                                     nullptr, interrupted)
                                : tr("%n earlier message(s) of this session were interrupted before their answer "
                                     "was complete; what arrived is kept. Retry them in the app.",
                                     nullptr, interrupted))
                        << Qt::endl;
}

void AskCommand::checkOutcome()
{
    if (m_ended || !m_request)
        return;
    const auto stored = m_store->loadStoredMessages(m_sessionId);
    if (!stored)
        return;
    const QByteArray wanted = PydanticAiCodec::encodeMessage(*m_request);
    const auto request = std::find_if(stored->cbegin(), stored->cend(), [&](const StoredMessage &entry) {
        return entry.message.isRequest() && PydanticAiCodec::encodeMessage(entry.message) == wanted;
    });
    if (request == stored->cend())
        return;
    switch (request->status) {
    case MessageStatus::Ok: {
        QString answer;
        for (const StoredMessage &entry : *stored) {
            if (entry.turn == request->turn && entry.message.isResponse() && entry.status == MessageStatus::Ok &&
                !entry.message.text().isEmpty())
                answer = entry.message.text();
        }
        m_ended = true;
        m_giveUp.stop();
        QTextStream(stdout) << answer << Qt::endl;
        end(ExitCode::ok);
        return;
    }
    case MessageStatus::Failed:
        m_ended = true;
        end(ExitCode::network,
            request->error + u'\n' + tr("Your message is saved in the session; send it again with the app's Retry."));
        return;
    case MessageStatus::Queued:
        if (m_controller->isBusy(m_sessionId))
            return;
        m_ended = true;
        endQueued(request->error.isEmpty() ? tr("Earlier messages of this session are still waiting for the server.")
                                           : request->error);
        return;
    case MessageStatus::Pending:
    case MessageStatus::Incomplete:
        return;
    }
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
        // A session stays with the back end it was started with, unless --backend says otherwise;
        // the conversation goes on in the version shown.
        backend = m_options.backend.value_or(session->backend);
        return m_store->shownVersion(session->sessionId);
    }
    auto created = m_store->createChatSession(m_settings.userId, backend);
    if (created)
        QTextStream(stderr) << tr("New session: %1").arg(*created) << Qt::endl;
    return created;
}
