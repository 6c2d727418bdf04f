#include "jsoncompare.h"
#include "pydanticaicodec.h"
#include "schema.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Owner, group and other bits; QFile also reports the current user's own bits, which mirror the owner's.
constexpr auto ownerGroupOther = QFileDevice::Permissions(0x7077);

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A plain SQLite connection beside the store, to see and shape what is on disk.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QString::number(++s_count))
    {
        auto database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        database.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    /// The first row's value in @p column.
    QVariant value(const QString &sql, int column = 0) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query.next() ? query.value(column) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QList<ModelMessage> turn(const QString &question, const QString &answer)
{
    return {ModelMessage::request({MessagePart::userPrompt(question)}),
            ModelMessage::response({MessagePart::text(answer)}, u"govstack-agent"_s)};
}

/// A new session of @p count turns, q0/a0 first, each saved on its own; empty when one could not be.
QString sessionOfTurns(TestStore &store, int count)
{
    const QString id = store.createChatSession(u"u"_s).value();
    for (int i = 0; i < count; ++i) {
        if (!store.saveMessages(id, turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))))
            return {};
    }
    return id;
}

QList<ModelMessage> fixture(const QString &name)
{
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name);
    file.open(QIODevice::ReadOnly);
    return PydanticAiCodec::decodeHistory(file.readAll()).value();
}

QJsonArray toJson(const QList<ModelMessage> &messages)
{
    return PydanticAiCodec::toJsonArray(messages);
}

} // namespace

namespace {

/// Takes a database back from version 11 to 8 (the audit trail, versions of a conversation,
/// continued chats), for the upgrade tests.
const QStringList undoVersion9{
    u"DROP TRIGGER server_deletes_spare_held"_s,
    u"DROP TRIGGER chats_held_are_kept"_s,
    u"DROP TRIGGER chats_held_stay_out_of_trash"_s,
    u"DROP TABLE record_settings"_s,
    u"DROP INDEX chats_in_trash"_s,
    u"ALTER TABLE chats DROP COLUMN trashed_at"_s,
    u"ALTER TABLE chats DROP COLUMN held"_s,
    u"DROP TABLE audit_log"_s,
    u"ALTER TABLE chats DROP COLUMN forked_from"_s,
    u"DROP INDEX chats_by_conversation"_s,
    u"ALTER TABLE chats DROP COLUMN branch_of"_s,
    u"ALTER TABLE chats DROP COLUMN branch_turn"_s,
    u"ALTER TABLE chats DROP COLUMN first_seq"_s,
    u"ALTER TABLE chats DROP COLUMN branch_kind"_s,
    u"ALTER TABLE chats DROP COLUMN conversation"_s,
    u"ALTER TABLE chats DROP COLUMN active_version"_s,
};

} // namespace

class TestChatStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsShareTheTurnsBeforeThemWithoutCopies();
    void versionsOfATurnAreOfferedAtIt();
    void anAnswerSharedWithAnEarlierVersionIsRatedThere();
    void aChatContinuedElsewhereKeepsItsBytesAndItsOrigin();
    void upgradeKeepsEachSessionAsOneVersion();
    void init();
    void cleanup();

    void aSessionIsMarkedSyncedOnlyWhenNothingWaits();
    void createsCurrentSchemaWithWal();
    void upgradesVersionOneDatabase();
    void turnsMoveThroughTheirStatuses();
    void lateReplyReadsRightAfterItsRequest();
    void newDatabaseIsPrivateToItsOwner();
    void sessionSurvivesRestart();
    void everyFixtureHistorySurvivesRestart_data();
    void everyFixtureHistorySurvivesRestart();
    void storesOneVerbatimRowPerMessage();
    void appendingTouchesOnlyNewRows();
    void keepsOrderAcrossSaves();
    void govStackExtrasAreKept();
    void createWithIdIsIdempotent();
    void unknownSessionsAreReported();
    void renameKeepsTitleAgainstLaterSaves();
    void deleteCascadesToMessages();
    void listSessionsPagesByLastActivity();
    void pinnedSessionsComeFirst();
    void sessionsKnowTheirServerAndSyncState();
    void keysetPagingNeitherSkipsNorRepeats();
    void titleFilterMatchesLiterally();
    void longSessionsLoadBackwardsInPages();
    void failedWriteLeavesNothingHalfWritten();
    void upgradesVersionFourDatabaseForSync();
    void mergeThatFailsChangesNothing();
    void ratingsAreKeptAndMarkedSentOnlyForTheSameRating();
    void serverDeletesOutliveTheSession();
    void searchFindsWordsInEveryLanguageAndCase();
    void searchFollowsDeletesAndMerges();
    void searchFindsWhatToolsLookedUp();
    void requestCountsAndUnsentRatingsAreQueries();
    void theFirstTurnRecordsTheLanguage();
    void searchOfAVersion7DatabaseFindsToolData();
    void searchAndReviewFilters();
    void refusesNewerDatabaseUntouched();
    void refusesGarbageUntouched();
    void refusesOtherProgramsDatabaseUntouched();
    void refusesDamagedDatabaseUntouched_data();
    void refusesDamagedDatabaseUntouched();
    void damagedRowIsReportedNotHidden();
    void twoStoresShareOneFile();
    void reportsChangesFromOtherConnections();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestChatStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"chats.sqlite"_s);
}

void TestChatStore::cleanup()
{
    m_dir.reset();
}

void TestChatStore::aSessionIsMarkedSyncedOnlyWhenNothingWaits()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    const QList<ModelMessage> exchange = turn(u"Habari?"_s, u"Salama."_s);
    const int queued = store.beginTurn(id, exchange.at(0), MessageStatus::Queued).value();
    QSignalSpy changed(&store, &ChatSource::syncStateChanged);
    QCOMPARE(store.markSyncedWhenSettled(id).value(), false); // a turn waits for the server
    QCOMPARE(store.chat(id)->syncState, SyncState::Local);
    QVERIFY(store.retryTurn(id, queued));
    QVERIFY(store.failTurn(id, queued, u"cancelled"_s, u"Cancelled."_s));
    QCOMPARE(store.markSyncedWhenSettled(id).value(), false); // and now for the user's Retry
    QVERIFY(store.retryTurn(id, queued));
    QVERIFY(store.completeTurn(id, queued, exchange.at(1)));
    QCOMPARE(store.markSyncedWhenSettled(id).value(), true);
    QCOMPARE(store.chat(id)->syncState, SyncState::Synced);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.markSyncedWhenSettled(id).value(), false); // synced already: nothing written
    QCOMPARE(changed.size(), 1);
}

void TestChatStore::createsCurrentSchemaWithWal()
{
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), m_path);
    }
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Schema::currentVersion);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name IN ('chats', 'chat_messages')"_s).toInt(), 2);
    // Counting a session's ratings (the review table does, for every session) reads only rated messages.
    const QString plan =
        raw.value(u"EXPLAIN QUERY PLAN SELECT count(*) FROM chat_messages WHERE chat_id = 1 AND rating = 5"_s, 3)
            .toString();
    QVERIFY2(plan.contains(u"chat_messages_rated"_s), qPrintable(plan));
}

void TestChatStore::upgradesVersionOneDatabase()
{
    // The version-1 schema as the first release wrote it, with one stored turn.
    const QList<ModelMessage> history = turn(u"Habari"_s, u"Salama"_s);
    {
        RawConnection raw(m_path);
        for (
            const QString &statement : {
                u"CREATE TABLE chats (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL, "
                "title TEXT NOT NULL DEFAULT '', backend TEXT NOT NULL DEFAULT 'govstack', created_at INTEGER NOT "
                "NULL, "
                "updated_at INTEGER NOT NULL, message_count INTEGER NOT NULL DEFAULT 0, preview TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX chats_by_activity ON chats (updated_at DESC, id DESC)"_s,
                u"CREATE TABLE chat_messages (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL REFERENCES chats (id) "
                "ON DELETE CASCADE, seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('request', 'response')), "
                "role TEXT NOT NULL, text TEXT NOT NULL, timestamp INTEGER, model_name TEXT, extras TEXT, "
                "json TEXT NOT NULL, UNIQUE (chat_id, seq))"_s,
                u"INSERT INTO chats VALUES (1, 'old-session', 'u', 'Habari', 'govstack', 1, 2, 2, 'Salama')"_s,
                u"PRAGMA user_version = 1"_s,
            }) {
            QVERIFY(raw.exec(statement));
        }
        for (int seq = 0; seq < 2; ++seq) {
            const QString json =
                QString::fromUtf8(PydanticAiCodec::encodeMessage(history.at(seq))).replace(u"'"_s, u"''"_s);
            QVERIFY(raw.exec(
                u"INSERT INTO chat_messages (chat_id, seq, kind, role, text, json) VALUES (1, %1, '%2', 'x', '', '%3')"_s
                    .arg(seq)
                    .arg(seq == 0 ? u"request"_s : u"response"_s, json)));
        }
    }
    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(toJson(store.loadHistory(u"old-session"_s).value()), toJson(history));
    const auto stored = store.loadStoredMessages(u"old-session"_s).value();
    QCOMPARE(stored.at(1).turn, 1);
    QCOMPARE(stored.at(1).status, MessageStatus::Ok);
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Schema::currentVersion);
}

