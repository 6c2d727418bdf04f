#pragma once

#include "serverhistory.h"

#include <QByteArray>
#include <QJsonObject>

/// Reads what a GovStack server says about sessions, its JSON into model
/// types: a history response (`GET .../{session_id}`) and an answer. No network
/// here: the back end fetches, sync and import read.
namespace ServerHistoryReader {

/// The turns of a history response, each a user entry and its answer; @p body
/// (the response as received) gives the fingerprint and the exact bytes of each
/// message of a v2 trace. Answers are made as answerToResponse() makes them,
/// naming @p providerUrl.
ServerHistory read(const QJsonObject &history, const QByteArray &body, const QString &providerUrl);

/// A server's answer (`ChatResponse`) as the ModelResponse the client stores,
/// with everything the server said beside the text kept as its GovStack extras.
ModelMessage answerToResponse(const QJsonObject &answer, const Timestamp &timestamp, const QString &providerUrl);

/// The text of a history entry's content: `content`, or in older rows `answer` / `query`.
QString entryText(const QJsonObject &content);

} // namespace ServerHistoryReader
