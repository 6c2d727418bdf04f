#include "chatstore.h"

#include "databasefile.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "reviewquery.h"
#include "schema.h"
#include "sendclaims.h"
#include "sqliteerror.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int busyTimeoutMs = 5000;
/// How many of the newest matching messages a search ranks.
constexpr int searchCandidates = 2000;
constexpr qsizetype titleLength = 60;
constexpr qsizetype previewLength = 160;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"govstack-chatstore-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

qint64 nowMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMillis(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

/// `%`, `_` and the escape character itself, escaped for LIKE ... ESCAPE '\'.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

/// A null QString binds as SQL NULL; the text columns want '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// One line of at most @p length characters, cut at a word boundary.
QString shortened(const QString &text, qsizetype length)
{
    const QString line = notNull(text.simplified());
    if (line.size() <= length)
        return line;
    qsizetype cut = line.lastIndexOf(u' ', length - 1);
    if (cut < length / 2)
        cut = length - 1;
    return line.left(cut) + u'…';
}

QVariant extrasColumn(const ModelMessage &message)
{
    if (!message.govStackExtras())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(message.govStackExtras()->toJson()).toJson(QJsonDocument::Compact));
}

Error notFound(const QString &sessionId)
{
    return Error{Error::Code::NotFound, ChatStore::tr("There is no chat session with the id %1.").arg(sessionId)};
}

const QString sessionColumns =
    u"session_id, user_id, title, created_at, updated_at, message_count, backend, preview, pinned, server_url, "
    "server_profile, sync_state, sync_note, fetched, server_fingerprint, language, revision"_s;
const QString messageColumns = u"seq, turn, status, error_kind, error, json, extras, server_id, rating, "
                               "rating_comment, rated_at, rating_sent"_s;
const QString sessionOrder = u" ORDER BY pinned DESC, updated_at DESC, session_id DESC"_s;

ChatSession readSession(const QSqlQuery &query)
{
    ChatSession session;
    session.sessionId = query.value(0).toString();
    session.userId = query.value(1).toString();
    session.title = query.value(2).toString();
    session.createdAt = fromMillis(query.value(3).toLongLong());
    session.updatedAt = fromMillis(query.value(4).toLongLong());
    session.messageCount = query.value(5).toInt();
    session.backend = backendFromName(query.value(6).toString()).value_or(Backend::GovStack);
    session.preview = query.value(7).toString();
    session.pinned = query.value(8).toBool();
    session.serverUrl = query.value(9).toString();
    session.serverProfile = query.value(10).toString();
    session.syncState = syncStateFromName(query.value(11).toString());
    session.syncNote = query.value(12).toString();
    session.fetched = query.value(13).toBool();
    session.serverFingerprint = query.value(14).toString();
    session.language = query.value(15).toString();
    session.revision = query.value(16).toLongLong();
    return session;
}

} // namespace

class ChatStore::Private
{
public:
    Result<void> openDatabase(const QString &path);
    Result<void> configure();
    Result<void> prepareStatements();
    QSqlQuery prepare(const QString &sql);
    /// The row id, message count and title of a session, inside a transaction.
    struct ChatRow {
        qint64 id = 0;
        int messageCount = 0;
        qint64 updatedAt = 0;
        /// Above every seq in use; a sync merge can leave gaps, so it is not the count.
        int nextSeq = 0;
    };
    Result<ChatRow> findChat(const QString &sessionId, const QString &context);
    /// Inserts the session's row, times defaulting to now; false when the id exists.
    Result<bool> insertChatRow(const ChatSession &session, const QString &context);
    /// Inserts @p messages after the session's last one and updates the
    /// session row; the caller holds the transaction. Returns the first seq.
    Result<int> append(const ChatRow &chat, const QList<ModelMessage> &messages, std::optional<int> turn,
                       MessageStatus status, const QString &context);
    /// Inserts @p entries as they are (status, server id, rating) after the session's last
    /// message; an entry's `turn` counts from the first of them unless @p turn is given.
    /// The session's activity becomes the newest of @p activity and the entries' times.
    Result<int> appendEntries(const ChatRow &chat, const QList<StoredMessage> &entries, std::optional<int> turn,
                              qint64 activity, const QString &context);
    Result<void> insertMessage(qint64 chatId, int seq, int turn, const StoredMessage &entry, const QString &context);
    Result<void> setRequestStatus(qint64 chatId, int turn, MessageStatus status, const QString &errorKind,
                                  const QString &error, const QString &context);
    Result<QList<StoredMessage>> loadStored(const QString &sessionId, bool agentHistoryOnly);
    /// Runs @p sql (an UPDATE or DELETE of one session's row, ending in `WHERE session_id = ?`)
    /// with @p values bound before the session id; NotFound when no row matched.
    Result<void> changeSessionRow(const QString &sessionId, const QString &sql, const QVariantList &values,
                                  const QString &context);
    Result<StoredMessage> readStoredRow(const QSqlQuery &query, const QString &sessionId) const;
    /// Runs @p sql over one session's messages: its first parameter is the session's row id, then @p values.
    Result<QSqlQuery> sessionQuery(const QString &sessionId, const QString &sql, const QVariantList &values,
                                   const QString &context);
    /// Runs @p sql, whose first column is a session id.
    Result<QStringList> sessionIds(const QString &sql, const QString &context);
    /// Whether another connection committed since the last call.
    bool readDataVersion();
    /// Runs @p change on the session's row inside one write transaction; nothing of it stays on failure.
    template<typename Change>
    auto changeChat(const QString &sessionId, const QString &context, Change change)
        -> decltype(change(std::declval<const ChatRow &>()));

    QString connectionName;
    QString path;
    QSqlDatabase database;
    // Prepared once: saving a turn must cost the same in the 10,000th message as in the first.
    std::optional<QSqlQuery> findChatQuery;
    std::optional<QSqlQuery> insertMessageQuery;
    std::optional<QSqlQuery> updateChatQuery;
    std::optional<QSqlQuery> loadMessagesQuery;
    std::optional<QSqlQuery> setStatusQuery;
    std::optional<QSqlQuery> requestAtQuery;
    std::optional<QSqlQuery> firstUnsentQuery;
    QTimer externalChangeTimer;
    qint64 dataVersion = -1;
    std::function<qint64()> clock = nowMillis;
    std::optional<SendClaims> claims;
    /// The request of @p turn: its status and why it was not answered; nothing when there is none.
    struct RequestRow {
        int seq = 0;
        MessageStatus status = MessageStatus::Ok;
        QString errorKind;
    };
    Result<std::optional<RequestRow>> requestAt(qint64 chatId, int turn, const QString &context);
    /// The first request of the session still waiting to be sent (pending or queued).
    Result<std::optional<RequestRow>> firstUnsent(qint64 chatId, const QString &context);
    /// Runs @p query, which selects a request's seq, status and error kind.
    Result<std::optional<RequestRow>> readRequestRow(QSqlQuery &query, const QString &context);
    Result<void> deleteDraft(ChatRow &chat, std::optional<int> draftSeq, const QString &context);
};

