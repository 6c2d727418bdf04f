#pragma once

#include "commandline.h"

/// The reviewer's commands, run headless against the store: `search`,
/// `export`, `import` and `sessions`. Returns the exit code.
namespace ReviewCommand {

int run(const CommandLineOptions &options, const QString &dataDirectory);

} // namespace ReviewCommand
