// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <map>

namespace sd {

class Catalog;

/**
 * Layered auto-layout, left to right from the traffic sources: each component goes
 * into the column after the deepest component that calls it, and columns are ordered
 * to keep connections short (barycentre sweep). Components are laid out inside their
 * own zone; pinned components stay where they are and the others flow around them.
 *
 * Returns new positions (relative to each component's zone) for the components in
 * `scope` (all when empty) that are not pinned.
 */
std::map<QString, QPointF> layeredLayout(const Design &design, const Catalog &catalog, const QStringList &scope = {});

} // namespace sd
