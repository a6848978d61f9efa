// SPDX-License-Identifier: MIT
#pragma once

#include "k8splan.h"

#include <string>
#include <vector>

namespace sd::k8s {

/// One YAML document, without the "---" separator.
using Document = std::string;

/// Namespace (restricted Pod Security), default-deny NetworkPolicy and DNS egress.
std::vector<Document> namespaceDocuments(const Plan &plan);

/**
 * Everything one workload needs: ServiceAccount, ConfigMap, the workload
 * (Deployment, StatefulSet or CronJob), Service(s), HPA, PDB, NetworkPolicy, the AWS
 * SecurityGroupPolicy, and what the Gateways need to reach it (health checks, routes).
 */
std::vector<Document> workloadDocuments(const Plan &plan, const Workload &workload);

/// The StorageClass of the plan's cloud, when a workload claims a volume (none without a cloud).
std::vector<Document> storageClassDocuments(const Plan &plan);

/// Marker for comments that must stand on their own line above the next line.
/// yaml-cpp writes a comment at the end of the line before; `placeComments` moves it.
std::string ownLineComment(const QString &text);
/// Moves every ownLineComment onto its own line, indented like the line it describes.
std::string placeComments(const std::string &yaml);

/// Joins documents into one multi-document stream ("---" between them, newline at the end).
std::string joinDocuments(const std::vector<Document> &documents);

} // namespace sd::k8s
