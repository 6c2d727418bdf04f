#include "messagecontrols.h"

#include "icons.h"
#include "messagelistmodel.h"
#include "messagestate.h"
#include "rating.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

namespace {

constexpr int chipPadding = 10;

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

int MessageControls::iconButtonSize(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QSize MessageControls::textButtonSize(const QStyleOptionViewItem &option, const QString &text)
{
    QStyleOptionButton button;
    button.text = text;
    button.fontMetrics = option.fontMetrics;
    const QSize content = option.fontMetrics.size(Qt::TextSingleLine, text);
    return styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, content, option.widget);
}

QSize MessageControls::chipSize(const QStyleOptionViewItem &option, const QString &text)
{
    // A pixel to spare: text measured to the pixel may still be elided when drawn.
    return QSize(option.fontMetrics.horizontalAdvance(text) + 2 * chipPadding + 2, option.fontMetrics.height() + 10);
}

void MessageControls::paintIconButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                      const QString &icon, Look look)
{
    const bool selected = option.state & QStyle::State_Selected;
    QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (look != Look::Plain) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor fill = ink;
        fill.setAlphaF(look == Look::Checked ? 0.22 : 0.10);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->restore();
    }
    const int inset = rect.height() / 5;
    Icons::paint(painter, rect.adjusted(inset, inset, -inset, -inset), icon, ink);
}

void MessageControls::paintTextButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                      const QString &text)
{
    QStyleOptionButton button;
    button.rect = rect;
    button.text = text;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    styleOf(option)->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

void MessageControls::paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                const QString &text, bool hovered)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = ink;
    border.setAlphaF(0.35);
    painter->setPen(QPen(border, 1));
    QColor fill = ink;
    fill.setAlphaF(hovered ? 0.10 : 0.0);
    painter->setBrush(fill);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(ink);
    const QRect textRect = rect.adjusted(chipPadding, 0, -chipPadding, 0);
    // Elided only when the chip had to be narrowed to the view's width.
    painter->drawText(textRect, Qt::AlignCenter, option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void MessageControls::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                            const QList<MessageControl> &controls, const Painted &painted)
{
    const int rating = index.data(MessageListModel::RatingRole).toInt();
    const QStringList questions = index.data(MessageListModel::FollowUpsRole).toStringList();
    for (int i = 0; i < int(controls.size()); ++i) {
        const MessageControl &control = controls.at(i);
        const bool hovered = control.rect.contains(painted.hover);
        switch (control.kind) {
        case MessageControl::Kind::PreviousVersion:
            paintSwitcher(painter, option, control.rect, controls.at(i + 1).rect, index, painted.hover);
            break;
        case MessageControl::Kind::NextVersion:
            break; // painted with the previous one
        case MessageControl::Kind::Copy:
        case MessageControl::Kind::Edit:
        case MessageControl::Kind::AskAgain:
        case MessageControl::Kind::RateUp:
        case MessageControl::Kind::RateDown: {
            const bool checked = (control.kind == MessageControl::Kind::RateUp && rating == Rating::thumbsUp) ||
                (control.kind == MessageControl::Kind::RateDown && rating == Rating::thumbsDown);
            if (painted.active || checked)
                paintIconButton(painter, option, control.rect, iconOf(control.kind),
                                checked       ? Look::Checked
                                    : hovered ? Look::Hovered
                                              : Look::Plain);
            break;
        }
        case MessageControl::Kind::Action:
            paintTextButton(painter, option, control.rect, painted.action);
            break;
        case MessageControl::Kind::FollowUp:
            paintChip(painter, option, control.rect, questions.value(control.followUp), hovered);
            break;
        case MessageControl::Kind::Details:
            break; // a link in the text
        }
        if (painted.focused == i)
            paintFocus(painter, option, control.rect);
    }
}

QString MessageControls::versionLabel(const QModelIndex &index)
{
    const int count = index.data(MessageListModel::VersionCountRole).toInt();
    if (count < 2)
        return {};
    return tr("%1/%2", "the version shown of how many")
        .arg(index.data(MessageListModel::VersionRole).toInt())
        .arg(count);
}

QString MessageControls::versionTarget(const QModelIndex &index, int step)
{
    const QStringList sessions = index.data(MessageListModel::VersionSessionsRole).toStringList();
    return sessions.value(index.data(MessageListModel::VersionRole).toInt() - 1 + step);
}

void MessageControls::paintSwitcher(QPainter *painter, const QStyleOptionViewItem &option, const QRect &previous,
                                    const QRect &next, const QModelIndex &index, const QPoint &hover)
{
    const bool selected = option.state & QStyle::State_Selected;
    for (const auto &[rect, step] : {std::pair(previous, -1), std::pair(next, 1)}) {
        const bool enabled = !versionTarget(index, step).isEmpty();
        QStyleOptionViewItem arrow = option;
        // At either end the arrow stays, greyed, so the counter does not move.
        if (!enabled)
            arrow.palette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        paintIconButton(painter, arrow, rect, step < 0 ? u"previous"_s : u"next"_s,
                        enabled && rect.contains(hover) ? Look::Hovered : Look::Plain);
    }
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        QRect(previous.right() + 1, previous.top(), next.left() - previous.right() - 1, previous.height()),
        Qt::AlignCenter, versionLabel(index));
    painter->restore();
}

QString MessageControls::iconOf(MessageControl::Kind kind)
{
    switch (kind) {
    case MessageControl::Kind::RateUp:
        return u"thumb-up"_s;
    case MessageControl::Kind::RateDown:
        return u"thumb-down"_s;
    case MessageControl::Kind::AskAgain:
        return u"regenerate"_s;
    case MessageControl::Kind::Edit:
        return u"edit"_s;
    case MessageControl::Kind::PreviousVersion:
        return u"previous"_s;
    case MessageControl::Kind::NextVersion:
        return u"next"_s;
    default:
        return u"copy"_s;
    }
}

void MessageControls::paintFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect)
{
    QStyleOptionFocusRect focus;
    focus.rect = rect.adjusted(-2, -2, 2, 2);
    focus.palette = option.palette;
    focus.state = QStyle::State_Enabled | QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    styleOf(option)->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
}

QString MessageControls::nameOf(const MessageControl &control, const QModelIndex &index)
{
    switch (control.kind) {
    case MessageControl::Kind::Copy:
        return tr("Copy the text");
    case MessageControl::Kind::RateUp:
        return tr("Rate this answer helpful");
    case MessageControl::Kind::RateDown:
        return tr("Rate this answer unhelpful");
    case MessageControl::Kind::Action:
        return MessageState::labelOf(MessageState::actionOf(index));
    case MessageControl::Kind::Details:
        return index.data(MessageListModel::ExpandedRole).toBool() ? tr("Hide the steps the assistant took")
                                                                   : tr("Show the steps the assistant took");
    case MessageControl::Kind::FollowUp:
        return tr("Ask: %1").arg(index.data(MessageListModel::FollowUpsRole).toStringList().value(control.followUp));
    case MessageControl::Kind::Edit:
        return tr("Edit this question and ask it again");
    case MessageControl::Kind::AskAgain:
        return tr("Ask for another answer");
    case MessageControl::Kind::PreviousVersion:
    case MessageControl::Kind::NextVersion: {
        const QString name = control.kind == MessageControl::Kind::NextVersion
            ? tr("Next version (%1 of %2 shown)")
            : tr("Previous version (%1 of %2 shown)");
        return name.arg(index.data(MessageListModel::VersionRole).toInt())
            .arg(index.data(MessageListModel::VersionCountRole).toInt());
    }
    }
    return {};
}
