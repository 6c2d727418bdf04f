#pragma once

#include "modelmessage.h"

#include <QVariantList>

/// What a message holds besides its text, as the chat view shows it folded and opens on
/// demand: tool calls, tool results, retry prompts, thinking and instructions, each a
/// `{kind, title, body}` map (MessageListModel::BlocksRole).
namespace MessageBlocks {

QVariantList of(const ModelMessage &message);

} // namespace MessageBlocks
