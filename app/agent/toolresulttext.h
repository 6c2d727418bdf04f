#pragma once

#include "preparedhistory.h"
#include "usercontent.h"

#include <QList>
#include <QString>

/// The text a chat-completions server gets for tool results and retry prompts, as
/// PydanticAI v2.33 writes it (`ToolReturnPart.model_response_str_and_user_content` and
/// `RetryPromptPart.model_response`). Values other than strings go out as the exact JSON
/// text they were stored as, which is the text PydanticAI's `dump_json` gives them.
namespace ToolResultText {

struct ToolResult {
    QString text;
    /// The files the result returned, each after a line naming it, for a user message that
    /// follows the tool results (chat completions take only text from a tool).
    QList<UserContent> files;
};

ToolResult forReturn(const PreparedPart &part);
QString forRetry(const PreparedPart &part);
/// Whether a retry prompt answers a tool call (else it is output validation feedback).
bool answersToolCall(const PreparedPart &retry);

} // namespace ToolResultText
