#include "schema.h"

#include "sqliteerror.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Version 1: the local counterpart of the server's chats / chat_messages.
// One row per ModelMessage, its JSON verbatim next to the columns that the
// lists, the chat view and search read, so appending a message never touches
// the rows before it.
const QStringList version1{
    uR"(CREATE TABLE chats (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        backend TEXT NOT NULL DEFAULT 'govstack',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        message_count INTEGER NOT NULL DEFAULT 0,
        preview TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"CREATE INDEX chats_by_activity ON chats (updated_at DESC, id DESC)"_s,
    uR"(CREATE TABLE chat_messages (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('request', 'response')),
        role TEXT NOT NULL,
        text TEXT NOT NULL,
        timestamp INTEGER,
        model_name TEXT,
        extras TEXT,
        json TEXT NOT NULL,
        UNIQUE (chat_id, seq)
    ))"_s,
};

// Version 2: turns that can fail and be retried. A message belongs to the
// turn its request started (`turn` = the request's seq), so a reply stored
// after later messages still reads right after its request; `status` marks
// requests waiting for or denied an answer and replies cut short.
const QStringList version2{
    u"ALTER TABLE chat_messages ADD COLUMN turn INTEGER"_s,
    u"UPDATE chat_messages SET turn = seq"_s,
    u"ALTER TABLE chat_messages ADD COLUMN status TEXT NOT NULL DEFAULT 'ok' "
    "CHECK (status IN ('ok', 'pending', 'failed', 'incomplete'))"_s,
    u"ALTER TABLE chat_messages ADD COLUMN error_kind TEXT"_s,
    u"ALTER TABLE chat_messages ADD COLUMN error TEXT"_s,
    u"CREATE INDEX chat_messages_by_turn ON chat_messages (chat_id, turn, seq)"_s,
};

// Version 3: pinned sessions first, and activity times in milliseconds, the
// precision the sidebar pages by (keyset paging compares them exactly).
const QStringList version3{
    u"ALTER TABLE chats ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"_s,
    u"UPDATE chats SET created_at = created_at / 1000, updated_at = updated_at / 1000"_s,
    u"DROP INDEX chats_by_activity"_s,
    u"CREATE INDEX chats_by_activity ON chats (pinned DESC, updated_at DESC, session_id DESC)"_s,
};

// Version 4: each session knows the server it belongs to and where it stands with it.
const QStringList version4{
    u"ALTER TABLE chats ADD COLUMN server_url TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE chats ADD COLUMN server_profile TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE chats ADD COLUMN sync_state TEXT NOT NULL DEFAULT 'local'"_s,
    u"ALTER TABLE chats ADD COLUMN sync_note TEXT NOT NULL DEFAULT ''"_s,
};

// Version 5: sync. Requests can wait in the outbox ('queued', which the CHECK of
// version 2 refuses, so the table is rebuilt), messages know their server copy's
// id and carry the user's rating; sessions remember which server copy they last
// merged and whether they were opened from the server; deletes wait for the server.
const QStringList version5{
    uR"(CREATE TABLE chat_messages_v5 (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'ok'
            CHECK (status IN ('ok', 'pending', 'failed', 'incomplete', 'queued')),
        error_kind TEXT,
        error TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('request', 'response')),
        role TEXT NOT NULL,
        text TEXT NOT NULL,
        timestamp INTEGER,
        model_name TEXT,
        extras TEXT,
        json TEXT NOT NULL,
        server_id TEXT,
        rating INTEGER CHECK (rating BETWEEN 1 AND 5),
        rating_comment TEXT,
        rated_at INTEGER,
        rating_sent INTEGER NOT NULL DEFAULT 0,
        UNIQUE (chat_id, seq)
    ))"_s,
    u"INSERT INTO chat_messages_v5 (id, chat_id, seq, turn, status, error_kind, error, kind, role, text, timestamp, "
    "model_name, extras, json) SELECT id, chat_id, seq, turn, status, error_kind, error, kind, role, text, timestamp, "
    "model_name, extras, json FROM chat_messages"_s,
    u"DROP TABLE chat_messages"_s,
    u"ALTER TABLE chat_messages_v5 RENAME TO chat_messages"_s,
    u"CREATE INDEX chat_messages_by_turn ON chat_messages (chat_id, turn, seq)"_s,
    u"CREATE INDEX chat_messages_by_status ON chat_messages (status) WHERE status <> 'ok'"_s,
    u"ALTER TABLE chats ADD COLUMN fetched INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE chats ADD COLUMN server_fingerprint TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TABLE server_deletes (
        session_id TEXT PRIMARY KEY,
        server_url TEXT NOT NULL,
        server_profile TEXT NOT NULL,
        queued_at INTEGER NOT NULL
    ))"_s,
};