void TestChatStore::turnsMoveThroughTheirStatuses()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy statusChanged(&store, &ChatStore::turnStatusChanged);
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"earlier"_s, u"answer"_s)));

    const QList<ModelMessage> exchange = turn(u"How do I renew a permit?"_s, u"Visit eCitizen."_s);
    const auto turnId = store.beginTurn(id, exchange.at(0));
    QVERIFY(turnId);
    QCOMPARE(*turnId, 2);
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(store.loadHistory(id)->size(), 2); // a pending request is not yet conversation
    QCOMPARE(store.loadMessages(id)->size(), 3);

    ModelMessage partial = ModelMessage::response({MessagePart::text(u"Visit e"_s)}, {});
    partial.setState(u"incomplete"_s);
    QVERIFY(store.failTurn(id, *turnId, u"stream-cut"_s, u"The answer was cut off."_s, partial));
    auto stored = store.loadStoredMessages(id).value();
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(2).status, MessageStatus::Failed);
    QCOMPARE(stored.at(2).errorKind, u"stream-cut"_s);
    QCOMPARE(stored.at(2).error, u"The answer was cut off."_s);
    QCOMPARE(stored.at(3).status, MessageStatus::Incomplete);
    QCOMPARE(stored.at(3).turn, 2);
    QCOMPARE(store.loadHistory(id)->size(), 2);

    QVERIFY(store.retryTurn(id, *turnId));
    QCOMPARE(store.loadStoredMessages(id)->at(2).status, MessageStatus::Pending);
    QVERIFY(store.loadStoredMessages(id)->at(2).error.isEmpty());
    QVERIFY(store.completeTurn(id, *turnId, exchange.at(1)));
    QCOMPARE(statusChanged.size(), 4);
    QCOMPARE(statusChanged.last().at(2).value<MessageStatus>(), MessageStatus::Ok);

    const auto history = store.loadHistory(id).value();
    QCOMPARE(history.size(), 4);
    QCOMPARE(toJson(history.mid(2)), toJson(exchange));
    QCOMPARE(store.chat(id)->messageCount, 5); // the cut-off reply stays on record

    QCOMPARE(store.completeTurn(id, 99, exchange.at(1)).error().code, Error::Code::NotFound);
    QCOMPARE(store.chat(id)->messageCount, 5);
}

void TestChatStore::lateReplyReadsRightAfterItsRequest()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    const auto first = turn(u"first"_s, u"first answer"_s);
    const auto second = turn(u"second"_s, u"second answer"_s);
    const int firstTurn = store.beginTurn(id, first.at(0)).value();
    const int secondTurn = store.beginTurn(id, second.at(0)).value();
    QVERIFY(store.completeTurn(id, firstTurn, first.at(1)));
    QVERIFY(store.completeTurn(id, secondTurn, second.at(1)));
    QCOMPARE(toJson(store.loadHistory(id).value()), toJson(first + second));
}

void TestChatStore::newDatabaseIsPrivateToItsOwner()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(QFile::permissions(m_path) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner);
    store.close();

    // A file left readable by others is tightened on open.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(store.open(m_path));
    QCOMPARE(QFile::permissions(m_path) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner);
}

void TestChatStore::sessionSurvivesRestart()
{
    QString sessionId;
    QList<ModelMessage> saved =
        turn(u"What documents do I need to register a business name?"_s, u"You need a national ID."_s);
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        QSignalSpy created(&store, &ChatStore::sessionCreated);
        QSignalSpy savedSpy(&store, &ChatStore::messagesSaved);
        const auto id = store.createChatSession(u"desktop-user-01"_s, Backend::OpenAI);
        QVERIFY(id);
        sessionId = *id;
        QVERIFY(QUuid::fromString(sessionId).version() == QUuid::Random);
        QCOMPARE(created.size(), 1);
        QVERIFY(store.saveMessages(sessionId, saved));
        QCOMPARE(savedSpy.size(), 1);
        QCOMPARE(savedSpy.at(0).at(1).toInt(), 2);
    }

    TestStore reopened;
    QVERIFY(reopened.open(m_path));
    const auto chat = reopened.chatWithMessages(sessionId);
    QVERIFY(chat);
    QCOMPARE(chat->session.sessionId, sessionId);
    QCOMPARE(chat->session.userId, u"desktop-user-01"_s);
    QCOMPARE(chat->session.backend, Backend::OpenAI);
    QCOMPARE(chat->session.messageCount, 2);
    QCOMPARE(chat->session.title, u"What documents do I need to register a business name?"_s);
    QCOMPARE(chat->session.preview, u"You need a national ID."_s);
    QVERIFY(chat->session.createdAt <= chat->session.updatedAt);
    QVERIFY(qAbs(chat->session.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(toJson(chat->messages), toJson(saved));
}

void TestChatStore::everyFixtureHistorySurvivesRestart_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &file :
         QDir(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai")).entryList({u"*.json"_s}, QDir::Files))
        QTest::newRow(qPrintable(file)) << file;
}

void TestChatStore::everyFixtureHistorySurvivesRestart()
{
    QFETCH(QString, fileName);
    const QList<ModelMessage> history = fixture(fileName);
    QString sessionId;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        sessionId = store.createChatSession(u"reviewer"_s).value();
        const auto saved = store.saveMessages(sessionId, history);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }
    TestStore store;
    QVERIFY(store.open(m_path));
    const auto loaded = store.loadMessages(sessionId);
    QVERIFY(loaded);
    const QString difference = firstJsonDifference(toJson(history), toJson(*loaded));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestChatStore::storesOneVerbatimRowPerMessage()
{
    const QList<ModelMessage> history = fixture(u"rag-tool-call.json"_s);
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString sessionId = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(sessionId, history));

    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QString json = raw.value(u"SELECT json FROM chat_messages WHERE seq = %1"_s.arg(i)).toString();
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), history.at(i).toJson());
    }
    QCOMPARE(raw.value(u"SELECT role FROM chat_messages WHERE seq = 0"_s).toString(), u"user"_s);
    QCOMPARE(raw.value(u"SELECT role FROM chat_messages WHERE seq = 1"_s).toString(), u"assistant"_s);
    QCOMPARE(raw.value(u"SELECT role FROM chat_messages WHERE seq = 2"_s).toString(), u"tool"_s);
    QCOMPARE(raw.value(u"SELECT text FROM chat_messages WHERE seq = 0"_s).toString(), history.at(0).text());
    QCOMPARE(raw.value(u"SELECT model_name FROM chat_messages WHERE seq = 1"_s).toString(), history.at(1).modelName());
}

void TestChatStore::appendingTouchesOnlyNewRows()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString sessionId = sessionOfTurns(store, 100);
    QVERIFY(!sessionId.isEmpty());

    RawConnection raw(m_path);
    QVERIFY(raw.exec(u"CREATE TABLE write_log (what TEXT)"_s));
    QVERIFY(raw.exec(
        u"CREATE TRIGGER log_insert AFTER INSERT ON chat_messages BEGIN INSERT INTO write_log VALUES ('insert'); END"_s));
    QVERIFY(raw.exec(
        u"CREATE TRIGGER log_update AFTER UPDATE ON chat_messages BEGIN INSERT INTO write_log VALUES ('update'); END"_s));
    QVERIFY(raw.exec(
        u"CREATE TRIGGER log_delete AFTER DELETE ON chat_messages BEGIN INSERT INTO write_log VALUES ('delete'); END"_s));

    QVERIFY(store.saveMessages(sessionId, turn(u"one more"_s, u"sure"_s)));
    QCOMPARE(raw.value(u"SELECT group_concat(what) FROM write_log"_s).toString(), u"insert,insert"_s);
    QCOMPARE(store.chat(sessionId)->messageCount, 202);
}

