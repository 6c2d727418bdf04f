#include "messagedelegate.h"

#include "messagelistmodel.h"
#include "messagestate.h"
#include "rating.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBrowser>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

constexpr int margin = 10;
constexpr int spacing = 6;

QString senderLabel(const QModelIndex &index)
{
    const QString sender = index.data(MessageListModel::SenderRole).toString();
    if (sender == u"user")
        return MessageDelegate::tr("You");
    if (sender == u"system")
        return MessageDelegate::tr("Instructions");
    if (sender == u"tool")
        return MessageDelegate::tr("Tool");
    return MessageDelegate::tr("Assistant");
}

QSize buttonSize(const QStyleOptionViewItem &option, const QString &text)
{
    QStyleOptionButton button;
    button.text = text;
    button.fontMetrics = option.fontMetrics;
    const QSize content = option.fontMetrics.size(Qt::TextSingleLine, text);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_PushButton, &button, content, option.widget);
}

void drawButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text,
                bool checked = false)
{
    QStyleOptionButton button;
    button.rect = rect;
    button.text = text;
    button.state = QStyle::State_Enabled | (checked ? QStyle::State_On | QStyle::State_Sunken : QStyle::State_Raised);
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

} // namespace

const QString MessageDelegate::thumbsUpLabel = u"▲"_s;
const QString MessageDelegate::thumbsDownLabel = u"▼"_s;

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

MessageState::Action MessageDelegate::actionOf(const QModelIndex &index) const
{
    return m_readOnly ? MessageState::Action::None : MessageState::actionOf(index);
}

bool MessageDelegate::canRate(const QModelIndex &index)
{
    // An answer a person reads: an assistant reply with text, not a tool call on the way to it.
    return !index.data(MessageListModel::PendingRole).toBool() &&
        index.data(MessageListModel::SenderRole).toString() == u"assistant" &&
        index.data(MessageListModel::StatusRole).toString() == u"ok" &&
        !index.data(MessageListModel::TextRole).toString().isEmpty();
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout layout;
    QRect area = option.rect.adjusted(margin, margin / 2, -margin, 0);
    // Lines of about 90 characters at most, centred, however wide the window: they stay readable.
    if (const int readingWidth = option.fontMetrics.averageCharWidth() * 90; area.width() > readingWidth) {
        area.setLeft(area.left() + (area.width() - readingWidth) / 2);
        area.setWidth(readingWidth);
    }
    const int lineHeight = option.fontMetrics.height();
    layout.header = QRect(area.left(), area.top(), area.width(), lineHeight);
    const bool pending = index.data(MessageListModel::PendingRole).toBool();
    if (!pending) {
        const QSize copy = buttonSize(option, tr("Copy"));
        layout.copyButton = QRect(area.right() - copy.width(), area.top(), copy.width(), copy.height());
        layout.header.setHeight(std::max(lineHeight, copy.height()));
        if (!m_readOnly && canRate(index)) {
            const QSize thumb = buttonSize(option, thumbsDownLabel);
            layout.rateDownButton =
                QRect(layout.copyButton.left() - spacing - thumb.width(), area.top(), thumb.width(), thumb.height());
            layout.rateUpButton = layout.rateDownButton.translated(-thumb.width() - spacing, 0);
        }
    }
    int y = layout.header.bottom() + spacing;
    const QTextDocument *document = m_documents.documentFor(option, index, area.width());
    layout.body = QRect(area.left(), y, area.width(), int(std::ceil(document->size().height())));
    y = layout.body.bottom() + spacing;

    const QString note = MessageState::note(index);
    const QString action = MessageState::labelOf(actionOf(index));
    if (!note.isEmpty() || !action.isEmpty()) {
        const QSize button = action.isEmpty() ? QSize() : buttonSize(option, action);
        const int noteWidth = area.width() - button.width() - spacing;
        const QRect noteBounds = option.fontMetrics.boundingRect(QRect(0, 0, noteWidth, 10000), Qt::TextWordWrap, note);
        const int rowHeight = std::max(noteBounds.height(), button.height());
        layout.note = QRect(area.left(), y, noteWidth, rowHeight);
        if (!action.isEmpty())
            layout.actionButton = QRect(area.right() - button.width(), y, button.width(), button.height());
        y += rowHeight + spacing;
    }

    int x = area.left();
    int rowBottom = y;
    for (const QString &question : index.data(MessageListModel::FollowUpsRole).toStringList()) {
        QSize size = buttonSize(option, question);
        size.setWidth(std::min(size.width(), area.width()));
        if (x > area.left() && x + size.width() > area.right()) {
            x = area.left();
            y = rowBottom + spacing;
        }
        layout.followUps << QRect(x, y, size.width(), size.height());
        x += size.width() + spacing;
        rowBottom = std::max(rowBottom, y + size.height());
    }
    if (!layout.followUps.isEmpty())
        y = rowBottom + spacing;
    layout.height = y - option.rect.top() + margin / 2;
    return layout;
}

