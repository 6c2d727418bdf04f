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

struct KindNames {
    PersonalData::Kind kind;
    /// In logs and the audit trail, never translated.
    const char *key;
    const char *name;
};

const KindNames &namesOf(PersonalData::Kind kind)
{
    static constexpr KindNames all[]{
        {PersonalData::Kind::Phone, "phone", QT_TRANSLATE_NOOP("PersonalData", "phone number")},
        {PersonalData::Kind::Email, "email", QT_TRANSLATE_NOOP("PersonalData", "e-mail address")},
        {PersonalData::Kind::NationalId, "national-id", QT_TRANSLATE_NOOP("PersonalData", "ID number")},
        {PersonalData::Kind::KraPin, "kra-pin", QT_TRANSLATE_NOOP("PersonalData", "KRA PIN")},
        {PersonalData::Kind::Passport, "passport", QT_TRANSLATE_NOOP("PersonalData", "passport number")},
    };
    return *std::find_if(std::cbegin(all), std::cend(all),
                         [kind](const KindNames &names) { return names.kind == kind; });
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
    return tr(namesOf(kind).name);
}

QString PersonalData::keyOf(Kind kind)
{
    return QString::fromLatin1(namesOf(kind).key);
}

QString PersonalData::describeKeys(const QStringList &keys)
{
    QList<Match> matches;
    for (const Kind kind : {Kind::Phone, Kind::Email, Kind::NationalId, Kind::KraPin, Kind::Passport}) {
        if (keys.contains(keyOf(kind)))
            matches.append(Match{kind, 0, 0});
    }
    return describe(matches);
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
