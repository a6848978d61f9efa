// SPDX-License-Identifier: MIT
#include "dependencygraph.h"

#include "design.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <numeric>

namespace sd {

namespace {

/// Undirected simple graph: parallel and opposite connections merged, self-loops dropped.
struct MergedEdges {
    std::vector<std::pair<int, int>> pairs;
};

/**
 * Sorts vertex pairs by (first, second) and drops repeats, in linear time: a counting sort by the
 * second vertex, then a stable one by the first. std::sort of the 144,000 pairs of a 100k design
 * was half of the instructions of the structural report.
 */
void sortUniquePairs(std::vector<std::pair<int, int>> &pairs, int vertexCount)
{
    std::vector<std::pair<int, int>> other(pairs.size());
    std::vector<int> start(size_t(vertexCount) + 1);
    const auto pass = [&start](const std::vector<std::pair<int, int>> &from, std::vector<std::pair<int, int>> &to,
                               auto key) {
        std::fill(start.begin(), start.end(), 0);
        for (const auto &p : from)
            ++start[size_t(key(p)) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (const auto &p : from)
            to[size_t(start[size_t(key(p))]++)] = p;
    };
    pass(pairs, other, [](const std::pair<int, int> &p) { return p.second; });
    pass(other, pairs, [](const std::pair<int, int> &p) { return p.first; });
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
}

MergedEdges mergeUndirected(int vertexCount, const std::vector<DependencyGraph::Edge> &edges)
{
    MergedEdges merged;
    merged.pairs.reserve(edges.size());
    for (const DependencyGraph::Edge &e : edges)
        if (e.from != e.to)
            merged.pairs.emplace_back(std::min(e.from, e.to), std::max(e.from, e.to));
    sortUniquePairs(merged.pairs, vertexCount);
    return merged;
}

// The edge list is a vector (the last vecS), not Boost's default std::list: no allocation per edge.
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_index_t, std::size_t>, boost::no_property,
                                              boost::vecS>;

DependencyGraph::CutStructure biconnected(int vertexCount, const std::vector<DependencyGraph::Edge> &edges)
{
    const MergedEdges merged = mergeUndirected(vertexCount, edges);
    UndirectedGraph g(static_cast<std::size_t>(vertexCount));
    for (std::size_t i = 0; i < merged.pairs.size(); ++i)
        boost::add_edge(static_cast<std::size_t>(merged.pairs[i].first),
                        static_cast<std::size_t>(merged.pairs[i].second), i, g);
    std::vector<std::size_t> component(merged.pairs.size(), 0);
    auto componentMap = boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, g));
    std::vector<std::size_t> points;
    const auto result = boost::biconnected_components(g, componentMap, std::back_inserter(points));
    DependencyGraph::CutStructure out;
    out.articulationPoints.assign(points.begin(), points.end());
    std::sort(out.articulationPoints.begin(), out.articulationPoints.end());
    out.articulationPoints.erase(std::unique(out.articulationPoints.begin(), out.articulationPoints.end()),
                                 out.articulationPoints.end());
    // A biconnected component made of one (merged) edge is a bridge, however many connections
    // it stands for: A -> B plus the callback B -> A is one link between the two for
    // availability (both die with either end), not two redundant ones.
    std::vector<int> edgesPerComponent(result.first, 0);
    for (std::size_t c : component)
        ++edgesPerComponent[c];
    for (std::size_t i = 0; i < merged.pairs.size(); ++i)
        if (edgesPerComponent[component[i]] == 1)
            out.bridges.push_back(merged.pairs[i]);
    std::sort(out.bridges.begin(), out.bridges.end());
    return out;
}

} // namespace

DependencyGraph::DependencyGraph(int vertexCount, std::vector<Edge> edges)
    : m_vertexCount(std::max(vertexCount, 0)), m_edges(std::move(edges))
{
    buildAdjacency();
}

DependencyGraph DependencyGraph::fromDesign(const Design &design)
{
    DependencyGraph g;
    const auto &components = design.components();
    g.m_vertexCount = int(components.size());
    g.m_index.reserve(g.m_vertexCount);
    for (int i = 0; i < g.m_vertexCount; ++i)
        g.m_index.insert(components[size_t(i)].id, i);
    g.m_edges.reserve(design.connections().size());
    for (const Connection &c : design.connections()) {
        const int from = g.m_index.value(c.from, -1);
        const int to = g.m_index.value(c.to, -1);
        if (from >= 0 && to >= 0) // the design keeps references valid; be safe anyway
            g.m_edges.push_back({from, to, c.mode == ConnectionMode::Async});
    }
    g.buildAdjacency();
    return g;
}

