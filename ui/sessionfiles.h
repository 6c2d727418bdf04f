#pragma once

#include <QFuture>
#include <QObject>
#include <QStringList>

class SessionTransfer;
class QWidget;

/// The window's side of export and import: choosing files, showing progress
/// with Cancel, and saying what happened.
class SessionFiles : public QObject
{
    Q_OBJECT

public:
    SessionFiles(SessionTransfer *transfer, QWidget *window);

    /// Asks where, then exports: JSON, or Markdown when the name ends in `.md`.
    void exportWithDialog(const QStringList &sessionIds);
    /// Exports to @p path with a progress dialog; true when the file was written.
    bool exportTo(const QStringList &sessionIds, const QString &path, bool wholeCollection);
    void importWithDialog();
    /// Reads every file first; imports all or none, on the store's thread when it has one, with
    /// progress and Cancel. Returns the ids imported.
    QStringList importFiles(const QStringList &paths);

Q_SIGNALS:
    void imported(const QStringList &sessionIds);

private:
    /// Shows @p label with progress and Cancel (@p total sessions; 0 while unknown) until @p future ends.
    template<typename T>
    T waitWithProgress(const QFuture<T> &future, const QString &label, const QString &name, int total);

    SessionTransfer *m_transfer;
    QWidget *m_window;
};
