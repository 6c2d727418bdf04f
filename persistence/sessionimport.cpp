#include "sessionimport.h"

#include "fieldchecker.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "serverhistoryreader.h"
#include "sessionexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;
using FieldNeed = FieldChecker::Need;

namespace {

/// Reads one file's sessions; the first error ends the reading.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SessionImport)

public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    Result<QList<ImportedSession>> read(const QByteArray &json);

private:
    Error fail(const QString &message) const { return Error{Error::Code::InvalidData, m_fileName + u": "_s + message}; }
    Error fail(const Error &error) const { return fail(error.message); }

    Result<ImportedSession> appSession(QJsonObject object, const JsonPath &path) const;
    Result<ImportedSession> serverHistory(QJsonObject object, const QByteArray &json) const;
    Result<ImportedSession> bareHistory(const QJsonArray &array) const;
    Result<QList<ImportedSession>> readDocument(const QJsonDocument &document, const QByteArray &json);
    Result<QList<StoredMessage>> history(const QJsonArray &messages, const JsonPath &path) const;
    Result<void> applyEntries(ImportedSession &imported, const QJsonArray &entries, const QJsonArray &ratings,
                              const JsonPath &path) const;
    Result<QDateTime> time(const QJsonObject &object, QStringView key, const JsonPath &path) const;
    /// The session's `created_at` and `updated_at`, when the file has them.
    Result<void> readTimes(const QJsonObject &object, const JsonPath &path, ChatSession &session) const;

    QString m_fileName;
};

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

} // namespace

namespace {

/// The exact text of each message in the histories of @p json: a bare history, one app session, or
/// an export of several. Empty when the file is another shape (its messages are written as this app writes them).
QList<QList<QByteArray>> exactHistories(const QByteArray &json)
{
    const auto historyOf = [](const QByteArray &session) {
        const auto members = JsonText::objectMembers(session);
        return members ? JsonText::arrayElements(members->value(u"pydantic_ai_messages"_s)).valueOr({})
                       : QList<QByteArray>{};
    };
    if (json.startsWith('['))
        return {JsonText::arrayElements(json).valueOr({})};
    const auto top = JsonText::objectMembers(json);
    if (!top)
        return {};
    if (top->contains(u"pydantic_ai_messages"_s))
        return {historyOf(json)};
    QList<QList<QByteArray>> histories;
    for (const QByteArray &session : JsonText::arrayElements(top->value(u"sessions"_s)).valueOr({}))
        histories.append(historyOf(session));
    return histories;
}

/// Gives each message of @p sessions the exact text it had in the file, so it is stored, sent and
/// exported as it came.
void keepExactJson(QList<ImportedSession> &sessions, const QByteArray &json)
{
    const QList<QList<QByteArray>> histories = exactHistories(json);
    for (qsizetype s = 0; s < std::min(sessions.size(), histories.size()); ++s) {
        QList<StoredMessage> &messages = sessions[s].messages;
        if (histories.at(s).size() != messages.size())
            continue;
        for (qsizetype m = 0; m < messages.size(); ++m)
            messages[m].message.setStoredJson(histories.at(s).at(m));
    }
}

} // namespace

Result<QList<ImportedSession>> Reader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    // What Qt's parser lets through but PydanticAI refuses: duplicate keys, lone surrogates, raw control characters.
    const auto exact = JsonText::compact(json);
    if (!exact)
        return fail(exact.error().message);
    auto sessions = readDocument(document, json);
    if (sessions)
        keepExactJson(sessions.value(), *exact);
    return sessions;
}

