// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "validation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace sd {

class Catalog;

/// One property set to a new value (an invalid value resets it to the kind's default).
struct PropertyEdit {
    QString itemId;
    QString key;
    QVariant value;
};

/// A component moved into another zone; `position` is relative to that zone, so it stays where it was on the canvas.
struct ItemMove {
    QString id;
    QString zone;
    QPointF position;
};

/**
 * A change to a design, as plain data: what a one-click fix does. Applied in the order of the
 * fields: connections removed, components moved, properties set, components and connections added.
 * The GUI turns it into one undo step (ApplyDesignChange), the CLI applies it to the loaded design.
 */
struct DesignChange {
    QStringList removedConnections;
    std::vector<ItemMove> moves;
    std::vector<PropertyEdit> properties;
    std::vector<Component> addedComponents;
    std::vector<Connection> addedConnections;

    bool isEmpty() const
    {
        return removedConnections.isEmpty() && moves.empty() && properties.empty() && addedComponents.empty()
            && addedConnections.empty();
    }
};

/// Applies a change to a design. Returns false (and leaves `design` as it was) when a step does
/// not fit the design (a missing item, a connection that would repeat another), with the reason.
bool applyDesignChange(Design &design, const DesignChange &change, QString *error = nullptr);

/// The mechanical fix of one finding: what it changes, in words and as data.
struct FindingFix {
    QString findingId;
    QString title;       ///< "Enable multi-AZ on Orders DB" (the UI writes "Fix: " before it)
    QStringList preview; ///< one line per change, for people: "Orders DB: Multi-AZ off → on"
    DesignChange change;
};

/**
 * Computes the one-click fixes of findings (issue 13). Each fix is checked before it is offered:
 * the fixed design must still be a valid design file (what `check` accepts) and re-validating it
 * must no longer raise the finding; a fix that would not hold is not offered.
 */
class FixPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FixPlanner)

public:
    FixPlanner(const Design &design, const Catalog &catalog) : m_design(design), m_catalog(catalog) {}

    /// The fix of a finding of this design, or nullopt when its rule has no mechanical fix here.
    std::optional<FindingFix> fixFor(const Finding &finding) const;
    /// Rules that can have a one-click fix, in documentation order.
    static QStringList fixableRules();

private:
    std::optional<FindingFix> plan(const Finding &finding) const;
    bool holds(const FindingFix &fix) const;

    const Design &m_design;
    const Catalog &m_catalog;
};

} // namespace sd
