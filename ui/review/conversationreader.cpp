#include "conversationreader.h"

#include "messagedelegate.h"
#include "messagelistmodel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConversationReader::ConversationReader(ChatSource *source, QWidget *parent)
    : QWidget(parent)
    , m_messages(new MessageListModel(source, this))
    , m_title(new QLabel)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_view(new QListView)
{
    auto *delegate = new MessageDelegate(this);
    delegate->setReadOnly(true);
    m_title->setObjectName(u"readerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_previous->setObjectName(u"previousConversation"_s);
    m_next->setObjectName(u"nextConversation"_s);
    m_view->setObjectName(u"conversationMessages"_s);
    m_view->setModel(m_messages);
    m_view->setItemDelegate(delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked);
    connect(delegate, &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        if (MessageDocuments::isSafeLink(url))
            QDesktopServices::openUrl(url);
    });
    // Read-only: older messages come in as the reader scrolls up; nothing is sent or rated here.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_messages->canLoadOlder())
            m_messages->loadOlder();
    });
    connect(m_previous, &QToolButton::clicked, this, &ConversationReader::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &ConversationReader::nextRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_previous);
    header->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    retranslate();
    showSession({}, {});
}

void ConversationReader::showSession(const QString &sessionId, const QString &title)
{
    m_messages->setSession(sessionId);
    m_titleText = title;
    showTitle();
}

void ConversationReader::showTitle()
{
    m_title->setText(m_messages->sessionId().isEmpty() ? tr("Choose a conversation in the table to read it here.")
                                                       : m_titleText);
    m_title->setToolTip(m_titleText);
}

void ConversationReader::setSteps(bool previous, bool next)
{
    m_previous->setEnabled(previous);
    m_next->setEnabled(next);
}

void ConversationReader::retranslate()
{
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("The conversation above in the table (Alt+Up)"));
    m_previous->setAccessibleName(tr("Previous conversation"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("The conversation below in the table (Alt+Down)"));
    m_next->setAccessibleName(tr("Next conversation"));
    // After the texts: a button's text sets its shortcut (to its mnemonic, here none).
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_view->setAccessibleName(tr("Messages of the conversation"));
    m_view->setAccessibleDescription(tr("The conversation chosen in the table, to read"));
    showTitle();
}
