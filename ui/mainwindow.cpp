#include "mainwindow.h"

#include "continuewhilealive.h"

#include "apikeysaver.h"
#include "audittraildialog.h"
#include "chatactions.h"
#include "chatview.h"
#include "composer.h"
#include "connectionindicator.h"
#include "conversationcommands.h"
#include "credentialstore.h"
#include "exportnotice.h"
#include "managedpolicy.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "printcommands.h"
#include "recordactions.h"
#include "recordcommands.h"
#include "reviewwindow.h"
#include "sessioncontroller.h"
#include "sessionfiles.h"
#include "sessionsidebar.h"
#include "sessiontransfer.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "signingkeys.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "syncstatusview.h"
#include "uilanguage.h"
#include "windowmenus.h"
#include "windowplacement.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

SessionTransfer *transferFor(const MainWindow::Context &context, QObject *parent)
{
    auto *transfer = new SessionTransfer(context.store, parent);
    transfer->setSigningKeys(context.signingKeys);
    return transfer;
}

} // namespace

MainWindow::MainWindow(Context context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_actions(new ChatActions(
          {m_context.store, m_context.controller, m_context.sync, m_context.userId, m_context.newSessionBackend}, this))
    , m_files(new SessionFiles(transferFor(m_context, this), this))
{
    createWidgets();
    createMenus();
    m_commands->followTurns(m_context.controller);
    retranslate();
    restoreState();
    updateComposer();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_sidebar = new SessionSidebar(m_actions->source());

    m_chat = new ChatView(m_actions->source());
    m_chat->setFirstRun(m_context.firstRun, m_context.tester);
    m_commands = new ConversationCommands(m_actions, m_chat, this);
    m_print = new PrintCommands(m_context.store, m_actions, this);
    m_records = new RecordCommands(new RecordActions(m_context.store, this), m_actions->source(), this);
    m_records->setTrashDays(effectiveSettings(m_context.settings).trashDays);
    connect(m_print, &PrintCommands::pdfExported, this, [this](const QString &path, int) {
        statusBar()->clearMessage();
        m_exportNotice->showExported(path, 1, QString(), QString());
    });
    m_commands->setPersonalDataBlocked(m_context.policy &&
                                       m_context.policy->personalDataRule() == ManagedPolicy::PersonalDataRule::Block);
    m_commands->followSync(m_context.sync);
    m_keys = new ApiKeySaver(m_context.credentials, this);
    connect(m_keys, &ApiKeySaver::keyReady, this, &MainWindow::apiKeyChanged);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_chat);
    // The conversations' column grows with the window too, less than the chat.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({280, 680});
    setCentralWidget(m_splitter);

    m_backendLabel = new QLabel;
    m_backendLabel->setObjectName(u"backendStatus"_s);
    m_connection = new ConnectionIndicator;
    m_connection->setState(m_context.firstRun ? ConnectionIndicator::State::NotSetUp
                                              : ConnectionIndicator::State::Unknown);
    m_syncStatus = new SyncStatusView(m_context.sync);
    m_exportNotice = new ExportNotice;
    statusBar()->addWidget(m_exportNotice);
    connect(m_files, &SessionFiles::exported, this,
            [this](const QString &path, int count, const QString &fingerprint, const QString &unsignedReason) {
                statusBar()->clearMessage();
                m_exportNotice->showExported(path, count, fingerprint, unsignedReason);
            });
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_backendLabel);
    m_connection->follow(m_context.controller, m_context.sync, m_actions);

    // Keyboard order: sidebar, chat, composer.
    setTabOrder(m_sidebar->lastInTabOrder(), m_chat->firstInTabOrder());

    connect(m_sidebar, &SessionSidebar::searchHitActivated, this, &MainWindow::openSessionAt);
    connect(m_sidebar, &SessionSidebar::searchFinished, this, &MainWindow::showStatus);
    connect(m_sidebar, &SessionSidebar::sessionActivated, this, &MainWindow::openSession);
    // Chosen with a click or Enter, the conversation is there to continue; browsed with the arrow
    // keys, the keyboard stays in the list.
    connect(m_sidebar, &SessionSidebar::sessionChosen, m_chat, &ChatView::focusComposer);
    connect(m_sidebar, &SessionSidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_actions->source(), &ChatSource::syncStateChanged, this, [this](const QString &sessionId) {
        if (sessionId == currentSessionId())
            showSyncState();
    });
    connect(m_sidebar, &SessionSidebar::renameRequested, m_commands, &ConversationCommands::rename);
    connect(m_chat, &ChatView::settingsRequested, this, &MainWindow::openSettings);
    connect(m_chat, &ChatView::sendRequested, this, [this](const QString &text) {
        if (m_context.firstRun && m_context.policy && !m_context.policy->allowsSendingBeforeSetup()) {
            QMessageBox::information(this, tr("Set Up First"),
                                     tr("Your organisation asks that GovStack Desktop is set up before anything is "
                                        "sent. Open Settings, enter the server address and your key, and save."));
            return openSettings();
        }
        m_commands->send(text);
    });
    connect(m_chat->delegate(), &MessageDelegate::copyRequested, this, &MainWindow::copyMessage);
    connect(m_chat->delegate(), &MessageDelegate::retryRequested, m_commands, &ConversationCommands::retry);
    connect(m_chat->delegate(), &MessageDelegate::rateRequested, m_commands, &ConversationCommands::rate);
    connect(m_chat->delegate(), &MessageDelegate::cancelRequested, this,
            [this] { m_actions->cancel(currentSessionId()); });
    connect(m_chat->delegate(), &MessageDelegate::settingsRequested, this, &MainWindow::openSettings);
    connect(m_chat->delegate(), &MessageDelegate::followUpRequested, m_commands, &ConversationCommands::send);
    connect(m_chat->delegate(), &MessageDelegate::askAgainRequested, m_commands,
            qOverload<const QModelIndex &>(&ConversationCommands::askAgain));
    connect(m_chat->delegate(), &MessageDelegate::continueRequested, m_commands,
            &ConversationCommands::continueInNewChat);
    connect(m_chat->delegate(), &MessageDelegate::versionRequested, m_commands, &ConversationCommands::showVersion);
    connect(m_commands, &ConversationCommands::versionShown, this, &MainWindow::showVersion);
    // A conversation continued from another opens that one, at the version it was taken from.
    connect(m_chat, &ChatView::originRequested, this, [this] { openSessionAt(m_origin, -1); });
    connect(m_commands, &ConversationCommands::sessionCreated, this, [this](const QString &sessionId) {
        m_sidebar->clearSearch();
        openSession(sessionId);
    });
    connect(m_commands, &ConversationCommands::openSessionRemoved, this,
            [this] { openSession(std::exchange(m_afterDelete, QString())); });
    connect(m_commands, &ConversationCommands::statusChanged, this, &MainWindow::showStatus);
    connect(m_commands, &ConversationCommands::sendingChanged, this, &MainWindow::updateComposer);
    connect(m_chat->delegate(), &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        if (MessageDocuments::isSafeLink(url))
            QDesktopServices::openUrl(url);
    });
}

