#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QJsonValue;

/// A PydanticAI datetime with microsecond precision (QDateTime stops at
/// milliseconds, which would lose digits on a round trip).
///
/// Keeps the UTC offset the value was written with, or none for a naive
/// timestamp, so it is written back exactly as PydanticAI writes it:
/// `2026-03-14T09:20:01.118000Z`, `2026-03-14T12:50:00+03:00`, fraction only when
/// non-zero and then always six digits.
class Timestamp
{
public:
    Timestamp() = default;

    /// Lenient, as pydantic is: `Z`, `+00:00`, `+0300`, a space instead of `T`,
    /// any number of fraction digits, a date alone, or unix seconds (milliseconds
    /// above 2e10) as a number or a numeric string.
    static std::optional<Timestamp> parse(QStringView text);
    static std::optional<Timestamp> fromJson(const QJsonValue &value);
    static Timestamp fromUnixSeconds(double seconds);
    /// Seconds, or milliseconds when that large, as pydantic reads a number; nothing outside years 1 to 9999.
    static std::optional<Timestamp> fromUnixTime(double secondsOrMilliseconds);
    static Timestamp fromDateTime(const QDateTime &dateTime);
    static Timestamp now();

    bool isValid() const { return m_valid; }
    bool isNaive() const { return !m_offsetSeconds.has_value(); }

    /// Microseconds since the epoch; a naive timestamp counts as UTC.
    qint64 toEpochMicroseconds() const { return m_epochMicros; }
    QDateTime toDateTime() const;
    QString toString() const;

    friend bool operator==(const Timestamp &, const Timestamp &) = default;

private:
    qint64 m_epochMicros = 0;
    std::optional<int> m_offsetSeconds;
    bool m_valid = false;
};
