#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CommandLine {

Result<CommandLineOptions> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Chat with the GovStack AI assistant."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QCoreApplication::translate("CommandLine", "Keep chats in <folder> instead of the standard location."),
        QCoreApplication::translate("CommandLine", "folder"));
    parser.addOption(dataDir);
    if (!parser.parse(arguments))
        return Error{Error::Code::InvalidData, parser.errorText()};
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        return Error{Error::Code::InvalidData,
                     QCoreApplication::translate("CommandLine", "Unknown command: %1")
                         .arg(parser.positionalArguments().constFirst())};
    }
    return CommandLineOptions{parser.value(dataDir)};
}

} // namespace CommandLine
