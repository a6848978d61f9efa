// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace sd {

/// fix: the one-click fixes of findings, applied to a design file (docs/validation.md).
std::vector<CliCommand> fixCommands();

} // namespace sd
