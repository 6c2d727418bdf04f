#pragma once

#include "chatsession.h"

#include <QDateTime>
#include <QList>

#include <optional>

/// What a retention period means for the conversations there are: which go to the Trash at
/// once, and which goes next and when. Pinned conversations and those on hold never go.
struct RetentionOutlook {
    /// The period in days; 0 is off.
    int days = 0;
    /// How many conversations have been inactive for longer: they go to the Trash now.
    int dueNow = 0;
    /// The first few of them, most inactive first, for the user to recognise.
    QList<ChatSession> dueNowFirst;
    /// The next one to go after those, and when.
    std::optional<ChatSession> next;
    QDateTime nextAt;
};
