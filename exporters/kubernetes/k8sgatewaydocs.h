// SPDX-License-Identifier: MIT
#pragma once

#include "k8smanifests.h"

namespace sd::k8s {

/// The GatewayClass (where the cluster does not bring one), each Gateway, and its cloud's load
/// balancer settings: LoadBalancerConfiguration (AWS), WebApplicationFirewallPolicy (Azure).
std::vector<Document> gatewayDocuments(const Plan &plan);

/// What a Gateway needs beside a workload's Service: the cloud's health check and WAF policy for
/// it (TargetGroupConfiguration, HealthCheckPolicy, GCPBackendPolicy) and one route per drawn
/// connection (HTTPRoute or GRPCRoute). Empty when no Gateway routes to it.
std::vector<Document> routeDocuments(const Plan &plan, const Workload &workload);

/// AWS: the name of the load balancer the controller makes for a Gateway (32 characters at most),
/// by which the Terraform export finds it.
QString loadBalancerName(const Plan &plan, const Gateway &g);

/// Whether a Gateway routes to the workload (so it needs a ClusterIP Service).
bool isRouted(const Plan &plan, const Workload &workload);

/// The Gateways that route to the workload.
std::vector<const Gateway *> gatewaysOf(const Plan &plan, const Workload &workload);

/// The StorageClass the claims use on the plan's cloud; empty for a cluster without a cloud (its default).
QString storageClassName(const Plan &plan);

} // namespace sd::k8s
