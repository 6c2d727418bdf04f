#pragma once

#include <QWidget>

class ChatSource;
class QPushButton;
class QTableView;
class ReviewFilterBar;
class SessionFiles;
class SessionTableModel;

/// For reviewers who browse rather than chat: every session in a sortable
/// table with the review filters; a row opens the conversation to read.
class ReviewWindow : public QWidget
{
    Q_OBJECT

public:
    ReviewWindow(ChatSource *source, SessionFiles *files, QWidget *parent = nullptr);

    SessionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Opens the conversation of @p row, read-only.
    void openRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QStringList selectedSessionIds() const;

    ChatSource *m_source;
    SessionFiles *m_files;
    SessionTableModel *m_model;
    ReviewFilterBar *m_filters;
    QTableView *m_table;
    QPushButton *m_openButton;
    QPushButton *m_exportButton;
};
