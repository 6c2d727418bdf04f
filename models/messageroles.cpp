#include "messageroles.h"

#include "messagelistmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace MessageRoles {

QVariant ofCard(const MessageCard &card, int role)
{
    const StoredMessage &entry = card.primary();
    const ModelMessage &message = entry.message;
    const auto extras = message.govStackExtras();
    switch (role) {
    case Qt::DisplayRole:
    case MessageListModel::TextRole:
        return card.text();
    case Qt::AccessibleTextRole:
        return (card.isAnswer() ? QCoreApplication::translate("MessageListModel", "Assistant: %1")
                                : QCoreApplication::translate("MessageListModel", "You: %1"))
            .arg(card.text());
    case MessageListModel::SenderRole:
        return card.isAnswer() ? u"assistant"_s : ModelMessage::roleName(message.role());
    case MessageListModel::TimestampRole:
        return message.timestamp() ? message.timestamp()->toDateTime() : QDateTime();
    case MessageListModel::StatusRole:
        return messageStatusName(entry.status);
    case MessageListModel::ErrorRole:
        return entry.error;
    case MessageListModel::ErrorKindRole:
        return entry.errorKind;
    case MessageListModel::TurnRole:
        return entry.turn;
    case MessageListModel::SeqRole:
        return entry.seq;
    case MessageListModel::ModelNameRole:
        return message.modelName();
    case MessageListModel::SourcesRole: {
        QVariantList sources;
        if (extras) {
            for (const Source &source : extras->sources)
                sources << QVariantMap{{u"title"_s, source.title}, {u"url"_s, source.url}};
        }
        return sources;
    }
    case MessageListModel::ConfidenceRole:
        return extras && extras->confidence ? QVariant(*extras->confidence) : QVariant();
    case MessageListModel::FollowUpsRole: {
        QStringList questions;
        if (extras) {
            for (const FollowUpQuestion &followUp : extras->followUpQuestions)
                questions << followUp.question;
        }
        return questions;
    }
    case MessageListModel::BlocksRole:
        return card.blocks();
    case MessageListModel::ExpandedRole:
        return card.expanded();
    case MessageListModel::RevisionRole:
        return card.revision();
    case MessageListModel::AttachmentsRole:
        return card.attachments();
    case MessageListModel::PendingRole:
        return false;
    case MessageListModel::ElapsedSecondsRole:
        return 0;
    case MessageListModel::RatingRole:
        return entry.rating ? entry.rating->score : 0;
    case MessageListModel::RatingCommentRole:
        return entry.rating ? entry.rating->comment : QString();
    case MessageListModel::RatingSentRole:
        return entry.rating && entry.rating->sent;
    case MessageListModel::ServerIdRole:
        return entry.serverId;
    }
    return {};
}

QVariant ofPending(int turn, const QString &text, const QDateTime &since, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case MessageListModel::TextRole:
        return text;
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("MessageListModel", "Waiting for the answer");
    case MessageListModel::SenderRole:
        return u"assistant"_s;
    case MessageListModel::TimestampRole:
        return since;
    case MessageListModel::StatusRole:
        return messageStatusName(MessageStatus::Pending);
    case MessageListModel::TurnRole:
        return turn;
    case MessageListModel::PendingRole:
        return true;
    case MessageListModel::ElapsedSecondsRole:
        return int(since.secsTo(QDateTime::currentDateTimeUtc()));
    case MessageListModel::ExpandedRole:
    case MessageListModel::RatingSentRole:
        return false;
    case MessageListModel::RatingRole:
        return 0;
    case MessageListModel::SourcesRole:
    case MessageListModel::BlocksRole:
    case MessageListModel::AttachmentsRole:
        return QVariantList();
    case MessageListModel::FollowUpsRole:
        return QStringList();
    }
    return {};
}

QHash<int, QByteArray> names(QHash<int, QByteArray> base)
{
    QHash<int, QByteArray> names = std::move(base);
    names.insert({{MessageListModel::SenderRole, "sender"},
                  {MessageListModel::TextRole, "text"},
                  {MessageListModel::TimestampRole, "timestamp"},
                  {MessageListModel::StatusRole, "status"},
                  {MessageListModel::ErrorRole, "error"},
                  {MessageListModel::ErrorKindRole, "errorKind"},
                  {MessageListModel::TurnRole, "turn"},
                  {MessageListModel::SeqRole, "seq"},
                  {MessageListModel::ModelNameRole, "modelName"},
                  {MessageListModel::SourcesRole, "sources"},
                  {MessageListModel::ConfidenceRole, "confidence"},
                  {MessageListModel::FollowUpsRole, "followUps"},
                  {MessageListModel::BlocksRole, "blocks"},
                  {MessageListModel::ExpandedRole, "expanded"},
                  {MessageListModel::PendingRole, "pending"},
                  {MessageListModel::ElapsedSecondsRole, "elapsedSeconds"},
                  {MessageListModel::RatingRole, "rating"},
                  {MessageListModel::RatingCommentRole, "ratingComment"},
                  {MessageListModel::RatingSentRole, "ratingSent"},
                  {MessageListModel::ServerIdRole, "serverId"},
                  {MessageListModel::RevisionRole, "revision"},
                  {MessageListModel::AttachmentsRole, "attachments"},
                  {MessageListModel::VersionRole, "version"},
                  {MessageListModel::VersionCountRole, "versionCount"},
                  {MessageListModel::VersionSessionsRole, "versionSessions"}});
    return names;
}

} // namespace MessageRoles