Result<void> ChatStore::Private::openDatabase(const QString &filePath)
{
    const auto info = DatabaseFile::inspect(filePath);
    if (!info)
        return info.error();
    const auto newer = [&](int version) {
        return Error{
            Error::Code::NewerSchema,
            ChatStore::tr("Cannot open the chat database %1: it was written by a newer version of GovStack Desktop "
                          "(database version %2, this version reads up to %3). Update GovStack Desktop; the file "
                          "was left unchanged.")
                .arg(filePath)
                .arg(version)
                .arg(Schema::currentVersion)};
    };
    if (info->userVersion > Schema::currentVersion)
        return newer(info->userVersion);

    if (!info->exists) {
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly))
            return Error{Error::Code::Io,
                         ChatStore::tr("Cannot create the chat database %1: %2").arg(filePath, file.errorString())};
    }
    // Chats hold what civil servants typed: only the owner may read them.
    QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner);

    connectionName = nextConnectionName();
    path = filePath;
    database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    database.setDatabaseName(filePath);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    const QString context = ChatStore::tr("Opening the chat database %1").arg(filePath);
    if (!database.open())
        return storeError(database.lastError(), context);

    const auto version = scalar(database, u"PRAGMA user_version"_s, context);
    if (!version)
        return version.error();
    if (version->toInt() > Schema::currentVersion)
        return newer(version->toInt());
    // Reading the schema parses the first page: a damaged file fails here, before anything is written.
    const auto objectCount = scalar(database, u"SELECT count(*) FROM sqlite_master"_s, context);
    if (!objectCount)
        return objectCount.error();
    if (version->toInt() == 0 && objectCount->toInt() > 0) {
        return Error{
            Error::Code::NotADatabase,
            ChatStore::tr("Cannot open the chat database %1: it is an SQLite database of another program. The file "
                          "was left unchanged.")
                .arg(filePath)};
    }
    if (auto configured = configure(); !configured)
        return configured;
    if (auto migrated = Schema::migrate(database, version->toInt()); !migrated)
        return migrated;
    claims.emplace(database, QUuid::createUuid().toString(QUuid::WithoutBraces), [this] { return clock(); });
    return prepareStatements();
}

Result<void> ChatStore::Private::configure()
{
    const QString context = ChatStore::tr("Configuring the chat database");
    QSqlQuery query(database);
    // WAL lets headless commands write while the window reads; FULL makes
    // every committed turn survive a power cut, at one fsync per turn.
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto done = execute(query, pragma, context); !done)
            return done;
    }
    return {};
}

