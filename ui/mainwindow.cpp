#include "mainwindow.h"

#include "continuewhilealive.h"

#include "agenterror.h"
#include "chatactions.h"
#include "chatsource.h"
#include "chatview.h"
#include "composer.h"
#include "conversationcommands.h"
#include "credentialstore.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "questionbox.h"
#include "reviewwindow.h"
#include "sessioncontroller.h"
#include "sessionfiles.h"
#include "sessionsidebar.h"
#include "sessiontransfer.h"
#include "settingsdialog.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "syncstatusview.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Context context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_actions(new ChatActions(
          {m_context.store, m_context.controller, m_context.sync, m_context.userId, m_context.newSessionBackend}, this))
    , m_files(new SessionFiles(new SessionTransfer(m_context.store, this), this))
{
    createWidgets();
    createActions();
    connectController();
    connectSync();
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

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 680});
    setCentralWidget(m_splitter);

    m_backendLabel = new QLabel;
    m_backendLabel->setObjectName(u"backendStatus"_s);
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(u"connectionStatus"_s);
    m_syncStatus = new SyncStatusView(m_context.sync);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_backendLabel);

    // Keyboard order: sidebar, chat, composer.
    setTabOrder(m_sidebar->lastInTabOrder(), m_chat->firstInTabOrder());

    connect(m_sidebar, &SessionSidebar::searchHitActivated, this, &MainWindow::openSessionAt);
    connect(m_sidebar, &SessionSidebar::searchFinished, this, &MainWindow::showStatus);
    connect(m_sidebar, &SessionSidebar::sessionActivated, this, &MainWindow::openSession);
    connect(m_sidebar, &SessionSidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_actions->source(), &ChatSource::syncStateChanged, this, [this](const QString &sessionId) {
        if (sessionId == currentSessionId())
            showSyncState();
    });
    connect(m_sidebar, &SessionSidebar::renameRequested, m_commands, &ConversationCommands::rename);
    connect(m_chat, &ChatView::settingsRequested, this, &MainWindow::openSettings);
    connect(m_chat, &ChatView::sendRequested, m_commands, &ConversationCommands::send);
    connect(m_chat->delegate(), &MessageDelegate::copyRequested, this, &MainWindow::copyMessage);
    connect(m_chat->delegate(), &MessageDelegate::retryRequested, m_commands, &ConversationCommands::retry);
    connect(m_chat->delegate(), &MessageDelegate::rateRequested, m_commands, &ConversationCommands::rate);
    connect(m_chat->delegate(), &MessageDelegate::cancelRequested, this,
            [this] { m_actions->cancel(currentSessionId()); });
    connect(m_chat->delegate(), &MessageDelegate::followUpRequested, m_commands, &ConversationCommands::send);
    connect(m_commands, &ConversationCommands::sessionCreated, this, [this](const QString &sessionId) {
        m_sidebar->clearFilter();
        openSession(sessionId);
    });
    connect(m_commands, &ConversationCommands::sessionRemoved, this, [this](const QString &sessionId) {
        if (sessionId == currentSessionId())
            openSession({});
    });
    connect(m_commands, &ConversationCommands::statusChanged, this, &MainWindow::showStatus);
    connect(m_commands, &ConversationCommands::sendingChanged, this, &MainWindow::updateComposer);
    connect(m_chat->delegate(), &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        if (MessageDelegate::isSafeLink(url))
            QDesktopServices::openUrl(url);
    });
}

