// SPDX-License-Identifier: MIT
#include "failuremodel.h"

#include "analysiscontext.h"
#include "catalog.h"
#include "design.h"

#include <QSet>

#include <algorithm>
#include <map>

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
            }
            facts = kindFacts.insert(c.kind, f);
        }
        if (!c.zone.isEmpty())
            p.placement = zonePlacement.value(c.zone);
        p.roles = facts->roles;
        p.hasReplicas = facts->hasReplicas;
        p.hasMultiAz = facts->hasMultiAz;
        const ReplicaCount count = replicaCountOf(props, c);
        p.replicas = count.running();
        p.autoscaling = count.autoscaling;
        p.multiAz = p.hasMultiAz && props.boolValue(c, keys::multiAz);
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
        } else if (!p.placement.availabilityZoneId.isEmpty()) {
            p.unit = FailureUnit::Zone;
        } else if (p.hasMultiAz && !p.multiAz && !p.hasReplicas) {
            p.unit = FailureUnit::Zone;
        } else {
            p.unit = FailureUnit::Region;
        }
    }

    for (int v = 0; v < graph.vertexCount(); ++v)
        if (m_profiles[size_t(v)].entry)
            m_entries.push_back(v);
    if (m_entries.empty()) {
        // No traffic source drawn yet: analyse from whatever nothing calls.
        for (int v = 0; v < graph.vertexCount(); ++v)
            if (graph.predecessors(v).empty() && !m_profiles[size_t(v)].observability)
                m_entries.push_back(v);
    }
    m_served = graph.reachable(m_entries);
    m_entryMask.assign(size_t(graph.vertexCount()), 0);
    for (size_t i = 0; i < m_entries.size() && i < 64; ++i) {
        m_entryReach.push_back(graph.reachable({m_entries[i]}));
        const std::vector<char> &seen = m_entryReach.back();
        for (size_t v = 0; v < seen.size(); ++v)
            if (seen[v])
                m_entryMask[v] |= quint64(1) << i;
    }
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

std::vector<int> FailureModel::entriesReaching(int v) const
{
    std::vector<int> out;
    const quint64 mask = m_entryMask[size_t(v)];
    for (size_t i = 0; i < m_entries.size() && i < 64; ++i)
        if (mask & (quint64(1) << i))
            out.push_back(m_entries[i]);
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
    std::map<QString, FailureDomain> byId;
    for (int v = 0; v < int(m_profiles.size()); ++v) {
        const Placement &pl = m_profiles[size_t(v)].placement;
        QString id, name, label;
        switch (scope) {
        case FailureScope::Zone:
            id = pl.availabilityZoneId;
            name = pl.availabilityZone.isEmpty() ? id : pl.availabilityZone;
            label = tr("availability zone %1").arg(name);
            break;
        case FailureScope::Region:
            id = pl.regionZone;
            name = pl.region.isEmpty() ? id : pl.region;
            label = tr("region %1").arg(name);
            break;
        case FailureScope::Provider:
            id = pl.provider;
            label = tr("provider %1").arg(id);
            break;
        case FailureScope::Component:
            id = m_profiles[size_t(v)].component->id;
            label = nameOf(v);
            break;
        }
        if (id.isEmpty())
            continue;
        auto it = byId.find(id);
        if (it == byId.end())
            it = byId.emplace(id, FailureDomain{{scope, id, label}, {}}).first;
        it->second.failed.push_back(v);
    }
    std::vector<FailureDomain> out;
    out.reserve(byId.size());
    for (auto &entry : byId)
        out.push_back(std::move(entry.second));
    return out;
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
        return FailureDomain{{scope, name, nameOf(v)}, {v}};
    }
    for (FailureDomain &d : domains(scope)) {
        const Placement &pl = m_profiles[size_t(d.failed.front())].placement;
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
            return FailureDomain{{scope, z.id, z.name}, {}};
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
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const int e = m_entries[i];
        SimulationResult::EntryLoss loss;
        loss.entry = e;
        loss.entryDown = removed[size_t(e)] != 0;
        const std::vector<char> before = i < m_entryReach.size() ? m_entryReach[i] : m_graph.reachable({e});
        const std::vector<char> after = loss.entryDown ? std::vector<char>(removed.size(), 0)
                                                       : m_graph.reachable({e}, removed);
        loss.broken = loss.entryDown;
        for (size_t v = 0; v < before.size(); ++v) {
            if (before[v] && !after[v]) {
                loss.lost.push_back(int(v));
                lostAny[v] = 1;
                if (!removed[v] && !m_profiles[v].observability)
                    loss.broken = true; // collateral damage
            }
        }
        for (size_t u = 0; u < after.size() && !loss.broken; ++u) {
            if (!after[u])
                continue;
            QSet<QString> aliveKinds;
            bool kindsKnown = false;
            for (int v : m_graph.successors(int(u))) {
                if (!removed[size_t(v)] || m_profiles[size_t(v)].observability)
                    continue;
                if (!kindsKnown) {
                    for (int w : m_graph.successors(int(u)))
                        if (after[size_t(w)])
                            aliveKinds.insert(m_profiles[size_t(w)].component->kind);
                    kindsKnown = true;
                }
                if (!aliveKinds.contains(m_profiles[size_t(v)].component->kind)) {
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

QString FailureModel::redundancyText(int v) const
{
    const ComponentProfile &p = m_profiles[size_t(v)];
    const QString az = p.placement.availabilityZone.isEmpty() ? p.placement.availabilityZoneId
                                                              : p.placement.availabilityZone;
    if (p.selfRunBroker)
        return tr("a single self-run broker");
    if (p.unit == FailureUnit::Alone)
        return tr("a single instance");
    if (!p.placement.availabilityZoneId.isEmpty())
        return p.hasReplicas ? tr("%1 replicas, all in %2").arg(p.replicas).arg(az) : tr("placed in %1").arg(az);
    if (p.unit == FailureUnit::Zone)
        return tr("single-zone (multi-AZ off)");
    if (p.multiAz)
        return tr("multi-AZ");
    if (p.hasReplicas)
        return tr("%1 replicas spread over zones").arg(p.replicas);
    return tr("run by the provider");
}

QString FailureModel::nameOf(int v) const
{
    const Component *c = m_profiles[size_t(v)].component;
    return c->name.isEmpty() ? c->id : c->name;
}

QString FailureModel::nameList(const std::vector<int> &vertices, int shown) const
{
    QStringList names;
    for (size_t i = 0; i < vertices.size() && int(i) < shown; ++i)
        names.append(nameOf(vertices[i]));
    if (int(vertices.size()) > shown)
        return tr("%1 and %2 more").arg(names.join(QStringLiteral(", "))).arg(vertices.size() - size_t(shown));
    return names.join(QStringLiteral(", "));
}

} // namespace sd
