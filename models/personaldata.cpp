#include "personaldata.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Pattern {
    PersonalData::Kind kind;
    QRegularExpression expression;
};

const QList<Pattern> &patterns()
{
    // Each bounded so that it is not a piece of a longer number or word.
    static const QList<Pattern> all{
        {PersonalData::Kind::Email,
         QRegularExpression(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"_s)},
        {PersonalData::Kind::KraPin, QRegularExpression(u"(?<![A-Za-z0-9])[AaPp]\\d{9}[A-Za-z](?![A-Za-z0-9])"_s)},
        {PersonalData::Kind::Passport, QRegularExpression(u"(?<![A-Za-z0-9])[A-Z]{1,2}\\d{7}(?![A-Za-z0-9])"_s)},
        {PersonalData::Kind::Phone,
         QRegularExpression(u"(?<![\\w+])(?:\\+?254[ -]?|0)[17]\\d{2}[ -]?\\d{3}[ -]?\\d{3}(?![\\w])"_s)},
        {PersonalData::Kind::NationalId,
         QRegularExpression(u"(?<![\\w/-])(?<!\\d[.,])\\d{8}(?![\\w/-]|[.,]\\d|\\s*(?:/=|bob))"_s,
                            QRegularExpression::CaseInsensitiveOption)},
    };
    return all;
}

/// Whether the 8 digits at @p start are a date (20240315) or follow a currency (KSh 12500000).
bool looksLikeAmountOrDate(const QString &text, qsizetype start, qsizetype length)
{
    if (const QDate date = QDate::fromString(text.mid(start, length), u"yyyyMMdd"_s);
        date.isValid() && date.year() >= 1900 && date.year() <= 2100)
        return true;
    static const QRegularExpression currency(u"(?:ksh|kes|sh|usd|\\$|€|£)\\.?\\s*$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return currency.match(text.left(start)).hasMatch();
}

} // namespace

QList<PersonalData::Match> PersonalData::find(const QString &text)
{
    QList<Match> found;
    const auto overlaps = [&found](qsizetype start, qsizetype length) {
        return std::any_of(found.cbegin(), found.cend(), [&](const Match &match) {
            return start < match.start + match.length && match.start < start + length;
        });
    };
    for (const Pattern &pattern : patterns()) {
        for (auto it = pattern.expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype length = match.capturedLength();
            if (overlaps(start, length))
                continue;
            if (pattern.kind == Kind::NationalId && looksLikeAmountOrDate(text, start, length))
                continue;
            found << Match{pattern.kind, start, length};
        }
    }
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return found;
}

QString PersonalData::removed(const QString &text, const QList<Match> &matches)
{
    QString result = text;
    // From the end, so earlier positions stay right.
    for (auto match = matches.crbegin(); match != matches.crend(); ++match)
        result.replace(match->start, match->length, u"["_s + nameOf(match->kind) + u"]"_s);
    return result;
}

QString PersonalData::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return tr("phone number");
    case Kind::Email:
        return tr("e-mail address");
    case Kind::NationalId:
        return tr("ID number");
    case Kind::KraPin:
        return tr("KRA PIN");
    case Kind::Passport:
        return tr("passport number");
    }
    return {};
}

QString PersonalData::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return u"phone"_s;
    case Kind::Email:
        return u"email"_s;
    case Kind::NationalId:
        return u"national-id"_s;
    case Kind::KraPin:
        return u"kra-pin"_s;
    case Kind::Passport:
        return u"passport"_s;
    }
    return {};
}

QString PersonalData::describe(const QList<Match> &matches)
{
    QStringList kinds;
    for (const Match &match : matches) {
        if (const QString name = nameOf(match.kind); !kinds.contains(name))
            kinds << name;
    }
    return QLocale().createSeparatedList(kinds);
}
