// SPDX-License-Identifier: MIT
#include "failuremodel.h"

#include "analysiscontext.h"
#include "catalog.h"
#include "design.h"

#include <algorithm>
#include <bit>

namespace sd {

unsigned Role::fromNames(const QStringList &names)
{
    static const std::pair<const char *, unsigned> table[] = {
        {"compute", Compute},         {"datastore", Datastore},
        {"stateful", Stateful},       {"queue", Queue},
        {"stream", Stream},           {"quorum", Quorum},
        {"edge", Edge},               {"gateway", Gateway},
        {"load-balancer", LoadBalancer}, {"security", Security},
        {"secrets", Secrets},         {"observability", Observability},
        {"metrics", Metrics},         {"logs", Logs},
        {"apm", Apm},                 {"alerting", Alerting},
        {"dashboards", Dashboards},   {"third-party", ThirdParty},
        {"entry", Entry},             {"container-workload", ContainerWorkload},
        {"serverless", Serverless},   {"scheduled", Scheduled},
    };
    unsigned bits = 0;
    for (const QString &name : names)
        for (const auto &[text, bit] : table)
            if (name == QLatin1String(text))
                bits |= bit;
    return bits;
}

bool SimulationResult::breaksEntries() const
{
    return std::any_of(entries.begin(), entries.end(), [](const EntryLoss &loss) { return loss.broken; });
}

namespace {

struct KindFacts {
    unsigned roles = 0;
    bool hasReplicas = false;
    bool hasMultiAz = false;
    bool hasEntryPoint = false;
    bool hasPublic = false;
    int index = 0; ///< dense number of the kind in this design
};

} // namespace

FailureModel::FailureModel(const Design &design, const Catalog &catalog, const DependencyGraph &graph)
    : m_design(design), m_graph(graph)
{
    PropertyAccess props(catalog);
    // Placements per zone: a component's placement is its zone's, so walk the zone tree once per zone.
    QHash<QString, Placement> zonePlacement;
    zonePlacement.reserve(qsizetype(design.zones().size()));
    for (const Zone &z : design.zones())
        zonePlacement.insert(z.id, placementOf(design, catalog, z.id));
    QHash<QString, KindFacts> kindFacts;

    const auto &components = design.components();
    m_profiles.resize(components.size());
    m_kindOf.resize(components.size());
    for (size_t i = 0; i < components.size(); ++i) {
        const Component &c = components[i];
        ComponentProfile &p = m_profiles[i];
        p.component = &c;
        p.kind = props.kind(c.kind);
        auto facts = kindFacts.find(c.kind);
        if (facts == kindFacts.end()) {
            KindFacts f;
            if (p.kind) {
                f.roles = Role::fromNames(p.kind->roles);
                f.hasReplicas = p.kind->property(keys::replicas) != nullptr;
                f.hasMultiAz = p.kind->property(keys::multiAz) != nullptr;
                f.hasEntryPoint = p.kind->property(keys::entryPoint) != nullptr;
                f.hasPublic = p.kind->property(keys::isPublic) != nullptr;
            }
            f.index = int(m_kindCount++);
            facts = kindFacts.insert(c.kind, f);
        }
        m_kindOf[i] = facts->index;
        if (!c.zone.isEmpty())
            p.placement = zonePlacement.value(c.zone);
        p.roles = facts->roles;
        p.hasReplicas = facts->hasReplicas;
        p.hasMultiAz = facts->hasMultiAz;
        const ReplicaCount count = replicaCountOf(props, c);
        p.replicas = count.running();
        p.autoscaling = count.autoscaling;
        p.multiAz = p.hasMultiAz && props.boolValue(c, keys::multiAz);
        p.isPublic = facts->hasPublic && props.boolValue(c, keys::isPublic);
        p.trafficSource = p.is(Role::Entry);
        p.entry = p.trafficSource || (facts->hasEntryPoint && props.boolValue(c, keys::entryPoint));
        p.observability = p.is(Role::Observability);
        p.criticalSink = p.is(Role::Datastore | Role::ThirdParty) && !p.trafficSource && !p.observability;

        if (p.hasReplicas && p.replicas < 2 && !p.multiAz) {
            p.unit = FailureUnit::Alone;
        } else if (p.is(Role::Queue) && !p.hasReplicas
                   && props.stringValue(c, keys::engine) != QLatin1String("managed")) {
            // A broker you run yourself (RabbitMQ, ActiveMQ) with no replica count: one broker.
            p.unit = FailureUnit::Alone;
            p.selfRunBroker = true;
        } else if (!p.placement.availabilityZoneId.isEmpty() && p.multiAz) {
            // Drawn in a zone, multi-AZ on: the primary lives there (as AWS and Azure reference
            // diagrams draw it) and the standby in another zone of the region takes over.
            p.unit = FailureUnit::Region;
            p.failsOverInRegion = true;
        } else if (!p.placement.availabilityZoneId.isEmpty()) {
            // Everything else drawn in a zone runs there, replicas included: nothing in the design
            // says they spread, so the model takes the drawing literally.
            p.unit = FailureUnit::Zone;
        } else if (p.hasMultiAz && !p.multiAz && !p.hasReplicas) {
            p.unit = FailureUnit::Zone;
        } else {
            p.unit = FailureUnit::Region;
        }
    }

    // Exposed to the internet with nothing drawn in front: outside traffic enters there.
    for (int v = 0; v < graph.vertexCount(); ++v) {
        ComponentProfile &p = m_profiles[size_t(v)];
        if (p.isPublic && !p.entry && graph.predecessors(v).empty() && !p.is(Role::Datastore) && !p.observability)
            p.entry = true;
    }
    for (int v = 0; v < graph.vertexCount(); ++v)
        if (m_profiles[size_t(v)].entry)
            m_entries.push_back(v);
    if (m_entries.empty()) {
        // No traffic source drawn yet: analyse from whatever nothing calls, and say so (the
        // hygiene rules report it).
        for (int v = 0; v < graph.vertexCount(); ++v)
            if (graph.predecessors(v).empty() && !m_profiles[size_t(v)].observability)
                m_entries.push_back(v);
        m_candidates = !m_entries.empty();
    }
    computeEntryReach();
    m_idom = graph.immediateDominators(m_entries);

    // Blast radius: the size of each component's subtree in the dominator tree.
    const size_t n = size_t(graph.vertexCount());
    m_blast.assign(n, 0);
    std::vector<int> depth(n, -1);
    std::vector<int> chain;
    int maxDepth = 0;
    for (size_t v = 0; v < n; ++v) {
        if (m_idom[v] == DependencyGraph::kUnreachable || depth[v] >= 0)
            continue;
        chain.clear();
        int u = int(v);
        while (u >= 0 && depth[size_t(u)] < 0) {
            chain.push_back(u);
            u = m_idom[size_t(u)];
        }
        int d = u >= 0 ? depth[size_t(u)] : -1;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            depth[size_t(*it)] = ++d;
        maxDepth = std::max(maxDepth, d);
    }
    std::vector<std::vector<int>> byDepth(size_t(maxDepth) + 1);
    for (size_t v = 0; v < n; ++v)
        if (depth[v] >= 0) {
            byDepth[size_t(depth[v])].push_back(int(v));
            m_blast[v] = 1;
        }
    for (size_t d = byDepth.size(); d-- > 1;)
        for (int v : byDepth[d])
            m_blast[size_t(m_idom[size_t(v)])] += m_blast[size_t(v)];
}

void FailureModel::computeEntryReach()
{
    m_reachWords = (m_entries.size() + 63) / 64;
    if (m_entries.size() <= 16) {
        // Few entry points (the usual case): one walk each is cheaper than the condensation.
        // Each vertex is its own row.
        const int n = m_graph.vertexCount();
        m_sccOf.resize(size_t(n));
        for (int v = 0; v < n; ++v)
            m_sccOf[size_t(v)] = v;
        m_reach.assign(size_t(n) * m_reachWords, 0);
        m_served.assign(size_t(n), 0);
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const std::vector<char> seen = m_graph.reachable({m_entries[i]});
            for (int v = 0; v < n; ++v)
                if (seen[size_t(v)]) {
                    m_reach[size_t(v) * m_reachWords + i / 64] |= quint64(1) << (i % 64);
                    m_served[size_t(v)] = 1;
                }
        }
        return;
    }
    // Many entry points: one bit per entry point, propagated along the condensation in topological
    // order: linear in the graph times the number of entry points / 64, with no cap on entry points.
    int sccCount = 0;
    m_sccOf = m_graph.strongComponents(&sccCount);
    m_reach.assign(size_t(sccCount) * m_reachWords, 0);
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_reach[size_t(m_sccOf[size_t(m_entries[i])]) * m_reachWords + i / 64] |= quint64(1) << (i % 64);
    std::vector<std::vector<int>> members(static_cast<size_t>(sccCount));
    for (int v = 0; v < m_graph.vertexCount(); ++v)
        members[size_t(m_sccOf[size_t(v)])].push_back(v);
    for (int c = 0; c < sccCount && m_reachWords > 0; ++c) {
        const quint64 *from = &m_reach[size_t(c) * m_reachWords];
        for (int v : members[size_t(c)])
            for (int w : m_graph.successors(v)) {
                const int d = m_sccOf[size_t(w)];
                if (d == c)
                    continue;
                quint64 *to = &m_reach[size_t(d) * m_reachWords];
                for (size_t k = 0; k < m_reachWords; ++k)
                    to[k] |= from[k];
            }
    }
    m_served.assign(size_t(m_graph.vertexCount()), 0);
    for (int v = 0; v < m_graph.vertexCount(); ++v) {
        const quint64 *bits = &m_reach[size_t(m_sccOf[size_t(v)]) * m_reachWords];
        m_served[size_t(v)] = std::any_of(bits, bits + m_reachWords, [](quint64 w) { return w != 0; }) ? 1 : 0;
    }
}

