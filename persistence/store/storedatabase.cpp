#include "storedatabase.h"

#include "chatstore.h"
#include "databasefile.h"
#include "schema.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "govstack.store")

using namespace StoreRows;

namespace {

constexpr int busyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"govstack-chatstore-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreDatabase::StoreDatabase()
    : m_clock(nowMillis)
{ }

StoreDatabase::~StoreDatabase()
{
    close();
}

Result<void> StoreDatabase::open(const QString &path)
{
    close();
    auto opened = openFile(path);
    if (!opened)
        close();
    return opened;
}

void StoreDatabase::close()
{
    m_dataVersion = -1;
    m_findChat.reset();
    m_claims.reset();
    if (m_connectionName.isEmpty())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

Result<void> StoreDatabase::openFile(const QString &filePath)
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

    m_connectionName = nextConnectionName();
    m_path = filePath;
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_database.setDatabaseName(filePath);
    m_database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    const QString context = ChatStore::tr("Opening the chat database %1").arg(filePath);
    if (!m_database.open())
        return storeError(m_database.lastError(), context);

    const auto version = scalar(m_database, u"PRAGMA user_version"_s, context);
    if (!version)
        return version.error();
    if (version->toInt() > Schema::currentVersion)
        return newer(version->toInt());
    // Reading the schema parses the first page: a damaged file fails here, before anything is written.
    const auto objectCount = scalar(m_database, u"SELECT count(*) FROM sqlite_master"_s, context);
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
    if (auto migrated = Schema::migrate(m_database, version->toInt()); !migrated)
        return migrated;
    m_claims.emplace(m_database, QUuid::createUuid().toString(QUuid::WithoutBraces), [this] { return m_clock(); });
    // A version's own messages are numbered from its first_seq on, even before it has any.
    m_findChat = prepare(u"SELECT id, message_count, updated_at, MAX(first_seq, (SELECT COALESCE(MAX(seq), -1) + 1 "
                         "FROM chat_messages WHERE chat_id = chats.id)), COALESCE(branch_of, 0), branch_turn, "
                         "COALESCE(conversation, id), (SELECT t.trashed_at IS NOT NULL FROM chats t WHERE "
                         "t.id = COALESCE(chats.conversation, chats.id)) FROM chats WHERE session_id = ?"_s);
    if (m_findChat->lastError().isValid())
        return storeError(m_findChat->lastError(), ChatStore::tr("Preparing the chat database"));
    return {};
}

Result<void> StoreDatabase::configure()
{
    const QString context = ChatStore::tr("Configuring the chat database");
    QSqlQuery query(m_database);
    // WAL lets headless commands write while the window reads; FULL makes
    // every committed turn survive a power cut, at one fsync per turn.
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto done = execute(query, pragma, context); !done)
            return done;
    }
    return {};
}

void StoreDatabase::setSecureDelete(bool on)
{
    QSqlQuery query(m_database);
    if (!query.exec(on ? u"PRAGMA secure_delete = ON"_s : u"PRAGMA secure_delete = OFF"_s))
        qCWarning(lcStore) << "secure_delete could not be set:" << query.lastError().text();
}

