#pragma once

#include "chatsession.h"

#include <QAbstractTableModel>

/// The conversations in the Trash, most recently trashed first: what, when it went there, and
/// when the Trash deletes it for good (never while it is on hold).
class TrashModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TrashedColumn, FateColumn, ColumnCount };
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TrashedAtRole, ///< QDateTime, UTC
        DeletedAtRole, ///< QDateTime, UTC; invalid when the Trash keeps it
        OnHoldRole,
    };
    Q_ENUM(Role)

    explicit TrashModel(QObject *parent = nullptr);

    /// @p trashDays: how long the Trash keeps conversations; 0 is until it is emptied.
    void setSessions(QList<ChatSession> sessions, int trashDays);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QDateTime deletedAt(const ChatSession &session) const;
    QString fate(const ChatSession &session) const;

    QList<ChatSession> m_sessions;
    int m_trashDays = 0;
};
