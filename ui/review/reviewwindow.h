#pragma once

#include <QTimer>
#include <QWidget>

class ChatSource;
class ConversationReader;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ReviewFilterBar;
class SessionFiles;
class SessionTableModel;

/// For reviewers who browse rather than chat, laid out as a mail reader: every session in a
/// sortable table, narrowed by words and the review filters with a count of what is left,
/// and below it the chosen conversation to read, stepping to the next and previous one.
class ReviewWindow : public QWidget
{
    Q_OBJECT

public:
    ReviewWindow(ChatSource *source, SessionFiles *files, QWidget *parent = nullptr);

    SessionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ConversationReader *reader() const { return m_reader; }
    /// Shows the conversation of @p row in the reading pane and puts the keyboard there.
    void openRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void retranslate();
    QStringList selectedSessionIds() const;
    void applyFilter();
    void showCount();
    /// The reading pane follows the table's current row.
    void readCurrent();
    void step(int by);

    ChatSource *m_source;
    SessionFiles *m_files;
    SessionTableModel *m_model;
    ReviewFilterBar *m_filters;
    QLineEdit *m_text;
    QLabel *m_count;
    QTableView *m_table;
    ConversationReader *m_reader;
    QPushButton *m_exportButton;
    QTimer m_textDelay;
};
