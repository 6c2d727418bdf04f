#include "mainwindow.h"

#include "chatstore.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

MainWindow::MainWindow(ChatStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_summary(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    setCentralWidget(m_summary);
    m_statusLabel->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    createMenus();
    resize(960, 640);

    connect(m_store, &ChatStore::sessionCreated, this, &MainWindow::refresh);
    connect(m_store, &ChatStore::sessionDeleted, this, &MainWindow::refresh);
    connect(m_store, &ChatStore::externalChangeDetected, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    retranslate();
}

void MainWindow::refresh()
{
    const auto count = m_store->sessionCount();
    m_sessionCount = count ? *count : 0;
    if (!count)
        statusBar()->showMessage(count.error().message);
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GovStack Desktop"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_summary->setText(m_sessionCount == 0
                           ? tr("No conversations yet.")
                           : tr("%n conversation(s) stored on this computer.", nullptr, m_sessionCount));
    m_statusLabel->setText(tr("Chats: %1").arg(m_store->path()));
}
