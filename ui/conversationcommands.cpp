#include "conversationcommands.h"

#include "chatactions.h"
#include "chatview.h"
#include "composer.h"
#include "continuewhilealive.h"
#include "messagelistmodel.h"
#include "personaldataprompt.h"
#include "questionbox.h"
#include "ratingdialog.h"
#include "sessioncontroller.h"
#include "syncengine.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ConversationCommands::ConversationCommands(ChatActions *actions, ChatView *chat, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_chat(chat)
    , m_window(window)
{ }

void ConversationCommands::followTurns(SessionController *controller)
{
    connect(controller, &SessionController::turnSending, this, [this](const QString &sessionId, int turn) {
        if (sessionId == m_chat->sessionId()) {
            m_chat->messages()->beginPending(turn);
            Q_EMIT statusChanged(tr("Waiting for the answer…"));
        }
        Q_EMIT sendingChanged();
    });
    connect(controller, &SessionController::deliveryEnded, this, &ConversationCommands::sendingChanged);
    connect(controller, &SessionController::textStreamed, this,
            [this](const QString &sessionId, int turn, const QString &delta) {
                if (sessionId == m_chat->sessionId())
                    m_chat->messages()->appendStreamedText(turn, delta);
            });
    const auto ended = [this](const QString &sessionId, const QString &status) {
        if (sessionId == m_chat->sessionId())
            m_chat->messages()->endPending();
        Q_EMIT sendingChanged();
        Q_EMIT statusChanged(status);
    };
    // What became of a message is said beside it; the status bar only lets go of "Waiting for the answer…".
    connect(controller, &SessionController::turnCompleted, this, [this, ended](const QString &sessionId) {
        ended(sessionId, QString());
        if (sessionId == m_chat->sessionId())
            m_chat->announceAnswer();
    });
    connect(controller, &SessionController::turnFailed, this,
            [ended](const QString &sessionId, int, const AgentError &error) {
                ended(sessionId, error.kind == AgentError::Kind::Cancelled ? tr("Cancelled") : QString());
            });
    connect(controller, &SessionController::turnQueued, this,
            [ended](const QString &sessionId) { ended(sessionId, QString()); });
    connect(controller, &SessionController::storeFailed, this,
            [this, ended](const QString &sessionId, const Error &error) {
                ended(sessionId, tr("Saving failed"));
                QMessageBox::critical(m_window, tr("Saving failed"), error.message);
            });
}

void ConversationCommands::followSync(SyncEngine *sync)
{
    m_sync = sync;
    if (sync)
        connect(sync, &SyncEngine::finished, this, &ConversationCommands::fetched);
}

void ConversationCommands::openFromServer()
{
    if (!m_sync)
        return;
    bool ok = false;
    const QString sessionId = QInputDialog::getText(m_window, tr("Open from server"),
                                                    tr("Session id (as the server or the web app shows it):"),
                                                    QLineEdit::Normal, QString(), &ok)
                                  .trimmed();
    if (!ok || sessionId.isEmpty())
        return;
    m_fetchingId = sessionId;
    m_sync->resume();
    m_sync->fetch(sessionId);
}

void ConversationCommands::fetched(const SyncReport &report)
{
    if (m_fetchingId.isEmpty())
        return;
    const QString sessionId = std::exchange(m_fetchingId, QString());
    if (report.sessionsFetched > 0)
        Q_EMIT sessionCreated(sessionId);
    else
        QMessageBox::warning(m_window, tr("Open from server"),
                             report.stoppedBy ? report.stoppedBy->message : report.problems.join(u'\n'));
}

void ConversationCommands::createThen(std::function<void(const QString &sessionId)> then)
{
    continueWhileAlive(m_actions->create(), this, [this, then = std::move(then)](const Result<QString> &created) {
        if (!created) {
            QMessageBox::critical(m_window, tr("New chat"), created.error().message);
            return;
        }
        Q_EMIT sessionCreated(*created);
        then(*created);
    });
}

