#pragma once

#include "chatsession.h"

/// A session as the review table lists it: the session and how its answers were rated.
struct SessionSummary {
    ChatSession session;
    int ratedHelpful = 0;
    int ratedUnhelpful = 0;

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};
