#pragma once

#include <QDialog>

class ChatSource;
class MessageListModel;
class QListView;

/// A conversation to read, not to continue: what reviewers open from the review table.
class ConversationDialog : public QDialog
{
    Q_OBJECT

public:
    ConversationDialog(ChatSource *source, const QString &sessionId, QWidget *parent = nullptr);

    MessageListModel *messages() const { return m_messages; }

private:
    MessageListModel *m_messages;
    QListView *m_view;
};
