// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <span>
#include <utility>
#include <vector>

namespace sd {

class Design;

/**
 * The design as a dependency graph: components are vertices 0..n-1 (in the design's order),
 * connections are directed edges caller -> callee. Built once per validation; adjacency is kept
 * in compressed arrays so every walk is linear.
 *
 * The structural algorithms (articulation points, bridges, dominators) run on Boost.Graph.
 */
class DependencyGraph
{
public:
    struct Edge {
        int from = 0;
        int to = 0;
        bool async = false;
    };

    /// Marks a vertex no root reaches, in immediateDominators().
    static constexpr int kUnreachable = -2;
    /// Marks a root (or a vertex only the virtual root above several roots dominates).
    static constexpr int kRoot = -1;

    DependencyGraph() = default;
    /// A plain graph (tests): self-loops and parallel edges are kept as given.
    DependencyGraph(int vertexCount, std::vector<Edge> edges);
    /// Components and connections of a design.
    static DependencyGraph fromDesign(const Design &design);

    int vertexCount() const { return m_vertexCount; }
    const std::vector<Edge> &edges() const { return m_edges; }
    /// Vertex of a component id, -1 when unknown (only for graphs built from a design).
    int indexOf(const QString &componentId) const { return m_index.value(componentId, -1); }

    std::span<const int> successors(int v) const;
    std::span<const int> predecessors(int v) const;
    /// Edge indices leaving / entering a vertex, parallel to successors() / predecessors().
    std::span<const int> outEdges(int v) const;
    std::span<const int> inEdges(int v) const;

    /// Cut vertices and bridges, from one biconnected-components pass (see below for each).
    struct CutStructure {
        std::vector<int> articulationPoints;
        std::vector<std::pair<int, int>> bridges;
    };
    CutStructure cutStructure() const;
    /**
     * Cut vertices of the undirected graph (direction ignored, self-loops ignored): removing one
     * splits its connected part. Sorted. (cutStructure() when bridges are wanted too.)
     */
    std::vector<int> articulationPoints() const;
    /**
     * Links of the undirected graph whose removal splits their connected part, as sorted (low, high)
     * pairs. All connections between the same pair (a call and its callback, or parallel edges in a
     * plain graph) are one link: they fail together with either end. They are merged before Boost's
     * biconnected_components runs (it mislabels parallel edges, boostorg/graph#434).
     */
    std::vector<std::pair<int, int>> bridges() const;
    /**
     * Immediate dominators in the directed graph from `roots` (one root, or several under a
     * virtual root): result[v] is the vertex every path from the roots to v passes through last,
     * kRoot for roots and for vertices only the virtual root dominates, kUnreachable otherwise.
     * Uses boost::lengauer_tarjan_dominator_tree.
     */
    std::vector<int> immediateDominators(const std::vector<int> &roots) const;

    /// Vertices reachable from `sources` along edges, never entering `removed` vertices (nor
    /// starting from them). `removed` may be empty.
    std::vector<char> reachable(const std::vector<int> &sources, const std::vector<char> &removed = {}) const;

    /**
     * Groups of vertices that call each other in a cycle over synchronous edges only
     * (strongly connected components with more than one vertex, or a synchronous self-loop). Sorted.
     */
    std::vector<std::vector<int>> synchronousCycles() const;

    /**
     * Strongly connected components over all edges: result[v] is the component of v, numbered so
     * that every edge between two components goes from a lower to a higher number (a topological
     * order of the condensation). `count` receives the number of components.
     */
    std::vector<int> strongComponents(int *count) const;

private:
    void buildAdjacency();

    int m_vertexCount = 0;
    std::vector<Edge> m_edges;
    std::vector<int> m_outStart, m_outTarget, m_outEdge;
    std::vector<int> m_inStart, m_inSource, m_inEdge;
    QHash<QString, int> m_index;
};

} // namespace sd
