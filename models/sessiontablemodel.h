#pragma once

#include "chatsource.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

/// Sessions as reviewers browse them: a row each, a column per detail, filtered by the
/// store and sorted in its order (a new sort is done here, on the rows already read).
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The columns, in the order of ChatSource::ReviewColumn.
    enum Column { Title, Created, LastActivity, Messages, UserId, Server, Backend, Language, Rating, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< QString
        SortRole, ///< the value the column sorts by
    };
    Q_ENUM(Role)

    explicit SessionTableModel(ChatSource *source, QObject *parent = nullptr);

    void setFilter(const ReviewFilter &filter);
    const ReviewFilter &filter() const { return m_filter; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The headings changed language: views lay them out again.
    void retranslate();

Q_SIGNALS:
    /// The rows of the current filter and order are in the model (or error() says why not).
    void rowsReady();

private:
    void reload();
    /// Changes come in bursts (a sync pass, a stream): the rows are read again at most a few times a second.
    void scheduleReload();
    void apply(const Result<QList<SessionSummary>> &listed);
    bool updateInPlace(QList<SessionSummary> rows);
    bool comesBefore(const SessionSummary &a, const SessionSummary &b) const;
    QVariant display(const SessionSummary &summary, int column) const;

    QPointer<ChatSource> m_source;
    ReviewFilter m_filter;
    int m_sortColumn = LastActivity;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<SessionSummary> m_rows;
    QString m_error;
    QFutureWatcher<Result<QList<SessionSummary>>> m_pending;
    QTimer m_reloadTimer;
};
