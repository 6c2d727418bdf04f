#include "reviewcommand.h"

#include "chatstore.h"
#include "credentialstore.h"
#include "datalocation.h"
#include "exitcode.h"
#include "exportjob.h"
#include "exportverifier.h"
#include "importfiles.h"
#include "managedpolicy.h"
#include "sessionexport.h"
#include "signingkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ReviewCommand {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ReviewCommand", text, disambiguation, n);
}

void printJson(const QJsonValue &value)
{
    QTextStream(stdout) << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                               .toJson(QJsonDocument::Indented);
}

int search(ChatStore &store, const CommandLineOptions &options)
{
    const auto hits = store.search(options.query, options.filter, 100);
    if (!hits)
        return ExitCode::fail(ExitCode::store, hits.error().message);
    if (options.json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject{{u"session_id"_s, hit.sessionId},
                                     {u"title"_s, hit.sessionTitle},
                                     {u"seq"_s, hit.seq},
                                     {u"sender"_s, hit.sender},
                                     {u"in_tool_data"_s, hit.inToolData},
                                     {u"timestamp"_s, SessionExport::isoTime(hit.time)},
                                     {u"snippet"_s, hit.markedSnippet(u"["_s, u"]"_s)}});
        }
        printJson(array);
        return ExitCode::ok;
    }
    QTextStream out(stdout);
    for (const SearchHit &hit : *hits) {
        out << hit.sessionId << u"  "_s << SessionExport::isoTime(hit.time) << u"  "_s << hit.sessionTitle << u'\n'
            << u"    "_s << (hit.inToolData ? tr("tool data: ") : QString()) << hit.markedSnippet(u"["_s, u"]"_s)
            << u'\n';
    }
    if (hits->isEmpty())
        QTextStream(stderr) << tr("No messages match.") << Qt::endl;
    return ExitCode::ok;
}

/// Every version of the conversation: its session, where it came from, and whether it is the one shown.
Result<QJsonArray> versionsJson(ChatStore &store, const QString &sessionId)
{
    const auto versions = store.versions(sessionId);
    const auto shown = versions ? store.shownVersion(sessionId) : Result<QString>(versions.error());
    if (!shown)
        return shown.error();
    QJsonArray array;
    for (const VersionNode &version : versions->nodes()) {
        const VersionNode *parent = versions->parentOf(version);
        array.append(QJsonObject{
            {u"session_id"_s, version.sessionId},
            {u"branch_of"_s, parent ? QJsonValue(parent->sessionId) : QJsonValue()},
            {u"kind"_s, parent ? versionKindName(version.kind) : u"first"_s},
            {u"shown"_s, version.sessionId == *shown},
            {u"updated_at"_s, SessionExport::isoTime(QDateTime::fromMSecsSinceEpoch(version.updatedAt, Qt::UTC))}});
    }
    return array;
}

int sessions(ChatStore &store, const CommandLineOptions &options)
{
    // Turns whose sender ended show as interrupted, not as being sent.
    (void)store.recoverInterrupted();
    const auto unanswered = store.unansweredTurns();
    if (!unanswered)
        return ExitCode::fail(ExitCode::store, unanswered.error().message);
    const auto summaries =
        store.reviewSessions(options.filter, ChatStore::ReviewColumn::LastActivity, Qt::DescendingOrder);
    if (!summaries)
        return ExitCode::fail(ExitCode::store, summaries.error().message);
    QJsonArray array;
    QTextStream out(stdout);
    for (const SessionSummary &summary : *summaries) {
        const ChatSession &session = summary.session;
        const QJsonObject row{{u"session_id"_s, session.sessionId},
                              {u"title"_s, session.title},
                              {u"created_at"_s, SessionExport::isoTime(session.createdAt)},
                              {u"updated_at"_s, SessionExport::isoTime(session.updatedAt)},
                              {u"message_count"_s, session.messageCount},
                              {u"user_id"_s, session.userId},
                              {u"server"_s, session.serverUrl},
                              {u"backend"_s, backendName(session.backend)},
                              {u"language"_s, session.language},
                              {u"rated_helpful"_s, summary.ratedHelpful},
                              {u"rated_unhelpful"_s, summary.ratedUnhelpful},
                              {u"waiting"_s, unanswered->value(session.sessionId).waiting},
                              {u"sending"_s, unanswered->value(session.sessionId).sending},
                              {u"failed"_s, unanswered->value(session.sessionId).failed},
                              {u"interrupted"_s, unanswered->value(session.sessionId).interrupted}};
        if (options.json) {
            const auto versions = versionsJson(store, session.sessionId);
            if (!versions)
                return ExitCode::fail(ExitCode::store, versions.error().message);
            QJsonObject withVersions = row;
            withVersions.insert(u"versions"_s, *versions);
            withVersions.insert(u"forked_from"_s,
                                session.forkedFrom.isEmpty() ? QJsonValue() : QJsonValue(session.forkedFrom));
            array.append(withVersions);
            continue;
        }
        out << session.sessionId << u'\t' << SessionExport::isoTime(session.updatedAt) << u'\t' << session.messageCount
            << u'\t' << session.userId << u'\t'
            << (session.serverUrl.isEmpty() ? backendName(session.backend) : session.serverUrl) << u'\t'
            << session.language << u'\t' << u"+%1/-%2"_s.arg(summary.ratedHelpful).arg(summary.ratedUnhelpful) << u'\t'
            << session.title << u'\n';
    }
    if (options.json)
        printJson(array);
    int interrupted = 0;
    int unsent = 0;
    for (const ChatStore::Unanswered &counts : *unanswered) {
        interrupted += counts.interrupted;
        unsent += counts.waiting + counts.sending + counts.failed;
    }
    if (unsent > 0)
        QTextStream(stderr) << tr("%n message(s) not answered yet", nullptr, unsent)
                            << (interrupted > 0 ? tr(" (%n interrupted while being sent: they are checked with the "
                                                     "server and sent only if it lacks them)",
                                                     nullptr, interrupted)
                                                : QString())
                            << Qt::endl;
    return ExitCode::ok;
}

