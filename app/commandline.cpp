#include "commandline.h"

#include "personaldata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

Error usage(const QString &message)
{
    return Error{Error::Code::InvalidData, message};
}

/// The parser with every option; shared by isHeadless() and parse().
struct Options {
    QCommandLineOption dataDir{
        u"data-dir"_s,
        QCoreApplication::translate("CommandLine", "Keep chats in <folder> instead of the standard location."),
        QCoreApplication::translate("CommandLine", "folder")};
    QCommandLineOption backend{
        u"backend"_s,
        QCoreApplication::translate("CommandLine", "Talk to a GovStack server or an OpenAI-compatible endpoint."),
        u"govstack|openai"_s};
    QCommandLineOption server{
        u"server"_s,
        QCoreApplication::translate(
            "CommandLine", "The GovStack server URL, or for OpenAI the API base (e.g. http://localhost:11434/v1)."),
        u"url"_s};
    QCommandLineOption profile{u"profile"_s, QCoreApplication::translate("CommandLine", "The GovStack path profile."),
                               u"v2|govbot"_s};
    QCommandLineOption model{u"model"_s,
                             QCoreApplication::translate("CommandLine", "The model of an OpenAI-compatible endpoint."),
                             QCoreApplication::translate("CommandLine", "name")};
    QCommandLineOption userId{u"user-id"_s,
                              QCoreApplication::translate("CommandLine", "The user id sent with each request."),
                              QCoreApplication::translate("CommandLine", "id")};
    QCommandLineOption timeout{
        u"timeout"_s, QCoreApplication::translate("CommandLine", "Give up on a silent server after <seconds>."),
        QCoreApplication::translate("CommandLine", "seconds")};
    QCommandLineOption session{u"session"_s,
                               QCoreApplication::translate("CommandLine",
                                                           "ask: continue the session with this id; sync: sync only "
                                                           "this session."),
                               QCoreApplication::translate("CommandLine", "id")};
    QCommandLineOption newSession{
        u"new"_s, QCoreApplication::translate("CommandLine", "ask: start a new session and print its id.")};
    QCommandLineOption edit{u"edit"_s,
                            QCoreApplication::translate("CommandLine",
                                                        "ask --session ID --edit N TEXT: ask question N again as TEXT, "
                                                        "in a new version of the conversation."),
                            u"N"_s};
    QCommandLineOption regenerate{u"regenerate"_s,
                                  QCoreApplication::translate("CommandLine",
                                                              "ask --session ID --regenerate N: a new answer to "
                                                              "question N, in a new version of the conversation."),
                                  u"N"_s};

    QCommandLineOption json{u"json"_s, QCoreApplication::translate("CommandLine", "search, sessions: print JSON.")};
    QCommandLineOption all{u"all"_s, QCoreApplication::translate("CommandLine", "export: every session.")};
    QCommandLineOption output{
        {u"o"_s, u"output"_s},
        QCoreApplication::translate("CommandLine", "export: write to <file> instead of standard output."),
        QCoreApplication::translate("CommandLine", "file")};
    QCommandLineOption format{u"format"_s, QCoreApplication::translate("CommandLine", "export: the file format."),
                              u"json|markdown|pdf"_s};
    QCommandLineOption replace{
        u"replace"_s, QCoreApplication::translate("CommandLine", "import: replace sessions that exist already.")};
    QCommandLineOption from{
        u"from"_s, QCoreApplication::translate("CommandLine", "search, sessions: from this day on."), u"YYYY-MM-DD"_s};
    QCommandLineOption to{u"to"_s, QCoreApplication::translate("CommandLine", "search, sessions: up to this day."),
                          u"YYYY-MM-DD"_s};
    QCommandLineOption language{
        u"language"_s, QCoreApplication::translate("CommandLine", "search, sessions: answers in this language."),
        u"en|sw|sheng"_s};
    QCommandLineOption rated{u"rated"_s,
                             QCoreApplication::translate("CommandLine", "search, sessions: rated answers only.")};
    QCommandLineOption key{u"key"_s,
                           QCoreApplication::translate("CommandLine",
                                                       "verify: the fingerprint of the key the file must be signed "
                                                       "with (Help → About on the computer that exported it)."),
                           QCoreApplication::translate("CommandLine", "fingerprint")};
    QCommandLineOption requireSigned{
        u"require-signed"_s,
        QCoreApplication::translate("CommandLine", "import: refuse files that are not signed exports.")};
    QCommandLineOption verify{
        u"verify"_s, QCoreApplication::translate("CommandLine", "audit: check that no entry was changed or removed.")};
    QCommandLineOption allowPersonalData{
        u"allow-personal-data"_s,
        QCoreApplication::translate("CommandLine",
                                    "ask: send a message even though it holds personal data (phone, e-mail, ID, "
                                    "KRA PIN, passport).")};

