#include "sendclaims.h"

#include "sqliteerror.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SendClaims::SendClaims(QSqlDatabase database, QString owner, Clock clock)
    : m_database(std::move(database))
    , m_owner(std::move(owner))
    , m_clock(std::move(clock))
{ }

Result<std::optional<SendClaim>> SendClaims::claimOf(qint64 chatId, const QString &context) const
{
    QSqlQuery query(m_database);
    query.prepare(
        u"SELECT claim_owner, claim_turn, claim_expires FROM chats WHERE id = ? AND claim_owner IS NOT NULL"_s);
    query.addBindValue(chatId);
    if (auto read = execute(query, context); !read)
        return read.error();
    if (!query.next())
        return std::optional<SendClaim>();
    return std::optional(SendClaim{query.value(0).toString(), query.value(1).toInt(),
                                   QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
}

Result<bool> SendClaims::heldElsewhere(qint64 chatId, const QString &context) const
{
    const auto held = claimOf(chatId, context);
    if (!held)
        return held.error();
    return *held && (*held)->owner != m_owner && (*held)->expiresAt.toMSecsSinceEpoch() > now();
}

Result<void> SendClaims::claim(qint64 chatId, int turn, qint64 leaseMs, const QString &context)
{
    QSqlQuery query(m_database);
    query.prepare(
        u"UPDATE chats SET claim_owner = ?, claim_turn = ?, claimed_at = ?, claim_expires = ? WHERE id = ?"_s);
    const qint64 at = now();
    for (const QVariant &value :
         {QVariant(m_owner), QVariant(turn), QVariant(at), QVariant(at + leaseMs), QVariant(chatId)})
        query.addBindValue(value);
    return execute(query, context);
}

Result<void> SendClaims::release(qint64 chatId, const QString &context)
{
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE chats SET claim_owner = NULL, claim_turn = NULL, claimed_at = NULL, claim_expires = NULL "
                  "WHERE id = ? AND claim_owner = ?"_s);
    query.addBindValue(chatId);
    query.addBindValue(m_owner);
    return execute(query, context);
}

Result<void> SendClaims::renew(qint64 leaseMs, const QString &context)
{
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE chats SET claim_expires = ? WHERE claim_owner = ?"_s);
    query.addBindValue(now() + leaseMs);
    query.addBindValue(m_owner);
    return execute(query, context);
}

Result<void> SendClaims::dropLapsed(const QString &context)
{
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE chats SET claim_owner = NULL, claim_turn = NULL, claimed_at = NULL, claim_expires = NULL "
                  "WHERE claim_owner IS NOT NULL AND claim_expires <= ?"_s);
    query.addBindValue(now());
    return execute(query, context);
}
