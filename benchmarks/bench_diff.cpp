// SPDX-License-Identifier: MIT
// stackdraft-cli diff on two generated designs that differ in 1 % of their components (issue 19):
// target 300 ms for 10k components. Three parts, reported separately: the design diff alone
// (--no-findings --no-exports), the findings delta (validation and structure on both sides), and
// the exports delta (every built-in exporter on both sides). Run:
//   build/benchmarks/bench_diff --benchmark_counters_tabular=true
#include "catalog.h"
#include "diff.h"
#include "exportdiff.h"
#include "exporter.h"
#include "generator.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

namespace {

struct Pair {
    sd::Design before;
    sd::Design after;
};

/// The generated design, and a copy in which every hundredth component changed: a third get a
/// property, a third move, a third get a new id (a rename, connections following).
const Pair &pair(int components)
{
    static std::map<int, Pair> cache;
    auto it = cache.find(components);
    if (it != cache.end())
        return it->second;
    Pair p;
    p.before = sd::generateDesign({components, 7}, sd::Catalog::builtin());
    std::vector<sd::Component> changed = p.before.components();
    std::vector<sd::Connection> connections = p.before.connections();
    std::map<QString, QString> renames;
    for (size_t i = 0; i < changed.size(); i += 100) {
        sd::Component &c = changed[i];
        switch ((i / 100) % 3) {
        case 0: c.name += QStringLiteral(" v2"); c.properties[QStringLiteral("replicas")] = qint64(4); break;
        case 1: c.position += QPointF(24, 0); break;
        default: renames[c.id] = c.id + QStringLiteral("-renamed"); c.id = renames[c.id]; break;
        }
    }
    for (sd::Connection &c : connections) {
        if (renames.count(c.from) || renames.count(c.to))
            c.id += QStringLiteral("-r");
        if (auto r = renames.find(c.from); r != renames.end())
            c.from = r->second;
        if (auto r = renames.find(c.to); r != renames.end())
            c.to = r->second;
    }
    p.after = p.before;
    p.after.assign(p.before.zones(), changed, connections, p.before.answers(), p.before.acceptedFindings());
    return cache.emplace(components, std::move(p)).first->second;
}

void designDiff(benchmark::State &state)
{
    const Pair &p = pair(int(state.range(0)));
    size_t changes = 0;
    for (auto _ : state) {
        const sd::DesignDiff diff = sd::diffDesigns(p.before, p.after);
        changes = diff.changes.size();
        benchmark::DoNotOptimize(diff.changes.data());
    }
    state.counters["components"] = double(p.before.components().size());
    state.counters["changes"] = double(changes);
}

void findingsDelta(benchmark::State &state)
{
    const Pair &p = pair(int(state.range(0)));
    const sd::DesignDiff diff = sd::diffDesigns(p.before, p.after);
    size_t changes = 0;
    for (auto _ : state) {
        const sd::FindingsDelta delta = sd::diffFindings(p.before, p.after, diff, sd::Catalog::builtin());
        changes = delta.changes.size() + delta.structural.size();
        benchmark::DoNotOptimize(delta.changes.data());
    }
    state.counters["components"] = double(p.before.components().size());
    state.counters["deltas"] = double(changes);
}

void exportsDelta(benchmark::State &state)
{
    const Pair &p = pair(int(state.range(0)));
    size_t files = 0;
    for (auto _ : state) {
        const sd::ExportsDelta delta = sd::diffExports(p.before, p.after, sd::Catalog::builtin(), sd::ExporterRegistry::builtin());
        files = delta.files.size();
        benchmark::DoNotOptimize(delta.files.data());
    }
    state.counters["components"] = double(p.before.components().size());
    state.counters["files"] = double(files);
}

} // namespace

BENCHMARK(designDiff)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(findingsDelta)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
// Every exporter twice is seconds per thousand components: one run of 1k, to show where time goes.
BENCHMARK(exportsDelta)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the catalog's resources and translations
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
