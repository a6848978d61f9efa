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

void podSelector(YamlWriter &out, const QString &workloadName)
{
    out << yaml::BeginMap << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels"
        << yaml::Value << yaml::BeginMap;
    kvs(out, "app.kubernetes.io/name", workloadName);
    kvs(out, "app.kubernetes.io/instance", workloadName);
    out << yaml::EndMap << yaml::EndMap << yaml::EndMap;
}

void ports(YamlWriter &out, int port, bool udpToo)
{
    out << yaml::Key << "ports" << yaml::Value << yaml::BeginSeq;
    for (const char *protocol : {"UDP", "TCP"}) {
        if (protocol[0] == 'U' && !udpToo)
            continue;
        out << yaml::BeginMap;
        kv(out, "protocol", protocol);
        kv(out, "port", port);
        out << yaml::EndMap;
    }
    out << yaml::EndSeq;
}

void probe(YamlWriter &out, const char *key, const Probe &p, const Workload &w, bool readiness)
{
    if (p.type == Probe::Type::None)
        return;
    out << yaml::Key << key << yaml::Value << yaml::BeginMap;
    switch (p.type) {
    case Probe::Type::Http:
        out << yaml::Key << "httpGet" << yaml::Value << yaml::BeginMap;
        kvs(out, "path", p.path);
        kvs(out, "port", w.portName);
        out << yaml::EndMap;
        break;
    case Probe::Type::Grpc:
        out << yaml::Key << "grpc" << yaml::Value << yaml::BeginMap;
        kv(out, "port", w.port);
        kvs(out, "service", p.path);
        out << yaml::EndMap;
        break;
    case Probe::Type::Tcp:
        out << yaml::Key << "tcpSocket" << yaml::Value << yaml::BeginMap;
        kvs(out, "port", w.portName);
        out << yaml::EndMap;
        break;
    case Probe::Type::Exec:
        out << yaml::Key << "exec" << yaml::Value << yaml::BeginMap << yaml::Key << "command" << yaml::Value << yaml::BeginSeq;
        for (const QString &arg : p.command)
            scalar(out, arg);
        out << yaml::EndSeq << yaml::EndMap;
        break;
    case Probe::Type::None:
        break;
    }
    kv(out, "initialDelaySeconds", readiness ? 5 : 15);
    kv(out, "periodSeconds", readiness ? 5 : 10);
    kv(out, "timeoutSeconds", p.type == Probe::Type::Exec ? 10 : 3); // an exec probe may start a JVM
    kv(out, "failureThreshold", 3);
    out << yaml::EndMap;
}

void resources(YamlWriter &out, const Workload &w)
{
    out << yaml::Key << "resources" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "requests" << yaml::Value << yaml::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuRequest));
    kvs(out, "memory", memoryQuantity(w.memoryRequest));
    out << yaml::EndMap << yaml::Key << "limits" << yaml::Value << yaml::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuLimit));
    kvs(out, "memory", memoryQuantity(w.memoryLimit));
    out << yaml::EndMap << yaml::EndMap;
}

/// The restricted Pod Security Standard, and a read-only root filesystem.
void containerSecurity(YamlWriter &out, const Workload &w)
{
    out << yaml::Key << "securityContext" << yaml::Value << yaml::BeginMap;
    kv(out, "allowPrivilegeEscalation", false);
    kv(out, "readOnlyRootFilesystem", true);
    kv(out, "runAsNonRoot", true);
    kv(out, "runAsUser", w.runAsUser);
    out << yaml::Key << "capabilities" << yaml::Value << yaml::BeginMap << yaml::Key << "drop" << yaml::Value
        << yaml::Flow << yaml::BeginSeq << "ALL" << yaml::EndSeq << yaml::EndMap;
    out << yaml::EndMap;
}

QString writableVolume(qsizetype index) { return QStringLiteral("writable-%1").arg(index + 1); }

