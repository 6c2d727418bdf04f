#pragma once

#include <QPersistentModelIndex>
#include <QStyleOptionViewItem>
#include <QWidget>

#include <optional>

class ChatSource;
class Composer;
class EditBanner;
class MessageDelegate;
class MessageListModel;
class QKeyEvent;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

/// The window's right side: the open conversation's messages (a window onto a long session
/// that loads older and newer pages as the reader scrolls), the composer, and what shows
/// when no conversation is open.
class ChatView : public QWidget
{
    Q_OBJECT

public:
    explicit ChatView(ChatSource *source, QWidget *parent = nullptr);

    MessageListModel *messages() const { return m_messages; }
    MessageDelegate *delegate() const { return m_delegate; }
    QListView *messageView() const { return m_messageView; }
    Composer *composer() const { return m_composer; }
    QString sessionId() const;

    /// Shows @p sessionId at its newest message, below it the answer it awaits (@p sendingTurn).
    void showSession(const QString &sessionId, std::optional<int> sendingTurn);
    /// Puts the message at @p seq in the middle of the view and selects it, once the page
    /// around it is read when it is not loaded (nothing when the session has no such message).
    void showMessage(int seq);
    /// The newest failed or waiting message of the conversation (Session → Retry), if any.
    QModelIndex lastWaitingMessage() const;
    /// An answer to the open conversation was stored: once its row is here, screen readers are told.
    void announceAnswer();
    /// Puts the question at @p index in the message box to be edited and asked again.
    void beginEdit(const QModelIndex &index);
    /// The turn whose question the message box edits, if it does.
    std::optional<int> editedTurn() const;
    /// The message box asks new questions again (the edit was sent or given up).
    void endEdit();
    /// Says above the messages that the conversation was continued from the one titled @p title,
    /// with a link to it; nothing when empty.
    void setOrigin(const QString &title);
    /// Puts the keyboard in the message box, where the next question is typed.
    void focusComposer();
    /// The first start welcomes and offers Settings; later starts point to New chat.
    void setFirstRun(bool firstRun, bool offerSettings);
    QWidget *firstInTabOrder() const;
    /// How the message view lays out @p index (its delegate's option).
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    void retranslate();

Q_SIGNALS:
    void sendRequested(const QString &text);
    void settingsRequested();
    /// The link to the conversation this one was continued from was followed.
    void originRequested();

protected:
    /// PageUp and PageDown scroll by a page of the view, through long messages too; Ctrl+Home and
    /// Ctrl+End (and Home, End) go to the very start and end of the conversation.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void scrollByPage(int direction);
    /// Tab and Shift+Tab through the current message's controls, Enter and Space press one.
    bool handleControlKey(const QKeyEvent *key);
    void followMouse(const QPoint &position);
    void announceControl(const QModelIndex &index, const QString &name);
    void announceIfArrived();
    /// What a screen reader says of the message view: @p now (a control, a new answer), or how to use it.
    void describeView(const QString &now);
    /// Everything a message offers, for the mouse's right button (the message at @p position),
    /// the Menu key and Shift+F10 (the current message, when @p position is (-1, -1)).
    void showMessageMenu(const QPoint &position);
    void goToStart();
    void goToEnd();
    void recallLastMessage();
    void loadMoreAtEdges();
    bool loadNewerWhenAtBottom();
    void select(int row);
    /// Older messages went in above: the one under the reader's eyes stays in place (a first page opens at its end).
    void keepPlaceAboveOlder();
    /// Sync rewrites the messages: the one at the top of the view (or the end, when the reader
    /// is there) is noted, and the view returns to it once the rows have their new heights.
    void notePlace();
    void returnToPlace();

    MessageListModel *m_messages;
    MessageDelegate *m_delegate;
    bool m_firstRun = false;
    /// The scroll range before rows went in at the top; -1 when the view was empty.
    int m_heightBeforeOlder = -1;
    /// Ctrl+Home asked for the first message, whose page is being read.
    bool m_startWhenShown = false;
    /// An answer arrived whose row is yet to come from the store, to be announced then.
    bool m_answerToAnnounce = false;
    struct Place {
        bool atEnd = false;
        QPersistentModelIndex top;
        int offset = 0;
    };
    std::optional<Place> m_place;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QListView *m_messageView = nullptr;
    Composer *m_composer = nullptr;
    EditBanner *m_editBanner = nullptr;
    QLabel *m_originNote = nullptr;
    QString m_originTitle;
    QPushButton *m_sendButton = nullptr;
};
