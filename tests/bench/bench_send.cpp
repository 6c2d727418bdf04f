// What assembling one GovStack request costs in a 10,000-message session shaped like
// real traces (a question, a tool call, a tool return of ~3 KB of documents, an
// answer of ~1.2 KB), beside its floor in the same run: reading the session's stored
// JSON with the raw sqlite3 C API and joining it into the request body. Beside it, what
// the same session costs to map for an OpenAI-compatible server and to read back from an
// export file, the latter beside Qt's bare JSON parse of that file.

#include "agentbackend.h"
#include "benchreport.h"
#include "chatcompletions.h"
#include "govstackbackend.h"
#include "pydanticaicodec.h"
#include "sessionexport.h"
#include "sessionimport.h"
#include "teststore.h"
#include "tracesession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int turnCount = 2500; // four messages each

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// The median CPU time of @p runs runs of @p work.
template<typename Work>
double medianCpuMs(int runs, Work &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        work();
        times << threadCpuMs() - start;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The floor: the stored JSON read with the sqlite3 C API and joined into the body.
QByteArray rawRequestBody(sqlite3 *db, sqlite3_stmt *select, const QByteArray &fields)
{
    QByteArray body = fields;
    body += ",\"message_history\":[";
    bool first = true;
    while (sqlite3_step(select) == SQLITE_ROW) {
        if (!first)
            body += ',';
        first = false;
        body.append(static_cast<const char *>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
    }
    sqlite3_reset(select);
    if (sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE && sqlite3_errcode(db) != SQLITE_ROW)
        Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
    body += "]}";
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"send.sqlite"_s);
    TestStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    const QString id = TraceSession::create(store, turnCount);
    const ModelMessage next = ModelMessage::request({MessagePart::userPrompt(u"And the fee for a kiosk?"_s)});
    const int nextTurn = store.beginTurn(id, next).value();

    AgentTurn turn{id, u"bench-user"_s, u"en"_s, {}, {}, next};
    QByteArray appBody;
    const double appMs = medianCpuMs(10, [&] {
        turn.historyJson = store.historyJsonBefore(id, nextTurn).value();
        appBody = GovStackBackend::requestBody(turn);
    });

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        Bench::die(u"raw open failed"_s);
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT json FROM chat_messages WHERE chat_id = (SELECT id FROM chats WHERE session_id = ?1) "
                       "AND turn < ?2 AND status = 'ok' ORDER BY turn, seq",
                       -1, &select, nullptr);
    const QByteArray sessionId = id.toUtf8();
    sqlite3_bind_text(select, 1, sessionId.constData(), int(sessionId.size()), SQLITE_STATIC);
    sqlite3_bind_int(select, 2, nextTurn);
    AgentTurn fieldsOnly = turn;
    fieldsOnly.historyJson = "[]";
    QByteArray fields = GovStackBackend::requestBody(fieldsOnly);
    fields.chop(QByteArray(",\"message_history\":[]}").size());
    QByteArray rawBody;
    const double rawMs = medianCpuMs(10, [&] { rawBody = rawRequestBody(db, select, fields); });
    sqlite3_finalize(select);
    sqlite3_close(db);
    if (rawBody != appBody)
        Bench::die(u"the app's request differs from the raw one"_s);

    // For comparison: decoding the whole history and writing it out again, as every send did before.
    const double decodeMs = medianCpuMs(3, [&] {
        const auto stored = store.loadHistory(id);
        (void)PydanticAiCodec::encodeHistory(*stored);
    });

    const QList<ModelMessage> history = store.loadHistory(id).value();
    const double openAiMs = medianCpuMs(3, [&] { (void)ChatCompletions::messagesFor(history); });

    const QByteArray exported =
        SessionExport::toJsonBytes(store.chat(id).value(), store.loadStoredMessages(id).value(), {});
    const double importMs = medianCpuMs(3, [&] {
        if (!SessionImport::parse(exported, u"bench.json"_s))
            Bench::die(u"the export does not import"_s);
    });
    const double qtParseMs = medianCpuMs(3, [&] { (void)QJsonDocument::fromJson(exported); });

    Bench::report("send_10k_request_bytes", double(appBody.size()), "bytes");
    Bench::report("send_10k_app_cpu", appMs, "ms");
    Bench::report("send_10k_raw_floor_cpu", rawMs, "ms");
    Bench::report("send_10k_cpu_ratio", appMs / rawMs, "x");
    Bench::report("send_10k_decode_and_encode_cpu", decodeMs, "ms");
    Bench::report("openai_map_10k_cpu", openAiMs, "ms");
    Bench::report("import_10k_bytes", double(exported.size()), "bytes");
    Bench::report("import_10k_cpu", importMs, "ms");
    Bench::report("import_10k_qt_parse_floor_cpu", qtParseMs, "ms");
    Bench::report("import_10k_ratio", importMs / qtParseMs, "x");
    return 0;
}
