// SPDX-License-Identifier: MIT
// Redundancy rules: single instances, load balancing, choke points, quorum sizes.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// Databases (stores with backups and multi-AZ): data.no-standby speaks for them.
bool hasStandbyRule(const AnalysisContext &context, const ComponentProfile &p)
{
    return p.is(Role::Datastore) && p.is(Role::Stateful) && p.hasMultiAz && !p.is(Role::Quorum)
        && context.props.value(*p.component, keys::backups).isValid();
}

/// "requests from App users and Partner banks", or "" when no entry reaches it.
QString whoDepends(const AnalysisContext &context, int v)
{
    const std::vector<int> entries = context.model.entriesReaching(v);
    if (entries.empty())
        return {};
    return validationText(QT_TRANSLATE_NOOP("Validation", "requests from %1")).arg(context.names(entries, 3));
}

void singleReplica(const AnalysisContext &context, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (p.unit != FailureUnit::Alone || !context.model.served()[size_t(v)] || p.observability
        || p.is(Role::Quorum) || hasStandbyRule(context, p))
        return;
    const int others = context.model.blastRadius()[size_t(v)] - 1;
    QString message = validationText(QT_TRANSLATE_NOOP("Validation", "%1 runs as %2 on the path of %3.")).arg(context.name(v), context.model.redundancyText(v), whoDepends(context, v));
    if (others > 0)
        message += QLatin1Char(' ') + validationText(QT_TRANSLATE_NOOP("Validation", "Components lost with it: %1.")).arg(others);
    context.addFor("redundancy.single-replica", FindingSeverity::Error, v, message,
                   validationText(QT_TRANSLATE_NOOP("Validation", "One instance fails alone: a crash, a host failure or a deploy takes it down, and every "
                      "request that needs it fails with it.")),
                   p.hasReplicas
                       ? validationText(QT_TRANSLATE_NOOP("Validation", "Set replicas to at least 2 and place %1 in the region rather than in one zone, so its "
                            "replicas spread over two or more availability zones."))
                             .arg(context.name(v))
                       : validationText(QT_TRANSLATE_NOOP("Validation", "Use the provider's managed service for %1, or run it as a cluster of three nodes over "
                            "three availability zones."))
                             .arg(context.name(v)));
}

void noLoadBalancer(const AnalysisContext &context, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (!p.is(Role::Compute) || !p.hasReplicas || (p.replicas < 2 && !p.autoscaling))
        return;
    std::vector<int> direct;
    for (int u : context.graph.predecessors(v)) {
        const ComponentProfile &caller = context.profile(u);
        if (caller.trafficSource || (caller.is(Role::Edge) && !caller.is(Role::Gateway | Role::LoadBalancer)))
            direct.push_back(u);
    }
    // Exposed to the internet with nothing in front: internet clients call the replicas directly.
    const bool bareEntry = p.isPublic && context.graph.predecessors(v).empty();
    if (direct.empty() && !bareEntry)
        return;
    const QString message = bareEntry
        ? validationText(QT_TRANSLATE_NOOP("Validation", "%1 is exposed to the internet with %2 replicas but nothing in front spreads requests over them."))
              .arg(context.name(v))
              .arg(p.replicas)
        : validationText(QT_TRANSLATE_NOOP("Validation", "%1 runs %2 replicas but %3 calls it directly, with no load balancer in front."))
              .arg(context.name(v))
              .arg(p.replicas)
              .arg(context.names(direct, 3));
    context.addFor("redundancy.no-load-balancer", FindingSeverity::Warning, v, message,
                   validationText(QT_TRANSLATE_NOOP("Validation", "Without a load balancer, callers reach one fixed instance: the other replicas take no "
                      "load and do not take over when that one fails.")),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Put a load balancer or an API gateway in front of %1 and route its callers through it."))
                       .arg(context.name(v)));
}

void chokepoint(const AnalysisContext &context, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (!p.is(Role::LoadBalancer | Role::Gateway | Role::Queue) || p.unit != FailureUnit::Zone
        || !context.model.served()[size_t(v)])
        return;
    const int others = context.model.blastRadius()[size_t(v)] - 1;
    if (others <= 0)
        return;
    context.addFor("redundancy.chokepoint", FindingSeverity::Warning, v,
                   validationText(QT_TRANSLATE_NOOP("Validation", "Every path from the entry points to %1 components passes through %2, which is %3."))
                       .arg(others)
                       .arg(context.name(v), context.model.redundancyText(v)),
                   validationText(QT_TRANSLATE_NOOP("Validation", "A choke point that lives in one availability zone takes everything behind it down "
                      "when that zone fails.")),
                   p.hasMultiAz ? validationText(QT_TRANSLATE_NOOP("Validation", "Enable multi-AZ on %1.")).arg(context.name(v))
                                : validationText(QT_TRANSLATE_NOOP("Validation", "Run %1 in two or more availability zones.")).arg(context.name(v)));
}

void quorum(const AnalysisContext &context, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (!p.is(Role::Quorum) || !p.hasReplicas)
        return;
    // Spanner keeps its own quorum of replicas whatever the node count.
    if (context.props.stringValue(context.component(v), keys::engine) == QLatin1String("spanner"))
        return;
    if (p.replicas >= 3 && p.replicas % 2 == 1)
        return;
    const int suggested = p.replicas < 3 ? 3 : p.replicas + 1;
    context.addFor("redundancy.quorum", FindingSeverity::Error, v,
                   validationText(QT_TRANSLATE_NOOP("Validation", "%1 is a quorum system with %2 members.")).arg(context.name(v)).arg(p.replicas),
                   p.replicas < 3
                       ? validationText(QT_TRANSLATE_NOOP("Validation", "A quorum needs a majority: with fewer than 3 members, losing one stops writes."))
                       : validationText(QT_TRANSLATE_NOOP("Validation", "An even number of members tolerates no more failures than one member fewer, and "
                            "can split into two equal halves with no majority.")),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Run %1 members (replicas: %1), one per availability zone.")).arg(suggested));
}

} // namespace

void checkRedundancy(const AnalysisContext &context)
{
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        singleReplica(context, v);
        noLoadBalancer(context, v);
        chokepoint(context, v);
        quorum(context, v);
    }
}

} // namespace sd
