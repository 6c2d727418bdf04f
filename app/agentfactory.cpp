#include "agentfactory.h"

#include "govstackbackend.h"
#include "openaibackend.h"

namespace {

GovStackBackend::Config govStackConfig(const ConnectionSettings &settings, const QString &apiKey)
{
    return GovStackBackend::Config{settings.govStackUrl, settings.profile, apiKey,
                                   std::chrono::seconds(settings.timeoutSeconds)};
}

OpenAiBackend::Config openAiConfig(const ConnectionSettings &settings, const QString &apiKey)
{
    return OpenAiBackend::Config{settings.openAiUrl, apiKey, settings.model,
                                 std::chrono::seconds(settings.timeoutSeconds)};
}

} // namespace

std::unique_ptr<AgentBackend> makeAgentBackend(Backend backend, const ConnectionSettings &settings,
                                               QNetworkAccessManager *network, const QString &apiKey)
{
    if (backend == Backend::OpenAI)
        return std::make_unique<OpenAiBackend>(network, openAiConfig(settings, apiKey));
    return std::make_unique<GovStackBackend>(network, govStackConfig(settings, apiKey));
}

void reconfigureAgentBackend(AgentBackend *backend, const ConnectionSettings &settings)
{
    if (auto *openAi = qobject_cast<OpenAiBackend *>(backend))
        openAi->setConfig(openAiConfig(settings, {}));
    else if (auto *govStack = qobject_cast<GovStackBackend *>(backend))
        govStack->setConfig(govStackConfig(settings, {}));
}