QSqlQuery ChatStore::Private::prepare(const QString &sql)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Result<void> ChatStore::Private::prepareStatements()
{
    findChatQuery = prepare(u"SELECT id, message_count, updated_at, (SELECT COALESCE(MAX(seq), -1) + 1 FROM "
                            "chat_messages WHERE chat_id = chats.id) FROM chats WHERE session_id = ?"_s);
    insertMessageQuery = prepare(
        u"INSERT INTO chat_messages (chat_id, seq, turn, status, error_kind, error, kind, role, text, timestamp, "
        "model_name, extras, json, server_id, rating, rating_comment, rated_at, rating_sent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    updateChatQuery =
        prepare(u"UPDATE chats SET message_count = ?, updated_at = ?, preview = ?, revision = revision + 1, "
                "title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"_s);
    loadMessagesQuery =
        prepare(u"SELECT "_s % messageColumns % u" FROM chat_messages WHERE chat_id = ? ORDER BY turn, seq"_s);
    setStatusQuery = prepare(u"UPDATE chat_messages SET status = ?, error_kind = ?, error = ? "
                             "WHERE chat_id = ? AND seq = ? AND kind = 'request'"_s);
    requestAtQuery = prepare(
        u"SELECT seq, status, error_kind FROM chat_messages WHERE chat_id = ? AND seq = ? AND kind = 'request'"_s);
    // `status <> 'ok'` lets SQLite read the partial index of unfinished messages.
    firstUnsentQuery = prepare(u"SELECT seq, status, error_kind FROM chat_messages WHERE status <> 'ok' AND "
                               "status IN ('pending', 'queued') AND chat_id = ? AND kind = 'request' AND seq = turn "
                               "ORDER BY turn, seq LIMIT 1"_s);
    for (const auto *query : {&*findChatQuery, &*insertMessageQuery, &*updateChatQuery, &*loadMessagesQuery,
                              &*setStatusQuery, &*requestAtQuery, &*firstUnsentQuery}) {
        if (query->lastError().isValid())
            return storeError(query->lastError(), ChatStore::tr("Preparing the chat database"));
    }
    return {};
}

Result<bool> ChatStore::Private::insertChatRow(const ChatSession &session, const QString &context)
{
    QSqlQuery query(database);
    query.prepare(
        u"INSERT OR IGNORE INTO chats (session_id, user_id, title, backend, created_at, updated_at, "
        "server_url, server_profile, sync_state, fetched, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMillis();
    const auto millis = [now](const QDateTime &time) { return time.isValid() ? time.toMSecsSinceEpoch() : now; };
    for (const QVariant &value :
         {QVariant(session.sessionId), QVariant(notNull(session.userId)), QVariant(notNull(session.title)),
          QVariant(backendName(session.backend)), QVariant(millis(session.createdAt)),
          QVariant(millis(session.updatedAt)), QVariant(notNull(session.serverUrl)),
          QVariant(notNull(session.serverProfile)), QVariant(syncStateName(session.syncState)),
          QVariant(session.fetched ? 1 : 0), QVariant(notNull(session.language))})
        query.addBindValue(value);
    if (auto inserted = execute(query, context); !inserted)
        return inserted.error();
    return query.numRowsAffected() > 0;
}

Result<ChatStore::Private::ChatRow> ChatStore::Private::findChat(const QString &sessionId, const QString &context)
{
    findChatQuery->addBindValue(sessionId);
    if (auto found = execute(*findChatQuery, context); !found)
        return found.error();
    if (!findChatQuery->next())
        return notFound(sessionId);
    ChatRow row{findChatQuery->value(0).toLongLong(), findChatQuery->value(1).toInt(),
                findChatQuery->value(2).toLongLong(), findChatQuery->value(3).toInt()};
    findChatQuery->finish();
    return row;
}

Result<void> ChatStore::Private::insertMessage(qint64 chatId, int seq, int turn, const StoredMessage &entry,
                                               const QString &context)
{
    const ModelMessage &message = entry.message;
    const auto timestamp = message.timestamp();
    const auto &rating = entry.rating;
    const QVariant noNumber(QMetaType::fromType<qint64>());
    QSqlQuery &query = *insertMessageQuery;
    query.addBindValue(chatId);
    query.addBindValue(seq);
    query.addBindValue(turn);
    query.addBindValue(messageStatusName(entry.status));
    query.addBindValue(nullableText(entry.errorKind));
    query.addBindValue(nullableText(entry.error));
    query.addBindValue(ModelMessage::kindName(message.kind()));
    query.addBindValue(ModelMessage::roleName(message.role()));
    query.addBindValue(notNull(message.text()));
    query.addBindValue(timestamp ? QVariant(timestamp->toEpochMicroseconds()) : noNumber);
    query.addBindValue(nullableText(message.modelName()));
    query.addBindValue(extrasColumn(message));
    query.addBindValue(QString::fromUtf8(PydanticAiCodec::encodeMessage(message)));
    query.addBindValue(nullableText(entry.serverId));
    query.addBindValue(rating ? QVariant(rating->score) : noNumber);
    query.addBindValue(rating ? nullableText(rating->comment) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(rating ? QVariant(rating->ratedAt.toMSecsSinceEpoch()) : noNumber);
    query.addBindValue(rating && rating->sent ? 1 : 0);
    return execute(query, context);
}

Result<int> ChatStore::Private::append(const ChatRow &chat, const QList<ModelMessage> &messages,
                                       std::optional<int> turn, MessageStatus status, const QString &context)
{
    QList<StoredMessage> entries;
    entries.reserve(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        entries.append(StoredMessage{0, int(i), status, {}, {}, messages.at(i), {}, {}});
    return appendEntries(chat, entries, turn, std::max(chat.updatedAt, nowMillis()), context);
}

Result<int> ChatStore::Private::appendEntries(const ChatRow &chat, const QList<StoredMessage> &entries,
                                              std::optional<int> turn, qint64 activity, const QString &context)
{
    qint64 lastActivity = activity;
    QString preview;
    QString firstUserText;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const StoredMessage &entry = entries.at(i);
        const int seq = chat.nextSeq + int(i);
        if (auto inserted = insertMessage(chat.id, seq, turn.value_or(chat.nextSeq + entry.turn), entry, context);
            !inserted)
            return inserted.error();
        const QString text = entry.message.text();
        if (!text.isEmpty())
            preview = text;
        if (firstUserText.isEmpty() && entry.message.role() == ModelMessage::Role::User)
            firstUserText = text;
        if (const auto timestamp = entry.message.timestamp())
            lastActivity = std::max(lastActivity, timestamp->toEpochMicroseconds() / 1000);
    }

    QSqlQuery &update = *updateChatQuery;
    update.addBindValue(chat.messageCount + int(entries.size()));
    update.addBindValue(lastActivity);
    update.addBindValue(shortened(preview, previewLength));
    update.addBindValue(shortened(firstUserText, titleLength));
    update.addBindValue(chat.id);
    if (auto updated = execute(update, context); !updated)
        return updated.error();
    return chat.nextSeq;
}

Result<void> ChatStore::Private::setRequestStatus(qint64 chatId, int turn, MessageStatus status,
                                                  const QString &errorKind, const QString &error,
                                                  const QString &context)
{
    QSqlQuery &query = *setStatusQuery;
    query.addBindValue(messageStatusName(status));
    query.addBindValue(nullableText(errorKind));
    query.addBindValue(nullableText(error));
    query.addBindValue(chatId);
    query.addBindValue(turn);
    if (auto updated = execute(query, context); !updated)
        return updated;
    if (query.numRowsAffected() == 0)
        return Error{Error::Code::NotFound,
                     ChatStore::tr("There is no request at position %1 of this session.").arg(turn)};
    return {};
}

Result<StoredMessage> ChatStore::Private::readStoredRow(const QSqlQuery &query, const QString &sessionId) const
{
    const int seq = query.value(0).toInt();
    auto message = PydanticAiCodec::decodeStoredMessage(query.value(5).toString().toUtf8());
    if (!message) {
        return Error{Error::Code::Corrupt,
                     ChatStore::tr("Message %1 of chat session %2 is damaged in the database: %3")
                         .arg(seq + 1)
                         .arg(sessionId, message.error().message)};
    }
    if (const QVariant extras = query.value(6); !extras.isNull()) {
        message.value().setGovStackExtras(
            GovStackExtras::fromJson(QJsonDocument::fromJson(extras.toString().toUtf8()).object()));
    }
    std::optional<Rating> rating;
    if (const QVariant score = query.value(8); !score.isNull())
        rating = Rating{score.toInt(), query.value(9).toString(), fromMillis(query.value(10).toLongLong()),
                        query.value(11).toBool()};
    return StoredMessage{seq,
                         query.value(1).toInt(),
                         messageStatusFromName(query.value(2).toString()),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         std::move(message).value(),
                         query.value(7).toString(),
                         std::move(rating)};
}

Result<QList<StoredMessage>> ChatStore::Private::loadStored(const QString &sessionId, bool agentHistoryOnly)
{
    const QString context = ChatStore::tr("Loading chat session %1").arg(sessionId);
    const auto chatRow = findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    QSqlQuery &query = *loadMessagesQuery;
    query.addBindValue(chatRow->id);
    if (auto read = execute(query, context); !read)
        return read.error();

    QList<StoredMessage> messages;
    messages.reserve(chatRow->messageCount);
    while (query.next()) {
        if (agentHistoryOnly && query.value(2).toString() != messageStatusName(MessageStatus::Ok))
            continue;
        auto entry = readStoredRow(query, sessionId);
        if (!entry) {
            query.finish();
            return entry.error();
        }
        messages.append(std::move(entry).value());
    }
    query.finish();
    return messages;
}

template<typename Change>
auto ChatStore::Private::changeChat(const QString &sessionId, const QString &context, Change change)
    -> decltype(change(std::declval<const ChatRow &>()))
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    const auto chatRow = findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    auto changed = change(*chatRow);
    if (!changed)
        return changed;
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return changed;
}

Result<void> ChatStore::Private::changeSessionRow(const QString &sessionId, const QString &sql,
                                                  const QVariantList &values, const QString &context)
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(sessionId);
    if (auto changed = execute(query, context); !changed)
        return changed;
    if (query.numRowsAffected() == 0)
        return notFound(sessionId);
    return {};
}

Result<QStringList> ChatStore::Private::sessionIds(const QString &sql, const QString &context)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storeError(query.lastError(), context);
    if (auto read = execute(query, context); !read)
        return read.error();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

bool ChatStore::Private::readDataVersion()
{
    // data_version changes only when another connection commits.
    const auto version = scalar(database, u"PRAGMA data_version"_s, {});
    if (!version)
        return false;
    const bool changed = dataVersion >= 0 && version->toLongLong() != dataVersion;
    dataVersion = version->toLongLong();
    return changed;
}

Result<std::optional<ChatStore::Private::RequestRow>> ChatStore::Private::requestAt(qint64 chatId, int turn,
                                                                                    const QString &context)
{
    requestAtQuery->addBindValue(chatId);
    requestAtQuery->addBindValue(turn);
    return readRequestRow(*requestAtQuery, context);
}

Result<std::optional<ChatStore::Private::RequestRow>> ChatStore::Private::firstUnsent(qint64 chatId,
                                                                                      const QString &context)
{
    firstUnsentQuery->addBindValue(chatId);
    return readRequestRow(*firstUnsentQuery, context);
}

Result<std::optional<ChatStore::Private::RequestRow>> ChatStore::Private::readRequestRow(QSqlQuery &query,
                                                                                         const QString &context)
{
    if (auto read = execute(query, context); !read)
        return read.error();
    std::optional<RequestRow> row;
    if (query.next())
        row = RequestRow{query.value(0).toInt(), messageStatusFromName(query.value(1).toString()),
                         query.value(2).toString()};
    query.finish();
    return row;
}

Result<void> ChatStore::Private::deleteDraft(ChatRow &chat, std::optional<int> draftSeq, const QString &context)
{
    if (!draftSeq)
        return {};
    QSqlQuery query(database);
    query.prepare(u"DELETE FROM chat_messages WHERE chat_id = ? AND seq = ? AND status = 'incomplete'"_s);
    query.addBindValue(chat.id);
    query.addBindValue(*draftSeq);
    if (auto deleted = execute(query, context); !deleted)
        return deleted;
    chat.messageCount -= query.numRowsAffected();
    return {};
}

ChatStore::ChatStore(QObject *parent)
    : ChatSource(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->externalChangeTimer, &QTimer::timeout, this, [this] {
        if (d->readDataVersion())
            Q_EMIT externalChangeDetected();
    });
}

