// SPDX-License-Identifier: MIT
// Load and save of generated designs in YAML and JSON, from memory and from a file (loadDesign,
// what the studio and the CLI call). Report: time per iteration and the growth per 10x
// components (should be ~10x: linear).
#include "catalog.h"
#include "designio.h"
#include "generator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include "growth.h"

#include <benchmark/benchmark.h>

#include <map>

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
BENCHMARK(BM_SaveYaml)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveJson)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return sd::bench::runWithGrowth(argc, argv);
}
