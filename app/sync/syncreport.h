#pragma once

#include "agenterror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <optional>

/// What one sync pass did, for the status bar and `govstack-desktop sync`.
struct SyncReport {
    Q_DECLARE_TR_FUNCTIONS(SyncReport)

public:
    int sessionsChecked = 0;
    /// Sessions left alone: busy with a turn, or linked to another server.
    int sessionsSkipped = 0;
    int turnsAdded = 0;
    int tracesReplaced = 0;
    /// Unsent turns the server had stored after all.
    int turnsCompleted = 0;
    int turnsSent = 0;
    int deletesDone = 0;
    int ratingsSent = 0;
    /// Sessions the server no longer has.
    int sessionsGone = 0;
    /// Sessions opened from the server by id.
    int sessionsFetched = 0;
    /// Sessions whose turns another process is sending now; the next pass looks again.
    int sessionsSentElsewhere = 0;
    /// Turns whose sender ended while sending them, found at the start of the pass.
    int turnsInterrupted = 0;
    /// Per-session troubles, in words; the pass went on.
    QStringList problems;
    /// Why the pass stopped early: the server was out of reach or refused the key.
    std::optional<AgentError> stoppedBy;
    bool cancelled = false;
    /// No GovStack server is set up: there was nothing to sync with.
    bool noServer = false;

    /// Notes a trouble of session @p sessionId, in words; the pass goes on.
    void addProblem(const QString &sessionId, const QString &message);
    /// Adds what @p other did (a session's part of the pass) to this report.
    void add(const SyncReport &other);
    bool succeeded() const { return !noServer && !stoppedBy && !cancelled && problems.isEmpty(); }
    /// One line per thing done, in words.
    QStringList describe() const;
};

Q_DECLARE_METATYPE(SyncReport)
