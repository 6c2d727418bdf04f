#include "reviewquery.h"

#include "searchhit.h"
#include "storerows.h"
#include <QDateTime>

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Words as FTS5's unicode61 tokenizer sees them.
const QRegularExpression &wordPattern()
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}\\p{M}]+"_s);
    return word;
}

/// A word as the index keeps it: case folded, accents removed.
QString folded(QStringView word)
{
    // Most words are plain ASCII: lower case is all their folding needs.
    if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return word.toString().toLower();
    QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed.toCaseFolded();
}

/// Whether a folded @p word is what a folded search @p term finds: a prefix of it, or a short term whole.
bool matchesTerm(const QString &word, const QString &term)
{
    return ReviewQuery::isPrefix(term) ? word.startsWith(term) : word == term;
}

qint64 startOfDayMillis(const QDate &day)
{
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

ReviewQuery::ReviewQuery(const ReviewFilter &filter, Subject subject)
{
    // Message times are kept in microseconds, session activity in milliseconds.
    const bool messages = subject == Subject::Messages;
    const QString time = messages ? u"m.timestamp"_s : u"c.updated_at"_s;
    const qint64 scale = messages ? 1000 : 1;
    // What is in the Trash is not searched or reviewed (its conversation's row says so).
    m_conditions << StoreRows::notInTrash;
    if (filter.from.isValid())
        add(time + u" >= ?"_s, startOfDayMillis(filter.from) * scale);
    if (filter.to.isValid())
        add(time + u" < ?"_s, startOfDayMillis(filter.to.addDays(1)) * scale);
    if (filter.backend)
        add(u"c.backend = ?"_s, backendName(*filter.backend));
    if (!filter.serverUrl.isEmpty())
        add(u"c.server_url = ?"_s, filter.serverUrl);
    if (!filter.userId.isEmpty())
        add(u"c.user_id = ?"_s, filter.userId);
    if (!filter.language.isEmpty())
        add(u"c.language = ?"_s, filter.language);
    if (const QString text = filter.text.trimmed(); !messages && !text.isEmpty()) {
        // Words as typed, each somewhere in the title, the user or the session id; LIKE's own
        // wildcards in them are plain characters.
        for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
            word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            const QString pattern = u'%' + word + u'%';
            m_conditions << u"(c.title LIKE ? ESCAPE '\\' OR c.user_id LIKE ? ESCAPE '\\' OR c.session_id LIKE ? "
                            "ESCAPE '\\')"_s;
            m_values << pattern << pattern << pattern;
        }
    }
    if (filter.ratedOnly) {
        m_conditions << (messages ? u"m.rating IS NOT NULL"_s
                                  : u"EXISTS (SELECT 1 FROM chat_messages r WHERE r.chat_id = c.id AND r.rating IS NOT "
                                    "NULL)"_s);
    }
}

void ReviewQuery::add(const QString &condition, const QVariant &value)
{
    m_conditions << condition;
    m_values << value;
}

QString ReviewQuery::matchExpression(const QString &typed)
{
    // Words as FTS5's unicode61 tokenizer sees them; each quoted, so that
    // AND, OR, NEAR, quotes and stars in the text are just text.
    QStringList terms;
    for (auto it = wordPattern().globalMatch(typed); it.hasNext();) {
        const QString word = it.next().captured();
        terms << u'"' + word + (isPrefix(word) ? u"\"*"_s : u"\""_s);
    }
    return terms.join(u' ');
}

bool ReviewQuery::isPrefix(QStringView word)
{
    // Expanding one to three letters finds little but noise ("ya*", "the*"), and costs a
    // merge of the lists of every word they start; such words match whole.
    return word.size() >= minimumPrefixLength;
}

QStringList ReviewQuery::terms(const QString &typed)
{
    QStringList terms;
    for (auto it = wordPattern().globalMatch(typed); it.hasNext();)
        terms << folded(it.next().capturedView());
    return terms;
}

ReviewQuery::TermCounts ReviewQuery::count(const QString &text, const QStringList &terms)
{
    TermCounts counts{QList<int>(terms.size(), 0), 0};
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const QString word = folded(it.next().capturedView());
        ++counts.words;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            if (matchesTerm(word, terms.at(i)))
                ++counts.counts[i];
        }
    }
    return counts;
}

QString ReviewQuery::snippet(const QString &text, const QString &typed)
{
    constexpr qsizetype before = 5;
    constexpr qsizetype after = 12;
    const QStringList terms = ReviewQuery::terms(typed);
    struct Word {
        qsizetype start;
        qsizetype end;
        bool matches;
    };
    QList<Word> found;
    qsizetype first = -1;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString word = folded(match.capturedView());
        const bool matches =
            std::any_of(terms.cbegin(), terms.cend(), [&word](const QString &term) { return matchesTerm(word, term); });
        if (matches && first < 0)
            first = found.size();
        found.append(Word{match.capturedStart(), match.capturedEnd(), matches});
    }
    if (found.isEmpty())
        return text.left(80);
    const qsizetype from = std::max<qsizetype>(0, first - before);
    const qsizetype to = std::min(found.size() - 1, std::max<qsizetype>(first, 0) + after);
    QString snippet = from > 0 ? u"…"_s : QString();
    for (qsizetype i = from; i <= to; ++i) {
        const Word &word = found.at(i);
        if (i > from) {
            // What stands between two words stays as written (JSON of a tool keeps `doc_id` and `0.52`),
            // each run of white space shown as one space.
            static const QRegularExpression space(u"\\s+"_s);
            snippet += text.mid(found.at(i - 1).end, word.start - found.at(i - 1).end).replace(space, u" "_s);
        }
        const QString piece = text.mid(word.start, word.end - word.start);
        snippet += word.matches ? SearchHit::matchStart + piece + SearchHit::matchEnd : piece;
    }
    if (to < found.size() - 1)
        snippet += u"…"_s;
    return snippet;
}
