#pragma once

#include <QDialog>

class AuditTrailModel;
class ChatActions;
class QLabel;
class QPushButton;
class QTableView;

/// View → Audit Trail: every export, import, delete, verification and personal-data warning,
/// newest first, and whether the trail's hash chain shows an entry changed or removed.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(ChatActions *actions, QWidget *parent = nullptr);

    /// Reads the trail and checks it, on the store's thread.
    void reload();
    QString checkText() const;

private:
    void showCheck(bool intact, const QString &text);

    ChatActions *m_actions;
    AuditTrailModel *m_model;
    QLabel *m_check;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_checkButton;
};