void DependencyGraph::buildAdjacency()
{
    const size_t n = size_t(m_vertexCount);
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (const Edge &e : m_edges) {
        ++m_outStart[size_t(e.from) + 1];
        ++m_inStart[size_t(e.to) + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_outTarget.assign(m_edges.size(), 0);
    m_outEdge.assign(m_edges.size(), 0);
    m_inSource.assign(m_edges.size(), 0);
    m_inEdge.assign(m_edges.size(), 0);
    std::vector<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &e = m_edges[size_t(i)];
        const int o = outFill[size_t(e.from)]++;
        m_outTarget[size_t(o)] = e.to;
        m_outEdge[size_t(o)] = i;
        const int in = inFill[size_t(e.to)]++;
        m_inSource[size_t(in)] = e.from;
        m_inEdge[size_t(in)] = i;
    }
}

std::span<const int> DependencyGraph::successors(int v) const
{
    return {m_outTarget.data() + m_outStart[size_t(v)], size_t(m_outStart[size_t(v) + 1] - m_outStart[size_t(v)])};
}

std::span<const int> DependencyGraph::predecessors(int v) const
{
    return {m_inSource.data() + m_inStart[size_t(v)], size_t(m_inStart[size_t(v) + 1] - m_inStart[size_t(v)])};
}

std::span<const int> DependencyGraph::outEdges(int v) const
{
    return {m_outEdge.data() + m_outStart[size_t(v)], size_t(m_outStart[size_t(v) + 1] - m_outStart[size_t(v)])};
}

std::span<const int> DependencyGraph::inEdges(int v) const
{
    return {m_inEdge.data() + m_inStart[size_t(v)], size_t(m_inStart[size_t(v) + 1] - m_inStart[size_t(v)])};
}

DependencyGraph::CutStructure DependencyGraph::cutStructure() const { return biconnected(m_vertexCount, m_edges); }

std::vector<int> DependencyGraph::articulationPoints() const
{
    return biconnected(m_vertexCount, m_edges).articulationPoints;
}

std::vector<std::pair<int, int>> DependencyGraph::bridges() const
{
    return biconnected(m_vertexCount, m_edges).bridges;
}

std::vector<int> DependencyGraph::immediateDominators(const std::vector<int> &roots) const
{
    std::vector<int> result(size_t(m_vertexCount), kUnreachable);
    if (roots.empty() || m_vertexCount == 0)
        return result;
    // Boost 1.74's Lengauer-Tarjan drops reachable vertices when the graph also holds unreachable
    // ones (checked against networkx), so it runs on the reachable part only, renumbered; self-loops
    // and parallel edges change no dominator and are dropped too.
    const std::vector<char> seen = reachable(roots);
    std::vector<int> local(size_t(m_vertexCount), -1);
    std::vector<int> global;
    for (int v = 0; v < m_vertexCount; ++v)
        if (seen[size_t(v)]) {
            local[size_t(v)] = int(global.size());
            global.push_back(v);
        }
    using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
    using Vertex = boost::graph_traits<DirectedGraph>::vertex_descriptor;
    const bool virtualRoot = roots.size() > 1;
    const size_t count = global.size();
    const size_t total = count + (virtualRoot ? 1 : 0);
    std::vector<std::pair<int, int>> simple;
    simple.reserve(m_edges.size());
    for (const Edge &e : m_edges)
        if (e.from != e.to && seen[size_t(e.from)])
            simple.emplace_back(local[size_t(e.from)], local[size_t(e.to)]);
    sortUniquePairs(simple, int(count));
    DirectedGraph g(total);
    for (const auto &[from, to] : simple)
        boost::add_edge(Vertex(from), Vertex(to), g);
    std::vector<char> isRoot(size_t(m_vertexCount), 0);
    for (int r : roots)
        if (r >= 0 && r < m_vertexCount)
            isRoot[size_t(r)] = 1;
    Vertex root = Vertex(local[size_t(roots.front())]);
    if (virtualRoot) {
        root = Vertex(count);
        for (int r : roots)
            if (r >= 0 && r < m_vertexCount)
                boost::add_edge(root, Vertex(local[size_t(r)]), g);
    }
    const Vertex none = boost::graph_traits<DirectedGraph>::null_vertex();
    std::vector<Vertex> idom(total, none);
    boost::lengauer_tarjan_dominator_tree(
        g, root, boost::make_iterator_property_map(idom.begin(), boost::get(boost::vertex_index, g)));
    for (size_t i = 0; i < count; ++i) {
        const int v = global[i];
        if (isRoot[size_t(v)] || idom[i] == none || (virtualRoot && idom[i] == root))
            result[size_t(v)] = kRoot;
        else
            result[size_t(v)] = global[idom[i]];
    }
    return result;
}

std::vector<char> DependencyGraph::reachable(const std::vector<int> &sources, const std::vector<char> &removed) const
{
    std::vector<char> seen(size_t(m_vertexCount), 0);
    std::vector<int> stack;
    auto blocked = [&](int v) { return !removed.empty() && removed[size_t(v)]; };
    for (int s : sources)
        if (s >= 0 && s < m_vertexCount && !blocked(s) && !seen[size_t(s)]) {
            seen[size_t(s)] = 1;
            stack.push_back(s);
        }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int w : successors(v))
            if (!seen[size_t(w)] && !blocked(w)) {
                seen[size_t(w)] = 1;
                stack.push_back(w);
            }
    }
    return seen;
}

