// SPDX-License-Identifier: MIT
#pragma once

#include "sourcetree.h"

namespace sd {

/**
 * Brings a parsed design file from `fromVersion` up to the current format, one
 * version at a time, on the parsed tree (so line numbers stay those of the file).
 */
void migrateDesignTree(SourceNode &root, int fromVersion);

} // namespace sd
