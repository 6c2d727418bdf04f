#pragma once

#include "chatsession.h"
#include "connectionsettings.h"
#include "result.h"
#include "reviewfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

/// What the command line asks for. The connection flags override the
/// settings for this run, for the window as for headless commands.
struct CommandLineOptions {
    enum class Command {
        Window, ///< no command: open the main window
        Ask, ///< `ask TEXT`: one turn, headless
        Login, ///< `login`: an API key from stdin into the keychain
        Logout, ///< `logout`: the API key out of the keychain
        Config, ///< `config get|set KEY [VALUE]`
        Sync, ///< `sync [--session ID]`: one sync pass with the GovStack server
        Pull, ///< `pull SESSION_ID`: open a server session by its id
        Search, ///< `search QUERY [--json]`: full-text search over every session
        Export, ///< `export (SESSION_ID... | --all) [-o FILE] [--format json|markdown]`
        Import, ///< `import FILE... [--replace]`
        Sessions, ///< `sessions [--json]`: the review table's columns
        Verify, ///< `verify FILE [--key FINGERPRINT]`: whether an export is intact and who signed it
        Audit, ///< `audit [--json] [--verify]`: the record of exports, imports and deletes
        Delete, ///< `delete SESSION_ID [--on-server] [--permanently]`: to the Trash, or for good
        Trash, ///< `trash [restore SESSION_ID... | empty] [--json]`
        Hold, ///< `hold [SESSION_ID... | --all]`: place a legal hold (without either: list them)
        Release, ///< `release (SESSION_ID... | --all)`: lift a legal hold
    };

    Command command = Command::Window;
    /// Where the chat database lives; empty for the standard location.
    QString dataDirectory;

    std::optional<Backend> backend;
    QString server;
    std::optional<GovStackBackend::Profile> profile;
    QString model;
    QString userId;
    std::optional<int> timeoutSeconds;

    /// config: "get" or "set", the key and the value.
    QStringList configArguments;

    // ask, sync and pull
    QString sessionId;
    bool newSession = false;
    QString text;
    /// ask --edit N / --regenerate N: question N of the session's shown version (from 1) is
    /// asked again, as edited or as it was, in a new version of the conversation.
    std::optional<int> editQuestion;
    std::optional<int> regenerateQuestion;
    /// The kinds of personal data (PersonalData::keyOf) in the text.
    QStringList personalData;
    /// --allow-personal-data: send it anyway, unless the organisation's policy blocks it.
    bool allowPersonalData = false;

    // search, export, import and sessions
    /// Session ids (export) or files (import).
    QStringList items;
    QString query;
    bool json = false;
    bool all = false;
    bool replace = false;
    bool markdown = false;
    /// export --format pdf: one session, laid out for paper, to -o FILE.
    bool pdf = false;
    /// verify --key: the fingerprint the file must be signed with.
    QString keyFingerprint;
    /// import --require-signed: refuse files without a valid signature.
    bool requireSigned = false;
    /// audit --verify: check the audit trail's hash chain.
    bool verifyChain = false;
    /// delete --on-server: the server's copy goes too; --permanently: not to the Trash but for good.
    bool onServer = false;
    bool permanently = false;
    /// Where export writes; standard output when empty.
    QString output;
    /// Filters of search and sessions: --from, --to, --backend, --server, --user-id, --language, --rated.
    ReviewFilter filter;

    /// @p settings with this run's flags applied; `--server` sets the URL of the chosen back end.
    ConnectionSettings applyTo(ConnectionSettings settings) const;
};

namespace CommandLine {

/// Whether @p arguments name a headless command, so no display is needed.
/// Looks only at the words, before any application object exists.
bool isHeadless(const QStringList &arguments);
/// Whether the command lays out text (export --format pdf) and so needs a GUI application.
bool needsGraphics(const QStringList &arguments);

/// Parses @p arguments (argv, program name first). `--help` and `--version`
/// print and exit, as QCommandLineParser does; anything unknown is an Error.
Result<CommandLineOptions> parse(const QStringList &arguments);

} // namespace CommandLine
