#pragma once

#include "result.h"
#include "storedmessage.h"

#include <QByteArray>
#include <QList>

class ChatStore;

/// What an export holds of a conversation with versions: the version shown (its messages
/// become the session's `pydantic_ai_messages`), and every version in a `versions` section that
/// an import restores. Each version there lists only its own messages, the exact bytes stored,
/// and where it branched: the version it came from and the position, in that version's
/// messages, of the question it asks again.
namespace VersionsExport {

struct Conversation {
    /// Every message of the version shown, in order.
    QList<StoredMessage> shown;
    /// The `versions` member's value; empty for a conversation of one version.
    QByteArray versionsJson;
    /// How many versions there are besides the one shown.
    int others = 0;
};

Result<Conversation> read(ChatStore &store, const QString &sessionId);

} // namespace VersionsExport