bool FailureModel::reaches(size_t entryIndex, int v) const
{
    if (entryIndex >= m_entries.size())
        return false;
    return (m_reach[size_t(m_sccOf[size_t(v)]) * m_reachWords + entryIndex / 64] >> (entryIndex % 64)) & 1;
}

std::vector<int> FailureModel::entriesReaching(int v) const
{
    std::vector<int> out;
    const quint64 *bits = m_reach.data() + size_t(m_sccOf[size_t(v)]) * m_reachWords;
    for (size_t k = 0; k < m_reachWords; ++k)
        for (quint64 word = bits[k]; word != 0; word &= word - 1)
            out.push_back(m_entries[k * 64 + size_t(std::countr_zero(word))]);
    return out;
}

std::vector<int> FailureModel::rankByBlastRadius(int limit) const
{
    std::vector<int> order;
    for (int v = 0; v < int(m_blast.size()); ++v)
        if (m_blast[size_t(v)] > 0)
            order.push_back(v);
    const auto better = [this](int a, int b) {
        if (m_blast[size_t(a)] != m_blast[size_t(b)])
            return m_blast[size_t(a)] > m_blast[size_t(b)];
        return m_profiles[size_t(a)].component->id < m_profiles[size_t(b)].component->id;
    };
    const size_t keep = std::min(order.size(), size_t(std::max(limit, 0)));
    std::partial_sort(order.begin(), order.begin() + ptrdiff_t(keep), order.end(), better);
    order.resize(keep);
    return order;
}

