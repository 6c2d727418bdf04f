#pragma once

#include "storedmessage.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

/// A change to one session's stored history, worked out by sync from the
/// server's copy and applied by the store in one transaction.
struct HistoryMerge {
    /// The messages of this turn and every later one are replaced by `tail`;
    /// without it, `tail` is appended.
    std::optional<int> replaceFromTurn;
    /// The new messages in order. A message's `turn` is the index in `tail` of
    /// its turn's request; the store numbers them. `seq` is ignored.
    QList<StoredMessage> tail;
    /// Server ids learnt for messages that stay as they are: (seq, id).
    QList<std::pair<int, QString>> serverIds;
    /// Identifies the server copy this merge comes from, so an unchanged copy is not merged again.
    QString serverFingerprint;

    bool changesMessages() const { return replaceFromTurn.has_value() || !tail.isEmpty(); }
};
