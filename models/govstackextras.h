#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// A document a GovStack answer cites.
struct Source {
    QString title;
    QString url;
    QString snippet;

    friend bool operator==(const Source &, const Source &) = default;
};

/// A question the server suggests asking next (the server sends objects, not strings).
struct FollowUpQuestion {
    QString question;
    double relevanceScore = 0.0;

    friend bool operator==(const FollowUpQuestion &, const FollowUpQuestion &) = default;
};

/// What a GovStack server says about an assistant turn beyond its text: kept
/// next to the turn's `ModelResponse`, not inside the PydanticAI JSON.
struct GovStackExtras {
    QList<Source> sources;
    std::optional<double> confidence;
    QString retrieverType;
    QList<FollowUpQuestion> followUpQuestions;
    /// The server's `usage` object, as the server wrote it.
    QJsonObject usage;
    QString traceId;
    /// Ids of the turn's two entries in the server's history, once known.
    QString userMessageId;
    QString assistantMessageId;
    /// Fields of the server's answer this version does not know, kept whole.
    QJsonObject otherFields;

    static GovStackExtras fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const GovStackExtras &, const GovStackExtras &) = default;
};
