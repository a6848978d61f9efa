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
 * (Deployment, StatefulSet or CronJob), Service(s), HPA, PDB, NetworkPolicy, Ingress.
 */
std::vector<Document> workloadDocuments(const Plan &plan, const Workload &workload);

/// The kustomization.yaml that lists `files`.
Document kustomization(const Plan &plan, const std::vector<std::string> &files);

/// Marker for comments that must stand on their own line above the next line.
/// yaml-cpp writes a comment at the end of the line before; `placeComments` moves it.
std::string ownLineComment(const QString &text);
/// Moves every ownLineComment onto its own line, indented like the line it describes.
std::string placeComments(const std::string &yaml);

/// Joins documents into one multi-document stream ("---" between them, newline at the end).
std::string joinDocuments(const std::vector<Document> &documents);

} // namespace sd::k8s
