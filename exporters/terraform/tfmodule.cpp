// SPDX-License-Identifier: MIT
#include "tfmodule.h"

#include "exporter.h"

namespace sd::tf {

namespace {

QString cleaned(const QString &name, QChar separator)
{
    QString out;
    bool pendingSeparator = false;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingSeparator && !out.isEmpty())
                out += separator;
            pendingSeparator = false;
            out += c;
        } else {
            pendingSeparator = true;
        }
    }
    return out;
}

} // namespace

QString identifierFor(const QString &name, const QString &fallback)
{
    QString id = cleaned(name, QLatin1Char('_'));
    if (id.isEmpty())
        id = cleaned(fallback, QLatin1Char('_'));
    if (id.isEmpty())
        id = QStringLiteral("item");
    if (id.at(0).isDigit())
        id.prepend(QStringLiteral("c_"));
    return id.left(48);
}

QString slugFor(const QString &name, const QString &fallback, int maxLength)
{
    QString slug = cleaned(name, QLatin1Char('-'));
    if (slug.isEmpty())
        slug = cleaned(fallback, QLatin1Char('-'));
    if (slug.isEmpty())
        slug = QStringLiteral("item");
    if (slug.size() > maxLength) {
        // Cut at a word boundary when that keeps most of the length ("internal-load-balancer" -> "internal-load").
        slug = slug.left(maxLength + 1);
        const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'));
        slug = cut >= maxLength / 2 ? slug.left(cut) : slug.left(maxLength);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

QString providerDisplayName(const Catalog &catalog, const QString &provider)
{
    const KindSpec *cloud = catalog.kind(kinds::cloud);
    const PropertySpec *spec = cloud ? cloud->property(keys::provider) : nullptr;
    return spec ? spec->valueNames.value(provider, provider) : provider;
}

Block &Module::file(const QString &name) { return m_files[name]; }

QString Module::reserveName(const QString &base)
{
    QString name = base;
    for (int n = 2; m_names.count(name); ++n)
        name = QStringLiteral("%1_%2").arg(base).arg(n);
    m_names.insert(name);
    return name;
}

void Module::variable(Variable v)
{
    if (!m_variableNames.insert(v.name).second)
        return;
    m_variables.push_back(std::move(v));
}

void Module::output(const QString &name, const QString &expression, const QString &description, bool sensitive)
{
    if (!m_outputNames.insert(name).second)
        return;
    Block &o = m_outputs.add(QStringLiteral("output"), {name});
    o.setStr(QStringLiteral("description"), description);
    o.set(QStringLiteral("value"), expression);
    if (sensitive)
        o.setBool(QStringLiteral("sensitive"), true);
}

void Module::omit(const Unit &unit, const QString &fileName, const QString &reason)
{
    const Component &c = *unit.component;
    m_omissions.push_back({c.id, c.name, c.kind, reason});
    file(fileName).comment(
        fileText("NO COUNTERPART: \"%1\" (%2, id %3) is not generated for %4.\n%5")
            .arg(c.name, c.kind, c.id, m_displayName, reason));
}

bool Context::alertsFromHere(const Component &c) const
{
    // Alert routing drawn outside every cloud is configured where the alerts come from.
    if (c.kind != kinds::alerting)
        return false;
    const auto callers = m_incoming.constFind(c.id); // filled before the units are chosen
    if (callers == m_incoming.constEnd())
        return false;
    for (const Connection *conn : callers.value())
        if (placementOf(design, catalog, conn->from).provider == provider)
            return true;
    return false;
}

Context::Context(const Design &d, const Catalog &cat, const QString &p, Module &m)
    : design(d), catalog(cat), provider(p), props(cat), module(m)
{
    // Names shared by several resources; a component called "main" becomes "main_2".
    for (const char *reserved : {"main", "alarms", "flow_logs", "nodes", "cluster", "default", "logs", "this"})
        module.reserveName(QString::fromLatin1(reserved));
    m_incoming.reserve(qsizetype(design.components().size()));
    m_outgoing.reserve(qsizetype(design.components().size()));
    for (const Connection &c : design.connections()) {
        m_incoming[c.to].push_back(&c);
        m_outgoing[c.from].push_back(&c);
    }
    std::map<QString, int> regionCounts;
    for (const Zone &z : design.zones()) {
        if (z.kind != kinds::kubernetesCluster && z.kind != kinds::region)
            continue;
        const Placement pl = placementOf(design, catalog, z.id);
        if (pl.provider != provider)
            continue;
        if (z.kind == kinds::region)
            regionCounts[pl.region] += 0;
        else
            clusters.push_back(&z);
    }
    m_index.reserve(qsizetype(design.components().size()));
    for (const Component &c : design.components()) {
        const Placement pl = placementOf(design, catalog, c.id);
        if (pl.provider != provider && !(pl.provider.isEmpty() && pl.datacenter.isEmpty() && alertsFromHere(c)))
            continue;
        Unit u;
        u.component = &c;
        u.kind = catalog.kind(c.kind);
        u.placement = pl;
        u.runtime = runtimeOf(catalog, c);
        m_index[c.id] = units.size();
        units.push_back(u);
        if (!pl.regionZone.isEmpty())
            regionCounts[pl.region] += 1;
    }
    for (const Unit &u : units)
        m_byKind[u.component->kind].push_back(&u);
    // Names are handed out in id order so they do not depend on anything but the design.
    for (Unit &u : units) {
        u.ident = module.reserveName(identifierFor(u.component->name, u.component->kind));
        u.slug = slugFor(u.component->name, u.component->kind);
    }
    for (const Zone *z : clusters)
        m_clusterIdents.insert(z->id, module.reserveName(identifierFor(z->name, QStringLiteral("cluster"))));
    std::vector<std::pair<int, QString>> ordered;
    for (const auto &[region, count] : regionCounts)
        if (!region.isEmpty())
            ordered.emplace_back(-count, region);
    std::sort(ordered.begin(), ordered.end());
    for (const auto &entry : ordered)
        regions.append(entry.second);
    if (regions.isEmpty())
        regions.append(QString()); // filled in through var.region
    for (const Unit &u : units) {
        const QString replica = u.kind && u.kind->property(keys::replicaRegion)
                                    ? props.stringValue(*u.component, keys::replicaRegion) : QString();
        if (props.boolValue(*u.component, keys::crossRegionReplica) && !replica.isEmpty() && !regions.contains(replica))
            regions.append(replica);
    }
}

const Unit *Context::unit(const QString &componentId) const
{
    const auto it = m_index.constFind(componentId);
    return it == m_index.constEnd() ? nullptr : &units[it.value()];
}

const std::vector<const Unit *> &Context::unitsOfKind(const QString &kind) const
{
    static const std::vector<const Unit *> none;
    const auto it = m_byKind.find(kind);
    return it == m_byKind.end() ? none : it->second;
}

QString Context::regionOf(const Unit &u) const
{
    return u.placement.region.isEmpty() ? regions.first() : u.placement.region;
}

QStringList Context::zonesOf(const QString &region) const
{
    QStringList names;
    for (const Zone &z : design.zones()) {
        if (z.kind != kinds::availabilityZone)
            continue;
        const Placement pl = placementOf(design, catalog, z.id);
        const QString name = props.value(z, keys::zone).toString();
        if (pl.provider == provider && (pl.region == region || (pl.region.isEmpty() && region == regions.first()))
            && !name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    names.sort();
    return names;
}

QString Context::regionKey(const QString &region)
{
    return region.isEmpty() ? QStringLiteral("main") : identifierFor(region, QStringLiteral("region"));
}

std::vector<Context::Call> Context::callsHere() const
{
    std::vector<Call> calls;
    for (const Connection &c : design.connections())
        if (const Unit *to = unit(c.to))
            calls.push_back({c, unit(c.from), *to});
    return calls;
}

std::vector<const Connection *> Context::incoming(const QString &componentId) const
{
    const auto it = m_incoming.constFind(componentId);
    return it == m_incoming.constEnd() ? std::vector<const Connection *>{} : it.value();
}

std::vector<const Connection *> Context::outgoing(const QString &componentId) const
{
    const auto it = m_outgoing.constFind(componentId);
    return it == m_outgoing.constEnd() ? std::vector<const Connection *>{} : it.value();
}

int Context::portOf(const Connection &c) const
{
    if (c.port > 0)
        return c.port;
    const Unit *target = unit(c.to);
    if (!target)
        return 443;
    const QString kind = target->component->kind;
    const QString engine = props.stringValue(*target->component, keys::engine);
    if (kind == kinds::relationalDatabase)
        return engine == QLatin1String("mysql") ? 3306 : 5432;
    if (kind == kinds::cache)
        return engine == QLatin1String("memcached") ? 11211 : 6379;
    if (kind == kinds::documentDatabase)
        return 27017;
    if (kind == kinds::eventStream)
        return 9094;
    if (kind == kinds::messageQueue)
        return 5671;
    if (target->kind && target->kind->property(keys::port))
        return props.intValue(*target->component, keys::port);
    return 443;
}

bool Context::isPublic(const Unit &u) const
{
    if (u.kind && u.kind->property(keys::isPublic) && props.boolValue(*u.component, keys::isPublic))
        return true;
    for (const Connection *c : incoming(u.component->id)) {
        const Component *from = design.component(c->from);
        if (!from)
            continue;
        if (from->kind == kinds::users || from->kind == kinds::partnerApi)
            return true;
        if (!unit(c->from)) // a caller on another provider or outside any cloud
            return true;
    }
    return false;
}

} // namespace sd::tf
