#include "sessionsidebar.h"

#include "chatsource.h"
#include "icons.h"
#include "reviewfilterbar.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"
#include "sessiondelegate.h"
#include "sessionlistmodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SessionSidebar::SessionSidebar(ChatSource *source, QWidget *parent)
    : QWidget(parent)
    , m_sessions(new SessionListModel(source, this))
    , m_sessionDelegate(new SessionDelegate(this))
    , m_searchResults(new SearchResultModel(source, this))
{
    createWidgets();
    // Titles filter the list at once; messages are searched as the user types, once they
    // pause: each search is one indexed query.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (scope() == Scope::Titles)
            m_sessions->setFilter(m_search->text());
        else
            m_searchDelay.start();
    });
    connect(m_titlesScope, &QToolButton::toggled, this, [this] { applyScope(); });
    connect(m_searchFilters, &ReviewFilterBar::filterChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchFilters, &ReviewFilterBar::filterChanged, this, &SessionSidebar::showFilterCount);
    m_search->installEventFilter(this);
    m_sessionView->installEventFilter(this);
    connect(&m_searchDelay, &QTimer::timeout, this, &SessionSidebar::runSearch);
    connect(m_searchResults, &SearchResultModel::resultsReady, this, &SessionSidebar::reportSearch);
    connect(m_searchFiltersButton, &QToolButton::toggled, m_searchFilters, &QWidget::setVisible);
    connect(m_searchView, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT searchHitActivated(index.data(SearchResultModel::SessionIdRole).toString(),
                                  index.data(SearchResultModel::SeqRole).toInt());
    });
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT sessionActivated(current.data(SessionListModel::SessionIdRole).toString());
            });
    connect(m_sessionView, &QListView::clicked, this, &SessionSidebar::sessionChosen);
    connect(m_sessionView, &QListView::activated, this, &SessionSidebar::sessionChosen);
    connect(m_sessionDelegate, &SessionDelegate::renameRequested, this, &SessionSidebar::renameRequested);
    connect(m_newChatButton, &QPushButton::clicked, this, &SessionSidebar::newChatRequested);
    // Keep the current row on the open session when rows move.
    connect(m_sessions, &QAbstractItemModel::modelReset, this, [this] { showSession(m_currentSessionId); });
    // A conversation opened as it is made (a new chat, one continued from another) is selected once its row arrives.
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_sessionView->currentIndex().data(SessionListModel::SessionIdRole).toString() != m_currentSessionId)
            showSession(m_currentSessionId);
    });
}

void SessionSidebar::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sessionView = new QListView;
    m_sessionView->setObjectName(u"sessionList"_s);
    m_sessionView->setModel(m_sessions);
    m_sessionView->setItemDelegate(m_sessionDelegate);
    m_sessionView->setUniformItemSizes(false);
    m_sessionView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    // Several sessions can be selected at once, to export them together.
    m_sessionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sessionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_newChatButton = new QPushButton;
    m_newChatButton->setObjectName(u"newChatButton"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    // What the one search field looks in: a switch of two, always in sight.
    m_titlesScope = new QToolButton;
    m_titlesScope->setObjectName(u"searchTitles"_s);
    m_messagesScope = new QToolButton;
    m_messagesScope->setObjectName(u"searchMessages"_s);
    auto *scopes = new QButtonGroup(this);
    for (QToolButton *button : {m_titlesScope, m_messagesScope}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        scopes->addButton(button);
    }
    m_messagesScope->setChecked(true);
    m_searchFiltersButton = new QToolButton;
    m_searchFiltersButton->setObjectName(u"searchFiltersButton"_s);
    m_searchFiltersButton->setCheckable(true);
    m_searchFilters = new ReviewFilterBar;
    m_searchFilters->setVisible(false);
    m_searchView = new QListView;
    m_searchView->setObjectName(u"searchResults"_s);
    m_searchView->setModel(m_searchResults);
    m_searchView->setItemDelegate(new SearchResultDelegate(m_searchView));
    m_searchView->setWordWrap(true);
    m_searchView->setResizeMode(QListView::Adjust);
    m_searchView->setUniformItemSizes(false);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_sessionView);
    m_stack->addWidget(m_searchView);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_titlesScope);
    scopeRow->addWidget(m_messagesScope);
    scopeRow->addStretch();
    scopeRow->addWidget(m_searchFiltersButton);
    layout->addWidget(m_search);
    layout->addLayout(scopeRow);
    layout->addWidget(m_searchFilters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_newChatButton);
    setTabOrder(m_search, m_titlesScope);
    setTabOrder(m_titlesScope, m_messagesScope);
    setTabOrder(m_messagesScope, m_searchFiltersButton);
    setTabOrder(m_searchFiltersButton, m_sessionView);
    setTabOrder(m_sessionView, m_newChatButton);
}

