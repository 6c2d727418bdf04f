#include "connectionsettings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

QString ConnectionSettings::defaultSystemPrompt()
{
    return u"You are the GovStack assistant. You help civil servants in Kenya answer questions about government "
           "services: registrations, permits, licences, fees, documents and procedures. Answer accurately and "
           "briefly, in the language of the question (English or Kiswahili). Point to the official portal "
           "(such as eCitizen) where the service is offered. If you are not sure, say so; never invent fees, "
           "deadlines or requirements. Do not ask for personal data such as ID numbers or phone numbers."_s;
}

QString ConnectionSettings::describe() const
{
    if (backend == Backend::OpenAI) {
        return QCoreApplication::translate("ConnectionSettings", "OpenAI-compatible: %1 (%2)")
            .arg(openAiUrl.toDisplayString(), model);
    }
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
}
