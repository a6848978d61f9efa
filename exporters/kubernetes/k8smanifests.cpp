// SPDX-License-Identifier: MIT
#include "k8smanifests.h"

#include "exporter.h"

#include "k8sgatewaydocs.h"
#include "k8syaml.h"
#include "yamlemitter.h"

#include <algorithm>

namespace sd::k8s {

using namespace detail;

namespace {

QString cpuQuantity(int millicores)
{
    return millicores % 1000 == 0 ? QString::number(millicores / 1000) : QStringLiteral("%1m").arg(millicores);
}
QString memoryQuantity(int mebibytes)
{
    return mebibytes % 1024 == 0 ? QStringLiteral("%1Gi").arg(mebibytes / 1024) : QStringLiteral("%1Mi").arg(mebibytes);
}

void podSelector(YAML::Emitter &out, const QString &workloadName)
{
    out << YAML::BeginMap << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels"
        << YAML::Value << YAML::BeginMap;
    kvs(out, "app.kubernetes.io/name", workloadName);
    kvs(out, "app.kubernetes.io/instance", workloadName);
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
}

void ports(YAML::Emitter &out, int port, bool udpToo)
{
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
    for (const char *protocol : {"UDP", "TCP"}) {
        if (protocol[0] == 'U' && !udpToo)
            continue;
        out << YAML::BeginMap;
        kv(out, "protocol", protocol);
        kv(out, "port", port);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void probe(YAML::Emitter &out, const char *key, const Probe &p, const Workload &w, bool readiness)
{
    if (p.type == Probe::Type::None)
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    switch (p.type) {
    case Probe::Type::Http:
        out << YAML::Key << "httpGet" << YAML::Value << YAML::BeginMap;
        kvs(out, "path", p.path);
        kvs(out, "port", w.portName);
        out << YAML::EndMap;
        break;
    case Probe::Type::Grpc:
        out << YAML::Key << "grpc" << YAML::Value << YAML::BeginMap;
        kv(out, "port", w.port);
        kvs(out, "service", p.path);
        out << YAML::EndMap;
        break;
    case Probe::Type::Tcp:
        out << YAML::Key << "tcpSocket" << YAML::Value << YAML::BeginMap;
        kvs(out, "port", w.portName);
        out << YAML::EndMap;
        break;
    case Probe::Type::Exec:
        out << YAML::Key << "exec" << YAML::Value << YAML::BeginMap << YAML::Key << "command" << YAML::Value << YAML::BeginSeq;
        for (const QString &arg : p.command)
            scalar(out, arg);
        out << YAML::EndSeq << YAML::EndMap;
        break;
    case Probe::Type::None:
        break;
    }
    kv(out, "initialDelaySeconds", readiness ? 5 : 15);
    kv(out, "periodSeconds", readiness ? 5 : 10);
    kv(out, "timeoutSeconds", p.type == Probe::Type::Exec ? 10 : 3); // an exec probe may start a JVM
    kv(out, "failureThreshold", 3);
    out << YAML::EndMap;
}

void resources(YAML::Emitter &out, const Workload &w)
{
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "requests" << YAML::Value << YAML::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuRequest));
    kvs(out, "memory", memoryQuantity(w.memoryRequest));
    out << YAML::EndMap << YAML::Key << "limits" << YAML::Value << YAML::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuLimit));
    kvs(out, "memory", memoryQuantity(w.memoryLimit));
    out << YAML::EndMap << YAML::EndMap;
}

/// The restricted Pod Security Standard, and a read-only root filesystem.
void containerSecurity(YAML::Emitter &out, const Workload &w)
{
    out << YAML::Key << "securityContext" << YAML::Value << YAML::BeginMap;
    kv(out, "allowPrivilegeEscalation", false);
    kv(out, "readOnlyRootFilesystem", true);
    kv(out, "runAsNonRoot", true);
    kv(out, "runAsUser", w.runAsUser);
    out << YAML::Key << "capabilities" << YAML::Value << YAML::BeginMap << YAML::Key << "drop" << YAML::Value
        << YAML::Flow << YAML::BeginSeq << "ALL" << YAML::EndSeq << YAML::EndMap;
    out << YAML::EndMap;
}

