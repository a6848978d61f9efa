// SPDX-License-Identifier: MIT
// Kubernetes and Compose exports of generated designs (1k, 10k and 100k components): planning
// plus writing every manifest in memory. Report time per iteration and the growth per 10x
// (should be ~10x: linear in components and connections).
#include "catalog.h"
#include "exporter.h"
#include "generator.h"

#include "growth.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

/// Generated designs span clouds (one cluster folder each); `oneCloud` moves every cloud zone to AWS,
/// since a single file holds one cluster.
const sd::Design &design(int components, bool oneCloud)
{
    static std::map<std::pair<int, bool>, sd::Design> cache;
    auto it = cache.find({components, oneCloud});
    if (it == cache.end()) {
        sd::Design d = sd::generateDesign({components, 7}, sd::Catalog::builtin());
        if (oneCloud)
            for (const sd::Zone &z : std::vector<sd::Zone>(d.zones()))
                if (z.kind == QLatin1String("cloud"))
                    d.mutableZone(z.id)->properties.insert(QStringLiteral("provider"), QStringLiteral("aws"));
        it = cache.emplace(std::make_pair(components, oneCloud), std::move(d)).first;
    }
    return it->second;
}

void exportDesign(benchmark::State &state, const char *format, bool singleFile)
{
    const sd::Design &d = design(int(state.range(0)), singleFile);
    const sd::Exporter *exporter = sd::ExporterRegistry::builtin().find(QString::fromLatin1(format));
    size_t bytes = 0, files = 0;
    for (auto _ : state) {
        const sd::ExportResult r = exporter->generate(d, sd::Catalog::builtin(), {{QStringLiteral("single-file"), singleFile}});
        if (!r.ok()) {
            state.SkipWithError("export failed");
            break;
        }
        bytes = 0;
        for (const sd::ExportedFile &f : r.files)
            bytes += size_t(f.contents.size());
        files = r.files.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["components"] = double(state.range(0));
    state.counters["files"] = double(files);
    state.counters["MB"] = double(bytes) / 1e6;
}

void BM_KubernetesFolder(benchmark::State &state) { exportDesign(state, "kubernetes", false); }
void BM_KubernetesSingleFile(benchmark::State &state) { exportDesign(state, "kubernetes", true); }
void BM_Compose(benchmark::State &state) { exportDesign(state, "compose", false); }

} // namespace

BENCHMARK(BM_KubernetesFolder)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KubernetesSingleFile)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compose)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) { return sd::bench::runWithGrowth(argc, argv); }
