#include "storesearch.h"

#include "reviewquery.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QStringBuilder>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace StoreRows;

namespace {

/// How many of the newest matching messages a search ranks.
constexpr int searchCandidates = 500;

struct Candidate {
    SearchHit hit;
    QString words;
    QString toolWords;
    ReviewQuery::TermCounts counts;
};

/// BM25 (k1 1.2, b 0.75) with each word's rarity taken among the candidates: the best @p limit,
/// best first; the newest first among equals.
QList<Candidate> ranked(QList<Candidate> candidates, qsizetype termCount, int limit)
{
    const double total = double(candidates.size());
    double averageLength = 0;
    QList<double> containing(termCount, 0);
    for (const Candidate &candidate : std::as_const(candidates)) {
        averageLength += candidate.counts.words / std::max(total, 1.0);
        for (qsizetype t = 0; t < termCount; ++t)
            containing[t] += candidate.counts.counts.at(t) > 0 ? 1 : 0;
    }
    QList<std::pair<double, qsizetype>> scores;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ReviewQuery::TermCounts &counts = candidates.at(i).counts;
        const double lengthNorm = 1 - 0.75 + 0.75 * counts.words / std::max(averageLength, 1.0);
        double score = 0;
        for (qsizetype t = 0; t < termCount; ++t) {
            const double frequency = counts.counts.at(t);
            const double rarity = std::log((total - containing.at(t) + 0.5) / (containing.at(t) + 0.5) + 1);
            score += rarity * frequency * 2.2 / (frequency + 1.2 * lengthNorm);
        }
        scores.append({score, i});
    }
    std::stable_sort(scores.begin(), scores.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<Candidate> best;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, scores.size()); ++i)
        best.append(std::move(candidates[scores.at(i).second]));
    return best;
}

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
    // The newest matches only, by row id, which FTS5 walks without reading the rest of the index;
    // FTS5's own rank is not asked for: its IDF reads every entry of each word, 25 ms and more for
    // a word found in most of 1,000,000 messages.
    QSqlQuery query = m_database.prepare(
        u"SELECT c.session_id, c.title, m.seq, m.role, m.timestamp, m.text, m.tool_text FROM "
        "(SELECT message_search.rowid AS id FROM message_search "
        "JOIN chat_messages m ON m.id = message_search.rowid JOIN chats c ON c.id = m.chat_id "
        "WHERE message_search MATCH ?"_s %
        review.conditions() %
        u" ORDER BY message_search.rowid DESC LIMIT %1) best "
        "JOIN chat_messages m ON m.id = best.id JOIN chats c ON c.id = m.chat_id ORDER BY best.id DESC"_s.arg(
            searchCandidates));
    query.addBindValue(match);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    if (auto read = execute(query, tr("Searching the conversations")); !read)
        return read.error();
    QList<Candidate> candidates;
    const QStringList terms = ReviewQuery::terms(text);
    while (query.next()) {
        const QString words = query.value(5).toString();
        const QString toolWords = query.value(6).toString();
        candidates.append(
            Candidate{SearchHit{query.value(0).toString(),
                                query.value(1).toString(),
                                query.value(2).toInt(),
                                query.value(3).toString(),
                                query.value(4).isNull()
                                    ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong() / 1000, Qt::UTC),
                                {},
                                false},
                      words, toolWords, ReviewQuery::count(words + u'\n' + toolWords, terms)});
    }
    QList<SearchHit> hits;
    for (Candidate &candidate : ranked(std::move(candidates), terms.size(), limit)) {
        SearchHit &hit = candidate.hit;
        hit.snippet = ReviewQuery::snippet(candidate.words, text);
        // Found in what a tool was asked or gave back rather than in the words of the message.
        hit.inToolData = !hit.snippet.contains(SearchHit::matchStart) && !candidate.toolWords.isEmpty();
        if (hit.inToolData)
            hit.snippet = ReviewQuery::snippet(candidate.toolWords, text);
        hits.append(hit);
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
        "FROM chats c WHERE c.branch_of IS NULL"_s %
        review.conditions() % u" ORDER BY "_s % orderColumns.value(sortBy) %
        (order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s) % u", c.session_id"_s);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    if (auto read = execute(query, tr("Listing chat sessions")); !read)
        return read.error();
    QList<SessionSummary> sessions;
    while (query.next())
        sessions.append(
            SessionSummary{readSession(query), query.value(u"helpful"_s).toInt(), query.value(u"unhelpful"_s).toInt()});
    return sessions;
}