    QCommandLineOption onServer{u"on-server"_s,
                                QCoreApplication::translate("CommandLine", "delete: delete the server's copy too.")};
    QCommandLineOption permanently{
        u"permanently"_s,
        QCoreApplication::translate("CommandLine", "delete: delete for good rather than move to the Trash.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({dataDir,  backend,    server,     profile,       model,      userId,
                           timeout,  session,    newSession, edit,          regenerate, json,
                           all,      output,     format,     replace,       from,       to,
                           language, rated,      key,        requireSigned, verify,     allowPersonalData,
                           onServer, permanently});
        parser.addPositionalArgument(
            u"command"_s,
            QCoreApplication::translate("CommandLine",
                                        "ask TEXT: send one message and print the answer, without a window.\n"
                                        "login: read an API key from standard input into the keychain.\n"
                                        "logout: remove the API key from the keychain.\n"
                                        "config get [KEY] | config set KEY VALUE: read or change a setting.\n"
                                        "sync: send waiting messages, deletes and ratings to the GovStack server "
                                        "and fetch what changed there.\n"
                                        "pull SESSION_ID: open a session of the GovStack server by its id.\n"
                                        "search QUERY: find messages in every session.\n"
                                        "export (SESSION_ID... | --all): write sessions as JSON or Markdown.\n"
                                        "import FILE...: read exported sessions, server histories or PydanticAI "
                                        "histories.\n"
                                        "sessions: list the sessions with their details.\n"
                                        "verify FILE: check that an export is as it was written, and who signed it.\n"
                                        "audit: list the record of exports, imports and deletes.\n"
                                        "delete SESSION_ID: move a conversation to the Trash.\n"
                                        "trash [restore SESSION_ID... | empty]: list, restore or empty the Trash.\n"
                                        "hold [SESSION_ID... | --all] | release (SESSION_ID... | --all): place or "
                                        "lift a legal hold."),
            u"[ask TEXT | login | logout | config ... | sync | pull ID | search | export | import | sessions | "
            u"verify FILE | audit | delete ID | trash | hold | release]"_s);
    }
};

} // namespace

ConnectionSettings CommandLineOptions::applyTo(ConnectionSettings settings) const
{
    if (backend)
        settings.backend = *backend;
    if (!server.isEmpty())
        (settings.backend == Backend::OpenAI ? settings.openAiUrl : settings.govStackUrl) = QUrl::fromUserInput(server);
    if (profile)
        settings.profile = *profile;
    if (!model.isEmpty())
        settings.model = model;
    if (!userId.isEmpty())
        settings.userId = userId;
    if (timeoutSeconds)
        settings.timeoutSeconds = *timeoutSeconds;
    return settings;
}

