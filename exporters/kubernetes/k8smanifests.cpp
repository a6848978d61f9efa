// SPDX-License-Identifier: MIT
#include "k8smanifests.h"

#include "exporter.h"

#include "yamlemitter.h"


#include <yaml-cpp/yaml.h>

#include <string_view>

namespace sd::k8s {

namespace {

std::string s(const QString &text) { return text.toStdString(); }

/// Writes a string scalar, quoted when YAML 1.1 would read it as something else ("8080", "yes").
void scalar(YAML::Emitter &out, const std::string &text)
{
    if (yamlScalar(text) != text)
        out << YAML::DoubleQuoted << text;
    else
        out << text;
}
void scalar(YAML::Emitter &out, const QString &text) { scalar(out, s(text)); }

template<typename T>
void kv(YAML::Emitter &out, const char *key, const T &value)
{
    out << YAML::Key << key << YAML::Value << value;
}
void kvs(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    scalar(out, value);
}

QString cpuQuantity(int millicores)
{
    return millicores % 1000 == 0 ? QString::number(millicores / 1000) : QStringLiteral("%1m").arg(millicores);
}
QString memoryQuantity(int mebibytes)
{
    return mebibytes % 1024 == 0 ? QStringLiteral("%1Gi").arg(mebibytes / 1024) : QStringLiteral("%1Mi").arg(mebibytes);
}

void selectorLabels(YAML::Emitter &out, const Workload &w)
{
    out << YAML::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    out << YAML::EndMap;
}

void labels(YAML::Emitter &out, const Plan &plan, const Workload &w)
{
    out << YAML::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/instance", w.name);
    kvs(out, "app.kubernetes.io/component", w.kind);
    kvs(out, "app.kubernetes.io/part-of", plan.partOf);
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    out << YAML::EndMap;
}

/// apiVersion, kind and metadata; leaves the top-level map open.
void header(YAML::Emitter &out, const char *apiVersion, const char *kind, const QString &name, const Plan &plan,
            const Workload *w, bool namespaced = true)
{
    out << YAML::BeginMap;
    kv(out, "apiVersion", apiVersion);
    kv(out, "kind", kind);
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    kvs(out, "name", name);
    if (namespaced)
        kvs(out, "namespace", plan.ns);
    if (w) {
        out << YAML::Key << "labels" << YAML::Value;
        labels(out, plan, *w);
    }
    if (w && std::string_view(kind) == "Ingress" && w->portName == QLatin1String("grpc")) {
        // ingress-nginx speaks HTTP/1 to backends unless told otherwise.
        out << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap;
        kv(out, "nginx.ingress.kubernetes.io/backend-protocol", "GRPC");
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

Document finish(YAML::Emitter &out)
{
    out << YAML::EndMap;
    Document doc = placeComments(out.c_str());
    if (doc.empty() || doc.back() != '\n')
        doc += '\n';
    return doc;
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
    kv(out, "timeoutSeconds", 3);
    kv(out, "failureThreshold", 3);
    out << YAML::EndMap;
}

bool hasConfigMap(const Workload &w) { return !w.settings.empty(); }

void podTemplate(YAML::Emitter &out, const Plan &plan, const Workload &w)
{
    out << YAML::BeginMap;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "labels" << YAML::Value;
    labels(out, plan, w);
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

    out << YAML::Key << "containers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    kvs(out, "name", w.name);
    kvs(out, "image", w.image);
    kv(out, "imagePullPolicy", "IfNotPresent");
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
    if (!single.empty()) {
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
        out << YAML::EndSeq;
    }
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "requests" << YAML::Value << YAML::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuRequest));
    kvs(out, "memory", memoryQuantity(w.memoryRequest));
    out << YAML::EndMap << YAML::Key << "limits" << YAML::Value << YAML::BeginMap;
    kvs(out, "cpu", cpuQuantity(w.cpuLimit));
    kvs(out, "memory", memoryQuantity(w.memoryLimit));
    out << YAML::EndMap << YAML::EndMap;
    probe(out, "livenessProbe", w.liveness, w, false);
    probe(out, "readinessProbe", w.readiness, w, true);
    out << YAML::Key << "securityContext" << YAML::Value << YAML::BeginMap;
    kv(out, "allowPrivilegeEscalation", false);
    kv(out, "readOnlyRootFilesystem", true);
    kv(out, "runAsNonRoot", true);
    kv(out, "runAsUser", w.runAsUser);
    out << YAML::Key << "capabilities" << YAML::Value << YAML::BeginMap << YAML::Key << "drop" << YAML::Value
        << YAML::Flow << YAML::BeginSeq << "ALL" << YAML::EndSeq << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::Key << "volumeMounts" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap;
    kv(out, "name", "tmp");
    kv(out, "mountPath", "/tmp");
    out << YAML::EndMap;
    for (qsizetype i = 0; i < w.writableDirs.size(); ++i) {
        out << YAML::BeginMap;
        kvs(out, "name", QStringLiteral("writable-%1").arg(i + 1));
        kvs(out, "mountPath", w.writableDirs.at(i));
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
    for (qsizetype i = 0; i < w.writableDirs.size(); ++i)
        emptyDir(QStringLiteral("writable-%1").arg(i + 1));
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap; // spec, template
}

Document serviceAccount(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "v1", "ServiceAccount", w.name, plan, &w);
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
        header(out, "apps/v1", "Deployment", w.name, plan, &w);
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
        header(out, "apps/v1", "StatefulSet", w.name, plan, &w);
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
            out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap << YAML::Key << "requests" << YAML::Value
                << YAML::BeginMap;
            kvs(out, "storage", QStringLiteral("%1Gi").arg(w.storageGb));
            out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
        }
        out << YAML::EndMap;
        break;
    case WorkloadType::CronJob:
        header(out, "batch/v1", "CronJob", w.name, plan, &w);
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

Document networkPolicy(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "networking.k8s.io/v1", "NetworkPolicy", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "podSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value;
    selectorLabels(out, w);
    out << YAML::EndMap;
    out << YAML::Key << "policyTypes" << YAML::Value << YAML::Flow << YAML::BeginSeq << "Ingress" << "Egress" << YAML::EndSeq;

    out << YAML::Key << "ingress" << YAML::Value;
    if (w.callers.empty() && !w.exposed) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq << YAML::Comment(s(fileText("nothing is drawn calling it: admits nobody")));
    } else {
        out << YAML::BeginSeq;
        for (const Peer &caller : w.callers) {
            out << YAML::Comment(ownLineComment(fileText("from %1 (%2)").arg(caller.componentName, caller.componentId)));
            out << YAML::BeginMap << YAML::Key << "from" << YAML::Value << YAML::BeginSeq;
            podSelector(out, caller.workload);
            out << YAML::EndSeq;
            ports(out, w.port, false);
            out << YAML::EndMap;
        }
        if (w.exposed) {
            out << YAML::Comment(ownLineComment(fileText("from the ingress controller (namespace %1)").arg(plan.ingressNamespace)));
            out << YAML::BeginMap << YAML::Key << "from" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
            out << YAML::Key << "namespaceSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels"
                << YAML::Value << YAML::BeginMap;
            kvs(out, "kubernetes.io/metadata.name", plan.ingressNamespace);
            out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
            ports(out, w.port, false);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    out << YAML::Key << "egress" << YAML::Value;
    if (w.callees.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq
            << YAML::Comment(s(fileText("calls nothing; DNS is allowed by the allow-dns policy")));
    } else {
        out << YAML::BeginSeq;
        for (const Peer &callee : w.callees) {
            if (callee.inCluster()) {
                out << YAML::Comment(ownLineComment(fileText("to %1 (%2)").arg(callee.componentName, callee.componentId)));
                out << YAML::BeginMap << YAML::Key << "to" << YAML::Value << YAML::BeginSeq;
                podSelector(out, callee.workload);
                out << YAML::EndSeq;
            } else {
                out << YAML::Comment(ownLineComment(fileText("to %1 (%2, outside the cluster): replace 0.0.0.0/0 with its address range")
                                           .arg(callee.componentName, callee.kind)));
                out << YAML::BeginMap << YAML::Key << "to" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
                out << YAML::Key << "ipBlock" << YAML::Value << YAML::BeginMap;
                kv(out, "cidr", "0.0.0.0/0");
                out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
            }
            ports(out, callee.port, callee.udpToo);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    return finish(out);
}

Document ingress(const Plan &plan, const Workload &w)
{
    YAML::Emitter out;
    header(out, "networking.k8s.io/v1", "Ingress", w.name, plan, &w);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    kv(out, "ingressClassName", "nginx");
    out << YAML::Key << "tls" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "hosts" << YAML::Value << YAML::BeginSeq;
    scalar(out, w.host);
    out << YAML::EndSeq;
    kvs(out, "secretName", w.name + QStringLiteral("-tls"));
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    kvs(out, "host", w.host);
    out << YAML::Key << "http" << YAML::Value << YAML::BeginMap << YAML::Key << "paths" << YAML::Value << YAML::BeginSeq
        << YAML::BeginMap;
    kv(out, "path", "/");
    kv(out, "pathType", "Prefix");
    out << YAML::Key << "backend" << YAML::Value << YAML::BeginMap << YAML::Key << "service" << YAML::Value << YAML::BeginMap;
    kvs(out, "name", w.name);
    out << YAML::Key << "port" << YAML::Value << YAML::BeginMap;
    kvs(out, "name", w.portName);
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
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
        if (w.type == WorkloadType::StatefulSet)
            docs.push_back(service(plan, w, true));
        docs.push_back(service(plan, w, false));
    }
    if (w.autoscaling)
        docs.push_back(autoscaler(plan, w));
    if (w.replicated())
        docs.push_back(disruptionBudget(plan, w));
    docs.push_back(networkPolicy(plan, w));
    if (w.exposed && w.port > 0)
        docs.push_back(ingress(plan, w));
    return docs;
}

Document kustomization(const Plan &plan, const std::vector<std::string> &files)
{
    Q_UNUSED(plan)
    YAML::Emitter out;
    out << YAML::BeginMap;
    kv(out, "apiVersion", "kustomize.config.k8s.io/v1beta1");
    kv(out, "kind", "Kustomization");
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginSeq;
    for (const std::string &file : files)
        scalar(out, file);
    out << YAML::EndSeq;
    return finish(out);
}

std::string ownLineComment(const QString &text) { return "\x01" + text.toStdString(); }

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
