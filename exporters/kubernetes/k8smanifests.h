// SPDX-License-Identifier: MIT
#pragma once

#include "k8splan.h"

#include "yamlemitter.h"

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

/// A comment on a line of its own, above the line it describes.
yaml::Comment ownLineComment(const QString &text);

/// Joins documents into one multi-document stream ("---" between them, newline at the end).
std::string joinDocuments(const std::vector<Document> &documents);

} // namespace sd::k8s
