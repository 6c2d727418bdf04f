#include "messagedelegate.h"

#include "icons.h"
#include "messagelistmodel.h"
#include "messagestate.h"
#include "relativetime.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
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

} // namespace

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
    // Lines of about 80 characters at most, centred, however wide the window: they stay readable.
    if (const int readingWidth = option.fontMetrics.averageCharWidth() * 90; area.width() > readingWidth) {
        area.setLeft(area.left() + (area.width() - readingWidth) / 2);
        area.setWidth(readingWidth);
    }
    const int icon = MessageControls::iconButtonSize(option);
    layout.header = QRect(area.left(), area.top(), area.width(), std::max(option.fontMetrics.height(), icon));
    if (!index.data(MessageListModel::PendingRole).toBool())
        layoutHeaderControls(option, index, area, layout);
    int y = layout.header.bottom() + spacing;
    const QTextDocument *document = m_documents.documentFor(option, index, area.width());
    layout.body = QRect(area.left(), y, area.width(), int(std::ceil(document->size().height())));
    if (const QRect toggle = MessageDocuments::toggleRectOf(document); !toggle.isNull())
        layout.controls << MessageControl{MessageControl::Kind::Details, toggle.translated(layout.body.topLeft())};
    y = layout.body.bottom() + spacing;
    y = layoutNote(option, index, area, y, layout);
    y = layoutChips(option, index, area, y, layout);
    layout.height = y - option.rect.top() + margin / 2;
    return layout;
}

void MessageDelegate::layoutHeaderControls(const QStyleOptionViewItem &option, const QModelIndex &index,
                                           const QRect &area, Layout &layout) const
{
    // Icons at the header's end, the first in Tab order leftmost; the ‹ n/m › of versions before them.
    QList<MessageControl::Kind> icons;
    if (!m_readOnly && canRate(index))
        icons << MessageControl::Kind::RateUp << MessageControl::Kind::RateDown << MessageControl::Kind::AskAgain;
    if (!m_readOnly && isQuestion(index))
        icons << MessageControl::Kind::Edit;
    icons << MessageControl::Kind::Copy;
    const int icon = MessageControls::iconButtonSize(option);
    int x = area.right() + 1 - int(icons.size()) * (icon + 2);
    if (const QString versions = MessageControls::versionLabel(index); !m_readOnly && !versions.isEmpty()) {
        const int counter = option.fontMetrics.horizontalAdvance(versions) + spacing;
        const int left = x - spacing - 2 * icon - counter;
        layout.controls << MessageControl{MessageControl::Kind::PreviousVersion, QRect(left, area.top(), icon, icon)}
                        << MessageControl{MessageControl::Kind::NextVersion,
                                          QRect(left + icon + counter, area.top(), icon, icon)};
    }
    for (const MessageControl::Kind kind : std::as_const(icons)) {
        layout.controls << MessageControl{kind, QRect(x, area.top(), icon, icon)};
        x += icon + 2;
    }
}

bool MessageDelegate::isQuestion(const QModelIndex &index)
{
    return !index.data(MessageListModel::PendingRole).toBool() &&
        index.data(MessageListModel::SenderRole).toString() == u"user" &&
        index.data(MessageListModel::SeqRole).toInt() == index.data(MessageListModel::TurnRole).toInt();
}

int MessageDelegate::layoutNote(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &area, int y,
                                Layout &layout) const
{
    const QString note = MessageState::note(index);
    const QString action = MessageState::labelOf(actionOf(index));
    if (note.isEmpty() && action.isEmpty())
        return y;
    const QSize button = action.isEmpty() ? QSize() : MessageControls::textButtonSize(option, action);
    const int marker = MessageState::markerOf(index).isEmpty() ? 0 : option.fontMetrics.height() + spacing;
    const int noteWidth = area.width() - button.width() - spacing - marker;
    const QRect noteBounds = option.fontMetrics.boundingRect(QRect(0, 0, noteWidth, 10000), Qt::TextWordWrap, note);
    const int rowHeight = std::max(noteBounds.height(), button.height());
    layout.note = QRect(area.left(), y, noteWidth + marker, rowHeight);
    if (!action.isEmpty())
        layout.controls << MessageControl{MessageControl::Kind::Action,
                                          QRect(area.right() - button.width(), y, button.width(), button.height())};
    return y + rowHeight + spacing;
}

