#pragma once

#include <QDateTime>
#include <QString>

/// A user's verdict on one answer: thumbs up (5) or down (1), with an optional comment.
struct Rating {
    static constexpr int thumbsUp = 5;
    static constexpr int thumbsDown = 1;
    /// The longest comment the server takes.
    static constexpr qsizetype maxCommentLength = 2000;

    int score = thumbsUp;
    QString comment;
    QDateTime ratedAt;
    /// Whether the server has it; ratings made offline wait for the next sync.
    bool sent = false;

    friend bool operator==(const Rating &, const Rating &) = default;
};
