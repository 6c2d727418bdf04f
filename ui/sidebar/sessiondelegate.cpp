#include "sessiondelegate.h"

#include "icons.h"
#include "relativetime.h"
#include "sessionlistmodel.h"

#include <QLineEdit>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 6;

} // namespace

QString SessionDelegate::syncMarker(const QModelIndex &index)
{
    // A glance tells which conversations have turns that did not reach their server; the
    // row's tooltip says it in words.
    const QString state = index.data(SessionListModel::SyncStateRole).toString();
    if (state == u"waiting")
        return u"clock"_s;
    if (state == u"attention")
        return u"warning"_s;
    if (state == u"sending")
        return u"sending"_s;
    if (state == u"gone")
        return u"gone"_s;
    return {};
}

QRect SessionDelegate::paintMarker(QPainter *painter, const QRect &line, const QString &icon, const QColor &color)
{
    if (icon.isEmpty())
        return line;
    const int size = line.height();
    Icons::paint(painter, QRect(line.left(), line.top(), size, size), icon, color);
    return line.adjusted(size + padding / 2, 0, 0, 0);
}

bool SessionDelegate::startsGroup(const QModelIndex &index)
{
    return index.row() == 0 ||
        index.siblingAtRow(index.row() - 1).data(SessionListModel::GroupRole) !=
        index.data(SessionListModel::GroupRole);
}

int SessionDelegate::headerHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return startsGroup(index) ? option.fontMetrics.height() + 2 * padding : 0;
}

QSize SessionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lines = 2 * option.fontMetrics.height() + 3 * padding;
    return QSize(option.rect.width(), headerHeight(option, index) + lines);
}

void SessionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const int header = headerHeight(opt, index);
    if (header > 0) {
        QFont small = opt.font;
        small.setBold(true);
        painter->setFont(small);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(padding, padding, -padding, 0).topLeft() +
                              QPoint(0, opt.fontMetrics.ascent()),
                          index.data(SessionListModel::GroupRole).toString());
    }
    const QRect row = opt.rect.adjusted(0, header, 0, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(row, opt.palette.color(QPalette::Highlight));
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect content = row.adjusted(padding, padding, -padding, -padding);
    const int line = opt.fontMetrics.height();

    // The time of day under a header that names the day (Today, Yesterday); a short day otherwise.
    const QDateTime activity = index.data(SessionListModel::LastActivityRole).toDateTime().toLocalTime();
    const QString time = activity.date().daysTo(QDate::currentDate()) <= 1
        ? QLocale().toString(activity.time(), QLocale::ShortFormat)
        : RelativeTime::day(activity);
    const int timeWidth = opt.fontMetrics.horizontalAdvance(time);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    // Pinned, and on legal hold (a padlock: it cannot be deleted), before the title.
    QRect titleRect =
        paintMarker(painter, QRect(content.left(), content.top(), content.width() - timeWidth - padding, line),
                    index.data(SessionListModel::PinnedRole).toBool() ? u"pin"_s : QString(), text);
    titleRect = paintMarker(painter, titleRect,
                            index.data(SessionListModel::OnHoldRole).toBool() ? u"hold"_s : QString(), text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(SessionListModel::TitleRole).toString(), Qt::ElideRight,
                                                    titleRect.width()));
    painter->setFont(opt.font);
    painter->drawText(QRect(content.right() - timeWidth, content.top(), timeWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    const QColor quiet = selected ? text : opt.palette.color(QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QRect previewRect = paintMarker(
        painter, QRect(content.left(), content.top() + line + padding, content.width(), line), syncMarker(index), text);
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(SessionListModel::PreviewRole).toString(), Qt::ElideRight,
                                                 previewRect.width()));
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.rect = row;
        focus.palette = opt.palette;
        focus.state = opt.state;
        const QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

void SessionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(SessionListModel::TitleRole).toString());
    line->selectAll();
    line->setAccessibleName(tr("Conversation title"));
}

void SessionDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    const QString title = static_cast<QLineEdit *>(editor)->text().simplified();
    if (!title.isEmpty() && title != index.data(SessionListModel::TitleRole).toString())
        Q_EMIT const_cast<SessionDelegate *>(this)->renameRequested(
            index.data(SessionListModel::SessionIdRole).toString(), title);
}

void SessionDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const int header = headerHeight(option, index);
    editor->setGeometry(
        option.rect.adjusted(padding, header + padding / 2, -padding, 0).adjusted(0, 0, 0, -option.rect.height() / 3));
}
