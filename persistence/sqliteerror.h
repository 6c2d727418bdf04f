#pragma once

#include "result.h"

class QSqlError;
class QSqlDatabase;
class QSqlQuery;
class QVariant;

/// Turns an SQLite failure into an Error a user can act on: "the database is
/// damaged", "the disk is full", ... with @p context saying what was being done.
Error storeError(const QSqlError &error, const QString &context);

/// Runs @p sql; an Error naming @p context when it fails.
Result<void> execute(QSqlQuery &query, const QString &sql, const QString &context);
/// Runs a prepared @p query; an Error naming @p context when it fails.
Result<void> execute(QSqlQuery &query, const QString &context);
/// The first column of the first row of @p sql; the statement is finished
/// afterwards, so it holds no read transaction open.
Result<QVariant> scalar(const QSqlDatabase &database, const QString &sql, const QString &context);
