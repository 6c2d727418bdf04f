#pragma once

#include "modelmessage.h"

#include <QByteArray>

/// Writes a message this app made (a typed question, a synthesized or streamed answer)
/// as PydanticAI's `ModelMessagesTypeAdapter.dump_json` writes it: compact, each
/// dataclass's fields in declaration order, `null` fields written, and strings
/// escaped as pydantic-core escapes them. Messages that came from elsewhere are
/// never written through here: they keep the bytes they came as.
namespace PydanticAiWriter {

QByteArray write(const ModelMessage &message);
/// @p text as a JSON string, escaped as pydantic-core escapes it.
QByteArray string(const QString &text);

} // namespace PydanticAiWriter
