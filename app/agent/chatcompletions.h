#pragma once

#include "modelmessage.h"
#include "result.h"

#include <QJsonArray>

/// The chat-completions `messages` for a PydanticAI history, exactly as PydanticAI v2.33's
/// `OpenAIChatModel` sends it (`prepare_messages`, then `_map_messages`, the `openai`
/// profile, no tool definitions): system prompts where they stand, the current request's
/// instructions after the leading system prompts, thinking inside `<think>` tags (or, for
/// OpenAI's own reasoning, in the field it came from), retry prompts as PydanticAI words them,
/// tool-call arguments and tool results as their exact stored JSON text, files a tool
/// returned in a user message after the results, and provider-run (built-in) tools, files
/// the model made and compaction left out.
///
/// A history PydanticAI would refuse to send (a video, a file uploaded elsewhere, …) is
/// refused with the message and the reason.
namespace ChatCompletions {

Result<QJsonArray> messagesFor(const QList<ModelMessage> &history);

} // namespace ChatCompletions
