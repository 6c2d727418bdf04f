#include "chatview.h"

#include "chatsource.h"
#include "composer.h"
#include "editbanner.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "messagemenu.h"
#include "messagestate.h"
#include "rating.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChatView::ChatView(ChatSource *source, QWidget *parent)
    : QWidget(parent)
    , m_messages(new MessageListModel(source, this))
    , m_delegate(new MessageDelegate(this))
{
    createWidgets();
    connect(m_sendButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sendRequested(m_composer->toPlainText().trimmed()); });
    connect(m_composer, &Composer::sendRequested, this, &ChatView::sendRequested);
    connect(m_composer, &Composer::lastMessageRequested, this, &ChatView::recallLastMessage);
    connect(m_composer, &Composer::escapePressed, this, [this] {
        if (editedTurn())
            endEdit();
    });
    connect(m_editBanner, &EditBanner::cancelled, this, &ChatView::endEdit);
    connect(m_delegate, &MessageDelegate::editRequested, this, &ChatView::beginEdit);
    connect(m_settingsButton, &QPushButton::clicked, this, &ChatView::settingsRequested);
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::loadMoreAtEdges);
    connect(m_messageView->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::loadNewerWhenAtBottom);
    // Rows arrive from the store's thread. A conversation's first page opens at its end; older
    // messages going in above keep the one under the reader's eyes in place; new rows at the end
    // (a sent message, the answer) keep the conversation scrolled to its end, but pages loaded
    // below an old search hit are not new: the reader stays where they are.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_heightBeforeOlder = m_messages->rowCount() > 0 ? m_messageView->verticalScrollBar()->maximum() : -1;
    });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            keepPlaceAboveOlder();
        else if (m_messages->reachesNewest())
            m_messageView->scrollToBottom();
    });
    connect(m_messages, &MessageListModel::messageShown, this, &ChatView::select);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, m_delegate,
            &MessageDelegate::clearControlFocus);
    connect(m_delegate, &MessageDelegate::controlFocused, this, &ChatView::announceControl);
    connect(m_messages, &MessageListModel::aboutToRevise, this, &ChatView::notePlace);
    connect(m_messages, &MessageListModel::revised, this, &ChatView::returnToPlace);
    connect(m_messages, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(MessageListModel::PendingRole).toBool())
            m_messageView->scrollToBottom();
        announceIfArrived();
    });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &ChatView::announceIfArrived);
}

void ChatView::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    m_emptyState = new QWidget;
    m_emptyState->setObjectName(u"emptyState"_s);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_settingsButton = new QPushButton;
    m_settingsButton->setObjectName(u"openSettingsButton"_s);
    m_settingsButton->setVisible(false);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_settingsButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_messageView = new QListView;
    m_messageView->setObjectName(u"messageList"_s);
    m_messageView->setModel(m_messages);
    m_messageView->setItemDelegate(m_delegate);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setWordWrap(true);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_messageView->setMouseTracking(true);
    m_messageView->installEventFilter(this);
    m_messageView->viewport()->installEventFilter(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_messageView);
    auto *composerRow = new QHBoxLayout;
    m_composer = new Composer;
    m_composer->setObjectName(u"composer"_s);
    m_sendButton = new QPushButton;
    m_sendButton->setObjectName(u"sendButton"_s);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    m_editBanner = new EditBanner;
    m_originNote = new QLabel;
    m_originNote->setObjectName(u"originNote"_s);
    m_originNote->setTextFormat(Qt::RichText);
    m_originNote->setWordWrap(true);
    m_originNote->setContentsMargins(8, 4, 8, 4);
    m_originNote->setVisible(false);
    connect(m_originNote, &QLabel::linkActivated, this, &ChatView::originRequested);
    layout->addWidget(m_originNote);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_editBanner);
    layout->addLayout(composerRow);
    setTabOrder(m_messageView, m_composer);
    setTabOrder(m_composer, m_sendButton);
}