std::vector<std::vector<int>> DependencyGraph::synchronousCycles() const
{
    // Compressed rows: built from one array in one pass, where an adjacency_list grows a vector per
    // vertex (a tenth of a validation at 10k). Cycles are sets, sorted below: the traversal order
    // of the two representations does not show.
    using DirectedGraph = boost::compressed_sparse_row_graph<boost::directedS>;
    std::vector<std::pair<std::size_t, std::size_t>> sync;
    sync.reserve(m_edges.size());
    std::vector<char> selfLoop(size_t(m_vertexCount), 0);
    for (const Edge &e : m_edges) {
        if (e.async)
            continue;
        if (e.from == e.to)
            selfLoop[size_t(e.from)] = 1;
        else
            sync.emplace_back(std::size_t(e.from), std::size_t(e.to));
    }
    const DirectedGraph g(boost::edges_are_unsorted_multi_pass, sync.begin(), sync.end(),
                          static_cast<std::size_t>(m_vertexCount));
    std::vector<int> component(size_t(m_vertexCount), 0);
    const int count = m_vertexCount == 0
        ? 0
        : boost::strong_components(g, boost::make_iterator_property_map(component.begin(),
                                                                         boost::get(boost::vertex_index, g)));
    std::vector<int> sizes(static_cast<size_t>(count), 0);
    for (int v = 0; v < m_vertexCount; ++v)
        ++sizes[size_t(component[size_t(v)])];
    std::vector<int> slot(static_cast<size_t>(count), -1);
    std::vector<std::vector<int>> cycles;
    for (int v = 0; v < m_vertexCount; ++v) {
        const int c = component[size_t(v)];
        if (sizes[size_t(c)] < 2 && !selfLoop[size_t(v)])
            continue;
        if (slot[size_t(c)] < 0) {
            slot[size_t(c)] = int(cycles.size());
            cycles.emplace_back();
        }
        cycles[size_t(slot[size_t(c)])].push_back(v);
    }
    std::sort(cycles.begin(), cycles.end());
    return cycles;
}

std::vector<int> DependencyGraph::strongComponents(int *count) const
{
    using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    DirectedGraph g(static_cast<std::size_t>(m_vertexCount));
    for (const Edge &e : m_edges)
        if (e.from != e.to)
            boost::add_edge(static_cast<std::size_t>(e.from), static_cast<std::size_t>(e.to), g);
    std::vector<int> tarjan(size_t(m_vertexCount), 0);
    const int n = m_vertexCount == 0
        ? 0
        : boost::strong_components(g, boost::make_iterator_property_map(tarjan.begin(), boost::get(boost::vertex_index, g)));
    // Renumber in a topological order of the condensation (Kahn), rather than rely on the order
    // Tarjan's algorithm happens to finish components in.
    std::vector<std::vector<int>> next(static_cast<size_t>(n));
    std::vector<int> indegree(static_cast<size_t>(n), 0);
    for (const Edge &e : m_edges) {
        const int a = tarjan[size_t(e.from)], b = tarjan[size_t(e.to)];
        if (a != b) {
            next[size_t(a)].push_back(b);
            ++indegree[size_t(b)];
        }
    }
    std::vector<int> order(static_cast<size_t>(n), -1);
    std::vector<int> ready;
    for (int c = 0; c < n; ++c)
        if (indegree[size_t(c)] == 0)
            ready.push_back(c);
    int position = 0;
    for (size_t i = 0; i < ready.size(); ++i) {
        const int c = ready[i];
        order[size_t(c)] = position++;
        for (int d : next[size_t(c)])
            if (--indegree[size_t(d)] == 0)
                ready.push_back(d);
    }
    std::vector<int> result(size_t(m_vertexCount), 0);
    for (int v = 0; v < m_vertexCount; ++v)
        result[size_t(v)] = order[size_t(tarjan[size_t(v)])];
    if (count)
        *count = n;
    return result;
}

} // namespace sd
