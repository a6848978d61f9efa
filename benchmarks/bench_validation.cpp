// SPDX-License-Identifier: MIT
// Full validation (graph, failure model, every rule, the zone/region/provider passes) of generated
// designs with 1k, 10k and 100k components. Target on a 2-core machine: 10k within 50 ms, 100k
// within 1 s, and linear growth (10x components ~ 10x time). Run:
//   build/benchmarks/bench_validation --benchmark_counters_tabular=true
#include "catalog.h"
#include "generator.h"
#include "validation.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

namespace {

const sd::Design &design(int components)
{
    static std::map<int, sd::Design> cache;
    auto it = cache.find(components);
    if (it == cache.end())
        it = cache.emplace(components, sd::generateDesign({components, 7}, sd::Catalog::builtin())).first;
    return it->second;
}

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

} // namespace

BENCHMARK(validate)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
