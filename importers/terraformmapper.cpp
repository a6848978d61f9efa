// SPDX-License-Identifier: MIT
#include "terraformmapper.h"

#include "catalog.h"
#include "catalogids.h"
#include "terraformrules.h"

#include <QHash>
#include <QSet>

#include <map>

namespace sd {

namespace {

/// The last name of a reference's place: "network_configuration.subnets" -> "subnets".
QString leafOf(const TfReference &r)
{
    if (!r.leaf.isEmpty())
        return r.leaf;
    QString leaf = r.via.section(QLatin1Char('.'), -1);
    return leaf.isEmpty() ? r.attribute : leaf;
}

/// Region names as the providers spell them alike: Azure's "West Europe" is "westeurope".
QString normalRegion(const QString &provider, const QString &region)
{
    QString r = region.trimmed();
    if (provider == QLatin1String("azurerm") || provider == QLatin1String("google"))
        r = r.toLower().remove(QLatin1Char(' '));
    return r;
}

int portOf(const QVariant &value)
{
    QVariant v = value;
    while (v.typeId() == QMetaType::QVariantList && !v.toList().isEmpty())
        v = v.toList().first();
    const QString text = v.toString().section(QLatin1Char('-'), 0, 0).trimmed();
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : 0;
}

QStringList stringsOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const QVariant &v : value.toList())
            out.append(v.toString());
        return out;
    }
    return value.isValid() ? QStringList{value.toString()} : QStringList{};
}

class TerraformMapper
{
public:
    TerraformMapper(TerraformInput &input, const Catalog &catalog)
        : m_in(input), m_catalog(catalog), m_rules(TerraformRules::fromCatalog(catalog))
    {
        m_draft.designName = input.designName;
        m_draft.report = std::move(input.report);
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            m_index.insert(m_in.resources[i].address, int(i));
            for (TfReference &r : m_in.resources[i].references)
                r.leaf = leafOf(r); // once: the rules ask for it of every reference, often
        }
        m_referrers.resize(m_in.resources.size());
        m_users.resize(m_in.resources.size());
        for (size_t i = 0; i < m_in.resources.size(); ++i)
            for (const TfReference &r : m_in.resources[i].references)
                if (const auto it = m_index.constFind(r.target); it != m_index.cend() && *it != int(i)) {
                    m_referrers[size_t(*it)].push_back(int(i));
                    if (!m_rules.structural.contains(leafOf(r)) && !m_rules.structural.contains(r.attribute))
                        m_users[size_t(*it)].push_back(int(i));
                }
    }

    ImportDraft run()
    {
        classify();
        findOwners();
        for (size_t i = 0; i < m_in.resources.size(); ++i)
            if (m_role[i] == Role::Component || m_role[i] == Role::Cluster)
                place(int(i));
        for (size_t i = 0; i < m_in.resources.size(); ++i)
            if (m_role[i] == Role::Component)
                addComponent(int(i));
        for (auto it = m_primaryOf.cbegin(); it != m_primaryOf.cend(); ++it)
            if (const auto c = m_componentOf.constFind(it.value()); c != m_componentOf.cend())
                m_componentOf.insert(it.key(), *c); // a call to the replica is a call to the database
        firewallConnections();
        referenceConnections();
        grantConnections();
        countTheRest();
        return std::move(m_draft);
    }

