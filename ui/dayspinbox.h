#pragma once

#include <QSpinBox>

/// A number of days, written as the language writes it ("30 days", "siku 30"); 0 reads "Never".
class DaySpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit DaySpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;
    void changeEvent(QEvent *event) override;
};
