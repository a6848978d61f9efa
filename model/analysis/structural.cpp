// SPDX-License-Identifier: MIT
#include "structural.h"

#include "design.h"
#include "failuremodel.h"

#include <algorithm>

namespace sd {

namespace {

// Vertices are the design's components in its order, which is by id (Design keeps its lists
// sorted): sorting vertex numbers sorts by id, without comparing 100,000 strings scattered over
// memory (the cache misses made this report grow 25x from 10k to 100k).

/// Dominator tree from one entry: immediate dominators and, per component, how many others it cuts off.
StructuralReport::EntryDominators dominatorsFrom(const FailureModel &model, int entry, std::vector<char> &named)
{
    const DependencyGraph &graph = model.graph();
    const auto id = [&model](int v) { return model.profile(v).component->id; };
    const std::vector<int> idom = graph.immediateDominators({entry});
    StructuralReport::EntryDominators out;
    out.entry = id(entry);
    named[size_t(entry)] = 1;
    const size_t n = idom.size();
    std::vector<std::vector<int>> children(n);
    for (size_t v = 0; v < n; ++v) // ascending v: by id, and each v once, so already sorted
        if (idom[v] >= 0) {
            children[size_t(idom[v])].push_back(int(v));
            out.immediate.emplace_back(id(int(v)), id(idom[v]));
            named[v] = 1;
        }
    // Subtree sizes, children before parents (reverse breadth-first order from the entry).
    std::vector<int> order{entry};
    for (size_t i = 0; i < order.size(); ++i)
        for (int c : children[size_t(order[i])])
            order.push_back(c);
    std::vector<int> subtree(n, 1);
    for (size_t i = order.size(); i-- > 1;)
        subtree[size_t(idom[size_t(order[i])])] += subtree[size_t(order[i])];
    std::vector<int> dominating;
    for (size_t i = 1; i < order.size(); ++i)
        if (subtree[size_t(order[i])] > 1)
            dominating.push_back(order[i]);
    // Most cut off first, then by id (= by vertex).
    std::sort(dominating.begin(), dominating.end(), [&subtree](int a, int b) {
        return subtree[size_t(a)] != subtree[size_t(b)] ? subtree[size_t(a)] > subtree[size_t(b)] : a < b;
    });
    out.dominating.reserve(dominating.size());
    for (int v : dominating)
        out.dominating.emplace_back(id(v), subtree[size_t(v)] - 1);
    return out;
}

} // namespace

StructuralReport structuralReport(const FailureModel &model)
{
    const DependencyGraph &graph = model.graph();
    const auto id = [&model](int v) { return model.profile(v).component->id; };
    StructuralReport report;
    std::vector<char> named(size_t(graph.vertexCount()), 0);
    const DependencyGraph::CutStructure cuts = graph.cutStructure(); // one biconnected pass for both
    for (int v : cuts.articulationPoints) { // sorted vertices: sorted ids
        report.cutVertices.append(id(v));
        named[size_t(v)] = 1;
    }
    for (const auto &[a, b] : cuts.bridges) { // sorted (low, high) vertex pairs: sorted id pairs
        report.bridges.emplace_back(id(a), id(b));
        named[size_t(a)] = 1;
        named[size_t(b)] = 1;
    }
    for (int entry : model.entries())
        report.dominators.push_back(dominatorsFrom(model, entry, named));
    for (int v = 0; v < graph.vertexCount(); ++v)
        if (named[size_t(v)])
            report.names.emplace_back(id(v), model.nameOf(v));
    return report;
}

} // namespace sd
