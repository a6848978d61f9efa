// SPDX-License-Identifier: MIT
#include "k8smonitoring.h"

#include "exporter.h"
#include "k8syaml.h"
#include "monitoringfiles.h"

#include <QHash>

#include <string_view>

namespace sd::k8s {

using namespace detail;

namespace {

/// The namespace kube-prometheus-stack installs into, and the label its Prometheus pods carry.
const QString kMonitoringNamespace = QStringLiteral("monitoring");
/// kube-prometheus-stack selects ServiceMonitors and PrometheusRules by its Helm release's label.
const QString kReleaseLabel = QStringLiteral("kube-prometheus-stack");
/// The blackbox exporter's Service (the prometheus-blackbox-exporter chart, installed as blackbox-exporter).
const QString kBlackboxService = QStringLiteral("blackbox-exporter.monitoring.svc:9115");

/// A workload Prometheus can scrape: it serves HTTP (where /metrics lives) and is no data store
/// (those need their own exporters, as `export monitoring` says).
bool scrapable(const Workload &w) { return !w.dataStore && w.port > 0 && w.portName == QLatin1String("http"); }

/// The plan's watched components by id: looked up once per workload (a linear search was quadratic at scale).
QHash<QString, const monitoring::Watched *> watchedById(const monitoring::Plan &mon)
{
    QHash<QString, const monitoring::Watched *> byId;
    byId.reserve(qsizetype(mon.watched.size()));
    for (const monitoring::Watched &m : mon.watched)
        byId.insert(m.component->id, &m);
    return byId;
}

void operatorLabels(YamlWriter &out, const Plan &plan, const Workload &w)
{
    out << yaml::BeginMap;
    kvs(out, "app.kubernetes.io/name", w.name);
    kvs(out, "app.kubernetes.io/part-of", plan.partOf);
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    kvs(out, "release", kReleaseLabel);
    out << yaml::EndMap;
}

void operatorHeader(YamlWriter &out, const char *kind, const QString &name, const Plan &plan, const Workload &w)
{
    out << yaml::BeginMap;
    kv(out, "apiVersion", "monitoring.coreos.com/v1");
    kv(out, "kind", kind);
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
    kvs(out, "name", name);
    kvs(out, "namespace", plan.ns);
    out << yaml::Key << "labels" << yaml::Value;
    operatorLabels(out, plan, w);
    out << yaml::EndMap;
}

Document serviceMonitor(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    operatorHeader(out, "ServiceMonitor", w.name, plan, w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "selector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::EndMap;
    out << yaml::Key << "namespaceSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchNames" << yaml::Value << yaml::BeginSeq;
    scalar(out, plan.ns);
    out << yaml::EndSeq << yaml::EndMap;
    out << yaml::Key << "endpoints" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kvs(out, "port", w.portName);
    kv(out, "path", "/metrics");
    kv(out, "interval", "30s");
    // The rules select job="<component id>", as the static scrape job of `export monitoring` is named.
    out << ownLineComment(fileText("job and component are the design's id, which the PrometheusRule's expressions select on."));
    out << yaml::Key << "relabelings" << yaml::Value << yaml::BeginSeq;
    for (const char *label : {"job", "component"}) {
        out << yaml::BeginMap;
        kv(out, "action", "replace");
        kv(out, "targetLabel", label);
        kvs(out, "replacement", w.component->id);
        out << yaml::EndMap;
    }
    out << yaml::EndSeq << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
    return finish(out);
}

Document prometheusRule(const Plan &plan, const Workload &w, const monitoring::Watched &watched)
{
    nlohmann::ordered_json rule = {
        {"apiVersion", "monitoring.coreos.com/v1"},
        {"kind", "PrometheusRule"},
        {"metadata",
         {{"name", s(w.name + QStringLiteral("-rules"))},
          {"namespace", s(plan.ns)},
          {"labels", {{"app.kubernetes.io/name", s(w.name)}, {"app.kubernetes.io/part-of", s(plan.partOf)},
                      {"app.kubernetes.io/managed-by", "stackdraft"}, {"release", s(kReleaseLabel)}}}}},
        {"spec", {{"groups", monitoring::ruleGroups(watched)}}},
    };
    return emitYaml(rule);
}

/// The health probe of an entry point, as `export monitoring` writes it: blackbox's http_2xx at the
/// workload's readiness path, with the job "<id>-probe" the availability rule selects.
Document probe(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    operatorHeader(out, "Probe", w.name + QStringLiteral("-health"), plan, w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kvs(out, "jobName", w.component->id + QStringLiteral("-probe"));
    kv(out, "interval", "30s");
    kv(out, "module", "http_2xx");
    out << yaml::Key << "prober" << yaml::Value << yaml::BeginMap;
    kvs(out, "url", kBlackboxService);
    out << yaml::EndMap;
    out << yaml::Key << "targets" << yaml::Value << yaml::BeginMap << yaml::Key << "staticConfig" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "static" << yaml::Value << yaml::BeginSeq;
    const QString path = w.readiness.type == Probe::Type::Http && !w.readiness.path.isEmpty() ? w.readiness.path : QStringLiteral("/");
    scalar(out, QStringLiteral("http://%1.%2.svc:%3%4").arg(w.name, plan.ns).arg(w.port).arg(path));
    out << yaml::EndSeq;
    out << yaml::Key << "labels" << yaml::Value << yaml::BeginMap;
    kvs(out, "component", w.component->id);
    out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndMap;
    return finish(out);
}

Document scrapePolicy(const Plan &plan, const Workload &w, bool probed)
{
    YamlWriter out;
    header(out, "networking.k8s.io/v1", "NetworkPolicy", w.name + QStringLiteral("-prometheus"), plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value;
    selectorLabels(out, w);
    out << yaml::EndMap;
    out << yaml::Key << "policyTypes" << yaml::Value << yaml::BeginSeq << "Ingress" << yaml::EndSeq;
    out << yaml::Key << "ingress" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    out << yaml::Key << "from" << yaml::Value << yaml::BeginSeq;
    // Prometheus scrapes /metrics; the blackbox exporter probes the health path of an entry point.
    for (const char *peer : {"prometheus", "prometheus-blackbox-exporter"}) {
        if (!probed && peer != std::string_view("prometheus"))
            continue;
        out << yaml::BeginMap;
        out << yaml::Key << "namespaceSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value << yaml::BeginMap;
        kvs(out, "kubernetes.io/metadata.name", kMonitoringNamespace);
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::Key << "podSelector" << yaml::Value << yaml::BeginMap << yaml::Key << "matchLabels" << yaml::Value << yaml::BeginMap;
        kv(out, "app.kubernetes.io/name", peer);
        out << yaml::EndMap << yaml::EndMap;
        out << yaml::EndMap;
    }
    out << yaml::EndSeq;
    out << yaml::Key << "ports" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kv(out, "protocol", "TCP");
    kv(out, "port", w.port);
    out << yaml::EndMap << yaml::EndSeq;
    out << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
    return finish(out);
}

} // namespace

std::vector<std::pair<const Workload *, const monitoring::Watched *>> scrapedWorkloads(const Plan &plan, const monitoring::Plan &mon)
{
    std::vector<std::pair<const Workload *, const monitoring::Watched *>> out;
    const QHash<QString, const monitoring::Watched *> watched = watchedById(mon);
    for (const Workload &w : plan.workloads)
        if (const monitoring::Watched *m = watched.value(w.component->id); m && scrapable(w))
            out.emplace_back(&w, m);
    return out;
}

std::vector<ManifestFile> prometheusOperatorFiles(const Plan &plan, const monitoring::Plan &mon)
{
    ManifestFile monitors{"servicemonitors.yaml", {}}, probes{"probes.yaml", {}}, rules{"prometheusrules.yaml", {}},
        policies{"networkpolicies.yaml", {}};
    for (const auto &[workload, watched] : scrapedWorkloads(plan, mon)) {
        const Workload &w = *workload;
        const bool probed = watched->probed && watched->probeModule == QLatin1String("http_2xx");
        monitors.documents.push_back(serviceMonitor(plan, w));
        if (probed)
            probes.documents.push_back(probe(plan, w));
        rules.documents.push_back(prometheusRule(plan, w, *watched));
        policies.documents.push_back(scrapePolicy(plan, w, probed));
    }
    if (monitors.documents.empty())
        return {};
    std::vector<ManifestFile> files{monitors};
    if (!probes.documents.empty())
        files.push_back(probes);
    files.push_back(rules);
    files.push_back(policies);
    return files;
}

std::string prometheusOperatorReadme(const Plan &plan, const monitoring::Plan &mon)
{
    QString md;
    auto line = [&md](const QString &text) { md += text + QLatin1Char('\n'); };
    QStringList scraped, notScraped;
    const QHash<QString, const monitoring::Watched *> watched = watchedById(mon);
    for (const Workload &w : plan.workloads) {
        if (!watched.contains(w.component->id))
            continue;
        (scrapable(w) ? scraped : notScraped).append(w.name);
    }
    if (scraped.isEmpty() && notScraped.isEmpty())
        return {};
    line({});
    line(fileText("## Prometheus Operator"));
    line({});
    if (scraped.isEmpty()) {
        line(fileText("The design draws Prometheus, but no workload of this cluster serves HTTP, so no ServiceMonitor is written: "
                      "%1 need an exporter or a separate HTTP metrics port.")
                 .arg(notScraped.join(QStringLiteral(", "))));
        return md.toStdString();
    }
    line(fileText("The design draws Prometheus: `%1/` holds a ServiceMonitor and a PrometheusRule (the alerts of `export monitoring`) "
                  "for each workload below, and the NetworkPolicies that let Prometheus scrape them. Install the Prometheus Operator "
                  "first (for example the kube-prometheus-stack Helm chart, release `%2`, in the namespace `%3`), and for the "
                  "entry points' health probes (Probe) the prometheus-blackbox-exporter chart as `blackbox-exporter` in the same "
                  "namespace; then `kubectl apply -k %1/`. Another release or namespace: change the `release` label, the probes' "
                  "prober URL and the policies' namespace.")
             .arg(QString::fromLatin1(kPrometheusOperatorFolder), kReleaseLabel, kMonitoringNamespace));
    line({});
    if (!scraped.isEmpty())
        line(fileText("- Scraped at `/metrics` on their HTTP port: %1.").arg(scraped.join(QStringLiteral(", "))));
    if (!notScraped.isEmpty())
        line(fileText("- Not scraped (gRPC or TCP ports, data stores and jobs need an exporter or a separate HTTP metrics port): %1.")
                 .arg(notScraped.join(QStringLiteral(", "))));
    return md.toStdString();
}

} // namespace sd::k8s
