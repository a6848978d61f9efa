// SPDX-License-Identifier: MIT
// Every built-in exporter on generated designs of 1k, 10k and 100k components, in memory (what the
// studio's Export and `stackdraft-cli export` run before writing), each alone and all of them in a
// row ("all"). Target: all of 10k within 1 s, linear to 100k. Report the growth lines at the end.
#include "catalog.h"
#include "exporter.h"
#include "generated.h"
#include "generator.h"
#include "growth.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

namespace {

const sd::Design &design(int components) { return sd::bench::generatedDesign(components); }

/// Runs `exporters` on the design of state.range(0) components; reports the bytes they write.
void run(benchmark::State &state, const std::vector<const sd::Exporter *> &exporters)
{
    const sd::Design &d = design(int(state.range(0)));
    double bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (const sd::Exporter *exporter : exporters) {
            const sd::ExportResult r = exporter->generate(d, sd::Catalog::builtin(), {});
            if (!r.ok()) {
                state.SkipWithError(("export failed: " + exporter->id().toStdString()).c_str());
                return;
            }
            for (const sd::ExportedFile &f : r.files)
                bytes += double(f.contents.size());
            benchmark::DoNotOptimize(r);
        }
    }
    state.counters["components"] = double(state.range(0));
    state.counters["MB"] = bytes / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<const sd::Exporter *> all = sd::ExporterRegistry::builtin().all();
    for (const sd::Exporter *exporter : all)
        benchmark::RegisterBenchmark(("export/" + exporter->id().toStdString()).c_str(),
                                     [exporter](benchmark::State &s) { run(s, {exporter}); })
            ->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("export/all", [all](benchmark::State &s) { run(s, all); })
        ->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
    return sd::bench::runWithGrowth(argc, argv);
}
