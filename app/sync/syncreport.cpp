#include "syncreport.h"

QStringList SyncReport::describe() const
{
    QStringList lines{tr("%n session(s) checked", nullptr, sessionsChecked)};
    const auto add = [&lines](int count, const QString &line) {
        if (count > 0)
            lines << line;
    };
    add(sessionsFetched, tr("%n session(s) opened from the server", nullptr, sessionsFetched));
    add(turnsAdded, tr("%n turn(s) made elsewhere added", nullptr, turnsAdded));
    add(tracesReplaced, tr("%n answer(s) now carry the server's full agent trace", nullptr, tracesReplaced));
    add(turnsCompleted, tr("%n waiting message(s) found already answered on the server", nullptr, turnsCompleted));
    add(turnsSent, tr("%n waiting message(s) sent", nullptr, turnsSent));
    add(deletesDone, tr("%n session(s) deleted on the server", nullptr, deletesDone));
    add(ratingsSent, tr("%n rating(s) sent", nullptr, ratingsSent));
    add(sessionsGone, tr("%n session(s) no longer on the server (kept here)", nullptr, sessionsGone));
    add(turnsInterrupted,
        tr("%n message(s) whose sending was interrupted (the app stopped); each is sent only if the server lacks it",
           nullptr, turnsInterrupted));
    add(sessionsSentElsewhere,
        tr("%n session(s) left alone: another GovStack Desktop process is sending their messages", nullptr,
           sessionsSentElsewhere));
    add(sessionsSkipped, tr("%n session(s) skipped (busy, or of another server)", nullptr, sessionsSkipped));
    lines << problems;
    if (noServer)
        lines << tr("No GovStack server is set up, so there is nothing to sync with. Check Settings.");
    if (stoppedBy)
        lines << tr("Stopped: %1").arg(stoppedBy->message);
    if (cancelled)
        lines << tr("Cancelled");
    return lines;
}

void SyncReport::add(const SyncReport &other)
{
    sessionsChecked += other.sessionsChecked;
    sessionsSkipped += other.sessionsSkipped;
    turnsAdded += other.turnsAdded;
    tracesReplaced += other.tracesReplaced;
    turnsCompleted += other.turnsCompleted;
    turnsSent += other.turnsSent;
    deletesDone += other.deletesDone;
    ratingsSent += other.ratingsSent;
    sessionsGone += other.sessionsGone;
    sessionsFetched += other.sessionsFetched;
    sessionsSentElsewhere += other.sessionsSentElsewhere;
    turnsInterrupted += other.turnsInterrupted;
    problems += other.problems;
}

void SyncReport::addProblem(const QString &sessionId, const QString &message)
{
    problems << tr("Session %1: %2").arg(sessionId, message);
}
