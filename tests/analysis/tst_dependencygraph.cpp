// SPDX-License-Identifier: MIT
// The graph algorithms against two independent references: networkx (python3) and a brute-force
// "remove it and check reachability" in this file, on many random graphs with disconnected parts,
// parallel connections, self-loops and isolated vertices.
#include "dependencygraph.h"

#include "process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using sd::DependencyGraph;

namespace {

struct RandomGraph {
    int n = 0;
    std::vector<DependencyGraph::Edge> edges;
    int root = 0;
};

/// Small graphs of every shape: sparse and dense, with self-loops, parallel and opposite edges, isolated vertices.
std::vector<RandomGraph> randomGraphs(int count)
{
    std::mt19937 rng(4242);
    std::vector<RandomGraph> graphs;
    for (int i = 0; i < count; ++i) {
        RandomGraph g;
        g.n = 1 + int(rng() % 14);
        const int m = int(rng() % (2 * g.n + 3));
        for (int k = 0; k < m; ++k) {
            const int a = int(rng() % unsigned(g.n));
            int b = int(rng() % unsigned(g.n));
            if (rng() % 10 == 0)
                b = a; // self-loop
            g.edges.push_back({a, b, rng() % 3 == 0});
            if (rng() % 6 == 0)
                g.edges.push_back({a, b, false}); // parallel
            if (rng() % 6 == 0)
                g.edges.push_back({b, a, false}); // opposite direction
        }
        g.root = int(rng() % unsigned(g.n));
        graphs.push_back(std::move(g));
    }
    // Hand-made corner cases: the pair with two connections (boostorg/graph#434), a path, a star.
    graphs.push_back({2, {{0, 1, false}, {0, 1, false}}, 0});
    graphs.push_back({2, {{0, 1, false}, {1, 0, true}}, 1});
    graphs.push_back({3, {{0, 1, false}, {1, 2, false}, {1, 2, false}}, 0});
    graphs.push_back({5, {{0, 1, false}, {1, 2, false}, {2, 3, false}, {3, 4, false}}, 0});
    graphs.push_back({5, {{0, 1, false}, {0, 2, false}, {0, 3, false}, {0, 4, false}}, 0});
    graphs.push_back({1, {}, 0});
    graphs.push_back({4, {}, 2});
    return graphs;
}

/// Parts of the undirected graph without a vertex, or without every connection between one pair
/// (a link: the connections between two components fail together).
int componentsWithout(const RandomGraph &g, int removedVertex, std::pair<int, int> removedLink)
{
    std::vector<int> parent(size_t(g.n));
    for (int i = 0; i < g.n; ++i)
        parent[size_t(i)] = i;
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int e = 0; e < int(g.edges.size()); ++e) {
        const auto &edge = g.edges[size_t(e)];
        if (std::pair<int, int>(std::minmax(edge.from, edge.to)) == removedLink || edge.from == removedVertex || edge.to == removedVertex)
            continue;
        parent[size_t(find(edge.from))] = find(edge.to);
    }
    std::set<int> roots;
    for (int v = 0; v < g.n; ++v)
        if (v != removedVertex)
            roots.insert(find(v));
    return int(roots.size());
}

std::vector<int> bruteArticulation(const RandomGraph &g)
{
    std::vector<int> out;
    for (int v = 0; v < g.n; ++v) {
        // v is a cut vertex when removing it leaves more parts than before, not counting v's own part.
        const int before = componentsWithout(g, -1, {-1, -1});
        bool isolated = true;
        for (const auto &e : g.edges)
            if ((e.from == v) != (e.to == v))
                isolated = false;
        const int after = componentsWithout(g, v, {-1, -1});
        if (after > before - (isolated ? 1 : 0))
            out.push_back(v);
    }
    return out;
}

