// Store throughput against plain SQLite: 100,000 messages in 1,000 sessions,
// one turn (request + response) per saveMessages call, as a chat writes them;
// then turns as the controller writes them (the request claimed before it is
// sent, the answer stored with the claim released), against the same two
// transactions in raw SQLite, and without the claim: what a claim costs.

#include "benchreport.h"
#include "pydanticaicodec.h"
#include "teststore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int sessionCount = 1000;
constexpr int turnCount = 50000; // 100,000 messages
constexpr int bigSessionEvery = 10; // every 10th turn goes to the 10,000-message session

QList<ModelMessage> makeTurn(int index)
{
    const QString question = u"Turn %1: what documents do I need to register a business name in Nairobi, and how long "
                             "does the eCitizen process take?"_s.arg(index);
    QString answer = u"To register a business name you need a copy of your national ID, a KRA PIN and a search "
                     "for the name on the eCitizen BRS portal. "_s;
    answer = answer.repeated(5) + u"[BRS](https://brs.ecitizen.go.ke) turn %1."_s.arg(index);
    ModelMessage response = ModelMessage::response({MessagePart::text(answer)}, u"govstack-agent"_s);
    RequestUsage usage;
    usage.inputTokens = 891;
    usage.outputTokens = 433;
    response.setUsage(usage);
    response.setFinishReason(u"stop"_s);
    return {ModelMessage::request({MessagePart::userPrompt(question)}), response};
}

int sessionOfTurn(int turn)
{
    if (turn % bigSessionEvery == 0)
        return 0;
    return 1 + (turn - turn / bigSessionEvery - 1) % (sessionCount - 1);
}

template<typename Function>
double medianMs(int runs, Function &&function)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        function();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QStringList createSessions(TestStore &store)
{
    QStringList ids;
    for (int i = 0; i < sessionCount; ++i)
        ids << store.createChatSession(u"bench-user"_s).value();
    return ids;
}

/// Nanoseconds @p write takes.
template<typename Write>
qint64 timed(Write &&write)
{
    QElapsedTimer timer;
    timer.start();
    write();
    return timer.nsecsElapsed();
}

/// The store's file through the sqlite3 C API, set up as the store sets up its connection.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_db(open(path))
    { }
    ~RawDatabase()
    {
        for (sqlite3_stmt *statement : std::as_const(m_statements))
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            Bench::die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        m_statements << statement;
        return statement;
    }
    void run(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            Bench::die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    void step(sqlite3_stmt *statement)
    {
        const int result = sqlite3_step(statement);
        if (result != SQLITE_DONE && result != SQLITE_ROW)
            Bench::die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    /// The row id and message count of a session.
    std::pair<sqlite3_int64, int> findChat(const QByteArray &sessionId)
    {
        sqlite3_bind_text(m_find, 1, sessionId.constData(), int(sessionId.size()), SQLITE_STATIC);
        step(m_find);
        const std::pair found{sqlite3_column_int64(m_find, 0), sqlite3_column_int(m_find, 1)};
        sqlite3_reset(m_find);
        return found;
    }

private:
    static sqlite3 *open(const QString &path)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            Bench::die(u"raw open failed"_s);
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", nullptr,
                     nullptr, nullptr);
        return db;
    }

    sqlite3 *m_db;
    QList<sqlite3_stmt *> m_statements;
    sqlite3_stmt *m_find = prepare("SELECT id, message_count FROM chats WHERE session_id = ?");
};

/// A message as raw SQLite gets it: encoded before the clock starts, for free.
struct RawMessage {
    QByteArray json;
    QByteArray text;
    bool request = true;
};

QList<RawMessage> rawTurn(int turn)
{
    QList<RawMessage> raw;
    for (const ModelMessage &message : makeTurn(turn))
        raw << RawMessage{PydanticAiCodec::encodeMessage(message), message.text().toUtf8(), message.isRequest()};
    return raw;
}

/// Inserts messages as the store does, with the sqlite3 C API, on the schema the store created.
class RawInserter
{
public:
    explicit RawInserter(const QString &path)
        : m_db(path)
    { }