// Version 6: review. Full-text search over every message with FTS5, kept in
// step with chat_messages by triggers, so every way a message comes or goes
// (a turn, a sync merge, a delete, a cascade) updates it; unicode61 without
// diacritics makes it case- and accent-insensitive in English and Kiswahili.
// Sessions remember the language their answers were asked in.
const QStringList version6{
    u"ALTER TABLE chats ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
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
    // The review table counts each session's ratings: with this, a count reads the rated few, not every message.
    u"CREATE INDEX chat_messages_rated ON chat_messages (chat_id, rating) WHERE rating IS NOT NULL"_s,
};

// Version 7: exactly-once delivery. A turn is sent only by the process that claimed it; the
// claim is kept on the session's row (one per session, so its turns go out one at a time, and
// free to write: every turn writes that row anyway) and lapses at `claim_expires` unless its
// owner renews it while its request runs. Every change to a session's messages raises its
// revision, so a merge worked out from an older read is refused instead of undoing what
// another process wrote (appends raise it themselves).
const QStringList version7{
    u"ALTER TABLE chats ADD COLUMN claim_owner TEXT"_s,
    u"ALTER TABLE chats ADD COLUMN claim_turn INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN claimed_at INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN claim_expires INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
    u"CREATE TRIGGER chat_revision_update AFTER UPDATE ON chat_messages BEGIN "
    "UPDATE chats SET revision = revision + 1 WHERE id = new.chat_id; END"_s,
    u"CREATE TRIGGER chat_revision_delete AFTER DELETE ON chat_messages BEGIN "
    "UPDATE chats SET revision = revision + 1 WHERE id = old.chat_id; END"_s,
};

// Version 8: reviewers search the agent's tool calls and results too (the documents it retrieved).
// Each message keeps the words of its tool parts (tool name, arguments, result) in `tool_text`, a
// second column of the full-text index; existing messages get theirs from their JSON here.
const QStringList version8{
    u"ALTER TABLE chat_messages ADD COLUMN tool_text TEXT NOT NULL DEFAULT ''"_s,
    u"UPDATE chat_messages SET tool_text = COALESCE((SELECT group_concat(json_extract(p.value, '$.tool_name') || ' ' "
    u"|| "
    "COALESCE(json_extract(p.value, '$.args'), json_extract(p.value, '$.content'), ''), char(10)) "
    "FROM json_each(chat_messages.json, '$.parts') p WHERE json_extract(p.value, '$.part_kind') IN "
    "('tool-call', 'tool-return', 'builtin-tool-call', 'builtin-tool-return')), '') "
    "WHERE json LIKE '%tool-%'"_s,
    u"DROP TRIGGER message_search_insert"_s,
    u"DROP TRIGGER message_search_delete"_s,
    u"DROP TRIGGER message_search_update"_s,
    u"DROP TABLE message_search"_s,
    u"CREATE VIRTUAL TABLE message_search USING fts5(text, tool_text, content='chat_messages', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')"_s,
    u"CREATE TRIGGER message_search_insert AFTER INSERT ON chat_messages BEGIN "
    "INSERT INTO message_search (rowid, text, tool_text) VALUES (new.id, new.text, new.tool_text); END"_s,
    u"CREATE TRIGGER message_search_delete AFTER DELETE ON chat_messages BEGIN "
    "INSERT INTO message_search (message_search, rowid, text, tool_text) "
    "VALUES ('delete', old.id, old.text, old.tool_text); END"_s,
    u"CREATE TRIGGER message_search_update AFTER UPDATE OF text, tool_text ON chat_messages BEGIN "
    "INSERT INTO message_search (message_search, rowid, text, tool_text) "
    "VALUES ('delete', old.id, old.text, old.tool_text); "
    "INSERT INTO message_search (rowid, text, tool_text) VALUES (new.id, new.text, new.tool_text); END"_s,
    u"INSERT INTO message_search (message_search) VALUES ('rebuild')"_s,
};

