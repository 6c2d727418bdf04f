#include "recordscommand.h"

#include "chatstore.h"
#include "datalocation.h"
#include "exitcode.h"
#include "managedpolicy.h"
#include "recordkeeping.h"
#include "sessionexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace RecordsCommand {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RecordsCommand", text, disambiguation, n);
}

int failWith(const Error &error)
{
    const int code = error.code == Error::Code::OnHold ? ExitCode::onHold : ExitCode::store;
    return ExitCode::fail(code, error.message);
}

QString titleOf(const ChatSession &session)
{
    return session.title.isEmpty() ? tr("(untitled)") : session.title;
}

int removeSession(ChatStore &store, const CommandLineOptions &options)
{
    const QString &id = options.items.constFirst();
    const auto scope = options.onServer ? ChatStore::DeleteScope::AlsoOnServer : ChatStore::DeleteScope::ThisComputer;
    const auto done = options.permanently ? store.deleteChatSession(id, scope) : store.moveToTrash(id, scope);
    if (!done)
        return failWith(done.error());
    QTextStream out(stdout);
    out << (options.permanently ? tr("Deleted %1 for good.").arg(id) : tr("Moved %1 to the Trash.").arg(id));
    if (options.onServer)
        out << u' ' << tr("The server's copy is deleted with the next sync.");
    out << Qt::endl;
    return ExitCode::ok;
}

int listTrash(ChatStore &store, const CommandLineOptions &options, int trashDays)
{
    const auto trashed = store.trashedSessions();
    if (!trashed)
        return failWith(trashed.error());
    QJsonArray array;
    QTextStream out(stdout);
    for (const ChatSession &session : *trashed) {
        const QDateTime goes = trashDays > 0 ? session.trashedAt.addDays(trashDays) : QDateTime();
        if (options.json) {
            array.append(QJsonObject{{u"session_id"_s, session.sessionId},
                                     {u"title"_s, session.title},
                                     {u"trashed_at"_s, SessionExport::isoTime(session.trashedAt)},
                                     {u"deleted_at"_s, goes.isValid() ? SessionExport::isoTime(goes) : QString()},
                                     {u"on_hold"_s, session.onHold}});
            continue;
        }
        const QString fate = session.onHold ? tr("kept while on legal hold")
            : goes.isValid()                ? tr("deleted for good on %1").arg(goes.date().toString(Qt::ISODate))
                                            : tr("kept until the Trash is emptied");
        out << session.sessionId << u'\t' << titleOf(session) << u'\t'
            << tr("trashed %1").arg(session.trashedAt.date().toString(Qt::ISODate)) << u'\t' << fate << u'\n';
    }
    if (options.json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (trashed->isEmpty())
        QTextStream(stderr) << tr("The Trash is empty.") << Qt::endl;
    return ExitCode::ok;
}

int trash(ChatStore &store, const CommandLineOptions &options, int trashDays)
{
    const QString verb = options.items.value(0);
    if (verb.isEmpty())
        return listTrash(store, options, trashDays);
    if (verb == u"empty") {
        const auto purged = store.emptyTrash();
        if (!purged)
            return failWith(purged.error());
        QTextStream(stdout) << tr("Deleted %n conversation(s) for good.", nullptr, int(purged->size())) << Qt::endl;
        return ExitCode::ok;
    }
    for (const QString &id : options.items.mid(1)) {
        if (auto restored = store.restoreFromTrash(id); !restored)
            return failWith(restored.error());
        QTextStream(stdout) << tr("Restored %1.").arg(id) << Qt::endl;
    }
    return ExitCode::ok;
}

int listHolds(ChatStore &store)
{
    const auto all = store.holdAll();
    const auto held = store.heldSessions();
    if (!all || !held)
        return failWith(!all ? all.error() : held.error());
    QTextStream out(stdout);
    if (*all)
        out << tr("Every conversation is on legal hold.") << u'\n';
    for (const ChatSession &session : *held)
        out << session.sessionId << u'\t' << titleOf(session) << u'\n';
    if (!*all && held->isEmpty())
        QTextStream(stderr) << tr("No conversation is on legal hold.") << Qt::endl;
    return ExitCode::ok;
}

int hold(ChatStore &store, const CommandLineOptions &options, bool held)
{
    if (held && !options.all && options.items.isEmpty())
        return listHolds(store);
    if (options.all) {
        if (auto changed = store.setHoldAll(held); !changed)
            return failWith(changed.error());
        QTextStream(stdout) << (held ? tr("Every conversation is on legal hold.")
                                     : tr("The legal hold on every conversation is lifted."))
                            << Qt::endl;
        return ExitCode::ok;
    }
    for (const QString &id : options.items) {
        if (auto changed = store.setOnHold(id, held); !changed)
            return failWith(changed.error());
        QTextStream(stdout) << (held ? tr("%1 is on legal hold.") : tr("The legal hold on %1 is lifted.")).arg(id)
                            << Qt::endl;
    }
    return ExitCode::ok;
}

} // namespace

int run(const CommandLineOptions &options, const ConnectionSettings &settings, const ManagedPolicy &policy,
        const QString &dataDirectory)
{
    ChatStore store;
    if (auto opened = store.open(DataLocation::databasePath(dataDirectory)); !opened)
        return ExitCode::fail(ExitCode::store, opened.error().message);
    const RecordKeeping::Periods periods = RecordKeeping::periodsOf(settings);
    if (auto noted = RecordKeeping::noteChanges(store, periods, policy); !noted)
        return failWith(noted.error());
    if (auto tidied = store.tidyRecords(periods.retentionDays, periods.trashDays); !tidied)
        return failWith(tidied.error());
    switch (options.command) {
    case CommandLineOptions::Command::Delete:
        return removeSession(store, options);
    case CommandLineOptions::Command::Trash:
        return trash(store, options, periods.trashDays);
    case CommandLineOptions::Command::Hold:
        return hold(store, options, true);
    case CommandLineOptions::Command::Release:
        return hold(store, options, false);
    default:
        return ExitCode::usage;
    }
}

} // namespace RecordsCommand
