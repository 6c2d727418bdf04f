#include "sendclaims.h"

#include "sqliteerror.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QSqlQuery prepared(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

const QString clearClaim = u"claim_owner = NULL, claim_turn = NULL, claimed_at = NULL, claim_expires = NULL"_s;

} // namespace

SendClaims::SendClaims(const QSqlDatabase &database, QString owner, Clock clock)
    : m_owner(std::move(owner))
    , m_clock(std::move(clock))
    // Prepared once: a claim is part of every turn, and must cost next to nothing there.
    , m_read(prepared(database,
                      u"SELECT claim_owner, claim_turn, claim_expires FROM chats "
                      "WHERE id = ? AND claim_owner IS NOT NULL"_s))
    , m_claim(prepared(database,
                       u"UPDATE chats SET claim_owner = ?, claim_turn = ?, claimed_at = ?, "
                       "claim_expires = ? WHERE id = ?"_s))
    , m_release(prepared(database, u"UPDATE chats SET "_s % clearClaim % u" WHERE id = ? AND claim_owner = ?"_s))
    , m_renew(prepared(database, u"UPDATE chats SET claim_expires = ? WHERE claim_owner = ?"_s))
    , m_dropLapsed(prepared(
          database, u"UPDATE chats SET "_s % clearClaim % u" WHERE claim_owner IS NOT NULL AND claim_expires <= ?"_s))
{ }

Result<std::optional<SendClaim>> SendClaims::claimOf(qint64 chatId, const QString &context)
{
    m_read.addBindValue(chatId);
    if (auto read = execute(m_read, context); !read)
        return read.error();
    std::optional<SendClaim> claim;
    if (m_read.next())
        claim = SendClaim{m_read.value(0).toString(), m_read.value(1).toInt(),
                          QDateTime::fromMSecsSinceEpoch(m_read.value(2).toLongLong(), Qt::UTC)};
    m_read.finish();
    return claim;
}

Result<bool> SendClaims::heldElsewhere(qint64 chatId, const QString &context)
{
    const auto held = claimOf(chatId, context);
    if (!held)
        return held.error();
    return *held && isElsewhere(**held);
}

Result<void> SendClaims::claim(qint64 chatId, int turn, qint64 leaseMs, const QString &context)
{
    const qint64 at = now();
    for (const QVariant &value :
         {QVariant(m_owner), QVariant(turn), QVariant(at), QVariant(at + leaseMs), QVariant(chatId)})
        m_claim.addBindValue(value);
    return execute(m_claim, context);
}

Result<void> SendClaims::release(qint64 chatId, const QString &context)
{
    m_release.addBindValue(chatId);
    m_release.addBindValue(m_owner);
    return execute(m_release, context);
}

Result<void> SendClaims::renew(qint64 leaseMs, const QString &context)
{
    m_renew.addBindValue(now() + leaseMs);
    m_renew.addBindValue(m_owner);
    return execute(m_renew, context);
}

Result<void> SendClaims::dropLapsed(const QString &context)
{
    m_dropLapsed.addBindValue(now());
    return execute(m_dropLapsed, context);
}
