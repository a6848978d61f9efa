// SPDX-License-Identifier: MIT
#pragma once

#include "k8splan.h"

namespace sd {
class Catalog;
}

namespace sd::k8s {

/**
 * One Gateway per edge component the design draws directly in front of workloads, with one
 * route per drawn connection. A load balancer or WAF becomes the cloud load balancer itself
 * (internet-facing when the design makes it public or puts a CDN, WAF or users in front); an API
 * gateway stays outside and reaches an internal Gateway (its private integration target), so
 * nothing public bypasses it. Registers the cloud values each Gateway needs.
 */
void planGateways(Plan &plan, const Design &design, const Catalog &catalog);

/**
 * One cloud identity per workload that calls a cloud resource: a Google service account (GKE
 * Workload Identity), a user-assigned managed identity (Azure Workload Identity), or on AWS an
 * EKS Pod Identity association that Terraform makes for the ServiceAccount (nothing to annotate)
 * and a security group of its own for the pods. Registers the address ranges of private callees.
 */
void planIdentities(Plan &plan);

} // namespace sd::k8s
