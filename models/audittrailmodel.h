#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>

/// The audit trail as a table, newest entry first: when, who (and from where), and what.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActionRole, ///< the action's name, as the CLI's `audit --json` gives it
        TimeRole, ///< QDateTime, UTC
        HashRole,
    };
    Q_ENUM(Role)

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<AuditEntry> m_entries;
};
