#include "mainwindow.h"

#include "continuewhilealive.h"

#include "agenterror.h"
#include "chatactions.h"
#include "chatsource.h"
#include "chatview.h"
#include "composer.h"
#include "credentialstore.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "ratingdialog.h"
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
    connect(m_sidebar, &SessionSidebar::renameRequested, this, [this](const QString &sessionId, const QString &title) {
        warnIfRefused(m_actions->rename(sessionId, title), tr("Rename"));
    });
    connect(m_chat, &ChatView::settingsRequested, this, &MainWindow::openSettings);
    connect(m_chat, &ChatView::sendRequested, this, &MainWindow::send);
    connect(m_chat->delegate(), &MessageDelegate::copyRequested, this, &MainWindow::copyMessage);
    connect(m_chat->delegate(), &MessageDelegate::retryRequested, this, &MainWindow::retry);
    connect(m_chat->delegate(), &MessageDelegate::rateRequested, this, &MainWindow::rate);
    connect(m_chat->delegate(), &MessageDelegate::cancelRequested, this,
            [this] { m_actions->cancel(currentSessionId()); });
    connect(m_chat->delegate(), &MessageDelegate::followUpRequested, this, &MainWindow::send);
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
        if (const auto all = m_actions->allSessionIds(); all && !all->isEmpty())
            m_files->exportWithDialog(*all);
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
                retry(index);
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
    const QString last = settings.value(u"window/lastSession"_s).toString();
    openSession(!last.isEmpty() && m_actions->session(last) ? last : QString());
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
    const auto session =
        currentSessionId().isEmpty() ? Result<ChatSession>(Error{}) : m_actions->session(currentSessionId());
    if (!session)
        return;
    if (m_actions->keptOnAnotherServer(*session)) {
        showStatus(tr("Kept on the server %1; the app is set up for another server. Waiting messages are sent "
                      "when Settings point to %1 again.")
                       .arg(session->serverUrl));
        return;
    }
    switch (session->syncState) {
    case SyncState::Local:
        showStatus(tr("Only on this computer"));
        break;
    case SyncState::Synced:
        showStatus(tr("Synced with the server"));
        break;
    case SyncState::Sending:
        showStatus(tr("Waiting for the answer…"));
        break;
    case SyncState::Waiting:
        showStatus(tr("Waiting for the server"));
        break;
    case SyncState::NeedsAttention:
        showStatus(tr("Needs attention: %1").arg(session->syncNote));
        break;
    case SyncState::Gone:
        showStatus(tr("Not on the server any more; kept on this computer"));
        break;
    }
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
    createThen([](const QString &) {});
}

void MainWindow::createThen(std::function<void(const QString &sessionId)> then)
{
    continueWhileAlive(m_actions->create(), this, [this, then = std::move(then)](const Result<QString> &created) {
        if (!created) {
            QMessageBox::critical(this, tr("New chat"), created.error().message);
            return;
        }
        m_sidebar->clearFilter();
        openSession(*created);
        m_chat->composer()->setFocus();
        then(*created);
    });
}

void MainWindow::renameCurrent()
{
    m_sidebar->editCurrentTitle();
}

void MainWindow::togglePinCurrent()
{
    const QString sessionId = currentSessionId();
    if (sessionId.isEmpty())
        return;
    warnIfRefused(m_actions->togglePin(sessionId), tr("Pin"));
}

void MainWindow::deleteCurrent()
{
    const QString sessionId = currentSessionId();
    const auto session = sessionId.isEmpty() ? Result<ChatSession>(Error{}) : m_actions->session(sessionId);
    if (!session)
        return;
    const QString title = session->title.isEmpty() ? tr("New conversation") : session->title;
    // A session the server keeps can go there too; one it no longer has, or never had, only here.
    const bool onServer = !session->serverUrl.isEmpty() && session->syncState != SyncState::Gone;
    std::optional<bool> alsoOnServer = false;
    if (onServer) {
        alsoOnServer = askAlsoOnServer(title, session->messageCount);
    } else if (!confirm(tr("Delete conversation"),
                        tr("Delete “%1” and its %n message(s) from this computer?", nullptr, session->messageCount)
                            .arg(title),
                        tr("Delete"))) {
        alsoOnServer.reset();
    }
    if (!alsoOnServer)
        return;
    warnIfRefused(m_actions->remove(sessionId, *alsoOnServer), tr("Delete conversation"));
    openSession({});
}