std::vector<std::pair<int, int>> bruteBridges(const RandomGraph &g)
{
    std::set<std::pair<int, int>> out;
    const int before = componentsWithout(g, -1, {-1, -1});
    for (int e = 0; e < int(g.edges.size()); ++e) {
        const auto &edge = g.edges[size_t(e)];
        if (edge.from != edge.to && componentsWithout(g, -1, std::pair<int, int>(std::minmax(edge.from, edge.to))) > before)
            out.insert({std::min(edge.from, edge.to), std::max(edge.from, edge.to)});
    }
    return {out.begin(), out.end()};
}

/// d dominates v (from root) when v is reachable and removing d makes it unreachable.
std::vector<std::set<int>> bruteDominators(const DependencyGraph &graph, int root)
{
    const int n = graph.vertexCount();
    const std::vector<char> base = graph.reachable({root});
    std::vector<std::set<int>> dominators(static_cast<size_t>(n));
    for (int d = 0; d < n; ++d) {
        if (d == root)
            continue;
        std::vector<char> removed(size_t(n), 0);
        removed[size_t(d)] = 1;
        const std::vector<char> after = graph.reachable({root}, removed);
        for (int v = 0; v < n; ++v)
            if (v != d && base[size_t(v)] && !after[size_t(v)])
                dominators[size_t(v)].insert(d);
    }
    return dominators;
}

std::vector<int> toInts(const QJsonValue &value)
{
    std::vector<int> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toInt());
    return out;
}

} // namespace

class TestDependencyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstNetworkx();
    void againstBruteForce();
    void aCallbackPairIsOneLink();
    void strongComponentsInTopologicalOrder();
    void virtualRootOverSeveralEntries();
    void synchronousCyclesIgnoreAsyncEdges();
};

