#include "searchresultdelegate.h"

#include "relativetime.h"
#include "searchhit.h"
#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 6;

QTextDocument *layoutSnippet(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    // A match in what a tool looked up says so: reviewers check those documents apart from the answer.
    const QString label = index.data(SearchResultModel::InToolDataRole).toBool()
        ? u"<i>"_s + SearchResultDelegate::tr("Tool data:").toHtmlEscaped() + u"</i> "_s
        : QString();
    document.setHtml(label + SearchResultDelegate::snippetHtml(index.data(SearchResultModel::SnippetRole).toString()));
    document.setTextWidth(option.rect.width() - 2 * padding);
    return &document;
}

} // namespace

QString SearchResultDelegate::snippetHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped().replace(SearchHit::matchStart, u"<b>"_s).replace(SearchHit::matchEnd, u"</b>"_s);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    QStyleOptionViewItem opt = option;
    if (opt.rect.width() <= 2 * padding)
        opt.rect.setWidth(300);
    layoutSnippet(document, opt, index);
    return QSize(opt.rect.width(), option.fontMetrics.height() + int(document.size().height()) + 3 * padding);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    const QString date = RelativeTime::day(index.data(SearchResultModel::TimestampRole).toDateTime());
    const int dateWidth = opt.fontMetrics.horizontalAdvance(date);
    painter->setPen(selected ? text : opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, opt.fontMetrics.height()), Qt::AlignRight,
                      date);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width() - dateWidth - padding, opt.fontMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(index.data(SearchResultModel::TitleRole).toString(), Qt::ElideRight,
                                                    titleRect.width()));

    QTextDocument document;
    layoutSnippet(document, opt, index);
    painter->translate(area.left(), area.top() + opt.fontMetrics.height() + padding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}
