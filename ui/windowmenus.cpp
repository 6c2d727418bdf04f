#include "windowmenus.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

WindowMenus::WindowMenus(QMenuBar *menuBar, QObject *parent)
    : QObject(parent)
    , m_file(menuBar->addMenu(QString()))
    , m_edit(menuBar->addMenu(QString()))
    , m_view(menuBar->addMenu(QString()))
    , m_session(menuBar->addMenu(QString()))
    , m_help(menuBar->addMenu(QString()))
{
    add(m_file, Command::NewChat, QKeySequence::New);
    add(m_file, Command::Settings, QKeySequence(Qt::CTRL | Qt::Key_Comma))->setMenuRole(QAction::PreferencesRole);
    m_file->addSeparator();
    add(m_file, Command::OpenFromServer, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(m_file, Command::SyncNow, QKeySequence(Qt::Key_F5));
    m_file->addSeparator();
    add(m_file, Command::Import, QKeySequence(Qt::CTRL | Qt::Key_I));
    add(m_file, Command::ExportAll, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_file->addSeparator();
    add(m_file, Command::Quit, QKeySequence::Quit)->setMenuRole(QAction::QuitRole);

    // Copy belongs to the message view it is added to, so it never takes Ctrl+C from a text field.
    add(m_edit, Command::CopyMessage, QKeySequence::Copy)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    add(m_edit, Command::FilterConversations, QKeySequence(Qt::CTRL | Qt::Key_K));
    add(m_edit, Command::SearchMessages, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    add(m_view, Command::GoToConversations, QKeySequence(Qt::CTRL | Qt::Key_1));
    add(m_view, Command::GoToMessageBox, QKeySequence(Qt::CTRL | Qt::Key_2));
    add(m_view, Command::Review, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    add(m_view, Command::AuditTrail, QKeySequence());
    add(m_view, Command::Trash, QKeySequence());

    add(m_session, Command::Rename, QKeySequence(Qt::Key_F2));
    add(m_session, Command::Pin, QKeySequence(Qt::CTRL | Qt::Key_P));
    add(m_session, Command::Export, QKeySequence(Qt::CTRL | Qt::Key_E));
    add(m_session, Command::ExportPdf, QKeySequence());
    add(m_session, Command::Print, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Delete belongs to the conversation list it is added to, so it never deletes while typing.
    add(m_session, Command::Delete, QKeySequence::Delete)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_session->addSeparator();
    add(m_session, Command::LegalHold, QKeySequence())->setCheckable(true);
    add(m_session, Command::LegalHoldAll, QKeySequence())->setCheckable(true);
    m_session->addSeparator();
    add(m_session, Command::Retry, QKeySequence(Qt::CTRL | Qt::Key_R));
    add(m_session, Command::Cancel, QKeySequence(Qt::Key_Escape));

    add(m_help, Command::KeyboardShortcuts, QKeySequence(Qt::CTRL | Qt::Key_Slash));
    add(m_help, Command::About, QKeySequence())->setMenuRole(QAction::AboutRole);
}

QAction *WindowMenus::add(QMenu *menu, Command command, const QKeySequence &shortcut)
{
    QAction *created = menu->addAction(QString());
    created->setShortcut(shortcut);
    connect(created, &QAction::triggered, this, [this, command] { Q_EMIT triggered(command); });
    m_actions.insert(command, created);
    return created;
}

void WindowMenus::setEnabled(Command command, bool enabled)
{
    m_actions.value(command)->setEnabled(enabled);
}

QList<std::pair<QString, QKeySequence>> WindowMenus::shortcuts() const
{
    QList<std::pair<QString, QKeySequence>> listed;
    for (const QMenu *menu : {m_file, m_edit, m_view, m_session, m_help}) {
        for (const QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty())
                listed.append({action->text().remove(u'&'), action->shortcut()});
        }
    }
    return listed;
}

void WindowMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_session->setTitle(tr("&Session"));
    m_help->setTitle(tr("&Help"));
    const QHash<Command, QString> texts{
        {Command::NewChat, tr("&New Chat")},
        {Command::Settings, tr("&Settings…")},
        {Command::OpenFromServer, tr("&Open from Server…")},
        {Command::SyncNow, tr("S&ync Now")},
        {Command::Import, tr("&Import…")},
        {Command::ExportAll, tr("Export &All…")},
        {Command::Quit, tr("&Quit")},
        {Command::CopyMessage, tr("&Copy Message")},
        {Command::FilterConversations, tr("Search &Titles")},
        {Command::SearchMessages, tr("&Search All Messages")},
        {Command::GoToConversations, tr("Go to &Conversations")},
        {Command::GoToMessageBox, tr("Go to &Message Box")},
        {Command::Review, tr("&Review Sessions")},
        {Command::AuditTrail, tr("&Audit Trail")},
        {Command::Trash, tr("&Trash")},
        {Command::Rename, tr("&Rename")},
        {Command::Pin, tr("&Pin or Unpin")},
        {Command::Export, tr("&Export…")},
        {Command::ExportPdf, tr("Export as P&DF…")},
        {Command::Print, tr("Prin&t…")},
        {Command::Delete, tr("&Move to Trash…")},
        {Command::LegalHold, tr("Legal &Hold")},
        {Command::LegalHoldAll, tr("Legal Hold on &All Conversations")},
        {Command::Retry, tr("Re&try or Send Waiting Message")},
        {Command::Cancel, tr("&Cancel Request")},
        {Command::KeyboardShortcuts, tr("&Keyboard Shortcuts")},
        {Command::About, tr("&About GovStack Desktop")},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_actions.value(it.key())->setText(it.value());
}
