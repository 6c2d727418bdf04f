#include "dayspinbox.h"

#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace {

/// The number in what was typed, whatever words are around it.
QString digitsOf(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    return number.match(text).captured();
}

} // namespace

DaySpinBox::DaySpinBox(QWidget *parent)
    : QSpinBox(parent)
{ }

QString DaySpinBox::textFromValue(int value) const
{
    return value == 0 ? tr("Never") : tr("%n day(s)", nullptr, value);
}

int DaySpinBox::valueFromText(const QString &text) const
{
    return digitsOf(text).toInt();
}

QValidator::State DaySpinBox::validate(QString &text, int &) const
{
    if (text == textFromValue(0))
        return QValidator::Acceptable;
    const QString digits = digitsOf(text);
    if (digits.isEmpty())
        return QValidator::Intermediate;
    const int value = digits.toInt();
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Invalid;
}

void DaySpinBox::changeEvent(QEvent *event)
{
    // The words of the number follow the language.
    if (event->type() == QEvent::LanguageChange)
        lineEdit()->setText(textFromValue(value()));
    QSpinBox::changeEvent(event);
}