ChatStore::~ChatStore()
{
    close();
}

Result<void> ChatStore::open(const QString &path)
{
    close();
    auto opened = d->openDatabase(path);
    if (!opened)
        close();
    return opened;
}

void ChatStore::close()
{
    d->externalChangeTimer.stop();
    d->dataVersion = -1;
    d->findChatQuery.reset();
    d->insertMessageQuery.reset();
    d->updateChatQuery.reset();
    d->loadMessagesQuery.reset();
    d->setStatusQuery.reset();
    d->requestAtQuery.reset();
    d->firstUnsentQuery.reset();
    d->claims.reset();
    if (d->connectionName.isEmpty())
        return;
    d->database.close();
    d->database = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->path.clear();
}

bool ChatStore::isOpen() const
{
    return d->database.isOpen();
}

QString ChatStore::path() const
{
    return d->path;
}

Result<QString> ChatStore::createChatSession(const QString &userId, Backend backend)
{
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto created = createChatSessionWithId(sessionId, userId, backend); !created)
        return created.error();
    return sessionId;
}

Result<void> ChatStore::createChatSessionWithId(const QString &sessionId, const QString &userId, Backend backend)
{
    ChatSession session;
    session.sessionId = sessionId;
    session.userId = userId;
    session.backend = backend;
    return insertChat(session);
}

Result<void> ChatStore::createFetchedSession(const QString &sessionId, const QString &userId, const QString &serverUrl,
                                             const QString &profile)
{
    ChatSession session;
    session.sessionId = sessionId;
    session.userId = userId;
    session.serverUrl = serverUrl;
    session.serverProfile = profile;
    session.syncState = SyncState::Synced;
    session.fetched = true;
    return insertChat(session);
}

Result<void> ChatStore::insertChat(const ChatSession &session)
{
    const auto inserted = d->insertChatRow(session, tr("Creating a chat session"));
    if (!inserted)
        return inserted.error();
    if (*inserted)
        Q_EMIT sessionCreated(session.sessionId);
    return {};
}

Result<ChatSession> ChatStore::chat(const QString &sessionId) const
{
    QSqlQuery query(d->database);
    query.prepare(u"SELECT "_s % sessionColumns % u" FROM chats WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    if (auto read = execute(query, tr("Reading a chat session")); !read)
        return read.error();
    if (!query.next())
        return notFound(sessionId);
    return readSession(query);
}

Result<void> ChatStore::saveMessages(const QString &sessionId, const QList<ModelMessage> &messages)
{
    if (messages.isEmpty())
        return {};
    const QString context = tr("Saving messages of chat session %1").arg(sessionId);
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) {
        return d->append(chat, messages, std::nullopt, MessageStatus::Ok, context);
    });
    if (!saved)
        return saved.error();
    Q_EMIT messagesSaved(sessionId, int(messages.size()));
    return {};
}

Result<int> ChatStore::beginTurn(const QString &sessionId, const ModelMessage &request, MessageStatus status)
{
    const QString context = tr("Saving your message in chat session %1").arg(sessionId);
    auto turn = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) {
        return d->append(chat, {request}, std::nullopt, status, context);
    });
    if (!turn)
        return turn.error();
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, *turn, status);
    return *turn;
}

Result<void> ChatStore::completeTurn(const QString &sessionId, int turn, const ModelMessage &response,
                                     std::optional<int> draftSeq)
{
    const QString context = tr("Saving the answer in chat session %1").arg(sessionId);
    bool answeredBefore = false;
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &found) -> Result<void> {
        if (auto released = d->claims->release(found.id, context); !released)
            return released;
        const auto request = d->requestAt(found.id, turn, context);
        if (!request)
            return request.error();
        // Another process answered it while this one was cut off: one answer is enough.
        answeredBefore = *request && (*request)->status == MessageStatus::Ok;
        if (answeredBefore)
            return {};
        Private::ChatRow chat = found;
        if (auto deleted = d->deleteDraft(chat, draftSeq, context); !deleted)
            return deleted;
        if (auto marked = d->setRequestStatus(chat.id, turn, MessageStatus::Ok, {}, {}, context); !marked)
            return marked;
        if (auto appended = d->append(chat, {response}, turn, MessageStatus::Ok, context); !appended)
            return appended.error();
        return {};
    });
    if (!saved || answeredBefore)
        return saved;
    if (draftSeq)
        Q_EMIT messagesReplaced(sessionId);
    else
        Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Ok);
    return {};
}

Result<void> ChatStore::failTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error,
                                 const std::optional<ModelMessage> &partialResponse, std::optional<int> draftSeq)
{
    return markUnanswered(sessionId, turn, MessageStatus::Failed, errorKind, error, partialResponse, draftSeq);
}

Result<void> ChatStore::queueTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error)
{
    return markUnanswered(sessionId, turn, MessageStatus::Queued, errorKind, error, std::nullopt, std::nullopt);
}

Result<void> ChatStore::markUnanswered(const QString &sessionId, int turn, MessageStatus status,
                                       const QString &errorKind, const QString &error,
                                       const std::optional<ModelMessage> &partialResponse, std::optional<int> draftSeq)
{
    const QString context = tr("Saving an unanswered message in chat session %1").arg(sessionId);
    // What arrived replaces the draft written while it streamed; without it, the draft stays as the record.
    const bool replacesDraft = partialResponse && draftSeq;
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &found) -> Result<void> {
        if (auto released = d->claims->release(found.id, context); !released)
            return released;
        Private::ChatRow chat = found;
        if (replacesDraft) {
            if (auto deleted = d->deleteDraft(chat, draftSeq, context); !deleted)
                return deleted;
        }
        if (auto marked = d->setRequestStatus(chat.id, turn, status, errorKind, error, context); !marked)
            return marked;
        if (partialResponse) {
            if (auto kept = d->append(chat, {*partialResponse}, turn, MessageStatus::Incomplete, context); !kept)
                return kept.error();
        }
        return {};
    });
    if (!saved)
        return saved;
    if (draftSeq)
        Q_EMIT messagesReplaced(sessionId);
    else if (partialResponse)
        Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, status);
    return {};
}

