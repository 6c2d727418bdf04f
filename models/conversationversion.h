#pragma once

#include <QString>

/// How a version of a conversation began: a question edited, or an answer asked for again.
enum class VersionKind { Edit, Regenerate };

/// A version just started: the session that carries it, and the question it asks again.
struct StartedVersion {
    QString sessionId;
    QString question;
};
