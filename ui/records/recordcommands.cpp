#include "recordcommands.h"

#include "chatsource.h"
#include "continuewhilealive.h"
#include "questionbox.h"
#include "recordactions.h"
#include "trashdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

RecordCommands::RecordCommands(RecordActions *actions, ChatSource *source, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_source(source)
    , m_window(window)
{
    // A hold placed by a headless command shows too (the store reports its change as external).
    connect(source, &ChatSource::holdChanged, this, &RecordCommands::refreshChecks);
    connect(source, &ChatSource::externalChangeDetected, this, &RecordCommands::refreshChecks);
    connect(source, &ChatSource::sessionDeleted, this, [this] {
        if (m_trash)
            m_trash->reload();
    });
    connect(source, &ChatSource::sessionCreated, this, [this] {
        if (m_trash)
            m_trash->reload();
    });
}

void RecordCommands::setHoldActions(QAction *hold, QAction *holdAll)
{
    m_hold = hold;
    m_holdAll = holdAll;
    refreshChecks();
}

void RecordCommands::follow(const QString &sessionId)
{
    m_sessionId = sessionId;
    refreshChecks();
}

void RecordCommands::refreshChecks()
{
    if (!m_hold)
        return;
    m_hold->setEnabled(!m_sessionId.isEmpty());
    continueWhileAlive(m_actions->holdAll(), this,
                       [this](const Result<bool> &all) { m_holdAll->setChecked(all && *all); });
    if (m_sessionId.isEmpty()) {
        m_hold->setChecked(false);
        return;
    }
    const QString sessionId = m_sessionId;
    continueWhileAlive(
        m_source->read<ChatSession>([sessionId](const ChatSource &source) { return source.chat(sessionId); }), this,
        [this, sessionId](const Result<ChatSession> &session) {
            if (sessionId == m_sessionId)
                m_hold->setChecked(session && session->onHold);
        });
}

TrashDialog *RecordCommands::trashDialog() const
{
    return m_trash.data();
}

void RecordCommands::openTrash()
{
    if (!m_trash) {
        m_trash = new TrashDialog(m_actions, m_trashDays, m_window);
        m_trash->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_trash->show();
    m_trash->raise();
    m_trash->activateWindow();
}

void RecordCommands::changeHold()
{
    const QString sessionId = m_sessionId;
    applyHold(m_hold,
              tr("Lift the legal hold on this conversation? Anyone can then delete it, and retention can move it to "
                 "the Trash."),
              [this, sessionId](bool held) { return m_actions->setOnHold(sessionId, held); });
}

void RecordCommands::changeHoldAll()
{
    applyHold(m_holdAll,
              tr("Lift the legal hold on every conversation? Conversations without a hold of their own can then be "
                 "deleted."),
              [this](bool held) { return m_actions->setHoldAll(held); });
}

void RecordCommands::applyHold(QAction *entry, const QString &liftQuestion,
                               const std::function<QFuture<Result<void>>(bool held)> &change)
{
    // Placing a hold keeps records: done at once. Lifting one lets them go: asked first.
    const bool held = entry->isChecked();
    if (!held && !QuestionBox::confirm(m_window, tr("Lift Legal Hold"), liftQuestion, tr("Lift Hold"))) {
        entry->setChecked(true);
        return;
    }
    continueWhileAlive(change(held), this, [this](const Result<void> &changed) {
        if (!changed)
            showRefusal(tr("Legal Hold"), changed.error().message);
        refreshChecks();
    });
}

void RecordCommands::showRefusal(const QString &title, const QString &error)
{
    QMessageBox::warning(m_window, title, error);
}