// Version 9: versions of a conversation. A question edited or an answer asked again starts a
// version: a session row of its own (its own session id, as the server sees it) that takes the
// messages of the version it branched from whose turn is before `branch_turn`, and continues
// with its own, numbered from `first_seq` on. Nothing is copied. Every version knows its
// conversation (the first version's row), which remembers the version shown. Existing sessions
// are conversations of one version.
const QStringList version9{
    u"ALTER TABLE chats ADD COLUMN branch_of INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN branch_turn INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE chats ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE chats ADD COLUMN branch_kind TEXT NOT NULL DEFAULT '' CHECK (branch_kind IN ('', 'edit', "
    "'regenerate'))"_s,
    u"ALTER TABLE chats ADD COLUMN conversation INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN active_version INTEGER"_s,
    u"UPDATE chats SET conversation = id"_s,
    u"CREATE INDEX chats_by_conversation ON chats (conversation)"_s,
};

// Version 10: a conversation continued in a new chat ("Continue in a new chat") remembers the
// version it was taken from, by session id, so it can be opened from there.
const QStringList version10{
    u"ALTER TABLE chats ADD COLUMN forked_from TEXT NOT NULL DEFAULT ''"_s,
};

// Version 11: the audit trail (AuditLog), append-only: the triggers refuse to change or remove
// an entry, and AUTOINCREMENT keeps the highest number given, so entries cut off the end show.
const QStringList version11{
    uR"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        origin TEXT NOT NULL,
        details TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ))"_s,
    u"CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
    u"CREATE TRIGGER audit_log_keeps_entries BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
};

// Version 12: records. A conversation deleted goes to the Trash first (`trashed_at`, on its first
// version's row, which stands for the conversation); one on legal hold (`held`, or every one
// while the `hold_all` record setting is on) cannot be trashed, deleted, or deleted on its server.
// The triggers keep the hold whatever code path or process tries.
const QString onHold = u"(SELECT h.held FROM chats h WHERE h.id = COALESCE(old.conversation, old.id)) = 1 "
                       "OR EXISTS (SELECT 1 FROM record_settings WHERE name = 'hold_all' AND value = '1')"_s;
const QStringList version12{
    u"ALTER TABLE chats ADD COLUMN trashed_at INTEGER"_s,
    u"ALTER TABLE chats ADD COLUMN held INTEGER NOT NULL DEFAULT 0"_s,
    u"CREATE INDEX chats_in_trash ON chats (trashed_at) WHERE trashed_at IS NOT NULL"_s,
    u"CREATE TABLE record_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TRIGGER chats_held_are_kept BEFORE DELETE ON chats WHEN "_s + onHold +
        u" BEGIN SELECT RAISE(ABORT, 'the conversation is on legal hold'); END"_s,
    u"CREATE TRIGGER chats_held_stay_out_of_trash BEFORE UPDATE OF trashed_at ON chats WHEN "
    "new.trashed_at IS NOT NULL AND old.trashed_at IS NULL AND ("_s +
        onHold + u") BEGIN SELECT RAISE(ABORT, 'the conversation is on legal hold'); END"_s,
    u"CREATE TRIGGER server_deletes_spare_held BEFORE INSERT ON server_deletes WHEN "
    "EXISTS (SELECT 1 FROM chats v JOIN chats h ON h.id = COALESCE(v.conversation, v.id) "
    "WHERE v.session_id = new.session_id AND h.held = 1) "
    "OR EXISTS (SELECT 1 FROM record_settings WHERE name = 'hold_all' AND value = '1') "
    "BEGIN SELECT RAISE(ABORT, 'the conversation is on legal hold'); END"_s,
};

Result<void> runStep(QSqlDatabase &database, const QStringList &statements, int toVersion)
{
    const QString context = u"Upgrading the database to version %1"_s.arg(toVersion);
    Transaction transaction(database);
    if (auto begun = transaction.begin(context); !begun)
        return begun;
    QSqlQuery query(database);
    QStringList all = statements;
    all << u"PRAGMA user_version = %1"_s.arg(toVersion);
    for (const QString &statement : std::as_const(all)) {
        if (auto done = execute(query, statement, context); !done)
            return done;
    }
    return transaction.commit(context);
}

} // namespace

namespace Schema {

Result<void> migrate(QSqlDatabase &database, int fromVersion)
{
    // Step n takes a database from version n to n + 1; any older database climbs every step.
    static const QList<QStringList> steps{version1, version2, version3, version4,  version5,  version6,
                                          version7, version8, version9, version10, version11, version12};
    static_assert(currentVersion == 12, "a new schema version needs its step");
    for (int version = fromVersion; version < currentVersion; ++version) {
        if (auto step = runStep(database, steps.at(version), version + 1); !step)
            return step;
    }
    return {};
}

} // namespace Schema
