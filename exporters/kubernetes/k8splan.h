// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"
#include "k8scloud.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace sd {
class Catalog;
struct KindSpec;
}

namespace sd::k8s {

enum class WorkloadType { Deployment, StatefulSet, CronJob };

/// How a probe asks whether the container is alive or ready.
struct Probe {
    enum class Type { None, Http, Grpc, Tcp, Exec };
    Type type = Type::None;
    QString path;        ///< HTTP path, or gRPC health service name
    QStringList command; ///< exec probes
};

/// The other end of an allowed connection, as seen from one workload.
struct Peer {
    QString componentId;
    QString componentName; ///< as drawn, for comments
    QString kind;
    QString workload;      ///< workload name when the peer runs in the cluster, else empty
    int port = 0;
    bool udpToo = false;   ///< DNS answers on UDP and TCP
    QString protocol;
    QString connectionId;  ///< the drawn connection this peer comes from
    Reach reach = Reach::Internet; ///< outside the cluster: how it is reached
    QString service;       ///< outside: the provider's product, e.g. "Amazon MSK (IAM authentication)"
    QString cidrKey;       ///< outside, in the cloud's network: the cloud value with its address range
    QString addressKey;    ///< outside, created by Terraform: the cloud value with its address

    bool inCluster() const { return !workload.isEmpty(); }
    bool grpc() const { return protocol.compare(QLatin1String("grpc"), Qt::CaseInsensitive) == 0; }
};

/// A drawn connection from an edge component (load balancer, API gateway, WAF, CDN, users) to a workload.
struct EdgeCall {
    QString connectionId;
    QString edgeId;
    QString protocol;
};

/// A secret environment variable: only the reference is ever written, never a value.
struct SecretEnv {
    QString variable;
    QString secretName;
    QString key;
};

/// A folder the image writes outside its volume: an emptyDir, filled first from the image when `seeded`.
struct WritableDir {
    QString path;
    bool seeded = false; ///< the image ships files there that its entrypoint edits in place
};

/// One component that runs in the cluster, with every value the manifests need.
struct Workload {
    const Component *component = nullptr;
    QString name;       ///< DNS-1035, unique in the namespace
    QString kind;       ///< catalog kind id; also app.kubernetes.io/component
    WorkloadType type = WorkloadType::Deployment;
    bool dataStore = false;

    QString image;
    int port = 0;       ///< 0 for jobs that serve nothing
    QString portName;   ///< "http", "grpc" or "tcp"
    Probe liveness;
    Probe readiness;
    int cpuRequest = 0, cpuLimit = 0; ///< millicores
    int memoryRequest = 0, memoryLimit = 0; ///< MiB
    int runAsUser = 10001;

    int replicas = 1;
    bool autoscaling = false;
    int minReplicas = 1, maxReplicas = 1, cpuTarget = 70;

    QString schedule;   ///< CronJob
    QString dataPath;   ///< StatefulSet volume mount, empty = no volume
    int storageGb = 0;
    QString dataDir;    ///< where the engine keeps its data: dataPath or a folder inside it
    std::vector<WritableDir> writableDirs; ///< emptyDirs besides /tmp and the volume (the root filesystem is read-only)
    bool execTmp = false; ///< the image runs native code from /tmp (Elasticsearch's JNA): compose mounts it exec

    bool exposed = false; ///< users reach it through the load balancer: gets an Ingress
    QString host;

    QStringList args;   ///< container arguments (the engine's own flags)
    std::vector<std::pair<QString, QString>> env; ///< literal env entries after the secrets ($(VAR) may refer to them)
    bool podIdentityLabel = false; ///< Azure Workload Identity: the pod opts in with a label

    std::vector<EdgeCall> edgeCalls;  ///< drawn connections from edge components
    std::vector<size_t> gateways;     ///< indexes into Plan::gateways of the Gateways that route to it
    QString identityKey;      ///< cloud value naming the workload's cloud identity (GCP, Azure); empty = none needed
    QString securityGroupKey; ///< AWS: cloud value with the workload's own security group (security groups for pods)
    bool cloudIdentity = false; ///< calls a cloud resource, so it needs a cloud identity of its own

    std::vector<std::pair<QString, QString>> settings; ///< ConfigMap data, in order
    QStringList settingComments;                       ///< parallel to settings; "" = none
    std::vector<SecretEnv> secrets;

