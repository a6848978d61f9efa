// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace sd {

/// export FORMAT DESIGN -o OUT [--OPTION VALUE...]: every registered exporter, one command.
std::vector<CliCommand> exportCommands();

} // namespace sd
