#pragma once

#include "messagecontrols.h"
#include "messagedocuments.h"
#include "messagestate.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

/// Paints one message of the chat view: who and when, the Markdown text, sources, a
/// low-confidence hint, the folded steps the assistant took, and the message's controls
/// (MessageControl): Copy and rating icons that show on the hovered or current message, the
/// action beside its note, follow-up chips. Tab moves through the current message's controls
/// (focusNextControl), Enter presses the one with focus. Only what is visible is laid out (the
/// view is virtualised); laid-out documents are cached per message and width.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject *parent = nullptr);
    /// The words around the messages changed (another language): rows are laid out anew.
    void forgetLayouts();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    /// Names the control under the mouse.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    /// A read-only text browser over the message, so its text can be selected and copied.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *, const QModelIndex &) const override { }
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    /// The message's controls in Tab order.
    QList<MessageControl> controlsOf(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Where a row's buttons are; null rects for those it does not have.
    struct Buttons {
        QRect copy;
        /// Thumbs up and down, on an answer that can be rated.
        QRect rateUp;
        QRect rateDown;
        /// Retry, Send Now, Cancel or Open Settings, beside the row's note.
        QRect action;
        QList<QRect> followUps;
    };
    Buttons buttonsOf(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Does what @p control of the message at @p index offers.
    void activate(const QModelIndex &index, const MessageControl &control);

    /// Moves the keyboard focus to the next (or, @p forward false, previous) control of the
    /// message at @p index; false when it leaves the message's controls (and the focus goes
    /// back to the message).
    bool focusNextControl(const QStyleOptionViewItem &option, const QModelIndex &index, bool forward);
    /// The control with the keyboard focus, when one of the message at @p index has it.
    std::optional<MessageControl> focusedControl(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void clearControlFocus();
    /// The mouse is at @p position over the message at @p index (invalid when it left): the
    /// control under it is drawn raised.
    void setHover(const QModelIndex &index, const QPoint &position);

    /// The button beside a message's note; none in a read-only view.
    MessageState::Action actionOf(const QModelIndex &index) const;
    /// Does what the button beside the message's note offers.
    void triggerAction(const QModelIndex &index);
    /// Whether a row is an answer the user can rate (and ask for another of).
    static bool canRate(const QModelIndex &index);
    /// Whether a row is a question the user asked (and can edit).
    static bool isQuestion(const QModelIndex &index);
    /// Shows the version before (@p step -1) or after (1) the one the message at @p index shows;
    /// false at either end.
    bool showVersion(const QModelIndex &index, int step);
    /// Without Retry, Send Now, Cancel and rating buttons: for reading a conversation, not continuing it.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Whether answers can be rated in this view (not in a read-only one).
    bool canRateHere() const { return !m_readOnly; }

Q_SIGNALS:
    void copyRequested(const QModelIndex &index);
    void retryRequested(const QModelIndex &index);
    /// Thumbs up (5) or down (1) on an answer.
    void rateRequested(const QModelIndex &index, int score);
    void cancelRequested();
    /// A message waits for a key the server takes.
    void settingsRequested();
    void followUpRequested(const QString &question);
    /// Edit on a question: the user wants to change it and ask again.
    void editRequested(const QModelIndex &index);
    /// Ask Again on an answer: another answer to the same question.
    void askAgainRequested(const QModelIndex &index);
    /// Continue in a New Chat: a new conversation from the message at @p index.
    void continueRequested(const QModelIndex &index);
    /// ‹ or › chose another version of the conversation: the one @p sessionId shows.
    void versionRequested(const QString &sessionId);
    void linkActivated(const QUrl &url);
    /// Tab moved the keyboard focus to a control (its name, for screen readers), or off the controls.
    void controlFocused(const QModelIndex &index, const QString &name);

private:
    struct Layout {
        QRect header;
        QRect body;
        QRect note; ///< the error of a failed request, or the seconds waited
        QList<MessageControl> controls;
        int height = 0;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void layoutHeaderControls(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &area,
                              Layout &layout) const;
    int layoutNote(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &area, int y,
                   Layout &layout) const;
    int layoutChips(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &area, int y,
                    Layout &layout) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                     const Layout &layout) const;
    void paintControls(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                       const Layout &layout) const;

    MessageDocuments m_documents;
    /// Row heights by the row's revision, width and font.
    mutable QHash<QString, int> m_heights;
    bool m_readOnly = false;
    /// The message whose control has the keyboard focus, and which of its controls.
    QPersistentModelIndex m_focusIndex;
    int m_focusControl = -1;
    /// The control under the mouse, drawn raised.
    QPersistentModelIndex m_hoverIndex;
    QPoint m_hoverPosition;
};