namespace {

Result<CommandLineOptions> parseSync(const QString &command, const QStringList &positional, CommandLineOptions result)
{
    if (command == u"sync") {
        if (!positional.isEmpty())
            return usage(
                QCoreApplication::translate("CommandLine", "sync takes no text; use --session ID for one session."));
        result.command = CommandLineOptions::Command::Sync;
        return result;
    }
    if (positional.size() != 1)
        return usage(QCoreApplication::translate("CommandLine", "Use: pull SESSION_ID"));
    result.command = CommandLineOptions::Command::Pull;
    result.sessionId = positional.constFirst();
    return result;
}

Result<ReviewFilter> parseFilter(const QCommandLineParser &parser, const Options &options,
                                 const CommandLineOptions &result)
{
    ReviewFilter filter;
    for (const auto &[option, day] : {std::pair{&options.from, &filter.from}, {&options.to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usage(QCoreApplication::translate("CommandLine", "--%1 must be a day like 2026-11-25, not \"%2\".")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    filter.backend = result.backend;
    filter.serverUrl = parser.isSet(options.server) ? QUrl::fromUserInput(result.server).toString() : QString();
    filter.userId = result.userId;
    filter.language = parser.value(options.language);
    filter.ratedOnly = parser.isSet(options.rated);
    return filter;
}

Result<CommandLineOptions> parseReview(const QString &command, const QStringList &positional,
                                       const QCommandLineParser &parser, const Options &options,
                                       CommandLineOptions result)
{
    const auto filter = parseFilter(parser, options, result);
    if (!filter)
        return filter.error();
    result.filter = *filter;
    result.json = parser.isSet(options.json);
    result.all = parser.isSet(options.all);
    result.replace = parser.isSet(options.replace);
    result.requireSigned = parser.isSet(options.requireSigned);
    result.keyFingerprint = parser.value(options.key);
    result.verifyChain = parser.isSet(options.verify);
    result.output = parser.value(options.output);
    const QString format = parser.value(options.format);
    if (!format.isEmpty() && format != u"json" && format != u"markdown" && format != u"pdf")
        return usage(QCoreApplication::translate("CommandLine", "--format must be json, markdown or pdf, not \"%1\".")
                         .arg(format));
    result.markdown = format == u"markdown";
    result.pdf = format == u"pdf";
    if (result.pdf && (positional.size() != 1 || result.output.isEmpty()))
        return usage(QCoreApplication::translate("CommandLine", "Use: export SESSION_ID --format pdf -o FILE"));
    result.items = positional;
    if (command == u"search") {
        result.command = CommandLineOptions::Command::Search;
        result.query = positional.join(u' ').trimmed();
        if (result.query.isEmpty())
            return usage(
                QCoreApplication::translate("CommandLine", "search needs words to look for, e.g.: search usajili"));
    } else if (command == u"export") {
        result.command = CommandLineOptions::Command::Export;
        if (positional.isEmpty() == !result.all)
            return usage(QCoreApplication::translate("CommandLine", "Use: export SESSION_ID... or export --all"));
    } else if (command == u"import") {
        result.command = CommandLineOptions::Command::Import;
        if (positional.isEmpty())
            return usage(QCoreApplication::translate("CommandLine", "Use: import FILE... [--replace]"));
    } else if (command == u"verify") {
        result.command = CommandLineOptions::Command::Verify;
        if (positional.size() != 1)
            return usage(QCoreApplication::translate("CommandLine", "Use: verify FILE [--key FINGERPRINT]"));
    } else if (command == u"audit") {
        result.command = CommandLineOptions::Command::Audit;
        if (!positional.isEmpty())
            return usage(QCoreApplication::translate("CommandLine", "Use: audit [--json] [--verify]"));
    } else {
        result.command = CommandLineOptions::Command::Sessions;
    }
    return result;
}

Result<CommandLineOptions> parseRecords(const QString &command, const QStringList &positional,
                                        const QCommandLineParser &parser, const Options &options,
                                        CommandLineOptions result)
{
    result.items = positional;
    result.all = parser.isSet(options.all);
    result.json = parser.isSet(options.json);
    result.onServer = parser.isSet(options.onServer);
    result.permanently = parser.isSet(options.permanently);
    const auto use = [](const char *text) { return usage(QCoreApplication::translate("CommandLine", text)); };
    if (command == u"delete") {
        result.command = CommandLineOptions::Command::Delete;
        if (positional.size() != 1)
            return use("Use: delete SESSION_ID [--on-server] [--permanently]");
    } else if (command == u"trash") {
        result.command = CommandLineOptions::Command::Trash;
        const QString verb = positional.value(0);
        if (!(positional.isEmpty() || (verb == u"empty" && positional.size() == 1) ||
              (verb == u"restore" && positional.size() > 1)))
            return use("Use: trash, trash restore SESSION_ID... or trash empty");
    } else {
        const bool hold = command == u"hold";
        result.command = hold ? CommandLineOptions::Command::Hold : CommandLineOptions::Command::Release;
        const bool both = result.all && !positional.isEmpty();
        const bool neither = !result.all && positional.isEmpty();
        if (both || (neither && !hold))
            return use("Use: hold [SESSION_ID... | --all] or release (SESSION_ID... | --all)");
    }
    return result;
}

} // namespace

namespace CommandLine {

bool needsGraphics(const QStringList &arguments)
{
    // A PDF is laid out with fonts, which need a GUI application (on the offscreen platform).
    const qsizetype format = arguments.indexOf(u"--format"_s);
    return arguments.contains(u"--format=pdf"_s) || (format >= 0 && arguments.value(format + 1) == u"pdf");
}

bool isHeadless(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    // An unknown option is reported later by parse(); the command word is still known.
    parser.parse(arguments);
    const QString command = parser.positionalArguments().value(0);
    static const QStringList headless{u"ask"_s,    u"login"_s,  u"logout"_s, u"config"_s,   u"sync"_s,   u"pull"_s,
                                      u"search"_s, u"export"_s, u"import"_s, u"sessions"_s, u"verify"_s, u"audit"_s,
                                      u"delete"_s, u"trash"_s,  u"hold"_s,   u"release"_s};
    return headless.contains(command);
}

Result<CommandLineOptions> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Chat with the GovStack AI assistant."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    CommandLineOptions result;
    result.dataDirectory = parser.value(options.dataDir);
    if (parser.isSet(options.backend)) {
        result.backend = backendFromName(parser.value(options.backend));
        if (!result.backend)
            return usage(QCoreApplication::translate("CommandLine", "--backend must be govstack or openai, not \"%1\".")
                             .arg(parser.value(options.backend)));
    }
    if (parser.isSet(options.profile)) {
        result.profile = GovStackBackend::profileFromName(parser.value(options.profile));
        if (!result.profile)
            return usage(QCoreApplication::translate("CommandLine", "--profile must be v2 or govbot, not \"%1\".")
                             .arg(parser.value(options.profile)));
    }
    if (parser.isSet(options.timeout)) {
        bool ok = false;
        result.timeoutSeconds = parser.value(options.timeout).toInt(&ok);
        if (!ok || *result.timeoutSeconds <= 0)
            return usage(
                QCoreApplication::translate("CommandLine", "--timeout must be a whole number of seconds above zero."));
    }
    result.server = parser.value(options.server);
    if (parser.isSet(options.server) && !QUrl::fromUserInput(result.server).isValid())
        return usage(QCoreApplication::translate("CommandLine", "--server is not a valid URL: %1").arg(result.server));
    result.model = parser.value(options.model);
    result.userId = parser.value(options.userId);
    result.sessionId = parser.value(options.session);
    result.newSession = parser.isSet(options.newSession);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return result;
    const QString command = positional.takeFirst();
    if (command == u"login" || command == u"logout") {
        if (!positional.isEmpty())
            return usage(QCoreApplication::translate(
                             "CommandLine",
                             "%1 takes no text: the key is read from standard input, never from the command line.")
                             .arg(command));
        result.command = command == u"login" ? CommandLineOptions::Command::Login : CommandLineOptions::Command::Logout;
        return result;
    }
    if (command == u"config") {
        const QString verb = positional.value(0);
        const bool get = verb == u"get" && positional.size() <= 2;
        const bool set = verb == u"set" && positional.size() == 3;
        if (!get && !set)
            return usage(QCoreApplication::translate("CommandLine", "Use: config get [KEY] or config set KEY VALUE"));
        result.command = CommandLineOptions::Command::Config;
        result.configArguments = positional;
        return result;
    }
    if (command == u"sync" || command == u"pull")
        return parseSync(command, positional, std::move(result));
    static const QStringList review{u"search"_s, u"export"_s, u"import"_s, u"sessions"_s, u"verify"_s, u"audit"_s};
    if (review.contains(command))
        return parseReview(command, positional, parser, options, std::move(result));
    static const QStringList records{u"delete"_s, u"trash"_s, u"hold"_s, u"release"_s};
    if (records.contains(command))
        return parseRecords(command, positional, parser, options, std::move(result));
    if (command != u"ask")
        return usage(QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command));
    result.command = CommandLineOptions::Command::Ask;
    result.text = positional.join(u' ').trimmed();
    for (auto [option, question] :
         {std::pair{&options.edit, &result.editQuestion}, std::pair{&options.regenerate, &result.regenerateQuestion}}) {
        if (!parser.isSet(*option))
            continue;
        bool number = false;
        *question = parser.value(*option).toInt(&number);
        if (!number || **question < 1 || result.sessionId.isEmpty())
            return usage(QCoreApplication::translate(
                "CommandLine", "--edit and --regenerate take a question's number (from 1) and --session."));
    }
    if (result.editQuestion && result.regenerateQuestion)
        return usage(QCoreApplication::translate("CommandLine", "Use either --edit or --regenerate, not both."));
    if (result.text.isEmpty() && !result.regenerateQuestion)
        return usage(QCoreApplication::translate(
            "CommandLine", "ask needs the text of a message, e.g.: ask \"How do I register a business name?\""));
    if (result.newSession && !result.sessionId.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "Use either --session or --new, not both."));
    // Refused by the command before anything is stored (unless allowed), and kept in the audit trail.
    result.allowPersonalData = parser.isSet(options.allowPersonalData);
    for (const PersonalData::Match &match : PersonalData::find(result.text)) {
        if (const QString key = PersonalData::keyOf(match.kind); !result.personalData.contains(key))
            result.personalData << key;
    }
    return result;
}

} // namespace CommandLine