void TestChatStore::keepsOrderAcrossSaves()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString sessionId = store.createChatSession(u"u"_s).value();
    QList<ModelMessage> all;
    for (int i = 0; i < 5; ++i) {
        const auto next = turn(u"question %1"_s.arg(i), u"answer %1"_s.arg(i));
        QVERIFY(store.saveMessages(sessionId, next));
        all << next;
    }
    QVERIFY(store.saveMessages(sessionId, {})); // nothing to do, and no error
    const auto loaded = store.loadMessages(sessionId);
    QCOMPARE(loaded->size(), 10);
    QCOMPARE(loaded->at(0).text(), u"question 0"_s);
    QCOMPARE(loaded->at(9).text(), u"answer 4"_s);
    QCOMPARE(toJson(*loaded), toJson(all));
    QCOMPARE(store.chat(sessionId)->title, u"question 0"_s);
    QCOMPARE(store.chat(sessionId)->preview, u"answer 4"_s);
}

void TestChatStore::govStackExtrasAreKept()
{
    GovStackExtras extras;
    extras.sources << Source{u"Business Registration Guidelines"_s, u"https://example.gov/brs"_s, {}};
    extras.confidence = 0.8;
    extras.retrieverType = u"brs"_s;
    extras.followUpQuestions << FollowUpQuestion{u"What are the fees?"_s, 0.9};
    extras.traceId = u"trace-1"_s;
    extras.assistantMessageId = u"eb9d1702"_s;
    QList<ModelMessage> messages = turn(u"q"_s, u"a"_s);
    messages[1].setGovStackExtras(extras);

    QString sessionId;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        sessionId = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(sessionId, messages));
    }
    TestStore store;
    QVERIFY(store.open(m_path));
    const auto loaded = store.loadMessages(sessionId);
    QVERIFY(!loaded->at(0).govStackExtras());
    QCOMPARE(loaded->at(1).govStackExtras(), std::optional<GovStackExtras>(extras));
    // The extras live beside the PydanticAI JSON, never inside it.
    QCOMPARE(loaded->at(1).toJson(), messages.at(1).toJson());
    QVERIFY(!loaded->at(1).toJson().contains(u"sources"));
}

void TestChatStore::createWithIdIsIdempotent()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy created(&store, &ChatStore::sessionCreated);
    const QString id = u"e99f83f5-7679-401e-be76-7aa022afccc8"_s;
    QVERIFY(store.createChatSessionWithId(id, u"u1"_s));
    QVERIFY(store.saveMessages(id, turn(u"q"_s, u"a"_s)));
    QVERIFY(store.createChatSessionWithId(id, u"u2"_s));
    QCOMPARE(created.size(), 1);
    QCOMPARE(store.sessionCount().value(), 1);
    QCOMPARE(store.chat(id)->userId, u"u1"_s);
    QCOMPARE(store.chat(id)->messageCount, 2);
}

void TestChatStore::unknownSessionsAreReported()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString missing = u"no-such-session"_s;
    QCOMPARE(store.chat(missing).error().code, Error::Code::NotFound);
    QVERIFY(store.chat(missing).error().message.contains(missing));
    QCOMPARE(store.loadMessages(missing).error().code, Error::Code::NotFound);
    QCOMPARE(store.chatWithMessages(missing).error().code, Error::Code::NotFound);
    QCOMPARE(store.saveMessages(missing, turn(u"q"_s, u"a"_s)).error().code, Error::Code::NotFound);
    QCOMPARE(store.renameSession(missing, u"t"_s).error().code, Error::Code::NotFound);
    QCOMPARE(store.deleteChatSession(missing).error().code, Error::Code::NotFound);
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), 0);
}

void TestChatStore::renameKeepsTitleAgainstLaterSaves()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy renamed(&store, &ChatStore::sessionRenamed);
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"first question"_s, u"a"_s)));
    QVERIFY(store.renameSession(id, u"  Business   permits "_s));
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.at(0).at(1).toString(), u"Business permits"_s);
    QVERIFY(store.saveMessages(id, turn(u"second question"_s, u"b"_s)));
    QCOMPARE(store.chat(id)->title, u"Business permits"_s);
}

void TestChatStore::deleteCascadesToMessages()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy deleted(&store, &ChatStore::sessionDeleted);
    const QString doomed = store.createChatSession(u"u"_s).value();
    const QString kept = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(doomed, fixture(u"multi-turn.json"_s)));
    QVERIFY(store.saveMessages(kept, turn(u"q"_s, u"a"_s)));

    QVERIFY(store.deleteChatSession(doomed));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), doomed);
    QCOMPARE(store.chat(doomed).error().code, Error::Code::NotFound);
    QCOMPARE(store.deleteChatSession(doomed).error().code, Error::Code::NotFound);

    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), 2);
    QCOMPARE(store.loadMessages(kept)->size(), 2);
}

void TestChatStore::listSessionsPagesByLastActivity()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QStringList created;
    for (int i = 0; i < 25; ++i) {
        const QString id = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(id, turn(u"q%1"_s.arg(i), u"a"_s)));
        created.prepend(id); // newest first
        QTest::qWait(2); // activity is kept to the millisecond; sessions active in the same one have no set order
    }
    QStringList listed;
    for (int offset = 0; offset < 30; offset += 10) {
        const auto page = store.listSessions(offset, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), offset < 20 ? 10 : 5);
        for (const ChatSession &session : *page)
            listed << session.sessionId;
    }
    QCOMPARE(listed, created);
    QVERIFY(store.listSessions(25, 10)->isEmpty());
    QVERIFY(store.listSessions(0, 0)->isEmpty());

    // Activity in the oldest session moves it to the top.
    QVERIFY(store.saveMessages(created.last(), turn(u"back again"_s, u"welcome"_s)));
    const auto top = store.listSessions(0, 1);
    QCOMPARE(top->constFirst().sessionId, created.last());
    QCOMPARE(top->constFirst().messageCount, 4);
    QCOMPARE(top->constFirst().preview, u"welcome"_s);
}

void TestChatStore::pinnedSessionsComeFirst()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy pinnedSpy(&store, &ChatStore::sessionPinned);
    const QString old = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(old, turn(u"old"_s, u"a"_s)));
    QTest::qWait(5);
    const QString recent = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(recent, turn(u"recent"_s, u"a"_s)));
    QCOMPARE(store.listSessions(0, 10)->constFirst().sessionId, recent);

    QVERIFY(store.setPinned(old, true));
    QCOMPARE(pinnedSpy.size(), 1);
    const auto sessions = store.listSessions(0, 10).value();
    QCOMPARE(sessions.at(0).sessionId, old);
    QVERIFY(sessions.at(0).pinned);
    QCOMPARE(sessions.at(1).sessionId, recent);
    QVERIFY(store.setPinned(old, false));
    QCOMPARE(store.listSessions(0, 10)->constFirst().sessionId, recent);
    QCOMPARE(store.setPinned(u"missing"_s, true).error().code, Error::Code::NotFound);
}

void TestChatStore::sessionsKnowTheirServerAndSyncState()
{
    QString id;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        QSignalSpy changed(&store, &ChatStore::syncStateChanged);
        id = store.createChatSession(u"u"_s).value();
        QCOMPARE(store.chat(id)->syncState, SyncState::Local);
        QVERIFY(store.chat(id)->serverUrl.isEmpty());
        QVERIFY(store.linkToServer(id, u"https://chat.example.gov"_s, u"govbot"_s));
        QVERIFY(store.setSyncState(id, SyncState::NeedsAttention, u"The server rejected the API key (HTTP 401)."_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.setSyncState(u"missing"_s, SyncState::Synced).error().code, Error::Code::NotFound);
    }
    TestStore store;
    QVERIFY(store.open(m_path));
    const ChatSession session = store.chat(id).value();
    QCOMPARE(session.serverUrl, u"https://chat.example.gov"_s);
    QCOMPARE(session.serverProfile, u"govbot"_s);
    QCOMPARE(session.syncState, SyncState::NeedsAttention);
    QCOMPARE(session.syncNote, u"The server rejected the API key (HTTP 401)."_s);
    QCOMPARE(syncStateFromName(syncStateName(SyncState::Waiting)), SyncState::Waiting);
}

