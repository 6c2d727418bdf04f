#pragma once

#include <QString>

#include <optional>

/// How a version of a conversation began: a question edited, or an answer asked for again.
enum class VersionKind { Edit, Regenerate };

/// "edit" or "regenerate", as the store, exports and the CLI name it.
QString versionKindName(VersionKind kind);
/// Edit for any name but "regenerate".
VersionKind versionKindFromName(QStringView name);

/// A version just started: the session that carries it, and the question it asks again.
struct StartedVersion {
    QString sessionId;
    QString question;
    /// For an answer asked again: the turn of the question, stored as it was first asked and
    /// waiting to be sent (ChatActions and the CLI send it as a waiting message).
    std::optional<int> queuedTurn;
};
