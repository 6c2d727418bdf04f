#include "chatstore.h"

#include "databasefile.h"
#include "pydanticaicodec.h"
#include "schema.h"
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
    "server_profile, sync_state, sync_note"_s;
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
    };
    Result<ChatRow> findChat(const QString &sessionId, const QString &context);
    /// Inserts @p messages after the session's last one and updates the
    /// session row; the caller holds the transaction. Returns the first seq.
    Result<int> append(const ChatRow &chat, const QList<ModelMessage> &messages, std::optional<int> turn,
                       MessageStatus status, const QString &context);
    Result<void> insertMessage(qint64 chatId, int seq, int turn, MessageStatus status, const ModelMessage &message,
                               const QString &context);
    Result<void> setRequestStatus(qint64 chatId, int turn, MessageStatus status, const QString &errorKind,
                                  const QString &error, const QString &context);
    Result<QList<StoredMessage>> loadStored(const QString &sessionId, bool agentHistoryOnly);
    /// Runs @p sql (an UPDATE or DELETE of one session's row, ending in `WHERE session_id = ?`)
    /// with @p values bound before the session id; NotFound when no row matched.
    Result<void> changeSessionRow(const QString &sessionId, const QString &sql, const QVariantList &values,
                                  const QString &context);
    Result<StoredMessage> readStoredRow(const QSqlQuery &query, const QString &sessionId) const;
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
    QTimer externalChangeTimer;
    qint64 dataVersion = -1;
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
    findChatQuery = prepare(u"SELECT id, message_count, updated_at FROM chats WHERE session_id = ?"_s);
    insertMessageQuery = prepare(u"INSERT INTO chat_messages (chat_id, seq, turn, status, kind, role, text, timestamp, "
                                 "model_name, extras, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    updateChatQuery = prepare(u"UPDATE chats SET message_count = ?, updated_at = ?, preview = ?, "
                              "title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"_s);
    loadMessagesQuery = prepare(u"SELECT seq, turn, status, error_kind, error, json, extras FROM chat_messages "
                                "WHERE chat_id = ? ORDER BY turn, seq"_s);
    setStatusQuery = prepare(u"UPDATE chat_messages SET status = ?, error_kind = ?, error = ? "
                             "WHERE chat_id = ? AND seq = ? AND kind = 'request'"_s);
    for (const auto *query :
         {&*findChatQuery, &*insertMessageQuery, &*updateChatQuery, &*loadMessagesQuery, &*setStatusQuery}) {
        if (query->lastError().isValid())
            return storeError(query->lastError(), ChatStore::tr("Preparing the chat database"));
    }
    return {};
}

Result<ChatStore::Private::ChatRow> ChatStore::Private::findChat(const QString &sessionId, const QString &context)
{
    findChatQuery->addBindValue(sessionId);
    if (auto found = execute(*findChatQuery, context); !found)
        return found.error();
    if (!findChatQuery->next())
        return notFound(sessionId);
    ChatRow row{findChatQuery->value(0).toLongLong(), findChatQuery->value(1).toInt(),
                findChatQuery->value(2).toLongLong()};
    findChatQuery->finish();
    return row;
}

Result<void> ChatStore::Private::insertMessage(qint64 chatId, int seq, int turn, MessageStatus status,
                                               const ModelMessage &message, const QString &context)
{
    const auto timestamp = message.timestamp();
    QSqlQuery &query = *insertMessageQuery;
    query.addBindValue(chatId);
    query.addBindValue(seq);
    query.addBindValue(turn);
    query.addBindValue(messageStatusName(status));
    query.addBindValue(ModelMessage::kindName(message.kind()));
    query.addBindValue(ModelMessage::roleName(message.role()));
    query.addBindValue(notNull(message.text()));
    query.addBindValue(timestamp ? QVariant(timestamp->toEpochMicroseconds())
                                 : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nullableText(message.modelName()));
    query.addBindValue(extrasColumn(message));
    query.addBindValue(QString::fromUtf8(PydanticAiCodec::encodeMessage(message)));
    return execute(query, context);
}