void TestChatStore::keysetPagingNeitherSkipsNorRepeats()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    QStringList created;
    for (int i = 0; i < 30; ++i)
        created.prepend(store.createChatSession(u"u"_s).value());
    const auto first = store.listSessionsAfter(std::nullopt, 10).value();
    QCOMPARE(first.size(), 10);
    // Activity moves a session from a later page to the top between two page loads.
    QTest::qWait(2);
    QVERIFY(store.saveMessages(created.at(25), turn(u"moved"_s, u"a"_s)));
    QStringList seen;
    for (const ChatSession &session : first)
        seen << session.sessionId;
    std::optional<ChatSession> last = first.last();
    while (true) {
        const auto page = store.listSessionsAfter(last, 10).value();
        if (page.isEmpty())
            break;
        for (const ChatSession &session : page)
            seen << session.sessionId;
        last = page.last();
    }
    // Everything once, except the one that moved above the pages already loaded.
    QCOMPARE(seen.size(), 29);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 29);
    QVERIFY(!seen.contains(created.at(25)));
    QCOMPARE(store.listSessionsAfter(std::nullopt, 1)->constFirst().sessionId, created.at(25));
}

void TestChatStore::titleFilterMatchesLiterally()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QStringList titles{u"Usajili wa biashara"_s, u"Business permit 100%"_s, u"KRA PIN"_s, u"usajili_wa_ardhi"_s};
    for (const QString &title : titles)
        QVERIFY(store.renameSession(store.createChatSession(u"u"_s).value(), title));
    const auto titlesFor = [&](const QString &filter) {
        QStringList found;
        for (const ChatSession &session : store.listSessionsAfter(std::nullopt, 50, filter).value())
            found << session.title;
        found.sort();
        return found;
    };
    QCOMPARE(titlesFor(u"usajili"_s), (QStringList{u"Usajili wa biashara"_s, u"usajili_wa_ardhi"_s}));
    QCOMPARE(titlesFor(u"100%"_s), QStringList{u"Business permit 100%"_s});
    QCOMPARE(titlesFor(u"_wa_"_s), QStringList{u"usajili_wa_ardhi"_s}); // "_" is a character, not a wildcard
    QCOMPARE(titlesFor(u"pin"_s), QStringList{u"KRA PIN"_s});
    QVERIFY(titlesFor(u"visa"_s).isEmpty());
}

void TestChatStore::longSessionsLoadBackwardsInPages()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = sessionOfTurns(store, 25);
    QVERIFY(!id.isEmpty());
    QList<StoredMessage> all;
    std::optional<StoredMessage> oldest;
    while (true) {
        const auto page = store.loadStoredMessagesBefore(id, oldest, 20).value();
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 20);
        all = page + all;
        oldest = page.constFirst();
    }
    QCOMPARE(all.size(), 50);
    QCOMPARE(all.constFirst().message.text(), u"q0"_s);
    QCOMPARE(all.constLast().message.text(), u"a24"_s);
    QCOMPARE(store.loadStoredMessagesBefore(id, std::nullopt, 2)->constFirst().message.text(), u"q24"_s);
}

void TestChatStore::versionsShareTheTurnsBeforeThemWithoutCopies()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = sessionOfTurns(store, 30);
    QVERIFY(!id.isEmpty());
    const auto textsOf = [](const QList<StoredMessage> &messages) {
        QStringList texts;
        for (const StoredMessage &entry : messages)
            texts << entry.message.text();
        return texts;
    };
    // Question 21 edited, then in that version question 11 asked again: each version takes
    // the turns before its own from the one it came from.
    const StartedVersion edited = store.startVersion(id, 21, VersionKind::Edit).value();
    QCOMPARE(edited.question, u"q20"_s);
    QCOMPARE(store.shownVersion(id).value(), edited.sessionId);
    QVERIFY(store.saveMessages(edited.sessionId, turn(u"q20 edited"_s, u"e20"_s)));
    const StartedVersion again = store.startVersion(edited.sessionId, 11, VersionKind::Regenerate).value();
    QCOMPARE(again.question, u"q10"_s);
    // Asked again as it was: the question's stored bytes, waiting to be sent in the new version.
    const StoredMessage waiting = store.storedMessage(again.sessionId, again.queuedTurn.value()).value();
    QCOMPARE(waiting.status, MessageStatus::Queued);
    QCOMPARE(waiting.message.storedJson(), store.loadStoredMessages(id)->at(20).message.storedJson());
    QVERIFY(store.completeTurn(again.sessionId, *again.queuedTurn,
                               ModelMessage::response({MessagePart::text(u"r10"_s)}, {})));
    QCOMPARE(store.shownVersion(id).value(), again.sessionId);

    QStringList expected;
    for (int i = 0; i < 10; ++i)
        expected << u"q%1"_s.arg(i) << u"a%1"_s.arg(i);
    expected << u"q10"_s << u"r10"_s;
    QCOMPARE(textsOf(store.loadStoredMessages(again.sessionId).value()), expected);
    QCOMPARE(textsOf(store.loadStoredMessages(edited.sessionId).value()).mid(40),
             QStringList({u"q20 edited"_s, u"e20"_s}));
    QCOMPARE(store.loadStoredMessages(id)->size(), 60); // the first version as it was
    // Pages cross from a version's own turns into those it shares, and back.
    const QList<StoredMessage> newest = store.loadStoredMessagesBefore(again.sessionId, std::nullopt, 4).value();
    QCOMPARE(textsOf(newest), QStringList({u"q9"_s, u"a9"_s, u"q10"_s, u"r10"_s}));
    QCOMPARE(textsOf(store.loadStoredMessagesAfter(again.sessionId, newest.first(), 2).value()),
             QStringList({u"a9"_s, u"q10"_s}));
    QCOMPARE(store.storedMessage(again.sessionId, newest.last().seq)->message.text(), u"r10"_s);
    QCOMPARE(store.storedMessage(again.sessionId, newest.first().seq)->message.text(), u"q9"_s);
    // The request history: the shared turns' bytes, then its own.
    const QByteArray history = store.historyJsonBefore(again.sessionId, newest.at(2).turn).value();
    QCOMPARE(PydanticAiCodec::decodeHistory(history)->size(), 20);
    // Stored once: the versions hold only their own messages, and the list shows one conversation.
    QCOMPARE(store.sessionCount().value(), 1);
    QVERIFY(store.deleteChatSession(id));
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chats"_s).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), 0);
}

