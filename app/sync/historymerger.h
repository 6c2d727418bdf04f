#pragma once

#include "agentbackend.h"
#include "historymerge.h"
#include "storedmessage.h"

/// Works out how a session's stored history takes in the server's copy:
/// matched by order and content, never losing or doubling a turn.
///
/// - A turn made elsewhere (another device, the web) is added where the server has it.
/// - A server-kept agent trace replaces the answer this client synthesized.
/// - A turn this client still holds as unsent, which the server stored after
///   all (it timed out after saving), is completed from the server's copy.
/// - What the user typed stays, even where the server's copy is PII-redacted.
/// - Server message ids are recorded.
namespace HistoryMerger {

struct Outcome {
    HistoryMerge merge;
    /// Turns added from the server.
    int turnsAdded = 0;
    /// Answers whose synthesized response gave way to the server's trace.
    int tracesReplaced = 0;
    /// Unsent turns the server turned out to have.
    int turnsCompleted = 0;
};

Outcome merge(const QList<StoredMessage> &local, const ServerHistory &server);

/// Whether @p serverText is the server's copy of @p typed: the same, or the same
/// with personal details replaced by `<..._REDACTED>` placeholders.
bool sameQuestion(const QString &typed, const QString &serverText);

} // namespace HistoryMerger
