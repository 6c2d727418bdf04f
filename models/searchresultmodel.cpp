#include "searchresultmodel.h"

#include "chatsource.h"

SearchResultModel::SearchResultModel(ChatSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    // The watcher follows the newest question only: an older one's answer is never delivered.
    connect(&m_pending, &QFutureWatcherBase::finished, this, [this] {
        if (!m_pending.isCanceled())
            apply(m_pending.result());
    });
}

void SearchResultModel::setQuery(const QString &text, const ReviewFilter &filter)
{
    m_query = text;
    // A question no longer asked is not answered: if it has not started yet, it never does.
    m_pending.future().cancel();
    if (!m_source || text.trimmed().isEmpty()) {
        m_pending.setFuture({});
        apply(QList<SearchHit>{});
        return;
    }
    m_pending.setFuture(m_source->read<QList<SearchHit>>(
        [text, filter](const ChatSource &source) { return source.search(text, filter, maxResults); }));
}

void SearchResultModel::apply(const Result<QList<SearchHit>> &found)
{
    m_error = found ? QString() : found.error().message;
    beginResetModel();
    m_hits = found ? found.value() : QList<SearchHit>{};
    endResetModel();
    Q_EMIT resultsReady();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.sessionTitle.isEmpty() ? tr("New conversation") : hit.sessionTitle;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return hit.inToolData
            ? tr("%1, in tool data: %2").arg(data(index, TitleRole).toString(), hit.markedSnippet({}, {}))
            : tr("%1: %2").arg(data(index, TitleRole).toString(), hit.markedSnippet({}, {}));
    case SessionIdRole:
        return hit.sessionId;
    case TimestampRole:
        return hit.time;
    case SnippetRole:
        return hit.snippet;
    case SeqRole:
        return hit.seq;
    case SenderRole:
        return hit.sender;
    case InToolDataRole:
        return hit.inToolData;
    }
    return {};
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SessionIdRole, "sessionId"},
                  {TitleRole, "title"},
                  {TimestampRole, "timestamp"},
                  {SnippetRole, "snippet"},
                  {SeqRole, "seq"},
                  {SenderRole, "sender"},
                  {InToolDataRole, "inToolData"}});
    return names;
}
