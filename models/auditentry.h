#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// A record action the audit trail keeps. Never message text or secrets: sessions by id,
/// files by path, keys by fingerprint, personal data by kind.
enum class AuditAction {
    Export,
    Import,
    Delete,
    Verify,
    PersonalDataWarning,
    Trash, ///< moved to the Trash, by the user or by the retention period
    Restore, ///< taken back out of the Trash
    Purge, ///< removed from the Trash for good, by the user or after the Trash period
    Hold, ///< a legal hold placed on a conversation, or on all
    Release, ///< a legal hold lifted
    Retention, ///< the retention or Trash period changed
    Policy, ///< the organisation's policy file changed
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(QStringView name);

/// What happened, before it is written: the action and its details.
struct AuditEvent {
    AuditAction action = AuditAction::Export;
    QJsonObject details;

    /// A warning about personal data of @p kinds (PersonalData::keyOf) before sending, and what
    /// came of it: "edit", "remove", "send" or "refused".
    static AuditEvent personalDataWarning(const QStringList &kinds, QStringView choice);
    /// A change of the retention setting @p setting ("retention_days" or "trash_days"); 0 is off.
    static AuditEvent retentionChange(const QString &setting, int from, int to);
};

/// One entry of the audit trail as stored: numbered from 1, with who did it, from where, and
/// the hash that links it to the entry before it.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    AuditAction action = AuditAction::Export;
    /// The operating system's user name.
    QString actor;
    /// "window" or "command line".
    QString origin;
    QJsonObject details;
    QString hash;

    /// The entry in a sentence, in the user's language.
    QString describe() const;
};

/// What checking the audit trail's chain found.
struct AuditCheck {
    bool intact = false;
    /// Why not, naming the entry.
    QString problem;
    qint64 entries = 0;
    /// The last entry's hash: noted elsewhere, it shows later that nothing was cut off the end.
    QString head;
};
