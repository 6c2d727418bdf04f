#pragma once

#include "modelmessage.h"

#include <QJsonArray>

/// The chat-completions view of a PydanticAI history, for OpenAI-compatible
/// back ends (the contract's table): system, user, assistant with
/// `tool_calls`, and tool results. Thinking, built-in tool and file parts
/// stay in the store and are left out.
namespace ChatCompletions {

QJsonArray messagesFor(const QList<ModelMessage> &history);

} // namespace ChatCompletions
