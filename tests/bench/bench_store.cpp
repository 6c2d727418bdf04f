// Store throughput against plain SQLite: 100,000 messages in 1,000 sessions,
// one turn (request + response) per saveMessages call, as a chat writes them;
// then turns as the controller writes them (the request claimed before it is
// sent, the answer stored with the claim released), against the same two
// transactions in raw SQLite, and without the claim: what a claim costs.

#include "benchreport.h"
#include "chatstore.h"
#include "pydanticaicodec.h"

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

QStringList createSessions(ChatStore &store)
{
    QStringList ids;
    for (int i = 0; i < sessionCount; ++i)
        ids << store.createChatSession(u"bench-user"_s).value();
    return ids;
}

struct StoreRun {
    double messagesPerSecond = 0;
    double firstTurnsUs = 0; // per message, first 500 turns of the big session
    double lastTurnsUs = 0; // per message, last 500 turns of the big session
};

StoreRun runStore(ChatStore &store, const QStringList &ids)
{
    StoreRun run;
    qint64 totalNs = 0;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    int bigTurns = 0;
    for (int turn = 0; turn < turnCount; ++turn) {
        const QList<ModelMessage> messages = makeTurn(turn);
        const int session = sessionOfTurn(turn);
        QElapsedTimer timer;
        timer.start();
        if (auto saved = store.saveMessages(ids.at(session), messages); !saved)
            Bench::die(saved.error().message);
        const qint64 elapsed = timer.nsecsElapsed();
        totalNs += elapsed;
        if (session == 0) {
            if (bigTurns < 500)
                firstNs += elapsed;
            else if (bigTurns >= turnCount / bigSessionEvery - 500)
                lastNs += elapsed;
            ++bigTurns;
        }
    }
    run.messagesPerSecond = 2.0 * turnCount / (totalNs / 1e9);
    run.firstTurnsUs = firstNs / 1e3 / 1000;
    run.lastTurnsUs = lastNs / 1e3 / 1000;
    return run;
}

/// The store's file through the sqlite3 C API, set up as the store sets up its connection.
sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        Bench::die(u"raw open failed"_s);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", nullptr,
                 nullptr, nullptr);
    return db;
}

sqlite3_stmt *prepareRaw(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
    return statement;
}

