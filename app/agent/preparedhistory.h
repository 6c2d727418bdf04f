#pragma once

#include "modelmessage.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <optional>

/// One part of a history on its way to a chat-completions server.
struct PreparedPart {
    MessagePart part;
    /// The part's JSON as stored (compact), for the values that go out as their exact text.
    QByteArray json;

    /// The compact text of the member @p key of json, or empty when it has none.
    QByteArray member(const QString &key) const;
};

struct PreparedMessage {
    ModelMessage::Kind kind;
    QList<PreparedPart> parts;
    std::optional<QString> instructions;
    /// Where the message it came from stands in the history, from 0.
    qsizetype index = 0;
};

/// PydanticAI's `Model.prepare_messages` for `OpenAIChatModel` (v2.33), which runs before a
/// history is mapped to chat messages: realtime speech becomes text (transcripts only, with
/// the interruption marker), tool-availability deltas drop out (the app passes no tool
/// definitions, so there is nothing to announce), and a provider's native tool search
/// becomes the local `search_tools` call and return, split around the return as
/// PydanticAI splits it.
namespace PreparedHistory {

Result<QList<PreparedMessage>> prepare(const QList<ModelMessage> &history);

} // namespace PreparedHistory
