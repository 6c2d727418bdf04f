#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

/// What the command line asks for; flags override the settings for this run.
struct CommandLineOptions {
    /// Where the chat database lives; empty for the standard location.
    QString dataDirectory;
};

namespace CommandLine {

/// Parses @p arguments (argv, program name first). `--help` and `--version`
/// print and exit, as QCommandLineParser does; anything unknown is an Error.
Result<CommandLineOptions> parse(const QStringList &arguments);

} // namespace CommandLine
