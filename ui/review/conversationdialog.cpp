#include "conversationdialog.h"

#include "chatsource.h"
#include "continuewhilealive.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConversationDialog::ConversationDialog(ChatSource *source, const QString &sessionId, QWidget *parent)
    : QDialog(parent)
    , m_messages(new MessageListModel(source, this))
    , m_view(new QListView)
{
    setWindowTitle(tr("Conversation"));
    // Its title once read on the store's thread.
    whenReady(source->read<ChatSession>([sessionId](const ChatSource &store) { return store.chat(sessionId); }), this,
              [this](const Result<ChatSession> &session) {
                  if (session && !session->title.isEmpty())
                      setWindowTitle(session->title);
              });
    m_messages->setSession(sessionId);
    auto *delegate = new MessageDelegate(this);
    delegate->setReadOnly(true);
    m_view->setObjectName(u"conversationMessages"_s);
    m_view->setAccessibleName(tr("Messages"));
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
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}
