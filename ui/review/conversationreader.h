#pragma once

#include <QWidget>

class ChatSource;
class MessageListModel;
class QLabel;
class QListView;
class QToolButton;

/// The review window's reading pane: the conversation chosen in the table, to read, not to
/// continue, with Previous and Next to step through the table without leaving the pane.
class ConversationReader : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationReader(ChatSource *source, QWidget *parent = nullptr);

    MessageListModel *messages() const { return m_messages; }
    QListView *view() const { return m_view; }
    /// Shows @p sessionId under @p title; an empty id shows that nothing is chosen.
    void showSession(const QString &sessionId, const QString &title);
    /// Whether Previous and Next lead anywhere.
    void setSteps(bool previous, bool next);
    void retranslate();

Q_SIGNALS:
    void previousRequested();
    void nextRequested();

private:
    void showTitle();

    MessageListModel *m_messages;
    QString m_titleText;
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QListView *m_view;
};
