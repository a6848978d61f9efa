// SPDX-License-Identifier: MIT
// Design hygiene rules: synchronous cycles, dangling queues, unconnected components, deep
// synchronous chains.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// Services in one synchronous chain from which on a queue is overdue.
constexpr int kMaxSynchronousServices = 4;

void syncCycles(const AnalysisContext &context)
{
    for (const std::vector<int> &cycle : context.graph.synchronousCycles()) {
        QStringList ids = context.idsOf(cycle);
        ids.sort();
        context.add("hygiene.sync-cycle", FindingSeverity::Warning, ids, ids,
                    validationText(QT_TRANSLATE_NOOP("Validation", "%1 call each other synchronously in a cycle.")).arg(context.names(cycle, 5)),
                    validationText(QT_TRANSLATE_NOOP("Validation", "A synchronous cycle can deadlock or recurse without end, and one slow member stalls all "
                       "of them; none can be deployed or fail on its own.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Break the cycle: make one of the calls asynchronous (through a queue), or move the shared "
                       "logic into one service.")));
    }
}

void deepChains(const AnalysisContext &context)
{
    // Longest chain of services calling each other synchronously, by dynamic programming in
    // topological order (Kahn). Vertices on synchronous cycles are left out: hygiene.sync-cycle covers them.
    const int n = context.graph.vertexCount();
    auto inChain = [&](int v) { return context.profile(v).is(Role::Compute); };
    auto syncEdge = [&](int e) { return !context.graph.edges()[size_t(e)].async; };
    std::vector<int> indegree(size_t(n), 0), length(size_t(n), 0), previous(size_t(n), -1);
    std::vector<int> ready;
    for (int v = 0; v < n; ++v) {
        if (!inChain(v))
            continue;
        const auto in = context.graph.inEdges(v);
        const auto from = context.graph.predecessors(v);
        for (size_t i = 0; i < in.size(); ++i)
            if (syncEdge(in[i]) && inChain(from[i]))
                ++indegree[size_t(v)];
        if (indegree[size_t(v)] == 0) {
            length[size_t(v)] = 1;
            ready.push_back(v);
        }
    }
    std::vector<int> ends;
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        bool extended = false;
        const auto out = context.graph.outEdges(v);
        const auto to = context.graph.successors(v);
        for (size_t i = 0; i < out.size(); ++i) {
            const int w = to[i];
            if (!syncEdge(out[i]) || !inChain(w))
                continue;
            extended = true;
            if (length[size_t(v)] + 1 > length[size_t(w)]) {
                length[size_t(w)] = length[size_t(v)] + 1;
                previous[size_t(w)] = v;
            }
            if (--indegree[size_t(w)] == 0)
                ready.push_back(w);
        }
        if (!extended && length[size_t(v)] > kMaxSynchronousServices)
            ends.push_back(v);
    }
    std::sort(ends.begin(), ends.end());
    for (int end : ends) {
        std::vector<int> chain;
        for (int v = end; v >= 0; v = previous[size_t(v)])
            chain.push_back(v);
        std::reverse(chain.begin(), chain.end());
        const QString &last = context.component(end).id;
        context.add("hygiene.deep-sync-chain", FindingSeverity::Warning, {last}, context.idsOf(chain),
                    validationText(QT_TRANSLATE_NOOP("Validation", "%1 services call each other synchronously in one chain: %2."))
                        .arg(chain.size())
                        .arg(context.names(chain, 8)),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Latencies add up and availabilities multiply along a synchronous chain: five services at "
                       "99.9 % give 99.5 %, and one slow service stalls every caller above it.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Put a queue or event stream where the caller does not need the answer at once (e.g. before "
                       "%1), or merge services that always change together."))
                        .arg(context.name(chain[chain.size() / 2])));
    }
}

} // namespace

void checkHygiene(const AnalysisContext &context)
{
    syncCycles(context);
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        const bool noIn = context.graph.predecessors(v).empty();
        const bool noOut = context.graph.successors(v).empty();
        const QString name = context.name(v);
        if (noIn && noOut) {
            context.addFor("hygiene.unconnected", FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 has no connections.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Nothing calls it and it calls nothing: either a dependency is missing from the "
                              "design (and from its analysis), or the component is not needed.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Connect %1 to what calls it and what it needs, or remove it.")).arg(name));
            continue;
        }
        if (!p.is(Role::Queue))
            continue;
        if (noIn)
            context.addFor("hygiene.queue-no-producer", FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "Nothing sends messages to %1.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "A queue without a producer stays empty; its consumers wait for work that never comes.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Connect the component that publishes to %1 (producer -> queue).")).arg(name));
        if (noOut)
            context.addFor("hygiene.queue-no-consumer", FindingSeverity::Warning, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "Nothing consumes the messages of %1.")).arg(name),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Messages pile up until the retention limit and are then dropped: the work is lost.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Connect the consumer of %1 (queue -> consumer).")).arg(name));
    }
    deepChains(context);
}

} // namespace sd
