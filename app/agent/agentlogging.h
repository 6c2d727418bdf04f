#pragma once

#include <QLoggingCategory>

/// Server details that must not reach the user (SQL, host names) go here.
Q_DECLARE_LOGGING_CATEGORY(lcAgent)