    /// One turn in one transaction, as saveMessages() writes it; nanoseconds.
    qint64 writeTurn(const QByteArray &sessionId, const QList<RawMessage> &messages)
    {
        return timed([&] {
            m_db.run("BEGIN IMMEDIATE");
            const auto [chatId, count] = m_db.findChat(sessionId);
            for (int i = 0; i < int(messages.size()); ++i)
                insert(chatId, count + i, count + i, messages.at(i), "ok");
            updateChat(chatId, count + int(messages.size()), messages.constLast().text, messages.constFirst().text);
            m_db.run("COMMIT");
        });
    }

    /// A turn as the controller writes it: the request, then its answer, one transaction each; nanoseconds.
    qint64 writeTurnInTwoSteps(const QByteArray &sessionId, const QList<RawMessage> &messages)
    {
        return timed([&] {
            for (int step = 0; step < 2; ++step) {
                m_db.run("BEGIN IMMEDIATE");
                const auto [chatId, count] = m_db.findChat(sessionId);
                if (step == 1) {
                    sqlite3_bind_int64(m_markOk, 1, chatId);
                    sqlite3_bind_int(m_markOk, 2, count - 1);
                    m_db.step(m_markOk);
                    sqlite3_reset(m_markOk);
                }
                insert(chatId, count, step == 0 ? count : count - 1, messages.at(step), step == 0 ? "pending" : "ok");
                updateChat(chatId, count + 1, messages.at(step).text, messages.constFirst().text);
                m_db.run("COMMIT");
            }
        });
    }

private:
    void insert(sqlite3_int64 chatId, int seq, int turn, const RawMessage &message, const char *status)
    {
        sqlite3_bind_int64(m_insert, 1, chatId);
        sqlite3_bind_int(m_insert, 2, seq);
        sqlite3_bind_int(m_insert, 3, turn);
        sqlite3_bind_text(m_insert, 4, status, -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, message.request ? "request" : "response", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 6, message.request ? "user" : "assistant", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 7, message.text.constData(), int(message.text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 8, Timestamp::now().toEpochMicroseconds());
        if (message.request)
            sqlite3_bind_null(m_insert, 9);
        else
            sqlite3_bind_text(m_insert, 9, "govstack-agent", -1, SQLITE_STATIC);
        sqlite3_bind_null(m_insert, 10);
        sqlite3_bind_text(m_insert, 11, message.json.constData(), int(message.json.size()), SQLITE_STATIC);
        m_db.step(m_insert);
        sqlite3_reset(m_insert);
    }
    void updateChat(sqlite3_int64 chatId, int count, const QByteArray &preview, const QByteArray &title)
    {
        sqlite3_bind_int(m_update, 1, count);
        sqlite3_bind_int64(m_update, 2, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_text(m_update, 3, preview.left(160).constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_update, 4, title.left(60).constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_update, 5, chatId);
        m_db.step(m_update);
        sqlite3_reset(m_update);
    }

    RawDatabase m_db;
    sqlite3_stmt *m_insert = m_db.prepare(
        "INSERT INTO chat_messages (chat_id, seq, turn, status, kind, role, text, timestamp, model_name, extras, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *m_update = m_db.prepare("UPDATE chats SET message_count = ?, updated_at = ?, preview = ?, title = "
                                          "CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?");
    sqlite3_stmt *m_markOk = m_db.prepare("UPDATE chat_messages SET status = 'ok' WHERE chat_id = ? AND seq = ?");
};

/// A store on a fresh file with its sessions, and the same schema and sessions for raw SQLite beside it.
struct BenchFiles {
    BenchFiles(const QTemporaryDir &dir, const QString &name)
        : storePath(dir.filePath(name + u".sqlite"_s))
        , rawPath(dir.filePath(name + u"-raw.sqlite"_s))
    {
        if (auto opened = store.open(storePath); !opened)
            Bench::die(opened.error().message);
        ids = createSessions(store);
        TestStore schemaOnly;
        if (auto opened = schemaOnly.open(rawPath); !opened)
            Bench::die(opened.error().message);
        for (const QString &id : createSessions(schemaOnly))
            rawIds << id.toUtf8();
    }

    QString storePath;
    QString rawPath;
    TestStore store;
    QStringList ids;
    QList<QByteArray> rawIds;
};

/// 100,000 messages, one turn per saveMessages() call, each turn written by the store and then
/// by raw SQLite, so both meet the same disk (fsync times drift over a run).
void benchInserts(BenchFiles &files)
{
    RawInserter raw(files.rawPath);
    qint64 storeNs = 0;
    qint64 rawNs = 0;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    int bigTurns = 0;
    for (int turn = 0; turn < turnCount; ++turn) {
        const QList<ModelMessage> messages = makeTurn(turn);
        const QList<RawMessage> rawMessages = rawTurn(turn);
        const int session = sessionOfTurn(turn);
        const qint64 elapsed = timed([&] {
            if (auto saved = files.store.saveMessages(files.ids.at(session), messages); !saved)
                Bench::die(saved.error().message);
        });
        rawNs += raw.writeTurn(files.rawIds.at(session), rawMessages);
        storeNs += elapsed;
        if (session == 0) {
            if (bigTurns < 500)
                firstNs += elapsed;
            else if (bigTurns >= turnCount / bigSessionEvery - 500)
                lastNs += elapsed;
            ++bigTurns;
        }
    }
    const double storeRate = 2.0 * turnCount / (storeNs / 1e9);
    const double rawRate = 2.0 * turnCount / (rawNs / 1e9);
    Bench::report("store_insert", storeRate, "messages/s");
    Bench::report("raw_sqlite_insert", rawRate, "messages/s");
    Bench::report("store_insert_ratio", storeRate / rawRate, "x");
    Bench::report("store_append_first_500_turns", firstNs / 1e3 / 1000, "us/message");
    Bench::report("store_append_last_500_turns", lastNs / 1e3 / 1000, "us/message");
}

constexpr int claimedTurns = 3000;

/// A turn in two steps as the controller writes it, with or without claiming the request; nanoseconds.
qint64 storeTurn(TestStore &store, const QString &sessionId, const QList<ModelMessage> &messages, bool claim)
{
    return timed([&] {
        int number = 0;
        if (claim) {
            const auto started = store.startTurn(sessionId, messages.at(0), 150000);
            if (!started)
                Bench::die(started.error().message);
            number = started->turn;
        } else {
            const auto begun = store.beginTurn(sessionId, messages.at(0));
            if (!begun)
                Bench::die(begun.error().message);
            number = *begun;
        }
        if (auto done = store.completeTurn(sessionId, number, messages.at(1)); !done)
            Bench::die(done.error().message);
    });
}

/// Turns as the controller writes them (request claimed, then the answer with the claim
/// released), without the claim, and in raw SQLite: turn by turn in turn, on three files.
void benchClaimedTurns(const QTemporaryDir &dir)
{
    BenchFiles claimed(dir, u"claimed"_s);
    BenchFiles unclaimed(dir, u"unclaimed"_s);
    RawInserter raw(claimed.rawPath);
    qint64 claimedNs = 0;
    qint64 unclaimedNs = 0;
    qint64 rawNs = 0;
    for (int turn = 0; turn < claimedTurns; ++turn) {
        const QList<ModelMessage> messages = makeTurn(turn);
        const int session = turn % sessionCount;
        claimedNs += storeTurn(claimed.store, claimed.ids.at(session), messages, true);
        unclaimedNs += storeTurn(unclaimed.store, unclaimed.ids.at(session), messages, false);
        rawNs += raw.writeTurnInTwoSteps(claimed.rawIds.at(session), rawTurn(turn));
    }
    const auto perTurnUs = [](qint64 ns) { return ns / 1e3 / claimedTurns; };
    Bench::report("store_turn_with_claim", perTurnUs(claimedNs), "us/turn");
    Bench::report("store_turn_without_claim", perTurnUs(unclaimedNs), "us/turn");
    Bench::report("raw_sqlite_turn", perTurnUs(rawNs), "us/turn");
    Bench::report("claim_cost_per_turn", perTurnUs(claimedNs - unclaimedNs), "us/turn");
    Bench::report("store_turn_ratio", double(rawNs) / double(claimedNs), "x");
}

/// Question and answer @p from to @p to (not included).
QList<ModelMessage> turnsFrom(int from, int to)
{
    QList<ModelMessage> messages;
    for (int turn = from; turn < to; ++turn)
        messages << ModelMessage::request({MessagePart::userPrompt(u"Question %1 about a business permit"_s.arg(turn))})
                 << ModelMessage::response(
                        {MessagePart::text(u"Answer %1: apply on eCitizen, pay the fee."_s.arg(turn))}, {});
    return messages;
}

/// The version shown of a 10,000-message conversation with 50 versions (each an edit of the
/// one before, at a later question, and holding the turns up to the next) against a
/// 10,000-message conversation of one version: reading the path should cost what a linear read does.
void benchVersions(const QTemporaryDir &dir)
{
    constexpr int turns = 5000;
    constexpr int versions = 50;
    constexpr int step = 98;
    TestStore store;
    if (auto opened = store.open(dir.filePath(u"versions.sqlite"_s)); !opened)
        Bench::die(opened.error().message);
    // Every message written by the store, as the window writes them, in one transaction per session or version.
    const QString linearId = store.createChatSession(u"bench"_s).value();
    QString shown = store.createChatSession(u"bench"_s).value();
    for (const QString &id : {linearId, shown}) {
        if (auto saved = store.saveMessages(id, turnsFrom(0, turns)); !saved)
            Bench::die(saved.error().message);
    }
    for (int k = 1; k <= versions; ++k) {
        const auto started = store.startVersion(shown, step * k + 1, VersionKind::Edit);
        if (!started)
            Bench::die(started.error().message);
        shown = started->sessionId;
        // Up to the question the next version asks again, which must be on this one's path.
        if (auto saved = store.saveMessages(shown, turnsFrom(step * k, k == versions ? turns : step * (k + 1) + 1));
            !saved)
            Bench::die(saved.error().message);
    }
    qsizetype linear = 0;
    qsizetype path = 0;
    // Taken in turns, after a read of each, so both meet the same caches.
    QList<double> linearTimes;
    QList<double> pathTimes;
    for (int run = 0; run < 26; ++run) {
        const double linearRun = medianMs(1, [&] { linear = store.loadMessages(linearId)->size(); });
        const double pathRun = medianMs(1, [&] { path = store.loadMessages(shown)->size(); });
        if (run > 0) {
            linearTimes << linearRun;
            pathTimes << pathRun;
        }
    }
    // The fastest of each: what the read itself costs, without what else the machine did meanwhile.
    const double linearMs = *std::min_element(linearTimes.cbegin(), linearTimes.cend());
    const double pathMs = *std::min_element(pathTimes.cbegin(), pathTimes.cend());
    if (linear != 2 * turns || path != 2 * turns)
        Bench::die(u"loaded %1 and %2 messages"_s.arg(linear).arg(path));
    Bench::report("store_load_10000_linear", linearMs, "ms");
    Bench::report("store_load_10000_path_of_50_versions", pathMs, "ms");
    Bench::report("store_load_versions_ratio", pathMs / linearMs, "x");
    const double linearPageMs =
        medianMs(51, [&] { linear = store.loadStoredMessagesBefore(linearId, std::nullopt, 50)->size(); });
    const double pathPageMs =
        medianMs(51, [&] { path = store.loadStoredMessagesBefore(shown, std::nullopt, 50)->size(); });
    Bench::report("store_newest_page_linear", linearPageMs, "ms");
    Bench::report("store_newest_page_path_of_50_versions", pathPageMs, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // `bench_store versions` runs only the versions' benchmark, which needs no 100,000 inserts first.
    if (app.arguments().contains(u"versions"_s)) {
        benchVersions(dir);
        return 0;
    }
    {
        BenchFiles files(dir, u"store"_s);
        benchInserts(files);
        TestStore &store = files.store;
        qsizetype loaded = 0;
        Bench::report("store_load_10000_messages",
                      medianMs(5, [&] { loaded = store.loadMessages(files.ids.at(0))->size(); }), "ms");
        if (loaded != 2 * turnCount / bigSessionEvery)
            Bench::die(u"loaded %1 messages"_s.arg(loaded));
        qsizetype listed = 0;
        Bench::report("store_list_sessions_0_50", medianMs(50, [&] { listed = store.listSessions(0, 50)->size(); }),
                      "ms");
        if (listed != 50)
            Bench::die(u"listed %1 sessions"_s.arg(listed));
        store.close();
        Bench::report("store_file_bytes_per_message", double(QFileInfo(files.storePath).size()) / (2.0 * turnCount),
                      "bytes");
    }
    benchClaimedTurns(dir);
    benchVersions(dir);
    return 0;
}