MessageDelegate::Buttons MessageDelegate::buttonsOf(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    return {layout.copyButton, layout.rateUpButton, layout.rateDownButton, layout.actionButton, layout.followUps};
}

void MessageDelegate::forgetLayouts()
{
    m_heights.clear();
    m_documents.clear();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A view with rows of different heights asks for every row's height again whenever rows come or
    // go (loading older messages): a stored row is laid out once per width, then its height is known.
    const bool pending = index.data(MessageListModel::PendingRole).toBool();
    const QString key = pending ? QString()
                                : u"%1/%2/%3"_s.arg(index.data(MessageListModel::RevisionRole).toULongLong())
                                      .arg(option.rect.width())
                                      .arg(option.font.key());
    if (const auto known = m_heights.constFind(key); !pending && known != m_heights.cend())
        return QSize(option.rect.width(), *known);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect.moveTo(0, 0);
    const int height = layoutFor(opt, index).height;
    if (!pending) {
        if (m_heights.size() > 100000)
            m_heights.clear();
        m_heights.insert(key, height);
    }
    return QSize(option.rect.width(), height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Colours come from the palette only, in pairs meant for each other (Highlight with
    // HighlightedText), so high-contrast themes keep their contrast; links on a selected row too.
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected)
        opt.palette.setColor(QPalette::Link, opt.palette.color(QPalette::HighlightedText));
    const Layout layout = layoutFor(opt, index);
    painter->save();
    const bool fromUser = index.data(MessageListModel::SenderRole).toString() == u"user";
    const QPalette::ColorRole backgroundRole = selected ? QPalette::Highlight
        : fromUser                                      ? QPalette::AlternateBase
                                                        : QPalette::Base;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->fillRect(opt.rect, opt.palette.color(backgroundRole));

    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString sender = senderLabel(index);
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, sender);
    painter->setFont(opt.font);
    const QDateTime time = index.data(MessageListModel::TimestampRole).toDateTime().toLocalTime();
    const int buttonsLeft = layout.rateUpButton.isNull() ? layout.copyButton.left() : layout.rateUpButton.left();
    const QRect timeRect =
        layout.header.adjusted(QFontMetrics(bold).horizontalAdvance(sender) + spacing, 0,
                               layout.copyButton.isNull() ? 0 : buttonsLeft - layout.header.right() - spacing, 0);
    painter->setPen(selected ? text : opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(time, QLocale::ShortFormat));
    if (!layout.copyButton.isNull())
        drawButton(painter, opt, layout.copyButton, tr("Copy"));
    if (!layout.rateUpButton.isNull()) {
        const int rating = index.data(MessageListModel::RatingRole).toInt();
        drawButton(painter, opt, layout.rateUpButton, thumbsUpLabel, rating == Rating::thumbsUp);
        drawButton(painter, opt, layout.rateDownButton, thumbsDownLabel, rating == Rating::thumbsDown);
    }

    QTextDocument *document = m_documents.documentFor(opt, index, layout.body.width());
    painter->translate(layout.body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, text);
    if (selected)
        context.palette.setColor(QPalette::Link, text);
    document->documentLayout()->draw(painter, context);
    painter->translate(-layout.body.topLeft());

    if (!layout.note.isNull()) {
        painter->setPen(text);
        painter->drawText(layout.note, Qt::TextWordWrap | Qt::AlignVCenter, MessageState::note(index));
    }
    if (!layout.actionButton.isNull())
        drawButton(painter, opt, layout.actionButton, MessageState::labelOf(actionOf(index)));
    const QStringList questions = index.data(MessageListModel::FollowUpsRole).toStringList();
    for (qsizetype i = 0; i < layout.followUps.size(); ++i) {
        // Elided only when the button had to be narrowed to the view's width.
        const QRect &button = layout.followUps.at(i);
        const QSize natural = buttonSize(opt, questions.at(i));
        const int padding = natural.width() - opt.fontMetrics.horizontalAdvance(questions.at(i));
        drawButton(painter, opt, button,
                   button.width() >= natural.width()
                       ? questions.at(i)
                       : opt.fontMetrics.elidedText(questions.at(i), Qt::ElideRight, button.width() - padding));
    }
    painter->restore();
}

