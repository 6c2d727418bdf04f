#pragma once

#include "chatsession.h"
#include "modelmessage.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

/// What the store's tables have in common: their columns, and how values go in and out.
namespace StoreRows {

inline constexpr qsizetype titleLength = 60;
inline constexpr qsizetype previewLength = 160;

extern const QString sessionColumns;
/// How many sessionColumns there are: the first column a query adds after them.
extern const int sessionColumnCount;
extern const QString messageColumns;
/// A condition on a session row `c`: its conversation is not in the Trash.
extern const QString notInTrash;
/// The sidebar's order: pinned first, then by last activity.
extern const QString sessionOrder;

qint64 nowMillis();
QDateTime fromMillis(qint64 millis);
/// `%`, `_` and the escape character itself, escaped for LIKE ... ESCAPE '\'.
QString likePattern(const QString &text);
/// A null QString binds as SQL NULL; the text columns want '' instead.
QString notNull(const QString &text);
QVariant nullableText(const QString &text);
/// One line of at most @p length characters, cut at a word boundary.
QString shortened(const QString &text, qsizetype length);
/// What a GovStack server said beside an answer, as its column holds it.
QVariant extrasColumn(const ModelMessage &message);
Error notFound(const QString &sessionId);
/// A session from a row whose first columns are sessionColumns.
ChatSession readSession(const QSqlQuery &query);
/// Runs a prepared listing @p query and reads its rows.
Result<QList<ChatSession>> readSessions(QSqlQuery &query);

} // namespace StoreRows