Result<ChatStore::StartedTurn> ChatStore::startTurn(const QString &sessionId, const ModelMessage &request,
                                                    qint64 leaseMs)
{
    const QString context = tr("Saving your message in chat session %1").arg(sessionId);
    auto started = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<StartedTurn> {
        const auto waiting = d->firstUnsent(chat.id, context);
        if (!waiting)
            return waiting.error();
        const auto held = d->claims->claimOf(chat.id, context);
        if (!held)
            return held.error();
        const bool sending = *held && d->claims->isAlive(**held);
        const bool claimed = !*waiting && !sending;
        const auto turn =
            d->append(chat, {request}, std::nullopt, claimed ? MessageStatus::Pending : MessageStatus::Queued, context);
        if (!turn)
            return turn.error();
        if (claimed) {
            if (auto taken = d->claims->claim(chat.id, *turn, leaseMs, context); !taken)
                return taken.error();
        }
        return StartedTurn{*turn, claimed};
    });
    if (!started)
        return started;
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, started->turn,
                             started->claimed ? MessageStatus::Pending : MessageStatus::Queued);
    return started;
}

Result<ClaimOutcome> ChatStore::claimTurn(const QString &sessionId, qint64 leaseMs, std::optional<int> turn)
{
    const QString context = tr("Claiming a message of chat session %1 to send it").arg(sessionId);
    auto claimed = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<ClaimOutcome> {
        const auto held = d->claims->claimOf(chat.id, context);
        if (!held)
            return held.error();
        if (*held && d->claims->isElsewhere(**held))
            return ClaimOutcome{ClaimOutcome::Kind::HeldElsewhere, (*held)->turn, {}, {}, false, *held};
        const auto first = d->firstUnsent(chat.id, context);
        if (!first)
            return first.error();
        std::optional<Private::RequestRow> target = *first;
        if (turn) {
            const auto asked = d->requestAt(chat.id, *turn, context);
            if (!asked)
                return asked.error();
            if (!*asked)
                return Error{Error::Code::NotFound,
                             tr("There is no request at position %1 of this session.").arg(*turn)};
            if (*first && (*first)->seq < *turn)
                return Error{Error::Code::Conflict,
                             tr("Earlier messages of this session are waiting to be sent; "
                                "they go first.")};
            target = (*asked)->status == MessageStatus::Ok ? std::nullopt : *asked;
        }
        if (!target)
            return ClaimOutcome{};
        if (auto marked = d->setRequestStatus(chat.id, target->seq, MessageStatus::Pending, {}, {}, context); !marked)
            return marked.error();
        if (auto taken = d->claims->claim(chat.id, target->seq, leaseMs, context); !taken)
            return taken.error();
        const bool tookOver = *held && (*held)->owner != d->claims->owner();
        return ClaimOutcome{ClaimOutcome::Kind::Claimed, target->seq, target->status, target->errorKind, tookOver, {}};
    });
    if (claimed && claimed->kind == ClaimOutcome::Kind::Claimed && claimed->previousStatus != MessageStatus::Pending)
        Q_EMIT turnStatusChanged(sessionId, claimed->turn, MessageStatus::Pending);
    return claimed;
}

Result<void> ChatStore::releaseClaim(const QString &sessionId)
{
    const QString context = tr("Saving chat session %1").arg(sessionId);
    return d->changeChat(sessionId, context,
                         [&](const Private::ChatRow &chat) { return d->claims->release(chat.id, context); });
}

Result<void> ChatStore::renewClaims(qint64 leaseMs)
{
    return d->claims->renew(leaseMs, tr("Saving that messages are still being sent"));
}

Result<bool> ChatStore::sentElsewhere(const QString &sessionId) const
{
    const QString context = tr("Reading chat session %1").arg(sessionId);
    const auto chat = d->findChat(sessionId, context);
    if (!chat)
        return chat.error();
    return d->claims->heldElsewhere(chat->id, context);
}

Result<int> ChatStore::recoverInterrupted()
{
    const QString context = tr("Finding messages whose sending was interrupted");
    // Read first: most of the time there is nothing to recover, and then nothing is written.
    QSqlQuery look(d->database);
    // A claim lives only while its turn is pending, so the partial index of unfinished messages finds both.
    look.prepare(u"SELECT EXISTS (SELECT 1 FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                 "WHERE m.status <> 'ok' AND m.status = 'pending' AND m.kind = 'request' "
                 "AND (c.claim_owner IS NULL OR c.claim_expires <= ?))"_s);
    look.addBindValue(d->claims->now());
    if (auto read = execute(look, context); !read)
        return read.error();
    if (!look.next() || !look.value(0).toBool())
        return 0;
    look.finish();
    Transaction transaction(d->database);
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    if (auto dropped = d->claims->dropLapsed(context); !dropped)
        return dropped.error();
    QSqlQuery query(d->database);
    query.prepare(u"SELECT c.session_id, c.id, m.seq, c.backend FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                  "WHERE m.status <> 'ok' AND m.status = 'pending' AND m.kind = 'request' "
                  "AND c.claim_owner IS NULL"_s);
    if (auto read = execute(query, context); !read)
        return read.error();
    struct Interrupted {
        QString sessionId;
        qint64 chatId;
        int turn;
        MessageStatus status;
    };
    QList<Interrupted> found;
    while (query.next()) {
        // A server that keeps the history can say whether the turn arrived; an OpenAI-compatible one cannot.
        const bool keptOnServer = backendFromName(query.value(3).toString()) != Backend::OpenAI;
        found.append(Interrupted{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
                                 keptOnServer ? MessageStatus::Queued : MessageStatus::Failed});
    }
    for (const Interrupted &turn : std::as_const(found)) {
        const QString words = turn.status == MessageStatus::Queued
            ? tr("The app stopped while this message was being sent. The server's copy is checked before it is "
                 "sent again, so it is never sent twice.")
            : tr("The app stopped before the answer was complete. What arrived is kept; Retry asks again.");
        if (auto marked = d->setRequestStatus(turn.chatId, turn.turn, turn.status, u"interrupted"_s, words, context);
            !marked)
            return marked.error();
    }
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    for (const Interrupted &turn : std::as_const(found))
        Q_EMIT turnStatusChanged(turn.sessionId, turn.turn, turn.status);
    return int(found.size());
}

void ChatStore::setClock(std::function<qint64()> clock)
{
    d->clock = std::move(clock);
}

Result<int> ChatStore::saveDraft(const QString &sessionId, int turn, std::optional<int> draftSeq,
                                 const ModelMessage &partial)
{
    const QString context = tr("Saving the answer in chat session %1").arg(sessionId);
    return d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<int> {
        if (!draftSeq)
            return d->append(chat, {partial}, turn, MessageStatus::Incomplete, context);
        QSqlQuery query(d->database);
        query.prepare(
            u"UPDATE chat_messages SET json = ?, text = ? WHERE chat_id = ? AND seq = ? AND status = 'incomplete'"_s);
        query.addBindValue(QString::fromUtf8(PydanticAiCodec::encodeMessage(partial)));
        query.addBindValue(notNull(partial.text()));
        query.addBindValue(chat.id);
        query.addBindValue(*draftSeq);
        if (auto updated = execute(query, context); !updated)
            return updated.error();
        return *draftSeq;
    });
}

