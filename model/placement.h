// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

namespace sd {

class Catalog;

/// Where a component or zone runs, found by walking up through its zones.
struct Placement {
    QString provider;         ///< aws, gcp, azure, on-prem; empty when not in a cloud or datacenter
    QString cloudZone;        ///< id of the enclosing cloud zone
    QString region;           ///< region name, e.g. eu-west-1
    QString regionZone;       ///< id of the enclosing region zone
    QString availabilityZone; ///< availability zone name, e.g. eu-west-1a
    QString availabilityZoneId;
    QString network;          ///< id of the enclosing network zone
    QString subnet;           ///< id of the enclosing subnet zone
    QString cluster;          ///< id of the enclosing kubernetes-cluster zone
    QString datacenter;       ///< id of the enclosing datacenter zone
};

/// Computes the placement of an item (component or zone id), reading zone properties through the catalog.
Placement placementOf(const Design &design, const Catalog &catalog, const QString &itemId);

/// Names of the availability zones inside a region zone (its availability-zone children, at any depth).
QStringList availabilityZonesOfRegion(const Design &design, const Catalog &catalog, const QString &regionZoneId);

/**
 * The name a zone's properties give it: a cloud its provider ("AWS", "Google Cloud"), a region
 * its region, an availability zone its zone ("us-east-1a"; Azure's numbered zones "Zone 1").
 * Empty when they say nothing.
 */
QString zoneNameFromProperties(const Zone &zone, const Catalog &catalog);

/// Whether a zone still has a name the studio gave it (its kind's name, maybe numbered, or the
/// name its properties give), so that changing those properties may rename it.
bool hasAutomaticName(const Zone &zone, const Catalog &catalog);

/**
 * The zone name (`zone` property) for a new availability zone inside `parentZone`: the next
 * free one of the enclosing region, e.g. us-east-1a, then us-east-1b; "1", "2" on Azure.
 * Empty outside a region with a name.
 */
QString nextAvailabilityZone(const Design &design, const Catalog &catalog, const QString &parentZone);

/// What runs a component: the answer every exporter and the Kubernetes plan share.
enum class Runtime {
    Kubernetes,       ///< a container workload on platform kubernetes (batch jobs always), or hosting: kubernetes
    ContainerService, ///< the provider's container service (platform: container-service)
    VirtualMachines,  ///< virtual machines: the virtual-machine kind, platform: vm or hosting: vm
    Serverless,       ///< the provider runs the code per request (role serverless)
    Managed,          ///< a managed cloud service (databases, queues, load balancers, keys...)
    Outside,          ///< outside every cloud by nature: users, partners and vendors (roles entry, third-party)
};

/// Decides from the kind's roles and its platform or hosting property (read through the catalog).
/// An unknown component or kind is Outside.
Runtime runtimeOf(const Design &design, const Catalog &catalog, const QString &componentId);
Runtime runtimeOf(const Catalog &catalog, const Component &component);

} // namespace sd