void MainWindow::createMenus()
{
    using Command = WindowMenus::Command;
    m_menus = new WindowMenus(menuBar(), this);
    m_menus->setEnabled(Command::Settings, m_context.tester != nullptr);
    m_menus->setEnabled(Command::OpenFromServer, m_context.sync != nullptr);
    m_menus->setEnabled(Command::SyncNow, m_context.sync != nullptr);
    if (m_context.policy) {
        QStringList formats;
        for (const QString &format : {u"json"_s, u"markdown"_s, u"pdf"_s}) {
            if (m_context.policy->allowsExport(format))
                formats << format;
        }
        m_files->setAllowedFormats(formats);
    }
    m_chat->messageView()->addAction(m_menus->action(Command::CopyMessage));
    // The list's context menu (right button, Menu key, Shift+F10) offers what the Session menu does.
    for (const Command command : {Command::Rename, Command::Pin, Command::Export, Command::Delete})
        m_sidebar->addListAction(m_menus->action(command));
    m_records->setHoldActions(m_menus->action(Command::LegalHold), m_menus->action(Command::LegalHoldAll));
    connect(m_menus, &WindowMenus::triggered, this, &MainWindow::run);
}

void MainWindow::run(WindowMenus::Command command)
{
    using Command = WindowMenus::Command;
    switch (command) {
    case Command::NewChat:
        return newChat();
    case Command::Settings:
        return openSettings();
    case Command::OpenFromServer:
        return openFromServer();
    case Command::SyncNow:
        return syncNow();
    case Command::Import:
        return m_files->importWithDialog();
    case Command::ExportAll:
        return exportAll();
    case Command::Quit:
        close();
        return;
    case Command::CopyMessage:
        return copyMessage(m_chat->messageView()->currentIndex());
    case Command::FilterConversations:
        return m_sidebar->focusSearch(SessionSidebar::Scope::Titles);
    case Command::SearchMessages:
        return m_sidebar->focusSearch(SessionSidebar::Scope::Messages);
    case Command::GoToConversations:
        return m_sidebar->focusList();
    case Command::GoToMessageBox:
        return m_chat->composer()->setFocus();
    case Command::Review:
        return openReview();
    case Command::AuditTrail:
        return openAuditTrail();
    case Command::Trash:
        return m_records->openTrash();
    case Command::LegalHold:
        return m_records->changeHold();
    case Command::LegalHoldAll:
        return m_records->changeHoldAll();
    case Command::Rename:
        return renameCurrent();
    case Command::Pin:
        return togglePinCurrent();
    case Command::Export:
        return m_files->exportWithDialog(selectedSessionIds(), m_sidebar->titleOf(currentSessionId()));
    case Command::ExportPdf:
        return m_print->exportPdfWithDialog(currentSessionId(), m_sidebar->titleOf(currentSessionId()));
    case Command::Print:
        return m_print->printWithDialog(currentSessionId());
    case Command::Delete:
        return deleteCurrent();
    case Command::Retry:
        if (const QModelIndex waiting = m_chat->lastWaitingMessage(); waiting.isValid())
            m_commands->retry(waiting);
        return;
    case Command::Cancel:
        return m_actions->cancel(currentSessionId());
    case Command::KeyboardShortcuts:
        ShortcutsDialog(m_menus->shortcuts(), this).exec();
        return;
    case Command::About:
        return showAbout();
    }
}

