#include "transaction.h"

#include "sqliteerror.h"

using namespace Qt::StringLiterals;

Transaction::Transaction(const QSqlDatabase &database)
    : m_query(database)
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_query.exec(u"ROLLBACK"_s);
}

Result<void> Transaction::begin(const QString &context)
{
    auto begun = execute(m_query, u"BEGIN IMMEDIATE"_s, context);
    m_active = begun.hasValue();
    return begun;
}

Result<void> Transaction::commit(const QString &context)
{
    auto committed = execute(m_query, u"COMMIT"_s, context);
    if (committed)
        m_active = false;
    return committed;
}