int MessageDelegate::layoutChips(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &area, int y,
                                 Layout &layout) const
{
    int x = area.left();
    int rowBottom = y;
    const QStringList questions = index.data(MessageListModel::FollowUpsRole).toStringList();
    for (int i = 0; i < int(questions.size()); ++i) {
        QSize size = MessageControls::chipSize(option, questions.at(i));
        size.setWidth(std::min(size.width(), area.width()));
        if (x > area.left() && x + size.width() > area.right()) {
            x = area.left();
            y = rowBottom + spacing;
        }
        layout.controls << MessageControl{MessageControl::Kind::FollowUp, QRect(QPoint(x, y), size), i};
        x += size.width() + spacing;
        rowBottom = std::max(rowBottom, y + size.height());
    }
    return questions.isEmpty() ? y : rowBottom + spacing;
}

QList<MessageControl> MessageDelegate::controlsOf(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return layoutFor(opt, index).controls;
}

MessageDelegate::Buttons MessageDelegate::buttonsOf(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Buttons buttons;
    for (const MessageControl &control : controlsOf(option, index)) {
        switch (control.kind) {
        case MessageControl::Kind::Copy:
            buttons.copy = control.rect;
            break;
        case MessageControl::Kind::RateUp:
            buttons.rateUp = control.rect;
            break;
        case MessageControl::Kind::RateDown:
            buttons.rateDown = control.rect;
            break;
        case MessageControl::Kind::Action:
            buttons.action = control.rect;
            break;
        case MessageControl::Kind::FollowUp:
            buttons.followUps << control.rect;
            break;
        default:
            break;
        }
    }
    return buttons;
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
    paintHeader(painter, opt, index, layout);

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
        QRect note = layout.note;
        if (const QString marker = MessageState::markerOf(index); !marker.isEmpty()) {
            const int size = opt.fontMetrics.height();
            Icons::paint(painter,
                         QRect(note.left(), note.top() + (std::min(note.height(), 2 * size) - size) / 2, size, size),
                         marker, text);
            note.setLeft(note.left() + size + spacing);
        }
        painter->setPen(text);
        painter->drawText(note, Qt::TextWordWrap | Qt::AlignVCenter, MessageState::note(index));
    }
    paintControls(painter, opt, index, layout);
    painter->restore();
}

void MessageDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const Layout &layout) const
{
    const bool selected = option.state & QStyle::State_Selected;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString sender = senderLabel(index);
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, sender);
    painter->setFont(option.font);
    const int controlsLeft = layout.controls.isEmpty() || layout.controls.constFirst().rect.top() != layout.header.top()
        ? layout.header.right()
        : layout.controls.constFirst().rect.left();
    const QRect timeRect(layout.header.left() + QFontMetrics(bold).horizontalAdvance(sender) + spacing,
                         layout.header.top(), 0, layout.header.height());
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QDateTime time = index.data(MessageListModel::TimestampRole).toDateTime().toLocalTime();
    painter->drawText(timeRect.adjusted(0, 0, controlsLeft - spacing - timeRect.left(), 0),
                      Qt::AlignLeft | Qt::AlignVCenter, RelativeTime::dayAndTime(time));
}

