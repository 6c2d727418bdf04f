#include "audittrailmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditTrailModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    // Newest first: what a reviewer opens the trail for is usually what just happened.
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return entry.origin == u"window" ? tr("%1 (window)").arg(entry.actor)
                                             : tr("%1 (command line)").arg(entry.actor);
        case WhatColumn:
            return entry.describe();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? entry.describe() : QVariant();
    case IdRole:
        return entry.id;
    case ActionRole:
        return auditActionName(entry.action);
    case TimeRole:
        return entry.at;
    case HashRole:
        return entry.hash;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    }
    return {};
}

QHash<int, QByteArray> AuditTrailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(ActionRole, "action");
    names.insert(TimeRole, "time");
    names.insert(HashRole, "hash");
    return names;
}