Result<QList<ImportedSession>> Reader::readDocument(const QJsonDocument &document, const QByteArray &json)
{
    QList<ImportedSession> sessions;
    if (document.isArray()) {
        auto session = bareHistory(document.array());
        if (!session)
            return session.error();
        sessions.append(std::move(session).value());
        return sessions;
    }
    QJsonObject top = document.object();
    if (top.contains(u"format")) {
        if (top.value(u"format") != QJsonValue(QLatin1StringView(SessionExport::formatName)))
            return fail(tr("format: not a GovStack Desktop export"));
        if (top.value(u"version").toInt(-1) > SessionExport::formatVersion)
            return fail(tr("version: written by a newer GovStack Desktop (export version %1, this one reads %2)")
                            .arg(top.value(u"version").toInt())
                            .arg(SessionExport::formatVersion));
        if (auto checked = FieldChecker(top, JsonPath())
                               .integer(u"version", FieldNeed::Required)
                               .array(u"sessions", FieldNeed::Required);
            !checked.ok())
            return fail(*checked.error());
        const QJsonArray all = top.value(u"sessions").toArray();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const JsonPath path = JsonPath(u"sessions"_s)[i];
            if (!all.at(i).isObject())
                return fail(wrongTypeAt(path, u"an object"_s, all.at(i)));
            auto session = appSession(all.at(i).toObject(), path);
            if (!session)
                return session.error();
            sessions.append(std::move(session).value());
        }
    } else if (top.contains(u"pydantic_ai_messages")) {
        auto session = appSession(top, JsonPath());
        if (!session)
            return session.error();
        sessions.append(std::move(session).value());
    } else if (top.contains(u"session_id") && top.contains(u"messages")) {
        auto session = serverHistory(top, json);
        if (!session)
            return session.error();
        sessions.append(std::move(session).value());
    } else {
        return fail(tr("not a GovStack Desktop export, a server history or a PydanticAI history"));
    }
    QSet<QString> ids;
    for (const ImportedSession &session : std::as_const(sessions)) {
        if (ids.contains(session.session.sessionId))
            return fail(tr("session %1 is in the file twice").arg(session.session.sessionId));
        ids.insert(session.session.sessionId);
    }
    return sessions;
}

Result<QList<StoredMessage>> Reader::history(const QJsonArray &messages, const JsonPath &path) const
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

Result<QDateTime> Reader::time(const QJsonObject &object, QStringView key, const JsonPath &path) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return QDateTime();
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return fail(invalidAt(path / key, tr("not an ISO 8601 time: %1").arg(value.toString())));
    return parsed.toUTC();
}

Result<void> Reader::readTimes(const QJsonObject &object, const JsonPath &path, ChatSession &session) const
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

Result<ImportedSession> Reader::appSession(QJsonObject object, const JsonPath &path) const
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
        .object(u"server", FieldNeed::Nullable);
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

Result<void> Reader::applyEntries(ImportedSession &imported, const QJsonArray &entries, const QJsonArray &ratings,
                                  const JsonPath &path) const
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

Result<ImportedSession> Reader::serverHistory(QJsonObject object, const QByteArray &json) const
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

Result<ImportedSession> Reader::bareHistory(const QJsonArray &array) const
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

namespace SessionImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionImport", text);
}

} // namespace

Result<QList<ImportedSession>> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1: no such file").arg(path)};
    // Checked before reading: a file this large is no export of ours and would not fit in memory.
    if (info.size() > maxFileBytes) {
        return Error{Error::Code::InvalidData,
                     tr("%1: the file is %2 MB; files over %3 MB are not imported")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(maxFileBytes / (1024 * 1024))};
    }
    // A pipe, a device (/dev/zero, /dev/urandom) or a socket could block or never end.
    if (!info.isFile())
        return Error{Error::Code::InvalidData,
                     tr("%1: not a regular file (a pipe, device or folder), so it is not imported").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("%1: %2").arg(path, file.errorString())};
    // The size may have grown since it was checked: the limit holds while reading too.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        return Error{Error::Code::InvalidData,
                     tr("%1: the file is larger than %2 MB; files over %2 MB are not imported")
                         .arg(path)
                         .arg(maxFileBytes / (1024 * 1024))};
    }
    return parse(bytes, path);
}

Result<QList<ImportedSession>> readFiles(const QStringList &paths)
{
    QList<ImportedSession> sessions;
    for (const QString &path : paths) {
        auto read = readFile(path);
        if (!read)
            return read.error();
        sessions += std::move(read).value();
    }
    return sessions;
}

Result<QList<ImportedSession>> parse(const QByteArray &json, const QString &fileName)
{
    return Reader(fileName).read(json);
}

} // namespace SessionImport
