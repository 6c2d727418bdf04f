#include "relativetime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString RelativeTime::dayName(const QDate &date, const QDate &today)
{
    const QLocale locale;
    const qint64 daysAgo = date.daysTo(today);
    if (daysAgo == 0)
        return {};
    if (daysAgo == 1)
        return tr("Yesterday");
    if (daysAgo > 1 && daysAgo < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (date.year() == today.year()) {
        // Day and month in the order the locale writes them.
        const QString format = locale.dateFormat(QLocale::ShortFormat);
        return locale.toString(date, format.indexOf(u'd') < format.indexOf(u'M') ? u"d MMM"_s : u"MMM d"_s);
    }
    return locale.toString(date, QLocale::ShortFormat);
}

QString RelativeTime::day(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const QString name = dayName(local.date(), now.toLocalTime().date());
    return name.isEmpty() ? QLocale().toString(local.time(), QLocale::ShortFormat) : name;
}

QString RelativeTime::dayAndTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    const QString name = dayName(local.date(), now.toLocalTime().date());
    return name.isEmpty() ? time : tr("%1, %2", "day, time of day").arg(name, time);
}