void ConversationCommands::send(const QString &typed)
{
    if (typed.isEmpty())
        return;
    const auto checked = PersonalDataPrompt::confirm(typed, m_chat->composer(), m_window, m_personalDataBlocked);
    if (!checked.kinds.isEmpty())
        m_actions->recordAudit(AuditEvent::personalDataWarning(checked.kinds, checked.choice));
    if (!checked.text)
        return;
    const QString text = *checked.text;
    // The box is emptied at once, and keeps the keyboard for the next question; the question comes
    // back to it if it could not be stored.
    if (const auto edited = m_chat->editedTurn()) {
        m_chat->endEdit();
        return askAgain(*edited, VersionKind::Edit, text);
    }
    m_chat->composer()->clear();
    m_chat->focusComposer();
    if (const QString sessionId = m_chat->sessionId(); !sessionId.isEmpty())
        sendTo(sessionId, text);
    else
        createThen([this, text](const QString &sessionId) { sendTo(sessionId, text); });
}

void ConversationCommands::sendTo(const QString &sessionId, const QString &text)
{
    const auto failed = [this, text](const Error &error) {
        if (m_chat->composer()->toPlainText().isEmpty())
            m_chat->composer()->setPlainText(text);
        QMessageBox::warning(m_window, tr("Send"), error.message);
    };
    // To the version the conversation shows as the store has it: a version chosen a moment ago
    // (its write goes first on the store's thread), not the one the window opened with.
    continueWhileAlive(m_actions->shownVersion(sessionId), this, [this, text, failed](const Result<QString> &shown) {
        if (!shown)
            return failed(shown.error());
        if (*shown != m_chat->sessionId())
            Q_EMIT versionShown(*shown);
        continueWhileAlive(m_actions->send(*shown, text), this, [this, failed](const Result<int> &turn) {
            if (!turn)
                return failed(turn.error());
            Q_EMIT sendingChanged();
        });
        Q_EMIT sendingChanged();
    });
}

void ConversationCommands::askAgain(const QModelIndex &index)
{
    askAgain(index.data(MessageListModel::TurnRole).toInt(), VersionKind::Regenerate, {});
}

void ConversationCommands::askAgain(int turn, VersionKind kind, const QString &text)
{
    continueWhileAlive(m_actions->askAgain(m_chat->sessionId(), turn, kind, text), this,
                       [this, kind, text](const Result<QString> &version) {
                           if (!version) {
                               if (kind == VersionKind::Edit && m_chat->composer()->toPlainText().isEmpty())
                                   m_chat->composer()->setPlainText(text);
                               QMessageBox::warning(m_window, tr("Ask Again"), version.error().message);
                               return;
                           }
                           Q_EMIT versionShown(*version);
                           Q_EMIT sendingChanged();
                       });
    m_chat->focusComposer();
}

void ConversationCommands::showVersion(const QString &sessionId)
{
    warnIfRefused(m_actions->showVersion(sessionId), tr("Show Version"));
    Q_EMIT versionShown(sessionId);
}

void ConversationCommands::continueInNewChat(const QModelIndex &index)
{
    continueWhileAlive(
        m_actions->continueInNewChat(m_chat->sessionId(), index.data(MessageListModel::TurnRole).toInt()), this,
        [this](const Result<QString> &created) {
            if (!created) {
                QMessageBox::warning(m_window, tr("Continue in a New Chat"), created.error().message);
                return;
            }
            Q_EMIT sessionCreated(*created);
        });
}

void ConversationCommands::retry(const QModelIndex &index)
{
    const bool queued = index.data(MessageListModel::StatusRole).toString() == u"queued";
    const int turn = index.data(MessageListModel::TurnRole).toInt();
    continueWhileAlive(
        m_actions->retry(m_chat->sessionId(), turn, queued), this, [this, queued](const Result<void> &retried) {
            if (!retried) {
                QMessageBox::warning(m_window, queued ? tr("Send Now") : tr("Retry"), retried.error().message);
                return;
            }
            if (queued)
                Q_EMIT statusChanged(tr("Sending the waiting messages…"));
            Q_EMIT sendingChanged();
        });
    m_chat->focusComposer();
}

