#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

/// The main window's menus: every command with its shortcut and words, in both languages.
/// The window decides what a command does (triggered()) and when it can be used (setEnabled()).
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    enum class Command {
        NewChat,
        Settings,
        OpenFromServer,
        SyncNow,
        Import,
        ExportAll,
        Quit,
        CopyMessage,
        FilterConversations,
        SearchMessages,
        GoToConversations,
        GoToMessageBox,
        Review,
        Rename,
        Pin,
        Export,
        Delete,
        Retry,
        Cancel,
        About,
    };
    Q_ENUM(Command)

    WindowMenus(QMenuBar *menuBar, QObject *parent);

    QAction *action(Command command) const { return m_actions.value(command); }
    void setEnabled(Command command, bool enabled);
    void retranslate();

Q_SIGNALS:
    void triggered(WindowMenus::Command command);

private:
    QAction *add(QMenu *menu, Command command, const QKeySequence &shortcut);

    QMenu *m_file;
    QMenu *m_edit;
    QMenu *m_view;
    QMenu *m_session;
    QMenu *m_help;
    QHash<Command, QAction *> m_actions;
};
