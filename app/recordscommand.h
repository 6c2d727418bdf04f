#pragma once

#include "commandline.h"

class ManagedPolicy;

/// The records officer's commands, run headless against the store: `delete`, `trash` (list,
/// `restore`, `empty`), `hold` and `release`. Each first applies the retention and Trash
/// periods, as the window does every hour. Returns the exit code.
namespace RecordsCommand {

int run(const CommandLineOptions &options, const ConnectionSettings &settings, const ManagedPolicy &policy,
        const QString &dataDirectory);

} // namespace RecordsCommand
