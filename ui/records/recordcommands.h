#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

class ChatSource;
class QAction;
class QWidget;
class RecordActions;
class TrashDialog;

/// The window's records commands: View → Trash, and Session → Legal Hold (on the open
/// conversation, or on all), whose check marks follow the conversation shown.
class RecordCommands : public QObject
{
    Q_OBJECT

public:
    RecordCommands(RecordActions *actions, ChatSource *source, QWidget *window);

    /// The menu entries whose check marks show the holds in force.
    void setHoldActions(QAction *hold, QAction *holdAll);
    /// The conversation shown (empty: none): Legal Hold applies to it.
    void follow(const QString &sessionId);
    void setTrashDays(int days) { m_trashDays = days; }

    void openTrash();
    /// Places or lifts the hold on the conversation shown, as the menu entry's check mark now says.
    void changeHold();
    void changeHoldAll();
    /// The Trash window while it is open, else null.
    TrashDialog *trashDialog() const;
    RecordActions *actions() const { return m_actions; }

private:
    /// Places or lifts a hold as @p entry's check mark now says, asking @p liftQuestion before lifting.
    void applyHold(QAction *entry, const QString &liftQuestion,
                   const std::function<QFuture<Result<void>>(bool held)> &change);
    void refreshChecks();
    void showRefusal(const QString &title, const QString &error);

    RecordActions *m_actions;
    ChatSource *m_source;
    QWidget *m_window;
    QAction *m_hold = nullptr;
    QAction *m_holdAll = nullptr;
    QString m_sessionId;
    int m_trashDays = 30;
    QPointer<TrashDialog> m_trash;
};
