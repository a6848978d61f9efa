// SPDX-License-Identifier: MIT
#pragma once

#include "comparestyle.h"
#include "diff.h"

#include <QHash>

namespace sd {

class Catalog;

/**
 * What compare mode shows: the open design against another one ("changes since REV"), as the
 * CLI's diff computes it. A plain value, made in one step; the canvas, the change list and the
 * findings delta all read the same one.
 */
struct Comparison {
    DesignDiff diff;        ///< other (before) -> open design (after)
    FindingsDelta findings;
    QHash<QString, CompareMark> marks; ///< items of the open design that differ (not the removed ones)

    static Comparison of(const Design &other, const Design &open, const Catalog &catalog);
};

/// How a change is marked: added, removed, changed (renamed too) or only moved.
CompareMark compareMarkOf(const ItemChange &change);

} // namespace sd
