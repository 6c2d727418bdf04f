#pragma once

#include "storedmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QVariant>

/// What each role of MessageListModel says about a row: a stored message, or the row of an
/// answer still awaited.
namespace MessageRoles {

QVariant ofStored(const StoredMessage &entry, bool expanded, quint64 revision, int role);
QVariant ofPending(int turn, const QString &text, const QDateTime &since, int role);
/// @p base (Qt's own roles) with the model's named roles added.
QHash<int, QByteArray> names(QHash<int, QByteArray> base);

} // namespace MessageRoles
