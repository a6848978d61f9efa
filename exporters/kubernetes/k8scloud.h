// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace sd {
class Catalog;
}

namespace sd::k8s {

/**
 * The cluster the export is written for. It decides the GatewayClass, how the load balancer is
 * configured, the storage class, the workload identity and which ports the cloud's managed
 * services listen on. `Generic` is any conformant cluster without a cloud behind it (no cloud
 * zone, or on premises): Envoy Gateway in front and the cluster's default storage class.
 */
enum class Cloud { Generic, Aws, Gcp, Azure };

/// From a cloud zone's provider property ("aws", "gcp", "azure", "on-prem", "").
Cloud cloudFromProvider(const QString &provider);
/// "aws", "gcp", "azure", "generic": folder names and the README.
QString cloudId(Cloud cloud);
/// "Amazon EKS", "Google Kubernetes Engine", "Azure Kubernetes Service", "any Kubernetes cluster".
QString clusterProduct(Cloud cloud);

/// How a workload reaches something that runs outside the cluster.
enum class Reach {
    PrivateNetwork, ///< a managed service with an address in the cluster's network (RDS, Cloud SQL, a private endpoint)
    CloudApi,       ///< the provider's public API endpoints (S3, Cloud Storage, Pub/Sub, monitoring)
    Internet,       ///< a third party, or something the design does not place in this cloud
};

/// What a callee outside the cluster really listens on, for the auth the Terraform export sets up.
struct Endpoint {
    int port = 443;
    Reach reach = Reach::Internet;
    QString service; ///< the provider's product and auth, e.g. "Amazon MSK (IAM authentication)"; empty = as drawn
    bool cloudResource = false; ///< created by the Terraform export (gets an identity grant and an address value)
};

/**
 * The port and reach of a callee outside the cluster: the catalog kind (and engine) of the callee,
 * the cloud the cluster runs in, and whether the callee is placed in that cloud: the catalog's
 * managedServices (resources/catalog/exports/kubernetes.yaml). `drawnPort` and
 * `protocol` decide where the provider does not (third parties, unknown kinds, and what the design
 * hosts itself: `managed` false for hosting vm or kubernetes), through the catalog's protocolPorts.
 */
Endpoint endpointOf(const Catalog &catalog, Cloud cloud, bool sameCloud, const QString &kind, const QString &engine, int drawnPort,
                    const QString &protocol, bool thirdParty, bool managed = true);

/// Address ranges that an "internet" egress rule excepts: the private ranges and link-local
/// (instance metadata), so that an internet rule never opens the cluster's own network.
QStringList privateRanges();

/// A value the Terraform export fills, written as `${KEY}` where it is used.
QString marker(const QString &key);
/// KEY of a marker, or empty when `text` is none.
QString markerKey(const QString &text);

} // namespace sd::k8s