void StoreDatabase::scrubAfterRemoval()
{
    QSqlQuery query(m_database);
    // A reader of another process can keep the checkpoint from finishing; the next one does.
    for (const QString &step :
         {u"INSERT INTO message_search (message_search) VALUES ('optimize')"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
        if (!query.exec(step))
            qCWarning(lcStore) << "after a removal:" << query.lastError().text();
    }
}

QSqlQuery StoreDatabase::prepare(const QString &sql)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Result<bool> StoreDatabase::insertChatRow(const ChatSession &session, const QString &context)
{
    QSqlQuery query(m_database);
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

Result<StoreDatabase::ChatRow> StoreDatabase::insertVersionRow(const QString &sessionId, const ChatRow &parent,
                                                               int branchTurn, VersionKind kind,
                                                               std::optional<qint64> createdAt, qint64 updatedAt,
                                                               const QString &context)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO chats (session_id, user_id, title, backend, created_at, updated_at, language, "
                  "branch_of, branch_turn, first_seq, branch_kind, conversation) "
                  "SELECT ?, user_id, title, backend, COALESCE(?, created_at), ?, language, id, ?, "
                  "(SELECT MAX(COALESCE(MAX(m.seq), -1) + 1, MAX(c.first_seq)) FROM chats c LEFT JOIN "
                  "chat_messages m ON m.chat_id = c.id WHERE c.id = ? OR c.conversation = ?), ?, ? "
                  "FROM chats WHERE id = ?"_s);
    for (const QVariant &value :
         {QVariant(sessionId), createdAt ? QVariant(*createdAt) : QVariant(QMetaType::fromType<qint64>()),
          QVariant(updatedAt), QVariant(branchTurn), QVariant(parent.conversation), QVariant(parent.conversation),
          QVariant(versionKindName(kind)), QVariant(parent.conversation), QVariant(parent.id)})
        query.addBindValue(value);
    if (auto inserted = execute(query, context); !inserted)
        return inserted.error();
    return findChat(sessionId, context);
}

Result<StoreDatabase::ChatRow> StoreDatabase::findChat(const QString &sessionId, const QString &context)
{
    m_findChat->addBindValue(sessionId);
    if (auto found = execute(*m_findChat, context); !found)
        return found.error();
    if (!m_findChat->next())
        return notFound(sessionId);
    ChatRow row{m_findChat->value(0).toLongLong(), m_findChat->value(1).toInt(),      m_findChat->value(2).toLongLong(),
                m_findChat->value(3).toInt(),      m_findChat->value(4).toLongLong(), m_findChat->value(5).toInt(),
                m_findChat->value(6).toLongLong(), m_findChat->value(7).toBool()};
    m_findChat->finish();
    return row;
}

Result<QList<StoreDatabase::Segment>> StoreDatabase::pathOf(const ChatRow &chat, const QString &context)
{
    QList<Segment> path{Segment{chat.id, chat.branchOf ? chat.branchTurn : 0, std::numeric_limits<int>::max()}};
    QSqlQuery query(m_database);
    query.prepare(u"SELECT COALESCE(branch_of, 0), branch_turn FROM chats WHERE id = ?"_s);
    // Each version up the chain gives the turns from its own start up to where the one below
    // it starts (or branched off earlier still).
    for (qint64 parent = chat.branchOf, upTo = chat.branchTurn; parent != 0;) {
        query.addBindValue(parent);
        if (auto read = execute(query, context); !read)
            return read.error();
        if (!query.next())
            return Error{Error::Code::Corrupt,
                         ChatStore::tr("A version of this conversation lost the one it came from.")};
        const qint64 grandparent = query.value(0).toLongLong();
        const int from = grandparent ? query.value(1).toInt() : 0;
        if (from < upTo)
            path.prepend(Segment{parent, from, int(upTo)});
        query.finish();
        upTo = std::min<qint64>(upTo, from);
        parent = grandparent;
    }
    return path;
}

Result<void> StoreDatabase::changeSessionRow(const QString &sessionId, const QString &sql, const QVariantList &values,
                                             const QString &context)
{
    QSqlQuery query(m_database);
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

Result<QSqlQuery> StoreDatabase::sessionQuery(const QString &sessionId, const QString &sql, const QVariantList &values,
                                              const QString &context)
{
    const auto chatRow = findChat(sessionId, context);
    if (!chatRow)
        return chatRow.error();
    QSqlQuery query = prepare(sql);
    query.addBindValue(chatRow->id);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto read = execute(query, context); !read)
        return read.error();
    return query;
}

Result<QStringList> StoreDatabase::sessionIds(const QString &sql, const QString &context)
{
    QSqlQuery query(m_database);
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

bool StoreDatabase::readDataVersion()
{
    // data_version changes only when another connection commits.
    const auto version = scalar(m_database, u"PRAGMA data_version"_s, {});
    if (!version)
        return false;
    const bool changed = m_dataVersion >= 0 && version->toLongLong() != m_dataVersion;
    m_dataVersion = version->toLongLong();
    return changed;
}
