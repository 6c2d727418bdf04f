#pragma once

#include "result.h"

#include <QSqlQuery>

class QSqlDatabase;

/// A write transaction that rolls back unless committed, so an early return
/// on any error never leaves half of a change behind.
///
/// Starts with `BEGIN IMMEDIATE`: the write lock is taken up front, so two
/// writers wait for each other (busy timeout) instead of failing midway.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin(const QString &context);
    Result<void> commit(const QString &context);

private:
    QSqlQuery m_query;
    bool m_active = false;
};