void TestDependencyGraph::againstNetworkx()
{
    const std::vector<RandomGraph> graphs = randomGraphs(400);
    QJsonArray input;
    for (const RandomGraph &g : graphs) {
        QJsonArray edges;
        for (const auto &e : g.edges)
            edges.append(QJsonArray{e.from, e.to});
        input.append(QJsonObject{{QStringLiteral("n"), g.n}, {QStringLiteral("edges"), edges}, {QStringLiteral("root"), g.root}});
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("graphs.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    file.close();
    const sd::test::Run python = sd::test::runPython({QStringLiteral(SOURCE_DIR "/tests/analysis/graph_reference.py"), file.fileName()});
    QVERIFY2(python.code == 0, qPrintable(python.err));
    const QJsonArray expected = QJsonDocument::fromJson(python.out.toUtf8()).array();
    QCOMPARE(expected.size(), qsizetype(graphs.size()));

    for (size_t i = 0; i < graphs.size(); ++i) {
        const RandomGraph &g = graphs[i];
        const DependencyGraph graph(g.n, g.edges);
        const QJsonObject ref = expected[qsizetype(i)].toObject();
        const QByteArray where = QByteArray("graph ") + QByteArray::number(qulonglong(i));
        QVERIFY2(graph.articulationPoints() == toInts(ref[QStringLiteral("articulation")]), where);
        std::vector<std::pair<int, int>> bridges;
        for (const QJsonValue &b : ref[QStringLiteral("bridges")].toArray())
            bridges.emplace_back(b.toArray()[0].toInt(), b.toArray()[1].toInt());
        QVERIFY2(graph.bridges() == bridges, where);
        QVERIFY2(graph.immediateDominators({g.root}) == toInts(ref[QStringLiteral("idom")]), where);
        const std::vector<char> reach = graph.reachable({g.root});
        std::vector<int> reached;
        for (int v = 0; v < g.n; ++v)
            if (reach[size_t(v)])
                reached.push_back(v);
        QVERIFY2(reached == toInts(ref[QStringLiteral("reachable")]), where);
    }
}

void TestDependencyGraph::againstBruteForce()
{
    for (const RandomGraph &g : randomGraphs(300)) {
        const DependencyGraph graph(g.n, g.edges);
        QCOMPARE(graph.articulationPoints(), bruteArticulation(g));
        QCOMPARE(graph.bridges(), bruteBridges(g));
        // The dominator tree must give exactly the brute-force dominator sets.
        const std::vector<int> idom = graph.immediateDominators({g.root});
        const std::vector<std::set<int>> dominators = bruteDominators(graph, g.root);
        for (int v = 0; v < g.n; ++v) {
            std::set<int> chain;
            for (int d = idom[size_t(v)]; d >= 0; d = idom[size_t(d)])
                if (d != g.root) // the root dominates everything it reaches; brute force cannot remove it
                    chain.insert(d);
            QCOMPARE(chain, dominators[size_t(v)]);
        }
    }
}

void TestDependencyGraph::aCallbackPairIsOneLink()
{
    // a -> b twice, and c <-> d both ways: however many connections join a pair, they are one link
    // (both fail with either end), so each is still the only link between two parts.
    const DependencyGraph graph(5, {{0, 1, false}, {0, 1, true}, {2, 3, false}, {3, 2, false}, {3, 4, false}});
    QCOMPARE(graph.bridges(), (std::vector<std::pair<int, int>>{{0, 1}, {2, 3}, {3, 4}}));
    QCOMPARE(graph.articulationPoints(), std::vector<int>{3});
    // users -> api, api -> auth, auth -> api (issue 13): api - auth is a bridge.
    const DependencyGraph callback(3, {{0, 1, false}, {1, 2, false}, {2, 1, false}});
    QCOMPARE(callback.bridges(), (std::vector<std::pair<int, int>>{{0, 1}, {1, 2}}));
    // A triangle has no bridge, whichever way its edges point.
    const DependencyGraph triangle(3, {{0, 1, false}, {1, 2, false}, {0, 2, false}});
    QVERIFY(triangle.bridges().empty());
}

void TestDependencyGraph::strongComponentsInTopologicalOrder()
{
    for (const RandomGraph &g : randomGraphs(300)) {
        const DependencyGraph graph(g.n, g.edges);
        int count = 0;
        const std::vector<int> scc = graph.strongComponents(&count);
        for (const auto &e : g.edges)
            QVERIFY(scc[size_t(e.from)] <= scc[size_t(e.to)]); // edges never point back
        // Same component exactly when each reaches the other.
        for (int a = 0; a < g.n; ++a) {
            const std::vector<char> fromA = graph.reachable({a});
            for (int b = 0; b < g.n; ++b) {
                const bool mutual = fromA[size_t(b)] && graph.reachable({b})[size_t(a)];
                QCOMPARE(scc[size_t(a)] == scc[size_t(b)], mutual);
            }
            QVERIFY(scc[size_t(a)] >= 0 && scc[size_t(a)] < count);
        }
    }
}

void TestDependencyGraph::virtualRootOverSeveralEntries()
{
    // Two entries 0 and 1 both reach 2; 2 reaches 3. Only 2 dominates 3; 2 is dominated by no real vertex.
    const DependencyGraph graph(5, {{0, 2, false}, {1, 2, false}, {2, 3, false}});
    const std::vector<int> idom = graph.immediateDominators({0, 1});
    QCOMPARE(idom, (std::vector<int>{DependencyGraph::kRoot, DependencyGraph::kRoot, DependencyGraph::kRoot, 2,
                                      DependencyGraph::kUnreachable}));
}

void TestDependencyGraph::synchronousCyclesIgnoreAsyncEdges()
{
    // 0 -> 1 -> 2 -> 0 synchronous: a cycle. 3 -> 4 -> 3 with one async edge: not a cycle.
    const DependencyGraph graph(5, {{0, 1, false}, {1, 2, false}, {2, 0, false}, {3, 4, false}, {4, 3, true}});
    QCOMPARE(graph.synchronousCycles(), (std::vector<std::vector<int>>{{0, 1, 2}}));
}

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