void MessageDelegate::triggerAction(const QModelIndex &index)
{
    switch (actionOf(index)) {
    case MessageState::Action::None:
        return;
    case MessageState::Action::Cancel:
        Q_EMIT cancelRequested();
        return;
    case MessageState::Action::OpenSettings:
        Q_EMIT settingsRequested();
        return;
    case MessageState::Action::Retry:
    case MessageState::Action::SendNow:
        Q_EMIT retryRequested(index);
        return;
    }
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const QPoint position = mouse->position().toPoint();
    if (layout.copyButton.contains(position)) {
        Q_EMIT copyRequested(index);
        return true;
    }
    for (const auto &[button, score] :
         {std::pair{layout.rateUpButton, Rating::thumbsUp}, std::pair{layout.rateDownButton, Rating::thumbsDown}}) {
        if (button.contains(position)) {
            Q_EMIT rateRequested(index, score);
            return true;
        }
    }
    if (layout.actionButton.contains(position)) {
        triggerAction(index);
        return true;
    }
    const QStringList questions = index.data(MessageListModel::FollowUpsRole).toStringList();
    for (qsizetype i = 0; i < layout.followUps.size(); ++i) {
        if (layout.followUps.at(i).contains(position)) {
            Q_EMIT followUpRequested(questions.at(i));
            return true;
        }
    }
    if (layout.body.contains(position)) {
        QTextDocument *document = m_documents.documentFor(opt, index, layout.body.width());
        const QUrl link(document->documentLayout()->anchorAt(position - layout.body.topLeft()));
        if (MessageDocuments::isToggle(link)) {
            model->setData(index, !index.data(MessageListModel::ExpandedRole).toBool(), MessageListModel::ExpandedRole);
            return true;
        }
        if (MessageDocuments::isSafeLink(link)) {
            Q_EMIT linkActivated(link);
            return true;
        }
    }
    return false;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const QString tip = layout.rateUpButton.contains(event->pos()) ? tr("Rate this answer helpful")
        : layout.rateDownButton.contains(event->pos())             ? tr("Rate this answer unhelpful")
                                                                   : QString();
    if (tip.isEmpty() || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

QWidget *MessageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *browser = new QTextBrowser(parent);
    browser->setReadOnly(true);
    browser->setOpenLinks(false);
    browser->setFrameShape(QFrame::NoFrame);
    browser->setAccessibleName(tr("Message text"));
    browser->setDocument(MessageDocuments::newDocument(index, browser));
    auto *self = const_cast<MessageDelegate *>(this); // editors are made in a const function, yet report links
    connect(browser, &QTextBrowser::anchorClicked, self, [self](const QUrl &url) {
        if (MessageDocuments::isSafeLink(url))
            Q_EMIT self->linkActivated(url);
    });
    browser->selectAll();
    return browser;
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    editor->setGeometry(layoutFor(opt, index).body.adjusted(-2, -2, 2, 2));
}
