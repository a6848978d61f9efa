// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace sd {

/// layout DESIGN [-o OUT] [--new-only]: the studio's auto-layout, for CI and imports.
std::vector<CliCommand> layoutCommands();

} // namespace sd
