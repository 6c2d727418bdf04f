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

    /// An FTS5 query for what a person typed: every word must occur, each as a
    /// word prefix (`usajili` finds `usajili wa biashara`); operators are taken
    /// literally. Empty when nothing searchable was typed.
    static QString matchExpression(const QString &typed);

private:
    void add(const QString &condition, const QVariant &value);

    QStringList m_conditions;
    QVariantList m_values;
};
