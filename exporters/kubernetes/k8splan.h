// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"

#include <QHash>
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

    bool inCluster() const { return !workload.isEmpty(); }
};

/// A secret environment variable: only the reference is ever written, never a value.
struct SecretEnv {
    QString variable;
    QString secretName;
    QString key;
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
    QStringList writableDirs; ///< emptyDirs besides /tmp (the root filesystem is read-only)

    bool exposed = false; ///< users reach it through the load balancer: gets an Ingress
    QString host;

    std::vector<std::pair<QString, QString>> settings; ///< ConfigMap data, in order
    QStringList settingComments;                       ///< parallel to settings; "" = none
    std::vector<SecretEnv> secrets;

    std::vector<Peer> callers; ///< in-cluster clients admitted to `port`
    std::vector<Peer> callees; ///< egress targets (in the cluster or outside)

    /// Runs more than one pod at a time (PDB, spread, anti-affinity).
    bool replicated() const { return type != WorkloadType::CronJob && (autoscaling ? minReplicas : replicas) > 1; }
};

struct PlanOptions {
    QString ingressNamespace = QStringLiteral("ingress-nginx");
};

/// What goes into the cluster and how it may talk: shared by the Kubernetes and compose exporters.
struct Plan {
    QString ns;       ///< namespace
    QString partOf;   ///< app.kubernetes.io/part-of
    QString domain;
    QString ingressNamespace;
    std::vector<Workload> workloads; ///< sorted by component id
    Diagnostics messages;
    QString error;

    const Workload *workload(const QString &componentId) const;
    Workload *workload(const QString &componentId);

    QHash<QString, size_t> index; ///< component id -> position in `workloads`
};

/// Decides which components run in the cluster and derives everything from the design.
Plan makePlan(const Design &design, const Catalog &catalog, const PlanOptions &options = {});

/// Whether an image reference carries a fixed tag or digest (and not "latest").
bool hasFixedTag(const QString &image);

/// "ORDERS_DB" from "orders-db": an environment variable stem.
QString envName(const QString &text);

} // namespace sd::k8s
