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

/// What a compound layout changes: positions (relative to the parent zone) and zone sizes.
struct LayoutPlacements {
    std::map<QString, QPointF> positions; ///< components and zones that move
    std::map<QString, QSizeF> sizes;      ///< zones that change size
    bool empty() const { return positions.empty() && sizes.empty(); }
};

struct CompoundLayoutOptions {
    /// Only components that were never placed (at 0,0 of their zone, as an import leaves
    /// them) are placed, beside what is there; nothing else moves. Zones still grow to fit.
    bool newOnly = false;
};

/**
 * Auto-layout of a compound graph: every zone is laid out as a cluster, inner zones first.
 * Inside a zone, its components and child zones are columns left to right by call depth
 * (layeredLayout's layering, a child zone standing for everything in it), below the zone's
 * title bar. Pinned components stay where they are and the rest flow around them; a zone then
 * grows (never shrinks) to hold its contents with padding. The result keeps every child inside
 * its parent and no two cards, or sibling zones, overlap.
 */
LayoutPlacements compoundLayout(const Design &design, const Catalog &catalog, const CompoundLayoutOptions &options = {});

/// Room a zone keeps around its contents: its sides and bottom, and below its top edge (the title bar).
inline constexpr double kZoneMargin = 20;
inline constexpr double kZoneTopMargin = 48;
/// The smallest zone (what a resize stops at).
inline constexpr double kMinZoneWidth = 120;
inline constexpr double kMinZoneHeight = 80;

/**
 * Where a new zone goes when dropped at `centre` (in the coordinates of `parentZone`, the
 * canvas when empty): centred there at `wanted` size, but shrunk and shifted to lie inside the
 * parent's interior, so it never overflows what it was dropped on. Returns the rectangle in the
 * parent's coordinates (at least the smallest zone; growZonesToFit makes room for that).
 */
QRectF fitZoneIntoParent(const Design &design, const Catalog &catalog, const QString &parentZone, QPointF centre,
                         QSizeF wanted);

/**
 * The zones around `ids` grown so each item lies inside its zone with the zone margins, and
 * the zones in theirs, up to the top level: a zone grows right and down by getting bigger, left
 * and up by moving (its members shift back, so nothing moves on the canvas). Sizes for the
 * grown zones, positions for grown zones that moved and for the members that shifted. Empty
 * when everything fits.
 */
LayoutPlacements growZonesToFit(const Design &design, const Catalog &catalog, const QStringList &ids);

/**
 * The free place nearest to `wanted` for a rectangle of its size: `wanted` itself when it keeps
 * `gap` from every rectangle in `occupied`, else the closest grid step (`step` apart) that does,
 * searched ring by ring outwards (the right and below first on a tie).
 */
QRectF nearestFreeRect(QRectF wanted, const std::vector<QRectF> &occupied, qreal gap = 20, qreal step = 20);

/// Applies placements to a copy of the design (what the CLI writes and the tests check).
Design applyPlacements(Design design, const LayoutPlacements &placements);

} // namespace sd
