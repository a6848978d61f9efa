// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace sd {

/// diff, merge: what a change does to a design and its findings, and the git merge driver (docs/diff.md).
std::vector<CliCommand> diffCommands();

} // namespace sd
