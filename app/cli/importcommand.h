// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace sd {

/// import compose|kubernetes PATH... -o DESIGN [--report FILE]: a design from what already runs (issue 18).
std::vector<CliCommand> importCommands();

} // namespace sd
