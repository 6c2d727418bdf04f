#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Composer;
class QWidget;

/// Asks before a message with personal data leaves the computer: the data is highlighted in the
/// message box, and the user sends it anyway, sends it with the data taken out, or goes back to
/// edit it.
class PersonalDataPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataPrompt)

public:
    /// The text to send: @p text itself when it holds no personal data or the user sends it
    /// anyway, @p text without it, or nothing when the user edits it first (it stays in
    /// @p composer, the data highlighted).
    static std::optional<QString> confirm(const QString &text, Composer *composer, QWidget *parent);
};
