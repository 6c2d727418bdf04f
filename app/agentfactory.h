#pragma once

#include "agentbackend.h"
#include "connectionsettings.h"

#include <memory>

class QNetworkAccessManager;

/// The agent back end for @p backend, configured from @p settings.
std::unique_ptr<AgentBackend> makeAgentBackend(Backend backend, const ConnectionSettings &settings,
                                               QNetworkAccessManager *network, const QString &apiKey = {});

/// Applies changed @p settings to a back end made by makeAgentBackend().
void reconfigureAgentBackend(AgentBackend *backend, const ConnectionSettings &settings);
