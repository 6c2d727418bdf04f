#pragma once

#include "reviewfilter.h"

#include <QStringList>
#include <QVariantList>

/// SQL conditions and their values for a ReviewFilter, over `chats` as `c`
/// (and, for message dates and ratings, `chat_messages` as `m`).
class ReviewQuery
{
public:
    enum class Subject {
        Messages, ///< dates and ratings of the matched message
        Sessions, ///< last activity, and any rated answer of the session
    };

    ReviewQuery(const ReviewFilter &filter, Subject subject);

    /// " AND ..." for each condition, or empty.
    QString conditions() const { return m_conditions.isEmpty() ? QString() : u" AND " + m_conditions.join(u" AND "); }
    const QVariantList &values() const { return m_values; }

    /// Words this long or longer match as word prefixes; shorter ones whole.
    static constexpr qsizetype minimumPrefixLength = 4;

    /// An FTS5 query for what a person typed: every word must occur, each of
    /// four letters or more as a word prefix (`usaj` finds `usajili wa
    /// biashara`), shorter ones whole; operators are taken literally. Empty when
    /// nothing searchable was typed.
    static QString matchExpression(const QString &typed);
    static bool isPrefix(QStringView word);
    /// What was @p typed as the index matches it: each word case folded, accents removed.
    static QStringList terms(const QString &typed);
    /// How often each of @p terms (from terms()) occurs in @p text, and how many words it has.
    struct TermCounts {
        QList<int> counts;
        int words = 0;
    };
    static TermCounts count(const QString &text, const QStringList &terms);
    /// A few words of @p text around the first word that matches what was @p typed
    /// (as matchExpression() matches: word prefixes, case and accents ignored), each
    /// matching word between SearchHit::matchStart and SearchHit::matchEnd.
    static QString snippet(const QString &text, const QString &typed);

private:
    void add(const QString &condition, const QVariant &value);

    QStringList m_conditions;
    QVariantList m_values;
};
