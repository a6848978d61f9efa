// SPDX-License-Identifier: MIT
#include "kubernetesexporter.h"

#include "k8sgatewaydocs.h"
#include "k8smonitoring.h"
#include "k8smanifests.h"
#include "k8spackage.h"
#include "k8splan.h"
#include "propertyaccess.h"
#include "yamlemitter.h"

#include <QCoreApplication>

#include <optional>


namespace sd {

namespace {

const QString kSingleFile = QStringLiteral("single-file");

QString kindLabel(const k8s::Workload &w)
{
    switch (w.type) {
    case k8s::WorkloadType::Deployment:
        return QStringLiteral("Deployment");
    case k8s::WorkloadType::StatefulSet:
        return QStringLiteral("StatefulSet");
    case k8s::WorkloadType::CronJob:
        return QStringLiteral("CronJob");
    }
    return {};
}

std::string comment(const QString &text) { return "# " + yamlCommentText(text.toStdString()) + "\n"; }

/// Whether a metrics component of the design runs Prometheus (self-hosted or a managed Prometheus).
bool drawsPrometheus(const Design &design, const Catalog &catalog)
{
    const PropertyAccess props(catalog);
    for (const Component &c : design.components())
        if (c.kind == kinds::metrics && props.stringValue(c, keys::engine) == QLatin1String("prometheus"))
            return true;
    return false;
}

/// Plans, and turns "nothing runs in containers" into an error the user can act on.
k8s::Plan planFor(const Design &design, const Catalog &catalog, ExportResult &result, const k8s::PlanOptions &options = {})
{
    k8s::Plan plan = k8s::makePlan(design, catalog, options);
    result.messages.insert(result.messages.end(), plan.messages.begin(), plan.messages.end());
    if (!plan.error.isEmpty())
        result.error = plan.error;
    else if (plan.workloads.empty())
        result.error = QCoreApplication::translate("KubernetesExport", "nothing in this design runs in containers: add a microservice, monolith or batch job "
                          "(platform kubernetes or container-service), or set a data store's hosting to kubernetes");
    return plan;
}

} // namespace

QString KubernetesExporter::displayName() const { return QCoreApplication::translate("KubernetesExport", "Kubernetes manifests"); }

QString KubernetesExporter::description() const
{
    return QCoreApplication::translate("KubernetesExport", "Kubernetes YAML (workloads, services, autoscaling, network policies) with a kustomization.yaml.");
}

std::vector<ExportOptionSpec> KubernetesExporter::options() const
{
    return {{kSingleFile, QCoreApplication::translate("KubernetesExport", "Write one multi-document YAML file instead of a folder."), {}, {}}};
}

bool KubernetesExporter::writesSingleFile(const QVariantMap &options) const { return options.value(kSingleFile).toBool(); }

namespace {

/// The files of one cluster: the manifests, the kustomization and the README.
std::vector<ExportedFile> clusterFiles(const k8s::Plan &plan, const Design &design, const std::string &banner, const QString &folder,
                                       const monitoring::Plan *prometheus)
{
    std::vector<k8s::ManifestFile> files;
    files.push_back({"namespace.yaml", k8s::namespaceDocuments(plan)});
    if (std::vector<k8s::Document> classes = k8s::storageClassDocuments(plan); !classes.empty())
        files.push_back({"storageclass.yaml", classes});
    if (std::vector<k8s::Document> gateways = k8s::gatewayDocuments(plan); !gateways.empty())
        files.push_back({"gateways.yaml", gateways});
    const size_t firstWorkloadFile = files.size();
    for (const k8s::Workload &w : plan.workloads)
        files.push_back({w.name.toStdString() + ".yaml", k8s::workloadDocuments(plan, w)});

    // What each file holds, for its head comment: the shared files by name, a workload's by its place
    // (searching the workloads per file was quadratic: 30k components spent a third of the export there).
    auto about = [&](size_t index) -> QString {
        const k8s::ManifestFile &f = files[index];
        if (index >= firstWorkloadFile) {
            const k8s::Workload &w = plan.workloads[index - firstWorkloadFile];
            return fileText("%1 (%2, component %3): %4.").arg(w.component->name, w.kind, w.component->id, kindLabel(w));
        }
        if (f.name == "namespace.yaml")
            return fileText("Namespace %1 (restricted Pod Security) and its default network policies.").arg(plan.ns);
        if (f.name == "storageclass.yaml")
            return fileText("The storage class of the volumes on %1.").arg(k8s::clusterProduct(plan.cloud));
        if (f.name == "gateways.yaml")
            return fileText("The Gateways: the cluster's side of the load balancers and gateways the design draws in front.");
        return {};
    };
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    std::vector<ExportedFile> out;
    out.reserve(files.size() + 2);
    for (size_t i = 0; i < files.size(); ++i)
        out.push_back({prefix + QString::fromStdString(files[i].name),
                       QByteArray::fromStdString(banner + comment(about(i)) + k8s::joinDocuments(files[i].documents))});
    out.push_back({prefix + QStringLiteral("kustomization.yaml"), QByteArray::fromStdString(banner + k8s::kustomization(plan, files))});
    std::string readme = k8s::readme(plan, design);
    if (prometheus) {
        // The Prometheus Operator's resources: their own folder, applied once the operator's CRDs exist.
        const std::vector<k8s::ManifestFile> monitoringFiles = k8s::prometheusOperatorFiles(plan, *prometheus);
        const QString sub = prefix + QString::fromLatin1(k8s::kPrometheusOperatorFolder) + QLatin1Char('/');
        for (const k8s::ManifestFile &f : monitoringFiles)
            out.push_back({sub + QString::fromStdString(f.name),
                           QByteArray::fromStdString(banner + comment(fileText("Prometheus Operator resources of namespace %1 (kubectl apply -k %2/ once the operator runs).")
                                                                          .arg(plan.ns, QString::fromLatin1(k8s::kPrometheusOperatorFolder)))
                                                     + k8s::joinDocuments(f.documents))});
        if (!monitoringFiles.empty())
            out.push_back({sub + QStringLiteral("kustomization.yaml"), QByteArray::fromStdString(banner + k8s::operatorKustomization(monitoringFiles))});
        readme += k8s::prometheusOperatorReadme(plan, *prometheus);
    }
    out.push_back({prefix + QStringLiteral("README.md"), QByteArray::fromStdString(readme)});
    return out;
}

} // namespace

ExportResult KubernetesExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    ExportResult result;
    const std::string banner = comment(fileText("Generated by Stackdraft from the design \"%1\"; edit the design and export again.")
                                           .arg(design.name));
    // One cluster per cloud the workloads run in: a design that spans clouds gets a folder each.
    const QStringList providers = k8s::workloadProviders(design, catalog);
    const bool split = providers.size() > 1;
    if (split && options.value(kSingleFile).toBool()) {
        result.error = QCoreApplication::translate("KubernetesExport", "the workloads run in %1 clouds (%2), one cluster each; export a folder instead of a single file")
                           .arg(providers.size())
                           .arg(providers.join(QStringLiteral(", ")));
        return result;
    }
    std::vector<k8s::Plan> plans;
    for (const QString &provider : split ? providers : QStringList{QString()}) {
        k8s::PlanOptions planOptions;
        planOptions.filterProvider = split;
        planOptions.provider = provider;
        plans.push_back(planFor(design, catalog, result, planOptions));
        if (!result.ok())
            return result;
    }

