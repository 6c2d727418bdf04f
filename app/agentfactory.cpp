#include "agentfactory.h"

#include "govstackbackend.h"
#include "openaibackend.h"

std::unique_ptr<AgentBackend> makeAgentBackend(Backend backend, const ConnectionSettings &settings,
                                               QNetworkAccessManager *network, const QString &apiKey)
{
    const std::chrono::milliseconds timeout = std::chrono::seconds(settings.timeoutSeconds);
    if (backend == Backend::OpenAI) {
        return std::make_unique<OpenAiBackend>(
            network, OpenAiBackend::Config{settings.openAiUrl, apiKey, settings.model, timeout});
    }
    return std::make_unique<GovStackBackend>(
        network, GovStackBackend::Config{settings.govStackUrl, settings.profile, apiKey, timeout});
}
