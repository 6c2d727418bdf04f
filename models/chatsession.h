#pragma once

#include "modelmessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// Which kind of agent a session talks to.
enum class Backend { GovStack, OpenAI };

QString backendName(Backend backend);
std::optional<Backend> backendFromName(QStringView name);

/// Where a session stands with its server.
enum class SyncState {
    Local, ///< never sent to a server (or an OpenAI-compatible session)
    Synced, ///< the server has every turn
    Sending, ///< a turn is on its way
    Waiting, ///< the server could not be reached; turns wait for the next attempt
    NeedsAttention, ///< the server refused (e.g. the key); the note says why
    Gone, ///< the server no longer has the session (purged after 90 days); the local copy stays
};

QString syncStateName(SyncState state);
SyncState syncStateFromName(QStringView name);

/// A chat session as the sidebar and the server's `chats` table know it.
struct ChatSession {
    QString sessionId;
    QString userId;
    /// The user's title, or the first user message shortened; empty for a new session.
    QString title;
    QDateTime createdAt;
    /// Time of the last activity, which orders the sidebar.
    QDateTime updatedAt;
    int messageCount = 0;
    Backend backend = Backend::GovStack;
    /// Pinned sessions stay at the top of the sidebar.
    bool pinned = false;
    /// The GovStack server and path profile the session belongs to; empty for local ones.
    QString serverUrl;
    QString serverProfile;
    SyncState syncState = SyncState::Local;
    /// Why the session needs attention, in words.
    QString syncNote;
    /// Opened from the server by its id rather than started here.
    bool fetched = false;
    /// Identifies the server copy last merged; empty before the first pull.
    QString serverFingerprint;
    /// The language answers were asked in (`en`, `sw`, `sheng`); empty before the first turn.
    QString language;
    /// The last message's text, shortened, so lists never load message bodies.
    QString preview;
    /// Rises with every change to the session's messages.
    qint64 revision = 0;
    /// For a later version of a conversation: the turn from which its messages are its own (0 for the first).
    int branchTurn = 0;
    /// For a conversation continued from another ("Continue in a new chat"): the session of the
    /// version it was taken from.
    QString forkedFrom;
    /// The session of the conversation's first version, which lists it (the session itself for that version).
    QString conversationId;
    /// When the conversation was moved to the Trash; invalid while it is not there.
    QDateTime trashedAt;
    /// On legal hold: it cannot be trashed or deleted until the hold is lifted (also while
    /// every conversation is held).
    bool onHold = false;

    friend bool operator==(const ChatSession &, const ChatSession &) = default;
};

/// A session with its full history, oldest message first.
struct ChatWithMessages {
    ChatSession session;
    QList<ModelMessage> messages;
};
