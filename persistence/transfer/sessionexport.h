#pragma once

#include "chatsession.h"
#include "storedmessage.h"

#include <QDateTime>
#include <QJsonObject>

/// Sessions as files: JSON shaped like the GovStack server's history response
/// plus the full PydanticAI history (`pydantic_ai_messages`, which
/// `ModelMessagesTypeAdapter.validate_json` loads unchanged), and Markdown for
/// reading and printing.
///
/// What is exported is the conversation: the messages the agent sees. Messages
/// still waiting for the server or failed are not part of the record.
namespace SessionExport {

inline constexpr auto formatName = "govstack-desktop-export";
inline constexpr int formatVersion = 1;

/// One turn of a conversation: the indexes of its request (with the user's
/// prompt) and of its final answer in the message list; -1 when missing.
struct Turn {
    int request = -1;
    int answer = -1;
    /// The agent's messages between them and the answer itself.
    int firstAfterRequest = -1;
    int end = -1;
};
/// Each request with a user prompt starts a turn; its last response with text is its answer.
QList<Turn> turnsOf(const QList<StoredMessage> &conversation);

/// The id of a message the server never numbered: the session and its place in the conversation.
QString localMessageId(const QString &sessionId, int index);

/// The messages of @p stored that the agent sees, in order.
QList<StoredMessage> conversationOf(const QList<StoredMessage> &stored);

/// The session as compact JSON: `pydantic_ai_messages` first, then the server-shaped `messages`
/// (each answer's `metadata` the agent's messages of its turn), every message the exact bytes it
/// is stored as, then the session's fields, its ratings and what was left out.
/// A conversation with versions: @p stored is the version shown, and @p versionsJson the
/// `versions` member (VersionsExport).
QByteArray toJsonBytes(const ChatSession &session, const QList<StoredMessage> &stored, const QDateTime &exportedAt,
                       const QByteArray &versionsJson = {});
/// A conversation with versions: @p stored is the version shown, and the text says how many others there are.
QString toMarkdown(const ChatSession &session, const QList<StoredMessage> &stored, int otherVersions = 0);

/// ISO-8601 in UTC with milliseconds, as exports write session times.
QString isoTime(const QDateTime &time);

} // namespace SessionExport