std::vector<FailureDomain> FailureModel::domains(FailureScope scope) const
{
    // The label of a domain comes from its first member; it is made once per domain, not once per
    // component (tr() and arg() for 100,000 components were most of this function's time).
    const auto idOf = [scope](const ComponentProfile &p) -> const QString & {
        switch (scope) {
        case FailureScope::Zone:
            return p.placement.availabilityZoneId;
        case FailureScope::Region:
            return p.placement.regionZone;
        case FailureScope::Provider:
            return p.placement.provider;
        case FailureScope::Component:
            break;
        }
        return p.component->id;
    };
    const auto labelOf = [this, scope](int v, const QString &id) {
        const Placement &pl = m_profiles[size_t(v)].placement;
        switch (scope) {
        case FailureScope::Zone:
            return tr("availability zone %1").arg(pl.availabilityZone.isEmpty() ? id : pl.availabilityZone);
        case FailureScope::Region:
            return tr("region %1").arg(pl.region.isEmpty() ? id : pl.region);
        case FailureScope::Provider:
            return tr("provider %1").arg(id);
        case FailureScope::Component:
            break;
        }
        return nameOf(v);
    };
    QHash<QString, size_t> slotOf; // domain id -> index in `found`
    std::vector<FailureDomain> found;
    for (int v = 0; v < int(m_profiles.size()); ++v) {
        const QString &id = idOf(m_profiles[size_t(v)]);
        if (id.isEmpty())
            continue;
        auto it = slotOf.constFind(id);
        if (it == slotOf.constEnd()) {
            it = slotOf.insert(id, found.size());
            found.push_back(FailureDomain{{scope, id, labelOf(v, id)}, {}, {}});
        }
        FailureDomain &domain = found[it.value()];
        if (scope == FailureScope::Zone && m_profiles[size_t(v)].failsOverInRegion)
            domain.failingOver.push_back(v);
        else
            domain.failed.push_back(v);
    }
    // Sorted by id, as callers and outputs expect.
    std::sort(found.begin(), found.end(),
              [](const FailureDomain &a, const FailureDomain &b) { return a.scenario.target < b.scenario.target; });
    return found;
}

