#include "configcommand.h"

#include "connectionsettings.h"
#include "exitcode.h"
#include "managedpolicy.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

namespace ConfigCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigCommand", text);
}

QString sourceOf(const QString &key, const ManagedPolicy &policy, const QSettings &file)
{
    if (policy.isLocked(key))
        return tr("set by your organisation in %1").arg(policy.fileName());
    if (file.contains(key))
        return tr("your setting in %1").arg(file.fileName());
    return tr("default");
}

int get(const QStringList &arguments, const ManagedPolicy &policy)
{
    QSettings file;
    file.setFallbacksEnabled(false);
    const ConnectionSettings settings = policy.applyTo(ConnectionSettings::load(file));
    const QStringList all = ConnectionSettings::keys() + ManagedPolicy::policyKeys();
    const QStringList keys = arguments.size() > 1 ? QStringList{arguments.at(1)} : all;
    QTextStream out(stdout);
    for (const QString &key : keys) {
        if (!all.contains(key))
            return ExitCode::fail(ExitCode::usage, tr("Unknown setting \"%1\".").arg(key));
        const QString value =
            ManagedPolicy::policyKeys().contains(key) ? policy.policyValue(key) : *settings.value(key);
        if (keys.size() == 1) {
            // The value alone on standard output, for scripts; where it comes from beside it.
            out << value << Qt::endl;
            QTextStream(stderr) << sourceOf(key, policy, file) << Qt::endl;
        } else {
            out << key << u'=' << value << QStringLiteral("  # ") << sourceOf(key, policy, file) << Qt::endl;
        }
    }
    return ExitCode::ok;
}

int set(const QString &key, const QString &text, const ManagedPolicy &policy)
{
    if (policy.isLocked(key))
        return ExitCode::fail(
            ExitCode::usage,
            tr("%1 is set by your organisation (%2) and cannot be changed here.").arg(key, policy.fileName()));
    if (ManagedPolicy::policyKeys().contains(key))
        return ExitCode::fail(ExitCode::usage,
                              tr("%1 is a policy: only your organisation sets it, in %2.").arg(key, policy.fileName()));
    QSettings file;
    // The user's own values only: the system-wide ones are not copied into the user's file.
    file.setFallbacksEnabled(false);
    ConnectionSettings settings = ConnectionSettings::load(file);
    if (auto changed = settings.setValue(key, text); !changed)
        return ExitCode::fail(ExitCode::usage, changed.error().message);
    if (key == u"backend" && !policy.allows(settings.backend))
        return ExitCode::fail(ExitCode::usage, tr("Your organisation does not allow the %1 back end.").arg(text));
    // Only the key set: the others stay defaults (or the organisation's), and say so in `get`.
    file.setValue(key, *settings.value(key));
    file.sync();
    if (file.status() != QSettings::NoError)
        return ExitCode::fail(ExitCode::store, tr("Cannot write the settings file %1.").arg(file.fileName()));
    return ExitCode::ok;
}

} // namespace

int run(const QStringList &arguments)
{
    const ManagedPolicy policy = ManagedPolicy::load();
    if (arguments.at(0) == u"get")
        return get(arguments, policy);
    return set(arguments.at(1), arguments.at(2), policy);
}

} // namespace ConfigCommand
