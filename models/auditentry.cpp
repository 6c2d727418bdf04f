#include "auditentry.h"

#include "enumnames.h"
#include "personaldata.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<AuditAction, 5> auditActionNames{{
    {AuditAction::Export, u"export"},
    {AuditAction::Import, u"import"},
    {AuditAction::Delete, u"delete"},
    {AuditAction::Verify, u"verify"},
    {AuditAction::PersonalDataWarning, u"personal_data_warning"},
}};

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AuditEntry", text, disambiguation, n);
}

QString joined(const QJsonArray &values)
{
    QStringList texts;
    for (const QJsonValue &value : values)
        texts << value.toString();
    return texts.join(u", "_s);
}

QString signature(const QJsonObject &details)
{
    const QString fingerprint = details.value(u"fingerprint").toString();
    return fingerprint.isEmpty() ? tr("not signed") : tr("signed with key %1").arg(fingerprint);
}

QString choiceText(const QString &choice)
{
    if (choice == u"edit")
        return tr("the user went back to edit it.");
    if (choice == u"remove")
        return tr("the user removed it and sent the rest.");
    if (choice == u"send")
        return tr("the user sent it anyway.");
    return tr("it was not sent.");
}

} // namespace

QString auditActionName(AuditAction action)
{
    return enumName(auditActionNames, action);
}

std::optional<AuditAction> auditActionFromName(QStringView name)
{
    return enumFromName(auditActionNames, name);
}

AuditEvent AuditEvent::personalDataWarning(const QStringList &kinds, QStringView choice)
{
    return AuditEvent{AuditAction::PersonalDataWarning,
                      QJsonObject{{u"kinds"_s, QJsonArray::fromStringList(kinds)}, {u"choice"_s, choice.toString()}}};
}

QString AuditEntry::describe() const
{
    const QJsonObject &d = details;
    switch (action) {
    case AuditAction::Export:
        return tr("Exported %n conversation(s) to %1 (%2).", nullptr, int(d.value(u"sessions").toArray().size()))
            .arg(d.value(u"file").toString(), signature(d));
    case AuditAction::Import:
        return tr("Imported %n conversation(s) from %1.", nullptr, int(d.value(u"imported").toArray().size()))
            .arg(joined(d.value(u"files").toArray()));
    case AuditAction::Delete:
        return (d.value(u"on_server").toBool() ? tr("Deleted conversation %1 on this computer and on the server.")
                                               : tr("Deleted conversation %1 on this computer."))
            .arg(d.value(u"session").toString());
    case AuditAction::Verify:
        return (d.value(u"intact").toBool() ? tr("Checked %1: intact (%2).")
                                            : tr("Checked %1: changed since it was exported (%2)."))
            .arg(d.value(u"file").toString(), signature(d));
    case AuditAction::PersonalDataWarning:
        return tr("Warned before sending: the message held personal data (%1); %2")
            .arg(PersonalData::describeKeys(d.value(u"kinds").toVariant().toStringList()),
                 choiceText(d.value(u"choice").toString()));
    }
    return {};
}
