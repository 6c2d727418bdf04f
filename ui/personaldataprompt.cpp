#include "personaldataprompt.h"

#include "composer.h"
#include "personaldata.h"

#include <QMessageBox>
#include <QPushButton>

PersonalDataPrompt::Outcome PersonalDataPrompt::confirm(const QString &text, Composer *composer, QWidget *parent,
                                                        bool blocked)
{
    const QList<PersonalData::Match> found = PersonalData::find(text);
    if (found.isEmpty())
        return Outcome{text, {}, {}};
    QStringList kinds;
    for (const PersonalData::Match &match : found) {
        if (const QString key = PersonalData::keyOf(match.kind); !kinds.contains(key))
            kinds << key;
    }
    if (composer->toPlainText().trimmed() == text)
        composer->markPersonalData(text, found);
    QMessageBox box(QMessageBox::Warning, tr("Personal Data"),
                    tr("Your message holds personal data: %1.").arg(PersonalData::describe(found)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(blocked ? tr("It is marked in the message box. Your organisation does not allow sending "
                                        "personal data: edit the message, or send it without the data.")
                                   : tr("It is marked in the message box. The assistant does not need it to answer, "
                                        "and the GovStack server removes such data. Send it only if you must."));
    QPushButton *edit = box.addButton(tr("Edit"), QMessageBox::RejectRole);
    QPushButton *remove = box.addButton(tr("Remove It and Send"), QMessageBox::ApplyRole);
    QPushButton *send = blocked ? nullptr : box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(edit);
    box.setEscapeButton(edit);
    box.exec();
    if (send && box.clickedButton() == send)
        return Outcome{text, kinds, QStringLiteral("send")};
    if (box.clickedButton() == remove)
        return Outcome{PersonalData::removed(text, found), kinds, QStringLiteral("remove")};
    composer->setFocus(Qt::OtherFocusReason);
    return Outcome{std::nullopt, kinds, QStringLiteral("edit")};
}