void MainWindow::exportAll()
{
    continueWhileAlive(m_actions->allSessionIds(), this, [this](const Result<QStringList> &all) {
        if (all && !all->isEmpty())
            m_files->exportWithDialog(*all);
    });
}

void MainWindow::showAbout()
{
    if (!m_context.signingKeys) {
        showAboutWithKey(QString());
        return;
    }
    m_context.signingKeys->obtain([self = QPointer(this)](const Result<SigningKey> &key) {
        if (self)
            self->showAboutWithKey(key ? Result<QString>(key->fingerprint()) : Result<QString>(key.error()));
    });
}

void MainWindow::showAboutWithKey(const Result<QString> &fingerprint)
{
    QString text = tr("<h3>GovStack Desktop %1</h3><p>Chat with the GovStack AI assistant about government "
                      "services. Conversations are kept on this computer.</p>")
                       .arg(QCoreApplication::applicationVersion());
    if (fingerprint && !fingerprint->isEmpty()) {
        text += u"<p>"_s + tr("Exports from this computer are signed with the key:") + u"<br><b><tt>"_s +
            fingerprint->toHtmlEscaped() + u"</tt></b><br>"_s +
            tr("Compare it with what <tt>govstack-desktop verify</tt> says of a file.") + u"</p>"_s;
    } else if (!fingerprint) {
        text +=
            u"<p>"_s + tr("Exports cannot be signed: %1").arg(fingerprint.error().message.toHtmlEscaped()) + u"</p>"_s;
    }
    QMessageBox::about(this, tr("About GovStack Desktop"), text);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GovStack Desktop"));
    m_sidebar->retranslate();
    m_exportNotice->retranslate();
    m_chat->retranslate();
    m_backendLabel->setText(m_context.settings.describe());
    m_syncStatus->retranslate();
    m_connection->setServerDescription(m_context.settings.describe());

    m_menus->retranslate();
}

