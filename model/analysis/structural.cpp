// SPDX-License-Identifier: MIT
#include "structural.h"

#include "design.h"
#include "failuremodel.h"

#include <algorithm>
#include <set>

namespace sd {

namespace {

/// Dominator tree from one entry: immediate dominators and, per component, how many others it cuts off.
StructuralReport::EntryDominators dominatorsFrom(const FailureModel &model, int entry, std::set<int> &named)
{
    const DependencyGraph &graph = model.graph();
    const auto id = [&model](int v) { return model.profile(v).component->id; };
    const std::vector<int> idom = graph.immediateDominators({entry});
    StructuralReport::EntryDominators out;
    out.entry = id(entry);
    named.insert(entry);
    const size_t n = idom.size();
    std::vector<std::vector<int>> children(n);
    for (size_t v = 0; v < n; ++v)
        if (idom[v] >= 0) {
            children[size_t(idom[v])].push_back(int(v));
            out.immediate.emplace_back(id(int(v)), id(idom[v]));
            named.insert(int(v));
        }
    std::sort(out.immediate.begin(), out.immediate.end());
    // Subtree sizes, children before parents (reverse breadth-first order from the entry).
    std::vector<int> order{entry};
    for (size_t i = 0; i < order.size(); ++i)
        for (int c : children[size_t(order[i])])
            order.push_back(c);
    std::vector<int> subtree(n, 1);
    for (size_t i = order.size(); i-- > 1;)
        subtree[size_t(idom[size_t(order[i])])] += subtree[size_t(order[i])];
    for (size_t i = 1; i < order.size(); ++i) {
        const int v = order[i];
        if (subtree[size_t(v)] > 1)
            out.dominating.emplace_back(id(v), subtree[size_t(v)] - 1);
    }
    std::sort(out.dominating.begin(), out.dominating.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

} // namespace

StructuralReport structuralReport(const FailureModel &model)
{
    const DependencyGraph &graph = model.graph();
    const auto id = [&model](int v) { return model.profile(v).component->id; };
    StructuralReport report;
    std::set<int> named;
    const DependencyGraph::CutStructure cuts = graph.cutStructure(); // one biconnected pass for both
    for (int v : cuts.articulationPoints) {
        report.cutVertices.append(id(v));
        named.insert(v);
    }
    report.cutVertices.sort();
    for (const auto &[a, b] : cuts.bridges) {
        report.bridges.emplace_back(std::min(id(a), id(b)), std::max(id(a), id(b)));
        named.insert(a);
        named.insert(b);
    }
    std::sort(report.bridges.begin(), report.bridges.end());
    for (int entry : model.entries())
        report.dominators.push_back(dominatorsFrom(model, entry, named));
    for (int v : named)
        report.names.emplace_back(id(v), model.nameOf(v));
    std::sort(report.names.begin(), report.names.end());
    return report;
}

} // namespace sd