void SessionSidebar::retranslate()
{
    showScope();
    m_titlesScope->setText(tr("Titles"));
    m_titlesScope->setToolTip(tr("Look for words in the conversations' titles (Ctrl+K)"));
    m_titlesScope->setAccessibleName(tr("Search titles"));
    m_messagesScope->setText(tr("Messages"));
    m_messagesScope->setToolTip(tr("Look for words in every message of every conversation (Ctrl+Shift+F)"));
    m_messagesScope->setAccessibleName(tr("Search all messages"));
    showFilterCount();
    m_searchView->setAccessibleName(tr("Search results"));
    m_sessionView->setAccessibleName(tr("Conversations"));
    m_sessionView->setAccessibleDescription(
        tr("Your conversations, newest first. Enter opens one, F2 renames it, Shift+F10 opens its menu."));
    m_newChatButton->setText(tr("New chat"));
    m_newChatButton->setAccessibleName(tr("New chat"));
    m_newChatButton->setAccessibleDescription(tr("Starts a new conversation (Ctrl+N)"));
    reportSearch(); // the count of a search still shown, in the new language
}

void SessionSidebar::showSession(const QString &sessionId)
{
    m_currentSessionId = sessionId;
    const int row = m_sessions->rowOf(sessionId);
    if (row >= 0 && m_sessionView->currentIndex().row() != row)
        m_sessionView->selectionModel()->setCurrentIndex(m_sessions->index(row), QItemSelectionModel::ClearAndSelect);
    else if (row < 0)
        m_sessionView->selectionModel()->clear();
}

QString SessionSidebar::titleOf(const QString &sessionId) const
{
    const int row = m_sessions->rowOf(sessionId);
    return row < 0 ? QString() : m_sessions->index(row).data(SessionListModel::TitleRole).toString();
}

QString SessionSidebar::neighbourOf(const QString &sessionId) const
{
    const int row = m_sessions->rowOf(sessionId);
    if (row < 0)
        return {};
    const int neighbour = row + 1 < m_sessions->rowCount() ? row + 1 : row - 1;
    return m_sessions->index(neighbour).data(SessionListModel::SessionIdRole).toString();
}

QStringList SessionSidebar::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_sessionView->selectionModel()->selectedIndexes())
        ids << index.data(SessionListModel::SessionIdRole).toString();
    return ids;
}

void SessionSidebar::editCurrentTitle()
{
    const QModelIndex index = m_sessionView->currentIndex();
    if (index.isValid())
        m_sessionView->edit(index);
}

void SessionSidebar::clearSearch()
{
    m_search->clear();
}

void SessionSidebar::focusSearch(Scope scope)
{
    (scope == Scope::Titles ? m_titlesScope : m_messagesScope)->setChecked(true);
    m_search->setFocus();
    m_search->selectAll();
}

SessionSidebar::Scope SessionSidebar::scope() const
{
    return m_titlesScope->isChecked() ? Scope::Titles : Scope::Messages;
}

void SessionSidebar::applyScope()
{
    // The words stay; what they look in changes, and the other scope lets go of them.
    showScope();
    m_sessions->setFilter(scope() == Scope::Titles ? m_search->text() : QString());
    runSearch();
}

