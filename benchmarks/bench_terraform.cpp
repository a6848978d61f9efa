// SPDX-License-Identifier: MIT
// Terraform export of generated designs (AWS and Google Cloud, ~1.5 connections per component).
// Report: time per export at 1k and 10k components and the growth ratio (linear would be ~10x).
#include "catalog.h"
#include "exporter.h"
#include "generator.h"

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

void exportTerraform(benchmark::State &state)
{
    const sd::Design &d = design(int(state.range(0)));
    const sd::Exporter *exporter = sd::ExporterRegistry::builtin().find(QStringLiteral("terraform"));
    qint64 bytes = 0;
    for (auto _ : state) {
        const sd::ExportResult r = exporter->generate(d, sd::Catalog::builtin(), {{QStringLiteral("provider"), QStringLiteral("all")}});
        if (!r.ok())
            state.SkipWithError("export failed");
        bytes = 0;
        for (const sd::ExportedFile &f : r.files)
            bytes += f.contents.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["components"] = double(state.range(0));
    state.counters["output_bytes"] = double(bytes);
}

} // namespace

BENCHMARK(exportTerraform)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