std::optional<FailureDomain> FailureModel::resolve(const QString &spec, QString *error) const
{
    const int colon = spec.indexOf(QLatin1Char(':'));
    const QString prefix = colon > 0 ? spec.left(colon) : QString();
    const QString name = colon > 0 ? spec.mid(colon + 1) : spec;
    FailureScope scope = FailureScope::Component;
    if (prefix == QLatin1String("zone"))
        scope = FailureScope::Zone;
    else if (prefix == QLatin1String("region"))
        scope = FailureScope::Region;
    else if (prefix == QLatin1String("provider"))
        scope = FailureScope::Provider;
    else if (!prefix.isEmpty()) {
        if (error)
            *error = tr("unknown failure scope '%1': use a component id, zone:NAME, region:NAME or provider:NAME")
                         .arg(prefix);
        return std::nullopt;
    }
    if (scope == FailureScope::Component) {
        const int v = m_graph.indexOf(name);
        if (v < 0) {
            if (error)
                *error = tr("no component with id '%1'").arg(name);
            return std::nullopt;
        }
        return FailureDomain{{scope, name, nameOf(v)}, {v}, {}};
    }
    for (FailureDomain &d : domains(scope)) {
        const int member = d.failed.empty() ? d.failingOver.front() : d.failed.front();
        const Placement &pl = m_profiles[size_t(member)].placement;
        const QString realName = scope == FailureScope::Zone ? pl.availabilityZone
            : scope == FailureScope::Region                  ? pl.region
                                                             : pl.provider;
        if (d.scenario.target == name || realName == name)
            return std::move(d);
    }
    // A zone of the design that holds nothing fails without consequence; say so rather than erring.
    for (const Zone &z : m_design.zones()) {
        const bool kindFits = (scope == FailureScope::Zone && z.kind == kinds::availabilityZone)
            || (scope == FailureScope::Region && z.kind == kinds::region);
        if (kindFits && (z.id == name || z.name == name))
            return FailureDomain{{scope, z.id, z.name}, {}, {}};
    }
    if (error)
        *error = tr("nothing in the design is placed in %1 '%2'").arg(prefix, name);
    return std::nullopt;
}

SimulationResult FailureModel::simulate(const FailureScenario &scenario, const std::vector<int> &failed) const
{
    SimulationResult result;
    result.scenario = scenario;
    result.failed = failed;
    std::sort(result.failed.begin(), result.failed.end());
    std::vector<char> removed(size_t(m_graph.vertexCount()), 0);
    for (int v : failed)
        removed[size_t(v)] = 1;
    std::vector<char> lostAny(removed.size(), 0);
    std::vector<int> aliveKind(m_kindCount, 0); // kind -> stamp of the last caller with a live callee of that kind
    int kindStamp = 0;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const int e = m_entries[i];
        SimulationResult::EntryLoss loss;
        loss.entry = e;
        loss.entryDown = removed[size_t(e)] != 0;
        const std::vector<char> after = loss.entryDown ? std::vector<char>(removed.size(), 0)
                                                       : m_graph.reachable({e}, removed);
        loss.broken = loss.entryDown;
        for (size_t v = 0; v < after.size(); ++v) {
            if (!after[v] && reaches(i, int(v))) {
                loss.lost.push_back(int(v));
                lostAny[v] = 1;
                if (!removed[v] && !m_profiles[v].observability)
                    loss.broken = true; // collateral damage
            }
        }
        for (size_t u = 0; u < after.size() && !loss.broken; ++u) {
            if (!after[u])
                continue;
            // Kinds by number, marked with a stamp per caller: no strings hashed, linear in the callees
            // however many a hub has.
            const int stamp = ++kindStamp;
            bool kindsKnown = false;
            for (int v : m_graph.successors(int(u))) {
                if (!removed[size_t(v)] || m_profiles[size_t(v)].observability)
                    continue;
                if (!kindsKnown) {
                    for (int w : m_graph.successors(int(u)))
                        if (after[size_t(w)])
                            aliveKind[size_t(m_kindOf[size_t(w)])] = stamp;
                    kindsKnown = true;
                }
                if (aliveKind[size_t(m_kindOf[size_t(v)])] != stamp) {
                    loss.broken = true;
                    break;
                }
            }
        }
        if (loss.entryDown || !loss.lost.empty())
            result.entries.push_back(std::move(loss));
    }
    for (size_t v = 0; v < lostAny.size(); ++v)
        if (lostAny[v])
            result.lost.push_back(int(v));
    return result;
}

