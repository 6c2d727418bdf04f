#include "agentlogging.h"

Q_LOGGING_CATEGORY(lcAgent, "govstack.agent", QtInfoMsg)