void ConversationCommands::rate(const QModelIndex &index, int score)
{
    const QString sessionId = m_chat->sessionId();
    RatingDialog dialog(score, index.data(MessageListModel::RatingCommentRole).toString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Rating rating{score, dialog.comment(), QDateTime::currentDateTimeUtc(), false};
    warnIfRefused(m_actions->rate(sessionId, index.data(MessageListModel::SeqRole).toInt(), rating), tr("Rate answer"));
}

void ConversationCommands::togglePin(const QString &sessionId)
{
    warnIfRefused(m_actions->togglePin(sessionId), tr("Pin"));
}

void ConversationCommands::rename(const QString &sessionId, const QString &title)
{
    warnIfRefused(m_actions->rename(sessionId, title), tr("Rename"));
}

void ConversationCommands::remove(const QString &sessionId)
{
    continueWhileAlive(m_actions->session(sessionId), this, [this, sessionId](const Result<ChatSession> &session) {
        if (!session)
            return;
        const QString title = session->title.isEmpty() ? tr("New conversation") : session->title;
        if (session->onHold) {
            // Said before anything is asked; the store refuses it too, whoever asks.
            QMessageBox::information(m_window, tr("Move to Trash"),
                                     tr("“%1” is on legal hold: it cannot be moved to the Trash or deleted until the "
                                        "hold is lifted (Session → Legal Hold).")
                                         .arg(title));
            return;
        }
        // A session the server keeps can go there too; one it no longer has, or never had, only here.
        const bool onServer = !session->serverUrl.isEmpty() && session->syncState != SyncState::Gone;
        std::optional<bool> alsoOnServer = false;
        if (onServer) {
            alsoOnServer = askAlsoOnServer(title, session->messageCount);
        } else if (!QuestionBox::confirm(m_window, tr("Move to Trash"),
                                         tr("Move “%1” and its %n message(s) to the Trash?\n\nYou can restore it "
                                            "from View → Trash until the Trash deletes it for good.",
                                            nullptr, session->messageCount)
                                             .arg(title),
                                         tr("Move to Trash"))) {
            alsoOnServer.reset();
        }
        if (!alsoOnServer)
            return;
        const bool open = sessionId == m_chat->sessionId();
        continueWhileAlive(m_actions->moveToTrash(sessionId, *alsoOnServer), this,
                           [this, open](const Result<void> &deleted) {
                               if (!deleted)
                                   QMessageBox::warning(m_window, tr("Move to Trash"), deleted.error().message);
                               else if (open)
                                   Q_EMIT openSessionRemoved();
                           });
    });
}

std::optional<bool> ConversationCommands::askAlsoOnServer(const QString &title, int messageCount)
{
    QMessageBox box(QMessageBox::Question, tr("Move to Trash"),
                    tr("Move “%1” and its %n message(s) to the Trash?\n\nThe GovStack server keeps a copy of this "
                       "conversation. Deleting it there too cannot be undone; when the server cannot be reached, the "
                       "delete waits and is sent with the next sync.",
                       nullptr, messageCount)
                        .arg(title),
                    QMessageBox::NoButton, m_window);
    QPushButton *here = box.addButton(tr("Move to Trash, Keep the Server's Copy"), QMessageBox::AcceptRole);
    QPushButton *everywhere = box.addButton(tr("Move to Trash and Delete on the Server"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() == here)
        return false;
    if (box.clickedButton() == everywhere)
        return true;
    return std::nullopt;
}

void ConversationCommands::warnIfRefused(QFuture<Result<void>> done, const QString &title)
{
    continueWhileAlive(done, this, [this, title](const Result<void> &outcome) {
        if (!outcome)
            QMessageBox::warning(m_window, title, outcome.error().message);
    });
}