Result<void> ChatStore::retryTurn(const QString &sessionId, int turn)
{
    const QString context = tr("Retrying a message in chat session %1").arg(sessionId);
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) {
        return d->setRequestStatus(chat.id, turn, MessageStatus::Pending, {}, {}, context);
    });
    if (!saved)
        return saved;
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Pending);
    return {};
}

namespace {

Result<QList<ModelMessage>> messagesOf(Result<QList<StoredMessage>> stored)
{
    if (!stored)
        return stored.error();
    QList<ModelMessage> messages;
    messages.reserve(stored->size());
    for (StoredMessage &entry : stored.value())
        messages.append(std::move(entry.message));
    return messages;
}

} // namespace

Result<QList<ModelMessage>> ChatStore::loadMessages(const QString &sessionId) const
{
    return messagesOf(d->loadStored(sessionId, false));
}

Result<QList<ModelMessage>> ChatStore::loadHistory(const QString &sessionId) const
{
    return messagesOf(d->loadStored(sessionId, true));
}

Result<QList<StoredMessage>> ChatStore::loadStoredMessages(const QString &sessionId) const
{
    return d->loadStored(sessionId, false);
}

Result<QSqlQuery> ChatStore::Private::sessionQuery(const QString &sessionId, const QString &sql,
                                                   const QVariantList &values, const QString &context)
{
    const auto chatRow = findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(chatRow->id);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto read = execute(query, context); !read)
        return read.error();
    return query;
}

Result<StoredMessage> ChatStore::storedMessage(const QString &sessionId, int seq) const
{
    auto query = d->sessionQuery(sessionId,
                                 u"SELECT "_s % messageColumns % u" FROM chat_messages WHERE chat_id = ? AND seq = ?"_s,
                                 {seq}, tr("Loading chat session %1").arg(sessionId));
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return Error{Error::Code::NotFound, tr("There is no request at position %1 of this session.").arg(seq)};
    return d->readStoredRow(row, sessionId);
}

Result<QByteArray> ChatStore::historyJsonBefore(const QString &sessionId, int turn) const
{
    // As a blob: the bytes as stored, without a round trip through UTF-16.
    auto query = d->sessionQuery(sessionId,
                                 u"SELECT CAST(json AS BLOB) FROM chat_messages WHERE chat_id = ? AND turn < ? "
                                 "AND status = 'ok' ORDER BY turn, seq"_s,
                                 {turn}, tr("Loading chat session %1").arg(sessionId));
    if (!query)
        return query.error();
    QSqlQuery &rows = query.value();
    QList<QByteArray> history;
    while (rows.next())
        history.append(rows.value(0).toByteArray());
    return JsonText::joinArray(history);
}

Result<QList<StoredMessage>> ChatStore::loadStoredMessagesBefore(const QString &sessionId,
                                                                 const std::optional<StoredMessage> &before,
                                                                 int limit) const
{
    QVariantList values;
    if (before)
        values << before->turn << before->seq;
    values << std::max(limit, 0);
    auto found = d->sessionQuery(sessionId,
                                 u"SELECT "_s % messageColumns % u" FROM chat_messages WHERE chat_id = ?"_s %
                                     (before ? u" AND (turn, seq) < (?, ?)"_s : QString()) %
                                     u" ORDER BY turn DESC, seq DESC LIMIT ?"_s,
                                 values, tr("Loading chat session %1").arg(sessionId));
    if (!found)
        return found.error();
    QSqlQuery &query = found.value();
    QList<StoredMessage> page;
    while (query.next()) {
        auto entry = d->readStoredRow(query, sessionId);
        if (!entry)
            return entry.error();
        page.prepend(std::move(entry).value());
    }
    return page;
}

Result<ChatWithMessages> ChatStore::chatWithMessages(const QString &sessionId) const
{
    // One read transaction, so the session row and its messages agree even while another process writes.
    QSqlQuery transaction(d->database);
    transaction.exec(u"BEGIN"_s);
    auto session = chat(sessionId);
    auto messages = session ? loadMessages(sessionId) : Result<QList<ModelMessage>>(session.error());
    transaction.exec(u"COMMIT"_s);
    if (!messages)
        return messages.error();
    return ChatWithMessages{std::move(session).value(), std::move(messages).value()};
}

Result<void> ChatStore::deleteChatSession(const QString &sessionId, DeleteScope scope)
{
    const QString context = tr("Deleting chat session %1").arg(sessionId);
    auto deleted = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<void> {
        QSqlQuery query(d->database);
        if (scope == DeleteScope::AlsoOnServer) {
            // The server's delete outlives the local row: it is remembered until the server confirms it.
            query.prepare(
                u"INSERT OR REPLACE INTO server_deletes (session_id, server_url, server_profile, queued_at) "
                "SELECT session_id, server_url, server_profile, ? FROM chats WHERE id = ? AND server_url <> ''"_s);
            query.addBindValue(nowMillis());
            query.addBindValue(chat.id);
            if (auto queued = execute(query, context); !queued)
                return queued;
        }
        query.prepare(u"DELETE FROM chats WHERE id = ?"_s);
        query.addBindValue(chat.id);
        return execute(query, context);
    });
    if (!deleted)
        return deleted;
    Q_EMIT sessionDeleted(sessionId);
    return {};
}