void TestChatStore::versionsOfATurnAreOfferedAtIt()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = sessionOfTurns(store, 3); // q0 a0 q1 a1 q2 a2
    const int turn1 = store.loadStoredMessages(id)->at(2).turn;
    QVERIFY(store.versions(id)->choicesFor(id).isEmpty());
    // Question 2 edited, then that edit answered again, then the first version's question 2 edited again.
    const StartedVersion edited = store.startVersionAt(id, turn1, VersionKind::Edit).value();
    QVERIFY(store.saveMessages(edited.sessionId, turn(u"q1 edited"_s, u"e1"_s)));
    const int editedTurn = store.loadStoredMessages(edited.sessionId)->at(2).turn;
    const StartedVersion regenerated =
        store.startVersionAt(edited.sessionId, editedTurn, VersionKind::Regenerate).value();
    QVERIFY(store.completeTurn(regenerated.sessionId, regenerated.queuedTurn.value(),
                               ModelMessage::response({MessagePart::text(u"r1"_s)}, {})));
    const StartedVersion second = store.startVersionAt(id, turn1, VersionKind::Edit).value();
    QVERIFY(store.saveMessages(second.sessionId, turn(u"q1 again"_s, u"s1"_s)));
    QCOMPARE(store.shownVersion(id).value(), second.sessionId);

    const ConversationVersions versions = store.versions(edited.sessionId).value();
    QCOMPARE(versions.count(), 4);
    // The regenerated answer shown: its question is the 2nd of 3, its answer the 2nd of 2.
    const QHash<int, TurnVersions> shown = versions.choicesFor(regenerated.sessionId);
    QCOMPARE(shown.size(), 1);
    const int regeneratedTurn = store.loadStoredMessages(regenerated.sessionId)->at(2).turn;
    const TurnVersions at = shown.value(regeneratedTurn);
    QCOMPARE(at.question.current, 1);
    QCOMPARE(at.question.sessions, QStringList({id, regenerated.sessionId, second.sessionId}));
    QCOMPARE(at.answer.current, 1);
    QCOMPARE(at.answer.sessions, QStringList({edited.sessionId, regenerated.sessionId}));
    // From the first version: its question 2 is the 1st of 3, with one answer; the edit's
    // choice leads to the version of it continued last.
    const TurnVersions first = versions.choicesFor(id).value(turn1);
    QCOMPARE(first.question.current, 0);
    QCOMPARE(first.question.count(), 3);
    QCOMPARE(first.question.sessions.at(1), regenerated.sessionId);
    QCOMPARE(first.answer.count(), 1);

    // Showing a version is remembered, and it is the one continued.
    QVERIFY(store.showVersion(edited.sessionId));
    QCOMPARE(store.shownVersion(id).value(), edited.sessionId);
    QCOMPARE(store.shownVersion(second.sessionId).value(), edited.sessionId);
    QCOMPARE(store.showVersion(u"no-such-session"_s).error().code, Error::Code::NotFound);
    // Versions are not conversations of their own: one in the list.
    QCOMPARE(store.sessionCount().value(), 1);
}

void TestChatStore::anAnswerSharedWithAnEarlierVersionIsRatedThere()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = sessionOfTurns(store, 3);
    const StartedVersion edited = store.startVersion(id, 3, VersionKind::Edit).value();
    QVERIFY(store.saveMessages(edited.sessionId, turn(u"q2 edited"_s, u"e2"_s)));
    const QList<StoredMessage> shown = store.loadStoredMessages(edited.sessionId).value();
    // The first answer belongs to the first version; rated from the edit, it is rated there, once.
    QSignalSpy rated(&store, &ChatSource::messageRated);
    QVERIFY(store.rateMessage(edited.sessionId, shown.at(1).seq,
                              Rating{Rating::thumbsDown, u"Old fee"_s, QDateTime::currentDateTimeUtc()}));
    QCOMPARE(rated.size(), 1);
    QCOMPARE(store.loadStoredMessages(edited.sessionId)->at(1).rating->comment, u"Old fee"_s);
    QCOMPARE(store.loadStoredMessages(id)->at(1).rating->comment, u"Old fee"_s);
    QCOMPARE(store.unsentRatings(id)->size(), 1);
    QCOMPARE(store.unsentRatings(edited.sessionId)->size(), 0);
    // Its own answer is its own.
    QVERIFY(store.rateMessage(edited.sessionId, shown.at(5).seq,
                              Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc()}));
    QCOMPARE(store.unsentRatings(edited.sessionId)->size(), 1);
    // A question is not an answer, and the abandoned version's later answer is not on this path.
    QVERIFY(!store.rateMessage(edited.sessionId, shown.at(0).seq, Rating{}));
    QVERIFY(!store.rateMessage(edited.sessionId, store.loadStoredMessages(id)->at(5).seq, Rating{}));
}

void TestChatStore::aChatContinuedElsewhereKeepsItsBytesAndItsOrigin()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = sessionOfTurns(store, 3);
    const QList<StoredMessage> original = store.loadStoredMessages(id).value();
    QVERIFY(store.rateMessage(id, original.at(1).seq, Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc()}));
    QSignalSpy created(&store, &ChatSource::sessionCreated);
    const QString forked = store.forkConversation(id, original.at(2).turn, u"Chat (continued)"_s).value();
    QCOMPARE(created.size(), 1);
    const ChatSession session = store.chat(forked).value();
    QCOMPARE(session.title, u"Chat (continued)"_s);
    QCOMPARE(session.forkedFrom, id);
    QVERIFY(session.serverUrl.isEmpty());
    const QList<StoredMessage> copied = store.loadStoredMessages(forked).value();
    QCOMPARE(copied.size(), 4); // up to and including the second turn
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(copied.at(i).message.storedJson(), original.at(i).message.storedJson());
        QVERIFY(!copied.at(i).message.storedJson().isEmpty());
        QVERIFY(!copied.at(i).rating);
    }
    QCOMPARE(copied.at(2).turn, copied.at(2).seq);
    QCOMPARE(store.sessionCount().value(), 2);
    QCOMPARE(store.forkConversation(u"no-such-session"_s, 0, u"x"_s).error().code, Error::Code::NotFound);
}

void TestChatStore::upgradeKeepsEachSessionAsOneVersion()
{
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(!sessionOfTurns(store, 2).isEmpty());
        store.close();
        RawConnection raw(m_path);
        for (const QString &statement : undoVersion9)
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        QVERIFY(raw.exec(u"PRAGMA user_version = 8"_s));
    }
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.sessionIds()->constFirst();
    QCOMPARE(store.shownVersion(id).value(), id);
    const ConversationVersions versions = store.versions(id).value();
    QCOMPARE(versions.count(), 1);
    QVERIFY(versions.choicesFor(id).isEmpty());
    QCOMPARE(store.loadStoredMessages(id)->size(), 4);
    QVERIFY(store.chat(id)->forkedFrom.isEmpty());
    // And it can have versions from now on.
    QVERIFY(store.startVersion(id, 2, VersionKind::Edit));
    QCOMPARE(store.versions(id)->count(), 2);
}

void TestChatStore::upgradesVersionFourDatabaseForSync()
{
    // A version-4 database with a linked session and one failed turn, made by
    // this build's store and then taken back to version 4's tables (and later
    // versions' upgrades then climb every step again).
    QString id;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        id = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(id, turn(u"Habari"_s, u"Salama"_s)));
        const int failed = store.beginTurn(id, turn(u"Tena"_s, u"x"_s).at(0)).value();
        QVERIFY(store.failTurn(id, failed, u"timeout"_s, u"No answer"_s));
        QVERIFY(store.linkToServer(id, u"http://gov.example"_s, u"v2"_s));
    }
    {
        RawConnection raw(m_path);
        for (const QString &statement : undoVersion9)
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        for (const QString &statement : {
                 u"DROP TRIGGER message_search_insert"_s,
                 u"DROP TRIGGER message_search_delete"_s,
                 u"DROP TRIGGER message_search_update"_s,
                 u"DROP TABLE message_search"_s,
                 u"ALTER TABLE chats DROP COLUMN language"_s,
                 u"CREATE TABLE old_messages AS SELECT id, chat_id, seq, kind, role, text, timestamp, model_name, "
                 "extras, json, turn, status, error_kind, error FROM chat_messages"_s,
                 u"DROP TABLE chat_messages"_s,
                 u"CREATE TABLE chat_messages (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL REFERENCES chats (id) "
                 "ON DELETE CASCADE, seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('request', 'response')), "
                 "role TEXT NOT NULL, text TEXT NOT NULL, timestamp INTEGER, model_name TEXT, extras TEXT, json TEXT "
                 "NOT NULL, turn INTEGER, status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'pending', "
                 "'failed', 'incomplete')), error_kind TEXT, error TEXT, UNIQUE (chat_id, seq))"_s,
                 u"INSERT INTO chat_messages SELECT * FROM old_messages"_s,
                 u"DROP TABLE old_messages"_s,
                 u"CREATE INDEX chat_messages_by_turn ON chat_messages (chat_id, turn, seq)"_s,
                 u"DROP TABLE server_deletes"_s,
                 u"ALTER TABLE chats DROP COLUMN claim_owner"_s,
                 u"ALTER TABLE chats DROP COLUMN claim_turn"_s,
                 u"ALTER TABLE chats DROP COLUMN claimed_at"_s,
                 u"ALTER TABLE chats DROP COLUMN claim_expires"_s,
                 u"ALTER TABLE chats DROP COLUMN revision"_s,
                 u"ALTER TABLE chats DROP COLUMN fetched"_s,
                 u"ALTER TABLE chats DROP COLUMN server_fingerprint"_s,
                 u"PRAGMA user_version = 4"_s,
             }) {
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        }
        QVERIFY(!raw.exec(u"UPDATE chat_messages SET status = 'queued' WHERE seq = 2"_s)); // version 4 refuses it
    }
    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const QList<StoredMessage> stored = store.loadStoredMessages(id).value();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(2).status, MessageStatus::Failed);
    QCOMPARE(stored.at(2).errorKind, u"timeout"_s);
    QCOMPARE(store.chat(id)->serverUrl, u"http://gov.example"_s);
    QVERIFY(store.queueTurn(id, 2, u"unreachable"_s, u"Offline"_s));
    QCOMPARE(store.sessionsWithUnsentTurns().value(), QStringList{id});
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Schema::currentVersion);
    QCOMPARE(raw.value(u"PRAGMA foreign_key_check"_s), QVariant());
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestChatStore::mergeThatFailsChangesNothing()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"Habari"_s, u"Salama"_s)));
    const QList<StoredMessage> before = store.loadStoredMessages(id).value();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON chat_messages BEGIN SELECT RAISE(ABORT, 'disk "
                         "full'); END"_s));
    }
    HistoryMerge merge;
    merge.replaceFromTurn = 0;
    merge.serverIds << std::pair{0, u"srv-1"_s};
    merge.tail << StoredMessage{0, 0, MessageStatus::Ok, {}, {}, turn(u"Habari"_s, u"x"_s).at(0), u"srv-1"_s, {}};
    merge.serverFingerprint = u"fp"_s;
    QSignalSpy replaced(&store, &ChatStore::messagesReplaced);
    QVERIFY(!store.applyMerge(id, merge));
    QCOMPARE(replaced.size(), 0);
    const QList<StoredMessage> after = store.loadStoredMessages(id).value();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after.at(0).serverId.isEmpty());
    QVERIFY(store.chat(id)->serverFingerprint.isEmpty());
    QCOMPARE(store.chat(id)->messageCount, 2);
}

