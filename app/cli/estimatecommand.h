// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace sd {

/// estimate: the capacity model's figures per component, each with its derivation.
std::vector<CliCommand> estimateCommands();

} // namespace sd
