// SPDX-License-Identifier: MIT
// Growth ratios for benchmarks that run one family at several sizes (1k, 10k, 100k components):
// after the usual table, one line per family with the time ratio between consecutive sizes and the
// size ratio beside it, so linear growth reads as "10.4x for 10x". Used by every bench_* main.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace sd::bench {

class GrowthReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            if (r.error_occurred || r.run_type != Run::RT_Iteration)
                continue;
            const std::string &args = r.run_name.args;
            const double size = std::atof(args.substr(args.rfind('/') + 1).c_str());
            if (size <= 0)
                continue;
            // Medians over repetitions (--benchmark_repetitions) when there are several.
            m_times[r.run_name.function_name][size].push_back(r.GetAdjustedRealTime());
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        for (auto &[family, bySize] : m_times) {
            if (bySize.size() < 2)
                continue;
            std::string line = "growth " + family + ":";
            const std::pair<const double, std::vector<double>> *previous = nullptr;
            for (auto &entry : bySize) {
                std::sort(entry.second.begin(), entry.second.end());
                if (previous) {
                    char text[96];
                    std::snprintf(text, sizeof text, "  %g->%g %.1fx (for %.0fx)", previous->first, entry.first,
                                  median(entry.second) / median(previous->second), entry.first / previous->first);
                    line += text;
                }
                previous = &entry;
            }
            std::printf("%s\n", line.c_str());
        }
        std::fflush(stdout);
    }

private:
    static double median(const std::vector<double> &sorted) { return sorted[sorted.size() / 2]; }

    std::map<std::string, std::map<double, std::vector<double>>> m_times; ///< family -> size -> times
};

/// Runs the registered benchmarks with the growth lines after the table (`Reporter`: a GrowthReporter
/// that adds lines of its own).
template<typename Reporter = GrowthReporter>
inline int runWithGrowth(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}

} // namespace sd::bench
