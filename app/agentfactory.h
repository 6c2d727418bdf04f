#pragma once

#include "agentbackend.h"
#include "connectionsettings.h"

#include <memory>

class QNetworkAccessManager;

/// The agent back end for @p backend, configured from @p settings. API keys
/// come from the environment (GOVSTACK_API_KEY, OPENAI_API_KEY), never from files.
std::unique_ptr<AgentBackend> makeAgentBackend(Backend backend, const ConnectionSettings &settings,
                                               QNetworkAccessManager *network);
