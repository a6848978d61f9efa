// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace sd {

/// validate, simulate: single points of failure and resilience gaps (docs/validation.md).
std::vector<CliCommand> validationCommands();

} // namespace sd
