#include "sessionreader.h"

#include "fieldchecker.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "serverhistoryreader.h"
#include "sessionexport.h"

#include <QHash>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using FieldNeed = FieldChecker::Need;

namespace {

/// Each message's turn: the index of the request that starts it (its own index before the first).
void numberTurns(QList<StoredMessage> &conversation)
{
    for (int i = 0; i < int(conversation.size()); ++i)
        conversation[i].seq = conversation[i].turn = i;
    for (const SessionExport::Turn &turn : SessionExport::turnsOf(conversation)) {
        for (int i = turn.request; i < turn.end; ++i)
            conversation[i].turn = turn.request;
    }
}

QList<StoredMessage> asConversation(const QList<ModelMessage> &messages)
{
    QList<StoredMessage> conversation;
    conversation.reserve(messages.size());
    for (const ModelMessage &message : messages)
        conversation.append(StoredMessage{0, 0, MessageStatus::Ok, {}, {}, message, {}, {}});
    numberTurns(conversation);
    return conversation;
}

/// The times a session without its own gets: those of its first and last messages.
void timesFromMessages(ChatSession &session, const QList<StoredMessage> &messages)
{
    const auto timeOf = [](const StoredMessage &entry) {
        const auto timestamp = entry.message.timestamp();
        return timestamp ? timestamp->toDateTime().toUTC() : QDateTime::currentDateTimeUtc();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!session.createdAt.isValid())
        session.createdAt = messages.isEmpty() ? now : timeOf(messages.constFirst());
    if (!session.updatedAt.isValid())
        session.updatedAt = messages.isEmpty() ? now : timeOf(messages.constLast());
}

/// The exact text of each message, compact, of the history at @p member of the JSON @p json (an
/// object), or of @p json itself (an array) when @p member is empty.
Result<QList<QByteArray>> exactHistory(const QByteArray &json, QStringView member)
{
    if (member.isEmpty())
        return JsonText::arrayElements(json);
    const auto members = JsonText::objectMembers(json);
    if (!members)
        return members.error();
    return JsonText::arrayElements(members->value(member.toString()));
}

/// Gives each message of @p imported the exact text it had in the file, so it is stored, sent and
/// exported as it came. A server history's messages are written as this app writes them.
void keepExactJson(ImportedSession &imported, const QList<QByteArray> &exact)
{
    QList<StoredMessage> &messages = imported.messages;
    if (exact.size() != messages.size())
        return;
    for (qsizetype m = 0; m < messages.size(); ++m)
        messages[m].message.setStoredJson(exact.at(m));
}

} // namespace

Result<ImportedSession> SessionReader::read(const QByteArray &json, Shape shape, const JsonPath &path) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (shape == Shape::ServerHistory) {
        // What Qt's parser lets through but PydanticAI refuses: duplicate keys, lone surrogates, raw control
        // characters.
        if (const auto checked = JsonText::compact(json); !checked)
            return fail(checked.error().message);
        return serverHistory(document.object(), json);
    }
    if (shape == Shape::AppSession && !document.isObject())
        return fail(
            wrongTypeAt(path, u"an object"_s, document.isArray() ? QJsonValue(document.array()) : QJsonValue()));
    auto session = shape == Shape::BareHistory ? bareHistory(document.array()) : appSession(document.object(), path);
    if (!session)
        return session;
    // One scan finds each message's exact text and refuses what Qt's parser lets through but PydanticAI
    // refuses (duplicate keys, lone surrogates, raw control characters): no separate check beforehand.
    const auto exact = exactHistory(json, shape == Shape::BareHistory ? QStringView() : u"pydantic_ai_messages");
    if (!exact)
        return fail(exact.error().message);
    keepExactJson(session.value(), *exact);
    if (shape == Shape::AppSession && document.object().contains(u"versions")) {
        if (auto versions = readVersions(document.object(), json, path, session.value()); !versions)
            return versions.error();
    }
    return session;
}

