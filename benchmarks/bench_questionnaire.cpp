// SPDX-License-Identifier: MIT
// Questions, answer states and the capacity estimate for generated designs of 1,000 and
// 10,000 components (about 1.5 connections each). Run:
//   build/benchmarks/bench_questionnaire --benchmark_counters_tabular=true
// and compare the 10k/1k ratio: everything here should grow linearly (about 10x).
#include "answersfile.h"
#include "capacity.h"
#include "catalog.h"
#include "generator.h"
#include "questions.h"

#include "growth.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

using namespace sd;

/// A generated design with the load answered and every third generated question answered.
const Design &design(int components)
{
    static std::map<int, Design> cache;
    auto it = cache.find(components);
    if (it == cache.end()) {
        Design d = generateDesign({components, 7}, Catalog::builtin());
        d.setAnswer({QStringLiteral("general.peak.concurrent"), 15000.0, {}});
        d.setAnswer({QStringLiteral("general.session.requestsPerMinute"), 2.0, {}});
        d.setAnswer({QStringLiteral("general.peak.multiplier"), 4.0, {}});
        int i = 0;
        for (const Question &q : designQuestions(d, Catalog::builtin()))
            if (!q.itemId.isEmpty() && q.type == AnswerType::Number && i++ % 3 == 0)
                d.setAnswer({q.id, 50.0, {}});
        it = cache.emplace(components, std::move(d)).first;
    }
    return it->second;
}

void BM_Questionnaire(benchmark::State &state)
{
    const Design &d = design(int(state.range(0)));
    int questions = 0;
    for (auto _ : state) {
        const Questionnaire q(d, Catalog::builtin());
        questions = q.count();
        benchmark::DoNotOptimize(q.answeredCount());
    }
    state.counters["questions"] = questions;
    state.counters["answers"] = double(d.answers().size());
    state.SetComplexityN(state.range(0));
}

void BM_Capacity(benchmark::State &state)
{
    const Design &d = design(int(state.range(0)));
    size_t services = 0;
    for (auto _ : state) {
        const CapacityEstimate e = estimateCapacity(d, Catalog::builtin());
        services = e.services.size();
        benchmark::DoNotOptimize(e.suggestions.size());
    }
    state.counters["services"] = double(services);
    state.SetComplexityN(state.range(0));
}

/// The product owner's handout: every general question names the components it affects
/// (43 questions x the components), so this shows whether that stays linear.
void BM_ProductOwnerAffects(benchmark::State &state)
{
    const Design &d = design(int(state.range(0)));
    const std::vector<Question> general = generalQuestions();
    qsizetype characters = 0;
    // The exporter has the estimate already (BM_Capacity times it); what it adds is the index.
    const CapacityEstimate estimate = estimateCapacity(d, Catalog::builtin());
    for (auto _ : state) {
        characters = 0;
        const AffectedItems affected(d, Catalog::builtin(), estimate); // once per export, as the exporter does
        for (const Question &q : general)
            if (inEdition(q, Edition::ProductOwner))
                characters += affected.text(q).size();
        benchmark::DoNotOptimize(characters);
    }
    state.counters["characters"] = double(characters);
    state.SetComplexityN(state.range(0));
}

void BM_AnswersFileRoundTrip(benchmark::State &state)
{
    const Design &d = design(int(state.range(0)));
    for (auto _ : state) {
        const QByteArray file = writeAnswersFile(d, Catalog::builtin(), DesignFormat::Yaml);
        const AnswersImport back = readAnswersFile(file.toStdString(), DesignFormat::Yaml, QStringLiteral("a.yaml"), d, Catalog::builtin());
        benchmark::DoNotOptimize(back.answers.size());
    }
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(BM_Questionnaire)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Capacity)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProductOwnerAffects)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnswersFileRoundTrip)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) { return sd::bench::runWithGrowth(argc, argv); }
