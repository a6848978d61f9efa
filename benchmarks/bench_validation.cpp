// SPDX-License-Identifier: MIT
// Full validation (graph, failure model, every rule, the zone/region/provider passes) of generated
// designs with 1k, 10k and 100k components. Target on a 2-core machine: 10k within 50 ms, 100k
// within 1 s, and linear growth (10x components ~ 10x time). Run:
//   build/benchmarks/bench_validation --benchmark_counters_tabular=true
#include "catalog.h"
#include "dependencygraph.h"
#include "failuremodel.h"
#include "fixes.h"
#include "generated.h"
#include "generator.h"
#include "structural.h"
#include "validation.h"

#include <QCoreApplication>

#include "growth.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>

namespace {

const sd::Design &design(int components) { return sd::bench::generatedDesign(components); }

void validate(benchmark::State &state)
{
    const sd::Design &d = design(int(state.range(0)));
    size_t findings = 0;
    for (auto _ : state) {
        const std::vector<sd::Finding> result = sd::validateDesign(d, sd::Catalog::builtin());
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["components"] = double(d.components().size());
    state.counters["connections"] = double(d.connections().size());
    state.counters["findings"] = double(findings);
    state.counters["us/component"] =
        benchmark::Counter(double(d.components().size()) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::kIs1000);
}

/// The structural report `validate --format json` adds: cut vertices, bridges, one dominator tree per entry point.
void structural(benchmark::State &state)
{
    const sd::Design &d = design(int(state.range(0)));
    const sd::DependencyGraph graph = sd::DependencyGraph::fromDesign(d);
    const sd::FailureModel model(d, sd::Catalog::builtin(), graph);
    for (auto _ : state) {
        const sd::StructuralReport report = sd::structuralReport(model);
        benchmark::DoNotOptimize(report.cutVertices.size());
    }
    state.counters["components"] = double(d.components().size());
    state.counters["entries"] = double(model.entries().size());
}

/// Many entry points (issue 13 lifted the cap of 64): N clients, each with a service of its own,
/// all calling one shared chain of 50 services; validation from all of them.
const sd::Design &manyEntries(int entries)
{
    static std::map<int, sd::Design> cache;
    auto it = cache.find(entries);
    if (it != cache.end())
        return it->second;
    sd::Design d;
    d.name = QStringLiteral("entries");
    auto add = [&d](const QString &id, const char *kind) {
        sd::Component c;
        c.id = id;
        c.kind = QString::fromLatin1(kind);
        c.name = id;
        d.addComponent(c);
    };
    auto connect = [&d](const QString &from, const QString &to) {
        d.addConnection({from + QStringLiteral("-") + to, from, to, QStringLiteral("https"), 0, sd::ConnectionMode::Sync, {}, {}});
    };
    for (int i = 0; i < 50; ++i) {
        add(QStringLiteral("core-%1").arg(i), "microservice");
        if (i > 0)
            connect(QStringLiteral("core-%1").arg(i - 1), QStringLiteral("core-%1").arg(i));
    }
    for (int i = 0; i < entries; ++i) {
        add(QStringLiteral("client-%1").arg(i), "users");
        add(QStringLiteral("svc-%1").arg(i), "microservice");
        connect(QStringLiteral("client-%1").arg(i), QStringLiteral("svc-%1").arg(i));
        connect(QStringLiteral("svc-%1").arg(i), QStringLiteral("core-0"));
    }
    return cache.emplace(entries, std::move(d)).first->second;
}

void validateManyEntries(benchmark::State &state)
{
    const sd::Design &d = manyEntries(int(state.range(0)));
    for (auto _ : state) {
        const std::vector<sd::Finding> result = sd::validateDesign(d, sd::Catalog::builtin());
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["entries"] = double(state.range(0));
    state.counters["components"] = double(d.components().size());
}

/// Planning one fix: the plan, then the check that it holds (write, read back, validate again).
void planFix(benchmark::State &state)
{
    const sd::Design &d = design(int(state.range(0)));
    const std::vector<sd::Finding> findings = sd::validateDesign(d, sd::Catalog::builtin());
    const QStringList fixable = sd::FixPlanner::fixableRules();
    const auto f = std::find_if(findings.begin(), findings.end(), [&](const sd::Finding &x) {
        return fixable.contains(x.ruleId) && sd::FixPlanner(design(int(state.range(0))), sd::Catalog::builtin()).fixFor(x);
    });
    if (f == findings.end()) {
        state.SkipWithError("no fixable finding in the generated design");
        return;
    }
    state.SetLabel(f->ruleId.toStdString());
    for (auto _ : state) {
        const auto fix = sd::FixPlanner(d, sd::Catalog::builtin()).fixFor(*f);
        benchmark::DoNotOptimize(fix.has_value());
    }
    state.counters["components"] = double(d.components().size());
}

} // namespace

BENCHMARK(validate)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(structural)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(validateManyEntries)->Arg(50)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(planFix)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return sd::bench::runWithGrowth(argc, argv);
}
