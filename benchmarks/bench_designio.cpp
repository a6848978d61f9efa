// SPDX-License-Identifier: MIT
// Load and save of generated designs in YAML and JSON, from memory and from a file (loadDesign,
// what the studio and the CLI call). Report: time per iteration, the growth per 10x components
// (should be ~10x: linear), and each load's CPU time against yaml-cpp's YAML::LoadFile of the same
// YAML file (BM_YamlCppLoadFile, the reference issue 15 sets: the load path must be 2x faster).
#include "catalog.h"
#include "designio.h"
#include "generator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include "growth.h"

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

const std::string &designText(int components, sd::DesignFormat format)
{
    static std::map<std::pair<int, int>, std::string> cache;
    auto key = std::make_pair(components, int(format));
    auto it = cache.find(key);
    if (it == cache.end()) {
        const sd::Design d = sd::generateDesign({components, 7}, sd::Catalog::builtin());
        it = cache.emplace(key, sd::writeDesign(d, format).toStdString()).first;
    }
    return it->second;
}

void loadDesign(benchmark::State &state, sd::DesignFormat format)
{
    const std::string &text = designText(int(state.range(0)), format);
    for (auto _ : state) {
        sd::LoadResult r = sd::readDesign(text, format, QStringLiteral("bench"), sd::Catalog::builtin());
        if (!r.ok())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(r);
    }
    state.counters["MB/s"] = benchmark::Counter(double(text.size()) * double(state.iterations()) / 1e6,
                                                benchmark::Counter::kIsRate);
    state.counters["bytes"] = double(text.size());
}

/// loadDesign from a file: reading included (the studio's Open, every CLI verb).
void loadFile(benchmark::State &state, sd::DesignFormat format)
{
    const std::string &text = designText(int(state.range(0)), format);
    QTemporaryDir dir;
    const QString path = dir.filePath(format == sd::DesignFormat::Json ? QStringLiteral("bench.json") : QStringLiteral("bench.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        state.SkipWithError("cannot write the design file");
        return;
    }
    file.close();
    for (auto _ : state) {
        sd::LoadResult r = sd::loadDesign(path, sd::Catalog::builtin());
        if (!r.ok())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(r);
    }
    state.counters["bytes"] = double(text.size());
}

/// The reference: yaml-cpp's node API reading the same YAML file, nothing done with the nodes.
void BM_YamlCppLoadFile(benchmark::State &state)
{
    const std::string &text = designText(int(state.range(0)), sd::DesignFormat::Yaml);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        state.SkipWithError("cannot write the design file");
        return;
    }
    file.close();
    const std::string fileName = path.toStdString();
    for (auto _ : state) {
        YAML::Node root = YAML::LoadFile(fileName);
        benchmark::DoNotOptimize(root);
    }
    state.counters["bytes"] = double(text.size());
}

/// The growth lines, then each load family's CPU time over BM_YamlCppLoadFile's at the same size.
class LoadFileRatioReporter : public sd::bench::GrowthReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        GrowthReporter::ReportRuns(runs);
        // With repetitions the median aggregate stands for all (with --benchmark_report_aggregates_only
        // it is all there is); a single run stands for itself.
        for (const Run &r : runs) {
            if (r.error_occurred)
                continue;
            auto &times = m_cpu[r.run_name.function_name][r.run_name.args];
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median")
                times = {r.GetAdjustedCPUTime()};
            else if (r.run_type == Run::RT_Iteration && r.repetitions <= 1)
                times.push_back(r.GetAdjustedCPUTime());
        }
    }

    void Finalize() override
    {
        GrowthReporter::Finalize();
        const auto reference = m_cpu.find("BM_YamlCppLoadFile");
        if (reference == m_cpu.end())
            return;
        for (auto &[family, bySize] : m_cpu) {
            if (family.rfind("BM_Load", 0) != 0)
                continue;
            std::string line = "ratio " + family + " / yaml-cpp LoadFile (CPU):";
            for (auto &[size, times] : bySize) {
                const auto base = reference->second.find(size);
                if (base == reference->second.end())
                    continue;
                char text[64];
                std::snprintf(text, sizeof text, "  %s %.2f", size.c_str(), median(times) / median(base->second));
                line += text;
            }
            std::printf("%s\n", line.c_str());
        }
        std::fflush(stdout);
    }

private:
    static double median(std::vector<double> &times)
    {
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    }

    std::map<std::string, std::map<std::string, std::vector<double>>> m_cpu; ///< family -> size -> CPU times
};

void saveDesign(benchmark::State &state, sd::DesignFormat format)
{
    const sd::Design d = sd::generateDesign({int(state.range(0)), 7}, sd::Catalog::builtin());
    for (auto _ : state) {
        QByteArray bytes = sd::writeDesign(d, format);
        benchmark::DoNotOptimize(bytes);
    }
}

void BM_LoadYaml(benchmark::State &s) { loadDesign(s, sd::DesignFormat::Yaml); }
void BM_LoadJson(benchmark::State &s) { loadDesign(s, sd::DesignFormat::Json); }
void BM_LoadYamlFile(benchmark::State &s) { loadFile(s, sd::DesignFormat::Yaml); }
void BM_LoadJsonFile(benchmark::State &s) { loadFile(s, sd::DesignFormat::Json); }
void BM_SaveYaml(benchmark::State &s) { saveDesign(s, sd::DesignFormat::Yaml); }
void BM_SaveJson(benchmark::State &s) { saveDesign(s, sd::DesignFormat::Json); }

BENCHMARK(BM_LoadYaml)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadJson)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadYamlFile)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadJsonFile)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YamlCppLoadFile)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveYaml)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveJson)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return sd::bench::runWithGrowth<LoadFileRatioReporter>(argc, argv);
}