int exportSessions(ChatStore &store, const CommandLineOptions &options)
{
    if (const QString format = options.markdown ? u"markdown"_s : u"json"_s;
        !ManagedPolicy::load().allowsExport(format))
        return ExitCode::fail(ExitCode::usage, tr("Your organisation does not allow exports as %1.").arg(format));
    QStringList ids = options.items;
    if (options.all) {
        const auto all = store.sessionIds();
        if (!all)
            return ExitCode::fail(ExitCode::store, all.error().message);
        ids = *all;
    }
    for (const QString &id : std::as_const(ids)) {
        if (const auto session = store.chat(id); !session)
            return ExitCode::fail(session.error().code == Error::Code::NotFound ? ExitCode::usage : ExitCode::store,
                                  session.error().message);
    }
    ExportJob job(&store, ids, options.markdown ? ExportJob::Format::Markdown : ExportJob::Format::Json,
                  ids.size() == 1 && !options.all ? ExportJob::Shape::Single : ExportJob::Shape::Collection);
    QString signedWith;
    if (!options.markdown) {
        CredentialStore credentials;
        const auto key = SigningKeys(&credentials).obtainNow();
        if (key) {
            job.setSigningKey(*key);
            signedWith = key->fingerprint();
        } else {
            QTextStream(stderr) << tr("The export is not signed: %1").arg(key.error().message) << Qt::endl;
        }
    }
    QFile standardOutput;
    if (options.output.isEmpty()) {
        standardOutput.open(stdout, QIODevice::WriteOnly);
        job.writeTo(&standardOutput);
    } else if (auto opened = job.writeToFile(options.output); !opened) {
        return ExitCode::fail(ExitCode::store, opened.error().message);
    }
    if (auto written = job.runToEnd(); !written)
        return ExitCode::fail(ExitCode::store, written.error().message);
    if (!options.output.isEmpty())
        QTextStream(stderr) << tr("Exported %n session(s) to %1.", nullptr, int(ids.size())).arg(options.output)
                            << Qt::endl;
    if (!signedWith.isEmpty())
        QTextStream(stderr) << tr("Signed with key %1.").arg(signedWith) << Qt::endl;
    return ExitCode::ok;
}

