#pragma once

#include <QTimer>
#include <QWidget>

class ChatSource;
class QAction;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;
class ReviewFilterBar;
class SearchResultModel;
class SessionDelegate;
class SessionListModel;

/// The window's left column: one search field that filters the conversations by title or
/// searches every message (with filters), the conversations (renamed in place), and New chat. It says what the user
/// picked; the window decides what follows.
class SessionSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit SessionSidebar(ChatSource *source, QWidget *parent = nullptr);

    /// Makes @p sessionId the current row, as when the window opened it.
    void showSession(const QString &sessionId);
    /// The title the list shows for @p sessionId; empty when it is not listed.
    QString titleOf(const QString &sessionId) const;
    /// The conversation listed below @p sessionId, or above it when it is the last; empty when none.
    QString neighbourOf(const QString &sessionId) const;
    /// The selected conversations (several may be, to export them together).
    QStringList selectedSessionIds() const;
    /// Opens the current conversation's title for editing.
    void editCurrentTitle();
    /// Where the one search field looks: the conversations' titles (filtering the list), or
    /// every message (listing the hits).
    enum class Scope { Titles, Messages };
    void clearSearch();
    void focusSearch(Scope scope);
    void focusList();
    /// Actions (Rename, Pin, Export, Delete) of the list's context menu, and its keys while it has focus.
    void addListAction(QAction *action);
    /// The last control in the sidebar's keyboard order, for the window's order after it.
    QWidget *lastInTabOrder() const;
    void retranslate();

Q_SIGNALS:
    /// The user made @p sessionId the current conversation.
    void sessionActivated(const QString &sessionId);
    /// The user chose the current conversation with a click or Enter, to continue it.
    void sessionChosen();
    /// The user opened a search result: the message at @p seq of @p sessionId.
    void searchHitActivated(const QString &sessionId, int seq);
    void newChatRequested();
    void renameRequested(const QString &sessionId, const QString &title);
    /// A search ended: how many messages it found, or why it failed, in words.
    void searchFinished(const QString &outcome);

private:
    void createWidgets();
    /// Escape empties a search box; Down goes on to the list below it.
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The Filters button says how many filters are on, also while the panel is hidden.
    void showFilterCount();
    Scope scope() const;
    void applyScope();
    /// The field's placeholder and names say what it looks in.
    void showScope();
    void runSearch();
    void reportSearch();

    SessionListModel *m_sessions;
    SessionDelegate *m_sessionDelegate;
    SearchResultModel *m_searchResults;
    QTimer m_searchDelay;
    QString m_currentSessionId;

    QLineEdit *m_search = nullptr;
    QToolButton *m_titlesScope = nullptr;
    QToolButton *m_messagesScope = nullptr;
    QToolButton *m_searchFiltersButton = nullptr;
    ReviewFilterBar *m_searchFilters = nullptr;
    QListView *m_searchView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_sessionView = nullptr;
    QPushButton *m_newChatButton = nullptr;
};
