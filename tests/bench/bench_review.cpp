// Reviewers' work on 1,000,000 messages (10,000 sessions of 100): full-text
// search latency (median and worst of 20 queries), export throughput of every
// session to one JSON file, and import throughput of an export of 1,000 sessions
// into an empty database.
//
// The messages are written with raw SQLite into the store's own schema, so
// the FTS index is built by the store's triggers as in real use; only the
// writing itself skips TestStore (it would take minutes at one fsync per turn).

#include "benchreport.h"
#include "exportjob.h"
#include "importfiles.h"
#include "pydanticaicodec.h"
#include "teststore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int sessionCount = 10000;
constexpr int messagesPerSession = 100;

/// Words drawn as in real text (Zipf's law over a 20,000-word vocabulary): a few
/// words ("the", "na", "ya") are in most messages, most words are rare. The
/// government terms searched for come right after those, each in a fifth or so
/// of the answers.
class Vocabulary
{
public:
    Vocabulary()
    {
        const QStringList common{u"the"_s, u"na"_s,  u"ya"_s,  u"and"_s,  u"of"_s,    u"wa"_s,   u"to"_s,
                                 u"kwa"_s, u"for"_s, u"how"_s, u"what"_s, u"where"_s, u"when"_s, u"days"_s};
        const QStringList terms{u"business"_s,    u"registration"_s, u"permit"_s,   u"licence"_s, u"passport"_s,
                                u"renewal"_s,     u"fee"_s,          u"office"_s,   u"county"_s,  u"eCitizen"_s,
                                u"KRA"_s,         u"PIN"_s,          u"tax"_s,      u"return"_s,  u"Huduma"_s,
                                u"centre"_s,      u"documents"_s,    u"identity"_s, u"card"_s,    u"birth"_s,
                                u"certificate"_s, u"usajili"_s,      u"biashara"_s, u"kibali"_s,  u"leseni"_s,
                                u"ada"_s,         u"ofisi"_s,        u"kaunti"_s,   u"huduma"_s,  u"kitambulisho"_s,
                                u"cheti"_s,       u"kuzaliwa"_s,     u"malipo"_s,   u"ombi"_s,    u"fomu"_s};
        static const QStringList syllables{u"ka"_s, u"ma"_s, u"ta"_s, u"li"_s, u"si"_s, u"wa"_s,
                                           u"ba"_s, u"ra"_s, u"ne"_s, u"po"_s, u"mu"_s, u"ki"_s,
                                           u"zi"_s, u"tu"_s, u"ja"_s, u"fa"_s, u"go"_s, u"he"_s};
        m_words = common + terms;
        for (int i = 0; m_words.size() < 20000; ++i) {
            QString word;
            for (int n = i + 18 * 18; n > 0; n /= 18)
                word += syllables.at(n % 18);
            m_words << word;
        }
        double total = 0;
        for (qsizetype rank = 1; rank <= m_words.size(); ++rank)
            m_cumulative << (total += 1.0 / double(rank));
    }

    QString sentence(QRandomGenerator &random, int length) const
    {
        QStringList chosen;
        for (int i = 0; i < length; ++i) {
            const double pick = random.generateDouble() * m_cumulative.constLast();
            const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), pick);
            chosen << m_words.at(it - m_cumulative.cbegin());
        }
        return chosen.join(u' ');
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        Bench::die(QString::fromUtf8(error));
}

