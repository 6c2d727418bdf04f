#pragma once

#include "chatsource.h"
#include "reviewfilter.h"
#include "searchhit.h"
#include "sessionsummary.h"
#include "storedatabase.h"

#include <QCoreApplication>

/// What reviewers ask of the store: messages matching words (full-text, ranked), and the
/// sessions that pass a filter, sorted by a column.
class StoreSearch
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    explicit StoreSearch(StoreDatabase &database);

    Result<QList<SearchHit>> search(const QString &text, const ReviewFilter &filter, int limit);
    Result<QList<SessionSummary>> reviewSessions(const ReviewFilter &filter, ChatSource::ReviewColumn sortBy,
                                                 Qt::SortOrder order);

private:
    StoreDatabase &m_database;
};