Result<int> ChatStore::Private::append(const ChatRow &chat, const QList<ModelMessage> &messages,
                                       std::optional<int> turn, MessageStatus status, const QString &context)
{
    qint64 lastActivity = std::max(chat.updatedAt, nowMillis());
    QString preview;
    QString firstUserText;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ModelMessage &message = messages.at(i);
        const int seq = chat.messageCount + int(i);
        if (auto inserted = insertMessage(chat.id, seq, turn.value_or(seq), status, message, context); !inserted)
            return inserted.error();
        const QString text = message.text();
        if (!text.isEmpty())
            preview = text;
        if (firstUserText.isEmpty() && message.role() == ModelMessage::Role::User)
            firstUserText = text;
        if (const auto timestamp = message.timestamp())
            lastActivity = std::max(lastActivity, timestamp->toEpochMicroseconds() / 1000);
    }

    QSqlQuery &update = *updateChatQuery;
    update.addBindValue(chat.messageCount + int(messages.size()));
    update.addBindValue(lastActivity);
    update.addBindValue(shortened(preview, previewLength));
    update.addBindValue(shortened(firstUserText, titleLength));
    update.addBindValue(chat.id);
    if (auto updated = execute(update, context); !updated)
        return updated.error();
    return chat.messageCount;
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
    return StoredMessage{seq,
                         query.value(1).toInt(),
                         messageStatusFromName(query.value(2).toString()),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         std::move(message).value()};
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
    QSqlQuery query(d->database);
    query.prepare(
        u"INSERT OR IGNORE INTO chats (session_id, user_id, backend, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMillis();
    query.addBindValue(sessionId);
    query.addBindValue(userId);
    query.addBindValue(backendName(backend));
    query.addBindValue(now);
    query.addBindValue(now);
    if (auto inserted = execute(query, tr("Creating a chat session")); !inserted)
        return inserted;
    if (query.numRowsAffected() > 0)
        Q_EMIT sessionCreated(sessionId);
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

Result<int> ChatStore::beginTurn(const QString &sessionId, const ModelMessage &request)
{
    const QString context = tr("Saving your message in chat session %1").arg(sessionId);
    auto turn = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) {
        return d->append(chat, {request}, std::nullopt, MessageStatus::Pending, context);
    });
    if (!turn)
        return turn.error();
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, *turn, MessageStatus::Pending);
    return *turn;
}

Result<void> ChatStore::completeTurn(const QString &sessionId, int turn, const ModelMessage &response)
{
    const QString context = tr("Saving the answer in chat session %1").arg(sessionId);
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<void> {
        if (auto marked = d->setRequestStatus(chat.id, turn, MessageStatus::Ok, {}, {}, context); !marked)
            return marked;
        if (auto appended = d->append(chat, {response}, turn, MessageStatus::Ok, context); !appended)
            return appended.error();
        return {};
    });
    if (!saved)
        return saved;
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Ok);
    return {};
}

Result<void> ChatStore::failTurn(const QString &sessionId, int turn, const QString &errorKind, const QString &error,
                                 const std::optional<ModelMessage> &partialResponse)
{
    const QString context = tr("Saving a failed message in chat session %1").arg(sessionId);
    auto saved = d->changeChat(sessionId, context, [&](const Private::ChatRow &chat) -> Result<void> {
        if (auto marked = d->setRequestStatus(chat.id, turn, MessageStatus::Failed, errorKind, error, context); !marked)
            return marked;
        if (partialResponse) {
            if (auto kept = d->append(chat, {*partialResponse}, turn, MessageStatus::Incomplete, context); !kept)
                return kept.error();
        }
        return {};
    });
    if (!saved)
        return saved;
    if (partialResponse)
        Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Failed);
    return {};
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

Result<QList<StoredMessage>> ChatStore::loadStoredMessagesBefore(const QString &sessionId,
                                                                 const std::optional<StoredMessage> &before,
                                                                 int limit) const
{
    const QString context = tr("Loading chat session %1").arg(sessionId);
    const auto chatRow = d->findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    QSqlQuery query(d->database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, turn, status, error_kind, error, json, extras FROM chat_messages WHERE chat_id = ?"_s %
                  (before ? u" AND (turn, seq) < (?, ?)"_s : QString()) % u" ORDER BY turn DESC, seq DESC LIMIT ?"_s);
    query.addBindValue(chatRow->id);
    if (before) {
        query.addBindValue(before->turn);
        query.addBindValue(before->seq);
    }
    query.addBindValue(std::max(limit, 0));
    if (auto read = execute(query, context); !read)
        return read.error();
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

Result<void> ChatStore::deleteChatSession(const QString &sessionId)
{
    if (auto deleted = d->changeSessionRow(sessionId, u"DELETE FROM chats WHERE session_id = ?"_s, {},
                                           tr("Deleting chat session %1").arg(sessionId));
        !deleted)
        return deleted;
    Q_EMIT sessionDeleted(sessionId);
    return {};
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