    if (options.value(kSingleFile).toBool()) {
        const k8s::Plan &plan = plans.front();
        std::vector<k8s::Document> all = k8s::namespaceDocuments(plan);
        for (const std::vector<k8s::Document> &more : {k8s::storageClassDocuments(plan), k8s::gatewayDocuments(plan)})
            all.insert(all.end(), more.begin(), more.end());
        for (const k8s::Workload &w : plan.workloads) {
            const std::vector<k8s::Document> docs = k8s::workloadDocuments(plan, w);
            all.insert(all.end(), docs.begin(), docs.end());
        }
        std::string head = banner;
        if (!plan.values.empty())
            head += comment(fileText("The ${KEY} values come from Terraform: set -a; . ./cloud-values.env; envsubst < %1.yaml | kubectl apply -f -").arg(plan.ns));
        result.files.push_back({plan.ns + QStringLiteral(".yaml"), QByteArray::fromStdString(head + k8s::joinDocuments(all))});
        return result;
    }
    // A drawn Prometheus watches the cluster through the operator's resources, with the monitoring export's rules
    // (a folder of its own: the single file above leaves it out, so it needs no plan).
    std::optional<monitoring::Plan> prometheus;
    if (drawsPrometheus(design, catalog)) {
        prometheus = monitoring::makePlan(design, catalog);
        if (!prometheus->error.isEmpty())
            prometheus.reset();
    }

