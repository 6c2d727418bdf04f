#pragma once

#include "jsonpath.h"
#include "messagepart.h"
#include "modelmessage.h"
#include "result.h"

class QJsonValue;

/// Reads one part of a PydanticAI message as strictly as PydanticAI validates it: its
/// `part_kind`, whether its message may hold it, and the fields of its kind (user content
/// items, tool returns, file URLs, provider fields), naming the place of the first problem.
namespace PartReader {

/// The part, its fields checked.
Result<MessagePart> readPart(const QJsonValue &value, ModelMessage::Kind messageKind, const JsonPath &path);
/// A part whose `part_kind` is known and allowed in its message; its fields are not checked.
Result<MessagePart> readPartKind(const QJsonValue &value, ModelMessage::Kind messageKind, const JsonPath &path);

} // namespace PartReader