void ChatView::retranslate()
{
    m_delegate->forgetLayouts();
    m_messageView->setAccessibleName(tr("Messages"));
    describeView({});
    m_composer->setPlaceholderText(tr("Ask about a government service… (Enter sends, Shift+Enter adds a line)"));
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setAccessibleDescription(
        tr("Enter sends, Shift+Enter adds a line, Up in an empty box brings back your last message."));
    m_editBanner->retranslate();
    setOrigin(m_originTitle);
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setAccessibleDescription(tr("Sends the question in the message box"));
    m_emptyText->setText(
        m_firstRun ? tr("Welcome to GovStack Desktop.\n\nTo chat, tell the app where the GovStack assistant is: "
                        "open Settings (Ctrl+,), enter the server address and your API key, and test the "
                        "connection. Stored conversations can be read without any server.")
                   : tr("Ask about a government service: type your question below and press Enter. Your "
                        "conversations are kept on this computer and listed on the left."));
    m_emptyText->setAccessibleName(tr("New conversation"));
    m_settingsButton->setText(tr("Open Settings"));
    m_settingsButton->setAccessibleName(tr("Open Settings"));
}

QString ChatView::sessionId() const
{
    return m_messages->sessionId();
}

void ChatView::showSession(const QString &sessionId, std::optional<int> sendingTurn)
{
    if (sessionId != m_messages->sessionId()) {
        if (editedTurn())
            endEdit();
        m_messages->setSession(sessionId);
        if (sendingTurn)
            m_messages->beginPending(*sendingTurn);
    }
    m_stack->setCurrentWidget(sessionId.isEmpty() ? m_emptyState : static_cast<QWidget *>(m_messageView));
    m_messageView->scrollToBottom();
}

void ChatView::setOrigin(const QString &title)
{
    m_originTitle = title;
    m_originNote->setVisible(!title.isEmpty());
    m_originNote->setText(
        title.isEmpty()
            ? QString()
            : tr("Continued from “%1”. <a href=\"origin\">Open that conversation</a>").arg(title.toHtmlEscaped()));
}

void ChatView::beginEdit(const QModelIndex &index)
{
    m_editBanner->begin(index.data(MessageListModel::TurnRole).toInt());
    m_composer->setPlainText(index.data(MessageListModel::TextRole).toString());
    m_composer->moveCursor(QTextCursor::End);
    m_composer->setFocus(Qt::OtherFocusReason);
}

std::optional<int> ChatView::editedTurn() const
{
    return m_editBanner->turn();
}

void ChatView::endEdit()
{
    m_editBanner->end();
    m_composer->clear();
}

void ChatView::showMessage(int seq)
{
    // Loaded already, or else shown when its page arrives (messageShown()).
    if (const int row = m_messages->showAround(seq); row >= 0)
        select(row);
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageView->viewport() && event->type() == QEvent::ContextMenu) {
        // The right button opens the menu of the message under it; the Menu key that of the current one.
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        showMessageMenu(menuEvent->reason() == QContextMenuEvent::Mouse ? menuEvent->pos() : QPoint(-1, -1));
        return true;
    }
    if (watched == m_messageView->viewport() &&
        (event->type() == QEvent::MouseMove || event->type() == QEvent::Leave)) {
        followMouse(event->type() == QEvent::Leave ? QPoint(-1, -1)
                                                   : static_cast<QMouseEvent *>(event)->position().toPoint());
        return false;
    }
    if (watched == m_messageView && event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            m_delegate->clearControlFocus();
    }
    if (watched != m_messageView || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (handleControlKey(key))
        return true;
    if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
        showMessageMenu(QPoint(-1, -1));
        return true;
    }
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool control = key->modifiers() == Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (!plain)
            break;
        scrollByPage(key->key() == Qt::Key_PageDown ? 1 : -1);
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!plain && !control)
            break;
        key->key() == Qt::Key_Home ? goToStart() : goToEnd();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool ChatView::handleControlKey(const QKeyEvent *key)
{
    const QModelIndex current = m_messageView->currentIndex();
    if (current.isValid() && key->modifiers() == Qt::AltModifier &&
        (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))
        return m_delegate->showVersion(current, key->key() == Qt::Key_Right ? 1 : -1);
    if (!current.isValid() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    switch (key->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        // Through the current message's controls first, then on to the next widget.
        const bool moved = m_delegate->focusNextControl(optionFor(current), current, key->key() == Qt::Key_Tab);
        m_messageView->viewport()->update(m_messageView->visualRect(current));
        return moved;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const auto control = m_delegate->focusedControl(optionFor(current), current)) {
            m_delegate->activate(current, *control);
            return true;
        }
        return false;
    default:
        return false;
    }
}

