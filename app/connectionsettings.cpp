#include "connectionsettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

QString ConnectionSettings::defaultSystemPrompt()
{
    return u"You are the GovStack assistant. You help civil servants in Kenya answer questions about government "
           "services: registrations, permits, licences, fees, documents and procedures. Answer accurately and "
           "briefly, in the language of the question (English or Kiswahili). Point to the official portal "
           "(such as eCitizen) where the service is offered. If you are not sure, say so; never invent fees, "
           "deadlines or requirements. Do not ask for personal data such as ID numbers or phone numbers."_s;
}

namespace {

std::optional<QUrl> webUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return std::nullopt;
    return url;
}

} // namespace

QStringList ConnectionSettings::keys()
{
    return {u"backend"_s,      u"govstack/url"_s,        u"govstack/profile"_s, u"openai/url"_s,
            u"openai/model"_s, u"openai/systemPrompt"_s, u"userId"_s,           u"language"_s,
            u"timeout"_s,      u"uiLanguage"_s,          retentionKey,          trashKey};
}

std::optional<QString> ConnectionSettings::value(const QString &key) const
{
    if (key == u"backend")
        return backendName(backend);
    if (key == u"govstack/url")
        return govStackUrl.toString();
    if (key == u"govstack/profile")
        return GovStackBackend::profileName(profile);
    if (key == u"openai/url")
        return openAiUrl.toString();
    if (key == u"openai/model")
        return model;
    if (key == u"openai/systemPrompt")
        return systemPrompt;
    if (key == u"userId")
        return userId;
    if (key == u"language")
        return language;
    if (key == u"timeout")
        return QString::number(timeoutSeconds);
    if (key == u"uiLanguage")
        return uiLanguage;
    if (key == retentionKey)
        return QString::number(retentionDays);
    if (key == trashKey)
        return QString::number(trashDays);
    return std::nullopt;
}

Result<void> ConnectionSettings::setValue(const QString &key, const QString &text)
{
    const auto invalid = [](const QString &message) { return Error{Error::Code::InvalidData, message}; };
    if (key.contains(u"key"_s, Qt::CaseInsensitive) || key.contains(u"token"_s, Qt::CaseInsensitive))
        return invalid(QCoreApplication::translate(
            "ConnectionSettings", "API keys are never kept in the settings file; use \"govstack-desktop login\"."));
    if (key == u"backend") {
        const auto chosen = backendFromName(text);
        if (!chosen)
            return invalid(QCoreApplication::translate("ConnectionSettings", "backend must be govstack or openai."));
        backend = *chosen;
    } else if (key == u"govstack/url" || key == u"openai/url") {
        const auto url = webUrl(text);
        if (!url)
            return invalid(
                QCoreApplication::translate("ConnectionSettings", "%1 must be an http or https address.").arg(key));
        (key == u"openai/url" ? openAiUrl : govStackUrl) = *url;
    } else if (key == u"govstack/profile") {
        const auto chosen = GovStackBackend::profileFromName(text);
        if (!chosen)
            return invalid(QCoreApplication::translate("ConnectionSettings", "govstack/profile must be v2 or govbot."));
        profile = *chosen;
    } else if (key == u"language") {
        if (text != u"en" && text != u"sw" && text != u"sheng")
            return invalid(QCoreApplication::translate("ConnectionSettings", "language must be en, sw or sheng."));
        language = text;
    } else if (key == u"uiLanguage") {
        if (!text.isEmpty() && text != u"en" && text != u"sw")
            return invalid(QCoreApplication::translate("ConnectionSettings",
                                                       "uiLanguage must be en, sw, or empty for the system language."));
        uiLanguage = text;
    } else if (key == u"timeout") {
        bool ok = false;
        const int seconds = text.toInt(&ok);
        if (!ok || seconds <= 0)
            return invalid(QCoreApplication::translate("ConnectionSettings",
                                                       "timeout must be a whole number of seconds above zero."));
        timeoutSeconds = seconds;
    } else if (key == retentionKey || key == trashKey) {
        bool ok = false;
        const int days = text.toInt(&ok);
        if (!ok || days < 0 || days > maxDays)
            return invalid(
                QCoreApplication::translate("ConnectionSettings", "%1 must be a number of days from 0 (never) to %2.")
                    .arg(key)
                    .arg(maxDays));
        (key == retentionKey ? retentionDays : trashDays) = days;
    } else if (key == u"openai/model" || key == u"openai/systemPrompt" || key == u"userId") {
        if (text.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ConnectionSettings", "%1 cannot be empty.").arg(key));
        (key == u"openai/model" ? model : key == u"userId" ? userId : systemPrompt) = text;
    } else {
        return invalid(QCoreApplication::translate("ConnectionSettings", "Unknown setting \"%1\". Known settings: %2")
                           .arg(key, keys().join(u", "_s)));
    }
    return {};
}

QString ConnectionSettings::describe() const
{
    if (backend == Backend::OpenAI)
        return QCoreApplication::translate("ConnectionSettings", "OpenAI-compatible: %1 (%2)")
            .arg(openAiUrl.toDisplayString(), model);
    return QCoreApplication::translate("ConnectionSettings", "GovStack server: %1 (%2)")
        .arg(govStackUrl.toDisplayString(), GovStackBackend::profileName(profile));
}

ConnectionSettings ConnectionSettings::load(const QSettings &settings)
{
    ConnectionSettings loaded;
    loaded.backend = backendFromName(settings.value(u"backend"_s).toString()).value_or(loaded.backend);
    loaded.govStackUrl = settings.value(u"govstack/url"_s, loaded.govStackUrl).toUrl();
    loaded.profile =
        GovStackBackend::profileFromName(settings.value(u"govstack/profile"_s).toString()).value_or(loaded.profile);
    loaded.openAiUrl = settings.value(u"openai/url"_s, loaded.openAiUrl).toUrl();
    loaded.model = settings.value(u"openai/model"_s, loaded.model).toString();
    loaded.systemPrompt = settings.value(u"openai/systemPrompt"_s, loaded.systemPrompt).toString();
    loaded.userId = settings.value(u"userId"_s, loaded.userId).toString();
    loaded.language = settings.value(u"language"_s, loaded.language).toString();
    loaded.timeoutSeconds = std::max(1, settings.value(u"timeout"_s, loaded.timeoutSeconds).toInt());
    loaded.uiLanguage = settings.value(u"uiLanguage"_s).toString();
    loaded.retentionDays = std::clamp(settings.value(retentionKey, loaded.retentionDays).toInt(), 0, maxDays);
    loaded.trashDays = std::clamp(settings.value(trashKey, loaded.trashDays).toInt(), 0, maxDays);
    return loaded;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.setValue(u"backend"_s, backendName(backend));
    settings.setValue(u"govstack/url"_s, govStackUrl);
    settings.setValue(u"govstack/profile"_s, GovStackBackend::profileName(profile));
    settings.setValue(u"openai/url"_s, openAiUrl);
    settings.setValue(u"openai/model"_s, model);
    settings.setValue(u"openai/systemPrompt"_s, systemPrompt);
    settings.setValue(u"userId"_s, userId);
    settings.setValue(u"language"_s, language);
    settings.setValue(u"timeout"_s, timeoutSeconds);
    settings.setValue(u"uiLanguage"_s, uiLanguage);
    settings.setValue(retentionKey, retentionDays);
    settings.setValue(trashKey, trashDays);
}
