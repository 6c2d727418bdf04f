#pragma once

#include <QJsonObject>
#include <QString>

/// Token counts of one model response (PydanticAI's `RequestUsage`).
///
/// Reads the current keys and the 2025 aliases (`request_tokens`,
/// `response_tokens`); `details` holds provider extras such as `reasoning_tokens`.
struct RequestUsage {
    qint64 inputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 outputTokens = 0;
    qint64 inputAudioTokens = 0;
    qint64 cacheAudioReadTokens = 0;
    qint64 outputAudioTokens = 0;
    QJsonObject details;
    /// A decimal kept as text, as PydanticAI writes it; empty when unknown.
    QString cost;

    qint64 totalTokens() const { return inputTokens + outputTokens; }

    static RequestUsage fromJson(const QJsonObject &json);
    /// Every key PydanticAI writes, in its current shape.
    QJsonObject toJson() const;

    friend bool operator==(const RequestUsage &, const RequestUsage &) = default;
};
