// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace sd {

/// answers: import a filled-in answers file into a design.
std::vector<CliCommand> answersCommands();

} // namespace sd