int verify(ChatStore &store, const CommandLineOptions &options)
{
    const QString &path = options.items.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ExitCode::fail(ExitCode::invalidInput, tr("%1: %2").arg(path, file.errorString()));
    const auto verified = ExportVerifier::verify(file.readAll(), options.keyFingerprint);
    if (!verified)
        return ExitCode::fail(ExitCode::invalidInput, tr("%1: %2").arg(path, verified.error().message));
    const auto recorded = store.recordAudit(AuditEvent{AuditAction::Verify,
                                                       QJsonObject{{u"file"_s, QFileInfo(path).absoluteFilePath()},
                                                                   {u"intact"_s, verified->intact},
                                                                   {u"fingerprint"_s, verified->fingerprint},
                                                                   {u"session"_s, verified->sessionId},
                                                                   {u"message"_s, verified->message}}});
    if (!recorded)
        QTextStream(stderr) << recorded.error().message << Qt::endl;
    QTextStream out(stdout);
    if (!verified->intact) {
        out << tr("%1: CHANGED. %2").arg(path, verified->problem) << Qt::endl;
        return ExitCode::tampered;
    }
    out << tr("%1: intact, %2 and %3 as they were exported.")
               .arg(path, tr("%n session(s)", nullptr, verified->sessions),
                    tr("%n message(s)", nullptr, verified->messages))
        << Qt::endl;
    out << (verified->fingerprint.isEmpty()
                ? tr("Not signed: the file is as it was written, but nothing shows who wrote it.")
                : tr("Signed with key %1.").arg(verified->fingerprint))
        << Qt::endl;
    return ExitCode::ok;
}

int importFiles(ChatStore &store, const CommandLineOptions &options)
{
    // Every file is read and checked before anything is written; a session found wrong while
    // importing takes back what was written.
    auto files = ImportFiles::open(options.items, options.requireSigned);
    if (!files)
        return ExitCode::fail(files.error().code == Error::Code::Tampered ? ExitCode::tampered : ExitCode::invalidInput,
                              files.error().message);
    const auto outcome = store.importSessions(files.value(), options.replace);
    if (!outcome) {
        const bool invalid = outcome.error().code == Error::Code::InvalidData;
        return ExitCode::fail(invalid ? ExitCode::invalidInput : ExitCode::store, outcome.error().message);
    }
    QTextStream out(stdout);
    for (const QString &note : files->signatureNotes())
        out << note << Qt::endl;
    for (const QString &id : outcome->imported)
        out << tr("Imported %1").arg(id) << Qt::endl;
    for (const QString &id : outcome->skipped)
        out << tr("Skipped %1: a session with this id exists (use --replace)").arg(id) << Qt::endl;
    return ExitCode::ok;
}

} // namespace

int audit(ChatStore &store, const CommandLineOptions &options)
{
    if (options.verifyChain) {
        const auto check = store.verifyAuditTrail();
        if (!check)
            return ExitCode::fail(ExitCode::store, check.error().message);
        if (!check->intact)
            return ExitCode::fail(ExitCode::tampered, tr("The audit trail was CHANGED: %1").arg(check->problem));
        QTextStream(stdout) << tr("The audit trail is intact: %n entry(ies).", nullptr, int(check->entries))
                            << (check->head.isEmpty() ? QString() : u' ' + tr("Last hash: %1").arg(check->head))
                            << Qt::endl;
        return ExitCode::ok;
    }
    const auto entries = store.auditTrail();
    if (!entries)
        return ExitCode::fail(ExitCode::store, entries.error().message);
    QJsonArray array;
    QTextStream out(stdout);
    for (const AuditEntry &entry : *entries) {
        if (options.json) {
            array.append(QJsonObject{{u"id"_s, entry.id},
                                     {u"at"_s, SessionExport::isoTime(entry.at)},
                                     {u"action"_s, auditActionName(entry.action)},
                                     {u"actor"_s, entry.actor},
                                     {u"origin"_s, entry.origin},
                                     {u"details"_s, entry.details},
                                     {u"hash"_s, entry.hash}});
            continue;
        }
        out << entry.id << u'\t' << SessionExport::isoTime(entry.at) << u'\t' << entry.actor << u" ("_s << entry.origin
            << u")\t"_s << entry.describe() << u'\n';
    }
    if (options.json)
        printJson(array);
    return ExitCode::ok;
}

int run(const CommandLineOptions &options, const QString &dataDirectory)
{
    ChatStore store;
    if (auto opened = store.open(DataLocation::databasePath(dataDirectory)); !opened)
        return ExitCode::fail(ExitCode::store, opened.error().message);
    switch (options.command) {
    case CommandLineOptions::Command::Search:
        return search(store, options);
    case CommandLineOptions::Command::Sessions:
        return sessions(store, options);
    case CommandLineOptions::Command::Export:
        return exportSessions(store, options);
    case CommandLineOptions::Command::Import:
        return importFiles(store, options);
    case CommandLineOptions::Command::Verify:
        return verify(store, options);
    case CommandLineOptions::Command::Audit:
        return audit(store, options);
    default:
        return ExitCode::usage;
    }
}

} // namespace ReviewCommand
