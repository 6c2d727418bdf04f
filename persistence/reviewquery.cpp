#include "reviewquery.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

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
    static const QRegularExpression word(u"[\\p{L}\\p{N}\\p{M}]+"_s);
    QStringList terms;
    for (auto it = word.globalMatch(typed); it.hasNext();)
        terms << u'"' + it.next().captured() + u"\"*"_s;
    return terms.join(u' ');
}
