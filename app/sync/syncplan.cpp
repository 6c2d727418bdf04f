#include "syncplan.h"

namespace {

/// The value of @p result, or @p fallback with its error noted in @p problems.
template<typename T>
T valueNoting(Result<T> result, T fallback, QStringList &problems)
{
    if (!result) {
        problems << result.error().message;
        return fallback;
    }
    return std::move(result).value();
}

} // namespace

SyncPlan SyncPlan::read(ChatStore &store, Scope scope)
{
    SyncPlan plan;
    if (scope == Scope::Everything)
        plan.recovered = valueNoting(store.recoverInterrupted(), 0, plan.problems);
    if (scope != Scope::Waiting)
        plan.deletes = valueNoting(store.pendingServerDeletes(), {}, plan.problems);
    plan.unsentTurns = valueNoting(store.sessionsWithUnsentTurns(), {}, plan.problems);
    plan.unsentRatings = valueNoting(store.sessionsWithUnsentRatings(), {}, plan.problems);
    if (scope != Scope::Everything)
        return plan;
    plan.linked = valueNoting(store.linkedSessions(), {}, plan.problems);
    for (const QString &sessionId : std::as_const(plan.unsentTurns)) {
        const auto session = store.chat(sessionId);
        if (session && session->serverUrl.isEmpty() && session->backend == Backend::GovStack)
            plan.unlinked << *session;
    }
    return plan;
}
