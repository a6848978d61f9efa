// SPDX-License-Identifier: MIT
// Resolving what `stackdraft-cli merge` recorded under `conflicts:` (issue 19), one conflict at a time.
#pragma once

#include "design.h"

#include <optional>

namespace sd {

class Catalog;

/// Whether the other side's value of a conflict can be put in the design (a field with a value on that
/// side: a property, name, position, size, zone or a connection's field); else it can only be kept.
bool canTakeOtherValue(const MergeConflict &conflict);

/**
 * The design with conflict `index` resolved: `takeOther` false keeps the merged value, true puts the
 * other side's value into the field (properties checked against the catalog). The conflict leaves the
 * list either way. nullopt with `error` set when the value does not fit (or the item is gone).
 */
std::optional<Design> resolveConflict(const Design &design, const Catalog &catalog, size_t index, bool takeOther, QString *error);

} // namespace sd
