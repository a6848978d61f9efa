// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QStringList>

namespace sd {

/// A self-contained piece of a design: what is copied, pasted, deleted and restored.
struct DesignFragment {
    std::vector<Zone> zones;             ///< parents before children
    std::vector<Component> components;
    std::vector<Connection> connections; ///< only among the fragment's components, or to the rest of the design
    /// Text notes (in the fragment's zones, or on their own). Initialised here so that the
    /// aggregate initialisations of the lists above need not name it.
    std::vector<Note> notes = {};

    bool isEmpty() const { return zones.empty() && components.empty() && connections.empty() && notes.empty(); }
};

/**
 * The items (and notes) with these ids, the contents of the zones among them (at any depth)
 * and the connections that touch any of their components. This is what a delete
 * removes, so that undo can put back exactly the same items with the same ids.
 */
DesignFragment extractForRemoval(const Design &design, const QStringList &ids);

/**
 * The items with these ids and the contents of zones among them, with only the
 * connections whose both ends are inside: what a copy takes.
 */
DesignFragment extractForCopy(const Design &design, const QStringList &ids);

/**
 * Makes a copied fragment ready to add to `target`: new ids wherever they clash
 * (references follow), items whose parent is not in the fragment move to the
 * top level at their scene position plus `offset`.
 */
DesignFragment prepareForPaste(const DesignFragment &fragment, const Design &source, const Design &target,
                               QPointF offset);

class Catalog;

/**
 * Gives the availability zones of a pasted fragment real zone names (the `zone` property) that
 * no availability zone in `target` has yet: a copy of eu-west-1a becomes eu-west-1b, of Azure's
 * zone 1 zone 2. A zone still named after its old value takes the new name too.
 */
void freshAvailabilityZones(DesignFragment &fragment, const Design &target, const Catalog &catalog);

/**
 * `extractForCopy`, with the items whose zone stays behind lifted to the top level at
 * their scene position, so the fragment stands alone as a design (the clipboard).
 */
DesignFragment extractStandalone(const Design &design, const QStringList &ids);

/// A design holding just the fragment (for the clipboard, which uses the file format).
Design fragmentAsDesign(const DesignFragment &fragment, const QString &name);
DesignFragment designAsFragment(const Design &design);

} // namespace sd
