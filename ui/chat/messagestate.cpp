#include "messagestate.h"

#include "agenterror.h"
#include "messagelistmodel.h"
#include "rating.h"

using namespace Qt::StringLiterals;

MessageState::Action MessageState::actionOf(const QModelIndex &index)
{
    if (index.data(MessageListModel::PendingRole).toBool())
        return Action::Cancel;
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == u"failed")
        return Action::Retry;
    if (status != u"queued")
        return Action::None;
    // Behind another message it goes when that one has its answer; a refused key waits for a new one.
    if (waitsBehindAnother(index))
        return Action::None;
    const auto kind = AgentError::kindFromName(index.data(MessageListModel::ErrorKindRole).toString());
    return kind == AgentError::Kind::KeyRejected ? Action::OpenSettings : Action::SendNow;
}

bool MessageState::waitsBehindAnother(const QModelIndex &index)
{
    // The question before it has no answer yet.
    for (int row = index.row() - 1; row >= 0; --row) {
        const QModelIndex earlier = index.sibling(row, 0);
        if (earlier.data(MessageListModel::SenderRole).toString() == u"user")
            return earlier.data(MessageListModel::StatusRole).toString() != u"ok";
    }
    return false;
}

QString MessageState::labelOf(Action action)
{
    switch (action) {
    case Action::None:
        return {};
    case Action::Cancel:
        return tr("Cancel");
    case Action::Retry:
        return tr("Retry");
    case Action::SendNow:
        return tr("Send Now");
    case Action::OpenSettings:
        return tr("Open Settings");
    }
    return {};
}

QString MessageState::waitingNote(const QModelIndex &index)
{
    if (waitsBehindAnother(index))
        return tr("Waits for the answer to the message before it.");
    const auto kind = AgentError::kindFromName(index.data(MessageListModel::ErrorKindRole).toString());
    if (!kind)
        return tr("Not sent yet.");
    switch (*kind) {
    case AgentError::Kind::KeyRejected:
        return tr("Not sent: the server refused the API key.");
    case AgentError::Kind::Unreachable:
        return tr("Not sent yet: the server cannot be reached.");
    case AgentError::Kind::Timeout:
        return tr("No answer yet: the server did not answer in time.");
    case AgentError::Kind::ConnectionReset:
        return tr("No answer yet: the connection broke.");
    case AgentError::Kind::ServerError:
        return tr("No answer yet: the server had an internal error.");
    case AgentError::Kind::Gateway:
        return tr("No answer yet: the server's gateway did not answer.");
    case AgentError::Kind::MalformedResponse:
        return tr("No answer yet: the server's answer could not be read.");
    case AgentError::Kind::Interrupted:
        return tr("No answer yet: the app stopped while sending it.");
    default:
        return tr("No answer yet.");
    }
}

QString MessageState::markerOf(const QModelIndex &index)
{
    if (index.data(MessageListModel::PendingRole).toBool())
        return {};
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == u"failed" || status == u"incomplete")
        return u"warning"_s;
    if (status == u"queued" || status == u"pending")
        return u"clock"_s;
    return {};
}

QString MessageState::note(const QModelIndex &index)
{
    if (index.data(MessageListModel::PendingRole).toBool())
        return tr("Waiting for the answer… %n s", nullptr, index.data(MessageListModel::ElapsedSecondsRole).toInt());
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == u"failed")
        return index.data(MessageListModel::ErrorRole).toString();
    if (status == u"incomplete")
        return tr("This answer was cut off before it was complete.");
    if (status == u"queued")
        return waitingNote(index);
    if (status == u"pending")
        return tr("Being sent by another GovStack Desktop process (a command or another window). Its answer "
                  "appears here when it arrives.");
    if (const int rating = index.data(MessageListModel::RatingRole).toInt(); rating > 0) {
        const QString comment = index.data(MessageListModel::RatingCommentRole).toString();
        const QString verdict =
            rating == Rating::thumbsUp ? tr("You rated this answer helpful") : tr("You rated this answer unhelpful");
        return comment.isEmpty() ? verdict : tr("%1: “%2”").arg(verdict, comment);
    }
    return {};
}