SimulationResult FailureModel::simulate(const FailureDomain &domain) const
{
    SimulationResult result = simulate(domain.scenario, domain.failed);
    result.failedOver = domain.failingOver;
    std::sort(result.failedOver.begin(), result.failedOver.end());
    return result;
}

QString FailureModel::failoverText(int v) const
{
    const ComponentProfile &p = m_profiles[size_t(v)];
    const QString region = p.placement.region.isEmpty() ? p.placement.regionZone : p.placement.region;
    return region.isEmpty() ? tr("%1 (multi-AZ) fails over to its standby in another availability zone and stays up.").arg(nameOf(v))
                            : tr("%1 (multi-AZ) fails over to its standby in another availability zone of %2 and stays up.")
                                  .arg(nameOf(v), region);
}

QString FailureModel::failoverNote(const std::vector<int> &failingOver) const
{
    QStringList texts;
    for (int v : failingOver)
        texts.append(failoverText(v));
    return texts.join(QLatin1Char(' '));
}

QString FailureModel::redundancyText(int v, Language language) const
{
    const auto text = [language](const char *source) { return language == Language::English ? QString::fromUtf8(source) : tr(source); };
    const ComponentProfile &p = m_profiles[size_t(v)];
    const QString az = p.placement.availabilityZone.isEmpty() ? p.placement.availabilityZoneId
                                                              : p.placement.availabilityZone;
    if (p.selfRunBroker)
        return text(QT_TR_NOOP("a single self-run broker"));
    if (p.unit == FailureUnit::Alone)
        return text(QT_TR_NOOP("a single instance"));
    if (p.failsOverInRegion)
        return text(QT_TR_NOOP("multi-AZ, primary in %1")).arg(az);
    if (!p.placement.availabilityZoneId.isEmpty())
        return p.hasReplicas ? text(QT_TR_NOOP("%1 replicas, all in %2")).arg(p.replicas).arg(az) : text(QT_TR_NOOP("placed in %1")).arg(az);
    if (p.unit == FailureUnit::Zone)
        return text(QT_TR_NOOP("single-zone (multi-AZ off)"));
    if (p.multiAz)
        return text(QT_TR_NOOP("multi-AZ"));
    if (p.hasReplicas)
        return text(QT_TR_NOOP("%1 replicas spread over zones")).arg(p.replicas);
    return text(QT_TR_NOOP("run by the provider"));
}

QString FailureModel::nameOf(int v) const
{
    const Component *c = m_profiles[size_t(v)].component;
    return c->name.isEmpty() ? c->id : c->name;
}

QString FailureModel::nameList(const std::vector<int> &vertices, int shown, Language language) const
{
    return nameList(vertices, vertices.size(), shown, language);
}

QString FailureModel::nameList(const std::vector<int> &first, size_t total, int shown, Language language) const
{
    QStringList names;
    for (size_t i = 0; i < first.size() && int(i) < shown; ++i)
        names.append(nameOf(first[i]));
    if (qint64(total) > qint64(shown))
        return (language == Language::English ? QString::fromUtf8(QT_TR_NOOP("%1 and %2 more")) : tr("%1 and %2 more"))
            .arg(names.join(QStringLiteral(", ")))
            .arg(total - size_t(shown));
    return names.join(QStringLiteral(", "));
}

} // namespace sd
