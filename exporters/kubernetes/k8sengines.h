// SPDX-License-Identifier: MIT
#pragma once

#include "k8splan.h"

namespace sd {
class Catalog;
struct KindSpec;
}

namespace sd::k8s {

/**
 * Gives an in-cluster data store its working shape: one primary (replication needs an operator),
 * authentication on, the engine's settings for a single node, and a warning that names every
 * drawn property the cluster cannot honour (replicas, multiAz, backups, crossRegionReplica...).
 */
void shapeDataStore(Plan &plan, Workload &w, const QString &engine, const Catalog &catalog, const KindSpec &kind);

} // namespace sd::k8s
