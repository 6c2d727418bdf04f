#include "timestamp.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <chrono>
#include <cmath>

namespace {

constexpr qint64 microsPerSecond = 1000000;
// pydantic (speedate) reads a number above this as milliseconds rather than seconds.
constexpr double millisecondsThreshold = 2e10;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QString formatOffset(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("Z");
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(offsetSeconds) / 60;
    return sign % QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

std::optional<int> parseOffset(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"Z" || text == u"z")
        return 0;
    const int sign = text.front() == u'-' ? -1 : 1;
    const QString digits = text.mid(1).toString().remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

std::optional<Timestamp> Timestamp::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        bool isNumber = false;
        const double seconds = text.trimmed().toDouble(&isNumber);
        if (isNumber && std::isfinite(seconds))
            return fromUnixTime(seconds);
        return std::nullopt;
    }

    // An offset is less than a day, as pydantic requires.
    if (const QString offset = match.captured(8).mid(1).remove(u':');
        offset.size() >= 2 && (offset.left(2).toInt() >= 24 || offset.mid(2, 2).toInt() >= 60))
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const int hour = match.capturedView(4).toInt();
    const int minute = match.capturedView(5).toInt();
    const int second = match.capturedView(6).toInt();
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    // Digits beyond microseconds are cut off, as pydantic does.
    const QString fraction = match.captured(7).left(6).leftJustified(6, u'0');
    const qint64 micros = fraction.toLongLong();

    Timestamp result;
    result.m_valid = true;
    result.m_offsetSeconds = parseOffset(match.capturedView(8));
    const qint64 wallSeconds = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    result.m_epochMicros = (wallSeconds - result.m_offsetSeconds.value_or(0)) * microsPerSecond + micros;
    return result;
}

std::optional<Timestamp> Timestamp::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return parse(value.toString());
    if (value.isDouble())
        return fromUnixTime(value.toDouble());
    return std::nullopt;
}

std::optional<Timestamp> Timestamp::fromUnixTime(double secondsOrMilliseconds)
{
    const double seconds = std::abs(secondsOrMilliseconds) > millisecondsThreshold ? secondsOrMilliseconds / 1000.0
                                                                                   : secondsOrMilliseconds;
    // Years 1 to 9999, as Python's datetime; 1e20 would wrap around to the year -290309.
    if (!std::isfinite(seconds) || seconds < -62135596800.0 || seconds >= 253402300800.0)
        return std::nullopt;
    return fromUnixSeconds(secondsOrMilliseconds);
}

Timestamp Timestamp::fromUnixSeconds(double seconds)
{
    if (std::abs(seconds) > millisecondsThreshold)
        seconds /= 1000.0;
    Timestamp result;
    result.m_valid = true;
    result.m_offsetSeconds = 0;
    result.m_epochMicros = std::llround(seconds * double(microsPerSecond));
    return result;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    Timestamp result;
    result.m_valid = dateTime.isValid();
    result.m_offsetSeconds = dateTime.offsetFromUtc();
    result.m_epochMicros = dateTime.toMSecsSinceEpoch() * 1000;
    return result;
}

Timestamp Timestamp::now()
{
    using namespace std::chrono;
    Timestamp result;
    result.m_valid = true;
    result.m_offsetSeconds = 0;
    result.m_epochMicros = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    return result;
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid)
        return {};
    const auto utc = QDateTime::fromMSecsSinceEpoch(floorDiv(m_epochMicros, 1000), Qt::UTC);
    return m_offsetSeconds ? utc.toOffsetFromUtc(*m_offsetSeconds) : utc;
}

QString Timestamp::toString() const
{
    if (!m_valid)
        return {};
    const qint64 wallMicros = m_epochMicros + qint64(m_offsetSeconds.value_or(0)) * microsPerSecond;
    const qint64 wallSeconds = floorDiv(wallMicros, microsPerSecond);
    const qint64 fraction = wallMicros - wallSeconds * microsPerSecond;

    QString text = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (fraction != 0)
        text += u'.' + QString::number(fraction).rightJustified(6, u'0');
    if (m_offsetSeconds)
        text += formatOffset(*m_offsetSeconds);
    return text;
}