Result<QList<ChatStore::ServerDelete>> ChatStore::pendingServerDeletes() const
{
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT session_id, server_url, server_profile FROM server_deletes ORDER BY queued_at"_s);
    if (auto read = execute(query, tr("Reading the deletes waiting for the server")); !read)
        return read.error();
    QList<ServerDelete> deletes;
    while (query.next())
        deletes.append(ServerDelete{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return deletes;
}

Result<void> ChatStore::serverDeleteDone(const QString &sessionId)
{
    QSqlQuery query(d->database);
    query.prepare(u"DELETE FROM server_deletes WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    return execute(query, tr("Recording that the server deleted chat session %1").arg(sessionId));
}

Result<void> ChatStore::renameSession(const QString &sessionId, const QString &title)
{
    const QString cleanTitle = title.simplified();
    if (auto renamed = d->changeSessionRow(sessionId, u"UPDATE chats SET title = ? WHERE session_id = ?"_s,
                                           {notNull(cleanTitle)}, tr("Renaming chat session %1").arg(sessionId));
        !renamed)
        return renamed;
    Q_EMIT sessionRenamed(sessionId, cleanTitle);
    return {};
}

namespace {

/// Runs a prepared listing @p query and reads its rows.
Result<QList<ChatSession>> readSessions(QSqlQuery &query)
{
    if (auto read = execute(query, ChatStore::tr("Listing chat sessions")); !read)
        return read.error();
    QList<ChatSession> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

} // namespace

Result<QList<ChatSession>> ChatStore::listSessions(int offset, int limit) const
{
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % sessionColumns % u" FROM chats"_s % sessionOrder % u" LIMIT ? OFFSET ?"_s);
    query.addBindValue(std::max(limit, 0));
    query.addBindValue(std::max(offset, 0));
    return readSessions(query);
}

Result<QList<ChatSession>> ChatStore::listSessionsAfter(const std::optional<ChatSession> &after, int limit,
                                                        const QString &titleFilter) const
{
    QStringList conditions;
    if (after)
        conditions << u"(pinned, updated_at, session_id) < (?, ?, ?)"_s;
    if (!titleFilter.isEmpty())
        conditions << u"title LIKE ? ESCAPE '\\'"_s;
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % sessionColumns % u" FROM chats"_s %
                  (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s)) % sessionOrder %
                  u" LIMIT ?"_s);
    if (after) {
        query.addBindValue(after->pinned ? 1 : 0);
        query.addBindValue(after->updatedAt.toMSecsSinceEpoch());
        query.addBindValue(after->sessionId);
    }
    if (!titleFilter.isEmpty())
        query.addBindValue(likePattern(titleFilter));
    query.addBindValue(std::max(limit, 0));
    return readSessions(query);
}

Result<void> ChatStore::setPinned(const QString &sessionId, bool pinned)
{
    if (auto updated = d->changeSessionRow(sessionId, u"UPDATE chats SET pinned = ? WHERE session_id = ?"_s,
                                           {pinned ? 1 : 0}, tr("Pinning chat session %1").arg(sessionId));
        !updated)
        return updated;
    Q_EMIT sessionPinned(sessionId, pinned);
    return {};
}

Result<void> ChatStore::linkToServer(const QString &sessionId, const QString &serverUrl, const QString &profile)
{
    return d->changeSessionRow(sessionId, u"UPDATE chats SET server_url = ?, server_profile = ? WHERE session_id = ?"_s,
                               {notNull(serverUrl), notNull(profile)},
                               tr("Linking chat session %1 to its server").arg(sessionId));
}

Result<void> ChatStore::setSyncState(const QString &sessionId, SyncState state, const QString &note)
{
    if (auto updated = d->changeSessionRow(
            sessionId, u"UPDATE chats SET sync_state = ?, sync_note = ? WHERE session_id = ?"_s,
            {syncStateName(state), notNull(note)}, tr("Saving the sync state of chat session %1").arg(sessionId));
        !updated)
        return updated;
    Q_EMIT syncStateChanged(sessionId, state);
    return {};
}

Result<QList<ChatSession>> ChatStore::linkedSessions() const
{
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % sessionColumns % u" FROM chats WHERE server_url <> '' ORDER BY updated_at, id"_s);
    return readSessions(query);
}

Result<QStringList> ChatStore::sessionsWithUnsentTurns() const
{
    // `status <> 'ok'` lets SQLite use the partial index of unfinished messages.
    return d->sessionIds(u"SELECT c.session_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                         "WHERE m.status <> 'ok' AND m.status IN ('queued', 'pending') AND m.kind = 'request' "
                         "GROUP BY c.id ORDER BY MIN(m.id)"_s,
                         tr("Reading the messages waiting to be sent"));
}

Result<QHash<QString, ChatStore::Unanswered>> ChatStore::unansweredTurns() const
{
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.session_id, m.status, m.error_kind FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                  "WHERE m.status <> 'ok' AND m.kind = 'request'"_s);
    if (auto read = execute(query, tr("Reading the messages waiting to be sent")); !read)
        return read.error();
    QHash<QString, Unanswered> unanswered;
    while (query.next()) {
        Unanswered &counts = unanswered[query.value(0).toString()];
        switch (messageStatusFromName(query.value(1).toString())) {
        case MessageStatus::Queued:
            ++counts.waiting;
            break;
        case MessageStatus::Pending:
            ++counts.sending;
            break;
        case MessageStatus::Failed:
            ++counts.failed;
            break;
        case MessageStatus::Ok:
        case MessageStatus::Incomplete:
            break;
        }
        if (query.value(2).toString() == u"interrupted")
            ++counts.interrupted;
    }
    return unanswered;
}

Result<QStringList> ChatStore::sessionsWithUnsentRatings() const
{
    return d->sessionIds(u"SELECT DISTINCT c.session_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                         "WHERE m.rating IS NOT NULL AND m.rating_sent = 0"_s,
                         tr("Reading the ratings waiting to be sent"));
}

Result<void> ChatStore::applyMerge(const QString &sessionId, const HistoryMerge &merge,
                                   std::optional<qint64> basedOnRevision)
{
    const QString context = tr("Merging the server's copy of chat session %1").arg(sessionId);
    auto merged = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<void> {
        QSqlQuery query(d->database);
        if (basedOnRevision) {
            const auto held = d->claims->heldElsewhere(chat.id, context);
            if (!held)
                return held.error();
            query.prepare(u"SELECT revision FROM chats WHERE id = ?"_s);
            query.addBindValue(chat.id);
            if (auto read = execute(query, context); !read)
                return read;
            if (*held || !query.next() || query.value(0).toLongLong() != *basedOnRevision)
                return Error{Error::Code::Conflict,
                             tr("Chat session %1 changed while its server copy was read.").arg(sessionId)};
        }
        query.prepare(u"UPDATE chat_messages SET server_id = ? WHERE chat_id = ? AND seq = ?"_s);
        for (const auto &[seq, serverId] : merge.serverIds) {
            query.addBindValue(serverId);
            query.addBindValue(chat.id);
            query.addBindValue(seq);
            if (auto updated = execute(query, context); !updated)
                return updated;
        }
        Private::ChatRow remaining = chat;
        if (merge.replaceFromTurn) {
            query.prepare(u"DELETE FROM chat_messages WHERE chat_id = ? AND turn >= ?"_s);
            query.addBindValue(chat.id);
            query.addBindValue(*merge.replaceFromTurn);
            if (auto deleted = execute(query, context); !deleted)
                return deleted;
            remaining.messageCount -= query.numRowsAffected();
        }
        if (!merge.tail.isEmpty()) {
            // A merge brings no new activity of this user: the session keeps its place unless the server's is newer.
            if (auto added = d->appendEntries(remaining, merge.tail, std::nullopt, chat.updatedAt, context); !added)
                return added.error();
        }
        query.prepare(u"UPDATE chats SET server_fingerprint = ? WHERE id = ?"_s);
        query.addBindValue(notNull(merge.serverFingerprint));
        query.addBindValue(chat.id);
        return execute(query, context);
    });
    if (!merged)
        return merged;
    if (merge.changesMessages())
        Q_EMIT messagesReplaced(sessionId);
    return {};
}

