#include "searchresultmodel.h"

#include "chatsource.h"

SearchResultModel::SearchResultModel(ChatSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{ }

void SearchResultModel::setQuery(const QString &text, const ReviewFilter &filter)
{
    m_query = text;
    m_error.clear();
    QList<SearchHit> hits;
    if (m_source && !text.trimmed().isEmpty()) {
        auto found = m_source->search(text, filter, maxResults);
        if (found)
            hits = std::move(found).value();
        else
            m_error = found.error().message;
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
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
        return tr("%1: %2").arg(data(index, TitleRole).toString(), hit.markedSnippet({}, {}));
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
                  {SenderRole, "sender"}});
    return names;
}
