#pragma once

#include <QDateTime>
#include <QString>

/// One message that matched a full-text search.
struct SearchHit {
    /// Around the matched words in `snippet` (private-use characters, never typed by people).
    static constexpr QChar matchStart{0xE000};
    static constexpr QChar matchEnd{0xE001};

    QString sessionId;
    QString sessionTitle;
    /// The message's place in its session.
    int seq = 0;
    /// "user" or "assistant".
    QString sender;
    QDateTime time;
    /// A few words around the match, the matched words between matchStart and matchEnd.
    QString snippet;
    /// The match is in a tool call or result of the message (what the agent looked up), not in its words.
    bool inToolData = false;

    /// The snippet with each match between @p before and @p after, e.g. for a terminal or HTML.
    QString markedSnippet(const QString &before, const QString &after) const
    {
        QString marked = snippet;
        return marked.replace(matchStart, before).replace(matchEnd, after);
    }
};
