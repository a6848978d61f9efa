// SPDX-License-Identifier: MIT
// The Prometheus Operator's side of a cluster, when the design draws Prometheus (issue 20).
#pragma once

#include "k8spackage.h"
#include "monitoringplan.h"

#include <utility>
#include <vector>

namespace sd::k8s {

/// The folder beside the manifests that holds these files; applied on its own, after the operator.
inline constexpr const char *kPrometheusOperatorFolder = "prometheus-operator";

/**
 * ServiceMonitors for the cluster's HTTP workloads the monitoring plan watches, a PrometheusRule
 * each with the same rules as `export monitoring` (the scrape relabels `job` to the component id,
 * which the rules select on), and one NetworkPolicy each that lets the operator's Prometheus (in
 * the namespace `monitoring`) reach the port it scrapes, past the namespace's default deny.
 * Empty when nothing in the cluster can be scraped. They are a folder of their own because
 * `kubectl apply -k` refuses kinds whose CRDs the cluster lacks.
 */
std::vector<ManifestFile> prometheusOperatorFiles(const Plan &plan, const monitoring::Plan &monitoring);

/// What Prometheus scrapes in the cluster: each HTTP workload the monitoring plan watches, with its plan
/// entry. The managed Prometheus of a cloud evaluates the same rules (the Terraform export).
std::vector<std::pair<const Workload *, const monitoring::Watched *>> scrapedWorkloads(const Plan &plan, const monitoring::Plan &monitoring);

/// The README section that says how to apply them, and what is not scraped and why.
std::string prometheusOperatorReadme(const Plan &plan, const monitoring::Plan &monitoring);

} // namespace sd::k8s