    std::vector<Peer> callers; ///< in-cluster clients admitted to `port`
    std::vector<Peer> callees; ///< egress targets (in the cluster or outside)

    /// Callers in the cluster that speak gRPC: they get a headless Service and balance per request.
    bool hasGrpcCallers() const;
    /// Callers in the cluster that do not speak gRPC: they use the ClusterIP Service.
    bool hasPlainCallers() const;

    /// Runs more than one pod at a time (PDB, spread, anti-affinity).
    bool replicated() const { return type != WorkloadType::CronJob && (autoscaling ? minReplicas : replicas) > 1; }
};

/// One route from a Gateway to a workload: one drawn connection from the edge.
struct Route {
    QString name;         ///< HTTPRoute/GRPCRoute name
    QString workload;     ///< backend workload (and its Service)
    QString host;
    int port = 0;         ///< the Service port
    bool grpc = false;    ///< GRPCRoute instead of HTTPRoute
    QString connectionId;
};

/**
 * A Kubernetes Gateway: the cluster's side of an edge component the design draws in front of
 * workloads. Its load balancer is provisioned by the cloud's Gateway controller.
 */
struct Gateway {
    QString name;
    QString componentId;     ///< the edge component it stands for; empty for workloads marked entry point only
    QString componentName;
    QString componentKind;
    bool internetFacing = true;
    QStringList inFront;     ///< names of what the design draws in front of it (closest first)
    QString wafId;           ///< the WAF drawn directly in front (or the edge itself), attached to this load balancer
    QString appGatewayId;    ///< Azure only: the public API gateway / L7 load balancer (an Application Gateway) drawn in front
    std::vector<Route> routes;
    QString className;       ///< GatewayClass
    QString valuePrefix;     ///< GATEWAY_<NAME>
};

/// A value the Terraform export writes into cloud-values.env; the manifests hold `${KEY}` there.
struct CloudValue {
    QString key;
    QString description;
};

struct PlanOptions {
    /// Only components placed in this provider's cloud become workloads (the others are outside).
    /// Empty: every component, whatever its cloud.
    QString provider;
    bool filterProvider = false;
    /// Plan for a machine without a cloud (docker compose): no cloud values, no Gateway policies.
    bool local = false;
};

/// What goes into the cluster and how it may talk: shared by the Kubernetes and compose exporters.
struct Plan {
    QString ns;       ///< namespace
    QString partOf;   ///< app.kubernetes.io/part-of
    QString domain;
    Cloud cloud = Cloud::Generic;
    std::vector<Workload> workloads; ///< sorted by component id
    std::vector<Gateway> gateways;
    std::vector<CloudValue> values;  ///< what Terraform fills, in order of first use
    QStringList readmeWarnings;      ///< every warning in English, for the export's README
    Diagnostics messages;
    QString error;

    const Workload *workload(const QString &componentId) const;
    Workload *workload(const QString &componentId);

    QHash<QString, size_t> index; ///< component id -> position in `workloads`
    QSet<QString> valueKeys;      ///< keys of `values`, to register each once

    /// Registers a cloud value (once) and returns its marker.
    QString value(const QString &key, const QString &description);
};

/**
 * Adds a warning: translated into the user's language for the messages, and in English (as the
 * exported files are) for the export's README. `source` is marked with QT_TRANSLATE_NOOP in the
 * "KubernetesExport" context; %1, %2... are filled from `args` in order.
 */
void warn(Plan &plan, const char *source, const QStringList &args = {});

/// Decides which components run in the cluster and derives everything from the design.
Plan makePlan(const Design &design, const Catalog &catalog, const PlanOptions &options = {});

/// The providers whose clouds hold components that would run in the cluster ("" for none), sorted.
QStringList workloadProviders(const Design &design, const Catalog &catalog);

/// Whether an image reference carries a fixed tag or digest (and not "latest").
bool hasFixedTag(const QString &image);

/// "ORDERS_DB" from "orders-db": an environment variable stem.
QString envName(const QString &text);
/// The cloud value with the database user that `callerId`'s identity signs in to `databaseId` as.
QString databaseUserKey(const QString &callerId, const QString &databaseId);

} // namespace sd::k8s