/// 10,000 sessions of 100 messages in the store's schema, in one transaction.
void populate(const QString &path)
{
    {
        TestStore store; // creates the schema, triggers and all
        if (auto opened = store.open(path); !opened)
            Bench::die(opened.error().message);
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        Bench::die(u"cannot open the benchmark database"_s);
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; BEGIN");
    sqlite3_stmt *chat = nullptr;
    sqlite3_stmt *message = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO chats (session_id, user_id, title, backend, created_at, updated_at, message_count, "
                       "preview, language) VALUES (?, ?, ?, 'govstack', ?, ?, ?, ?, ?)",
                       -1, &chat, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO chat_messages (chat_id, seq, turn, status, kind, role, text, timestamp, json) "
                       "VALUES (?, ?, ?, 'ok', ?, ?, ?, ?, ?)",
                       -1, &message, nullptr);
    QRandomGenerator random(7);
    const Vocabulary vocabulary;
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int s = 0; s < sessionCount; ++s) {
        const qint64 created = start + qint64(s) * 3'000'000;
        const QByteArray id = "bench-" + QByteArray::number(s);
        const QByteArray title = vocabulary.sentence(random, 6).toUtf8();
        sqlite3_bind_text(chat, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(chat, 2, s % 2 ? "amina" : "baraka", -1, SQLITE_STATIC);
        sqlite3_bind_text(chat, 3, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(chat, 4, created);
        sqlite3_bind_int64(chat, 5, created + messagesPerSession * 1000);
        sqlite3_bind_int(chat, 6, messagesPerSession);
        sqlite3_bind_text(chat, 7, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(chat, 8, s % 3 ? "en" : "sw", -1, SQLITE_STATIC);
        if (sqlite3_step(chat) != SQLITE_DONE)
            Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(chat);
        const qint64 chatId = sqlite3_last_insert_rowid(db);
        for (int m = 0; m < messagesPerSession; ++m) {
            const bool request = m % 2 == 0;
            const QString text = vocabulary.sentence(random, request ? 10 : 40);
            const Timestamp time = Timestamp::fromDateTime(QDateTime::fromMSecsSinceEpoch(created + m * 1000, Qt::UTC));
            const ModelMessage model = request ? ModelMessage::request({MessagePart::userPrompt(text, time)}, time)
                                               : ModelMessage::response({MessagePart::text(text)}, u"gpt-4o"_s, time);
            const QByteArray json = PydanticAiCodec::encodeMessage(model);
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_int64(message, 1, chatId);
            sqlite3_bind_int(message, 2, m);
            sqlite3_bind_int(message, 3, request ? m : m - 1);
            sqlite3_bind_text(message, 4, request ? "request" : "response", -1, SQLITE_STATIC);
            sqlite3_bind_text(message, 5, request ? "user" : "assistant", -1, SQLITE_STATIC);
            sqlite3_bind_text(message, 6, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(message, 7, time.toEpochMicroseconds());
            sqlite3_bind_text(message, 8, json.constData(), int(json.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(message) != SQLITE_DONE)
                Bench::die(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(message);
        }
    }
    sqlite3_finalize(chat);
    sqlite3_finalize(message);
    exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
}

void measureSearch(TestStore &store)
{
    const QStringList queries{
        u"usajili"_s,
        u"passport renewal"_s,
        u"kitambulisho"_s,
        u"cert"_s,
        u"eCitizen KRA PIN"_s,
        u"huduma centre"_s,
        u"leseni ya biashara"_s,
        u"birth certificate"_s,
        u"kaunti"_s,
        u"permit fee office"_s,
        u"ada"_s,
        u"the"_s /* in most messages: the worst case */,
        u"kibali kwa"_s,
        u"regist"_s,
        u"tax return days"_s,
        u"ombi fomu"_s,
        u"identity card"_s,
        u"malipo"_s,
        u"cheti kuzaliwa"_s,
        u"where when how"_s,
    };
    QList<double> times;
    int hits = 0;
    QString slowest;
    double slowestMs = 0;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        const auto found = store.search(query, {}, 50);
        times << timer.nsecsElapsed() / 1e6;
        if (times.last() > slowestMs) {
            slowestMs = times.last();
            slowest = query;
        }
        if (!found)
            Bench::die(found.error().message);
        hits += int(found->size());
    }
    std::sort(times.begin(), times.end());
    Bench::report("search_1m_messages_median", (times.at(9) + times.at(10)) / 2, "ms");
    Bench::report("search_1m_messages_worst", times.last(), "ms");
    std::printf("# the slowest query: \"%s\"\n", qPrintable(slowest));
    Bench::report("search_1m_messages_hits", hits, "hits");
    ReviewFilter filter;
    filter.language = u"sw"_s;
    filter.from = QDate(2025, 3, 1);
    QElapsedTimer timer;
    timer.start();
    (void)store.search(u"biashara"_s, filter, 50);
    Bench::report("search_1m_messages_filtered", timer.nsecsElapsed() / 1e6, "ms");
}

double exportAll(TestStore &store, const QStringList &ids, const QString &path, const char *name)
{
    ExportJob job(&store, ids, ExportJob::Format::Json, ExportJob::Shape::Collection);
    if (auto opened = job.writeToFile(path); !opened)
        Bench::die(opened.error().message);
    QElapsedTimer timer;
    timer.start();
    if (auto written = job.runToEnd(); !written)
        Bench::die(written.error().message);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double megabytes = QFileInfo(path).size() / (1024.0 * 1024.0);
    Bench::report(name, megabytes / seconds, "MB/s");
    return megabytes;
}

/// Deleting one conversation (100 messages) for good among 1,000,000 messages: secure_delete, the
/// search index merged and the WAL checkpointed, beside a plain DELETE through sqlite3 with the same
/// triggers (which leaves the words in the index's old segments and the bytes in the file).
void measureDeleteForGood(TestStore &store, const QString &path, const QStringList &ids)
{
    QElapsedTimer timer;
    timer.start();
    if (auto moved = store.moveToTrash(ids.at(0)); !moved)
        Bench::die(moved.error().message);
    Bench::report("move_to_trash_1m_messages", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    if (auto deleted = store.deleteForGood({ids.at(1)}); !deleted)
        Bench::die(deleted.error().message);
    const double forGood = timer.nsecsElapsed() / 1e6;
    sqlite3 *raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK)
        Bench::die(u"cannot open the database with sqlite3"_s);
    sqlite3_exec(raw, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    const QByteArray plain = "DELETE FROM chats WHERE session_id = '" + ids.at(2).toUtf8() + "'";
    timer.restart();
    if (sqlite3_exec(raw, plain.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        Bench::die(QString::fromUtf8(sqlite3_errmsg(raw)));
    const double baseline = timer.nsecsElapsed() / 1e6;
    sqlite3_close(raw);
    Bench::report("delete_for_good_1m_messages", forGood, "ms");
    Bench::report("delete_plain_sqlite_1m_messages", baseline, "ms");
    Bench::report("delete_for_good_ratio", forGood / baseline, "x");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `--populate FILE` only builds the database, to look into a query with the sqlite3 shell;
    // `--search FILE` and `--delete FILE` only measure the searches or the deletes in one built so.
    if (argc == 3 && qstrcmp(argv[1], "--populate") == 0) {
        populate(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    if (argc == 3 && (qstrcmp(argv[1], "--search") == 0 || qstrcmp(argv[1], "--delete") == 0)) {
        const QString built = QString::fromLocal8Bit(argv[2]);
        TestStore store;
        if (auto opened = store.open(built); !opened)
            Bench::die(opened.error().message);
        if (qstrcmp(argv[1], "--search") == 0)
            measureSearch(store);
        else
            measureDeleteForGood(store, built, store.sessionIds().value());
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.sqlite"_s);
    QElapsedTimer setup;
    setup.start();
    populate(path);
    Bench::report("review_setup_1m_messages", setup.elapsed() / 1000.0, "s");
    Bench::report("review_database_size", QFileInfo(path).size() / (1024.0 * 1024.0), "MB");

    TestStore store;
    if (auto opened = store.open(path); !opened)
        Bench::die(opened.error().message);
    measureSearch(store);

    const QStringList ids = store.sessionIds().value();
    const double allMegabytes = exportAll(store, ids, dir.filePath(u"all.json"_s), "export_all_sessions_throughput");
    Bench::report("export_all_sessions_size", allMegabytes, "MB");
    QFile::remove(dir.filePath(u"all.json"_s));

    // Import: an export of 1,000 sessions (100,000 messages), read and written into an empty database.
    const QString part = dir.filePath(u"part.json"_s);
    const double partMegabytes = exportAll(store, ids.mid(0, 1000), part, "export_1000_sessions_throughput");
    TestStore empty;
    if (auto opened = empty.open(dir.filePath(u"empty.sqlite"_s)); !opened)
        Bench::die(opened.error().message);
    QElapsedTimer timer;
    timer.start();
    auto read = ImportFiles::open({part});
    if (!read)
        Bench::die(read.error().message);
    const auto imported = empty.importSessions(read.value(), false);
    if (!imported)
        Bench::die(imported.error().message);
    const double seconds = timer.nsecsElapsed() / 1e9;
    Bench::report("import_1000_sessions_throughput", partMegabytes / seconds, "MB/s");
    Bench::report("import_1000_sessions_messages_per_second", 100000 / seconds, "messages/s");
    measureDeleteForGood(store, path, ids);
    return 0;
}