std::optional<bool> MainWindow::askAlsoOnServer(const QString &title, int messageCount)
{
    QMessageBox box(QMessageBox::Question, tr("Delete conversation"),
                    tr("Delete “%1” and its %n message(s)?\n\nThe GovStack server keeps a copy of this conversation. "
                       "Deleting it there too cannot be undone; when the server cannot be reached, the delete waits "
                       "and is sent with the next sync.",
                       nullptr, messageCount)
                        .arg(title),
                    QMessageBox::NoButton, this);
    QPushButton *here = box.addButton(tr("Delete on This Computer Only"), QMessageBox::AcceptRole);
    QPushButton *everywhere = box.addButton(tr("Delete Here and on the Server"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() == here)
        return false;
    if (box.clickedButton() == everywhere)
        return true;
    return std::nullopt;
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
            confirm(tr("No keychain"),
                    written.error().message + u"\n\n"_s +
                        tr("Use the key for this run only? It will be forgotten when the app closes."),
                    tr("Use for this run"));
        if (thisRunOnly) {
            m_context.credentials->keepForThisRun(entry, apiKey);
            Q_EMIT apiKeyChanged(backend, apiKey);
        }
    });
}

bool MainWindow::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == accept;
}

void MainWindow::send(const QString &text)
{
    if (text.isEmpty())
        return;
    // The box is emptied at once; the question comes back to it if it could not be stored.
    m_chat->composer()->clear();
    if (const QString sessionId = currentSessionId(); !sessionId.isEmpty())
        sendTo(sessionId, text);
    else
        createThen([this, text](const QString &sessionId) { sendTo(sessionId, text); });
}

void MainWindow::sendTo(const QString &sessionId, const QString &text)
{
    continueWhileAlive(m_actions->send(sessionId, text), this, [this, sessionId, text](const Result<int> &turn) {
        if (!turn) {
            if (m_chat->composer()->toPlainText().isEmpty())
                m_chat->composer()->setPlainText(text);
            QMessageBox::warning(this, tr("Send"), turn.error().message);
            return;
        }
        // Behind earlier messages, it waits until they have their answers.
        if (m_actions->sendingTurn(sessionId) != *turn)
            showStatus(tr("Message queued for the server"));
        updateComposer();
    });
    updateComposer();
}

void MainWindow::warnIfRefused(QFuture<Result<void>> done, const QString &title)
{
    continueWhileAlive(done, this, [this, title](const Result<void> &outcome) {
        if (!outcome)
            QMessageBox::warning(this, title, outcome.error().message);
    });
}

void MainWindow::retry(const QModelIndex &index)
{
    const QString sessionId = currentSessionId();
    const bool queued = index.data(MessageListModel::StatusRole).toString() == u"queued";
    const int turn = index.data(MessageListModel::TurnRole).toInt();
    continueWhileAlive(m_actions->retry(sessionId, turn, queued), this, [this, queued](const Result<void> &retried) {
        if (!retried) {
            QMessageBox::warning(this, queued ? tr("Send Now") : tr("Retry"), retried.error().message);
            return;
        }
        if (queued)
            showStatus(tr("Sending the waiting messages…"));
        updateComposer();
    });
}

void MainWindow::rate(const QModelIndex &index, int score)
{
    const QString sessionId = currentSessionId();
    RatingDialog dialog(score, index.data(MessageListModel::RatingCommentRole).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Rating rating{score, dialog.comment(), QDateTime::currentDateTimeUtc(), false};
    warnIfRefused(m_actions->rate(sessionId, index.data(MessageListModel::SeqRole).toInt(), rating), tr("Rate answer"));
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
    m_connectionState = state;
    m_connectionLabel->setText(state);
}
