#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

class QModelIndex;
class QPainter;
class QStyleOptionViewItem;

/// What a message offers the user: the ‹ n/m › of its versions, Edit (a question), rating and
/// Ask Again (an answer) and Copy as icons in its header, the action beside its note (Retry,
/// Send Now, Cancel, Open Settings), the fold of its steps, and follow-up questions as chips.
/// Each is reached by the mouse and, in this order, by Tab.
struct MessageControl {
    enum class Kind { PreviousVersion, NextVersion, RateUp, RateDown, AskAgain, Edit, Copy, Action, Details, FollowUp };
    Kind kind = Kind::Copy;
    QRect rect;
    /// The follow-up question's position, for a chip.
    int followUp = -1;

    friend bool operator==(const MessageControl &, const MessageControl &) = default;
};

/// How message controls look: flat icons that show on the hovered or current message, text
/// buttons, and outlined chips.
class MessageControls
{
    Q_DECLARE_TR_FUNCTIONS(MessageDelegate)

public:
    /// The side of an icon button in the view's font.
    static int iconButtonSize(const QStyleOptionViewItem &option);
    static QSize textButtonSize(const QStyleOptionViewItem &option, const QString &text);
    static QSize chipSize(const QStyleOptionViewItem &option, const QString &text);

    enum class Look { Plain, Hovered, Checked };
    static void paintIconButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                const QString &icon, Look look);
    static void paintTextButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                const QString &text);
    static void paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text,
                          bool hovered);
    /// How a message's controls are drawn now.
    struct Painted {
        /// Under the mouse or the keyboard: its icons show (a rating shows always).
        bool active = false;
        QPoint hover{-1, -1};
        /// The control with the keyboard focus, or -1.
        int focused = -1;
        /// The text of the button beside the note.
        QString action;
    };
    /// Draws @p controls of the message at @p index.
    static void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QList<MessageControl> &controls, const Painted &painted);
    /// The ‹ n/m › of a message with versions: @p previous and @p next, the count between them.
    static void paintSwitcher(QPainter *painter, const QStyleOptionViewItem &option, const QRect &previous,
                              const QRect &next, const QModelIndex &index, const QPoint &hover);
    /// "2/3": the version shown of how many; empty for a message with one.
    static QString versionLabel(const QModelIndex &index);
    /// The session showing the version before (@p step -1) or after (1) the one shown; empty at either end.
    static QString versionTarget(const QModelIndex &index, int step);
    static void paintFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect);

    /// The name a control is known by: its tooltip, and what a screen reader says when Tab reaches it.
    static QString nameOf(const MessageControl &control, const QModelIndex &index);
    /// The icon a header control shows.
    static QString iconOf(MessageControl::Kind kind);
};
