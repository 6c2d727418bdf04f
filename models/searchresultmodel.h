#pragma once

#include "reviewfilter.h"
#include "searchhit.h"

#include "result.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPointer>

class ChatSource;

/// The messages a full-text search found, best first.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< QString
        TitleRole, ///< QString: the session's title
        TimestampRole, ///< QDateTime: when the message was written
        SnippetRole, ///< QString: words around the match, matches between SearchHit::matchStart and matchEnd
        SeqRole, ///< int: the message's place in its session
        SenderRole, ///< QString: user or assistant
        InToolDataRole, ///< bool: the match is in a tool call or result, not in the message's words
    };
    Q_ENUM(Role)

    static constexpr int maxResults = 100;

    explicit SearchResultModel(ChatSource *source, QObject *parent = nullptr);

    /// Searches again; an empty @p text empties the list. The results arrive later
    /// (resultsReady()); those of a question asked before are dropped.
    void setQuery(const QString &text, const ReviewFilter &filter = {});
    QString query() const { return m_query; }
    /// Why the last search failed, or empty.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The results of the current query are in the model (or error() says why not).
    void resultsReady();

private:
    void apply(const Result<QList<SearchHit>> &found);

    QPointer<ChatSource> m_source;
    QString m_query;
    QString m_error;
    QList<SearchHit> m_hits;
    QFutureWatcher<Result<QList<SearchHit>>> m_pending;
};
