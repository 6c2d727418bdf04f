#pragma once

#include <QCoreApplication>
#include <QDateTime>

/// Dates as chat apps show them, short and relative to now, in the UI language's locale:
/// "14:05" today, "Yesterday", a weekday within the week, "9 Jun" this year, the locale's
/// short date before. @p now is given so tests fix the clock.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    /// The day alone, or the time of day for today (lists of conversations and search hits).
    static QString day(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
    /// The day and the time of day (a message's header).
    static QString dayAndTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

private:
    /// The day's name relative to today; empty for today.
    static QString dayName(const QDate &date, const QDate &today);
};
