#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

class QModelIndex;
class QPainter;
class QStyleOptionViewItem;

/// What a message offers the user: Copy and rating as icons in its header, the action beside
/// its note (Retry, Send Now, Cancel, Open Settings), the fold of its steps, and follow-up
/// questions as chips. Each is reached by the mouse and, in this order, by Tab.
struct MessageControl {
    enum class Kind { Copy, RateUp, RateDown, Action, Details, FollowUp };
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
    static void paintFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect);

    /// The name a control is known by: its tooltip, and what a screen reader says when Tab reaches it.
    static QString nameOf(const MessageControl &control, const QModelIndex &index);
};
