#pragma once

#include <QCoreApplication>

class MessageDelegate;
class QModelIndex;
class QPoint;
class QWidget;

/// The context menu of a message in the chat view: what its controls offer (copy, the action
/// beside its note, rating, details, follow-ups), and Edit, Ask Again and Continue in a New Chat.
class MessageMenu
{
    Q_DECLARE_TR_FUNCTIONS(ChatView)

public:
    /// Opens the menu of the message at @p index at @p globalPosition; the chosen entry is done
    /// through @p delegate, as its control would.
    static void exec(MessageDelegate *delegate, const QModelIndex &index, const QPoint &globalPosition,
                     QWidget *parent);
};