void ChatView::followMouse(const QPoint &position)
{
    const QModelIndex hovered = position.x() < 0 ? QModelIndex() : m_messageView->indexAt(position);
    m_delegate->setHover(hovered, position);
    if (hovered.isValid())
        m_messageView->viewport()->update(m_messageView->visualRect(hovered));
}

QStyleOptionViewItem ChatView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_messageView->viewport());
    option.rect = m_messageView->visualRect(index);
    option.font = m_messageView->font();
    option.fontMetrics = m_messageView->fontMetrics();
    option.widget = m_messageView;
    return option;
}

void ChatView::scrollByPage(int direction)
{
    // A page of the view less a line, so the reader keeps a line of context, however tall the messages.
    QScrollBar *scrollBar = m_messageView->verticalScrollBar();
    const int page = std::max(m_messageView->viewport()->height() - fontMetrics().lineSpacing(), 1);
    scrollBar->setValue(scrollBar->value() + direction * page);
    // The message under the reader's eyes becomes the current one, for its menu; the view stays where it is.
    const QModelIndex underEyes = m_messageView->indexAt(QPoint(0, m_messageView->viewport()->height() / 2));
    if (underEyes.isValid()) {
        m_messageView->setAutoScroll(false);
        m_messageView->selectionModel()->setCurrentIndex(underEyes, QItemSelectionModel::ClearAndSelect);
        m_messageView->setAutoScroll(true);
    }
}

void ChatView::showMessageMenu(const QPoint &position)
{
    const QModelIndex index = position.x() >= 0 ? m_messageView->indexAt(position) : m_messageView->currentIndex();
    if (!index.isValid())
        return;
    m_messageView->setCurrentIndex(index);
    // From the keyboard the menu opens at the message (its visible part), not where the mouse happens to be.
    const QRect row = m_messageView->visualRect(index).intersected(m_messageView->viewport()->rect());
    const QPoint at = row.contains(position) ? position : row.topLeft() + QPoint(20, 20);
    MessageMenu::exec(m_delegate, index, m_messageView->viewport()->mapToGlobal(at), this);
}

void ChatView::goToStart()
{
    if (m_messages->rowCount() == 0)
        return;
    if (m_messages->canLoadOlder()) {
        // The first page is read first; select() puts it at the top once it is here.
        m_startWhenShown = true;
        m_messages->showStart();
        return;
    }
    m_messageView->setCurrentIndex(m_messages->index(0));
    m_messageView->scrollToTop();
}

void ChatView::goToEnd()
{
    if (m_messages->rowCount() == 0)
        return;
    m_messageView->setCurrentIndex(m_messages->index(m_messages->rowCount() - 1));
    // The end of the last message, not its top.
    m_messageView->scrollToBottom();
}

