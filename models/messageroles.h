#pragma once

#include "messagecard.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QVariant>

/// What each role of MessageListModel says about a row: a card of stored messages, or the row
/// of an answer still awaited.
namespace MessageRoles {

QVariant ofCard(const MessageCard &card, int role);
QVariant ofPending(int turn, const QString &text, const QDateTime &since, int role);
/// @p base (Qt's own roles) with the model's named roles added.
QHash<int, QByteArray> names(QHash<int, QByteArray> base);

} // namespace MessageRoles
