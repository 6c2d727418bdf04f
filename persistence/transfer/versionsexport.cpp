#include "versionsexport.h"

#include "chatstore.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "sessionexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace VersionsExport {

namespace {

QByteArray versionJson(const VersionNode &version, const QString &branchOf, int branchMessage,
                       const QList<StoredMessage> &own)
{
    QList<ModelMessage> messages;
    for (const StoredMessage &entry : own)
        messages << entry.message;
    const QJsonObject rest{
        {u"session_id"_s, version.sessionId},
        {u"branch_of"_s, branchOf.isEmpty() ? QJsonValue() : QJsonValue(branchOf)},
        {u"branch_message"_s, branchMessage},
        {u"kind"_s, version.branchOf ? versionKindName(version.kind) : QString()},
        {u"updated_at"_s, SessionExport::isoTime(QDateTime::fromMSecsSinceEpoch(version.updatedAt, Qt::UTC))},
    };
    // Exact bytes, as the session's own messages are written.
    return "{\"pydantic_ai_messages\":" + PydanticAiCodec::encodeHistory(messages) + ',' +
        QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1);
}

} // namespace

Result<Conversation> read(ChatStore &store, const QString &sessionId)
{
    const auto shownId = store.shownVersion(sessionId);
    if (!shownId)
        return shownId.error();
    const auto versions = store.versions(sessionId);
    if (!versions)
        return versions.error();
    Conversation conversation;
    if (versions->count() < 2) {
        const auto stored = store.loadStoredMessages(*shownId);
        if (!stored)
            return stored.error();
        conversation.shown = *stored;
        return conversation;
    }
    // Each version's messages as the agent sees them, read once: its own are those of its turns.
    QHash<qint64, QList<StoredMessage>> paths;
    QList<QByteArray> list;
    for (const VersionNode &version : versions->nodes()) {
        const auto stored = store.loadStoredMessages(version.sessionId);
        if (!stored)
            return stored.error();
        QList<StoredMessage> path = SessionExport::conversationOf(*stored);
        if (version.sessionId == *shownId)
            conversation.shown = *stored;
        QList<StoredMessage> own;
        std::copy_if(path.cbegin(), path.cend(), std::back_inserter(own), [&version](const StoredMessage &entry) {
            return !version.branchOf || entry.turn >= version.firstTurn;
        });
        QString branchOf;
        int branchMessage = 0;
        if (const auto parent = paths.constFind(version.branchOf); parent != paths.cend()) {
            branchOf = versions->parentOf(version)->sessionId;
            branchMessage = int(std::count_if(parent->cbegin(), parent->cend(), [&version](const StoredMessage &entry) {
                return entry.turn < version.branchTurn;
            }));
        }
        list << versionJson(version, branchOf, branchMessage, own);
        paths.insert(version.id, std::move(path));
    }
    conversation.others = versions->count() - 1;
    conversation.versionsJson = "{\"list\":" + JsonText::joinArray(list) +
        ",\"shown\":" + QJsonDocument(QJsonArray{*shownId}).toJson(QJsonDocument::Compact).chopped(1).mid(1) + '}';
    return conversation;
}

} // namespace VersionsExport
