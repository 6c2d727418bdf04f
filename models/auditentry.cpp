#include "auditentry.h"

#include "enumnames.h"
#include "personaldata.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<AuditAction, 12> auditActionNames{{
    {AuditAction::Export, u"export"},
    {AuditAction::Import, u"import"},
    {AuditAction::Delete, u"delete"},
    {AuditAction::Verify, u"verify"},
    {AuditAction::PersonalDataWarning, u"personal_data_warning"},
    {AuditAction::Trash, u"trash"},
    {AuditAction::Restore, u"restore"},
    {AuditAction::Purge, u"purge"},
    {AuditAction::Hold, u"hold"},
    {AuditAction::Release, u"release"},
    {AuditAction::Retention, u"retention"},
    {AuditAction::Policy, u"policy"},
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
    return fingerprint.isEmpty() ? QCoreApplication::translate("AuditEntry", "not signed")
                                 : QCoreApplication::translate("AuditEntry", "signed with key %1").arg(fingerprint);
}

QString choiceText(const QString &choice)
{
    if (choice == u"edit")
        return QCoreApplication::translate("AuditEntry", "the user went back to edit it.");
    if (choice == u"remove")
        return QCoreApplication::translate("AuditEntry", "the user removed it and sent the rest.");
    if (choice == u"send")
        return QCoreApplication::translate("AuditEntry", "the user sent it anyway.");
    return QCoreApplication::translate("AuditEntry", "it was not sent.");
}

/// The conversations an entry is about: "all" for a hold on every one, else their ids.
QString subject(const QJsonObject &details)
{
    if (details.value(u"all").toBool())
        return QCoreApplication::translate("AuditEntry", "every conversation");
    const QJsonArray sessions = details.value(u"sessions").toArray();
    return sessions.isEmpty() ? details.value(u"session").toString() : joined(sessions);
}

int sessionCount(const QJsonObject &details)
{
    return int(details.value(u"sessions").toArray().size());
}

QString retentionText(const QJsonObject &details)
{
    const auto period = [](int days) {
        return days > 0 ? QCoreApplication::translate("AuditEntry", "%n day(s)", nullptr, days)
                        : QCoreApplication::translate("AuditEntry", "off");
    };
    const QString from = period(details.value(u"from").toInt());
    const QString to = period(details.value(u"to").toInt());
    return details.value(u"setting").toString() == u"trash_days"
        ? QCoreApplication::translate("AuditEntry", "Changed how long the Trash keeps conversations from %1 to %2.")
              .arg(from, to)
        : QCoreApplication::translate("AuditEntry", "Changed the retention period from %1 to %2.").arg(from, to);
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

AuditEvent AuditEvent::retentionChange(const QString &setting, int from, int to)
{
    return AuditEvent{AuditAction::Retention, QJsonObject{{u"setting"_s, setting}, {u"from"_s, from}, {u"to"_s, to}}};
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
    case AuditAction::Trash:
        if (d.value(u"by").toString() == u"retention")
            return tr("Moved %n conversation(s) to the Trash after %1 days without activity: %2.", nullptr,
                      sessionCount(d))
                .arg(d.value(u"days").toInt())
                .arg(subject(d));
        return (d.value(u"on_server").toBool()
                    ? tr("Moved conversation %1 to the Trash and asked the server to delete its copy.")
                    : tr("Moved conversation %1 to the Trash."))
            .arg(subject(d));
    case AuditAction::Restore:
        return tr("Restored conversation %1 from the Trash.").arg(subject(d));
    case AuditAction::Purge:
        if (d.value(u"by").toString() == u"trash_period")
            return tr("Removed %n conversation(s) for good after %1 days in the Trash: %2.", nullptr, sessionCount(d))
                .arg(d.value(u"days").toInt())
                .arg(subject(d));
        return tr("Emptied the Trash: removed %n conversation(s) for good: %1.", nullptr, sessionCount(d))
            .arg(subject(d));
    case AuditAction::Hold:
        return tr("Placed a legal hold on %1.").arg(subject(d));
    case AuditAction::Release:
        return tr("Lifted the legal hold on %1.").arg(subject(d));
    case AuditAction::Retention:
        return retentionText(d);
    case AuditAction::Policy:
        if (d.value(u"keys").toArray().isEmpty())
            return tr("The organisation's policy (%1) was removed: nothing is locked now.")
                .arg(d.value(u"file").toString());
        return tr("The organisation's policy (%1) changed; it now sets: %2.")
            .arg(d.value(u"file").toString(), joined(d.value(u"keys").toArray()));
    }
    return {};
}
