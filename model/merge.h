// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sd {

/// What a three-way merge made.
struct MergeResult {
    Design merged;                        ///< with the new conflicts in merged.conflicts
    std::vector<MergeConflict> conflicts; ///< the conflicts this merge found (merged.conflicts may hold older ones too)
};

/**
 * The semantic three-way merge `stackdraft-cli merge` runs as a git merge driver. Items are
 * matched by id and merged field by field (name, zone, each property, position and size
 * separately): what only one side changed is taken from that side. Both sides changing one field
 * to different values, and one side deleting what the other changed, are conflicts: the merged
 * design keeps our value (for delete versus change: the changed item, so that nothing is lost)
 * and records the conflict. A deleted zone or component the other side still uses (a new member,
 * a new connection) is kept, as a conflict. Independent edits that together make no valid design
 * are conflicts too, resolved for ours: zones moved into each other (ours' move is kept), and one
 * id used for a zone on one side and for a component on the other (ours' item is kept; a dropped
 * component's connections go with it, a dropped zone's members move to its parent).
 */
class DesignMerge
{
    Q_DECLARE_TR_FUNCTIONS(DesignMerge)

public:
    static MergeResult merge(const Design &base, const Design &ours, const Design &theirs);
};

} // namespace sd
