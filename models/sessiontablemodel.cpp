#include "sessiontablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SessionTableModel::SessionTableModel(ChatSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    // Any change to a session may move it in any column's order: the rows are read again.
    for (const auto signal :
         {&ChatSource::sessionCreated, &ChatSource::sessionDeleted, &ChatSource::messagesReplaced}) {
        connect(source, signal, this, &SessionTableModel::reload);
    }
    connect(source, &ChatSource::messagesSaved, this, &SessionTableModel::reload);
    connect(source, &ChatSource::messageRated, this, &SessionTableModel::reload);
    connect(source, &ChatSource::sessionRenamed, this, &SessionTableModel::reload);
    connect(source, &ChatSource::externalChangeDetected, this, &SessionTableModel::reload);
    reload();
}

void SessionTableModel::setFilter(const ReviewFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void SessionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void SessionTableModel::reload()
{
    QList<SessionSummary> rows;
    m_error.clear();
    if (m_source) {
        auto listed = m_source->reviewSessions(m_filter, ChatSource::ReviewColumn(m_sortColumn), m_sortOrder);
        if (listed)
            rows = std::move(listed).value();
        else
            m_error = listed.error().message;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::display(const SessionSummary &summary, int column) const
{
    const ChatSession &session = summary.session;
    const QLocale locale;
    switch (column) {
    case Title:
        return session.title.isEmpty() ? tr("New conversation") : session.title;
    case Created:
        return locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat);
    case LastActivity:
        return locale.toString(session.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case Messages:
        return session.messageCount;
    case UserId:
        return session.userId;
    case Server:
        return session.serverUrl;
    case Backend:
        return session.backend == ::Backend::OpenAI ? tr("OpenAI-compatible") : tr("GovStack");
    case Language:
        return session.language;
    case Rating:
        if (summary.ratedHelpful + summary.ratedUnhelpful == 0)
            return QString();
        return tr("▲ %1  ▼ %2").arg(summary.ratedHelpful).arg(summary.ratedUnhelpful);
    }
    return {};
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &summary = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(summary, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? summary.session.preview : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Messages ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SessionIdRole:
        return summary.session.sessionId;
    case SortRole:
        return index.column() == Rating ? QVariant(summary.ratedHelpful - summary.ratedUnhelpful)
                                        : display(summary, index.column());
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Created:
        return tr("Created");
    case LastActivity:
        return tr("Last activity");
    case Messages:
        return tr("Messages");
    case UserId:
        return tr("User id");
    case Server:
        return tr("Server");
    case Backend:
        return tr("Back end");
    case Language:
        return tr("Language");
    case Rating:
        return tr("Rating");
    }
    return {};
}

QHash<int, QByteArray> SessionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SessionIdRole, "sessionId"}, {SortRole, "sortValue"}});
    return names;
}