Result<void> SessionReader::readVersions(const QJsonObject &object, const QByteArray &json, const JsonPath &path,
                                         ImportedSession &imported) const
{
    const JsonPath at = path / u"versions";
    QJsonObject versions = object.value(u"versions").toObject();
    if (FieldChecker checker(versions, at);
        !checker.array(u"list", FieldNeed::Required).string(u"shown", FieldNeed::Required).ok())
        return fail(*checker.error());
    // The exact text of each version's messages, as the session's own are kept.
    const auto members = JsonText::objectMembers(json);
    const auto listed = members ? JsonText::objectMembers(members->value(u"versions"_s)) : members;
    const auto elements =
        listed ? JsonText::arrayElements(listed->value(u"list"_s)) : Result<QList<QByteArray>>(listed.error());
    if (!elements)
        return fail(elements.error().message);
    const QJsonArray list = versions.value(u"list").toArray();
    QStringList known;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath place = (at / u"list")[i];
        QJsonObject entry = list.at(i).toObject();
        FieldChecker checker(entry, place);
        checker.string(u"session_id", FieldNeed::Required)
            .string(u"branch_of", i == 0 ? FieldNeed::Nullable : FieldNeed::Required)
            .integer(u"branch_message", FieldNeed::Optional)
            .oneOf(u"kind", {u""_s, u"edit"_s, u"regenerate"_s}, FieldNeed::Optional)
            .array(u"pydantic_ai_messages", FieldNeed::Required);
        if (!list.at(i).isObject() || !checker.ok())
            return fail(checker.error() ? *checker.error() : wrongTypeAt(place, u"an object"_s, list.at(i)));
        const QString sessionId = entry.value(u"session_id").toString();
        const QString branchOf = entry.value(u"branch_of").toString();
        if (i == 0 ? sessionId != imported.session.sessionId : !known.contains(branchOf))
            return fail(invalidAt(place,
                                  i == 0 ? tr("the first version is not the session itself")
                                         : tr("it comes from a version not listed before it")));
        auto messages = history(entry.value(u"pydantic_ai_messages").toArray(), place / u"pydantic_ai_messages");
        if (!messages)
            return messages.error();
        ImportedSession version;
        version.messages = std::move(messages).value();
        const auto exact = JsonText::objectMembers(elements->at(i));
        const auto exactMessages = exact ? JsonText::arrayElements(exact->value(u"pydantic_ai_messages"_s))
                                         : Result<QList<QByteArray>>(exact.error());
        if (!exactMessages)
            return fail(exactMessages.error().message);
        keepExactJson(version, *exactMessages);
        known << sessionId;
        if (i == 0) {
            imported.messages = std::move(version.messages);
            continue;
        }
        const auto updated = time(entry, u"updated_at", place);
        if (!updated)
            return updated.error();
        imported.versions << ImportedVersion{sessionId,
                                             branchOf,
                                             entry.value(u"branch_message").toInt(),
                                             versionKindFromName(entry.value(u"kind").toString()),
                                             *updated,
                                             std::move(version.messages)};
    }
    imported.shownVersion = versions.value(u"shown").toString();
    if (!known.contains(imported.shownVersion))
        return fail(invalidAt(at / u"shown", tr("no version listed has this id")));
    return {};
}

Result<QList<StoredMessage>> SessionReader::history(const QJsonArray &messages, const JsonPath &path) const
{
    auto decoded = PydanticAiCodec::decodeHistory(messages);
    if (!decoded) {
        // The codec names places from its own root, `messages[...]`; here they sit deeper.
        QString message = decoded.error().message;
        if (message.startsWith(u"messages"))
            message.replace(0, 8, path.toString());
        return fail(message);
    }
    return asConversation(*decoded);
}

Result<QDateTime> SessionReader::time(const QJsonObject &object, QStringView key, const JsonPath &path) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return QDateTime();
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return fail(invalidAt(path / key, tr("not an ISO 8601 time: %1").arg(value.toString())));
    return parsed.toUTC();
}

