#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Personal data in a message about to leave the computer, of the kinds the deployed GovStack
/// server redacts: Kenyan phone numbers (07xx, 01xx, +254), e-mail addresses, national ID
/// numbers (8 digits), KRA PINs (A123456789B) and passport numbers. Amounts, dates and numbers
/// of other lengths are not taken for IDs.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    enum class Kind { Phone, Email, NationalId, KraPin, Passport };

    struct Match {
        Kind kind = Kind::Phone;
        qsizetype start = 0;
        qsizetype length = 0;

        friend bool operator==(const Match &, const Match &) = default;
    };

    /// Every match in @p text, in order, none overlapping.
    static QList<Match> find(const QString &text);
    /// @p text without @p matches (each replaced by a marker naming its kind).
    static QString removed(const QString &text, const QList<Match> &matches);
    /// What a kind is called, for the warning ("a phone number").
    static QString nameOf(Kind kind);
    /// The kinds found, named and joined: "a phone number and a KRA PIN".
    static QString describe(const QList<Match> &matches);
    /// The kind's name in logs and the audit trail, never translated.
    static QString keyOf(Kind kind);
    /// The kinds named by keyOf() in @p keys, named and joined as describe() does.
    static QString describeKeys(const QStringList &keys);
};
