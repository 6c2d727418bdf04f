#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
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
        AuditTrail,
        Trash,
        Rename,
        Pin,
        Export,
        ExportPdf,
        Print,
        Delete,
        LegalHold,
        LegalHoldAll,
        Retry,
        Cancel,
        KeyboardShortcuts,
        About,
    };
    Q_ENUM(Command)

    WindowMenus(QMenuBar *menuBar, QObject *parent);

    QAction *action(Command command) const { return m_actions.value(command); }
    void setEnabled(Command command, bool enabled);
    void retranslate();
    /// Every command that has a shortcut, in menu order: its words (without mnemonics) and keys.
    QList<std::pair<QString, QKeySequence>> shortcuts() const;

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
