#pragma once

#include "jsonpath.h"
#include "modelmessage.h"
#include "result.h"

class QJsonObject;
class QJsonValue;

/// Reads one PydanticAI `ModelMessage` from JSON as strictly as PydanticAI
/// validates it, naming the place of the first problem:
/// `messages[2].parts[0]: unknown part_kind "foo"`.
///
/// Unknown fields are kept, not dropped; timestamps are rewritten the way
/// PydanticAI writes them.
Result<ModelMessage> readModelMessage(const QJsonValue &value, const JsonPath &path);

/// Reads a message this app validated before it stored it: checks only the
/// structure (kinds and parts), which keeps reopening a long session fast.
Result<ModelMessage> readStoredModelMessage(const QJsonObject &object, const JsonPath &path);
