// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "validation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace sd {

class Catalog;

/// What kind of thing changed: the design itself (name, metadata, answers...) or one of its items.
enum class DiffItemType { Design, Zone, Component, Connection, Note };
/// "design", "zone", "component", "connection", "note": the form JSON and SARIF use.
QString diffItemTypeName(DiffItemType type);

enum class ChangeKind { Added, Removed, Changed, Renamed };
/// "added", "removed", "changed", "renamed".
QString changeKindName(ChangeKind kind);

/// One field of an item, before and after. An invalid QVariant means "not set" (a property that
/// was added or removed, an answer that was not given).
struct FieldChange {
    QString field;  ///< "name", "zone", "position", "properties.replicas", "from", "answers.general.dau.now"...
    QVariant before;
    QVariant after;
    /// Where it is drawn (position, size), not what it is: a review looks at these last.
    bool layout = false;

    bool operator==(const FieldChange &) const = default;
};

/// One zone, component or connection that was added, removed, changed or renamed (given a new id).
struct ItemChange {
    DiffItemType type = DiffItemType::Component;
    ChangeKind kind = ChangeKind::Changed;
    QString id;    ///< the id on the new side (the old side for removed items)
    QString oldId; ///< renamed items: the id it had
    QString name;  ///< its name, for people
    std::vector<FieldChange> fields; ///< changed and renamed items, in a fixed order

    /// Something other than layout changed (or the item came or went).
    bool semantic() const;
    bool operator==(const ItemChange &) const = default;
};

/**
 * The structural difference of two designs, matched by id. An item whose id went away while an
 * item of the same kind, the same properties and the same neighbours appeared is a rename, not a
 * removal and an addition.
 */
struct DesignDiff {
    std::vector<ItemChange> changes; ///< design first, then zones, components, connections, notes; each by id
    /// Ids the two sides share (components and zones): see unrelated().
    int sharedIds = 0;
    bool sameName = true;
    int beforeItems = 0;
    int afterItems = 0;
    /// Old id -> new id of every renamed zone and component.
    std::vector<std::pair<QString, QString>> renames;

    bool empty() const { return changes.empty(); }
    /// Two designs of different names that share less than half the ids of the smaller one are
    /// not versions of one design (generic ids like "aws" or "dns" recur everywhere), and a diff
    /// of them says so.
    bool unrelated() const { return !sameName && beforeItems > 0 && afterItems > 0 && sharedIds * 2 < std::min(beforeItems, afterItems); }
    /// How many items of a type changed this way.
    int count(DiffItemType type, ChangeKind kind) const;
};

/// Compares two designs. Linear in their size (plus the rename search over unmatched items only).
DesignDiff diffDesigns(const Design &before, const Design &after);

/// A finding that appeared, went away, changed severity or was accepted or un-accepted.
struct FindingChange {
    enum class Kind { Appeared, Disappeared, SeverityChanged, AcceptanceChanged };
    Kind kind = Kind::Appeared;
    Finding before; ///< empty for Appeared
    Finding after;  ///< empty for Disappeared

    /// The finding as it is now (after), or as it was when it disappeared.
    const Finding &current() const { return kind == Kind::Disappeared ? before : after; }
    /// New to review: it appeared, or its severity rose, and it is not accepted.
    bool isNew() const;
};
/// "appeared", "disappeared", "severity-changed", "acceptance-changed".
QString findingChangeKindName(FindingChange::Kind kind);

/// A change in the shape of the dependency graph: what now takes the system down with it.
struct StructuralChange {
    enum class Kind { CutVertexGained, CutVertexLost, BridgeGained, BridgeLost, DominatorGained, DominatorLost, BlastRadius };
    Kind kind = Kind::CutVertexGained;
    QString subject;  ///< component id, or "a - b" for a bridge
    QString name;     ///< for people: the component's name, or both names of a bridge
    int before = 0;   ///< blast radius before (BlastRadius only; 0 when the component is new)
    int after = 0;

    /// "Order queue (order-queue) becomes a cut vertex", translated.
    QString sentence() const;
};
/// "cut-vertex-gained", ... "blast-radius".
QString structuralChangeKindName(StructuralChange::Kind kind);

/// How the findings and the single points of failure changed between two designs.
struct FindingsDelta {
    std::vector<FindingChange> changes;      ///< new first (errors first), then the others; each by id
    std::vector<StructuralChange> structural; ///< gained first, then lost, then blast radius (largest change first)
    FindingCounts before;
    FindingCounts after;

    /// The findings the change adds (appeared or raised, not accepted), as they are now.
    std::vector<Finding> newFindings() const;
    /// Whether the change adds a finding of at least this severity.
    bool addsAtLeast(FindingSeverity threshold) const;
};

/**
 * Runs the validation and the structural analysis on both sides and compares them. Findings are
 * matched by id; ids of renamed components are followed (`diff.renames`), so a rename does not
 * show as one finding gone and another come.
 */
FindingsDelta diffFindings(const Design &before, const Design &after, const DesignDiff &diff, const Catalog &catalog);

/// One generated file that a change of the design changes.
struct ExportFileChange {
    QString exporter; ///< exporter id: "terraform", "kubernetes"...
    QString path;     ///< inside that export, '/'-separated
    ChangeKind kind = ChangeKind::Changed; ///< added, removed or changed
    int linesAdded = 0;
    int linesRemoved = 0;
};

/// Which exported files would change (filled by diffExports in exporters/exportdiff.h).
struct ExportsDelta {
    std::vector<ExportFileChange> files; ///< by exporter, then path
    QStringList exporters;               ///< the exporters that were compared
    QStringList problems;                ///< "terraform: before: ..." when an export could not be made on a side
};

/// Texts of the diff for people (QCoreApplication::translate context).
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(DesignDiff)

public:
    /// A value as a reviewer reads it: "3", "true", "[40, 60]", "(not set)".
    static QString value(const QVariant &value);
};

} // namespace sd
