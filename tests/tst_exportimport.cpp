#include "exportjob.h"
#include "importfiles.h"
#include "jsoncompare.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "refusaltable.h"
#include "sessionexport.h"
#include "sessionimport.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

/// @p value without any `exported_at`, at any depth: what two exports of the same data share.
/// An export as a later export of its import must repeat it: the time it was made, and what it
/// left out (a message not yet answered is not part of the record, so its import cannot hold it), aside.
QJsonValue withoutExportTime(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutExportTime(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject original = value.toObject();
    for (auto it = original.begin(); it != original.end(); ++it) {
        // The integrity block's digest covers the export's time; its chain over the messages stays.
        if (it.key() != u"exported_at" && it.key() != u"left_out" && it.key() != u"digest")
            object.insert(it.key(), withoutExportTime(it.value()));
    }
    return object;
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

/// Setting up a test's data must work; when it does not, nothing after it means anything.
template<typename R>
void require(const R &result, const char *what)
{
    if (!result)
        qFatal("setting up the test failed: %s", what);
}

/// The bytes of a database at rest: the store closes (checkpointing its log) before they are read.
QByteArray checksumOf(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

} // namespace

/// Reviewers' files (issue 7): export to the contract's shapes and to Markdown,
/// import of every accepted shape, and refusal of bad files without a trace.
class TestExportImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportHasTheServerShapeAndTheFullHistory();
    void everyFixtureSurvivesExportImportExport_data();
    void everyFixtureSurvivesExportImportExport();
    void importsServerHistoriesAndBareHistories();
    void existingSessionsAreSkippedUnlessReplaced();
    void pydanticAiHistoriesComeBackByteIdentical_data();
    void pydanticAiHistoriesComeBackByteIdentical();
    void badFilesAreRefusedAndChangeNothing_data();
    void badFilesAreRefusedAndChangeNothing();
    void everyRefusedHistoryChangesNothing_data();
    void everyRefusedHistoryChangesNothing();
    void hugeFilesAreRefusedBeforeReading();
    void pipesAndDevicesAreRefusedAtOnce_data();
    void pipesAndDevicesAreRefusedAtOnce();
    void cancelledExportLeavesNoFile();
    void markdownReadsLikeTheConversation();
    void versionsSurviveExportImportExport();

private:
    /// Imports @p content from a file: refused, with @p message in the error, and the database as it was.
    void importIsRefusedAndChangesNothing(const QByteArray &content, const QString &message);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A session with two turns (the second a tool-using one), server ids, extras and a rating.
    QString makeRichSession(TestStore &store);
    QByteArray exportToFile(TestStore &store, const QStringList &ids, ExportJob::Shape shape, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestExportImport::cleanup()
{
    m_dir.reset();
}

QString TestExportImport::makeRichSession(TestStore &store)
{
    const QString id = store.createChatSession(u"reviewer-1"_s).value();
    require(store.saveMessages(id, fixture(u"rag-tool-call.json"_s)), "saving the fixture");
    ModelMessage answer =
        ModelMessage::response({MessagePart::text(u"Usajili wa biashara ni KES 950."_s)}, u"gpt-4o"_s);
    GovStackExtras extras;
    extras.sources << Source{u"BRS"_s, u"https://brs.ecitizen.go.ke"_s, u"Fees"_s};
    extras.confidence = 0.8;
    answer.setGovStackExtras(extras);
    // Asked in Kiswahili: the turn records the session's language as the app's sends do.
    const int turn =
        store.startTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Usajili ni bei gani?"_s)}), 60000, u"sw"_s)
            .value()
            .turn;
    require(store.completeTurn(id, turn, answer), "answering");
    require(store.linkToServer(id, u"http://gov.example"_s, u"v2"_s), "linking");
    HistoryMerge ids;
    ids.serverIds << std::pair{turn, u"srv-q"_s} << std::pair{turn + 1, u"srv-a"_s};
    require(store.applyMerge(id, ids), "server ids");
    require(store.rateMessage(
                id, turn + 1,
                Rating{Rating::thumbsUp, u"Sahihi"_s, QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC), true}),
            "rating");
    // A message still waiting for the server is not part of the record.
    require(
        store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Not sent yet"_s)}), MessageStatus::Queued),
        "queued");
    return id;
}

QByteArray TestExportImport::exportToFile(TestStore &store, const QStringList &ids, ExportJob::Shape shape,
                                          const QString &name)
{
    ExportJob job(&store, ids, ExportJob::Format::Json, shape);
    if (!job.writeToFile(path(name)) || !job.runToEnd())
        return {};
    return readAll(path(name));
}

void TestExportImport::exportHasTheServerShapeAndTheFullHistory()
{
    TestStore store;
    QVERIFY(store.open(path(u"chats.sqlite"_s)));
    const QString id = makeRichSession(store);
    const QJsonObject exported = parseObject(exportToFile(store, {id}, ExportJob::Shape::Single, u"one.json"_s));

    for (const QString &key : {u"session_id"_s, u"messages"_s, u"user_id"_s, u"created_at"_s, u"updated_at"_s,
                               u"message_count"_s, u"num_messages"_s, u"pydantic_ai_messages"_s, u"exported_at"_s,
                               u"app_version"_s, u"title"_s, u"backend"_s, u"server"_s, u"language"_s, u"ratings"_s})
        QVERIFY2(exported.contains(key), qPrintable(key));
    QCOMPARE(exported[u"session_id"].toString(), id);
    QCOMPARE(exported[u"user_id"].toString(), u"reviewer-1"_s);
    QCOMPARE(exported[u"server"][u"url"].toString(), u"http://gov.example"_s);
    QCOMPARE(exported[u"backend"].toString(), u"govstack"_s);
    QCOMPARE(exported[u"app_version"].toString(), QStringLiteral(GOVSTACK_VERSION));

    const QJsonArray messages = exported[u"messages"].toArray();
    QCOMPARE(messages.size(), 4); // two turns, each a user entry and an answer; the queued one is left out
    QCOMPARE(exported[u"num_messages"].toInt(), 4);
    QCOMPARE(exported[u"message_count"].toInt(), 4);
    for (const QJsonValue &entry : messages) {
        for (const QString &key : {u"message_id"_s, u"message_type"_s, u"content"_s, u"timestamp"_s, u"metadata"_s})
            QVERIFY2(entry.toObject().contains(key), qPrintable(key));
        QVERIFY(entry[u"content"][u"content"].isString());
        QVERIFY(QDateTime::fromString(entry[u"timestamp"].toString(), Qt::ISODateWithMs).isValid());
    }
    QCOMPARE(messages.at(0)[u"message_type"].toString(), u"user"_s);
    QCOMPARE(messages.at(1)[u"message_type"].toString(), u"assistant"_s);
    // The answer's entry carries the turn's agent trace, as a v2 server's does.
    QCOMPARE(messages.at(1)[u"metadata"].toArray().size(), 3);
    QCOMPARE(messages.at(2)[u"message_id"].toString(), u"srv-q"_s);
    QCOMPARE(messages.at(3)[u"message_id"].toString(), u"srv-a"_s);
    QCOMPARE(messages.at(3)[u"content"][u"sources"].toArray().size(), 1);
    QCOMPARE(messages.at(3)[u"content"][u"confidence"].toDouble(), 0.8);
    QCOMPARE(exported[u"ratings"].toArray().at(0)[u"message_id"].toString(), u"srv-a"_s);
    QCOMPARE(exported[u"ratings"].toArray().at(0)[u"rating"].toInt(), 5);

    // The history validates as PydanticAI's, and is the fixture's plus the second turn.
    const QJsonArray history = exported[u"pydantic_ai_messages"].toArray();
    QVERIFY(PydanticAiCodec::decodeHistory(history));
    QCOMPARE(history.size(), 6);
    const QJsonArray original = PydanticAiCodec::toJsonArray(fixture(u"rag-tool-call.json"_s));
    for (qsizetype i = 0; i < original.size(); ++i)
        QCOMPARE(firstJsonDifference(original.at(i), history.at(i)), QString());
}

void TestExportImport::everyFixtureSurvivesExportImportExport_data()
{
    QTest::addColumn<QString>("name");
    const QDir fixtures(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai"));
    for (const QString &name : fixtures.entryList({u"*.json"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << name;
}

void TestExportImport::everyFixtureSurvivesExportImportExport()
{
    QFETCH(QString, name);
    QByteArray first;
    QStringList ids;
    {
        TestStore store;
        QVERIFY(store.open(path(u"a.sqlite"_s)));
        ids << makeRichSession(store);
        const QString plain = store.createChatSession(u"u"_s, Backend::OpenAI).value();
        QVERIFY(store.saveMessages(plain, fixture(name)));
        ids << plain;
        first = exportToFile(store, ids, ExportJob::Shape::Collection, u"first.json"_s);
    }
    QVERIFY(!first.isEmpty());
    const QJsonObject wrapper = parseObject(first);
    QCOMPARE(wrapper[u"format"].toString(), u"govstack-desktop-export"_s);
    QCOMPARE(wrapper[u"version"].toInt(), 1);
    QCOMPARE(wrapper[u"sessions"].toArray().size(), 2);
    // The fixture's history comes out exactly as it went in.
    QCOMPARE(firstJsonDifference(
                 QJsonDocument::fromJson(readAll(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name)).array(),
                 wrapper[u"sessions"][1][u"pydantic_ai_messages"]),
             QString());

    TestStore fresh;
    QVERIFY(fresh.open(path(u"b.sqlite"_s)));
    const auto read = SessionImport::readFile(path(u"first.json"_s));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    const auto outcome = fresh.importSessions(*read, false);
    QVERIFY(outcome);
    QCOMPARE(outcome->imported, ids);
    const QByteArray second = exportToFile(fresh, ids, ExportJob::Shape::Collection, u"second.json"_s);
    // The message still waiting was left out, and the export said so.
    QCOMPARE(wrapper[u"sessions"][0][u"left_out"][u"count"].toInt(), 1);
    QCOMPARE(wrapper[u"sessions"][0][u"left_out"][u"messages"][0][u"status"].toString(), u"queued"_s);
    QCOMPARE(parseObject(second)[u"sessions"][0][u"left_out"][u"count"].toInt(), 0);
    QCOMPARE(firstJsonDifference(withoutExportTime(wrapper), withoutExportTime(parseObject(second))), QString());
    // And the imported sessions carry on like any other: ratings and server ids included.
    const QList<StoredMessage> stored = fresh.loadStoredMessages(ids.first()).value();
    QCOMPARE(stored.last().serverId, u"srv-a"_s);
    QCOMPARE(stored.last().rating->comment, u"Sahihi"_s);
    QCOMPARE(fresh.search(u"usajili"_s)->size(), 2);
}

void TestExportImport::importsServerHistoriesAndBareHistories()
{
    // A history as `GET /v2/chat/{id}` answers it, PII-redacted, with a v2 trace on the answer.
    const QJsonArray trace = PydanticAiCodec::toJsonArray(fixture(u"rag-tool-call.json"_s));
    const QJsonObject server{
        {u"session_id"_s, u"srv-session-9"_s},
        {u"user_id"_s, u"web-user"_s},
        {u"created_at"_s, u"2025-11-07T10:30:05.117842+00:00"_s},
        {u"updated_at"_s, u"2025-11-07T10:31:40.220931+00:00"_s},
        {u"message_count"_s, 2},
        {u"num_messages"_s, 2},
        {u"messages"_s,
         QJsonArray{
             QJsonObject{{u"message_id"_s, u"m1"_s},
                         {u"message_type"_s, u"user"_s},
                         {u"content"_s, QJsonObject{{u"query"_s, u"Call <PHONE_NUMBER_REDACTED> about refunds"_s}}},
                         {u"timestamp"_s, u"2025-11-07T10:30:14Z"_s},
                         {u"metadata"_s, QJsonValue()}},
             QJsonObject{{u"message_id"_s, u"m2"_s},
                         {u"message_type"_s, u"assistant"_s},
                         {u"content"_s, QJsonObject{{u"answer"_s, u"Within 14 days."_s}, {u"confidence"_s, 0.7}}},
                         {u"timestamp"_s, u"2025-11-07T10:30:14.918457+00:00"_s},
                         {u"metadata"_s, trace}}}},
    };
    QFile file(path(u"server.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(server).toJson());
    file.close();
    QFile bare(path(u"bare.json"_s));
    QVERIFY(bare.open(QIODevice::WriteOnly));
    bare.write(readAll(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/multi-turn.json")));
    bare.close();

    TestStore store;
    QVERIFY(store.open(path(u"chats.sqlite"_s)));
    const auto fromServer = SessionImport::readFile(path(u"server.json"_s));
    QVERIFY2(fromServer, qPrintable(fromServer ? QString() : fromServer.error().message));
    const auto fromBare = SessionImport::readFile(path(u"bare.json"_s));
    QVERIFY2(fromBare, qPrintable(fromBare ? QString() : fromBare.error().message));
    QVERIFY(store.importSessions(*fromServer + *fromBare, false));

    const ChatSession session = store.chat(u"srv-session-9"_s).value();
    QCOMPARE(session.userId, u"web-user"_s);
    // Kept to the millisecond, as every session time.
    QCOMPARE(session.createdAt, QDateTime::fromString(u"2025-11-07T10:30:05.118Z"_s, Qt::ISODateWithMs));
    const QList<StoredMessage> stored = store.loadStoredMessages(u"srv-session-9"_s).value();
    // The question, then the trace the server kept: tool call, tool return, answer.
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(0).message.text(), u"Call <PHONE_NUMBER_REDACTED> about refunds"_s);
    QCOMPARE(stored.at(0).serverId, u"m1"_s);
    QVERIFY(stored.at(1).message.parts().at(0).isToolCall());
    QCOMPARE(stored.at(3).serverId, u"m2"_s);
    QCOMPARE(*stored.at(3).message.govStackExtras()->confidence, 0.7);

    const QString bareId = fromBare->constFirst().session.sessionId;
    QCOMPARE(store.loadMessages(bareId)->size(), fixture(u"multi-turn.json"_s).size());
    QVERIFY(!store.chat(bareId)->title.isEmpty());
}

void TestExportImport::existingSessionsAreSkippedUnlessReplaced()
{
    TestStore store;
    QVERIFY(store.open(path(u"chats.sqlite"_s)));
    const QString id = makeRichSession(store);
    QVERIFY(!exportToFile(store, {id}, ExportJob::Shape::Single, u"one.json"_s).isEmpty());
    QVERIFY(store.renameSession(id, u"Renamed since"_s));

    const auto read = SessionImport::readFile(path(u"one.json"_s)).value();
    const auto skipped = store.importSessions(read, false).value();
    QCOMPARE(skipped.skipped, QStringList{id});
    QCOMPARE(store.chat(id)->title, u"Renamed since"_s);
    const auto replaced = store.importSessions(read, true).value();
    QCOMPARE(replaced.imported, QStringList{id});
    QVERIFY(store.chat(id)->title != u"Renamed since"_s);
    QCOMPARE(store.sessionCount().value(), 1);
}

void TestExportImport::pydanticAiHistoriesComeBackByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/v2.33")).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), 12);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestExportImport::pydanticAiHistoriesComeBackByteIdentical()
{
    QFETCH(QString, name);
    // Written by PydanticAI v2.33 (ModelMessagesTypeAdapter.dump_json): compact, its own key order and numbers.
    const QByteArray original = readAll(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/v2.33/") + name);
    QByteArray exported;
    for (const QString &round : {u"first"_s, u"second"_s}) {
        const QByteArray file = exported.isEmpty() ? original : exported;
        const auto read = SessionImport::parse(file, name);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        TestStore store;
        QVERIFY(store.open(path(round + u".sqlite"_s)));
        QVERIFY(store.importSessions(*read, false));
        const QString id = read->constFirst().session.sessionId;
        exported = exportToFile(store, {id}, ExportJob::Shape::Single, round + u".json"_s);
        // Import → store → export gives back every byte of the history.
        QVERIFY2(exported.startsWith(QByteArray("{\"pydantic_ai_messages\":" + original + ',')), qPrintable(round));
    }
    // So does the server-shaped copy: each answer's `metadata` holds its turn's messages as they came.
    const QList<QByteArray> messages =
        JsonText::arrayElements(JsonText::objectMembers(exported)->value(u"messages"_s)).value();
    for (const QByteArray &entry : messages) {
        const QByteArray metadata = JsonText::objectMembers(entry)->value(u"metadata"_s);
        for (const QByteArray &message : JsonText::arrayElements(metadata).valueOr({}))
            QVERIFY2(original.contains(message), message.left(200).constData());
    }
}

void TestExportImport::badFilesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = [] {
        QTemporaryDir dir;
        TestStore store;
        require(store.open(dir.filePath(u"x.sqlite"_s)), "opening");
        const QString id = store.createChatSession(u"u"_s).value();
        (void)store.saveMessages(id, fixture(u"simple-qa.json"_s));
        ExportJob job(&store, {id}, ExportJob::Format::Json, ExportJob::Shape::Collection);
        require(job.writeToFile(dir.filePath(u"x.json"_s)), "writing");
        (void)job.runToEnd();
        return readAll(dir.filePath(u"x.json"_s));
    }();
    // Files edited by hand, without their integrity block (which would refuse them first): what
    // is tested here is what the reader finds.
    const auto unsealed = [&good] {
        QJsonObject wrapper = QJsonDocument::fromJson(good).object();
        wrapper.remove(u"integrity"_s);
        return wrapper;
    };
    const auto edited = [&unsealed](const auto &change) {
        QJsonObject wrapper = unsealed();
        QJsonArray sessions = wrapper[u"sessions"].toArray();
        QJsonObject session = sessions.at(0).toObject();
        change(session);
        sessions[0] = session;
        wrapper[u"sessions"] = sessions;
        return QJsonDocument(wrapper).toJson();
    };
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << "malformed JSON at line 1, column 1";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "malformed JSON at line";
    QByteArray duplicated = good;
    duplicated.replace("\"title\":", "\"title\":\"twice\",\"title\":");
    QTest::newRow("duplicate key") << duplicated << "duplicate key \"title\"";
    QByteArray surrogate = good;
    surrogate.replace("\"title\":\"", "\"title\":\"\\ud800");
    QTest::newRow("lone surrogate") << surrogate << "a lone surrogate \\ud800";
    QTest::newRow("wrong type") << edited([](QJsonObject &s) { s[u"title"_s] = 5; }) << "sessions[0].title";
    QTest::newRow("unknown part kind") << edited([](QJsonObject &s) {
        QJsonArray history = s[u"pydantic_ai_messages"].toArray();
        QJsonObject message = history.at(0).toObject();
        QJsonArray parts = message[u"parts"].toArray();
        QJsonObject part = parts.at(0).toObject();
        part[u"part_kind"_s] = u"user-message"_s;
        parts[0] = part;
        message[u"parts"_s] = parts;
        history[0] = message;
        s[u"pydantic_ai_messages"_s] = history;
    }) << "sessions[0].pydantic_ai_messages[0].parts[0]";
    QTest::newRow("rating of nothing") << edited([](QJsonObject &s) {
        s[u"ratings"_s] = QJsonArray{
            QJsonObject{{u"message_id"_s, u"nope"_s}, {u"rating"_s, 5}, {u"rated_at"_s, u"2026-01-01T00:00:00Z"_s}}};
    }) << "sessions[0].ratings[0].message_id";
    QTest::newRow("bad time") << edited([](QJsonObject &s) { s[u"created_at"_s] = u"yesterday"_s; })
                              << "sessions[0].created_at";
    QTest::newRow("newer export") << QByteArray(
                                         R"({"format": "govstack-desktop-export", "version": 9, "sessions": []})")
                                  << "newer GovStack Desktop";
    QTest::newRow("other json") << QByteArray(R"({"hello": "world"})") << "not a GovStack Desktop export";
    QJsonObject two = unsealed();
    QJsonArray both = two[u"sessions"].toArray();
    QJsonObject broken = both.at(0).toObject();
    broken[u"session_id"_s] = u"second-of-two"_s;
    broken[u"title"_s] = 5;
    both.append(broken);
    two[u"sessions"] = both;
    // Found only when the second session is read, after the first is written: the import takes it back.
    QTest::newRow("second session wrong") << QJsonDocument(two).toJson() << "sessions[1].title";
    QJsonObject twice = unsealed();
    QJsonArray sessions = twice[u"sessions"].toArray();
    sessions.append(sessions.at(0));
    twice[u"sessions"] = sessions;
    QTest::newRow("same session twice") << QJsonDocument(twice).toJson() << "in the file twice";
}

void TestExportImport::badFilesAreRefusedAndChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    importIsRefusedAndChangesNothing(content, message);
}

void TestExportImport::everyRefusedHistoryChangesNothing_data()
{
    RefusalTable::addRows();
}

void TestExportImport::everyRefusedHistoryChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    // A refusal found in a message names the same place and reason as the codec's.
    importIsRefusedAndChangesNothing(
        json, expectedError.startsWith(u"messages") ? expectedError.section(u": "_s, 1) : QString());
}

void TestExportImport::importIsRefusedAndChangesNothing(const QByteArray &content, const QString &message)
{
    const QString database = path(u"chats.sqlite"_s);
    {
        TestStore store;
        QVERIFY(store.open(database));
        makeRichSession(store);
    }
    const QByteArray before = checksumOf(database);
    QFile file(path(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const auto read = SessionImport::readFile(path(u"bad.json"_s));
    QVERIFY(!read);
    QVERIFY2(read.error().message.startsWith(path(u"bad.json"_s) + u": "_s), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    {
        // Imported as the window and the CLI import, a session at a time.
        TestStore store;
        QVERIFY(store.open(database));
        auto files = ImportFiles::open({path(u"bad.json"_s)});
        const auto imported =
            files ? store.importSessions(files.value(), false) : Result<ChatStore::ImportOutcome>(files.error());
        QVERIFY(!imported);
        QCOMPARE(imported.error().message, read.error().message);
        QCOMPARE(store.sessionCount().value(), 1);
    }
    QCOMPARE(checksumOf(database), before);
}

void TestExportImport::hugeFilesAreRefusedBeforeReading()
{
    QFile huge(path(u"huge.json"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(2LL * 1024 * 1024 * 1024)); // sparse: 2 GB on paper, nothing on disk
    huge.close();
    const auto read = SessionImport::readFile(path(u"huge.json"_s));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(u"huge.json: the file is 2048 MB"_s), qPrintable(read.error().message));
    QVERIFY(SessionImport::readFile(path(u"missing.json"_s)).error().message.contains(u"no such file"_s));
}

void TestExportImport::pipesAndDevicesAreRefusedAtOnce_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fifo") << u"fifo"_s;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s;
    QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
}

void TestExportImport::pipesAndDevicesAreRefusedAtOnce()
{
    QFETCH(QString, file);
    if (file == u"fifo") {
        // Nobody ever writes to it: opening it would wait for ever, reading it never ends.
        file = path(u"export.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    }
    QElapsedTimer clock;
    clock.start();
    const auto read = SessionImport::readFile(file);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!read);
    QVERIFY2(read.error().message.startsWith(file + u": not a regular file"_s), qPrintable(read.error().message));
}

void TestExportImport::cancelledExportLeavesNoFile()
{
    TestStore store;
    QVERIFY(store.open(path(u"chats.sqlite"_s)));
    QStringList ids;
    for (int i = 0; i < 300; ++i) {
        ids << store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(ids.last(), fixture(u"multi-turn.json"_s)));
    }
    QFile existing(path(u"all.json"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("an earlier export");
    existing.close();

    ExportJob job(&store, ids, ExportJob::Format::Json, ExportJob::Shape::Collection);
    QVERIFY(job.writeToFile(path(u"all.json"_s)));
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    QSignalSpy finished(&job, &ExportJob::finished);
    connect(&job, &ExportJob::progressChanged, &job, [&job](int done) {
        if (done == 10)
            job.cancel();
    });
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(job.error());
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(readAll(path(u"all.json"_s)), QByteArray("an earlier export")); // untouched, no partial file
    QCOMPARE(QDir(m_dir->path()).entryList({u"all.json*"_s}, QDir::Files | QDir::Hidden).size(), 1);

    // Uncancelled, it reports each session and writes them all, between turns of the event loop.
    ExportJob full(&store, ids, ExportJob::Format::Json, ExportJob::Shape::Collection);
    QVERIFY(full.writeToFile(path(u"all.json"_s)));
    QSignalSpy fullProgress(&full, &ExportJob::progressChanged);
    QSignalSpy fullFinished(&full, &ExportJob::finished);
    full.start();
    QTRY_COMPARE(fullFinished.size(), 1);
    QVERIFY(!full.error());
    QCOMPARE(fullProgress.size(), 300);
    QCOMPARE(parseObject(readAll(path(u"all.json"_s)))[u"sessions"].toArray().size(), 300);
}

void TestExportImport::markdownReadsLikeTheConversation()
{
    TestStore store;
    QVERIFY(store.open(path(u"chats.sqlite"_s)));
    const QString id = makeRichSession(store);
    const QString markdown = SessionExport::toMarkdown(store.chat(id).value(), store.loadStoredMessages(id).value());
    QVERIFY(markdown.startsWith(u"# How long do I have to ask for a refund?"_s));
    for (const QString &expected :
         {QString(u"Session: "_s + id), u"Server: http://gov.example (v2)"_s, u"**You**"_s, u"**Assistant**"_s,
          u"Tool call `search_knowledge_base`:"_s, u"```\n{\"query\": \"refund deadline\""_s,
          u"- [BRS](https://brs.ecitizen.go.ke)"_s, u"Rated helpful: “Sahihi”"_s})
        QVERIFY2(markdown.contains(expected), qPrintable(expected));
    QVERIFY(!markdown.contains(u"Not sent yet"_s));
}

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"

void TestExportImport::versionsSurviveExportImportExport()
{
    const auto exchange = [](const QString &question, const QString &answer) {
        return QList<ModelMessage>{ModelMessage::request({MessagePart::userPrompt(question)}),
                                   ModelMessage::response({MessagePart::text(answer)}, {})};
    };
    const auto textsOf = [](const QJsonArray &messages) {
        QStringList texts;
        for (const QJsonValue &message : messages)
            texts << message[u"parts"][0][u"content"].toString();
        return texts;
    };
    QString id;
    QString edited;
    QString regenerated;
    QByteArray first;
    QString markdown;
    {
        TestStore store;
        QVERIFY(store.open(path(u"a.sqlite"_s)));
        id = store.createChatSession(u"u"_s).value();
        QVERIFY(store.saveMessages(id, exchange(u"Q1"_s, u"A1"_s) + exchange(u"Q2"_s, u"A2"_s)));
        edited = store.startVersion(id, 2, VersionKind::Edit)->sessionId;
        QVERIFY(store.saveMessages(edited, exchange(u"Q2 edited"_s, u"E2"_s) + exchange(u"Q3"_s, u"E3"_s)));
        const StartedVersion again = store.startVersion(edited, 3, VersionKind::Regenerate).value();
        regenerated = again.sessionId;
        QVERIFY(store.completeTurn(regenerated, again.queuedTurn.value(),
                                   ModelMessage::response({MessagePart::text(u"R3"_s)}, {})));
        QVERIFY(store.showVersion(edited));
        first = exportToFile(store, {id}, ExportJob::Shape::Single, u"first.json"_s);
        ExportJob job(&store, {id}, ExportJob::Format::Markdown, ExportJob::Shape::Single);
        QVERIFY(job.writeToFile(path(u"first.md"_s)) && job.runToEnd());
        markdown = QString::fromUtf8(readAll(path(u"first.md"_s)));
    }
    const QJsonObject exported = parseObject(first);
    // What PydanticAI loads is the version shown; every version is in `versions`, each with its own messages.
    QCOMPARE(textsOf(exported[u"pydantic_ai_messages"].toArray()),
             QStringList({u"Q1"_s, u"A1"_s, u"Q2 edited"_s, u"E2"_s, u"Q3"_s, u"E3"_s}));
    QCOMPARE(exported[u"session_id"].toString(), id);
    const QJsonArray versions = exported[u"versions"][u"list"].toArray();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(exported[u"versions"][u"shown"].toString(), edited);
    QCOMPARE(textsOf(versions.at(0)[u"pydantic_ai_messages"].toArray()).size(), 4);
    QCOMPARE(versions.at(1)[u"branch_of"].toString(), id);
    QCOMPARE(versions.at(1)[u"branch_message"].toInt(), 2);
    QCOMPARE(versions.at(1)[u"kind"].toString(), u"edit"_s);
    QCOMPARE(textsOf(versions.at(2)[u"pydantic_ai_messages"].toArray()), QStringList({u"Q3"_s, u"R3"_s}));
    QCOMPARE(versions.at(2)[u"branch_of"].toString(), edited);
    QCOMPARE(versions.at(2)[u"branch_message"].toInt(), 4);
    QCOMPARE(versions.at(2)[u"kind"].toString(), u"regenerate"_s);
    QVERIFY2(markdown.contains(u"version shown of this conversation; 2 other version"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"Q2 edited"_s) && !markdown.contains(u"R3"_s));

    TestStore fresh;
    QVERIFY(fresh.open(path(u"b.sqlite"_s)));
    const auto read = SessionImport::readFile(path(u"first.json"_s));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QVERIFY(fresh.importSessions(*read, false));
    QCOMPARE(fresh.sessionCount().value(), 1);
    QCOMPARE(fresh.shownVersion(id).value(), edited);
    QCOMPARE(fresh.versions(id)->count(), 3);
    QCOMPARE(fresh.loadStoredMessages(regenerated)->constLast().message.text(), u"R3"_s);
    QCOMPARE(fresh.loadStoredMessages(id)->size(), 4);
    const QByteArray second = exportToFile(fresh, {id}, ExportJob::Shape::Single, u"second.json"_s);
    QCOMPARE(firstJsonDifference(withoutExportTime(exported), withoutExportTime(parseObject(second))), QString());
    // Imported again with replace, the conversation and its versions are replaced, not doubled.
    QVERIFY(fresh.importSessions(*read, true));
    QCOMPARE(fresh.versions(id)->count(), 3);
}
