#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

/// What a message's state says to the user and lets them do: the one sentence under it
/// (waiting, failed, cut off, rated) and the button beside that sentence.
class MessageState
{
    Q_DECLARE_TR_FUNCTIONS(MessageDelegate)

public:
    enum class Action {
        None,
        Cancel,
        Retry,
        SendNow,
        OpenSettings,
    };
    /// The button a message's state offers.
    static Action actionOf(const QModelIndex &index);
    static QString labelOf(Action action);
    /// The sentence under a message; empty when its state needs none.
    static QString note(const QModelIndex &index);
    /// Why a queued message has no answer yet, in one sentence.
    static QString waitingNote(const QModelIndex &index);
    /// The icon beside the note ("warning", "clock"); empty when the note needs none.
    static QString markerOf(const QModelIndex &index);
    /// Whether the question before a queued one has no answer yet, so it goes once that one has.
    static bool waitsBehindAnother(const QModelIndex &index);
};
