// SPDX-License-Identifier: MIT
// Connection routing at scale (issue 16): every connection of a generated design routed
// around its cards and zone title bars, and one card moved with the re-routing that follows
// (what a drag does on each mouse move). Compare the 1k and 10k rows for the growth ratio:
//   build/benchmarks/bench_routing --benchmark_counters_tabular=true
#include "catalog.h"
#include "design.h"
#include "generator.h"
#include "routing.h"

#include <benchmark/benchmark.h>

using namespace sd;

namespace {

Design generated(int components)
{
    GeneratorOptions options;
    options.components = components;
    return generateDesign(options, Catalog::builtin());
}

void BM_RouteWholeDesign(benchmark::State &state)
{
    const Design design = generated(int(state.range(0)));
    for (auto _ : state) {
        ConnectionRouter router;
        router.setStyleOverride(ConnectionStyle::Orthogonal); // measure routing itself, not the straight lines of large designs
        loadDesignIntoRouter(router, design, Catalog::builtin());
        benchmark::DoNotOptimize(router.route(design.connections().front().id));
    }
    state.counters["components"] = double(design.components().size());
    state.counters["connections"] = double(design.connections().size());
    // Seconds per connection routed (shown in the time column's unit, inverted rate).
    state.counters["perConnection"] = benchmark::Counter(double(design.connections().size()),
                                                         benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_MoveOneCard(benchmark::State &state)
{
    const Design design = generated(int(state.range(0)));
    ConnectionRouter router;
    router.setStyleOverride(ConnectionStyle::Orthogonal); // measure routing itself, not the straight lines of large designs
    loadDesignIntoRouter(router, design, Catalog::builtin());
    // The card with the most connections, nudged back and forth as a drag would.
    QString busiest;
    size_t most = 0;
    for (const Component &c : design.components()) {
        const size_t n = design.connectionsOf(c.id).size();
        if (n > most) {
            most = n;
            busiest = c.id;
        }
    }
    const KindSpec *kind = Catalog::builtin().kind(design.component(busiest)->kind);
    const QRectF home(design.scenePosition(busiest), design.component(busiest)->size.isEmpty() ? kind->defaultSize
                                                                                            : design.component(busiest)->size);
    int step = 0;
    qint64 rerouted = 0;
    for (auto _ : state) {
        router.setCard(busiest, home.translated(qreal(step % 2 ? 0 : 40), qreal(step % 2 ? 0 : 20)));
        rerouted += router.update().size();
        ++step;
    }
    state.counters["cardConnections"] = double(most);
    state.counters["changedPerMove"] = double(rerouted) / double(std::max(1, step));
}

} // namespace

BENCHMARK(BM_RouteWholeDesign)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MoveOneCard)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
