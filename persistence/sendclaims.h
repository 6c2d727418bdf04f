#pragma once

#include "result.h"
#include "sendclaim.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

/// The claims that make every turn go to its server once (columns `claim_*` of `chats`).
///
/// Before a process sends a turn it claims it in a write transaction; no other
/// process sends a session whose claim is alive. The owner renews its claims
/// while it waits for answers; one whose owner ended (killed, crashed, power
/// cut) lapses when the request could no longer be running on the server.
/// Every call runs inside the caller's transaction.
class SendClaims
{
public:
    using Clock = std::function<qint64()>;

    SendClaims(const QSqlDatabase &database, QString owner, Clock clock);

    QString owner() const { return m_owner; }
    qint64 now() const { return m_clock(); }

    /// The session's claim, alive or not.
    Result<std::optional<SendClaim>> claimOf(qint64 chatId, const QString &context);
    /// Whether another owner holds a claim on the session that has not lapsed.
    Result<bool> heldElsewhere(qint64 chatId, const QString &context);
    bool isAlive(const SendClaim &claim) const { return claim.expiresAt.toMSecsSinceEpoch() > now(); }
    /// Alive, and another owner's.
    bool isElsewhere(const SendClaim &claim) const { return claim.owner != m_owner && isAlive(claim); }
    Result<void> claim(qint64 chatId, int turn, qint64 leaseMs, const QString &context);
    /// Gives up this owner's claim on the session, if it holds one.
    Result<void> release(qint64 chatId, const QString &context);
    /// Extends every claim of this owner by @p leaseMs from now.
    Result<void> renew(qint64 leaseMs, const QString &context);
    /// Drops the claims that lapsed; their owners ended.
    Result<void> dropLapsed(const QString &context);

private:
    QString m_owner;
    Clock m_clock;
    QSqlQuery m_read;
    QSqlQuery m_claim;
    QSqlQuery m_release;
    QSqlQuery m_renew;
    QSqlQuery m_dropLapsed;
};
