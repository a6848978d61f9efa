// SPDX-License-Identifier: MIT
#include "placement.h"

#include "catalog.h"
#include "catalogids.h"

#include <QCoreApplication>

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
        if (kind == kinds::cloud && p.cloudZone.isEmpty()) {
            p.cloudZone = z->id;
            if (p.provider.isEmpty())
                p.provider = zoneProperty(*z, catalog, keys::provider);
        } else if (kind == kinds::region && p.regionZone.isEmpty()) {
            p.regionZone = z->id;
            p.region = zoneProperty(*z, catalog, keys::region);
        } else if (kind == kinds::availabilityZone && p.availabilityZoneId.isEmpty()) {
            p.availabilityZoneId = z->id;
            p.availabilityZone = zoneProperty(*z, catalog, keys::zone);
        } else if (kind == kinds::network && p.network.isEmpty()) {
            p.network = z->id;
        } else if (kind == kinds::subnet && p.subnet.isEmpty()) {
            p.subnet = z->id;
        } else if (kind == kinds::kubernetesCluster && p.cluster.isEmpty()) {
            p.cluster = z->id;
        } else if (kind == kinds::datacenter && p.datacenter.isEmpty()) {
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
        if (z.kind != kinds::availabilityZone || z.id == regionZoneId)
            continue;
        if (design.isInsideZone(z.id, regionZoneId))
            names.append(zoneProperty(z, catalog, keys::zone));
    }
    names.sort();
    return names;
}

QString zoneNameFromProperties(const Zone &zone, const Catalog &catalog)
{
    const KindSpec *kind = catalog.kind(zone.kind);
    if (!kind)
        return {};
    if (kind->id == kinds::cloud) {
        const PropertySpec *provider = kind->property(keys::provider);
        const QString value = zoneProperty(zone, catalog, keys::provider);
        return provider && !value.isEmpty() ? provider->valueText(value) : QString();
    }
    if (kind->id == kinds::region)
        return zoneProperty(zone, catalog, keys::region);
    if (kind->id == kinds::availabilityZone) {
        const QString value = zoneProperty(zone, catalog, keys::zone);
        bool number = false;
        value.toInt(&number);
        return number ? QCoreApplication::translate("Placement", "Zone %1").arg(value) : value;
    }
    return {};
}

bool hasAutomaticName(const Zone &zone, const Catalog &catalog)
{
    const KindSpec *kind = catalog.kind(zone.kind);
    if (zone.name.isEmpty() || (kind && zone.name == zoneNameFromProperties(zone, catalog)))
        return true;
    if (!kind)
        return false;
    for (const QString &base : {kind->displayText(), kind->displayName, zoneNameFromProperties(zone, catalog)}) {
        if (base.isEmpty())
            continue;
        if (zone.name == base)
            return true;
        // "Availability zone 2": numbered by the studio when the name was taken.
        bool number = false;
        if (zone.name.startsWith(base + QLatin1Char(' ')) && (zone.name.mid(base.size() + 1).toInt(&number), number))
            return true;
    }
    return false;
}

QString nextAvailabilityZone(const Design &design, const Catalog &catalog, const QString &parentZone)
{
    const Placement where = placementOf(design, catalog, parentZone);
    if (where.region.isEmpty() || where.regionZone.isEmpty())
        return {};
    const QStringList taken = availabilityZonesOfRegion(design, catalog, where.regionZone);
    for (int i = 0; i < 26; ++i) {
        QString candidate;
        if (where.provider == QLatin1String("azure"))
            candidate = QString::number(i + 1);
        else if (where.provider == QLatin1String("gcp"))
            candidate = QStringLiteral("%1-%2").arg(where.region, QChar(u'a' + i));
        else
            candidate = where.region + QChar(u'a' + i);
        if (!taken.contains(candidate))
            return candidate;
    }
    return {};
}

Runtime runtimeOf(const Design &design, const Catalog &catalog, const QString &componentId)
{
    const Component *c = design.component(componentId);
    return c ? runtimeOf(catalog, *c) : Runtime::Outside;
}

Runtime runtimeOf(const Catalog &catalog, const Component &component)
{
    const KindSpec *kind = catalog.kind(component.kind);
    if (!kind)
        return Runtime::Outside;
    if (kind->hasRole(roles::containerWorkload)) {
        if (!kind->property(keys::platform))
            return Runtime::Kubernetes; // batch jobs have no platform: they are CronJobs
        const QString platform = catalog.value(*kind, component.properties, keys::platform).toString();
        if (platform == QLatin1String("container-service"))
            return Runtime::ContainerService;
        return platform == QLatin1String("vm") ? Runtime::VirtualMachines : Runtime::Kubernetes;
    }
    if (kind->id == kinds::virtualMachine)
        return Runtime::VirtualMachines;
    if (kind->hasRole(roles::serverless))
        return Runtime::Serverless;
    if (kind->property(keys::hosting)) {
        const QString hosting = catalog.value(*kind, component.properties, keys::hosting).toString();
        if (hosting == QLatin1String("kubernetes"))
            return Runtime::Kubernetes;
        if (hosting == QLatin1String("vm"))
            return Runtime::VirtualMachines;
    }
    if (kind->hasRole(roles::thirdParty) || kind->hasRole(roles::entry))
        return Runtime::Outside;
    return Runtime::Managed;
}

} // namespace sd