void ChatView::select(int row)
{
    const QModelIndex index = m_messages->index(row);
    if (std::exchange(m_startWhenShown, false)) {
        m_messageView->setCurrentIndex(index);
        m_messageView->scrollToTop();
        return;
    }
    m_messageView->setCurrentIndex(index);
    m_messageView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ChatView::keepPlaceAboveOlder()
{
    QScrollBar *scrollBar = m_messageView->verticalScrollBar();
    // Laid out now, so the range holds every row's real height before the view moves to its end.
    m_messageView->doItemsLayout();
    if (m_heightBeforeOlder < 0) {
        // A conversation's newest page opens at its end; the page around a search hit is placed by select().
        if (m_messages->reachesNewest())
            m_messageView->scrollToBottom();
        return;
    }
    scrollBar->setValue(scrollBar->value() + scrollBar->maximum() - m_heightBeforeOlder);
}

void ChatView::announceControl(const QModelIndex &index, const QString &name)
{
    // A screen reader hears the control Tab reached, as it would a button's name.
    describeView(name);
    QAccessibleEvent event(m_messageView, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    m_messageView->viewport()->update(m_messageView->visualRect(index));
}

void ChatView::describeView(const QString &now)
{
    m_messageView->setAccessibleDescription(
        now.isEmpty() ? tr("The conversation's messages. Tab reaches a message's buttons; Shift+F10 opens its menu.")
                      : now);
}

void ChatView::announceAnswer()
{
    m_answerToAnnounce = true;
    announceIfArrived();
}

void ChatView::announceIfArrived()
{
    const QModelIndex last = m_messages->index(m_messages->rowCount() - 1);
    if (!m_answerToAnnounce || !last.isValid() || last.data(MessageListModel::PendingRole).toBool() ||
        last.data(MessageListModel::SenderRole).toString() != u"assistant")
        return;
    m_answerToAnnounce = false;
    // Read out where the user is (the message box keeps the keyboard): the view's description
    // carries the answer, and an alert asks the screen reader to say it.
    describeView(tr("New answer: %1").arg(last.data(MessageListModel::TextRole).toString().left(1000)));
    QAccessibleEvent alert(m_messageView, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ChatView::notePlace()
{
    const QScrollBar *scrollBar = m_messageView->verticalScrollBar();
    const QModelIndex top = m_messageView->indexAt(QPoint(0, 0));
    m_place = Place{scrollBar->value() == scrollBar->maximum(), QPersistentModelIndex(top),
                    top.isValid() ? m_messageView->visualRect(top).top() : 0};
}

void ChatView::returnToPlace()
{
    const std::optional<Place> place = std::exchange(m_place, std::nullopt);
    if (!place)
        return;
    m_messageView->doItemsLayout();
    if (place->atEnd) {
        m_messageView->scrollToBottom();
    } else if (place->top.isValid()) {
        // The message at the top of the view stays where it was, whatever grew above it.
        QScrollBar *scrollBar = m_messageView->verticalScrollBar();
        scrollBar->setValue(scrollBar->value() + m_messageView->visualRect(place->top).top() - place->offset);
    }
}

void ChatView::focusComposer()
{
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ChatView::setFirstRun(bool firstRun, bool offerSettings)
{
    m_firstRun = firstRun;
    m_settingsButton->setVisible(firstRun && offerSettings);
    retranslate();
}

QWidget *ChatView::firstInTabOrder() const
{
    return m_messageView;
}

QModelIndex ChatView::lastWaitingMessage() const
{
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_messages->index(row);
        if (const QString status = index.data(MessageListModel::StatusRole).toString();
            status == u"failed" || status == u"queued")
            return index;
    }
    return {};
}

void ChatView::recallLastMessage()
{
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_messages->index(row);
        if (index.data(MessageListModel::SenderRole).toString() == u"user") {
            m_composer->setPlainText(index.data(MessageListModel::TextRole).toString());
            m_composer->moveCursor(QTextCursor::End);
            return;
        }
    }
}

bool ChatView::loadNewerWhenAtBottom()
{
    // Below an old search hit, newer pages follow as the reader scrolls down (or when the page fits the view).
    const QScrollBar *scrollBar = m_messageView->verticalScrollBar();
    if (scrollBar->value() != scrollBar->maximum() || m_messages->reachesNewest())
        return false;
    m_messages->loadNewer();
    return true;
}

void ChatView::loadMoreAtEdges()
{
    if (loadNewerWhenAtBottom() || m_messageView->verticalScrollBar()->value() != 0 || !m_messages->canLoadOlder())
        return;
    m_messages->loadOlder();
}