void TestChatStore::ratingsAreKeptAndMarkedSentOnlyForTheSameRating()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"Habari"_s, u"Salama"_s)));
    QSignalSpy rated(&store, &ChatStore::messageRated);
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    QVERIFY(store.rateMessage(id, 1, Rating{Rating::thumbsUp, u"Clear"_s, first, false}));
    QCOMPARE(rated.size(), 1);
    QCOMPARE(store.rateMessage(id, 0, Rating{Rating::thumbsUp, {}, first, false}).error().code,
             Error::Code::NotFound); // questions are not rated
    QCOMPARE(store.sessionsWithUnsentRatings().value(), QStringList{id});

    // Rated again while the first rating was on its way: the newer one still waits.
    const QDateTime second = first.addSecs(5);
    QVERIFY(store.rateMessage(id, 1, Rating{Rating::thumbsDown, QString(3000, u'x'), second, false}));
    QVERIFY(store.markRatingSent(id, 1, first));
    StoredMessage answer = store.loadStoredMessages(id)->at(1);
    QCOMPARE(answer.rating->score, Rating::thumbsDown);
    QCOMPARE(answer.rating->comment.size(), Rating::maxCommentLength);
    QVERIFY(!answer.rating->sent);
    QVERIFY(store.markRatingSent(id, 1, second));
    answer = store.loadStoredMessages(id)->at(1);
    QVERIFY(answer.rating->sent);
    QCOMPARE(answer.rating->ratedAt, second);
    QVERIFY(store.sessionsWithUnsentRatings()->isEmpty());
}

void TestChatStore::serverDeletesOutliveTheSession()
{
    QString linked;
    QString local;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        linked = store.createChatSession(u"u"_s).value();
        local = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(linked, turn(u"Habari"_s, u"Salama"_s)));
        QVERIFY(store.linkToServer(linked, u"http://gov.example"_s, u"govbot"_s));
        QVERIFY(store.deleteChatSession(linked, ChatStore::DeleteScope::AlsoOnServer));
        // A session no server knows has nothing to delete there.
        QVERIFY(store.deleteChatSession(local, ChatStore::DeleteScope::AlsoOnServer));
    }
    TestStore store;
    QVERIFY(store.open(m_path));
    QVERIFY(!store.chat(linked));
    const auto pending = store.pendingServerDeletes().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).sessionId, linked);
    QCOMPARE(pending.at(0).serverUrl, u"http://gov.example"_s);
    QCOMPARE(pending.at(0).serverProfile, u"govbot"_s);
    QVERIFY(store.serverDeleteDone(linked));
    QVERIFY(store.pendingServerDeletes()->isEmpty());
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), 0);
}

void TestChatStore::searchFindsWordsInEveryLanguageAndCase()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString sw = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(sw,
                               turn(u"Usajili wa biashara unafanywaje?"_s,
                                    u"Usajili wa biashara hufanywa kwenye "
                                    "eCitizen."_s)));
    const QString en = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(en, turn(u"What are the REGISTRATION fees?"_s, u"Registration costs KES 950."_s)));
    const QString accents = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(accents, turn(u"Is the Café at Huduma Centre open?"_s, u"Yes, from 8 am."_s)));

    const auto hits = [&store](const QString &text) {
        QStringList found;
        for (const SearchHit &hit : store.search(text).value())
            found << hit.sessionId + u'/' + QString::number(hit.seq);
        return found;
    };
    // Word prefixes, any case: `usajili` finds `usajili wa biashara`, and so does `USAJ`.
    QCOMPARE(hits(u"usajili"_s).size(), 2);
    QCOMPARE(hits(u"USAJ"_s).size(), 2);
    QCOMPARE(hits(u"usajili biashara eCitizen"_s), QStringList{sw + u"/1"_s}); // every word must occur
    QCOMPARE(hits(u"registration"_s).size(), 2);
    QCOMPARE(hits(u"cafe"_s), QStringList{accents + u"/0"_s}); // accents ignored
    QCOMPARE(hits(u"café"_s), QStringList{accents + u"/0"_s});
    QVERIFY(hits(u"passport"_s).isEmpty());
    // Words under four letters match whole: `ca` is not every word starting so.
    QVERIFY(hits(u"ca"_s).isEmpty());
    QCOMPARE(hits(u"KES"_s), QStringList{en + u"/1"_s});
    // What people type is never query syntax.
    for (const QString &odd : {u"\"NEAR("_s, u"AND OR NOT"_s, u"*"_s, u"fees\"* OR x"_s, u"  "_s})
        QVERIFY2(store.search(odd), qPrintable(odd));

    // Best first: the message about the word ranks above one that mentions it in passing.
    const QString passing = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(passing,
                               turn(u"Nataka kujua kuhusu ada za shule, bei za mabasi, saa za ofisi na "
                                    "mengi mengine, pamoja na leseni"_s,
                                    u"Sawa."_s)));
    const QString about = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(about, turn(u"Leseni: leseni ya udereva"_s, u"Sawa."_s)));
    QTest::qWait(2);
    const QString later = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(later,
                               turn(u"Swali jingine kabisa kuhusu mambo mengi: ada, saa, mabasi, na pia "
                                    "leseni ya biashara"_s,
                                    u"Sawa."_s)));
    const QList<SearchHit> ranked = store.search(u"leseni"_s).value();
    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked.at(0).sessionId, about);

    const SearchHit hit = store.search(u"registr"_s).value().constFirst();
    QCOMPARE(hit.sessionId, en);
    QCOMPARE(hit.sessionTitle, u"What are the REGISTRATION fees?"_s);
    QVERIFY(hit.time.isValid());
    QCOMPARE(hit.markedSnippet(u"["_s, u"]"_s).count(u'['), 1);
    QVERIFY2(hit.markedSnippet(u"["_s, u"]"_s).contains(u"[REGISTRATION]"_s) ||
                 hit.markedSnippet(u"["_s, u"]"_s).contains(u"[Registration]"_s),
             qPrintable(hit.markedSnippet(u"["_s, u"]"_s)));
}

void TestChatStore::theFirstTurnRecordsTheLanguage()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    const auto request = [](const QString &text) { return ModelMessage::request({MessagePart::userPrompt(text)}); };
    const auto first = store.startTurn(id, request(u"Habari"_s), 60000, u"sw"_s);
    QVERIFY(first && first->claimed);
    QCOMPARE(store.chat(id)->language, u"sw"_s);
    QVERIFY(store.completeTurn(id, first->turn, ModelMessage::response({MessagePart::text(u"Salama"_s)}, {})));
    QVERIFY(store.startTurn(id, request(u"And in English?"_s), 60000, u"en"_s));
    QCOMPARE(store.chat(id)->language, u"sw"_s); // only the first turn's language is kept
}

