#pragma once

#include "result.h"
#include "usercontent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

/// User content as PydanticAI's `OpenAIChatModel` puts it into a chat-completions `user`
/// message (v2.33, the `openai` profile): text, images as URLs or data URIs, WAV and MP3 as
/// `input_audio`, documents as `file` data URIs, text-like files inlined between
/// `-----BEGIN FILE …-----` markers, uploaded OpenAI files by `file_id`; cache points drop out.
///
/// What PydanticAI refuses (video, files uploaded to another provider, images by file id,
/// audio other than WAV and MP3) is refused here with the reason in plain words. So is what
/// PydanticAI would download before sending (audio and document links, images marked
/// `force_download`): the app does not fetch addresses found in a conversation.
namespace ChatContent {

/// The content part for @p item; none for a cache point.
Result<std::optional<QJsonObject>> part(const UserContent &item);
/// The `content` of a user message holding @p items in order.
Result<QJsonArray> parts(const QList<UserContent> &items);
/// The name PydanticAI gives a file in a conversation (its `identifier`).
QString identifier(const UserContent &item);

} // namespace ChatContent
