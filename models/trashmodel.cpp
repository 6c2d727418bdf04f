#include "trashmodel.h"

#include <QLocale>

TrashModel::TrashModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrashModel::setSessions(QList<ChatSession> sessions, int trashDays)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_trashDays = trashDays;
    endResetModel();
}

int TrashModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int TrashModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TrashModel::deletedAt(const ChatSession &session) const
{
    return session.onHold || m_trashDays <= 0 ? QDateTime() : session.trashedAt.addDays(m_trashDays);
}

QString TrashModel::fate(const ChatSession &session) const
{
    if (session.onHold)
        return tr("Kept: on legal hold");
    if (m_trashDays <= 0)
        return tr("Kept until the Trash is emptied");
    return tr("Deleted for good on %1")
        .arg(QLocale().toString(deletedAt(session).toLocalTime().date(), QLocale::ShortFormat));
}

QVariant TrashModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatSession &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return session.title.isEmpty() ? tr("New conversation") : session.title;
        case TrashedColumn:
            return QLocale().toString(session.trashedAt.toLocalTime(), QLocale::ShortFormat);
        case FateColumn:
            return fate(session);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? session.preview : QVariant();
    case SessionIdRole:
        return session.sessionId;
    case TrashedAtRole:
        return session.trashedAt;
    case DeletedAtRole:
        return deletedAt(session);
    case OnHoldRole:
        return session.onHold;
    }
    return {};
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Conversation");
    case TrashedColumn:
        return tr("Moved to the Trash");
    case FateColumn:
        return tr("What happens next");
    }
    return {};
}

QHash<int, QByteArray> TrashModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SessionIdRole, "sessionId"},
                  {TrashedAtRole, "trashedAt"},
                  {DeletedAtRole, "deletedAt"},
                  {OnHoldRole, "onHold"}});
    return names;
}
