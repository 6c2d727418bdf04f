#include "preparedhistory.h"

#include "jsontext.h"
#include "pydanticaicodec.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = MessagePart::Kind;

Result<PreparedMessage> prepared(const ModelMessage &message, qsizetype index)
{
    const auto members = JsonText::objectMembers(PydanticAiCodec::encodeMessage(message));
    if (!members)
        return members.error();
    const auto texts = JsonText::arrayElements(members->value(u"parts"_s));
    if (!texts)
        return texts.error();
    if (texts->size() != message.parts().size())
        return Error{Error::Code::InvalidData, u"a message's parts do not match its JSON"_s};
    PreparedMessage result{message.kind(), {}, std::nullopt, index};
    for (qsizetype i = 0; i < texts->size(); ++i)
        result.parts.append({message.parts().at(i), texts->at(i)});
    if (const QByteArray instructions = members->value(u"instructions"_s);
        !instructions.isEmpty() && instructions != "null")
        result.instructions = message.instructions();
    return result;
}

PreparedPart userPrompt(const QString &text)
{
    return {MessagePart(Kind::UserPrompt, QJsonObject{{u"content"_s, text}, {u"part_kind"_s, u"user-prompt"_s}}), {}};
}

/// `_convert_speech_parts` without audio input: a person's speech becomes their words, the
/// assistant's its transcript, marked where it was cut off; speech without a transcript drops out.
void convertSpeech(PreparedMessage &message, const QString &state)
{
    const auto isSpeech = [](const PreparedPart &part) { return part.part.kind() == Kind::Speech; };
    const auto last = std::find_if(message.parts.crbegin(), message.parts.crend(), isSpeech);
    const qsizetype lastSpeech = last == message.parts.crend() ? -1 : message.parts.crend() - last - 1;
    QList<PreparedPart> parts;
    for (qsizetype i = 0; i < message.parts.size(); ++i) {
        const PreparedPart &part = message.parts.at(i);
        if (!isSpeech(part)) {
            parts.append(part);
            continue;
        }
        const QString transcript = part.part.toJson().value(u"transcript").toString();
        if (message.kind == ModelMessage::Kind::Request) {
            if (!transcript.isEmpty())
                parts.append(userPrompt(transcript));
            continue;
        }
        QStringList lines;
        if (!transcript.isEmpty())
            lines << transcript;
        if (const QByteArray at = part.member(u"interrupted_at_ms"_s); !at.isEmpty() && at != "null")
            lines << u"[Interrupted after %1 ms]"_s.arg(QString::fromUtf8(at));
        else if (state == u"interrupted" && i == lastSpeech)
            lines << u"[Interrupted]"_s;
        if (!lines.isEmpty())
            parts.append({MessagePart::text(lines.join(u'\n')), {}});
    }
    message.parts = parts;
}

int standingSystemPromptCount(const QList<PreparedPart> &parts)
{
    const auto firstOther = std::find_if(
        parts.cbegin(), parts.cend(), [](const PreparedPart &part) { return part.part.kind() != Kind::SystemPrompt; });
    return int(firstOther - parts.cbegin());
}

/// `_announce_tool_availability_delta_messages` with no deferred tools: every delta announces
/// nothing and drops out, and the rest of its request puts tool results first.
void dropToolAvailabilityDeltas(QList<PreparedMessage> &messages)
{
    bool firstRequest = true;
    for (PreparedMessage &message : messages) {
        if (message.kind != ModelMessage::Kind::Request)
            continue;
        const auto isDelta = [](const PreparedPart &part) { return part.part.kind() == Kind::ToolAvailabilityDelta; };
        if (std::any_of(message.parts.cbegin(), message.parts.cend(), isDelta)) {
            message.parts.removeIf(isDelta);
            const int keep = firstRequest ? standingSystemPromptCount(message.parts) : 0;
            std::stable_sort(
                message.parts.begin() + keep, message.parts.end(), [](const PreparedPart &a, const PreparedPart &b) {
                    const auto rank = [](const PreparedPart &part) {
                        return part.part.kind() == Kind::ToolReturn || part.part.kind() == Kind::RetryPrompt ? 0 : 1;
                    };
                    return rank(a) < rank(b);
                });
        }
        if (!message.parts.isEmpty())
            firstRequest = false;
    }
}

bool isNativeToolSearch(const PreparedPart &part, Kind kind)
{
    return part.part.kind() == kind && part.part.toolKind() == u"tool-search";
}

PreparedPart asLocalToolSearch(const PreparedPart &part, Kind kind, const QString &partKind)
{
    QJsonObject json = part.part.toJson();
    json.insert(u"tool_name"_s, u"search_tools"_s);
    json.insert(u"part_kind"_s, partKind);
    return {MessagePart(kind, json), part.json};
}

/// `synthesize_local_tool_search_messages` for a model without native tool search: each native
/// search call becomes a `search_tools` call, and each native result its own request after the
/// response parts before it.
QList<PreparedMessage> synthesizeLocalToolSearch(const QList<PreparedMessage> &messages)
{
    QList<PreparedMessage> out;
    for (const PreparedMessage &message : messages) {
        if (message.kind == ModelMessage::Kind::Request) {
            out.append(message);
            continue;
        }
        PreparedMessage buffer{message.kind, {}, std::nullopt, message.index};
        bool split = false;
        for (const PreparedPart &part : message.parts) {
            if (isNativeToolSearch(part, Kind::BuiltinToolCall)) {
                buffer.parts.append(asLocalToolSearch(part, Kind::ToolCall, u"tool-call"_s));
            } else if (isNativeToolSearch(part, Kind::BuiltinToolReturn)) {
                if (!buffer.parts.isEmpty()) {
                    out.append(buffer);
                    buffer.parts.clear();
                }
                out.append(PreparedMessage{ModelMessage::Kind::Request,
                                           {asLocalToolSearch(part, Kind::ToolReturn, u"tool-return"_s)},
                                           std::nullopt,
                                           message.index});
                split = true;
            } else {
                buffer.parts.append(part);
            }
        }
        if (!split || !buffer.parts.isEmpty())
            out.append(buffer);
    }
    return out;
}

} // namespace

QByteArray PreparedPart::member(const QString &key) const
{
    const auto members = JsonText::objectMembers(json);
    return members ? members->value(key) : QByteArray();
}

namespace PreparedHistory {

Result<QList<PreparedMessage>> prepare(const QList<ModelMessage> &history)
{
    QList<PreparedMessage> messages;
    messages.reserve(history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const ModelMessage &message = history.at(i);
        const auto read = prepared(message, i);
        if (!read)
            return read.error();
        PreparedMessage entry = *read;
        convertSpeech(entry, message.state());
        if (!entry.parts.isEmpty())
            messages.append(std::move(entry));
    }
    dropToolAvailabilityDeltas(messages);
    messages.removeIf([](const PreparedMessage &message) { return message.parts.isEmpty(); });
    return synthesizeLocalToolSearch(messages);
}

} // namespace PreparedHistory