void MainWindow::restoreState()
{
    WindowPlacement::restore(this, m_splitter);
    openSession({});
    m_chat->focusComposer();
    // The last conversation comes back once the store has found it still there.
    const QString last = QSettings().value(u"window/lastSession"_s).toString();
    if (last.isEmpty())
        return;
    continueWhileAlive(m_actions->session(last), this, [this, last](const Result<ChatSession> &session) {
        if (session && currentSessionId().isEmpty())
            openSession(last);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowPlacement::save(this, m_splitter);
    QSettings().setValue(u"window/lastSession"_s, currentSessionId());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

QString MainWindow::currentSessionId() const
{
    return m_conversationId;
}

void MainWindow::openSession(const QString &sessionId)
{
    if (sessionId != m_conversationId)
        showOrigin({});
    m_conversationId = sessionId;
    m_sidebar->showSession(sessionId);
    showVersion(sessionId);
    if (sessionId.isEmpty())
        return;
    // A conversation with several versions shows (and continues) the one chosen last, once the
    // store has said which.
    continueWhileAlive(m_actions->shownVersion(sessionId), this, [this, sessionId](const Result<QString> &shown) {
        if (shown && sessionId == m_conversationId && *shown != m_chat->sessionId())
            showVersion(*shown);
    });
}

void MainWindow::showVersion(const QString &versionId)
{
    m_chat->showSession(versionId, m_actions->sendingTurn(versionId));
    updateComposer();
    showSyncState();
}

void MainWindow::showSyncState()
{
    const QString sessionId = currentSessionId();
    if (sessionId.isEmpty())
        return;
    // Shown unless the session changed or something newer was said meanwhile.
    const quint64 asked = m_statusShown;
    continueWhileAlive(m_actions->session(sessionId), this,
                       [this, sessionId, asked](const Result<ChatSession> &session) {
                           if (!session || sessionId != currentSessionId())
                               return;
                           showOrigin(session->forkedFrom);
                           if (asked == m_statusShown)
                               showStatus(SyncStatusView::standing(*session, m_actions->keptOnAnotherServer(*session)));
                       });
}

void MainWindow::showOrigin(const QString &forkedFrom)
{
    m_origin = forkedFrom;
    if (forkedFrom.isEmpty())
        return m_chat->setOrigin({});
    continueWhileAlive(m_actions->session(forkedFrom), this, [this, forkedFrom](const Result<ChatSession> &original) {
        if (forkedFrom != m_origin)
            return;
        // The conversation it came from may have been deleted since; then nothing is offered.
        m_chat->setOrigin(original ? (original->title.isEmpty() ? tr("New conversation") : original->title)
                                   : QString());
    });
}

void MainWindow::openSessionAt(const QString &sessionId, int seq)
{
    // A hit may be in any version of a conversation: the conversation opens at that version.
    continueWhileAlive(m_actions->session(sessionId), this, [this, sessionId, seq](const Result<ChatSession> &found) {
        if (!found)
            return;
        m_conversationId = found->conversationId;
        m_sidebar->showSession(m_conversationId);
        if (m_chat->sessionId() != sessionId)
            m_commands->showVersion(sessionId);
        if (seq >= 0)
            m_chat->showMessage(seq);
        m_chat->focusComposer();
    });
}

QStringList MainWindow::selectedSessionIds() const
{
    QStringList ids = m_sidebar->selectedSessionIds();
    if (ids.isEmpty() && !currentSessionId().isEmpty())
        ids << currentSessionId();
    return ids;
}

ReviewWindow *MainWindow::reviewWindow() const
{
    return m_review.data();
}

void MainWindow::openAuditTrail()
{
    // One at a time, like the review window; it closes with the main window.
    if (!m_auditTrail) {
        m_auditTrail = new AuditTrailDialog(m_actions, this);
        m_auditTrail->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditTrail->reload();
    }
    m_auditTrail->show();
    m_auditTrail->raise();
    m_auditTrail->activateWindow();
}

void MainWindow::openReview()
{
    if (!m_review) {
        m_review = new ReviewWindow(m_actions->source(), m_files, this);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        WindowPlacement::centreOver(m_review, this);
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

void MainWindow::newChat()
{
    // A draft: the conversation is stored with its first message, so no empty ones pile up.
    m_sidebar->clearSearch();
    openSession({});
    m_chat->focusComposer();
}

void MainWindow::renameCurrent()
{
    m_sidebar->editCurrentTitle();
}

void MainWindow::togglePinCurrent()
{
    if (const QString sessionId = currentSessionId(); !sessionId.isEmpty())
        m_commands->togglePin(sessionId);
}

void MainWindow::deleteCurrent()
{
    const QString sessionId = currentSessionId();
    if (sessionId.isEmpty())
        return;
    // Once it is gone, the conversation below it in the list opens (or the one above the last).
    m_afterDelete = m_sidebar->neighbourOf(sessionId);
    m_commands->remove(sessionId);
}

void MainWindow::openSettings()
{
    if (!m_context.tester)
        return;
    // Shown as they are in force: the organisation's values in place of the user's.
    SettingsDialog dialog(effectiveSettings(m_context.settings), m_context.tester, this);
    dialog.setOutlookSource([this](int days) { return m_records->actions()->outlook(days); });
    if (m_context.policy)
        dialog.applyPolicy(*m_context.policy);
    connect(&dialog, &SettingsDialog::uiLanguageChosen, this, &UiLanguage::apply);
    if (m_context.credentials) {
        // Which key is in use: the keychain's answer arrives while the dialog is open.
        const ConnectionSettings &current = m_context.settings;
        const QString entry = CredentialStore::entryFor(current.backend, current.serverUrl(current.backend));
        m_context.credentials->read(entry,
                                    [dialog = QPointer<SettingsDialog>(&dialog), entry](const Result<QString> &key) {
                                        if (dialog && key)
                                            dialog->setKeyStored(entry, !key->isEmpty());
                                    });
    }
    if (dialog.exec() != QDialog::Accepted) {
        UiLanguage::apply(m_context.settings.uiLanguage);
        return;
    }
    const ConnectionSettings chosen = effectiveSettings(dialog.settings());
    m_records->setTrashDays(chosen.trashDays);
    QSettings file;
    chosen.save(file);
    m_context.settings = chosen;
    m_context.newSessionBackend = chosen.backend;
    m_actions->setDefaults(chosen.userId, chosen.backend);
    m_context.firstRun = false;
    m_chat->setFirstRun(false, false);
    m_connection->setState(ConnectionIndicator::State::Unknown);
    retranslate();
    Q_EMIT settingsChanged(chosen);
    if (!dialog.apiKey().isEmpty())
        m_keys->save(chosen, dialog.apiKey());
}

void MainWindow::openFromServer()
{
    m_commands->openFromServer();
}

void MainWindow::syncNow()
{
    if (m_context.scheduler)
        m_context.scheduler->syncNow();
    else if (m_context.sync)
        m_context.sync->start();
}

void MainWindow::copyMessage(const QModelIndex &index)
{
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(MessageListModel::TextRole).toString());
}

void MainWindow::updateComposer()
{
    // The message box stays open while an answer is awaited: the next question waits behind it.
    const bool waiting = m_actions->sendingTurn(currentSessionId()).has_value();
    using Command = WindowMenus::Command;
    m_menus->setEnabled(Command::Cancel, waiting);
    const bool hasSession = !currentSessionId().isEmpty();
    for (const Command command : {Command::Rename, Command::Pin, Command::Delete, Command::Retry})
        m_menus->setEnabled(command, hasSession);
    m_records->follow(currentSessionId());
    const bool mayExport = m_files->mayExport();
    m_menus->setEnabled(Command::Export, hasSession && mayExport);
    m_menus->setEnabled(Command::ExportAll, mayExport);
    const bool mayPrint = m_files->allowedFormats().contains(u"pdf"_s);
    m_menus->setEnabled(Command::ExportPdf, hasSession && mayPrint);
    m_menus->setEnabled(Command::Print, hasSession && mayPrint);
}

ConnectionSettings MainWindow::effectiveSettings(const ConnectionSettings &settings) const
{
    return m_context.policy ? m_context.policy->applyTo(settings) : settings;
}

void MainWindow::showTidied(const QStringList &trashed, const QStringList &purged)
{
    QStringList said;
    if (!trashed.isEmpty())
        said << tr("%n conversation(s) without activity for longer than the retention period moved to the Trash.",
                   nullptr, int(trashed.size()));
    if (!purged.isEmpty())
        said << tr("The Trash deleted %n conversation(s) for good.", nullptr, int(purged.size()));
    showStatus(said.join(u' '));
}

void MainWindow::showStatus(const QString &state)
{
    ++m_statusShown;
    statusBar()->showMessage(state);
}
