#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({dataDir, backend, server, profile, model, userId, timeout, session, newSession});
        parser.addPositionalArgument(
            u"command"_s,
            QCoreApplication::translate("CommandLine",
                                        "ask TEXT: send one message and print the answer, without a window.\n"
                                        "login: read an API key from standard input into the keychain.\n"
                                        "logout: remove the API key from the keychain.\n"
                                        "config get [KEY] | config set KEY VALUE: read or change a setting.\n"
                                        "sync: send waiting messages, deletes and ratings to the GovStack server "
                                        "and fetch what changed there.\n"
                                        "pull SESSION_ID: open a session of the GovStack server by its id."),
            u"[ask TEXT | login | logout | config ... | sync | pull ID]"_s);
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

} // namespace

namespace CommandLine {

bool isHeadless(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    // An unknown option is reported later by parse(); the command word is still known.
    parser.parse(arguments);
    const QString command = parser.positionalArguments().value(0);
    static const QStringList headless{u"ask"_s, u"login"_s, u"logout"_s, u"config"_s, u"sync"_s, u"pull"_s};
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
    if (command != u"ask")
        return usage(QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command));
    result.command = CommandLineOptions::Command::Ask;
    result.text = positional.join(u' ').trimmed();
    if (result.text.isEmpty())
        return usage(QCoreApplication::translate(
            "CommandLine", "ask needs the text of a message, e.g.: ask \"How do I register a business name?\""));
    if (result.newSession && !result.sessionId.isEmpty())
        return usage(QCoreApplication::translate("CommandLine", "Use either --session or --new, not both."));
    return result;
}

} // namespace CommandLine
