#pragma once

#include <QString>

class QWidget;

namespace QuestionBox {

/// Asks a yes-or-no question with buttons named for what they do (Qt has no Kiswahili for Yes and No).
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

} // namespace QuestionBox
