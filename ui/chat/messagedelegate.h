#pragma once

#include "messagedocuments.h"
#include "messagestate.h"

#include <QHash>
#include <QStyledItemDelegate>

/// Paints one message of the chat view: who and when, the Markdown text,
/// sources, a low-confidence hint, folded tool calls and thinking, follow-up
/// question buttons, and Copy, Retry or Cancel as the message's state asks.
/// Only what is visible is laid out (the view is virtualised); the laid-out
/// documents are cached per message and width.
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
    /// Names the rating buttons, whose labels are only arrows.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    /// A read-only text browser over the message, so its text can be selected and copied.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *, const QModelIndex &) const override { }
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

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
    /// The button beside a message's note; none in a read-only view.
    MessageState::Action actionOf(const QModelIndex &index) const;
    /// Does what the button beside the message's note offers.
    void triggerAction(const QModelIndex &index);
    /// Whether a row is an answer the user can rate.
    static bool canRate(const QModelIndex &index);
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
    void linkActivated(const QUrl &url);

private:
    struct Layout {
        QRect header;
        QRect body;
        QRect copyButton;
        QRect rateUpButton;
        QRect rateDownButton;
        QRect actionButton; ///< Retry on a failed request, Send Now on a queued one, Cancel on the pending row
        QRect note; ///< the error of a failed request, or the seconds waited
        QList<QRect> followUps;
        int height = 0;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    static const QString thumbsUpLabel;
    static const QString thumbsDownLabel;

    MessageDocuments m_documents;
    /// Row heights by the row's revision, width and font.
    mutable QHash<QString, int> m_heights;
    bool m_readOnly = false;
};
