#include "sessiontablemodel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

SessionTableModel::SessionTableModel(ChatSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    // The watcher follows the newest question only: an older one's answer is never delivered.
    connect(&m_pending, &QFutureWatcherBase::finished, this, [this] {
        if (!m_pending.isCanceled())
            apply(m_pending.result());
    });
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SessionTableModel::reload);
    // Any change to a session may move it in any column's order: the rows are read again.
    for (const auto signal :
         {&ChatSource::sessionCreated, &ChatSource::sessionDeleted, &ChatSource::messagesReplaced}) {
        connect(source, signal, this, &SessionTableModel::scheduleReload);
    }
    connect(source, &ChatSource::externalChangeDetected, this, &SessionTableModel::scheduleReload);
    connect(source, &ChatSource::messagesSaved, this, &SessionTableModel::scheduleReload);
    connect(source, &ChatSource::messageRated, this, &SessionTableModel::scheduleReload);
    connect(source, &ChatSource::sessionRenamed, this, &SessionTableModel::scheduleReload);
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
    // The rows are in memory: sorted here, in the store's order, without asking it again.
    QList<SessionSummary> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this](const SessionSummary &a, const SessionSummary &b) { return comesBefore(a, b); });
    updateInPlace(std::move(sorted));
    Q_EMIT rowsReady();
}

bool SessionTableModel::comesBefore(const SessionSummary &a, const SessionSummary &b) const
{
    // The order of the store's review query: the column's value, then the session id ascending.
    const ChatSession &x = a.session;
    const ChatSession &y = b.session;
    const int order = [&] {
        switch (m_sortColumn) {
        case Title:
            return x.title.compare(y.title, Qt::CaseInsensitive);
        case Created:
            return threeWay(x.createdAt, y.createdAt);
        case LastActivity:
            return threeWay(x.updatedAt, y.updatedAt);
        case Messages:
            return threeWay(x.messageCount, y.messageCount);
        case UserId:
            return x.userId.compare(y.userId);
        case Server:
            return x.serverUrl.compare(y.serverUrl);
        case Backend:
            return threeWay(int(x.backend), int(y.backend));
        case Language:
            return x.language.compare(y.language);
        case Rating:
            return threeWay(a.ratedHelpful - a.ratedUnhelpful, b.ratedHelpful - b.ratedUnhelpful);
        }
        return 0;
    }();
    if (order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    return x.sessionId < y.sessionId;
}

void SessionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void SessionTableModel::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void SessionTableModel::reload()
{
    m_reloadTimer.stop();
    m_pending.future().cancel();
    if (!m_source) {
        m_pending.setFuture({});
        apply(QList<SessionSummary>{});
        return;
    }
    m_pending.setFuture(m_source->read<QList<SessionSummary>>(
        [filter = m_filter, sortBy = ChatSource::ReviewColumn(m_sortColumn),
         order = m_sortOrder](const ChatSource &source) { return source.reviewSessions(filter, sortBy, order); }));
}

void SessionTableModel::apply(const Result<QList<SessionSummary>> &listed)
{
    m_error = listed ? QString() : listed.error().message;
    QList<SessionSummary> rows = listed ? listed.value() : QList<SessionSummary>{};
    if (!updateInPlace(rows)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT rowsReady();
}

bool SessionTableModel::updateInPlace(QList<SessionSummary> rows)
{
    // A sync pass or a stream changes details and moves sessions, rarely which sessions are
    // listed: the rows move as a layout change, and views keep their selection and scroll
    // position rather than rebuilding everything.
    if (rows.size() != m_rows.size())
        return false;
    QHash<QString, int> rowOfId;
    rowOfId.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        rowOfId.insert(rows.at(row).session.sessionId, row);
    for (const SessionSummary &summary : std::as_const(m_rows)) {
        if (!rowOfId.contains(summary.session.sessionId))
            return false;
    }
    bool moved = false;
    for (int row = 0; row < rows.size() && !moved; ++row)
        moved = rows.at(row).session.sessionId != m_rows.at(row).session.sessionId;
    if (!moved) {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row) == m_rows.at(row))
                continue;
            m_rows[row] = rows.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return true;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(rowOfId.value(m_rows.at(index.row()).session.sessionId), index.column());
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    return true;
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
        return tr("%1 helpful, %2 not").arg(summary.ratedHelpful).arg(summary.ratedUnhelpful);
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
