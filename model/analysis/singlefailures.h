// SPDX-License-Identifier: MIT
#pragma once

#include "failuremodel.h"

#include <vector>

namespace sd {

/**
 * What the failure of each single component breaks, for every component at once: the same lost
 * sets and broken entry points as FailureModel::simulate() of that component alone, without
 * running one simulation per component (which made the monitoring export quadratic).
 *
 * Why it is the same: when only x fails, what entry point e loses is the subtree of x in the
 * dominator tree from e (every path from e to those passes through x), x included; e is broken
 * when that subtree holds a component other than x that is not observability, or when a caller of
 * x that e still reaches has no other callee of x's kind. So one dominator tree per entry point
 * answers every component: the lost set of x is the union of its subtrees, the kind rule is an
 * ancestor test per caller.
 *
 * Cost: one dominator tree per entry point (as the structural report builds), then one walk up
 * each tree from every component, so the time is the sum of the components' depths in those
 * trees: linear in the design for the shallow trees of real designs.
 */
class SingleFailures
{
public:
    /// `headSize`: how many of the smallest lost components to keep per component (see lostHead()).
    SingleFailures(const FailureModel &model, int headSize);

    /// How many components are lost when `v` fails alone: simulate()'s result.lost.size().
    int lostCount(int v) const { return m_lostCount[size_t(v)]; }
    /// The first headSize components of simulate()'s result.lost (sorted by vertex), or all of them.
    std::vector<int> lostHead(int v) const;
    /// The entry points simulate() finds broken when `v` fails alone, in FailureModel::entries() order.
    std::vector<int> brokenEntries(int v) const;
    /// The whole simulate() result of `v` failing alone, as FailureModel::resolve(id) and
    /// simulate() give it. Linear in what it loses, for tests and single questions.
    SimulationResult simulate(int v) const;

private:
    /// One component in the dominator tree of one entry point.
    struct Slot {
        int vertex = -1;
        int entryIndex = -1;  ///< index in FailureModel::entries()
        int parent = -1;      ///< slot of the immediate dominator in the same tree, -1 at the entry
        int enter = 0;        ///< position in the tree's preorder (m_preorder from the tree's start)
        int leave = 0;        ///< one past the last descendant's position
        bool collateral = false; ///< a descendant is lost that is not observability
        bool broken = false;  ///< the entry point breaks when this component fails
    };

    void buildTrees();
    void markKindLosses();
    void countLost();
    /// The slots of a component, one per entry point that reaches it, in entry order.
    const Slot *slotsBegin(int v) const { return m_slots.data() + m_slotStart[size_t(v)]; }
    const Slot *slotsEnd(int v) const { return m_slots.data() + m_slotStart[size_t(v) + 1]; }

    const FailureModel &m_model;
    int m_headSize = 0;
    std::vector<Slot> m_slots;       ///< grouped by component, each group in entry order
    std::vector<int> m_slotStart;    ///< per component, its first slot; one more at the end
    std::vector<int> m_preorder;     ///< per tree, its slots in preorder, trees one after the other
    std::vector<int> m_treeStart;    ///< per entry point, where its tree starts in m_preorder
    std::vector<int> m_lostCount;
    std::vector<int> m_head;         ///< headSize vertices per component (m_headLength of them used)
    std::vector<int> m_headLength;
};

} // namespace sd
