// SPDX-License-Identifier: MIT
#include "placement.h"

#include "catalog.h"

namespace sd {

namespace {

QString zoneProperty(const Zone &zone, const Catalog &catalog, const QString &key)
{
    const KindSpec *kind = catalog.kind(zone.kind);
    return kind ? catalog.value(*kind, zone.properties, key).toString() : zone.properties.value(key).toString();
}

} // namespace

Placement placementOf(const Design &design, const Catalog &catalog, const QString &itemId)
{
    Placement p;
    QString current;
    if (const Component *c = design.component(itemId))
        current = c->zone;
    else if (design.zone(itemId))
        current = itemId;
    for (size_t steps = 0; !current.isEmpty() && steps <= design.zones().size(); ++steps) {
        const Zone *z = design.zone(current);
        if (!z)
            break;
        const QString &kind = z->kind;
        // The innermost zone of each kind wins: walk outwards and fill only what is still empty.
        if (kind == QLatin1String("cloud") && p.cloudZone.isEmpty()) {
            p.cloudZone = z->id;
            if (p.provider.isEmpty())
                p.provider = zoneProperty(*z, catalog, QStringLiteral("provider"));
        } else if (kind == QLatin1String("region") && p.regionZone.isEmpty()) {
            p.regionZone = z->id;
            p.region = zoneProperty(*z, catalog, QStringLiteral("region"));
        } else if (kind == QLatin1String("availability-zone") && p.availabilityZoneId.isEmpty()) {
            p.availabilityZoneId = z->id;
            p.availabilityZone = zoneProperty(*z, catalog, QStringLiteral("zone"));
        } else if (kind == QLatin1String("network") && p.network.isEmpty()) {
            p.network = z->id;
        } else if (kind == QLatin1String("subnet") && p.subnet.isEmpty()) {
            p.subnet = z->id;
        } else if (kind == QLatin1String("kubernetes-cluster") && p.cluster.isEmpty()) {
            p.cluster = z->id;
        } else if (kind == QLatin1String("datacenter") && p.datacenter.isEmpty()) {
            p.datacenter = z->id;
            if (p.provider.isEmpty())
                p.provider = QStringLiteral("on-prem");
        }
        current = z->parent;
    }
    return p;
}

QStringList availabilityZonesOfRegion(const Design &design, const Catalog &catalog, const QString &regionZoneId)
{
    QStringList names;
    for (const Zone &z : design.zones()) {
        if (z.kind != QLatin1String("availability-zone") || z.id == regionZoneId)
            continue;
        if (design.isInsideZone(z.id, regionZoneId))
            names.append(zoneProperty(z, catalog, QStringLiteral("zone")));
    }
    names.sort();
    return names;
}

} // namespace sd