void MessageDelegate::paintControls(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const Layout &layout) const
{
    MessageControls::Painted painted;
    painted.active =
        (option.state & QStyle::State_MouseOver) || (option.state & QStyle::State_HasFocus) || m_focusIndex == index;
    painted.hover = m_hoverIndex == index ? m_hoverPosition : QPoint(-1, -1);
    painted.focused = m_focusIndex == index ? m_focusControl : -1;
    painted.action = MessageState::labelOf(actionOf(index));
    MessageControls::paint(painter, option, index, layout.controls, painted);
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

void MessageDelegate::activate(const QModelIndex &index, const MessageControl &control)
{
    switch (control.kind) {
    case MessageControl::Kind::Copy:
        Q_EMIT copyRequested(index);
        return;
    case MessageControl::Kind::RateUp:
    case MessageControl::Kind::RateDown:
        Q_EMIT rateRequested(index,
                             control.kind == MessageControl::Kind::RateUp ? Rating::thumbsUp : Rating::thumbsDown);
        return;
    case MessageControl::Kind::Action:
        triggerAction(index);
        return;
    case MessageControl::Kind::Details:
        const_cast<QAbstractItemModel *>(index.model())
            ->setData(index, !index.data(MessageListModel::ExpandedRole).toBool(), MessageListModel::ExpandedRole);
        return;
    case MessageControl::Kind::FollowUp:
        Q_EMIT followUpRequested(index.data(MessageListModel::FollowUpsRole).toStringList().value(control.followUp));
        return;
    case MessageControl::Kind::Edit:
        Q_EMIT editRequested(index);
        return;
    case MessageControl::Kind::AskAgain:
        Q_EMIT askAgainRequested(index);
        return;
    case MessageControl::Kind::PreviousVersion:
    case MessageControl::Kind::NextVersion:
        showVersion(index, control.kind == MessageControl::Kind::NextVersion ? 1 : -1);
        return;
    }
}

bool MessageDelegate::showVersion(const QModelIndex &index, int step)
{
    const QString target = MessageControls::versionTarget(index, step);
    if (target.isEmpty())
        return false;
    Q_EMIT versionRequested(target);
    return true;
}

bool MessageDelegate::focusNextControl(const QStyleOptionViewItem &option, const QModelIndex &index, bool forward)
{
    const QList<MessageControl> controls = controlsOf(option, index);
    const int current = m_focusIndex == index ? m_focusControl : (forward ? -1 : int(controls.size()));
    const int next = current + (forward ? 1 : -1);
    if (next < 0 || next >= controls.size()) {
        clearControlFocus();
        return false;
    }
    m_focusIndex = index;
    m_focusControl = next;
    Q_EMIT controlFocused(index, MessageControls::nameOf(controls.at(next), index));
    return true;
}

std::optional<MessageControl> MessageDelegate::focusedControl(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    if (m_focusIndex != index || m_focusControl < 0)
        return std::nullopt;
    const QList<MessageControl> controls = controlsOf(option, index);
    if (m_focusControl >= controls.size())
        return std::nullopt;
    return controls.at(m_focusControl);
}

void MessageDelegate::clearControlFocus()
{
    if (!m_focusIndex.isValid())
        return;
    const QModelIndex was = m_focusIndex;
    m_focusIndex = QPersistentModelIndex();
    m_focusControl = -1;
    Q_EMIT controlFocused(was, QString());
}

void MessageDelegate::setHover(const QModelIndex &index, const QPoint &position)
{
    m_hoverIndex = index;
    m_hoverPosition = position;
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
    for (const MessageControl &control : layout.controls) {
        if (control.rect.contains(position)) {
            activate(index, control);
            return true;
        }
    }
    if (layout.body.contains(position)) {
        QTextDocument *document = m_documents.documentFor(opt, index, layout.body.width());
        if (const QUrl link(document->documentLayout()->anchorAt(position - layout.body.topLeft()));
            MessageDocuments::isSafeLink(link)) {
            Q_EMIT linkActivated(link);
            return true;
        }
    }
    return false;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        for (const MessageControl &control : controlsOf(option, index)) {
            if (control.rect.contains(event->pos())) {
                QToolTip::showText(event->globalPos(), MessageControls::nameOf(control, index), view, control.rect);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
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