/// An emptyDir hides what the image ships in the folder; where the entrypoint edits those files in
/// place (OpenSearch's and Elasticsearch's config), the same image copies them in first.
void seedContainers(YamlWriter &out, const Workload &w)
{
    const bool any = std::any_of(w.writableDirs.begin(), w.writableDirs.end(), [](const WritableDir &d) { return d.seeded; });
    if (!any)
        return;
    out << yaml::Key << "initContainers" << yaml::Value << yaml::BeginSeq;
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i) {
        const WritableDir &dir = w.writableDirs[size_t(i)];
        if (!dir.seeded)
            continue;
        out << yaml::BeginMap;
        kvs(out, "name", QStringLiteral("seed-") + writableVolume(i));
        kvs(out, "image", w.image);
        kv(out, "imagePullPolicy", "IfNotPresent");
        out << yaml::Key << "command" << yaml::Value << yaml::Flow << yaml::BeginSeq << "cp" << "-R"
            << s(dir.path + QStringLiteral("/.")) << "/seed/" << yaml::EndSeq;
        resources(out, w);
        containerSecurity(out, w);
        out << yaml::Key << "volumeMounts" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kvs(out, "name", writableVolume(i));
        kv(out, "mountPath", "/seed");
        out << yaml::EndMap << yaml::EndSeq;
        out << yaml::EndMap;
    }
    out << yaml::EndSeq;
}

/// Which drawn component the workload is: the tests and anyone reading the cluster map it back to the design.
Annotations componentAnnotation(const Workload &w) { return {{QStringLiteral("stackdraft.io/component"), w.component->id}}; }

bool hasConfigMap(const Workload &w) { return !w.settings.empty(); }

void podTemplate(YamlWriter &out, const Plan &plan, const Workload &w)
{
    out << yaml::BeginMap;
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap << yaml::Key << "labels" << yaml::Value;
    labels(out, plan, w, true);
    out << yaml::EndMap;
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kvs(out, "serviceAccountName", w.name);
    kv(out, "automountServiceAccountToken", false);
    kv(out, "enableServiceLinks", false);
    if (w.type == WorkloadType::CronJob)
        kv(out, "restartPolicy", "OnFailure");
    kv(out, "terminationGracePeriodSeconds", 30);
    out << yaml::Key << "securityContext" << yaml::Value << yaml::BeginMap;
    kv(out, "runAsNonRoot", true);
    kv(out, "runAsUser", w.runAsUser);
    kv(out, "runAsGroup", w.runAsUser);
    kv(out, "fsGroup", w.runAsUser);
    out << yaml::Key << "seccompProfile" << yaml::Value << yaml::BeginMap;
    kv(out, "type", "RuntimeDefault");
    out << yaml::EndMap << yaml::EndMap;
    if (w.replicated()) {
        out << yaml::Key << "topologySpreadConstraints" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kv(out, "maxSkew", 1);
        kv(out, "topologyKey", "topology.kubernetes.io/zone");
        kv(out, "whenUnsatisfiable", "ScheduleAnyway");
        out << yaml::Key << "labelSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
        selectorLabels(out, w);
        out << yaml::EndMap << yaml::EndMap << yaml::EndSeq;
        out << yaml::Key << "affinity" << yaml::Value << yaml::BeginMap << yaml::Key << "podAntiAffinity" << yaml::Value
            << yaml::BeginMap << yaml::Key << "preferredDuringSchedulingIgnoredDuringExecution" << yaml::Value
            << yaml::BeginSeq << yaml::BeginMap;
        kv(out, "weight", 100);
        out << yaml::Key << "podAffinityTerm" << yaml::Value << yaml::BeginMap;
        kv(out, "topologyKey", "kubernetes.io/hostname");
        out << yaml::Key << "labelSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
        selectorLabels(out, w);
        out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndSeq << yaml::EndMap << yaml::EndMap;
    }

    seedContainers(out, w);
    out << yaml::Key << "containers" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kvs(out, "name", w.name);
    kvs(out, "image", w.image);
    kv(out, "imagePullPolicy", "IfNotPresent");
    if (!w.args.isEmpty()) {
        out << yaml::Key << "args" << yaml::Value << yaml::BeginSeq;
        for (const QString &arg : w.args)
            scalar(out, arg);
        out << yaml::EndSeq;
    }
    if (w.port > 0) {
        out << yaml::Key << "ports" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kvs(out, "name", w.portName);
        kv(out, "containerPort", w.port);
        kv(out, "protocol", "TCP");
        out << yaml::EndMap << yaml::EndSeq;
    }
    std::vector<const SecretEnv *> whole, single;
    for (const SecretEnv &secret : w.secrets)
        (secret.variable.isEmpty() ? whole : single).push_back(&secret);
    if (hasConfigMap(w) || !whole.empty()) {
        out << yaml::Key << "envFrom" << yaml::Value << yaml::BeginSeq;
        if (hasConfigMap(w)) {
            out << yaml::BeginMap << yaml::Key << "configMapRef" << yaml::Value << yaml::BeginMap;
            kvs(out, "name", w.name);
            out << yaml::EndMap << yaml::EndMap;
        }
        for (const SecretEnv *secret : whole) {
            out << yaml::BeginMap << yaml::Key << "secretRef" << yaml::Value << yaml::BeginMap;
            kvs(out, "name", secret->secretName);
            kv(out, "optional", true);
            out << yaml::EndMap << yaml::EndMap;
        }
        out << yaml::EndSeq;
    }
    if (!single.empty() || !w.env.empty()) {
        out << yaml::Key << "env" << yaml::Value << yaml::BeginSeq;
        for (const SecretEnv *secret : single) {
            out << yaml::BeginMap;
            kvs(out, "name", secret->variable);
            out << yaml::Key << "valueFrom" << yaml::Value << yaml::BeginMap << yaml::Key << "secretKeyRef" << yaml::Value
                << yaml::BeginMap;
            kvs(out, "name", secret->secretName);
            kvs(out, "key", secret->key);
            out << yaml::EndMap << yaml::EndMap << yaml::EndMap;
        }
        for (const auto &[name, value] : w.env) {
            out << yaml::BeginMap;
            kvs(out, "name", name);
            kvs(out, "value", value);
            out << yaml::EndMap;
        }
        out << yaml::EndSeq;
    }
    resources(out, w);
    probe(out, "livenessProbe", w.liveness, w, false);
    probe(out, "readinessProbe", w.readiness, w, true);
    containerSecurity(out, w);
    out << yaml::Key << "volumeMounts" << yaml::Value << yaml::BeginSeq;
    out << yaml::BeginMap;
    kv(out, "name", "tmp");
    kv(out, "mountPath", "/tmp");
    out << yaml::EndMap;
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i) {
        out << yaml::BeginMap;
        kvs(out, "name", writableVolume(i));
        kvs(out, "mountPath", w.writableDirs[size_t(i)].path);
        out << yaml::EndMap;
    }
    if (!w.dataPath.isEmpty()) {
        out << yaml::BeginMap;
        kv(out, "name", "data");
        kvs(out, "mountPath", w.dataPath);
        out << yaml::EndMap;
    }
    out << yaml::EndSeq;
    out << yaml::EndMap << yaml::EndSeq; // container, containers

    out << yaml::Key << "volumes" << yaml::Value << yaml::BeginSeq;
    auto emptyDir = [&out](const QString &name) {
        out << yaml::BeginMap;
        kvs(out, "name", name);
        out << yaml::Key << "emptyDir" << yaml::Value << yaml::BeginMap;
        kv(out, "sizeLimit", "256Mi");
        out << yaml::EndMap << yaml::EndMap;
    };
    emptyDir(QStringLiteral("tmp"));
    for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i)
        emptyDir(writableVolume(i));
    out << yaml::EndSeq;
    out << yaml::EndMap << yaml::EndMap; // spec, template
}

