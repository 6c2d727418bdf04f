#pragma once

#include "commandline.h"

/// `export SESSION_ID --format pdf -o FILE`: the conversation laid out for paper, headless
/// (the offscreen platform gives it fonts). Returns the exit code.
namespace PdfExportCommand {

int run(const CommandLineOptions &options, const QString &dataDirectory);

} // namespace PdfExportCommand
