#include "personaldata.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PersonalData::Kind)

class TestPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPersonalData_data();
    void findsPersonalData();
    void leavesOtherNumbersAlone_data();
    void leavesOtherNumbersAlone();
    void removesWhatItFinds();
};

void TestPersonalData::findsPersonalData_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PersonalData::Kind>("kind");
    QTest::addColumn<QString>("found");
    using Kind = PersonalData::Kind;
    const QList<std::tuple<const char *, QString, Kind, QString>> rows{
        {"mobile 07xx", u"Call me on 0712345678 please"_s, Kind::Phone, u"0712345678"_s},
        {"mobile spaced", u"Nipigie 0712 345 678."_s, Kind::Phone, u"0712 345 678"_s},
        {"landline-style 01xx", u"My number is 0112-345-678"_s, Kind::Phone, u"0112-345-678"_s},
        {"+254", u"WhatsApp +254 712 345 678"_s, Kind::Phone, u"+254 712 345 678"_s},
        {"254 without plus", u"254712345678 is mine"_s, Kind::Phone, u"254712345678"_s},
        {"e-mail", u"Write to wanjiru.k@example.co.ke today"_s, Kind::Email, u"wanjiru.k@example.co.ke"_s},
        {"national id", u"My ID is 12345678."_s, Kind::NationalId, u"12345678"_s},
        {"national id in Kiswahili", u"Kitambulisho changu ni 23456789"_s, Kind::NationalId, u"23456789"_s},
        {"KRA PIN", u"PIN yangu ni A123456789B"_s, Kind::KraPin, u"A123456789B"_s},
        {"KRA PIN lower case", u"pin p051234567k"_s, Kind::KraPin, u"p051234567k"_s},
        {"passport", u"Passport AK1234567 expired"_s, Kind::Passport, u"AK1234567"_s},
        {"passport one letter", u"pasipoti C2345678"_s, Kind::Passport, u"C2345678"_s},
    };
    for (const auto &[name, text, kind, found] : rows)
        QTest::newRow(name) << text << kind << found;
}

void TestPersonalData::findsPersonalData()
{
    QFETCH(QString, text);
    QFETCH(PersonalData::Kind, kind);
    QFETCH(QString, found);
    const QList<PersonalData::Match> matches = PersonalData::find(text);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().kind, kind);
    QCOMPARE(text.mid(matches.first().start, matches.first().length), found);
}

void TestPersonalData::leavesOtherNumbersAlone_data()
{
    QTest::addColumn<QString>("text");
    const QList<std::pair<const char *, QString>> rows{
        {"amount with currency", u"The fee is KSh 12500000 for a hotel"_s},
        {"amount with commas", u"It costs 12,500,000 shillings"_s},
        {"amount with /=", u"Lipa 10000000/= tu"_s},
        {"decimal", u"Rate 12345678.50 per unit"_s},
        {"date as digits", u"Apply before 20260315"_s},
        {"date with dashes", u"Deadline 2026-03-15"_s},
        {"seven digits", u"Reference 1234567"_s},
        {"nine digits", u"Receipt 123456789"_s},
        {"paybill", u"Paybill 222222, account number"_s},
        {"short code", u"Dial *147# or 0800 720 000"_s},
        {"ten digit non-mobile", u"Order 0912345678"_s},
        {"part of a word", u"Code ABC12345678XYZ"_s},
        {"not an e-mail", u"Use the @eCitizen handle"_s},
        {"plain question", u"How do I register a business name?"_s},
    };
    for (const auto &[name, text] : rows)
        QTest::newRow(name) << text;
}

void TestPersonalData::leavesOtherNumbersAlone()
{
    QFETCH(QString, text);
    const QList<PersonalData::Match> matches = PersonalData::find(text);
    QVERIFY2(matches.isEmpty(),
             qPrintable(matches.isEmpty() ? QString() : text.mid(matches.first().start, matches.first().length)));
}

void TestPersonalData::removesWhatItFinds()
{
    const QString text = u"ID 12345678, phone 0712345678, mail a@b.co.ke"_s;
    const QList<PersonalData::Match> matches = PersonalData::find(text);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(PersonalData::removed(text, matches), u"ID [ID number], phone [phone number], mail [e-mail address]"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Kenya));
    QCOMPARE(PersonalData::describe(matches), u"ID number, phone number and e-mail address"_s);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(PersonalData::keyOf(matches.at(1).kind), u"phone"_s);
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