Document serviceAccount(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    Annotations annotations;
    if (plan.cloud == Cloud::Gcp && !w.identityKey.isEmpty())
        annotations.emplace_back(QStringLiteral("iam.gke.io/gcp-service-account"), marker(w.identityKey));
    if (plan.cloud == Cloud::Azure && !w.identityKey.isEmpty())
        annotations.emplace_back(QStringLiteral("azure.workload.identity/client-id"), marker(w.identityKey));
    if (plan.cloud == Cloud::Aws && w.cloudIdentity)
        out << ownLineComment(fileText("its IAM role comes from an EKS Pod Identity association for this ServiceAccount (Terraform)"));
    header(out, "v1", "ServiceAccount", w.name, plan, &w, true, annotations);
    kv(out, "automountServiceAccountToken", false);
    return finish(out);
}

Document configMap(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    header(out, "v1", "ConfigMap", w.name, plan, &w);
    out << yaml::Key << "data" << yaml::Value << yaml::BeginMap;
    for (size_t i = 0; i < w.settings.size(); ++i) {
        const QString comment = w.settingComments.value(qsizetype(i));
        if (!comment.isEmpty())
            out << ownLineComment(comment);
        out << yaml::Key << s(w.settings[i].first) << yaml::Value << yaml::DoubleQuoted << s(w.settings[i].second);
    }
    out << yaml::EndMap;
    return finish(out);
}

