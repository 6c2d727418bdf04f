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
    struct Outcome {
        /// The text to send: @p text itself when it holds no personal data or the user sends it
        /// anyway, @p text without it, or nothing when the user edits it first (it stays in the
        /// message box, the data highlighted).
        std::optional<QString> text;
        /// The kinds found (PersonalData::keyOf); empty when no warning was shown.
        QStringList kinds;
        /// What the user chose: "edit", "remove" or "send".
        QString choice;
    };
    /// With @p blocked (the organisation's policy), the user can only edit the message or send it
    /// without the data.
    static Outcome confirm(const QString &text, Composer *composer, QWidget *parent, bool blocked = false);
};
