#pragma once

#include "modelmessage.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

/// Reads and writes PydanticAI message histories: a bare JSON array of
/// `ModelMessage`s, as `ModelMessagesTypeAdapter.dump_json` writes it and
/// `validate_json` reads it.
namespace PydanticAiCodec {

/// Parses and validates a whole history; the error names the place at fault,
/// e.g. `messages[2].parts[0]: unknown part_kind "foo"`.
Result<QList<ModelMessage>> decodeHistory(const QByteArray &json);
Result<QList<ModelMessage>> decodeHistory(const QJsonArray &messages);
/// One message, validated as a history's messages are.
Result<ModelMessage> decodeMessage(const QByteArray &json);
/// One message the chat store wrote after validating it: only its structure is checked.
Result<ModelMessage> decodeStoredMessage(const QByteArray &json);

/// The history as Qt JSON values: for reading fields only, as numbers and key order are not kept.
QJsonArray toJsonArray(const QList<ModelMessage> &messages);
/// UTF-8, non-ASCII written raw, as PydanticAI writes it. Compact, each message is the
/// exact text it came as when it came from outside (its storedJson()).
QByteArray encodeHistory(const QList<ModelMessage> &messages,
                         QJsonDocument::JsonFormat format = QJsonDocument::Compact);
/// The message's exact text when it has one, else its JSON as PydanticAI's dump_json writes it.
QByteArray encodeMessage(const ModelMessage &message);

} // namespace PydanticAiCodec