    for (const k8s::Plan &plan : plans) {
        std::vector<ExportedFile> files = clusterFiles(plan, design, banner, split ? k8s::cloudId(plan.cloud) : QString(),
                                                       prometheus ? &*prometheus : nullptr);
        result.files.insert(result.files.end(), files.begin(), files.end());
    }
    return result;
}

QString ComposeExporter::displayName() const { return QCoreApplication::translate("KubernetesExport", "Docker Compose"); }

QString ComposeExporter::description() const
{
    return QCoreApplication::translate("KubernetesExport", "A docker-compose.yaml that runs the design's containers on one machine for local development.");
}

ExportResult ComposeExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    Q_UNUSED(options)
    ExportResult result;
    k8s::PlanOptions local;
    local.local = true; // one machine: no cloud values, no Gateways
    const k8s::Plan plan = planFor(design, catalog, result, local);
    if (!result.ok())
        return result;

    auto str = [](YamlWriter &out, const QString &text) { out << yaml::DoubleQuoted << text.toStdString(); };
    YamlWriter out;
    out << yaml::BeginMap;
    out << yaml::Key << "name" << yaml::Value << plan.ns.toStdString();
    out << yaml::Key << "services" << yaml::Value << yaml::BeginMap;
    int hostPort = 8080;
    QStringList volumes;
    for (const k8s::Workload &w : plan.workloads) {
        out << yaml::Key << w.name.toStdString() << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "image" << yaml::Value << w.image.toStdString();
        if (w.type == k8s::WorkloadType::CronJob) {
            out << k8s::ownLineComment(fileText("a scheduled job (%1 UTC): run it with docker compose run %2").arg(w.schedule, w.name));
            out << yaml::Key << "profiles" << yaml::Value << yaml::Flow << yaml::BeginSeq << "jobs" << yaml::EndSeq;
            out << yaml::Key << "restart" << yaml::Value << yaml::DoubleQuoted << "no";
        } else {
            out << yaml::Key << "restart" << yaml::Value << "unless-stopped";
        }
        out << yaml::Key << "user" << yaml::Value;
        str(out, QStringLiteral("%1:%1").arg(w.runAsUser));
        out << yaml::Key << "read_only" << yaml::Value << true;
        out << yaml::Key << "cap_drop" << yaml::Value << yaml::Flow << yaml::BeginSeq << "ALL" << yaml::EndSeq;
        out << yaml::Key << "security_opt" << yaml::Value << yaml::Flow << yaml::BeginSeq << "no-new-privileges:true" << yaml::EndSeq;
        // Docker mounts a tmpfs noexec by default; JNA (Elasticsearch, OpenSearch) maps the native code it
        // unpacks there as executable, so those images get an exec /tmp (a Kubernetes emptyDir allows it).
        out << yaml::Key << "tmpfs" << yaml::Value << yaml::BeginSeq << (w.execTmp ? "/tmp:exec" : "/tmp");
        for (const k8s::WritableDir &dir : w.writableDirs)
            if (!dir.seeded)
                out << dir.path.toStdString();
        out << yaml::EndSeq;

        struct Env {
            QString key, value, comment;
        };
        std::vector<Env> environment;
        for (const auto &[key, value] : w.settings)
            if (!key.endsWith(QLatin1String("_ADDRESS")))
                environment.push_back({key, value, {}});
        QStringList dependsOn;
        for (const k8s::Peer &p : w.callees) {
            const QString key = k8s::envName(p.componentId) + QStringLiteral("_ADDRESS");
            if (p.inCluster()) {
                environment.push_back({key, QStringLiteral("%1:%2").arg(p.workload).arg(p.port), {}});
                const k8s::Workload *peer = plan.workload(p.componentId);
                if (peer && peer->dataStore && !dependsOn.contains(p.workload))
                    dependsOn.append(p.workload);
            } else {
                environment.push_back({key, QStringLiteral("${%1:-}").arg(key),
                                       fileText("%1 runs outside: export %2 before docker compose up").arg(p.componentName, key)});
            }
        }
        // Secrets come from the shell running compose; the file never holds a value.
        for (const k8s::SecretEnv &secret : w.secrets)
            if (!secret.variable.isEmpty())
                environment.push_back({secret.variable, QStringLiteral("${%1:?set %1 in your shell}").arg(secret.variable), {}});
        if (!environment.empty()) {
            out << yaml::Key << "environment" << yaml::Value << yaml::BeginMap;
            for (const Env &e : environment) {
                if (!e.comment.isEmpty())
                    out << k8s::ownLineComment(e.comment);
                out << yaml::Key << e.key.toStdString() << yaml::Value;
                str(out, e.value);
            }
            out << yaml::EndMap;
        }

        if (w.exposed && w.port > 0) {
            out << yaml::Key << "ports" << yaml::Value << yaml::BeginSeq;
            str(out, QStringLiteral("127.0.0.1:%1:%2").arg(hostPort++).arg(w.port));
            out << yaml::EndSeq;
        }
        // A new named volume starts with the image's files, which is what a seeded folder needs.
        QStringList mounts;
        if (!w.dataPath.isEmpty())
            mounts.append(w.name + QStringLiteral("-data:") + w.dataPath);
        for (qsizetype i = 0; i < qsizetype(w.writableDirs.size()); ++i)
            if (w.writableDirs[size_t(i)].seeded)
                mounts.append(w.name + QStringLiteral("-writable-%1:").arg(i + 1) + w.writableDirs[size_t(i)].path);
        if (!mounts.isEmpty()) {
            out << yaml::Key << "volumes" << yaml::Value << yaml::BeginSeq;
            for (const QString &mount : mounts) {
                volumes.append(mount.section(QLatin1Char(':'), 0, 0));
                out << mount.toStdString();
            }
            out << yaml::EndSeq;
        }
        if (!dependsOn.isEmpty()) {
            out << yaml::Key << "depends_on" << yaml::Value << yaml::BeginSeq;
            for (const QString &d : dependsOn)
                out << d.toStdString();
            out << yaml::EndSeq;
        }
        if (w.readiness.type == k8s::Probe::Type::Exec) {
            out << yaml::Key << "healthcheck" << yaml::Value << yaml::BeginMap;
            out << yaml::Key << "test" << yaml::Value << yaml::Flow << yaml::BeginSeq << "CMD";
            for (const QString &arg : w.readiness.command)
                str(out, arg);
            out << yaml::EndSeq;
            out << yaml::Key << "interval" << yaml::Value << "10s";
            out << yaml::EndMap;
        }
        out << yaml::Key << "deploy" << yaml::Value << yaml::BeginMap << yaml::Key << "resources" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "limits" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "cpus" << yaml::Value;
        str(out, QString::number(w.cpuLimit / 1000.0, 'f', 2));
        out << yaml::Key << "memory" << yaml::Value << QStringLiteral("%1M").arg(w.memoryLimit).toStdString();
        out << yaml::EndMap << yaml::Key << "reservations" << yaml::Value << yaml::BeginMap;
        out << yaml::Key << "cpus" << yaml::Value;
        str(out, QString::number(w.cpuRequest / 1000.0, 'f', 2));
        out << yaml::Key << "memory" << yaml::Value << QStringLiteral("%1M").arg(w.memoryRequest).toStdString();
        out << yaml::EndMap << yaml::EndMap << yaml::EndMap;
        out << yaml::EndMap;
    }
    out << yaml::EndMap;
    if (!volumes.isEmpty()) {
        out << yaml::Key << "volumes" << yaml::Value << yaml::BeginMap;
        for (const QString &v : volumes)
            out << yaml::Key << v.toStdString() << yaml::Value << yaml::Flow << yaml::BeginMap << yaml::EndMap;
        out << yaml::EndMap;
    }
    out << yaml::EndMap;

    std::string text = comment(fileText("Generated by Stackdraft from the design \"%1\" for running its containers locally.").arg(design.name))
                       + comment(fileText("Start with: docker compose up. Secrets come from your shell, never from this file."))
                       + out.text();
    result.files.push_back({QStringLiteral("docker-compose.yaml"), QByteArray::fromStdString(text)});
    return result;
}

} // namespace sd