Result<void> SessionReader::readTimes(const QJsonObject &object, const JsonPath &path, ChatSession &session) const
{
    for (const auto &[key, target] :
         {std::pair{u"created_at", &session.createdAt}, {u"updated_at", &session.updatedAt}}) {
        const auto parsed = time(object, key, path);
        if (!parsed)
            return parsed.error();
        *target = *parsed;
    }
    return {};
}

Result<ImportedSession> SessionReader::appSession(QJsonObject object, const JsonPath &path) const
{
    FieldChecker checker(object, path);
    checker.string(u"session_id", FieldNeed::Required)
        .string(u"title", FieldNeed::Optional)
        .string(u"user_id", FieldNeed::Optional)
        .oneOf(u"backend", {u"govstack"_s, u"openai"_s}, FieldNeed::Optional)
        .string(u"language", FieldNeed::Optional)
        .string(u"created_at", FieldNeed::Optional)
        .string(u"updated_at", FieldNeed::Optional)
        .array(u"messages", FieldNeed::Optional)
        .array(u"pydantic_ai_messages", FieldNeed::Required)
        .array(u"ratings", FieldNeed::Optional)
        .object(u"server", FieldNeed::Nullable)
        .object(u"versions", FieldNeed::Optional);
    if (!checker.ok())
        return fail(*checker.error());
    QJsonObject server = object.value(u"server").toObject();
    if (auto checked = FieldChecker(server, path / u"server")
                           .string(u"url", FieldNeed::Required)
                           .string(u"profile", FieldNeed::Optional);
        object.value(u"server").isObject() && !checked.ok())
        return fail(*checked.error());

    ImportedSession imported;
    ChatSession &session = imported.session;
    session.sessionId = object.value(u"session_id").toString();
    session.title = object.value(u"title").toString();
    session.userId = object.value(u"user_id").toString();
    session.backend = backendFromName(object.value(u"backend").toString()).value_or(Backend::GovStack);
    session.language = object.value(u"language").toString();
    session.serverUrl = server.value(u"url").toString();
    session.serverProfile = server.value(u"profile").toString();
    session.syncState = session.serverUrl.isEmpty() ? SyncState::Local : SyncState::Synced;
    if (auto times = readTimes(object, path, session); !times)
        return times.error();
    auto messages = history(object.value(u"pydantic_ai_messages").toArray(), path / u"pydantic_ai_messages");
    if (!messages)
        return messages.error();
    imported.messages = std::move(messages).value();
    if (auto applied =
            applyEntries(imported, object.value(u"messages").toArray(), object.value(u"ratings").toArray(), path);
        !applied)
        return applied.error();
    timesFromMessages(session, imported.messages);
    return imported;
}

