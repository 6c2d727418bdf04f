#pragma once

#include <QDialog>
#include <QKeySequence>

/// Help → Keyboard Shortcuts: every key the window answers to, the menus' and the chat's own.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<std::pair<QString, QKeySequence>> &menuShortcuts, QWidget *parent = nullptr);
};