void TestChatStore::requestCountsAndUnsentRatingsAreQueries()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"Swali"_s, u"Jibu"_s)));
    const int queued = store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Baadaye"_s)})).value();
    QVERIFY(store.queueTurn(id, queued, u"unreachable"_s, u"Offline"_s));
    const int failed = store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Tena"_s)})).value();
    QVERIFY(store.failTurn(id, failed, u"timeout"_s, u"Late"_s));
    const ChatStore::RequestCounts counts = store.requestCounts(id).value();
    QCOMPARE(counts.answered, 1);
    QCOMPARE(counts.waiting, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.sending, 0);
    QCOMPARE(store.requestCounts(u"nope"_s).error().code, Error::Code::NotFound);

    const QDateTime ratedAt = QDateTime::fromMSecsSinceEpoch(1780000000000, Qt::UTC);
    QVERIFY(store.rateMessage(id, 1, Rating{Rating::thumbsUp, u"Asante"_s, ratedAt, false}));
    QList<ChatStore::UnsentRating> unsent = store.unsentRatings(id).value();
    QCOMPARE(unsent.size(), 1);
    QCOMPARE(unsent.first().seq, 1);
    QCOMPARE(unsent.first().rating.comment, u"Asante"_s);
    QCOMPARE(unsent.first().rating.ratedAt, ratedAt);
    QVERIFY(store.markRatingSent(id, 1, ratedAt));
    QVERIFY(store.unsentRatings(id)->isEmpty());
}

void TestChatStore::searchFindsWhatToolsLookedUp()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, fixture(u"rag-tool-call.json"_s)));
    // "Tanzania" is only in a document the knowledge-base tool returned; "deadline" only in its arguments.
    for (const QString &word : {u"tanzania"_s, u"deadline"_s}) {
        const QList<SearchHit> hits = store.search(word).value();
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().inToolData, qPrintable(word + u": "_s + hits.first().snippet));
        QVERIFY2(hits.first().markedSnippet(u"["_s, u"]"_s).contains(u"["_s), qPrintable(hits.first().snippet));
    }
    // What stands between the words of a tool's JSON stays as written.
    QVERIFY2(store.search(u"tanzania"_s)
                 ->first()
                 .markedSnippet(u"["_s, u"]"_s)
                 .contains(u"\"title\":\"Shipping to [Tanzania]\"},{\"doc_id\":\"kb-0311\",\"score\":0.52"_s),
             qPrintable(store.search(u"tanzania"_s)->first().snippet));
    const QList<SearchHit> inAnswer = store.search(u"purchase"_s).value();
    QVERIFY(std::any_of(inAnswer.cbegin(), inAnswer.cend(), [](const SearchHit &hit) { return !hit.inToolData; }));
}

void TestChatStore::searchOfAVersion7DatabaseFindsToolData()
{
    QString id;
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        id = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(id, fixture(u"rag-tool-call.json"_s)));
    }
    {
        // Back to version 7: the index knew only the messages' words.
        RawConnection raw(m_path);
        for (const QString &statement : undoVersion9)
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        for (const QString &statement : {
                 u"DROP TRIGGER message_search_insert"_s,
                 u"DROP TRIGGER message_search_delete"_s,
                 u"DROP TRIGGER message_search_update"_s,
                 u"DROP TABLE message_search"_s,
                 u"ALTER TABLE chat_messages DROP COLUMN tool_text"_s,
                 u"CREATE VIRTUAL TABLE message_search USING fts5(text, content='chat_messages', content_rowid='id', "
                 "tokenize='unicode61 remove_diacritics 2')"_s,
                 u"CREATE TRIGGER message_search_insert AFTER INSERT ON chat_messages BEGIN "
                 "INSERT INTO message_search (rowid, text) VALUES (new.id, new.text); END"_s,
                 u"CREATE TRIGGER message_search_delete AFTER DELETE ON chat_messages BEGIN "
                 "INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text); END"_s,
                 u"CREATE TRIGGER message_search_update AFTER UPDATE OF text ON chat_messages BEGIN "
                 "INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text); "
                 "INSERT INTO message_search (rowid, text) VALUES (new.id, new.text); END"_s,
                 u"INSERT INTO message_search (message_search) VALUES ('rebuild')"_s,
                 u"PRAGMA user_version = 7"_s,
             }) {
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        }
    }
    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const QList<SearchHit> hits = store.search(u"tanzania"_s).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().sessionId, id);
    QVERIFY(hits.first().inToolData);
    QCOMPARE(store.search(u"refund"_s)->size(), 4); // the question, the tool call, its result and the answer
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Schema::currentVersion);
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestChatStore::searchFollowsDeletesAndMerges()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString kept = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(kept, turn(u"Leseni ya biashara"_s, u"Omba kwenye eCitizen"_s)));
    const QString deleted = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(deleted, turn(u"Leseni ya udereva"_s, u"Omba NTSA"_s)));
    QCOMPARE(store.search(u"leseni"_s)->size(), 2);
    QVERIFY(store.deleteChatSession(deleted));
    QCOMPARE(store.search(u"leseni"_s)->size(), 1);
    QVERIFY(store.search(u"udereva"_s)->isEmpty());

    // A merge that replaces an answer replaces what search finds.
    HistoryMerge merge;
    merge.replaceFromTurn = 0;
    const QList<ModelMessage> exchange = turn(u"Leseni ya biashara"_s, u"Tumia huduma ya Biashara Portal"_s);
    merge.tail << StoredMessage{0, 0, MessageStatus::Ok, {}, {}, exchange.at(0), {}, {}}
               << StoredMessage{0, 0, MessageStatus::Ok, {}, {}, exchange.at(1), {}, {}};
    QVERIFY(store.applyMerge(kept, merge));
    QVERIFY(store.search(u"eCitizen"_s)->isEmpty());
    QCOMPARE(store.search(u"portal"_s)->size(), 1);
    RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM message_search"_s).toInt(),
             raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt());
    QVERIFY(raw.exec(u"INSERT INTO message_search (message_search) VALUES ('integrity-check')"_s));
}

