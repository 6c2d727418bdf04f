#include "chatview.h"

#include "chatsource.h"
#include "composer.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"

#include <QHBoxLayout>
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
    connect(m_messages, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(MessageListModel::PendingRole).toBool())
            m_messageView->scrollToBottom();
    });
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
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_messageView);
    auto *composerRow = new QHBoxLayout;
    m_composer = new Composer;
    m_composer->setObjectName(u"composer"_s);
    m_sendButton = new QPushButton;
    m_sendButton->setObjectName(u"sendButton"_s);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addWidget(m_stack, 1);
    layout->addLayout(composerRow);
    setTabOrder(m_messageView, m_composer);
    setTabOrder(m_composer, m_sendButton);
}

void ChatView::retranslate()
{
    m_delegate->forgetLayouts();
    m_messageView->setAccessibleName(tr("Messages"));
    m_composer->setPlaceholderText(tr("Ask about a government service… (Enter sends, Shift+Enter adds a line)"));
    m_composer->setAccessibleName(tr("Message"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_emptyText->setText(
        m_firstRun ? tr("Welcome to GovStack Desktop.\n\nTo chat, tell the app where the GovStack assistant is: "
                        "open Settings (Ctrl+,), enter the server address and your API key, and test the "
                        "connection. Stored conversations can be read without any server.")
                   : tr("Start a new conversation with New chat (Ctrl+N), or pick one from the list."));
    m_emptyText->setAccessibleName(tr("No conversation open"));
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
        m_messages->setSession(sessionId);
        if (sendingTurn)
            m_messages->beginPending(*sendingTurn);
    }
    m_stack->setCurrentWidget(sessionId.isEmpty() ? m_emptyState : static_cast<QWidget *>(m_messageView));
    m_messageView->scrollToBottom();
}

void ChatView::showMessage(int seq)
{
    // Loaded already, or else shown when its page arrives (messageShown()).
    if (const int row = m_messages->showAround(seq); row >= 0)
        select(row);
}

void ChatView::select(int row)
{
    const QModelIndex index = m_messages->index(row);
    m_messageView->setCurrentIndex(index);
    m_messageView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ChatView::keepPlaceAboveOlder()
{
    QScrollBar *scrollBar = m_messageView->verticalScrollBar();
    if (m_heightBeforeOlder < 0) {
        m_messageView->scrollToBottom();
        return;
    }
    m_messageView->doItemsLayout();
    scrollBar->setValue(scrollBar->value() + scrollBar->maximum() - m_heightBeforeOlder);
}

void ChatView::setWaiting(bool waiting)
{
    m_composer->setEnabled(!waiting);
    m_sendButton->setEnabled(!waiting);
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
