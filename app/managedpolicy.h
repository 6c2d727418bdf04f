#pragma once

#include "chatsession.h"
#include "connectionsettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QSettings;

/// What an administrator set for every user of this computer, in the system-wide settings file
/// (`$XDG_CONFIG_DIRS/govstack/govstack-desktop.conf`, /etc/xdg by default, read through
/// QSettings' system scope). Every value there is locked: it wins over the user's settings and
/// this run's flags, and cannot be changed in the app. The file uses the user's keys, and the
/// policy keys only it can set (`policy/...`).
class ManagedPolicy
{
public:
    /// Reads the system-wide file; without one, nothing is locked.
    static ManagedPolicy load();

    enum class PersonalDataRule {
        Warn, ///< the user may send personal data after a warning
        Block, ///< a message with personal data is not sent
    };

    /// The policy keys, as `config get` names them.
    static QStringList policyKeys();

    bool isLocked(const QString &key) const { return m_values.contains(key); }
    bool isEmpty() const { return m_values.isEmpty(); }
    /// The file the policy was read from.
    QString fileName() const { return m_fileName; }
    /// @p settings with every locked value in place of the user's.
    ConnectionSettings applyTo(ConnectionSettings settings) const;
    /// The value of a policy key as the file gives it, or its default.
    QString policyValue(const QString &key) const;

    /// The keys the file sets, sorted.
    QStringList lockedKeys() const;
    /// SHA-256 over what the file sets (its keys and values): tells one policy from another.
    QString digest() const;

    bool allows(Backend backend) const;
    /// @p settings with a back end the policy allows: theirs, or else the first one allowed (the
    /// window's choice; a command named with a back end the policy forbids is refused instead).
    ConnectionSettings withAllowedBackend(ConnectionSettings settings) const;
    /// Whether exports are allowed, and in @p format ("json", "markdown", "pdf").
    bool allowsExport(const QString &format) const;
    PersonalDataRule personalDataRule() const;
    /// Whether messages may be sent before the app is set up (policy/sendBeforeSetup, default true).
    bool allowsSendingBeforeSetup() const;
    /// Whether the app is set up to reach @p backend: the user saved settings, this run names
    /// its server, or this file sets the server's address.
    bool isSetUp(const QSettings &userSettings, bool serverNamedForThisRun, Backend backend) const;

private:
    QHash<QString, QString> m_values;
    QString m_fileName;
};
