#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class RecordActions;
class TrashModel;

/// View → Trash: the conversations deleted but not yet gone, with Restore, Delete Permanently
/// and Empty Trash. What is here is kept out of the sidebar, search, review, sync and sending.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p trashDays: how long the Trash keeps conversations (0: until it is emptied).
    TrashDialog(RecordActions *actions, int trashDays, QWidget *parent = nullptr);

    /// Reads the Trash again, on the store's thread.
    void reload();

private:
    QStringList selectedIds() const;
    void restoreSelected();
    void deleteSelected();
    void emptyTrash();
    void setBusy(bool busy);
    void showOutcome(const QString &title, const QString &error);
    void updateButtons();

    RecordActions *m_actions;
    int m_trashDays;
    TrashModel *m_model;
    QLabel *m_intro;
    QLabel *m_empty;
    QTableView *m_table;
    /// The table, or the words that say the Trash is empty.
    class QStackedWidget *m_contents;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QPushButton *m_emptyTrash;
};