void MainWindow::createActions()
{
    const auto action = [this](QMenu *menu, const QKeySequence &shortcut, auto slot) {
        QAction *created = menu->addAction(QString());
        created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    m_newChatAction = action(m_fileMenu, QKeySequence::New, &MainWindow::newChat);
    m_settingsAction = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(m_context.tester != nullptr);
    m_fileMenu->addSeparator();
    m_openFromServerAction =
        action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::openFromServer);
    m_syncNowAction = action(m_fileMenu, QKeySequence(Qt::Key_F5), &MainWindow::syncNow);
    m_fileMenu->addSeparator();
    m_importAction = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_files->importWithDialog(); });
    m_exportAllAction = action(m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        continueWhileAlive(m_actions->allSessionIds(), this, [this](const Result<QStringList> &all) {
            if (all && !all->isEmpty())
                m_files->exportWithDialog(*all);
        });
    });
    m_openFromServerAction->setEnabled(m_context.sync != nullptr);
    m_syncNowAction->setEnabled(m_context.sync != nullptr);
    m_fileMenu->addSeparator();
    m_quitAction = action(m_fileMenu, QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_copyAction =
        action(m_editMenu, QKeySequence::Copy, [this] { copyMessage(m_chat->messageView()->currentIndex()); });
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_chat->messageView()->addAction(m_copyAction);
    m_findAction = action(m_editMenu, QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_sidebar->focusFilter(); });
    m_searchAction =
        action(m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { m_sidebar->focusSearch(); });

    m_viewMenu = menuBar()->addMenu(QString());
    m_focusSidebarAction = action(m_viewMenu, QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_sidebar->focusList(); });
    m_focusChatAction =
        action(m_viewMenu, QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_chat->composer()->setFocus(); });
    m_reviewAction = action(m_viewMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::openReview);

    m_sessionMenu = menuBar()->addMenu(QString());
    m_renameAction = action(m_sessionMenu, QKeySequence(Qt::Key_F2), &MainWindow::renameCurrent);
    m_pinAction = action(m_sessionMenu, QKeySequence(Qt::CTRL | Qt::Key_P), &MainWindow::togglePinCurrent);
    m_exportAction = action(m_sessionMenu, QKeySequence(Qt::CTRL | Qt::Key_E),
                            [this] { m_files->exportWithDialog(selectedSessionIds()); });
    m_deleteAction = action(m_sessionMenu, QKeySequence::Delete, &MainWindow::deleteCurrent);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sidebar->addListAction(m_deleteAction);
    m_sessionMenu->addSeparator();
    m_retryAction = action(m_sessionMenu, QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        for (int row = m_chat->messages()->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = m_chat->messages()->index(row);
            if (const QString status = index.data(MessageListModel::StatusRole).toString();
                status == u"failed" || status == u"queued") {
                m_commands->retry(index);
                return;
            }
        }
    });
    m_cancelAction =
        action(m_sessionMenu, QKeySequence(Qt::Key_Escape), [this] { m_actions->cancel(currentSessionId()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = action(m_helpMenu, QKeySequence(), [this] {
        QMessageBox::about(this, tr("About GovStack Desktop"),
                           tr("<h3>GovStack Desktop %1</h3><p>Chat with the GovStack AI assistant about government "
                              "services. Conversations are kept on this computer.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::connectController()
{
    SessionController *controller = m_context.controller;
    connect(controller, &SessionController::turnSending, this, [this](const QString &sessionId, int turn) {
        if (sessionId == currentSessionId()) {
            m_chat->messages()->beginPending(turn);
            showStatus(tr("Waiting for the answer…"));
        }
        updateComposer();
    });
    connect(controller, &SessionController::deliveryEnded, this, &MainWindow::updateComposer);
    connect(controller, &SessionController::textStreamed, this,
            [this](const QString &sessionId, int turn, const QString &delta) {
                if (sessionId == currentSessionId())
                    m_chat->messages()->appendStreamedText(turn, delta);
            });
    const auto finished = [this](const QString &sessionId) {
        if (sessionId == currentSessionId())
            m_chat->messages()->endPending();
        updateComposer();
    };
    connect(controller, &SessionController::turnCompleted, this, [this, finished](const QString &sessionId) {
        finished(sessionId);
        showStatus(tr("Connected"));
    });
    connect(controller, &SessionController::turnFailed, this,
            [this, finished](const QString &sessionId, int, const AgentError &error) {
                finished(sessionId);
                showStatus(error.kind == AgentError::Kind::Cancelled ? tr("Cancelled") : tr("Last request failed"));
            });
    connect(controller, &SessionController::turnQueued, this, [this, finished](const QString &sessionId) {
        finished(sessionId);
        showStatus(tr("Message queued for the server"));
    });
    connect(controller, &SessionController::storeFailed, this,
            [this, finished](const QString &sessionId, const Error &error) {
                finished(sessionId);
                QMessageBox::critical(this, tr("Saving failed"), error.message);
            });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GovStack Desktop"));
    m_sidebar->retranslate();
    m_chat->retranslate();
    m_backendLabel->setText(m_context.backendDescription);
    m_syncStatus->retranslate();
    m_connectionLabel->setText(m_connectionState.isEmpty() ? tr("Ready") : m_connectionState);

    m_fileMenu->setTitle(tr("&File"));
    m_newChatAction->setText(tr("&New Chat"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_openFromServerAction->setText(tr("&Open from Server…"));
    m_syncNowAction->setText(tr("S&ync Now"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy Message"));
    m_findAction->setText(tr("&Filter Conversations"));
    m_searchAction->setText(tr("&Search All Messages"));
    m_importAction->setText(tr("&Import…"));
    m_exportAllAction->setText(tr("Export &All…"));
    m_reviewAction->setText(tr("&Review Sessions"));
    m_exportAction->setText(tr("&Export…"));
    m_viewMenu->setTitle(tr("&View"));
    m_focusSidebarAction->setText(tr("Go to &Conversations"));
    m_focusChatAction->setText(tr("Go to &Message Box"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_renameAction->setText(tr("&Rename"));
    m_pinAction->setText(tr("&Pin or Unpin"));
    m_deleteAction->setText(tr("&Delete…"));
    m_retryAction->setText(tr("Re&try or Send Waiting Message"));
    m_cancelAction->setText(tr("&Cancel Request"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GovStack Desktop"));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    openSession({});
    // The last conversation comes back once the store has found it still there.
    const QString last = settings.value(u"window/lastSession"_s).toString();
    if (last.isEmpty())
        return;
    continueWhileAlive(m_actions->session(last), this, [this, last](const Result<ChatSession> &session) {
        if (session && currentSessionId().isEmpty())
            openSession(last);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/lastSession"_s, currentSessionId());
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
    return m_chat->sessionId();
}

void MainWindow::openSession(const QString &sessionId)
{
    m_chat->showSession(sessionId, m_actions->sendingTurn(sessionId));
    m_sidebar->showSession(sessionId);
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
                           if (session && sessionId == currentSessionId() && asked == m_statusShown)
                               showStatus(syncStateText(*session));
                       });
}

QString MainWindow::syncStateText(const ChatSession &session) const
{
    if (m_actions->keptOnAnotherServer(session)) {
        return tr("Kept on the server %1; the app is set up for another server. Waiting messages are sent "
                  "when Settings point to %1 again.")
            .arg(session.serverUrl);
    }
    switch (session.syncState) {
    case SyncState::Local:
        return tr("Only on this computer");
    case SyncState::Synced:
        return tr("Synced with the server");
    case SyncState::Sending:
        return tr("Waiting for the answer…");
    case SyncState::Waiting:
        return tr("Waiting for the server");
    case SyncState::NeedsAttention:
        return tr("Needs attention: %1").arg(session.syncNote);
    case SyncState::Gone:
        return tr("Not on the server any more; kept on this computer");
    }
    return {};
}

void MainWindow::openSessionAt(const QString &sessionId, int seq)
{
    openSession(sessionId);
    m_chat->showMessage(seq);
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

void MainWindow::openReview()
{
    if (!m_review) {
        m_review = new ReviewWindow(m_actions->source(), m_files, this);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

void MainWindow::newChat()
{
    m_commands->newChat();
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
    if (const QString sessionId = currentSessionId(); !sessionId.isEmpty())
        m_commands->remove(sessionId);
}

void MainWindow::openSettings()
{
    if (!m_context.tester)
        return;
    SettingsDialog dialog(m_context.settings, m_context.tester, this);
    connect(&dialog, &SettingsDialog::uiLanguageChosen, this, &UiLanguage::apply);
    if (dialog.exec() != QDialog::Accepted) {
        UiLanguage::apply(m_context.settings.uiLanguage);
        return;
    }
    const ConnectionSettings chosen = dialog.settings();
    QSettings file;
    chosen.save(file);
    m_context.settings = chosen;
    m_context.newSessionBackend = chosen.backend;
    m_actions->setDefaults(chosen.userId, chosen.backend);
    m_context.backendDescription = chosen.describe();
    m_context.firstRun = false;
    m_chat->setFirstRun(false, false);
    retranslate();
    Q_EMIT settingsChanged(chosen);
    if (!dialog.apiKey().isEmpty())
        storeApiKey(chosen, dialog.apiKey());
}

void MainWindow::storeApiKey(const ConnectionSettings &settings, const QString &apiKey)
{
    const Backend backend = settings.backend;
    const QString entry = CredentialStore::entryFor(backend, settings.serverUrl(backend));
    m_context.credentials->write(entry, apiKey, [this, backend, entry, apiKey](Result<void> written) {
        if (written) {
            Q_EMIT apiKeyChanged(backend, apiKey);
            return;
        }
        if (written.error().code != Error::Code::NoKeychain) {
            QMessageBox::warning(this, tr("API key"), written.error().message);
            return;
        }
        // Never a file: without a keychain the key can only live as long as this run.
        const bool thisRunOnly =
            QuestionBox::confirm(this, tr("No keychain"),
                                 written.error().message + u"\n\n"_s +
                                     tr("Use the key for this run only? It will be forgotten when the app closes."),
                                 tr("Use for this run"));
        if (thisRunOnly) {
            m_context.credentials->keepForThisRun(entry, apiKey);
            Q_EMIT apiKeyChanged(backend, apiKey);
        }
    });
}

void MainWindow::connectSync()
{
    if (m_context.sync)
        connect(m_context.sync, &SyncEngine::finished, this, &MainWindow::openFetchedSession);
}

void MainWindow::openFetchedSession(const SyncReport &report)
{
    if (m_fetchingId.isEmpty())
        return;
    const QString fetched = std::exchange(m_fetchingId, QString());
    if (report.sessionsFetched > 0) {
        m_sidebar->clearFilter();
        openSession(fetched);
    } else {
        QMessageBox::warning(this, tr("Open from server"),
                             report.stoppedBy ? report.stoppedBy->message : report.problems.join(u'\n'));
    }
}

void MainWindow::openFromServer()
{
    if (!m_context.sync)
        return;
    bool ok = false;
    const QString sessionId =
        QInputDialog::getText(this, tr("Open from server"), tr("Session id (as the server or the web app shows it):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || sessionId.isEmpty())
        return;
    m_fetchingId = sessionId;
    m_context.sync->resume();
    m_context.sync->fetch(sessionId);
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
    // Only the session that waits for an answer is blocked; every other one can be used.
    const bool waiting = m_actions->sendingTurn(currentSessionId()).has_value();
    m_chat->setWaiting(waiting);
    m_cancelAction->setEnabled(waiting);
    const bool hasSession = !currentSessionId().isEmpty();
    m_renameAction->setEnabled(hasSession);
    m_pinAction->setEnabled(hasSession);
    m_deleteAction->setEnabled(hasSession);
    m_exportAction->setEnabled(hasSession);
}

void MainWindow::showStatus(const QString &state)
{
    ++m_statusShown;
    m_connectionState = state;
    m_connectionLabel->setText(state);
}
