#pragma once

#include "chatsession.h"

#include <QDate>
#include <QString>

#include <optional>

/// What reviewers narrow sessions and search hits down to. Empty fields do not filter.
struct ReviewFilter {
    /// Messages (for search) or last activity (for sessions) on or after / before these days, UTC.
    QDate from;
    QDate to;
    std::optional<Backend> backend;
    QString serverUrl;
    QString userId;
    /// `en`, `sw` or `sheng`.
    QString language;
    /// Only rated answers (search), or sessions with a rated answer.
    bool ratedOnly = false;
    /// Sessions whose title, user or session id contain these words (the review table's own
    /// search; message search has its query).
    QString text;

    /// How many of the filters of the filter panel narrow anything (the text is counted where it is typed).
    int activeCount() const
    {
        return int(from.isValid()) + int(to.isValid()) + int(backend.has_value()) + int(!serverUrl.isEmpty()) +
            int(!userId.isEmpty()) + int(!language.isEmpty()) + int(ratedOnly);
    }

    friend bool operator==(const ReviewFilter &, const ReviewFilter &) = default;
};
