// SPDX-License-Identifier: MIT
// SingleFailures answers every single-component failure from one dominator tree per entry point:
// checked here against FailureModel::simulate() of each component alone, on the examples, on
// generated designs of several seeds and sizes, and on random graphs with cycles, self-loops,
// many entry points, observability and callers with several callees of one kind.
#include "catalog.h"
#include "dependencygraph.h"
#include "designbuilder.h"
#include "designio.h"
#include "failuremodel.h"
#include "generator.h"
#include "singlefailures.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace sd;

namespace {

constexpr int kHead = 7;

/// What differs between simulate() of every component alone and SingleFailures; "" when nothing.
QString compareAll(const Design &design)
{
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, Catalog::builtin(), graph);
    const SingleFailures failures(model, kHead);
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const QString id = model.profile(v).component->id;
        const auto where = [&id](const char *what) { return QStringLiteral("%1: %2").arg(id, QLatin1String(what)); };
        QString error;
        const std::optional<FailureDomain> domain = model.resolve(id, &error);
        if (!domain)
            return where("does not resolve");
        const SimulationResult expected = model.simulate(*domain);
        const SimulationResult actual = failures.simulate(v);
        if (actual.scenario.scope != expected.scenario.scope || actual.scenario.target != expected.scenario.target
            || actual.scenario.label != expected.scenario.label)
            return where("scenario");
        if (actual.failed != expected.failed || actual.failedOver != expected.failedOver)
            return where("failed");
        if (actual.lost != expected.lost)
            return where("lost");
        if (actual.entries.size() != expected.entries.size())
            return where("number of entries");
        std::vector<int> broken;
        for (size_t i = 0; i < expected.entries.size(); ++i) {
            const SimulationResult::EntryLoss &a = actual.entries[i], &e = expected.entries[i];
            if (a.entry != e.entry || a.entryDown != e.entryDown || a.broken != e.broken || a.lost != e.lost)
                return where("entry loss");
            if (e.broken)
                broken.push_back(e.entry);
        }
        if (failures.brokenEntries(v) != broken)
            return where("broken entries");
        if (failures.lostCount(v) != int(expected.lost.size()))
            return where("lost count");
        const std::vector<int> head(expected.lost.begin(), expected.lost.begin() + std::min<ptrdiff_t>(kHead, ptrdiff_t(expected.lost.size())));
        if (failures.lostHead(v) != head)
            return where("lost head");
    }
    return {};
}

/// A design of `n` components joined at random: cycles, self-loops, hubs, several entry points
/// (traffic sources, "traffic starts here", public components nothing calls), observability.
Design randomDesign(int n, quint32 seed)
{
    QRandomGenerator dice(seed);
    static const char *const kinds[] = {"users", "microservice", "microservice", "monolith", "cache", "cache",
                                        "relational-database", "metrics", "logging", "load-balancer", "message-queue"};
    std::vector<Component> components;
    for (int i = 0; i < n; ++i) {
        Component c;
        c.kind = QString::fromLatin1(kinds[dice.bounded(int(std::size(kinds)))]);
        c.id = QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = QStringLiteral("C %1").arg(i);
        if (c.kind == QLatin1String("microservice") && dice.bounded(8) == 0)
            c.properties.insert(QStringLiteral("entryPoint"), true);
        if (c.kind == QLatin1String("load-balancer") && dice.bounded(2) == 0)
            c.properties.insert(QStringLiteral("public"), true);
        components.push_back(c);
    }
    std::vector<Connection> connections;
    std::set<std::pair<int, int>> pairs;
    const int edges = n + int(dice.bounded(n + 1));
    for (int k = 0; k < edges; ++k) {
        const int from = int(dice.bounded(n));
        // Mostly forward (a layered system), some back edges (cycles), some self-loops, one hub.
        int to = dice.bounded(5) == 0 ? int(dice.bounded(n)) : std::min(n - 1, from + 1 + int(dice.bounded(4)));
        if (dice.bounded(20) == 0)
            to = from;
        if (dice.bounded(15) == 0)
            to = n / 2;
        if (!pairs.insert({from, to}).second)
            continue;
        Connection c;
        c.id = QStringLiteral("e%1").arg(k);
        c.from = components[size_t(from)].id;
        c.to = components[size_t(to)].id;
        c.protocol = QStringLiteral("https");
        c.mode = dice.bounded(4) == 0 ? ConnectionMode::Async : ConnectionMode::Sync;
        connections.push_back(c);
    }
    Design d;
    d.name = QStringLiteral("Random");
    d.assign({}, std::move(components), std::move(connections), {}, {});
    return d;
}

} // namespace

class TestSingleFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void generated_data();
    void generated();
    void randomGraphs_data();
    void randomGraphs();
    void builtDesigns();
    void lostFromTwoEntriesIsTheUnion();
};

void TestSingleFailures::examples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    const QStringList names = dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestSingleFailures::examples()
{
    QFETCH(QString, file);
    const LoadResult loaded = loadDesign(file, Catalog::builtin());
    QVERIFY(loaded.ok());
    QCOMPARE(compareAll(*loaded.design), QString());
}

void TestSingleFailures::generated_data()
{
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("seed");
    for (int seed : {1, 3, 7, 11})
        for (int components : {200, 700, 2000})
            QTest::addRow("%d components, seed %d", components, seed) << components << seed;
}

void TestSingleFailures::generated()
{
    QFETCH(int, components);
    QFETCH(int, seed);
    QCOMPARE(compareAll(generateDesign({components, quint32(seed)}, Catalog::builtin())), QString());
}

void TestSingleFailures::randomGraphs_data()
{
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 12; ++seed)
        QTest::addRow("%d components, seed %d", 40 + 30 * seed, seed) << 40 + 30 * seed << seed;
}

void TestSingleFailures::randomGraphs()
{
    QFETCH(int, components);
    QFETCH(int, seed);
    QCOMPARE(compareAll(randomDesign(components, quint32(seed))), QString());
}

void TestSingleFailures::builtDesigns()
{
    // The validation tests' designs: one stack, two stacks (two regions, two providers), none drawn.
    QCOMPARE(compareAll(test::Builder::good().d), QString());
    QCOMPARE(compareAll(test::Builder::good().secondStack("aws").d), QString());
    QCOMPARE(compareAll(test::Builder::good().secondStack("gcp").d), QString());
    QCOMPARE(compareAll(test::Builder::good().remove("users").d), QString());
}

void TestSingleFailures::lostFromTwoEntriesIsTheUnion()
{
    // users -> a -> s, partner -> s: when a fails, users lose s, though partner still reaches it.
    // Not what the dominator tree from both entries together says (s stays reachable), so each
    // entry point has its own tree.
    test::Builder b;
    b.comp("users", "users", "")
        .comp("partner", "users", "")
        .comp("a", "microservice", "r1")
        .comp("s", "microservice", "r1")
        .conn("users", "a")
        .conn("a", "s")
        .conn("partner", "s");
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    const SingleFailures failures(model, kHead);
    const int a = graph.indexOf(QStringLiteral("a")), s = graph.indexOf(QStringLiteral("s"));
    QCOMPARE(failures.lostCount(a), 2);
    QCOMPARE(failures.lostHead(a), (std::vector<int>{std::min(a, s), std::max(a, s)}));
    QCOMPARE(failures.brokenEntries(a), std::vector<int>{graph.indexOf(QStringLiteral("users"))});
    QCOMPARE(compareAll(b.d), QString());
}

QTEST_GUILESS_MAIN(TestSingleFailures)
#include "tst_singlefailures.moc"
