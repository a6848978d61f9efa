// SPDX-License-Identifier: MIT
// Terraform export of generated designs (AWS and Google Cloud, ~1.5 connections per component).
// Report: time per export at 1k, 10k and 100k components and the growth ratios (linear would be ~10x).
#include "catalog.h"
#include "exporter.h"
#include "generated.h"
#include "generator.h"

#include "growth.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

const sd::Design &design(int components) { return sd::bench::generatedDesign(components); }

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

BENCHMARK(exportTerraform)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) { return sd::bench::runWithGrowth(argc, argv); }