void TestChatStore::searchAndReviewFilters()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString govstack = store.createChatSession(u"amina"_s).value();
    QVERIFY(store.saveMessages(govstack, turn(u"Kibali cha ujenzi"_s, u"Kibali hutolewa na kaunti"_s)));
    QVERIFY(store.linkToServer(govstack, u"http://gov.example"_s, u"v2"_s));
    QVERIFY(RawConnection(m_path).exec(u"UPDATE chats SET language = 'sw' WHERE session_id = '%1'"_s.arg(govstack)));
    QVERIFY(store.rateMessage(govstack, 1, Rating{Rating::thumbsDown, {}, QDateTime::currentDateTimeUtc(), false}));
    QTest::qWait(2);
    const QString openai = store.createChatSession(u"baraka"_s, Backend::OpenAI).value();
    QVERIFY(store.saveMessages(openai, turn(u"Kibali cha biashara"_s, u"Kibali kutoka kaunti"_s)));
    QVERIFY(RawConnection(m_path).exec(u"UPDATE chats SET language = 'en' WHERE session_id = '%1'"_s.arg(openai)));
    QVERIFY(store.rateMessage(openai, 1, Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));

    const auto sessionsOf = [](const QList<SearchHit> &hits) {
        QSet<QString> ids;
        for (const SearchHit &hit : hits)
            ids.insert(hit.sessionId);
        return ids;
    };
    ReviewFilter filter;
    QCOMPARE(sessionsOf(store.search(u"kibali"_s, filter).value()).size(), 2);
    filter.backend = Backend::OpenAI;
    QCOMPARE(sessionsOf(store.search(u"kibali"_s, filter).value()), QSet<QString>{openai});
    filter = {};
    filter.userId = u"amina"_s;
    QCOMPARE(sessionsOf(store.search(u"kibali"_s, filter).value()), QSet<QString>{govstack});
    filter = {};
    filter.language = u"sw"_s;
    QCOMPARE(sessionsOf(store.search(u"kibali"_s, filter).value()), QSet<QString>{govstack});
    filter = {};
    filter.serverUrl = u"http://gov.example"_s;
    QCOMPARE(sessionsOf(store.search(u"kibali"_s, filter).value()), QSet<QString>{govstack});
    filter = {};
    filter.ratedOnly = true;
    const QList<SearchHit> rated = store.search(u"kibali"_s, filter).value();
    QCOMPARE(rated.size(), 2); // the two rated answers, not the questions
    for (const SearchHit &hit : rated)
        QCOMPARE(hit.sender, u"assistant"_s);
    filter = {};
    filter.to = QDate::currentDate().addDays(-1);
    QVERIFY(store.search(u"kibali"_s, filter)->isEmpty());
    filter.to = QDate();
    filter.from = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(store.search(u"kibali"_s, filter)->size(), 4);

    // The review table: the same filters, sorted by any column.
    const auto ids = [](const QList<SessionSummary> &sessions) {
        QStringList list;
        for (const SessionSummary &summary : sessions)
            list << summary.session.sessionId;
        return list;
    };
    const auto byUser = store.reviewSessions({}, ChatStore::ReviewColumn::UserId, Qt::AscendingOrder).value();
    QCOMPARE(ids(byUser), (QStringList{govstack, openai}));
    QCOMPARE(byUser.at(0).ratedUnhelpful, 1);
    QCOMPARE(byUser.at(1).ratedHelpful, 1);
    QCOMPARE(byUser.at(0).session.language, u"sw"_s);
    QCOMPARE(ids(store.reviewSessions({}, ChatStore::ReviewColumn::Rating, Qt::DescendingOrder).value()),
             (QStringList{openai, govstack}));
    QCOMPARE(ids(store.reviewSessions({}, ChatStore::ReviewColumn::LastActivity, Qt::DescendingOrder).value()),
             (QStringList{openai, govstack}));
    filter = {};
    filter.backend = Backend::GovStack;
    QCOMPARE(ids(store.reviewSessions(filter, ChatStore::ReviewColumn::Title, Qt::AscendingOrder).value()),
             QStringList{govstack});
}

void TestChatStore::failedWriteLeavesNothingHalfWritten()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"q"_s, u"a"_s)));
    const ChatSession before = store.chat(id).value();

    // The third message of the next save fails, after two rows went in.
    RawConnection raw(m_path);
    QVERIFY(raw.exec(u"CREATE TRIGGER fail_third BEFORE INSERT ON chat_messages WHEN NEW.seq = 4 "
                     "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
    QSignalSpy saved(&store, &ChatStore::messagesSaved);
    const QList<ModelMessage> batch = turn(u"q2"_s, u"a2"_s) + turn(u"q3"_s, u"a3"_s);
    const auto result = store.saveMessages(id, batch);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"disk on fire"), qPrintable(result.error().message));
    QCOMPARE(saved.size(), 0);

    QCOMPARE(raw.value(u"SELECT count(*) FROM chat_messages"_s).toInt(), 2);
    QCOMPARE(store.chat(id).value(), before);
    QCOMPARE(store.loadMessages(id)->size(), 2);

    // Nothing is left locked: the next save works.
    QVERIFY(raw.exec(u"DROP TRIGGER fail_third"_s));
    QVERIFY(store.saveMessages(id, batch));
    QCOMPARE(store.loadMessages(id)->size(), 6);
}

void TestChatStore::refusesNewerDatabaseUntouched()
{
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveMessages(store.createChatSession(u"u"_s).value(), turn(u"q"_s, u"a"_s)));
    }
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion + 1)));
    }
    const QByteArray before = checksum(m_path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NewerSchema);
    QVERIFY2(opened.error().message.contains(u"newer version"), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(u"version %1"_s.arg(Schema::currentVersion + 1)));
    QVERIFY(!store.isOpen());
    QCOMPARE(checksum(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestChatStore::refusesGarbageUntouched()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    file.write(garbage);
    file.close();
    const QByteArray before = checksum(m_path);

    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NotADatabase);
    QVERIFY2(opened.error().message.contains(u"not an SQLite database"), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(m_path));
    QCOMPARE(checksum(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"chats.sqlite"_s});

    // A JSON file given by mistake, shorter than a database header.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[]");
    file.close();
    QCOMPARE(store.open(m_path).error().code, Error::Code::NotADatabase);
    QCOMPARE(QFile(m_path).size(), 2);
}

void TestChatStore::refusesOtherProgramsDatabaseUntouched()
{
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s));
    }
    const QByteArray before = checksum(m_path);
    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NotADatabase);
    QVERIFY(opened.error().message.contains(u"another program"));
    QCOMPARE(checksum(m_path), before);
}

void TestChatStore::refusesDamagedDatabaseUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("schema page overwritten") << "schema";
    QTest::newRow("truncated") << "truncate";
    QTest::newRow("impossible page size") << "pagesize";
}

void TestChatStore::refusesDamagedDatabaseUntouched()
{
    QFETCH(QString, damage);
    {
        TestStore store;
        QVERIFY(store.open(m_path));
        const QString id = store.createChatSession(u"u"_s).value();
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.saveMessages(id, fixture(u"unicode-long.json"_s)));
    }
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == u"schema") {
        file.seek(100);
        file.write(QByteArray(400, '\xA5'));
    } else if (damage == u"truncate") {
        QVERIFY(file.resize(file.size() / 2));
    } else {
        file.seek(16);
        file.write("\x03\x00", 2);
    }
    file.close();
    const QByteArray before = checksum(m_path);

    TestStore store;
    const auto opened = store.open(m_path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().code == Error::Code::Corrupt || opened.error().code == Error::Code::NotADatabase,
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"damaged") || opened.error().message.contains(u"not an SQLite"),
             qPrintable(opened.error().message));
    QCOMPARE(checksum(m_path), before);
}

void TestChatStore::damagedRowIsReportedNotHidden()
{
    TestStore store;
    QVERIFY(store.open(m_path));
    const QString id = store.createChatSession(u"u"_s).value();
    QVERIFY(store.saveMessages(id, turn(u"q"_s, u"a"_s)));
    RawConnection raw(m_path);
    QVERIFY(raw.exec(u"UPDATE chat_messages SET json = '{\"kind\": \"request\", \"parts\": [' WHERE seq = 1"_s));

    const auto loaded = store.loadMessages(id);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::Corrupt);
    QVERIFY2(loaded.error().message.contains(u"Message 2 of chat session"), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"malformed JSON"));
}

void TestChatStore::twoStoresShareOneFile()
{
    TestStore first;
    TestStore second;
    QVERIFY(first.open(m_path));
    QVERIFY(second.open(m_path));
    const QString id = first.createChatSession(u"u"_s).value();
    QVERIFY(first.saveMessages(id, turn(u"from the window"_s, u"a"_s)));
    QCOMPARE(second.loadMessages(id)->size(), 2);

    // Interleaved writers: every message lands once, in order.
    for (int i = 0; i < 10; ++i) {
        QVERIFY(second.saveMessages(id, turn(u"cli %1"_s.arg(i), u"a"_s)));
        QVERIFY(first.saveMessages(id, turn(u"window %1"_s.arg(i), u"a"_s)));
    }
    const auto fromFirst = first.loadMessages(id);
    QCOMPARE(fromFirst->size(), 42);
    QCOMPARE(fromFirst->at(2).text(), u"cli 0"_s);
    QCOMPARE(fromFirst->at(4).text(), u"window 0"_s);
    QCOMPARE(toJson(*fromFirst), toJson(*second.loadMessages(id)));
    QCOMPARE(second.chat(id)->messageCount, 42);
}

void TestChatStore::reportsChangesFromOtherConnections()
{
    TestStore window;
    TestStore headless;
    QVERIFY(window.open(m_path));
    QVERIFY(headless.open(m_path));
    window.setExternalChangeInterval(10);
    QSignalSpy changed(&window, &ChatStore::externalChangeDetected);

    // The window's own writes are not news to it.
    QVERIFY(window.createChatSession(u"u"_s));
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);

    QVERIFY(headless.createChatSession(u"u"_s));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(window.sessionCount().value(), 2);

    window.setExternalChangeInterval(0);
    QVERIFY(headless.createChatSession(u"u"_s));
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestChatStore)
#include "tst_chatstore.moc"
