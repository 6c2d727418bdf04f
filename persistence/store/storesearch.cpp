#include "storesearch.h"

#include "reviewquery.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;
using namespace StoreRows;

namespace {

/// How many of the newest matching messages a search ranks.
constexpr int searchCandidates = 2000;

} // namespace

StoreSearch::StoreSearch(StoreDatabase &database)
    : m_database(database)
{ }

Result<QList<SearchHit>> StoreSearch::search(const QString &text, const ReviewFilter &filter, int limit)
{
    const QString match = ReviewQuery::matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>{};
    const ReviewQuery review(filter, ReviewQuery::Subject::Messages);
    // Ranked by relevance among the newest matches only: FTS5 walks its index newest first and
    // stops at `candidates`, so a word found in half the messages costs no more than a rare one.
    QSqlQuery query =
        m_database.prepare(u"SELECT c.session_id, c.title, m.seq, m.role, m.timestamp, m.text, m.tool_text FROM "
                           "(SELECT message_search.rowid AS id, message_search.rank AS score FROM message_search "
                           "JOIN chat_messages m ON m.id = message_search.rowid JOIN chats c ON c.id = m.chat_id "
                           "WHERE message_search MATCH ?"_s %
                           review.conditions() %
                           u" ORDER BY message_search.rowid DESC LIMIT %1) best "
                           "JOIN chat_messages m ON m.id = best.id JOIN chats c ON c.id = m.chat_id "
                           "ORDER BY best.score LIMIT ?"_s.arg(searchCandidates));
    query.addBindValue(match);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    query.addBindValue(std::max(limit, 0));
    if (auto read = execute(query, tr("Searching the conversations")); !read)
        return read.error();
    QList<SearchHit> hits;
    while (query.next()) {
        QString snippet = ReviewQuery::snippet(query.value(5).toString(), text);
        // Found in what a tool was asked or gave back rather than in the words of the message.
        const bool inToolData = !snippet.contains(SearchHit::matchStart) && !query.value(6).toString().isEmpty();
        if (inToolData)
            snippet = ReviewQuery::snippet(query.value(6).toString(), text);
        hits.append(SearchHit{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toString(),
            query.value(4).isNull() ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong() / 1000, Qt::UTC),
            snippet, inToolData});
    }
    return hits;
}

Result<QList<SessionSummary>> StoreSearch::reviewSessions(const ReviewFilter &filter, ChatSource::ReviewColumn sortBy,
                                                          Qt::SortOrder order)
{
    static const QHash<ChatSource::ReviewColumn, QString> orderColumns{
        {ChatSource::ReviewColumn::Title, u"c.title COLLATE NOCASE"_s},
        {ChatSource::ReviewColumn::Created, u"c.created_at"_s},
        {ChatSource::ReviewColumn::LastActivity, u"c.updated_at"_s},
        {ChatSource::ReviewColumn::Messages, u"c.message_count"_s},
        {ChatSource::ReviewColumn::UserId, u"c.user_id"_s},
        {ChatSource::ReviewColumn::Server, u"c.server_url"_s},
        {ChatSource::ReviewColumn::Backend, u"c.backend"_s},
        {ChatSource::ReviewColumn::Language, u"c.language"_s},
        {ChatSource::ReviewColumn::Rating, u"helpful - unhelpful"_s},
    };
    const ReviewQuery review(filter, ReviewQuery::Subject::Sessions);
    QSqlQuery query = m_database.prepare(
        u"SELECT "_s % sessionColumns %
        u", (SELECT count(*) FROM chat_messages r WHERE r.chat_id = c.id AND r.rating = 5) AS helpful, "
        "(SELECT count(*) FROM chat_messages r WHERE r.chat_id = c.id AND r.rating = 1) AS unhelpful "
        "FROM chats c WHERE 1"_s %
        review.conditions() % u" ORDER BY "_s % orderColumns.value(sortBy) %
        (order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s) % u", c.session_id"_s);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    if (auto read = execute(query, tr("Listing chat sessions")); !read)
        return read.error();
    QList<SessionSummary> sessions;
    while (query.next())
        sessions.append(SessionSummary{readSession(query), query.value(17).toInt(), query.value(18).toInt()});
    return sessions;
}
