#pragma once

#include "modelmessage.h"
#include "rating.h"

#include <QString>

#include <optional>

/// Where a stored message stands in the life of its turn.
enum class MessageStatus {
    Ok, ///< part of the conversation the agent sees
    Pending, ///< a request stored and being sent
    Failed, ///< a request that got no answer; it can be retried
    Incomplete, ///< a reply cut short; kept for the record, not sent back to the agent
    Queued, ///< a request waiting for its server; it goes out with the next sync
};

QString messageStatusName(MessageStatus status);
MessageStatus messageStatusFromName(QStringView name);

/// A message as the store keeps it: its place, its turn and its status.
struct StoredMessage {
    /// Position in the session, in the order messages were stored.
    int seq = 0;
    /// The seq of the request that started this message's turn.
    int turn = 0;
    MessageStatus status = MessageStatus::Ok;
    /// For a failed request: what kind of failure (e.g. "timeout") and the words shown to the user.
    QString errorKind;
    QString error;
    ModelMessage message;
    /// The id of this message's copy on the GovStack server, once known.
    QString serverId;
    /// The user's rating of an answer.
    std::optional<Rating> rating;
};