Result<void> SessionReader::applyEntries(ImportedSession &imported, const QJsonArray &entries,
                                         const QJsonArray &ratings, const JsonPath &path) const
{
    // The server-shaped entries carry what PydanticAI's format has no place for:
    // server message ids, the server's extras beside each answer, and ratings.
    const QString &sessionId = imported.session.sessionId;
    QHash<QString, int> answers;
    qsizetype next = 0;
    const auto take = [&](int index, QStringView type) -> Result<void> {
        const JsonPath at = (path / u"messages")[next];
        QJsonObject entry = entries.at(next++).toObject();
        if (auto checked = FieldChecker(entry, at)
                               .oneOf(u"message_type", {type.toString()}, FieldNeed::Required)
                               .string(u"message_id", FieldNeed::Required)
                               .object(u"content", FieldNeed::Required);
            !checked.ok())
            return fail(*checked.error());
        const QString id = entry.value(u"message_id").toString();
        StoredMessage &message = imported.messages[index];
        if (id != SessionExport::localMessageId(sessionId, index))
            message.serverId = id;
        if (type == u"assistant") {
            answers.insert(id, index);
            QJsonObject extras = entry.value(u"content").toObject();
            extras.remove(u"content");
            if (!extras.isEmpty())
                message.message.setGovStackExtras(GovStackExtras::fromJson(extras));
        }
        return {};
    };
    if (entries.isEmpty())
        return {};
    for (const SessionExport::Turn &turn : SessionExport::turnsOf(imported.messages)) {
        for (const auto &[index, type] : {std::pair{turn.request, u"user"}, {turn.answer, u"assistant"}}) {
            if (index < 0)
                continue;
            if (next >= entries.size())
                return fail(invalidAt(path / u"messages", tr("fewer entries than pydantic_ai_messages has turns")));
            if (auto taken = take(index, type); !taken)
                return taken;
        }
    }
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const JsonPath at = (path / u"ratings")[i];
        QJsonObject rating = ratings.at(i).toObject();
        if (auto checked = FieldChecker(rating, at)
                               .string(u"message_id", FieldNeed::Required)
                               .integer(u"rating", FieldNeed::Required)
                               .string(u"feedback_text", FieldNeed::Optional)
                               .string(u"rated_at", FieldNeed::Required);
            !checked.ok())
            return fail(*checked.error());
        const int score = rating.value(u"rating").toInt();
        if (score < 1 || score > 5)
            return fail(invalidAt(at / u"rating", tr("a rating is 1 to 5, not %1").arg(score)));
        const auto answer = answers.constFind(rating.value(u"message_id").toString());
        if (answer == answers.cend())
            return fail(invalidAt(at / u"message_id", tr("no answer in this session has this id")));
        const auto ratedAt = time(rating, u"rated_at", at);
        if (!ratedAt)
            return ratedAt.error();
        imported.messages[*answer].rating =
            Rating{score, rating.value(u"feedback_text").toString(), *ratedAt, rating.value(u"sent").toBool()};
    }
    return {};
}

Result<ImportedSession> SessionReader::serverHistory(QJsonObject object, const QByteArray &json) const
{
    FieldChecker checker(object, JsonPath());
    checker.string(u"session_id", FieldNeed::Required)
        .array(u"messages", FieldNeed::Required)
        .string(u"user_id", FieldNeed::Nullable)
        .string(u"created_at", FieldNeed::Nullable)
        .string(u"updated_at", FieldNeed::Nullable);
    if (!checker.ok())
        return fail(*checker.error());
    const QJsonArray entries = object.value(u"messages").toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        if (auto checked = FieldChecker(entry, JsonPath(u"messages"_s)[i])
                               .oneOf(u"message_type", {u"user"_s, u"assistant"_s}, FieldNeed::Required)
                               .object(u"content", FieldNeed::Required);
            !entries.at(i).isObject() || !checked.ok())
            return fail(
                checked.error().value_or(wrongTypeAt(JsonPath(u"messages"_s)[i], u"an object"_s, entries.at(i))));
    }
    ImportedSession imported;
    ChatSession &session = imported.session;
    session.sessionId = object.value(u"session_id").toString();
    session.userId = object.value(u"user_id").toString();
    if (auto times = readTimes(object, JsonPath(), session); !times)
        return times.error();
    const ServerHistory server = ServerHistoryReader::read(object, json, {});
    for (const ServerTurn &turn : server.turns) {
        imported.messages.append(
            StoredMessage{0,
                          0,
                          MessageStatus::Ok,
                          {},
                          {},
                          ModelMessage::request({MessagePart::userPrompt(turn.userText, turn.userTime)}, turn.userTime),
                          turn.userMessageId,
                          {}});
        for (const ModelMessage &message : turn.answerMessages())
            imported.messages.append(StoredMessage{0, 0, MessageStatus::Ok, {}, {}, message, {}, {}});
        imported.messages.last().serverId = turn.answerMessageId;
    }
    numberTurns(imported.messages);
    timesFromMessages(session, imported.messages);
    return imported;
}

Result<ImportedSession> SessionReader::bareHistory(const QJsonArray &array) const
{
    auto messages = history(array, JsonPath());
    if (!messages)
        return messages.error();
    ImportedSession imported;
    imported.session.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    imported.messages = std::move(messages).value();
    timesFromMessages(imported.session, imported.messages);
    return imported;
}