void SessionSidebar::showScope()
{
    // Short enough for the narrowest column in either language; the shortcut is in the tooltip.
    const bool titles = scope() == Scope::Titles;
    m_search->setPlaceholderText(titles ? tr("Search titles") : tr("Search all messages"));
    m_search->setToolTip(titles ? tr("Search the conversations' titles (Ctrl+K)")
                                : tr("Search every message (Ctrl+Shift+F)"));
    m_search->setAccessibleName(titles ? tr("Search titles") : tr("Search all messages"));
    m_searchFiltersButton->setEnabled(!titles);
    if (titles)
        m_searchFiltersButton->setChecked(false);
}

void SessionSidebar::focusList()
{
    m_sessionView->setFocus();
}

void SessionSidebar::addListAction(QAction *action)
{
    m_sessionView->addAction(action);
}

QWidget *SessionSidebar::lastInTabOrder() const
{
    return m_newChatButton;
}

void SessionSidebar::runSearch()
{
    const QString query = scope() == Scope::Messages ? m_search->text() : QString();
    m_searchResults->setQuery(query, m_searchFilters->filter());
    const bool searching = !query.trimmed().isEmpty();
    m_stack->setCurrentWidget(searching ? static_cast<QWidget *>(m_searchView) : m_sessionView);
    // The last search's count goes with it.
    if (!searching)
        Q_EMIT searchFinished(QString());
}

void SessionSidebar::reportSearch()
{
    if (m_searchResults->query().trimmed().isEmpty())
        return;
    const int found = m_searchResults->rowCount();
    if (!m_searchResults->error().isEmpty())
        Q_EMIT searchFinished(m_searchResults->error());
    else if (m_searchFilters->filter().activeCount() > 0)
        Q_EMIT searchFinished(tr("%n message(s) found with the filters on", nullptr, found));
    else
        Q_EMIT searchFinished(tr("%n message(s) found", nullptr, found));
}

void SessionSidebar::showFilterCount()
{
    // A funnel, with the number of filters on beside it: a sign that stays while the panel is hidden.
    const int active = m_searchFilters->filter().activeCount();
    m_searchFiltersButton->setIcon(Icons::icon(u"filter"_s, palette().color(QPalette::ButtonText)));
    m_searchFiltersButton->setText(active > 0 ? QLocale().toString(active) : QString());
    m_searchFiltersButton->setToolButtonStyle(active > 0 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    m_searchFiltersButton->setToolTip(active > 0 ? tr("%n filter(s) narrow the search", nullptr, active)
                                                 : tr("Narrow the search by date, server, user or language"));
    m_searchFiltersButton->setAccessibleName(active > 0 ? tr("Search filters, %n on", nullptr, active)
                                                        : tr("Search filters"));
}

bool SessionSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    if (watched == m_sessionView) {
        // Shift+F10 opens the list's menu as the Menu key does, at the current conversation.
        if (keyEvent->key() != Qt::Key_F10 || keyEvent->modifiers() != Qt::ShiftModifier)
            return QWidget::eventFilter(watched, event);
        const QRect row = m_sessionView->visualRect(m_sessionView->currentIndex());
        QMenu::exec(m_sessionView->actions(), m_sessionView->viewport()->mapToGlobal(row.center()), nullptr,
                    m_sessionView);
        return true;
    }
    auto *box = static_cast<QLineEdit *>(watched);
    const int key = keyEvent->key();
    if (key == Qt::Key_Escape && !box->text().isEmpty()) {
        box->clear();
        return true;
    }
    if (key == Qt::Key_Down) {
        QListView *list = m_stack->currentWidget() == m_searchView ? m_searchView : m_sessionView;
        if (list->model()->rowCount() == 0)
            return true;
        list->setFocus(Qt::TabFocusReason);
        if (!list->currentIndex().isValid())
            list->setCurrentIndex(list->model()->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