private:
    enum class Role { Other, Component, Cluster, Network, Subnet, Part, Replica, DeadLetter, Plumbing };

    const TfResource &res(int i) const { return m_in.resources[size_t(i)]; }
    int indexOf(const QString &address) const { return m_index.value(address, -1); }

    // --- what each resource is ---------------------------------------------------------------------
    bool isSet(const TfResource &r, const QString &attribute) const
    {
        if (r.values().contains(attribute) && r.values().value(attribute).isValid())
            return true;
        for (const TfReference &ref : r.references)
            if (ref.attribute == attribute)
                return true;
        return false;
    }

    void classify()
    {
        m_role.assign(m_in.resources.size(), Role::Other);
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            const TfResource &r = m_in.resources[i];
            if (m_rules.clusters.contains(r.type)) {
                m_role[i] = Role::Cluster;
            } else if (m_rules.networkCidrs.contains(r.type)) {
                m_role[i] = Role::Network;
            } else if (m_rules.subnets.contains(r.type)) {
                m_role[i] = Role::Subnet;
            } else if (const auto rule = m_rules.components.constFind(r.type); rule != m_rules.components.cend()) {
                bool component = rule->required.isEmpty();
                for (const QString &a : rule->required)
                    component = component || isSet(r, a);
                // Plumbing: used (other than structurally: an alarm's action, a cache's notification topic) by none but these
                // types, or by nothing at all (the alarm topic of a region whose alarms are elsewhere).
                if (component && !rule->plumbingIfOnlyUsedBy.isEmpty()) {
                    bool onlyPlumbing = true;
                    for (int by : m_users[i])
                        onlyPlumbing = onlyPlumbing && rule->plumbingIfOnlyUsedBy.contains(res(by).type);
                    // Plumbing belongs to no component: the alarm topic a cache notifies and an Alertmanager
                    // publishes to must not turn into a call from the one to the other.
                    if (onlyPlumbing) {
                        m_role[i] = Role::Plumbing;
                        continue;
                    }
                }
                if (component)
                    m_role[i] = Role::Component;
            }
        }
        markDeadLetters();
        markReplicas();
    }

    /// Queues named as another's dead-letter target serve that queue: a property of it, not a component.
    void markDeadLetters()
    {
        for (size_t i = 0; i < m_in.resources.size(); ++i)
            for (const TfReference &ref : m_in.resources[i].references)
                if (m_rules.deadLetterAttributes.contains(ref.attribute) || m_rules.deadLetterAttributes.contains(leafOf(ref)))
                    if (const int t = indexOf(ref.target); t >= 0 && t != int(i) && m_role[size_t(t)] == Role::Component) {
                        m_role[size_t(t)] = Role::DeadLetter;
                        m_draft.report.mapped(res(t).source, res(t).address, ImportText::tr("the dead-letter queue of %1: not a component of its own").arg(m_in.resources[i].address));
                    }
    }

    /// Read replicas and replicated buckets: one more replica of their primary, not components.
    void markReplicas()
    {
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            const TfResource &r = m_in.resources[i];
            for (const TerraformRules::ReplicaRule &rule : m_rules.replicas) {
                int primary = -1, replica = -1;
                if (!rule.type.isEmpty() && rule.type == r.type) {
                    for (int t : targetsOf(r, rule.source))
                        if (res(t).type == r.type && m_role[size_t(t)] == Role::Component)
                            primary = t;
                    replica = int(i);
                } else if (!rule.via.isEmpty() && rule.via == r.type) {
                    for (int t : targetsOf(r, rule.source))
                        primary = m_role[size_t(t)] == Role::Component ? t : primary;
                    for (int t : targetsOf(r, rule.replica))
                        replica = m_role[size_t(t)] == Role::Component && t != primary ? t : replica;
                }
                if (primary < 0 || replica < 0 || primary == replica || m_role[size_t(replica)] != Role::Component)
                    continue;
                m_role[size_t(replica)] = Role::Replica;
                m_primaryOf.insert(replica, primary);
                m_replicasOf[primary].push_back(replica);
                m_draft.report.mapped(res(replica).source, res(replica).address, ImportText::tr("a replica of %1: counted on it, not a component of its own").arg(res(primary).address));
            }
        }
    }

    // --- parts and their owners ----------------------------------------------------------------------
    /// The components a resource that is no component belongs to (see "parts" in the rules).
    QSet<int> ownersOf(int i, QSet<int> &visiting)
    {
        if (const auto known = m_owners.constFind(i); known != m_owners.cend())
            return *known;
        if (visiting.contains(i) || visiting.size() > 32)
            return {};
        visiting.insert(i);
        QSet<int> owners;
        const TfResource &r = res(i);
        if (const auto rule = m_rules.partOwners.constFind(r.type); rule != m_rules.partOwners.cend()) {
            for (const TfReference &ref : r.references) {
                if (!rule->contains(ref.attribute))
                    continue;
                const int t = indexOf(ref.target);
                if (t < 0 || t == i)
                    continue;
                if (m_role[size_t(t)] == Role::Component)
                    owners.insert(t);
                else if (m_role[size_t(t)] == Role::Other || m_role[size_t(t)] == Role::Part)
                    owners.unite(ownersOf(t, visiting));
            }
        } else {
            for (int by : m_referrers[size_t(i)])
                if (m_role[size_t(by)] == Role::Component)
                    owners.insert(by);
            // Bound by a part: an attachment puts this target group in its instance's hands.
            for (int by : m_referrers[size_t(i)]) {
                const QString binds = m_rules.partBinds.value(res(by).type);
                if (binds.isEmpty())
                    continue;
                for (const TfReference &ref : res(by).references)
                    if (ref.attribute == binds && indexOf(ref.target) == i)
                        owners.unite(ownersOf(by, visiting));
            }
            if (owners.isEmpty() && m_rules.attachments) {
                // An attachment: it names one component and nothing else of the design (a bucket's versioning).
                QSet<int> named;
                for (const TfReference &ref : r.references)
                    if (const int t = indexOf(ref.target); t >= 0 && t != i && m_role[size_t(t)] == Role::Component)
                        named.insert(t);
                if (named.size() == 1)
                    owners = named;
            }
        }
        visiting.remove(i);
        m_owners.insert(i, owners);
        return owners;
    }

    void findOwners()
    {
        m_parts.resize(m_in.resources.size());
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            // A grant names the identity and the resource; it belongs to neither (grantConnections reads it).
            if (m_role[i] != Role::Other || isGrant(m_in.resources[i].type))
                continue;
            QSet<int> visiting;
            const QSet<int> owners = ownersOf(int(i), visiting);
            if (owners.size() == 1) {
                m_role[i] = Role::Part;
                m_parts[size_t(*owners.cbegin())].push_back(int(i));
            }
        }
    }

    bool isGrant(const QString &type) const
    {
        return std::any_of(m_rules.grants.begin(), m_rules.grants.end(), [&](const TerraformRules::GrantRule &g) { return g.type == type; });
    }

    /// A component's own references and those of its parts: what it reaches and where it runs.
    std::vector<const TfReference *> effectiveReferences(int i) const
    {
        std::vector<const TfReference *> refs;
        for (const TfReference &r : res(i).references)
            refs.push_back(&r);
        for (int part : m_parts[size_t(i)])
            for (const TfReference &r : res(part).references)
                refs.push_back(&r);
        return refs;
    }

    // --- zones ---------------------------------------------------------------------------------------
    QString ensureZone(const QString &key, const QString &kind, const QString &name, const QString &parent, const SourceRef &source,
                       const QString &subject, const std::vector<DraftComponent::Property> &properties = {})
    {
        if (m_zoneKeys.contains(key))
            return key;
        DraftZone z;
        z.key = key;
        z.kind = kind;
        z.name = name;
        z.parent = parent;
        z.source = source;
        z.subject = subject;
        z.properties = properties;
        m_draft.zones.push_back(std::move(z));
        m_zoneKeys.insert(key);
        return key;
    }

    QString cloudZone(const TfResource &r)
    {
        const QString provider = m_rules.clouds.value(r.provider());
        if (provider.isEmpty())
            return {};
        static const QHash<QString, QString> names = {{QStringLiteral("aws"), QStringLiteral("AWS")},
                                                       {QStringLiteral("gcp"), QStringLiteral("Google Cloud")},
                                                       {QStringLiteral("azure"), QStringLiteral("Azure")}};
        return ensureZone(QStringLiteral("cloud:") + provider, kinds::cloud, names.value(provider, provider), {}, {}, QStringLiteral("provider %1").arg(r.provider()),
                          {{QStringLiteral("provider"), provider, r.source}});
    }

    QString regionOf(const TfResource &r) const
    {
        for (const QString &a : m_rules.regionAttributes) {
            const QString v = r.values().value(a).toString();
            if (!v.isEmpty() && r.values().value(a).typeId() == QMetaType::QString && !m_rules.multiRegions.contains(v.toLower()))
                return normalRegion(r.provider(), v);
            if (m_rules.multiRegions.contains(v.toLower()))
                return {}; // "EU", "US": a multi-region location, not a region
        }
        // The provider configuration the resource uses, in its module first.
        QString key = r.providerKey;
        if (!r.module.isEmpty() && m_in.providerRegions.contains(r.module + QLatin1Char(':') + key))
            return m_in.providerRegions.value(r.module + QLatin1Char(':') + key);
        return normalRegion(r.provider(), m_in.providerRegions.value(key));
    }

    QString regionZone(const TfResource &r)
    {
        const QString cloud = cloudZone(r);
        const QString region = regionOf(r);
        if (region.isEmpty())
            return cloud;
        return ensureZone(QStringLiteral("region:%1:%2").arg(r.provider(), region), kinds::region, region, cloud, {},
                          QStringLiteral("region %1").arg(region), {{QStringLiteral("region"), region, r.source}});
    }

    QString networkZone(int i)
    {
        const TfResource &r = res(i);
        const QString parent = regionZone(r);
        std::vector<DraftComponent::Property> props;
        if (const QString attr = m_rules.networkCidrs.value(r.type); !attr.isEmpty())
            if (const auto cidr = valueAtPath(r.values(), attr))
                props.push_back({QStringLiteral("cidr"), stringsOf(*cidr).value(0), r.source});
        return ensureZone(QStringLiteral("net:") + r.address, kinds::network, r.name, parent, r.source, r.address, props);
    }

    /// The network a subnet is in (its network attribute's reference), or -1.
    int networkOfSubnet(int subnet) const
    {
        const QString attribute = m_rules.subnets.value(res(subnet).type).network;
        for (const TfReference &ref : res(subnet).references)
            if (ref.attribute == attribute)
                if (const int n = indexOf(ref.target); n >= 0 && m_role[size_t(n)] == Role::Network)
                    return n;
        return -1;
    }

    /// The zone of one subnet instance: its availability zone (AWS) or the subnet itself.
    QString subnetInstanceZone(int subnet, int instance)
    {
        const TfResource &r = res(subnet);
        const TerraformRules::SubnetRule rule = m_rules.subnets.value(r.type);
        const int network = networkOfSubnet(subnet);
        const QString parent = network >= 0 ? networkZone(network) : regionZone(r);
        const QVariantMap &values = r.instances[size_t(std::clamp(instance, 0, int(r.instances.size()) - 1))];
        if (!rule.zone.isEmpty()) {
            const QString az = values.value(rule.zone).toString();
            if (az.isEmpty())
                return parent;
            return ensureZone(QStringLiteral("az:%1:%2").arg(parent, az), kinds::availabilityZone, az, parent, r.source,
                              QStringLiteral("availability zone %1").arg(az), {{QStringLiteral("zone"), az, r.source}});
        }
        std::vector<DraftComponent::Property> props;
        if (!rule.cidr.isEmpty())
            if (const auto cidr = valueAtPath(values, rule.cidr))
                props.push_back({QStringLiteral("cidr"), stringsOf(*cidr).value(0), r.source});
        return ensureZone(QStringLiteral("subnet:") + r.address, kinds::subnet, r.name, parent, r.source, r.address, props);
    }

    /// Where a component or cluster runs: the one zone of the subnets it uses, else their network,
    /// else the network it names, else its region, else its cloud.
    void place(int i)
    {
        QSet<QString> subnetZones;
        QSet<int> networks;
        for (const TfReference *ref : effectiveReferences(i)) {
            const int t = indexOf(ref->target);
            if (t < 0)
                continue;
            if (m_role[size_t(t)] == Role::Subnet) {
                const TfResource &subnet = res(t);
                const int n = int(subnet.instances.size());
                if (ref->index >= 0 || n == 1) {
                    subnetZones.insert(subnetInstanceZone(t, std::max(ref->index, 0)));
                } else {
                    for (int k = 0; k < n; ++k)
                        subnetZones.insert(subnetInstanceZone(t, k));
                }
                if (const int net = networkOfSubnet(t); net >= 0)
                    networks.insert(net);
            } else if (m_role[size_t(t)] == Role::Network) {
                networks.insert(t);
            }
        }
        QString zone;
        const TfResource &self = res(i);
        bool global = m_rules.global.contains(self.type);
        if (const auto when = m_rules.globalWhen.constFind(self.type); when != m_rules.globalWhen.cend()) {
            global = true;
            for (auto it = when->cbegin(); it != when->cend(); ++it)
                global = global && self.values().value(it.key()).toString() == it.value().toString();
        }
        if (global)
            zone = cloudZone(self);
        else if (subnetZones.size() == 1)
            zone = *subnetZones.cbegin();
        else if (networks.size() == 1)
            zone = networkZone(*networks.cbegin());
        else
            zone = regionZone(res(i));
        if (m_role[size_t(i)] == Role::Cluster) {
            const TfResource &r = res(i);
            DraftZone z;
            m_placement.insert(i, ensureZone(QStringLiteral("cluster:") + r.address, kinds::kubernetesCluster, r.name, zone, r.source, r.address,
                                             propertiesOf(i)));
            return;
        }
        m_placement.insert(i, zone);
    }

    // --- components and properties -------------------------------------------------------------------
    std::vector<DraftComponent::Property> propertiesOf(int i)
    {
        const TfResource &r = res(i);
        std::vector<DraftComponent::Property> props;
        QSet<QString> set;
        for (const TerraformRules::PropertyRule &rule : m_rules.properties.value(r.type)) {
            if (set.contains(rule.key))
                continue;
            std::optional<QVariant> raw;
            if (rule.from.isEmpty()) {
                raw = valueAtPath(r.values(), rule.path);
            } else if (rule.reverse) {
                for (const TfReference &ref : r.references)
                    if (const int t = indexOf(ref.target); !raw && t >= 0 && res(t).type == rule.from)
                        raw = valueAtPath(res(t).values(), rule.path);
            } else {
                for (int by : m_referrers[size_t(i)])
                    if (!raw && res(by).type == rule.from)
                        raw = valueAtPath(res(by).values(), rule.path);
            }
            if (!raw || !raw->isValid())
                continue;
            if (const std::optional<QVariant> value = m_rules.apply(rule, *raw, m_catalog)) {
                props.push_back({rule.key, *value, r.source});
                set.insert(rule.key);
            } else {
                m_draft.report.dropped(r.source, r.address, ImportText::tr("%1 = %2: no %3 value stands for it").arg(rule.path, raw->toString().left(60), rule.key));
            }
        }
        return props;
    }

    void addComponent(int i)
    {
        const TfResource &r = res(i);
        const TerraformRules::ComponentRule rule = m_rules.components.value(r.type);
        DraftComponent c;
        c.name = r.module.isEmpty() ? r.name : r.module.section(QLatin1Char('.'), -1) + QLatin1Char('.') + r.name;
        c.subject = r.address;
        c.kind = rule.kind;
        c.source = r.source;
        c.zone = m_placement.value(i);
        for (auto it = rule.properties.cbegin(); it != rule.properties.cend(); ++it)
            c.set(it.key(), it.value(), r.source);
        std::vector<DraftComponent::Property> props = propertiesOf(i);
        const bool hasReplicas = std::any_of(props.begin(), props.end(), [](const auto &p) { return p.key == QLatin1String("replicas"); });
        const KindSpec *kind = m_catalog.kind(rule.kind);
        if (r.instances.size() > 1 && !hasReplicas && kind && kind->property(QStringLiteral("replicas")))
            props.push_back({QStringLiteral("replicas"), qlonglong(r.instances.size()), r.source}); // count = 3: three of them
        addReplicaProperties(i, props, kind);
        fixScaling(props, r.source, kind);
        for (auto &p : props)
            c.properties.push_back(std::move(p));
        reportUncarried(r, c.kind);
        m_componentOf.insert(i, int(m_draft.components.size()));
        m_componentResources.push_back(i);
        m_draft.components.push_back(std::move(c));
    }

    /// A range of instances is autoscaling; a range of one size (min = max) is that many replicas.
    static void fixScaling(std::vector<DraftComponent::Property> &props, const SourceRef &source, const KindSpec *kind)
    {
        const auto find = [&](const char *key) {
            return std::find_if(props.begin(), props.end(), [&](const auto &p) { return p.key == QLatin1String(key); });
        };
        const auto min = find("minReplicas"), max = find("maxReplicas");
        if (max == props.end())
            return;
        if (min != props.end() && min->value.toLongLong() == max->value.toLongLong()) {
            const QVariant n = max->value;
            if (find("replicas") == props.end())
                props.push_back({QStringLiteral("replicas"), n, source});
            props.erase(std::remove_if(props.begin(), props.end(),
                                       [](const auto &p) { return p.key == QLatin1String("minReplicas") || p.key == QLatin1String("maxReplicas"); }),
                        props.end());
            return;
        }
        if (kind && kind->property(QStringLiteral("autoscaling")) && find("autoscaling") == props.end())
            props.push_back({QStringLiteral("autoscaling"), true, source});
    }

    /// Read replicas in the primary's region add to its replicas; one elsewhere is its cross-region replica.
    void addReplicaProperties(int i, std::vector<DraftComponent::Property> &props, const KindSpec *kind)
    {
        const auto replicas = m_replicasOf.constFind(i);
        if (replicas == m_replicasOf.cend() || !kind)
            return;
        const QString region = regionOf(res(i));
        int local = 0;
        for (int r : *replicas) {
            const QString other = regionOf(res(r));
            if (!other.isEmpty() && !region.isEmpty() && other != region) {
                if (kind->property(QStringLiteral("crossRegionReplica"))) {
                    props.push_back({QStringLiteral("crossRegionReplica"), true, res(r).source});
                    props.push_back({QStringLiteral("replicaRegion"), other, res(r).source});
                }
            } else {
                ++local;
            }
        }
        if (local > 0 && kind->property(QStringLiteral("replicas"))) {
            auto it = std::find_if(props.begin(), props.end(), [](const auto &p) { return p.key == QLatin1String("replicas"); });
            if (it == props.end())
                props.push_back({QStringLiteral("replicas"), qlonglong(1 + local), res(i).source});
        }
    }

    /// The attributes no property carries: listed, so nothing goes silently.
    void reportUncarried(const TfResource &r, const QString &kind)
    {
        QSet<QString> used;
        for (const TerraformRules::PropertyRule &rule : m_rules.properties.value(r.type))
            if (rule.from.isEmpty())
                used.insert(rule.path.section(QLatin1Char('.'), 0, 0));
        QStringList uncarried;
        QSet<QString> names;
        for (auto it = r.values().cbegin(); it != r.values().cend(); ++it)
            names.insert(it.key());
        for (const TfReference &ref : r.references)
            names.insert(ref.attribute);
        for (const QString &name : names)
            if (!used.contains(name) && !m_rules.identity.contains(name) && !m_rules.structural.contains(name) && !m_rules.regionAttributes.contains(name))
                uncarried.append(name);
        uncarried.sort();
        if (!uncarried.isEmpty())
            m_draft.report.dropped(r.source, r.address, ImportText::tr("not carried (a %1 has no property for them): %2").arg(kind, uncarried.join(QStringLiteral(", "))));
    }

    // --- connections ---------------------------------------------------------------------------------
    void connect(int fromResource, int toResource, int port, const SourceRef &source, const QString &via, bool declared)
    {
        const int from = m_componentOf.value(fromResource, -1);
        const int to = m_componentOf.value(toResource, -1);
        if (from < 0 || to < 0 || from == to)
            return;
        DraftReference ref;
        ref.from = from;
        ref.to = to;
        ref.port = port;
        ref.source = source;
        ref.via = via;
        ref.declared = declared;
        m_draft.references.push_back(std::move(ref));
    }

    /// Firewall groups: security groups by the components (and their parts) that reference them.
    /// Groups by resource and instance ("3" or "3[\"web\"]": one security group of a for_each).
    QHash<QString, QSet<int>> groupMembers() const
    {
        QHash<QString, QSet<int>> members;
        for (int c : m_componentResources)
            for (const TfReference *ref : effectiveReferences(c))
                if (const int t = indexOf(ref->target); t >= 0 && m_rules.groupTypes.contains(res(t).type))
                    members[QString::number(t) + ref->key].insert(c);
        return members;
    }

    /// The groups a rule's attribute names, as groupMembers() keys them.
    QStringList groupsOf(const TfResource &r, const QString &attribute) const
    {
        QStringList out;
        for (const TfReference &ref : r.references)
            if (ref.attribute == attribute)
                if (const int t = indexOf(ref.target); t >= 0)
                    out.append(QString::number(t) + ref.key);
        return out;
    }

    /// Components by the network tags they (or their parts, an instance template) carry; built once.
    QSet<int> membersByTag(const QStringList &tags)
    {
        if (!m_byTagBuilt) {
            m_byTagBuilt = true;
            for (int component : m_componentResources) {
                std::vector<int> carriers = {component};
                carriers.insert(carriers.end(), m_parts[size_t(component)].begin(), m_parts[size_t(component)].end());
                for (int c : carriers) {
                    QStringList own = stringsOf(res(c).values().value(QStringLiteral("tags")));
                    if (const auto nested = valueAtPath(res(c).values(), QStringLiteral("template.tags")))
                        own += stringsOf(*nested);
                    for (const QString &t : std::as_const(own))
                        m_byTag[t].insert(component);
                }
            }
        }
        QSet<int> found;
        for (const QString &t : tags)
            found.unite(m_byTag.value(t));
        return found;
    }

    /// Components in the subnet whose address range is `prefix` (Azure rules name ranges); built once.
    QSet<int> membersByPrefix(const QString &prefix)
    {
        if (!prefix.contains(QLatin1Char('/')))
            return {}; // "*", "AzureLoadBalancer", "Internet": no subnet of the design
        if (!m_byPrefixBuilt) {
            m_byPrefixBuilt = true;
            for (int component : m_componentResources)
                for (const TfReference *ref : effectiveReferences(component)) {
                    const int t = indexOf(ref->target);
                    if (t < 0 || m_role[size_t(t)] != Role::Subnet)
                        continue;
                    if (const QString attr = m_rules.subnets.value(res(t).type).cidr; !attr.isEmpty())
                        for (const QString &range : stringsOf(res(t).values().value(attr)))
                            m_byPrefix[range].insert(component);
                }
        }
        return m_byPrefix.value(prefix);
    }

    QSet<int> targetsOf(const TfResource &r, const QString &attribute) const
    {
        QSet<int> out;
        for (const TfReference &ref : r.references)
            if (ref.attribute == attribute && leafOf(ref) != QLatin1String("?"))
                if (const int t = indexOf(ref.target); t >= 0)
                    out.insert(t);
        return out;
    }

    void firewallConnections()
    {
        const QHash<QString, QSet<int>> members = groupMembers();
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            const TfResource &r = m_in.resources[i];
            for (const TerraformRules::FirewallRule &rule : m_rules.firewalls) {
                if (rule.type != r.type)
                    continue;
                bool applies = true;
                for (auto it = rule.when.cbegin(); it != rule.when.cend(); ++it)
                    applies = applies && r.values().value(it.key()).toString().compare(it.value().toString(), Qt::CaseInsensitive) == 0;
                if (!applies)
                    continue;
                const QString via = ImportText::tr("firewall rule %1").arg(r.address);
                if (!rule.block.isEmpty()) {
                    // Ingress blocks of the group itself: the sources they name may reach its members.
                    const QVariantList blocks = r.values().value(rule.block).toList();
                    const int port = blocks.size() == 1 ? portOf(valueAtPath(blocks.first(), rule.port).value_or(QVariant())) : 0;
                    for (const TfReference &ref : r.references)
                        if (ref.attribute == rule.block && leafOf(ref) == rule.source)
                            if (const int s = indexOf(ref.target); s >= 0)
                                connectGroups(members.value(QString::number(s) + ref.key), members.value(QString::number(int(i))), port, ref.source, via);
                    continue;
                }
                const int port = portOf(valueAtPath(r.values(), rule.port).value_or(QVariant()));
                // Each side by groups, network tags or address ranges, whichever the rule names.
                QSet<int> sources, targets;
                if (!rule.source.isEmpty())
                    for (const QString &g : groupsOf(r, rule.source))
                        sources.unite(members.value(g));
                if (!rule.target.isEmpty())
                    for (const QString &g : groupsOf(r, rule.target))
                        targets.unite(members.value(g));
                if (!rule.sourceTags.isEmpty())
                    sources.unite(membersByTag(stringsOf(r.values().value(rule.sourceTags))));
                if (!rule.targetTags.isEmpty())
                    targets.unite(membersByTag(stringsOf(r.values().value(rule.targetTags))));
                const QString sourcePrefix = rule.sourcePrefix.isEmpty() ? QString() : r.values().value(rule.sourcePrefix).toString();
                const QString targetPrefix = rule.targetPrefix.isEmpty() ? QString() : r.values().value(rule.targetPrefix).toString();
                if (!sourcePrefix.isEmpty() && sourcePrefix == targetPrefix)
                    continue; // "members of a subnet talk to each other" says nothing of calls
                sources.unite(membersByPrefix(sourcePrefix));
                targets.unite(membersByPrefix(targetPrefix));
                connectGroups(sources, targets, port, r.source, via);
            }
        }
    }

    void connectGroups(const QSet<int> &sources, const QSet<int> &targets, int port, const SourceRef &source, const QString &via)
    {
        QList<int> from = sources.values(), to = targets.values();
        std::sort(from.begin(), from.end());
        std::sort(to.begin(), to.end());
        for (int s : from)
            for (int t : to)
                connect(s, t, port, source, via, true);
    }

    void referenceConnections()
    {
        QSet<QString> listed;
        for (const int i : m_componentResources) {
            for (const TfReference *ref : effectiveReferences(i)) {
                if (m_rules.structural.contains(leafOf(*ref)) || m_rules.structural.contains(ref->attribute))
                    continue;
                const int t = indexOf(ref->target);
                const QString via = ImportText::tr("%1 names %2").arg(ref->via, ref->targetAttribute.isEmpty() ? ref->target : ref->target + QLatin1Char('.') + ref->targetAttribute);
                if (t < 0) {
                    if (!listed.contains(res(i).address + ref->target)) {
                        listed.insert(res(i).address + ref->target);
                        m_draft.report.unresolved(ref->source, res(i).address,
                                                  ImportText::tr("%1 names %2, which no imported file defines; not connected").arg(ref->via, ref->target));
                    }
                    continue;
                }
                const bool reversed = m_rules.reversed.contains(leafOf(*ref));
                if (m_role[size_t(t)] == Role::Component || m_role[size_t(t)] == Role::Replica) {
                    if (reversed)
                        connect(t, i, 0, ref->source, via, false);
                    else
                        connect(i, t, 0, ref->source, via, false);
                } else if (m_role[size_t(t)] == Role::Part) {
                    QSet<int> visiting;
                    const QSet<int> owners = ownersOf(t, visiting);
                    if (owners.size() == 1)
                        connect(i, *owners.cbegin(), 0, ref->source, via, false);
                }
            }
        }
        // The calls in the order the files give them: connections sorted by where they were read.
        std::stable_sort(m_draft.references.begin(), m_draft.references.end(), [](const DraftReference &a, const DraftReference &b) {
            return a.declared && !b.declared;
        });
    }

    /// Identity -> the components that run as it (through their own or their parts' identity attributes).
    QHash<int, QList<int>> identityUsers() const
    {
        QHash<int, QList<int>> users;
        for (int c : m_componentResources) {
            QSet<int> identities;
            std::vector<int> carriers = {c};
            carriers.insert(carriers.end(), m_parts[size_t(c)].begin(), m_parts[size_t(c)].end());
            for (int carrier : carriers)
                for (const TfReference &ref : res(carrier).references)
                    if (m_rules.identityAttributes.contains(leafOf(ref)) || m_rules.identityAttributes.contains(ref.attribute))
                        if (const int t = indexOf(ref.target); t >= 0)
                            identities.insert(t);
            identities.insert(c); // a system-assigned identity: the component itself
            for (int identity : std::as_const(identities))
                users[identity].append(c);
        }
        return users;
    }

    /// IAM grants: the components running as the identity reach the resource granted.
    void grantConnections()
    {
        const QHash<int, QList<int>> users = identityUsers();
        for (const TerraformRules::GrantRule &rule : m_rules.grants)
            for (size_t i = 0; i < m_in.resources.size(); ++i) {
                const TfResource &r = m_in.resources[i];
                if (r.type != rule.type)
                    continue;
                const QSet<int> identities = targetsOf(r, rule.identity);
                QSet<int> callees;
                for (int t : targetsOf(r, rule.resource)) {
                    if (m_role[size_t(t)] == Role::Component || m_role[size_t(t)] == Role::Replica) {
                        callees.insert(t);
                    } else if (m_role[size_t(t)] == Role::Part) {
                        QSet<int> visiting;
                        callees.unite(ownersOf(t, visiting));
                    }
                }
                if (identities.isEmpty() || callees.isEmpty())
                    continue;
                const QString via = ImportText::tr("the grant %1").arg(r.address);
                QList<int> sorted = callees.values();
                std::sort(sorted.begin(), sorted.end());
                QSet<int> callers;
                for (int identity : identities)
                    for (int c : users.value(identity))
                        callers.insert(c);
                QList<int> sortedCallers = callers.values();
                std::sort(sortedCallers.begin(), sortedCallers.end());
                for (int c : sortedCallers)
                    for (int t : sorted)
                        connect(c, t, 0, r.source, via, false);
            }
    }

    // --- the rest ------------------------------------------------------------------------------------
    void countTheRest()
    {
        std::map<QString, std::pair<int, SourceRef>> others, parts;
        for (size_t i = 0; i < m_in.resources.size(); ++i) {
            const TfResource &r = m_in.resources[i];
            auto &bucket = m_role[i] == Role::Part ? parts : others;
            if (m_role[i] != Role::Other && m_role[i] != Role::Part && m_role[i] != Role::Plumbing)
                continue;
            auto [it, inserted] = bucket.try_emplace(r.type, 0, r.source);
            ++it->second.first;
        }
        for (const auto &[type, entry] : parts)
            m_draft.report.mapped(entry.second, type,
                                  ImportText::tr("%n resource(s): parts of the components they belong to (read for connections and properties)", nullptr, entry.first));
        for (const auto &[type, entry] : others)
            m_draft.report.dropped(entry.second, type, ImportText::tr("%n resource(s) with no counterpart in a design; counted, not imported", nullptr, entry.first));
        for (size_t i = 0; i < m_in.resources.size(); ++i)
            if (m_role[i] == Role::Network || m_role[i] == Role::Subnet)
                if (!m_zoneKeys.contains(QStringLiteral("net:") + m_in.resources[i].address) && m_role[i] == Role::Network)
                    networkZone(int(i)); // a network nothing runs in is still part of the picture
    }

    TerraformInput &m_in;
    const Catalog &m_catalog;
    TerraformRules m_rules;
    ImportDraft m_draft;
    QHash<QString, int> m_index;
    std::vector<std::vector<int>> m_referrers; ///< the resources that reference each one
    std::vector<std::vector<int>> m_users;     ///< ...through attributes that are not structural
    std::vector<Role> m_role;
    QHash<int, QSet<int>> m_owners;
    std::vector<std::vector<int>> m_parts;
    QHash<int, QString> m_placement;
    QHash<int, int> m_primaryOf;                  ///< replica -> primary
    QHash<int, std::vector<int>> m_replicasOf;    ///< primary -> replicas
    QHash<int, int> m_componentOf; ///< resource -> draft component
    std::vector<int> m_componentResources; ///< the resources that are components, in file order
    QSet<QString> m_zoneKeys;
    QHash<QString, QSet<int>> m_byTag, m_byPrefix;
    bool m_byTagBuilt = false, m_byPrefixBuilt = false;
};

} // namespace

ImportDraft mapTerraform(TerraformInput input, const Catalog &catalog)
{
    TerraformMapper mapper(input, catalog);
    return mapper.run();
}

} // namespace sd
