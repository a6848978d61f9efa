// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace sd {

class FailureModel;

/**
 * The structural single points of failure of a design, by component id: what `validate` reports
 * beside the findings (JSON's top-level `structural` object, SARIF's run properties, CSV rows,
 * an HTML section) and `simulate` prints. Whatever the redundancy of the components: this is
 * the shape of the dependency graph.
 */
struct StructuralReport {
    /// Cut vertices of the undirected dependency graph, sorted by id.
    QStringList cutVertices;
    /// Bridges (the only link between two parts), each pair sorted, the list sorted.
    std::vector<std::pair<QString, QString>> bridges;

    /// Per entry point, the dominator tree from that entry alone.
    struct EntryDominators {
        QString entry;
        /// Every component the entry reaches (but the entry) with its immediate dominator:
        /// the component every path from the entry to it passes through last. Sorted by id.
        std::vector<std::pair<QString, QString>> immediate;
        /// Components other than the entry that every path from the entry to some other
        /// component passes through, with how many components they cut off from it (sorted:
        /// most first, then by id).
        std::vector<std::pair<QString, int>> dominating;
    };
    std::vector<EntryDominators> dominators; ///< in the order of FailureModel::entries()

    /// Id -> name of every component named above.
    std::vector<std::pair<QString, QString>> names;
};

/// Computes the report: Boost.Graph's biconnected components and one Lengauer-Tarjan run per entry point.
StructuralReport structuralReport(const FailureModel &model);

} // namespace sd