QString writableVolume(qsizetype index) { return QStringLiteral("writable-%1").arg(index + 1); }

/// An emptyDir hides what the image ships in the folder; where the entrypoint edits those files in
/// place (OpenSearch's and Elasticsearch's config), the same image copies them in first.
void seedContainers(YAML::Emitter &out, const Workload &w)
{
    const bool any = std::any_of(w.writableDirs.begin(), w.writableDirs.end(), [](const WritableDir &d) { return d.seeded; });
    if (!any)
        return;
    out << YAML::Key << "initContainers" << YAML::Value << YAML::BeginSeq;
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i) {
        const WritableDir &dir = w.writableDirs[size_t(i)];
        if (!dir.seeded)
            continue;
        out << YAML::BeginMap;
        kvs(out, "name", QStringLiteral("seed-") + writableVolume(i));
        kvs(out, "image", w.image);
        kv(out, "imagePullPolicy", "IfNotPresent");
        out << YAML::Key << "command" << YAML::Value << YAML::Flow << YAML::BeginSeq << "cp" << "-R"
            << s(dir.path + QStringLiteral("/.")) << "/seed/" << YAML::EndSeq;
        resources(out, w);
        containerSecurity(out, w);
        out << YAML::Key << "volumeMounts" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        kvs(out, "name", writableVolume(i));
        kv(out, "mountPath", "/seed");
        out << YAML::EndMap << YAML::EndSeq;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

/// Which drawn component the workload is: the tests and anyone reading the cluster map it back to the design.
Annotations componentAnnotation(const Workload &w) { return {{QStringLiteral("stackdraft.io/component"), w.component->id}}; }

bool hasConfigMap(const Workload &w) { return !w.settings.empty(); }

void podTemplate(YAML::Emitter &out, const Plan &plan, const Workload &w)
{
    out << YAML::BeginMap;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "labels" << YAML::Value;
    labels(out, plan, w, true);
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    kvs(out, "serviceAccountName", w.name);
    kv(out, "automountServiceAccountToken", false);
    kv(out, "enableServiceLinks", false);
    if (w.type == WorkloadType::CronJob)
        kv(out, "restartPolicy", "OnFailure");
    kv(out, "terminationGracePeriodSeconds", 30);
    out << YAML::Key << "securityContext" << YAML::Value << YAML::BeginMap;
    kv(out, "runAsNonRoot", true);
    kv(out, "runAsUser", w.runAsUser);
    kv(out, "runAsGroup", w.runAsUser);
    kv(out, "fsGroup", w.runAsUser);
    out << YAML::Key << "seccompProfile" << YAML::Value << YAML::BeginMap;
    kv(out, "type", "RuntimeDefault");
    out << YAML::EndMap << YAML::EndMap;
    if (w.replicated()) {
        out << YAML::Key << "topologySpreadConstraints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        kv(out, "maxSkew", 1);
        kv(out, "topologyKey", "topology.kubernetes.io/zone");
        kv(out, "whenUnsatisfiable", "ScheduleAnyway");
        out << YAML::Key << "labelSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
        selectorLabels(out, w);
        out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
        out << YAML::Key << "affinity" << YAML::Value << YAML::BeginMap << YAML::Key << "podAntiAffinity" << YAML::Value
            << YAML::BeginMap << YAML::Key << "preferredDuringSchedulingIgnoredDuringExecution" << YAML::Value
            << YAML::BeginSeq << YAML::BeginMap;
        kv(out, "weight", 100);
        out << YAML::Key << "podAffinityTerm" << YAML::Value << YAML::BeginMap;
        kv(out, "topologyKey", "kubernetes.io/hostname");
        out << YAML::Key << "labelSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
        selectorLabels(out, w);
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    }

    seedContainers(out, w);
    out << YAML::Key << "containers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    kvs(out, "name", w.name);
    kvs(out, "image", w.image);
    kv(out, "imagePullPolicy", "IfNotPresent");
    if (!w.args.isEmpty()) {
        out << YAML::Key << "args" << YAML::Value << YAML::BeginSeq;
        for (const QString &arg : w.args)
            scalar(out, arg);
        out << YAML::EndSeq;
    }
    if (w.port > 0) {
        out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        kvs(out, "name", w.portName);
        kv(out, "containerPort", w.port);
        kv(out, "protocol", "TCP");
        out << YAML::EndMap << YAML::EndSeq;
    }
    std::vector<const SecretEnv *> whole, single;
    for (const SecretEnv &secret : w.secrets)
        (secret.variable.isEmpty() ? whole : single).push_back(&secret);
    if (hasConfigMap(w) || !whole.empty()) {
        out << YAML::Key << "envFrom" << YAML::Value << YAML::BeginSeq;
        if (hasConfigMap(w)) {
            out << YAML::BeginMap << YAML::Key << "configMapRef" << YAML::Value << YAML::BeginMap;
            kvs(out, "name", w.name);
            out << YAML::EndMap << YAML::EndMap;
        }
        for (const SecretEnv *secret : whole) {
            out << YAML::BeginMap << YAML::Key << "secretRef" << YAML::Value << YAML::BeginMap;
            kvs(out, "name", secret->secretName);
            kv(out, "optional", true);
            out << YAML::EndMap << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!single.empty() || !w.env.empty()) {
        out << YAML::Key << "env" << YAML::Value << YAML::BeginSeq;
        for (const SecretEnv *secret : single) {
            out << YAML::BeginMap;
            kvs(out, "name", secret->variable);
            out << YAML::Key << "valueFrom" << YAML::Value << YAML::BeginMap << YAML::Key << "secretKeyRef" << YAML::Value
                << YAML::BeginMap;
            kvs(out, "name", secret->secretName);
            kvs(out, "key", secret->key);
            out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        }
        for (const auto &[name, value] : w.env) {
            out << YAML::BeginMap;
            kvs(out, "name", name);
            kvs(out, "value", value);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    resources(out, w);
    probe(out, "livenessProbe", w.liveness, w, false);
    probe(out, "readinessProbe", w.readiness, w, true);
    containerSecurity(out, w);
    out << YAML::Key << "volumeMounts" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap;
    kv(out, "name", "tmp");
    kv(out, "mountPath", "/tmp");
    out << YAML::EndMap;
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i) {
        out << YAML::BeginMap;
        kvs(out, "name", writableVolume(i));
        kvs(out, "mountPath", w.writableDirs[size_t(i)].path);
        out << YAML::EndMap;
    }
    if (!w.dataPath.isEmpty()) {
        out << YAML::BeginMap;
        kv(out, "name", "data");
        kvs(out, "mountPath", w.dataPath);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndSeq; // container, containers

    out << YAML::Key << "volumes" << YAML::Value << YAML::BeginSeq;
    auto emptyDir = [&out](const QString &name) {
        out << YAML::BeginMap;
        kvs(out, "name", name);
        out << YAML::Key << "emptyDir" << YAML::Value << YAML::BeginMap;
        kv(out, "sizeLimit", "256Mi");
        out << YAML::EndMap << YAML::EndMap;
    };
    emptyDir(QStringLiteral("tmp"));
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i)
        emptyDir(writableVolume(i));
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap; // spec, template
}

Document serviceAccount(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    Annotations annotations;
    if (plan.cloud == Cloud::Gcp && !w.identityKey.isEmpty())
        annotations.emplace_back(QStringLiteral("iam.gke.io/gcp-service-account"), marker(w.identityKey));
    if (plan.cloud == Cloud::Azure && !w.identityKey.isEmpty())
        annotations.emplace_back(QStringLiteral("azure.workload.identity/client-id"), marker(w.identityKey));
    if (plan.cloud == Cloud::Aws && w.cloudIdentity)
        out << YAML::Comment(ownLineComment(fileText("its IAM role comes from an EKS Pod Identity association for this ServiceAccount (Terraform)")));
    header(out, "v1", "ServiceAccount", w.name, plan, &w, true, annotations);
    kv(out, "automountServiceAccountToken", false);
    return finish(out);
}

Document configMap(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "v1", "ConfigMap", w.name, plan, &w);
    out << YAML::Key << "data" << YAML::Value << YAML::BeginMap;
    for (size_t i = 0; i < w.settings.size(); ++i) {
        const QString comment = w.settingComments.value(qsizetype(i));
        if (!comment.isEmpty())
            out << YAML::Comment(ownLineComment(comment));
        out << YAML::Key << s(w.settings[i].first) << YAML::Value << YAML::DoubleQuoted << s(w.settings[i].second);
    }
    out << YAML::EndMap;
    return finish(out);
}

Document workload(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    switch (w.type) {
    case WorkloadType::Deployment:
        header(out, "apps/v1", "Deployment", w.name, plan, &w, true, componentAnnotation(w));
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        if (w.autoscaling)
            out << YAML::Comment(ownLineComment(fileText("replicas: set by the HorizontalPodAutoscaler")));
        else
            kv(out, "replicas", w.replicas);
        kv(out, "revisionHistoryLimit", 5);
        out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
        selectorLabels(out, w);
        out << YAML::EndMap;
        out << YAML::Key << "strategy" << YAML::Value << YAML::BeginMap;
        kv(out, "type", "RollingUpdate");
        out << YAML::Key << "rollingUpdate" << YAML::Value << YAML::BeginMap;
        kv(out, "maxSurge", "25%");
        kv(out, "maxUnavailable", 0);
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::Key << "template" << YAML::Value;
        podTemplate(out, plan, w);
        out << YAML::EndMap;
        break;
    case WorkloadType::StatefulSet:
        header(out, "apps/v1", "StatefulSet", w.name, plan, &w, true, componentAnnotation(w));
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        kvs(out, "serviceName", w.name + QStringLiteral("-headless"));
        if (w.autoscaling)
            out << YAML::Comment(ownLineComment(fileText("replicas: set by the HorizontalPodAutoscaler")));
        else
            kv(out, "replicas", w.replicas);
        kv(out, "revisionHistoryLimit", 5);
        out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
        selectorLabels(out, w);
        out << YAML::EndMap;
        out << YAML::Key << "updateStrategy" << YAML::Value << YAML::BeginMap;
        kv(out, "type", "RollingUpdate");
        out << YAML::EndMap;
        out << YAML::Key << "template" << YAML::Value;
        podTemplate(out, plan, w);
        if (!w.dataPath.isEmpty()) {
            out << YAML::Key << "volumeClaimTemplates" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
            out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
            kv(out, "name", "data");
            out << YAML::Key << "labels" << YAML::Value;
            labels(out, plan, w);
            out << YAML::EndMap;
            out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "accessModes" << YAML::Value << YAML::Flow << YAML::BeginSeq << "ReadWriteOnce" << YAML::EndSeq;
            if (const QString storageClass = storageClassName(plan); !storageClass.isEmpty())
                kvs(out, "storageClassName", storageClass);
            out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap << YAML::Key << "requests" << YAML::Value
                << YAML::BeginMap;
            kvs(out, "storage", QStringLiteral("%1Gi").arg(w.storageGb));
            out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
        }
        out << YAML::EndMap;
        break;
    case WorkloadType::CronJob:
        header(out, "batch/v1", "CronJob", w.name, plan, &w, true, componentAnnotation(w));
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        kvs(out, "schedule", w.schedule);
        kv(out, "timeZone", "Etc/UTC");
        kv(out, "concurrencyPolicy", "Forbid");
        kv(out, "startingDeadlineSeconds", 600);
        kv(out, "successfulJobsHistoryLimit", 3);
        kv(out, "failedJobsHistoryLimit", 3);
        out << YAML::Key << "jobTemplate" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "labels" << YAML::Value;
        labels(out, plan, w);
        out << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        kv(out, "backoffLimit", 3);
        kv(out, "ttlSecondsAfterFinished", 86400);
        out << YAML::Key << "template" << YAML::Value;
        podTemplate(out, plan, w);
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        break;
    }
    return finish(out);
}

Document service(const Plan &plan, const Workload &w, bool headless)
{
    YAML::Emitter out;
    header(out, "v1", "Service", headless ? w.name + QStringLiteral("-headless") : w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    kv(out, "type", "ClusterIP");
    if (headless)
        kv(out, "clusterIP", "None");
    out << YAML::Key << "selector" << YAML::Value;
    selectorLabels(out, w);
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    kvs(out, "name", w.portName);
    kv(out, "port", w.port);
    kvs(out, "targetPort", w.portName);
    kv(out, "protocol", "TCP");
    if (w.portName == QLatin1String("grpc"))
        kv(out, "appProtocol", "kubernetes.io/h2c"); // the Gateway speaks HTTP/2 to the pods
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return finish(out);
}

Document autoscaler(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "autoscaling/v2", "HorizontalPodAutoscaler", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "scaleTargetRef" << YAML::Value << YAML::BeginMap;
    kv(out, "apiVersion", "apps/v1");
    kv(out, "kind", w.type == WorkloadType::StatefulSet ? "StatefulSet" : "Deployment");
    kvs(out, "name", w.name);
    out << YAML::EndMap;
    kv(out, "minReplicas", w.minReplicas);
    kv(out, "maxReplicas", w.maxReplicas);
    out << YAML::Key << "metrics" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    kv(out, "type", "Resource");
    out << YAML::Key << "resource" << YAML::Value << YAML::BeginMap;
    kv(out, "name", "cpu");
    out << YAML::Key << "target" << YAML::Value << YAML::BeginMap;
    kv(out, "type", "Utilization");
    kv(out, "averageUtilization", w.cpuTarget);
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    return finish(out);
}

Document disruptionBudget(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "policy/v1", "PodDisruptionBudget", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    kv(out, "maxUnavailable", 1);
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
    selectorLabels(out, w);
    out << YAML::EndMap << YAML::EndMap;
    return finish(out);
}

/// A "to" or "from" peer list of address blocks.
void ipBlocks(YAML::Emitter &out, const char *key, const QStringList &cidrs, const QStringList &except = {})
{
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &cidr : cidrs) {
        out << YAML::BeginMap << YAML::Key << "ipBlock" << YAML::Value << YAML::BeginMap;
        kvs(out, "cidr", cidr);
        if (!except.isEmpty()) {
            out << YAML::Key << "except" << YAML::Value << YAML::BeginSeq;
            for (const QString &e : except)
                scalar(out, e);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

/// Where a Gateway's load balancer sends requests from, as NetworkPolicy peers.
void gatewaySources(YAML::Emitter &out, const Plan &plan, const Gateway &g)
{
    // Google's front ends and health checkers reach container-native load balancing backends from these ranges.
    static const QStringList google = {QStringLiteral("35.191.0.0/16"), QStringLiteral("130.211.0.0/22")};
    const QString source = marker(g.valuePrefix + QStringLiteral("_SOURCE_CIDR"));
    switch (plan.cloud) {
    case Cloud::Aws:
    case Cloud::Azure:
        ipBlocks(out, "from", {source});
        break;
    case Cloud::Gcp:
        ipBlocks(out, "from", g.internetFacing ? google : QStringList{source} + google);
        break;
    case Cloud::Generic:
        out << YAML::Key << "from" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "namespaceSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
            << YAML::BeginMap;
        kv(out, "kubernetes.io/metadata.name", "envoy-gateway-system");
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
            << YAML::BeginMap;
        kvs(out, "gateway.envoyproxy.io/owning-gateway-name", g.name);
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::EndMap << YAML::EndSeq;
        break;
    }
}

/// Opens the egress rule of something outside the cluster: its comment and its peers, narrowed as far as the design allows.
void outsidePeers(YAML::Emitter &out, const Peer &callee)
{
    switch (callee.reach) {
    case Reach::PrivateNetwork:
        if (!callee.cidrKey.isEmpty()) {
            out << YAML::Comment(ownLineComment(fileText("connection %1: to %2 (%3), %4 in the cluster's network")
                                                    .arg(callee.connectionId, callee.componentName, callee.componentId, callee.service)));
            out << YAML::BeginMap;
            ipBlocks(out, "to", {marker(callee.cidrKey)});
        } else {
            out << YAML::Comment(ownLineComment(fileText("connection %1: to %2 (%3, outside the cluster); the design gives no address range, so any private address")
                                                    .arg(callee.connectionId, callee.componentName, callee.kind)));
            out << YAML::BeginMap;
            ipBlocks(out, "to", privateRanges().mid(0, 3));
        }
        return;
    case Reach::CloudApi:
        out << YAML::Comment(ownLineComment(fileText("connection %1: to %2 (%3), %4 answers on public addresses a policy cannot name; private ranges stay closed")
                                                .arg(callee.connectionId, callee.componentName, callee.componentId, callee.service)));
        out << YAML::BeginMap;
        ipBlocks(out, "to", {QStringLiteral("0.0.0.0/0")}, privateRanges());
        return;
    case Reach::Internet:
        out << YAML::Comment(ownLineComment(fileText("connection %1: to %2 (%3, outside the cloud), any public address; private ranges stay closed")
                                                .arg(callee.connectionId, callee.componentName, callee.kind)));
        out << YAML::BeginMap;
        ipBlocks(out, "to", {QStringLiteral("0.0.0.0/0")}, privateRanges());
        return;
    }
}

/// What a workload's cloud identity needs to fetch its credentials.
void identityEgress(YAML::Emitter &out, const Plan &plan, const Workload &w)
{
    if (!w.cloudIdentity)
        return;
    auto rule = [&out](const QString &cidr, int port, const QStringList &except = {}) {
        out << YAML::BeginMap;
        ipBlocks(out, "to", {cidr}, except);
        ports(out, port, false);
        out << YAML::EndMap;
    };
    switch (plan.cloud) {
    case Cloud::Aws:
        out << YAML::Comment(ownLineComment(fileText("to the EKS Pod Identity agent on the node: the pod's AWS credentials")));
        rule(QStringLiteral("169.254.170.23/32"), 80);
        break;
    case Cloud::Gcp:
        out << YAML::Comment(ownLineComment(fileText("to the GKE metadata server: the pod's Google credentials (Workload Identity)")));
        rule(QStringLiteral("169.254.169.254/32"), 80);
        rule(QStringLiteral("169.254.169.252/32"), 988);
        break;
    case Cloud::Azure:
        out << YAML::Comment(ownLineComment(fileText("to Microsoft Entra ID (public addresses): the pod exchanges its token for the managed identity's")));
        rule(QStringLiteral("0.0.0.0/0"), 443, privateRanges());
        break;
    case Cloud::Generic:
        break;
    }
}

Document networkPolicy(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "networking.k8s.io/v1", "NetworkPolicy", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
    selectorLabels(out, w);
    out << YAML::EndMap;
    out << YAML::Key << "policyTypes" << YAML::Value << YAML::Flow << YAML::BeginSeq << "Ingress" << "Egress" << YAML::EndSeq;

    const std::vector<const Gateway *> gateways = gatewaysOf(plan, w);
    out << YAML::Key << "ingress" << YAML::Value;
    if (w.callers.empty() && gateways.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq << YAML::Comment(s(fileText("nothing is drawn calling it: admits nobody")));
    } else {
        out << YAML::BeginSeq;
        for (const Peer &caller : w.callers) {
            out << YAML::Comment(ownLineComment(fileText("connection %1: from %2 (%3)").arg(caller.connectionId, caller.componentName, caller.componentId)));
            out << YAML::BeginMap << YAML::Key << "from" << YAML::Value << YAML::BeginSeq;
            podSelector(out, caller.workload);
            out << YAML::EndSeq;
            ports(out, w.port, false);
            out << YAML::EndMap;
        }
        for (const Gateway *g : gateways) {
            out << YAML::Comment(ownLineComment(fileText("from the load balancer of the Gateway %1 (%2)")
                                                    .arg(g->name, g->componentName.isEmpty() ? fileText("entry point") : g->componentName)));
            out << YAML::BeginMap;
            gatewaySources(out, plan, *g);
            ports(out, w.port, false);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    out << YAML::Key << "egress" << YAML::Value;
    if (w.callees.empty() && !w.cloudIdentity) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq
            << YAML::Comment(s(fileText("calls nothing; DNS is allowed by the allow-dns policy")));
    } else {
        out << YAML::BeginSeq;
        for (const Peer &callee : w.callees) {
            if (callee.inCluster()) {
                out << YAML::Comment(ownLineComment(fileText("connection %1: to %2 (%3)").arg(callee.connectionId, callee.componentName, callee.componentId)));
                out << YAML::BeginMap << YAML::Key << "to" << YAML::Value << YAML::BeginSeq;
                podSelector(out, callee.workload);
                out << YAML::EndSeq;
            } else {
                outsidePeers(out, callee);
            }
            ports(out, callee.port, callee.udpToo);
            out << YAML::EndMap;
        }
        identityEgress(out, plan, w);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    return finish(out);
}

/// AWS security groups for pods: the workload's pods get a security group of their own, which the
/// data stores it calls admit (the node group's security group is admitted nowhere).
Document securityGroupPolicy(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "vpcresources.k8s.aws/v1beta1", "SecurityGroupPolicy", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
    selectorLabels(out, w);
    out << YAML::EndMap;
    out << YAML::Key << "securityGroups" << YAML::Value << YAML::BeginMap << YAML::Key << "groupIds" << YAML::Value << YAML::BeginSeq;
    scalar(out, marker(w.securityGroupKey));
    out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    return finish(out);
}
} // namespace

std::vector<Document> namespaceDocuments(const Plan &plan)
{
    std::vector<Document> docs;
    {
        YAML::Emitter out;
        out << YAML::BeginMap;
        kv(out, "apiVersion", "v1");
        kv(out, "kind", "Namespace");
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
        kvs(out, "name", plan.ns);
        out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
        kvs(out, "app.kubernetes.io/part-of", plan.partOf);
        kv(out, "app.kubernetes.io/managed-by", "stackdraft");
        for (const char *mode : {"enforce", "audit", "warn"}) {
            const std::string key = std::string("pod-security.kubernetes.io/") + mode;
            out << YAML::Key << key << YAML::Value << "restricted";
            out << YAML::Key << key + "-version" << YAML::Value << "latest";
        }
        out << YAML::EndMap << YAML::EndMap;
        docs.push_back(finish(out));
    }
    {
        YAML::Emitter out;
        out << YAML::Comment(ownLineComment(fileText("Nothing may connect in or out unless a policy below allows it.")));
        out << YAML::BeginMap;
        kv(out, "apiVersion", "networking.k8s.io/v1");
        kv(out, "kind", "NetworkPolicy");
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
        kv(out, "name", "default-deny-all");
        kvs(out, "namespace", plan.ns);
        out << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "podSelector" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        out << YAML::Key << "policyTypes" << YAML::Value << YAML::Flow << YAML::BeginSeq << "Ingress" << "Egress" << YAML::EndSeq;
        out << YAML::EndMap;
        docs.push_back(finish(out));
    }
    {
        YAML::Emitter out;
        out << YAML::Comment(ownLineComment(fileText("Every pod may look up names with the cluster DNS, and nothing else.")));
        out << YAML::BeginMap;
        kv(out, "apiVersion", "networking.k8s.io/v1");
        kv(out, "kind", "NetworkPolicy");
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
        kv(out, "name", "allow-dns");
        kvs(out, "namespace", plan.ns);
        out << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "podSelector" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        out << YAML::Key << "policyTypes" << YAML::Value << YAML::Flow << YAML::BeginSeq << "Egress" << YAML::EndSeq;
        out << YAML::Key << "egress" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "to" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "namespaceSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
            << YAML::BeginMap;
        kv(out, "kubernetes.io/metadata.name", "kube-system");
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
            << YAML::BeginMap;
        kv(out, "k8s-app", "kube-dns");
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::EndMap << YAML::EndSeq;
        ports(out, 53, true);
        out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
        docs.push_back(finish(out));
    }
    return docs;
}

std::vector<Document> workloadDocuments(const Plan &plan, const Workload &w)
{
    std::vector<Document> docs;
    docs.push_back(serviceAccount(plan, w));
    if (hasConfigMap(w))
        docs.push_back(configMap(plan, w));
    docs.push_back(workload(plan, w));
    if (w.port > 0 && w.type != WorkloadType::CronJob) {
        // Services only for what is reached: the headless one for StatefulSets and gRPC callers
        // (they balance per request over the pods), the ClusterIP one for the others and the Gateways.
        if (w.type == WorkloadType::StatefulSet || w.hasGrpcCallers())
            docs.push_back(service(plan, w, true));
        if (w.hasPlainCallers() || isRouted(plan, w))
            docs.push_back(service(plan, w, false));
    }
    if (w.autoscaling)
        docs.push_back(autoscaler(plan, w));
    if (w.replicated())
        docs.push_back(disruptionBudget(plan, w));
    docs.push_back(networkPolicy(plan, w));
    if (!w.securityGroupKey.isEmpty())
        docs.push_back(securityGroupPolicy(plan, w));
    const std::vector<Document> routes = routeDocuments(plan, w);
    docs.insert(docs.end(), routes.begin(), routes.end());
    return docs;
}

std::vector<Document> storageClassDocuments(const Plan &plan)
{
    const QString name = storageClassName(plan);
    if (name.isEmpty() || std::none_of(plan.workloads.begin(), plan.workloads.end(), [](const Workload &w) {
            return w.type == WorkloadType::StatefulSet && !w.dataPath.isEmpty() && w.storageGb > 0;
        }))
        return {};
    YAML::Emitter out;
    out << YAML::Comment(ownLineComment(fileText("Encrypted SSD volumes that outlive their claim (Retain) and are made in the zone of the pod that uses them.")));
    out << YAML::BeginMap;
    kv(out, "apiVersion", "storage.k8s.io/v1");
    kv(out, "kind", "StorageClass");
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    kvs(out, "name", name);
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "parameters" << YAML::Value << YAML::BeginMap;
    switch (plan.cloud) {
    case Cloud::Aws:
        kv(out, "type", "gp3");
        out << YAML::Key << "encrypted" << YAML::Value << YAML::DoubleQuoted << "true";
        out << YAML::EndMap;
        kv(out, "provisioner", "ebs.csi.aws.com");
        break;
    case Cloud::Gcp:
        kv(out, "type", "pd-balanced");
        out << YAML::EndMap;
        kv(out, "provisioner", "pd.csi.storage.gke.io");
        break;
    case Cloud::Azure:
        kv(out, "skuName", "Premium_LRS");
        out << YAML::EndMap;
        kv(out, "provisioner", "disk.csi.azure.com");
        break;
    case Cloud::Generic:
        out << YAML::EndMap;
        break;
    }
    kv(out, "reclaimPolicy", "Retain");
    kv(out, "volumeBindingMode", "WaitForFirstConsumer");
    kv(out, "allowVolumeExpansion", true);
    return {finish(out)};
}

std::string ownLineComment(const QString &text) { return "\x01" + yamlCommentText(text.toStdString()); }

std::string placeComments(const std::string &yaml)
{
    static const std::string marker = "# \x01";
    std::string out;
    std::string pending; // comment text waiting for the next line
    size_t start = 0;
    while (start < yaml.size()) {
        size_t end = yaml.find('\n', start);
        if (end == std::string::npos)
            end = yaml.size();
        std::string line = yaml.substr(start, end - start);
        start = end + 1;
        std::string comment;
        const size_t at = line.find(marker);
        if (at != std::string::npos) {
            comment = line.substr(at + marker.size());
            line.erase(at);
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
        }
        if (!line.empty()) {
            if (!pending.empty()) {
                const size_t indent = line.find_first_not_of(' ');
                out += std::string(indent == std::string::npos ? 0 : indent, ' ') + "# " + pending + '\n';
                pending.clear();
            }
            out += line + '\n';
        }
        if (!comment.empty())
            pending = comment;
    }
    if (!pending.empty())
        out += "# " + pending + '\n';
    return out;
}

std::string joinDocuments(const std::vector<Document> &documents)
{
    std::string all;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (i > 0)
            all += "---\n";
        all += documents[i];
    }
    return all;
}

} // namespace sd::k8s
