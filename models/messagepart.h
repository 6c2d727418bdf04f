#pragma once

#include "timestamp.h"
#include "usercontent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One part of a PydanticAI message, told apart by `part_kind`.
///
/// The part's JSON object is the source of truth and is kept whole, so fields
/// this version does not know survive a round trip; the accessors read the
/// typed values the app shows. Parts made by the app (the factories) carry
/// every field PydanticAI writes, nulls included.
class MessagePart
{
public:
    enum class Kind {
        // request parts
        SystemPrompt,
        UserPrompt,
        ToolReturn,
        RetryPrompt,
        ToolAvailabilityDelta,
        // response parts
        Text,
        Thinking,
        ToolCall,
        BuiltinToolCall,
        BuiltinToolReturn,
        File,
        Compaction,
        // both
        Speech,
    };

    MessagePart(Kind kind, QJsonObject json);

    static MessagePart systemPrompt(const QString &content, const Timestamp &timestamp = Timestamp::now());
    static MessagePart userPrompt(const QString &content, const Timestamp &timestamp = Timestamp::now());
    static MessagePart text(const QString &content);
    /// @p args is a JSON string (as OpenAI-style providers stream it) or an object.
    static MessagePart toolCall(const QString &toolName, const QJsonValue &args, const QString &toolCallId);
    static MessagePart toolReturn(const QString &toolName, const QJsonValue &content, const QString &toolCallId,
                                  const Timestamp &timestamp = Timestamp::now());

    static std::optional<Kind> kindFromName(QStringView name);
    static QString kindName(Kind kind);
    /// Whether a part of this kind may stand in a request (else a response).
    static bool belongsToRequest(Kind kind);

    Kind kind() const { return m_kind; }
    bool isToolCall() const { return m_kind == Kind::ToolCall || m_kind == Kind::BuiltinToolCall; }
    bool isToolReturn() const { return m_kind == Kind::ToolReturn || m_kind == Kind::BuiltinToolReturn; }

    /// The `content` value as stored: a string, an array, an object or null.
    QJsonValue content() const { return m_json.value(u"content"); }
    /// Text a person reads: the prompt or answer text, the text items of a
    /// multimodal prompt, a speech transcript, or the retry message.
    QString text() const;
    QList<UserContent> userContent() const;

    QString toolName() const;
    QString toolCallId() const;
    /// `args` exactly as stored: a JSON string, an object, or null.
    QJsonValue args() const { return m_json.value(u"args"); }
    /// PydanticAI's `args_as_dict()`: a string is parsed; malformed text becomes
    /// `{"INVALID_JSON": raw}`.
    QJsonObject argsAsObject() const;
    /// `args` as JSON text, the form chat-completions requests carry.
    QString argsAsJsonText() const;
    QString toolKind() const;
    QString outcome() const;

    std::optional<Timestamp> timestamp() const;
    QString id() const;
    QString signature() const;
    QString providerName() const;

    const QJsonObject &toJson() const { return m_json; }

private:
    Kind m_kind;
    QJsonObject m_json;
};