Document workload(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    switch (w.type) {
    case WorkloadType::Deployment:
        header(out, "apps/v1", "Deployment", w.name, plan, &w, true, componentAnnotation(w));
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        if (w.autoscaling)
            out << ownLineComment(fileText("replicas: set by the HorizontalPodAutoscaler"));
        else
            kv(out, "replicas", w.replicas);
        kv(out, "revisionHistoryLimit", 5);
        out << yaml::Key << "selector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
        selectorLabels(out, w);
        out << yaml::EndMap;
        out << yaml::Key << "strategy" << yaml::Value << yaml::BeginMap;
        kv(out, "type", "RollingUpdate");
        out << yaml::Key << "rollingUpdate" << yaml::Value << yaml::BeginMap;
        kv(out, "maxSurge", "25%");
        kv(out, "maxUnavailable", 0);
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::Key << "template" << yaml::Value;
        podTemplate(out, plan, w);
        out << yaml::EndMap;
        break;
    case WorkloadType::StatefulSet:
        header(out, "apps/v1", "StatefulSet", w.name, plan, &w, true, componentAnnotation(w));
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        kvs(out, "serviceName", w.name + QStringLiteral("-headless"));
        if (w.autoscaling)
            out << ownLineComment(fileText("replicas: set by the HorizontalPodAutoscaler"));
        else
            kv(out, "replicas", w.replicas);
        kv(out, "revisionHistoryLimit", 5);
        out << yaml::Key << "selector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
        selectorLabels(out, w);
        out << yaml::EndMap;
        out << yaml::Key << "updateStrategy" << yaml::Value << yaml::BeginMap;
        kv(out, "type", "RollingUpdate");
        out << yaml::EndMap;
        out << yaml::Key << "template" << yaml::Value;
        podTemplate(out, plan, w);
        if (!w.dataPath.isEmpty()) {
            out << yaml::Key << "volumeClaimTemplates" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
            out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
            kv(out, "name", "data");
            out << yaml::Key << "labels" << yaml::Value;
            labels(out, plan, w);
            out << yaml::EndMap;
            out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
            out << yaml::Key << "accessModes" << yaml::Value << yaml::Flow << yaml::BeginSeq << "ReadWriteOnce" << yaml::EndSeq;
            if (const QString storageClass = storageClassName(plan); !storageClass.isEmpty())
                kvs(out, "storageClassName", storageClass);
            out << yaml::Key << "resources" << yaml::Value << yaml::BeginMap << yaml::Key << "requests" << yaml::Value
                << yaml::BeginMap;
            kvs(out, "storage", QStringLiteral("%1Gi").arg(w.storageGb));
            out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndSeq;
        }
        out << yaml::EndMap;
        break;
    case WorkloadType::CronJob:
        header(out, "batch/v1", "CronJob", w.name, plan, &w, true, componentAnnotation(w));
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        kvs(out, "schedule", w.schedule);
        kv(out, "timeZone", "Etc/UTC");
        kv(out, "concurrencyPolicy", "Forbid");
        kv(out, "startingDeadlineSeconds", 600);
        kv(out, "successfulJobsHistoryLimit", 3);
        kv(out, "failedJobsHistoryLimit", 3);
        out << yaml::Key << "jobTemplate" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap << yaml::Key << "labels" << yaml::Value;
        labels(out, plan, w);
        out << yaml::EndMap;
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        kv(out, "backoffLimit", 3);
        kv(out, "ttlSecondsAfterFinished", 86400);
        out << yaml::Key << "template" << yaml::Value;
        podTemplate(out, plan, w);
        out << yaml::EndMap << yaml::EndMap << yaml::EndMap;
        break;
    }
    return finish(out);
}

