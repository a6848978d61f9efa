// SPDX-License-Identifier: MIT
// Design hygiene rules: synchronous cycles, dangling queues, unconnected components, deep
// synchronous chains.
#include "analysiscontext.h"
#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// Services in one synchronous chain from which on a queue is overdue.
constexpr int kMaxSynchronousServices = 4;

void syncCycles(const AnalysisContext &context, const std::vector<std::vector<int>> &cycles)
{
    for (const std::vector<int> &cycle : cycles) {
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

void deepChains(const AnalysisContext &context, const std::vector<std::vector<int>> &cycles)
{
    // Longest chain of services calling each other synchronously, by dynamic programming in
    // topological order (Kahn). Vertices on synchronous cycles are left out (hygiene.sync-cycle
    // covers them), so what hangs below a cycle is still measured: Kahn never reaches a vertex
    // whose caller sits on a cycle it cannot finish.
    const int n = context.graph.vertexCount();
    std::vector<char> onCycle(size_t(n), 0);
    for (const std::vector<int> &cycle : cycles)
        for (int v : cycle)
            onCycle[size_t(v)] = 1;
    auto inChain = [&](int v) { return context.profile(v).is(Role::Compute) && !onCycle[size_t(v)]; };
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

/// Groups of components nothing outside the group calls (source components of the condensation),
/// observability left out: where requests probably start when nothing says so.
std::vector<int> likelyStarts(const AnalysisContext &context)
{
    int count = 0;
    const std::vector<int> scc = context.graph.strongComponents(&count);
    std::vector<char> calledFromOutside(size_t(count), 0);
    for (const DependencyGraph::Edge &e : context.graph.edges())
        if (scc[size_t(e.from)] != scc[size_t(e.to)])
            calledFromOutside[size_t(scc[size_t(e.to)])] = 1;
    std::vector<int> out;
    for (int v = 0; v < context.graph.vertexCount(); ++v)
        if (!calledFromOutside[size_t(scc[size_t(v)])] && !context.profile(v).observability)
            out.push_back(v);
    return out;
}

/// hygiene.no-entry-point and hygiene.candidate-entries: what the analysis starts from.
void entryPoints(const AnalysisContext &context)
{
    if (context.graph.vertexCount() == 0)
        return;
    if (context.model.entries().empty()) {
        const std::vector<int> starts = likelyStarts(context);
        const QString fix = validationText(QT_TRANSLATE_NOOP("Validation", "Draw who calls the system (Users, Partner API) and connect them, or set "
                                                                           "\"Traffic starts here\" on the component where requests start."));
        context.add("hygiene.no-entry-point", FindingSeverity::Error, {}, context.idsOf(starts),
                    validationText(QT_TRANSLATE_NOOP("Validation", "No entry point: no traffic source is drawn, nothing is marked as where traffic "
                                                                   "starts, and every component has a caller, so there is nothing to analyse from.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Single points of failure are found by following requests from where they start; "
                                                                   "without a start no single-instance, zone-loss or blast-radius check can run, and "
                                                                   "the design would pass them silently.")),
                    starts.empty() ? fix
                                   : fix + QLatin1Char(' ')
                            + validationText(QT_TRANSLATE_NOOP("Validation", "Likely starts (nothing outside their cycle calls them): %1."))
                                  .arg(context.names(starts, 6)));
        return;
    }
    if (!context.model.candidateEntries())
        return;
    const std::vector<int> &candidates = context.model.entries();
    context.add("hygiene.candidate-entries", FindingSeverity::Info, {}, context.idsOf(candidates),
                validationText(QT_TRANSLATE_NOOP("Validation", "No entry point is drawn or marked; the analysis starts from what nothing calls: %1."))
                    .arg(context.names(candidates, 6)),
                validationText(QT_TRANSLATE_NOOP("Validation", "Findings about single instances, zones and blast radius follow requests from these "
                                                               "candidate entries; if requests really start elsewhere, the findings are wrong.")),
                validationText(QT_TRANSLATE_NOOP("Validation", "Draw the users or clients that call the system, or set \"Traffic starts here\" on "
                                                               "the components where requests start.")));
}

/// Whether an image reference is pinned: a tag other than "latest", or a digest.
enum class ImagePin { Pinned, Untagged, Latest };

ImagePin imagePin(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return ImagePin::Pinned; // by digest
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash || colon == image.size() - 1)
        return ImagePin::Untagged; // a colon before the last slash is a registry port
    return image.mid(colon + 1) == QLatin1String("latest") ? ImagePin::Latest : ImagePin::Pinned;
}

void imageTag(const AnalysisContext &context, int v)
{
    const Component &c = context.component(v);
    const QString image = c.properties.value(keys::image).toString().trimmed();
    if (image.isEmpty())
        return;
    // A data store's image is used only when it runs itself (hosting kubernetes or vm).
    const ComponentProfile &p = context.profile(v);
    if (p.kind && p.kind->property(keys::hosting) && context.props.stringValue(c, keys::hosting) == QLatin1String("managed"))
        return;
    const ImagePin pin = imagePin(image);
    if (pin == ImagePin::Pinned)
        return;
    const QString name = context.name(v);
    const QString repository = pin == ImagePin::Latest ? image.left(image.lastIndexOf(QLatin1Char(':'))) : image;
    context.addFor("hygiene.unpinned-image", FindingSeverity::Error, v,
                   pin == ImagePin::Latest
                       ? validationText(QT_TRANSLATE_NOOP("Validation", "%1 uses the image %2, which moves with every push.")).arg(name, image)
                       : validationText(QT_TRANSLATE_NOOP("Validation", "%1 uses the image %2 without a tag, which means latest.")).arg(name, image),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Each restart or new node may pull a different build: a rollback cannot go back, "
                                                                  "replicas run different code, and the exporters refuse such an image.")),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Pin the image of %1 to a version tag or a digest, e.g. %2:1.0.0 or %2@sha256:…."))
                       .arg(name, repository));
}

} // namespace

void checkHygiene(const AnalysisContext &context)
{
    entryPoints(context);
    const std::vector<std::vector<int>> cycles = context.graph.synchronousCycles();
    syncCycles(context, cycles);
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        const bool noIn = context.graph.predecessors(v).empty();
        const bool noOut = context.graph.successors(v).empty();
        const QString name = context.name(v);
        imageTag(context, v);
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
    deepChains(context, cycles);
}

} // namespace sd
