#include "managedpolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString allowedBackendsKey = u"policy/allowedBackends"_s;
const QString exportKey = u"policy/export"_s;
const QString exportFormatsKey = u"policy/exportFormats"_s;
const QString personalDataKey = u"policy/personalData"_s;
const QString sendBeforeSetupKey = u"policy/sendBeforeSetup"_s;

QStringList listOf(const QString &text)
{
    QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed().toLower();
    return items;
}

bool isYes(const QString &value)
{
    const QString lower = value.toLower();
    return lower != u"false" && lower != u"0" && lower != u"no";
}

} // namespace

QStringList ManagedPolicy::policyKeys()
{
    return {allowedBackendsKey, exportKey, exportFormatsKey, personalDataKey, sendBeforeSetupKey};
}

ManagedPolicy ManagedPolicy::load()
{
    QSettings file(QSettings::SystemScope, QCoreApplication::organizationName(), QCoreApplication::applicationName());
    // Only what the file itself says: not the values of a system-wide file for every Qt program.
    file.setFallbacksEnabled(false);
    ManagedPolicy policy;
    policy.m_fileName = file.fileName();
    for (const QString &key : file.allKeys()) {
        // QSettings reads a comma-separated value as a list.
        const QVariant value = file.value(key);
        policy.m_values.insert(
            key, value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString());
    }
    return policy;
}

QStringList ManagedPolicy::lockedKeys() const
{
    QStringList keys = m_values.keys();
    keys.sort();
    return keys;
}

QString ManagedPolicy::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &key : lockedKeys()) {
        hash.addData(QByteArray(key.toUtf8() + '='));
        hash.addData(QByteArray(m_values.value(key).toUtf8() + '\n'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

ConnectionSettings ManagedPolicy::applyTo(ConnectionSettings settings) const
{
    for (const QString &key : ConnectionSettings::keys()) {
        // A value the app cannot use is left out, as a broken user setting would be.
        if (isLocked(key))
            (void)settings.setValue(key, m_values.value(key));
    }
    return settings;
}

QString ManagedPolicy::policyValue(const QString &key) const
{
    if (isLocked(key))
        return m_values.value(key);
    if (key == allowedBackendsKey)
        return u"govstack,openai"_s;
    if (key == exportKey)
        return u"true"_s;
    if (key == exportFormatsKey)
        return u"json,markdown,pdf"_s;
    if (key == personalDataKey)
        return u"warn"_s;
    if (key == sendBeforeSetupKey)
        return u"true"_s;
    return {};
}

bool ManagedPolicy::allows(Backend backend) const
{
    return listOf(policyValue(allowedBackendsKey)).contains(backendName(backend));
}

ConnectionSettings ManagedPolicy::withAllowedBackend(ConnectionSettings settings) const
{
    for (const Backend backend : {settings.backend, Backend::GovStack, Backend::OpenAI}) {
        if (allows(backend)) {
            settings.backend = backend;
            break;
        }
    }
    return settings;
}

bool ManagedPolicy::allowsExport(const QString &format) const
{
    return isYes(policyValue(exportKey)) && listOf(policyValue(exportFormatsKey)).contains(format);
}

bool ManagedPolicy::allowsSendingBeforeSetup() const
{
    return isYes(policyValue(sendBeforeSetupKey));
}

bool ManagedPolicy::isSetUp(const QSettings &userSettings, bool serverNamedForThisRun, Backend backend) const
{
    // Set up by the user (settings saved once), for this run, or by the organisation's file.
    return userSettings.contains(u"backend"_s) || serverNamedForThisRun ||
        isLocked(backend == Backend::OpenAI ? u"openai/url"_s : u"govstack/url"_s);
}

ManagedPolicy::PersonalDataRule ManagedPolicy::personalDataRule() const
{
    return policyValue(personalDataKey).toLower() == u"block" ? PersonalDataRule::Block : PersonalDataRule::Warn;
}