Document service(const Plan &plan, const Workload &w, bool headless)
{
    YamlWriter out;
    header(out, "v1", "Service", headless ? w.name + QStringLiteral("-headless") : w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kv(out, "type", "ClusterIP");
    if (headless)
        kv(out, "clusterIP", "None");
    out << yaml::Key << "selector" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::Key << "ports" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kvs(out, "name", w.portName);
    kv(out, "port", w.port);
    kvs(out, "targetPort", w.portName);
    kv(out, "protocol", "TCP");
    if (w.portName == QLatin1String("grpc"))
        kv(out, "appProtocol", "kubernetes.io/h2c"); // the Gateway speaks HTTP/2 to the pods
    out << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
    return finish(out);
}

Document autoscaler(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    header(out, "autoscaling/v2", "HorizontalPodAutoscaler", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "scaleTargetRef" << yaml::Value << yaml::BeginMap;
    kv(out, "apiVersion", "apps/v1");
    kv(out, "kind", w.type == WorkloadType::StatefulSet ? "StatefulSet" : "Deployment");
    kvs(out, "name", w.name);
    out << yaml::EndMap;
    kv(out, "minReplicas", w.minReplicas);
    kv(out, "maxReplicas", w.maxReplicas);
    out << yaml::Key << "metrics" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kv(out, "type", "Resource");
    out << yaml::Key << "resource" << yaml::Value << yaml::BeginMap;
    kv(out, "name", "cpu");
    out << yaml::Key << "target" << yaml::Value << yaml::BeginMap;
    kv(out, "type", "Utilization");
    kv(out, "averageUtilization", w.cpuTarget);
    out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
    return finish(out);
}

Document disruptionBudget(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    header(out, "policy/v1", "PodDisruptionBudget", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kv(out, "maxUnavailable", 1);
    out << yaml::Key << "selector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::EndMap << yaml::EndMap;
    return finish(out);
}

/// A "to" or "from" peer list of address blocks.
void ipBlocks(YamlWriter &out, const char *key, const QStringList &cidrs, const QStringList &except = {})
{
    out << yaml::Key << key << yaml::Value << yaml::BeginSeq;
    for (const QString &cidr : cidrs) {
        out << yaml::BeginMap << yaml::Key << "ipBlock" << yaml::Value << yaml::BeginMap;
        kvs(out, "cidr", cidr);
        if (!except.isEmpty()) {
            out << yaml::Key << "except" << yaml::Value << yaml::BeginSeq;
            for (const QString &e : except)
                scalar(out, e);
            out << yaml::EndSeq;
        }
        out << yaml::EndMap << yaml::EndMap;
    }
    out << yaml::EndSeq;
}

/// Where a Gateway's load balancer sends requests from, as NetworkPolicy peers.
void gatewaySources(YamlWriter &out, const Plan &plan, const Gateway &g)
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
        out << yaml::Key << "from" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        out << yaml::Key << "namespaceSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value
            << yaml::BeginMap;
        kv(out, "kubernetes.io/metadata.name", "envoy-gateway-system");
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value
            << yaml::BeginMap;
        kvs(out, "gateway.envoyproxy.io/owning-gateway-name", g.name);
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::EndMap << yaml::EndSeq;
        break;
    }
}

/// Opens the egress rule of something outside the cluster: its comment and its peers, narrowed as far as the design allows.
void outsidePeers(YamlWriter &out, const Peer &callee)
{
    switch (callee.reach) {
    case Reach::PrivateNetwork:
        if (!callee.cidrKey.isEmpty()) {
            out << ownLineComment(fileText("connection %1: to %2 (%3), %4 in the cluster's network")
                                      .arg(callee.connectionId, callee.componentName, callee.componentId, callee.service));
            out << yaml::BeginMap;
            ipBlocks(out, "to", {marker(callee.cidrKey)});
        } else {
            out << ownLineComment(fileText("connection %1: to %2 (%3, outside the cluster); the design gives no address range, so any private address")
                                      .arg(callee.connectionId, callee.componentName, callee.kind));
            out << yaml::BeginMap;
            ipBlocks(out, "to", privateRanges().mid(0, 3));
        }
        return;
    case Reach::CloudApi:
        out << ownLineComment(fileText("connection %1: to %2 (%3), %4 answers on public addresses a policy cannot name; private ranges stay closed")
                                  .arg(callee.connectionId, callee.componentName, callee.componentId, callee.service));
        out << yaml::BeginMap;
        ipBlocks(out, "to", {QStringLiteral("0.0.0.0/0")}, privateRanges());
        return;
    case Reach::Internet:
        out << ownLineComment(fileText("connection %1: to %2 (%3, outside the cloud), any public address; private ranges stay closed")
                                  .arg(callee.connectionId, callee.componentName, callee.kind));
        out << yaml::BeginMap;
        ipBlocks(out, "to", {QStringLiteral("0.0.0.0/0")}, privateRanges());
        return;
    }
}

/// What a workload's cloud identity needs to fetch its credentials.
void identityEgress(YamlWriter &out, const Plan &plan, const Workload &w)
{
    if (!w.cloudIdentity)
        return;
    auto rule = [&out](const QString &cidr, int port, const QStringList &except = {}) {
        out << yaml::BeginMap;
        ipBlocks(out, "to", {cidr}, except);
        ports(out, port, false);
        out << yaml::EndMap;
    };
    switch (plan.cloud) {
    case Cloud::Aws:
        out << ownLineComment(fileText("to the EKS Pod Identity agent on the node: the pod's AWS credentials"));
        rule(QStringLiteral("169.254.170.23/32"), 80);
        break;
    case Cloud::Gcp:
        out << ownLineComment(fileText("to the GKE metadata server: the pod's Google credentials (Workload Identity)"));
        rule(QStringLiteral("169.254.169.254/32"), 80);
        rule(QStringLiteral("169.254.169.252/32"), 988);
        break;
    case Cloud::Azure:
        out << ownLineComment(fileText("to Microsoft Entra ID (public addresses): the pod exchanges its token for the managed identity's"));
        rule(QStringLiteral("0.0.0.0/0"), 443, privateRanges());
        break;
    case Cloud::Generic:
        break;
    }
}

Document networkPolicy(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    header(out, "networking.k8s.io/v1", "NetworkPolicy", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::EndMap;
    out << yaml::Key << "policyTypes" << yaml::Value << yaml::Flow << yaml::BeginSeq << "Ingress" << "Egress" << yaml::EndSeq;

    const std::vector<const Gateway *> gateways = gatewaysOf(plan, w);
    out << yaml::Key << "ingress" << yaml::Value;
    if (w.callers.empty() && gateways.empty()) {
        out << yaml::Flow << yaml::BeginSeq << yaml::EndSeq << yaml::Comment(s(fileText("nothing is drawn calling it: admits nobody")));
    } else {
        out << yaml::BeginSeq;
        for (const Peer &caller : w.callers) {
            out << ownLineComment(fileText("connection %1: from %2 (%3)").arg(caller.connectionId, caller.componentName, caller.componentId));
            out << yaml::BeginMap << yaml::Key << "from" << yaml::Value << yaml::BeginSeq;
            podSelector(out, caller.workload);
            out << yaml::EndSeq;
            ports(out, w.port, false);
            out << yaml::EndMap;
        }
        for (const Gateway *g : gateways) {
            out << ownLineComment(fileText("from the load balancer of the Gateway %1 (%2)")
                                      .arg(g->name, g->componentName.isEmpty() ? fileText("entry point") : g->componentName));
            out << yaml::BeginMap;
            gatewaySources(out, plan, *g);
            ports(out, w.port, false);
            out << yaml::EndMap;
        }
        out << yaml::EndSeq;
    }

    out << yaml::Key << "egress" << yaml::Value;
    if (w.callees.empty() && !w.cloudIdentity) {
        out << yaml::Flow << yaml::BeginSeq << yaml::EndSeq
            << yaml::Comment(s(fileText("calls nothing; DNS is allowed by the allow-dns policy")));
    } else {
        out << yaml::BeginSeq;
        for (const Peer &callee : w.callees) {
            if (callee.inCluster()) {
                out << ownLineComment(fileText("connection %1: to %2 (%3)").arg(callee.connectionId, callee.componentName, callee.componentId));
                out << yaml::BeginMap << yaml::Key << "to" << yaml::Value << yaml::BeginSeq;
                podSelector(out, callee.workload);
                out << yaml::EndSeq;
            } else {
                outsidePeers(out, callee);
            }
            ports(out, callee.port, callee.udpToo);
            out << yaml::EndMap;
        }
        identityEgress(out, plan, w);
        out << yaml::EndSeq;
    }
    out << yaml::EndMap;
    return finish(out);
}

/// AWS security groups for pods: the workload's pods get a security group of their own, which the
/// data stores it calls admit (the node group's security group is admitted nowhere).
Document securityGroupPolicy(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    header(out, "vpcresources.k8s.aws/v1beta1", "SecurityGroupPolicy", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::EndMap;
    out << yaml::Key << "securityGroups" << yaml::Value << yaml::BeginMap << yaml::Key << "groupIds" << yaml::Value << yaml::BeginSeq;
    scalar(out, marker(w.securityGroupKey));
    out << yaml::EndSeq << yaml::EndMap << yaml::EndMap;
    return finish(out);
}
} // namespace

std::vector<Document> namespaceDocuments(const Plan &plan)
{
    std::vector<Document> docs;
    {
        YamlWriter out;
        out << yaml::BeginMap;
        kv(out, "apiVersion", "v1");
        kv(out, "kind", "Namespace");
        out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
        kvs(out, "name", plan.ns);
        out << yaml::Key << "labels" << yaml::Value << yaml::BeginMap;
        kvs(out, "app.kubernetes.io/part-of", plan.partOf);
        kv(out, "app.kubernetes.io/managed-by", "stackdraft");
        for (const char *mode : {"enforce", "audit", "warn"}) {
            const std::string key = std::string("pod-security.kubernetes.io/") + mode;
            out << yaml::Key << key << yaml::Value << "restricted";
            out << yaml::Key << key + "-version" << yaml::Value << "latest";
        }
        out << yaml::EndMap << yaml::EndMap;
        docs.push_back(finish(out));
    }
    {
        YamlWriter out;
        out << ownLineComment(fileText("Nothing may connect in or out unless a policy below allows it."));
        out << yaml::BeginMap;
        kv(out, "apiVersion", "networking.k8s.io/v1");
        kv(out, "kind", "NetworkPolicy");
        out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
        kv(out, "name", "default-deny-all");
        kvs(out, "namespace", plan.ns);
        out << yaml::EndMap;
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "podSelector" << yaml::Value << yaml::Flow << yaml::BeginMap << yaml::EndMap;
        out << yaml::Key << "policyTypes" << yaml::Value << yaml::Flow << yaml::BeginSeq << "Ingress" << "Egress" << yaml::EndSeq;
        out << yaml::EndMap;
        docs.push_back(finish(out));
    }
    {
        YamlWriter out;
        out << ownLineComment(fileText("Every pod may look up names with the cluster DNS, and nothing else."));
        out << yaml::BeginMap;
        kv(out, "apiVersion", "networking.k8s.io/v1");
        kv(out, "kind", "NetworkPolicy");
        out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
        kv(out, "name", "allow-dns");
        kvs(out, "namespace", plan.ns);
        out << yaml::EndMap;
        out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "podSelector" << yaml::Value << yaml::Flow << yaml::BeginMap << yaml::EndMap;
        out << yaml::Key << "policyTypes" << yaml::Value << yaml::Flow << yaml::BeginSeq << "Egress" << yaml::EndSeq;
        out << yaml::Key << "egress" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        out << yaml::Key << "to" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        out << yaml::Key << "namespaceSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value
            << yaml::BeginMap;
        kv(out, "kubernetes.io/metadata.name", "kube-system");
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value
            << yaml::BeginMap;
        kv(out, "k8s-app", "kube-dns");
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::EndMap << yaml::EndSeq;
        ports(out, 53, true);
        out << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
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
    YamlWriter out;
    out << ownLineComment(fileText("Encrypted SSD volumes that outlive their claim (Retain) and are made in the zone of the pod that uses them."));
    out << yaml::BeginMap;
    kv(out, "apiVersion", "storage.k8s.io/v1");
    kv(out, "kind", "StorageClass");
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
    kvs(out, "name", name);
    out << yaml::Key << "labels" << yaml::Value << yaml::BeginMap;
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    out << yaml::EndMap << yaml::EndMap;
    out << yaml::Key << "parameters" << yaml::Value << yaml::BeginMap;
    switch (plan.cloud) {
    case Cloud::Aws:
        kv(out, "type", "gp3");
        out << yaml::Key << "encrypted" << yaml::Value << yaml::DoubleQuoted << "true";
        out << yaml::EndMap;
        kv(out, "provisioner", "ebs.csi.aws.com");
        break;
    case Cloud::Gcp:
        kv(out, "type", "pd-balanced");
        out << yaml::EndMap;
        kv(out, "provisioner", "pd.csi.storage.gke.io");
        break;
    case Cloud::Azure:
        kv(out, "skuName", "Premium_LRS");
        out << yaml::EndMap;
        kv(out, "provisioner", "disk.csi.azure.com");
        break;
    case Cloud::Generic:
        out << yaml::EndMap;
        break;
    }
    kv(out, "reclaimPolicy", "Retain");
    kv(out, "volumeBindingMode", "WaitForFirstConsumer");
    kv(out, "allowVolumeExpansion", true);
    return {finish(out)};
}

yaml::Comment ownLineComment(const QString &text) { return yaml::Comment(text.toStdString(), true); }

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