Result<void> ChatStore::rateMessage(const QString &sessionId, int seq, const Rating &rating)
{
    const QString context = tr("Saving your rating in chat session %1").arg(sessionId);
    auto rated = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<void> {
        QSqlQuery query(d->database);
        query.prepare(u"UPDATE chat_messages SET rating = ?, rating_comment = ?, rated_at = ?, rating_sent = 0 "
                      "WHERE chat_id = ? AND seq = ? AND kind = 'response'"_s);
        query.addBindValue(rating.score);
        query.addBindValue(notNull(rating.comment.left(Rating::maxCommentLength)));
        query.addBindValue(rating.ratedAt.toMSecsSinceEpoch());
        query.addBindValue(chat.id);
        query.addBindValue(seq);
        if (auto updated = execute(query, context); !updated)
            return updated;
        if (query.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no answer at position %1 of this session.").arg(seq)};
        return {};
    });
    if (!rated)
        return rated;
    Q_EMIT messageRated(sessionId, seq);
    return {};
}

Result<void> ChatStore::markRatingSent(const QString &sessionId, int seq, const QDateTime &ratedAt)
{
    const QString context = tr("Saving your rating in chat session %1").arg(sessionId);
    auto marked = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) {
        QSqlQuery query(d->database);
        query.prepare(u"UPDATE chat_messages SET rating_sent = 1 WHERE chat_id = ? AND seq = ? AND rated_at = ?"_s);
        query.addBindValue(chat.id);
        query.addBindValue(seq);
        query.addBindValue(ratedAt.toMSecsSinceEpoch());
        return execute(query, context);
    });
    if (!marked)
        return marked;
    Q_EMIT messageRated(sessionId, seq);
    return {};
}

Result<void> ChatStore::setLanguage(const QString &sessionId, const QString &language)
{
    QSqlQuery query(d->database);
    query.prepare(u"UPDATE chats SET language = ? WHERE session_id = ? AND language = ''"_s);
    query.addBindValue(notNull(language));
    query.addBindValue(sessionId);
    return execute(query, tr("Saving the language of chat session %1").arg(sessionId));
}

Result<ChatStore::ImportOutcome> ChatStore::importSessions(const QList<ImportedSession> &sessions, bool replace)
{
    const QString context = tr("Importing chat sessions");
    Transaction transaction(d->database);
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    ImportOutcome outcome;
    QSqlQuery query(d->database);
    for (const ImportedSession &imported : sessions) {
        const ChatSession &session = imported.session;
        const bool exists = d->findChat(session.sessionId, context).hasValue();
        if (exists && !replace) {
            outcome.skipped << session.sessionId;
            continue;
        }
        if (exists) {
            query.prepare(u"DELETE FROM chats WHERE session_id = ?"_s);
            query.addBindValue(session.sessionId);
            if (auto deleted = execute(query, context); !deleted)
                return deleted.error();
        }
        if (auto inserted = d->insertChatRow(session, context); !inserted)
            return inserted.error();
        const auto chat = d->findChat(session.sessionId, context);
        if (!chat)
            return chat.error();
        if (auto added = d->appendEntries(*chat, imported.messages, std::nullopt, 0, context); !added)
            return added.error();
        // The file's times, not the import's.
        query.prepare(u"UPDATE chats SET updated_at = ? WHERE id = ?"_s);
        query.addBindValue(session.updatedAt.toMSecsSinceEpoch());
        query.addBindValue(chat->id);
        if (auto updated = execute(query, context); !updated)
            return updated.error();
        outcome.imported << session.sessionId;
    }
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    for (const QString &sessionId : std::as_const(outcome.imported))
        Q_EMIT sessionCreated(sessionId);
    return outcome;
}

Result<QStringList> ChatStore::sessionIds() const
{
    return d->sessionIds(u"SELECT session_id FROM chats"_s % sessionOrder, tr("Listing chat sessions"));
}

Result<QList<SearchHit>> ChatStore::search(const QString &text, const ReviewFilter &filter, int limit) const
{
    const QString match = ReviewQuery::matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>{};
    const ReviewQuery review(filter, ReviewQuery::Subject::Messages);
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    // Ranked by relevance among the newest matches only: FTS5 walks its index newest first and
    // stops at `candidates`, so a word found in half the messages costs no more than a rare one.
    query.prepare(u"SELECT c.session_id, c.title, m.seq, m.role, m.timestamp, m.text FROM "
                  "(SELECT message_search.rowid AS id, message_search.rank AS score FROM message_search "
                  "JOIN chat_messages m ON m.id = message_search.rowid JOIN chats c ON c.id = m.chat_id "
                  "WHERE message_search MATCH ?"_s %
                  review.conditions() %
                  u" ORDER BY message_search.rowid DESC LIMIT %1) best "
                  "JOIN chat_messages m ON m.id = best.id JOIN chats c ON c.id = m.chat_id "
                  "ORDER BY best.score LIMIT ?"_s.arg(searchCandidates));
    query.addBindValue(match);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    query.addBindValue(std::max(limit, 0));
    if (auto read = execute(query, tr("Searching the conversations")); !read)
        return read.error();
    QList<SearchHit> hits;
    while (query.next()) {
        hits.append(SearchHit{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toString(),
            query.value(4).isNull() ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong() / 1000, Qt::UTC),
            ReviewQuery::snippet(query.value(5).toString(), text)});
    }
    return hits;
}

Result<QList<SessionSummary>> ChatStore::reviewSessions(const ReviewFilter &filter, ReviewColumn sortBy,
                                                        Qt::SortOrder order) const
{
    static const QHash<ReviewColumn, QString> orderColumns{
        {ReviewColumn::Title, u"c.title COLLATE NOCASE"_s},
        {ReviewColumn::Created, u"c.created_at"_s},
        {ReviewColumn::LastActivity, u"c.updated_at"_s},
        {ReviewColumn::Messages, u"c.message_count"_s},
        {ReviewColumn::UserId, u"c.user_id"_s},
        {ReviewColumn::Server, u"c.server_url"_s},
        {ReviewColumn::Backend, u"c.backend"_s},
        {ReviewColumn::Language, u"c.language"_s},
        {ReviewColumn::Rating, u"helpful - unhelpful"_s},
    };
    const ReviewQuery review(filter, ReviewQuery::Subject::Sessions);
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s % sessionColumns %
                  u", (SELECT count(*) FROM chat_messages r WHERE r.chat_id = c.id AND r.rating = 5) AS helpful, "
                  "(SELECT count(*) FROM chat_messages r WHERE r.chat_id = c.id AND r.rating = 1) AS unhelpful "
                  "FROM chats c WHERE 1"_s %
                  review.conditions() % u" ORDER BY "_s % orderColumns.value(sortBy) %
                  (order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s) % u", c.session_id"_s);
    for (const QVariant &value : review.values())
        query.addBindValue(value);
    if (auto read = execute(query, tr("Listing chat sessions")); !read)
        return read.error();
    QList<SessionSummary> sessions;
    while (query.next())
        sessions.append(SessionSummary{readSession(query), query.value(17).toInt(), query.value(18).toInt()});
    return sessions;
}

Result<int> ChatStore::sessionCount() const
{
    const auto count = scalar(d->database, u"SELECT count(*) FROM chats"_s, tr("Counting chat sessions"));
    if (!count)
        return count.error();
    return count->toInt();
}

void ChatStore::setExternalChangeInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        d->externalChangeTimer.stop();
        return;
    }
    d->readDataVersion();
    d->externalChangeTimer.start(milliseconds);
}
