#pragma once

#include "storedmessage.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// Who is sending a session's turn now. A session has at most one claim, so its
/// turns go to the server one at a time, in order, whichever process sends them.
struct SendClaim {
    /// The store (one per process) that claimed it.
    QString owner;
    int turn = 0;
    /// The claim lapses then unless its owner, still waiting for the answer, renews it.
    QDateTime expiresAt;
};

/// What claiming a session's next turn came to.
struct ClaimOutcome {
    enum class Kind {
        Claimed, ///< this process sends `turn` now
        HeldElsewhere, ///< another process sends a turn of this session; `holder` says until when
        NothingToSend, ///< no turn of the session waits to be sent
    };
    Kind kind = Kind::NothingToSend;
    int turn = 0;
    /// Where the turn stood before it was claimed, and why it had not been answered.
    MessageStatus previousStatus = MessageStatus::Pending;
    QString previousErrorKind;
    /// The claim of a process that ended without releasing it was taken over.
    bool tookOver = false;
    std::optional<SendClaim> holder;
};