/// The same inserts with the sqlite3 C API, on the schema the store created.
double runRaw(const QString &path, const QStringList &ids)
{
    sqlite3 *db = openRaw(path);
    const auto prepare = [db](const char *sql) { return prepareRaw(db, sql); };
    sqlite3_stmt *find = prepare("SELECT id, message_count, updated_at FROM chats WHERE session_id = ?");
    sqlite3_stmt *insert = prepare(
        "INSERT INTO chat_messages (chat_id, seq, turn, status, kind, role, text, timestamp, model_name, extras, json) "
        "VALUES (?, ?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *update = prepare("UPDATE chats SET message_count = ?, updated_at = ?, preview = ?, title = CASE WHEN "
                                   "title = '' THEN ? ELSE title END WHERE id = ?");

    qint64 totalNs = 0;
    for (int turn = 0; turn < turnCount; ++turn) {
        // Encoding is done before the clock starts: raw SQLite gets its bytes for free.
        const QList<ModelMessage> messages = makeTurn(turn);
        QList<QByteArray> json;
        QList<QByteArray> text;
        for (const ModelMessage &message : messages) {
            json << PydanticAiCodec::encodeMessage(message);
            text << message.text().toUtf8();
        }
        const QByteArray sessionId = ids.at(sessionOfTurn(turn)).toUtf8();
        const qint64 nowMicros = Timestamp::now().toEpochMicroseconds();
        const qint64 nowMillis = nowMicros / 1000;

        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(find, 1, sessionId.constData(), int(sessionId.size()), SQLITE_STATIC);
        sqlite3_step(find);
        const sqlite3_int64 chatId = sqlite3_column_int64(find, 0);
        const int count = sqlite3_column_int(find, 1);
        sqlite3_reset(find);
        for (int i = 0; i < 2; ++i) {
            sqlite3_bind_int64(insert, 1, chatId);
            sqlite3_bind_int(insert, 2, count + i);
            sqlite3_bind_int(insert, 3, count + i);
            sqlite3_bind_text(insert, 4, i == 0 ? "request" : "response", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, i == 0 ? "user" : "assistant", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 6, text.at(i).constData(), int(text.at(i).size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 7, nowMicros);
            if (i == 0)
                sqlite3_bind_null(insert, 8);
            else
                sqlite3_bind_text(insert, 8, "govstack-agent", -1, SQLITE_STATIC);
            sqlite3_bind_null(insert, 9);
            sqlite3_bind_text(insert, 10, json.at(i).constData(), int(json.at(i).size()), SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(insert);
        }
        sqlite3_bind_int(update, 1, count + 2);
        sqlite3_bind_int64(update, 2, nowMillis);
        sqlite3_bind_text(update, 3, text.at(1).left(160).constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(update, 4, text.at(0).left(60).constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 5, chatId);
        sqlite3_step(update);
        sqlite3_reset(update);
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
        totalNs += timer.nsecsElapsed();
    }
    sqlite3_finalize(find);
    sqlite3_finalize(insert);
    sqlite3_finalize(update);
    sqlite3_close(db);
    return 2.0 * turnCount / (totalNs / 1e9);
}

constexpr int claimedTurns = 3000;

/// Microseconds per turn for @p write(session, turn) over claimedTurns turns in the sessions.
template<typename Write>
double perTurnUs(const QStringList &ids, Write &&write)
{
    QElapsedTimer timer;
    timer.start();
    for (int turn = 0; turn < claimedTurns; ++turn)
        write(ids.at(turn % ids.size()), turn);
    return timer.nsecsElapsed() / 1e3 / claimedTurns;
}

/// A turn in two steps as the controller writes it, with or without claiming the request.
double storeTurnsUs(ChatStore &store, const QStringList &ids, bool claim)
{
    return perTurnUs(ids, [&](const QString &sessionId, int turn) {
        const QList<ModelMessage> messages = makeTurn(turn);
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

/// The same two transactions with the sqlite3 C API and no claim: the request, then its answer.
double rawTurnsUs(const QString &path, const QStringList &ids)
{
    sqlite3 *db = openRaw(path);
    const auto prepare = [db](const char *sql) { return prepareRaw(db, sql); };
    sqlite3_stmt *find = prepare("SELECT id, message_count FROM chats WHERE session_id = ?");
    sqlite3_stmt *insert = prepare("INSERT INTO chat_messages (chat_id, seq, turn, status, kind, role, text, json) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *status = prepare("UPDATE chat_messages SET status = 'ok' WHERE chat_id = ? AND seq = ?");
    sqlite3_stmt *update = prepare("UPDATE chats SET message_count = ? WHERE id = ?");
    const double us = perTurnUs(ids, [&](const QString &session, int turn) {
        const QList<ModelMessage> messages = makeTurn(turn);
        const QByteArray sessionId = session.toUtf8();
        for (int step = 0; step < 2; ++step) {
            const QByteArray json = PydanticAiCodec::encodeMessage(messages.at(step));
            const QByteArray text = messages.at(step).text().toUtf8();
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            sqlite3_bind_text(find, 1, sessionId.constData(), int(sessionId.size()), SQLITE_STATIC);
            sqlite3_step(find);
            const sqlite3_int64 chatId = sqlite3_column_int64(find, 0);
            const int count = sqlite3_column_int(find, 1);
            sqlite3_reset(find);
            if (step == 1) {
                sqlite3_bind_int64(status, 1, chatId);
                sqlite3_bind_int(status, 2, count - 1);
                sqlite3_step(status);
                sqlite3_reset(status);
            }
            sqlite3_bind_int64(insert, 1, chatId);
            sqlite3_bind_int(insert, 2, count);
            sqlite3_bind_int(insert, 3, step == 0 ? count : count - 1);
            sqlite3_bind_text(insert, 4, step == 0 ? "pending" : "ok", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, step == 0 ? "request" : "response", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 6, step == 0 ? "user" : "assistant", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 7, text.constData(), int(text.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 8, json.constData(), int(json.size()), SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(insert);
            sqlite3_bind_int(update, 1, count + 1);
            sqlite3_bind_int64(update, 2, chatId);
            sqlite3_step(update);
            sqlite3_reset(update);
            if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
                Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    });
    for (sqlite3_stmt *statement : {find, insert, status, update})
        sqlite3_finalize(statement);
    sqlite3_close(db);
    return us;
}

/// Sessions in a fresh database for the turn benchmarks.
QStringList freshSessions(const QString &path)
{
    ChatStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    return createSessions(store).mid(0, 100);
}

void benchClaimedTurns(const QTemporaryDir &dir)
{
    double claimed = 0;
    double unclaimed = 0;
    for (const bool claim : {true, false}) {
        const QString path = dir.filePath(claim ? u"claimed.sqlite"_s : u"unclaimed.sqlite"_s);
        const QStringList ids = freshSessions(path);
        ChatStore store;
        if (auto opened = store.open(path); !opened)
            Bench::die(opened.error().message);
        (claim ? claimed : unclaimed) = storeTurnsUs(store, ids, claim);
    }
    const QString rawPath = dir.filePath(u"raw-turns.sqlite"_s);
    const double raw = rawTurnsUs(rawPath, freshSessions(rawPath));
    Bench::report("store_turn_with_claim", claimed, "us/turn");
    Bench::report("store_turn_without_claim", unclaimed, "us/turn");
    Bench::report("raw_sqlite_turn", raw, "us/turn");
    Bench::report("claim_cost_per_turn", claimed - unclaimed, "us/turn");
    Bench::report("store_turn_ratio", raw / claimed, "x");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    const QString storePath = dir.filePath(u"store.sqlite"_s);
    ChatStore store;
    if (auto opened = store.open(storePath); !opened)
        Bench::die(opened.error().message);
    const QStringList ids = createSessions(store);
    const StoreRun run = runStore(store, ids);

    const QString rawPath = dir.filePath(u"raw.sqlite"_s);
    QStringList rawIds;
    {
        ChatStore schemaOnly;
        if (auto opened = schemaOnly.open(rawPath); !opened)
            Bench::die(opened.error().message);
        rawIds = createSessions(schemaOnly);
    }
    const double rawRate = runRaw(rawPath, rawIds);

    Bench::report("store_insert", run.messagesPerSecond, "messages/s");
    Bench::report("raw_sqlite_insert", rawRate, "messages/s");
    Bench::report("store_insert_ratio", run.messagesPerSecond / rawRate, "x");
    Bench::report("store_append_first_500_turns", run.firstTurnsUs, "us/message");
    Bench::report("store_append_last_500_turns", run.lastTurnsUs, "us/message");

    qsizetype loaded = 0;
    Bench::report("store_load_10000_messages", medianMs(5, [&] { loaded = store.loadMessages(ids.at(0))->size(); }),
                  "ms");
    if (loaded != 2 * turnCount / bigSessionEvery)
        Bench::die(u"loaded %1 messages"_s.arg(loaded));
    qsizetype listed = 0;
    Bench::report("store_list_sessions_0_50", medianMs(50, [&] { listed = store.listSessions(0, 50)->size(); }), "ms");
    if (listed != 50)
        Bench::die(u"listed %1 sessions"_s.arg(listed));
    store.close();
    Bench::report("store_file_bytes_per_message", double(QFileInfo(storePath).size()) / (2.0 * turnCount), "bytes");
    benchClaimedTurns(dir);
    return 0;
}
