// SPDX-License-Identifier: MIT
#include "k8splan.h"

#include "catalog.h"
#include "exporter.h"
#include "k8snames.h"
#include "placement.h"
#include "propertyaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace sd::k8s {

namespace {

/// What it takes to run a data store engine in the cluster from its official image
/// (resources/catalog/exports/kubernetes.yaml).
struct EngineImage {
    QString image;          ///< "%1" is replaced by engineVersion
    QString defaultVersion; ///< when the design names none
    int port = 0;
    QString dataPath;       ///< empty = keeps nothing on disk
    int uid = 0;            ///< the user the official image expects
    QStringList writable;   ///< extra writable folders
    Probe liveness;
    Probe readiness;
    QString secretVariable; ///< password variable the image reads, empty = none
};

Probe probeFrom(const QVariant &data)
{
    if (data.toString() == QLatin1String("tcp"))
        return {Probe::Type::Tcp, {}, {}};
    const QVariantMap probe = data.toMap();
    if (probe.contains(QStringLiteral("http")))
        return {Probe::Type::Http, probe.value(QStringLiteral("http")).toString(), {}};
    if (probe.contains(QStringLiteral("exec")))
        return {Probe::Type::Exec, {}, probe.value(QStringLiteral("exec")).toStringList()};
    return {};
}

/// Default engine of kinds whose catalog entry has no engine property.
QString engineOf(const PropertyAccess &props, const KindSpec &kind, const Component &c)
{
    const QVariant engine = props.value(c, keys::engine);
    if (engine.isValid())
        return engine.toString();
    if (kind.id == kinds::dashboards)
        return QStringLiteral("grafana");
    if (kind.id == kinds::logging)
        return QStringLiteral("loki");
    return {};
}

std::optional<EngineImage> findEngine(const Catalog &catalog, const QString &kind, const QString &engine)
{
    for (const QVariant &item : catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("engines")).toList()) {
        const QVariantMap e = item.toMap();
        if (e.value(QStringLiteral("kind")).toString() != kind || e.value(QStringLiteral("engine")).toString() != engine)
            continue;
        return EngineImage{e.value(QStringLiteral("image")).toString(), e.value(QStringLiteral("defaultVersion")).toString(),
                           e.value(QStringLiteral("port")).toInt(), e.value(QStringLiteral("dataPath")).toString(),
                           e.value(QStringLiteral("user")).toInt(), e.value(QStringLiteral("writable")).toStringList(),
                           probeFrom(e.value(QStringLiteral("liveness"))), probeFrom(e.value(QStringLiteral("readiness"))),
                           e.value(QStringLiteral("passwordVariable")).toString()};
    }
    return std::nullopt;
}

/// Well-known ports, for connections drawn without one.
int defaultPort(const QString &protocol)
{
    static const QHash<QString, int> ports = {
        {QStringLiteral("http"), 80},          {QStringLiteral("https"), 443},  {QStringLiteral("grpc"), 443},
        {QStringLiteral("postgresql"), 5432},  {QStringLiteral("mysql"), 3306}, {QStringLiteral("redis"), 6379},
        {QStringLiteral("kafka"), 9092},       {QStringLiteral("amqp"), 5671},  {QStringLiteral("dns"), 53},
        {QStringLiteral("mongodb"), 27017},
    };
    return ports.value(protocol.toLower(), 0);
}

bool validCron(const QString &schedule)
{
    static const QRegularExpression macro(QStringLiteral("^@(yearly|annually|monthly|weekly|daily|midnight|hourly)$"));
    static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*/,?-]+$"));
    if (macro.match(schedule).hasMatch())
        return true;
    const QStringList fields = schedule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.size() == 5 && std::all_of(fields.begin(), fields.end(), [](const QString &f) { return field.match(f).hasMatch(); });
}

} // namespace

bool hasFixedTag(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return true; // pinned by digest
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash)
        return false;
    const QString tag = image.mid(colon + 1);
    return !tag.isEmpty() && tag != QLatin1String("latest");
}

QString envName(const QString &text)
{
    QString out;
    for (QChar ch : Design::slugify(text))
        out += ch.isLetterOrNumber() ? ch.toUpper() : QLatin1Char('_');
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('C'));
    return out;
}

const Workload *Plan::workload(const QString &componentId) const
{
    const auto it = index.constFind(componentId);
    return it == index.constEnd() ? nullptr : &workloads[*it];
}

Workload *Plan::workload(const QString &componentId)
{
    const auto it = index.constFind(componentId);
    return it == index.constEnd() ? nullptr : &workloads[*it];
}

Plan makePlan(const Design &design, const Catalog &catalog, const PlanOptions &options)
{
    Plan plan;
    plan.ns = dns1035Label(design.name, 63, QStringLiteral("stackdraft"));
    plan.partOf = plan.ns;
    plan.ingressNamespace = options.ingressNamespace;
    auto warn = [&plan](const QString &message) {
        plan.messages.push_back({Diagnostic::Severity::Warning, {}, 0, 0, message});
    };

    for (const Component &c : design.components()) {
        if (c.kind == kinds::dns && plan.domain.isEmpty())
            plan.domain = c.properties.value(keys::domain).toString().trimmed().toLower();
    }

    NameAllocator names;
    names.reserve(QStringLiteral("default-deny-all"));
    names.reserve(QStringLiteral("allow-dns"));
    QStringList errors;
    const PropertyAccess props(catalog);

    // 1. Which components run in the cluster, and as what.
    for (const Component &c : design.components()) {
        const KindSpec *kind = catalog.kind(c.kind);
        if (!kind)
            continue; // the loader refuses unknown kinds; nothing to map
        Workload w;
        w.component = &c;
        w.kind = c.kind;
        const QString label = QStringLiteral("%1 (%2)").arg(c.name, c.id);
        const Runtime runtime = runtimeOf(catalog, c);
        if (kind->hasRole(roles::containerWorkload)) {
            if (runtime == Runtime::VirtualMachines) {
                warn(QCoreApplication::translate("KubernetesExport", "%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it")
                         .arg(label));
                continue;
            }
            w.image = props.stringValue(c, keys::image).trimmed();
            if (w.image.isEmpty()) {
                w.image = QStringLiteral("registry.example.com/%1/%2:0.1.0").arg(plan.partOf, dns1035Label(c.id, 63));
                warn(QCoreApplication::translate("KubernetesExport", "%1 has no container image; the export uses the placeholder %2").arg(label, w.image));
            } else if (!hasFixedTag(w.image)) {
                errors.append(QCoreApplication::translate("KubernetesExport", "%1: the image '%2' has no fixed tag (or uses latest); give it a version such as %3:1.0.0")
                                  .arg(label, w.image, w.image.section(QLatin1Char(':'), 0, 0)));
                continue;
            }
            w.cpuRequest = props.intValue(c, keys::cpuRequest, 250);
            w.cpuLimit = props.intValue(c, keys::cpuLimit, 1000);
            w.memoryRequest = props.intValue(c, keys::memoryRequest, 256);
            w.memoryLimit = props.intValue(c, keys::memoryLimit, 512);
            if (kind->hasRole(roles::scheduled)) {
                w.type = WorkloadType::CronJob;
                w.schedule = props.stringValue(c, keys::schedule).simplified();
                if (!validCron(w.schedule)) {
                    errors.append(QCoreApplication::translate("KubernetesExport", "%1: the schedule '%2' is not a cron expression with five fields (minute hour day month weekday)")
                                      .arg(label, w.schedule));
                    continue;
                }
            } else {
                w.port = props.intValue(c, keys::port, 8080);
                const ReplicaCount count = replicaCountOf(props, c);
                w.replicas = count.replicas;
                w.autoscaling = count.autoscaling;
                w.minReplicas = count.minReplicas;
                w.maxReplicas = count.maxReplicas;
                w.cpuTarget = props.intValue(c, keys::cpuTarget, 70);
                if (props.boolValue(c, keys::stateful) && !props.boolValue(c, keys::sharedState)) {
                    w.type = WorkloadType::StatefulSet;
                    w.dataPath = QStringLiteral("/var/lib/app");
                    w.storageGb = 10;
                }
            }
        } else if (runtime == Runtime::Kubernetes) {
            const QString engine = engineOf(props, *kind, c);
            const std::optional<EngineImage> e = findEngine(catalog, c.kind, engine);
            if (!e) {
                warn(QCoreApplication::translate("KubernetesExport", "%1 is to run in the cluster, but there is no container image for engine '%2'; it is treated as outside the cluster")
                         .arg(label, engine));
                continue;
            }
            w.dataStore = true;
            w.type = WorkloadType::StatefulSet;
            QString image = e->image;
            if (image.contains(QLatin1String("%1"))) {
                QString version = props.stringValue(c, keys::engineVersion).trimmed();
                if (version.isEmpty() || version == QLatin1String("latest"))
                    version = e->defaultVersion;
                image = image.arg(version);
            }
            w.image = image;
            w.port = e->port;
            w.dataPath = e->dataPath;
            w.storageGb = w.dataPath.isEmpty() ? 0 : props.intValue(c, keys::storageGb, 10);
            w.runAsUser = e->uid;
            w.writableDirs = e->writable;
            w.liveness = e->liveness;
            w.readiness = e->readiness;
            w.replicas = replicaCountOf(props, c).replicas;
            const QVariantMap sizes = catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("sizes")).toMap();
            const QVariantMap cpu = sizes.value(props.stringValue(c, keys::instanceSize), sizes.value(QStringLiteral("medium"))).toMap();
            w.cpuRequest = cpu.value(QStringLiteral("cpuRequest")).toInt();
            w.cpuLimit = cpu.value(QStringLiteral("cpuLimit")).toInt();
            w.memoryRequest = w.cpuRequest * 4096 / 1000; // 4 GiB per core, like general-purpose instances
            w.memoryLimit = w.memoryRequest;
            if (!e->secretVariable.isEmpty())
                w.secrets.push_back({e->secretVariable, QString(), QStringLiteral("password")});
            if (c.kind == kinds::relationalDatabase && engine == QLatin1String("postgresql"))
                w.settings.emplace_back(QStringLiteral("PGDATA"), w.dataPath + QStringLiteral("/pgdata"));
            if (w.replicas > 1)
                warn(QCoreApplication::translate("KubernetesExport", "%1 runs %2 pods in the cluster; the manifests start independent instances, so set up replication (for example with an operator)")
                         .arg(label)
                         .arg(w.replicas));
        } else {
            continue; // edge, traffic, third-party, managed services: outside the cluster
        }
        w.name = names.allocate(c.id);
        if (w.secrets.size() == 1)
            w.secrets.front().secretName = w.name + QStringLiteral("-credentials");

        // Values the cluster would refuse are corrected, and the user is told.
        if (w.cpuRequest > w.cpuLimit) {
            warn(QCoreApplication::translate("KubernetesExport", "%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request")
                     .arg(label).arg(w.cpuRequest).arg(w.cpuLimit));
            w.cpuLimit = w.cpuRequest;
        }
        if (w.memoryRequest > w.memoryLimit) {
            warn(QCoreApplication::translate("KubernetesExport", "%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request")
                     .arg(label).arg(w.memoryRequest).arg(w.memoryLimit));
            w.memoryLimit = w.memoryRequest;
        }
        if (w.autoscaling) {
            // replicaCountOf() has corrected the bounds already; say what was drawn.
            if (props.intValue(c, keys::minReplicas, 2) < 1)
                warn(QCoreApplication::translate("KubernetesExport", "%1: autoscaling needs at least one replica; minimum replicas set to 1").arg(label));
            if (const int drawnMax = props.intValue(c, keys::maxReplicas, 10); drawnMax < w.minReplicas)
                warn(QCoreApplication::translate("KubernetesExport", "%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum")
                         .arg(label).arg(drawnMax).arg(w.minReplicas));
            if (w.cpuTarget < 1) {
                warn(QCoreApplication::translate("KubernetesExport", "%1: a CPU target of 0 % cannot scale; 70 % is used").arg(label));
                w.cpuTarget = 70;
            }
        }
        plan.workloads.push_back(std::move(w));
    }
    if (!errors.isEmpty()) {
        plan.error = errors.join(QLatin1String("; "));
        return plan;
    }

    // 2. Connections: who may talk to whom. A queue or stream "delivering" to a
    // service is really the service connecting to the broker, so it is turned around.
    for (size_t i = 0; i < plan.workloads.size(); ++i)
        plan.index.insert(plan.workloads[i].component->id, i);
    auto find = [&plan](const QString &id) { return plan.workload(id); };
    auto isQueue = [&catalog, &design](const QString &id) {
        const Component *c = design.component(id);
        const KindSpec *k = c ? catalog.kind(c->kind) : nullptr;
        return k && k->hasRole(roles::queue);
    };
    auto isEdge = [&catalog, &design](const QString &id) {
        const Component *c = design.component(id);
        const KindSpec *k = c ? catalog.kind(c->kind) : nullptr;
        return k && (k->hasRole(roles::edge) || k->hasRole(roles::entry));
    };
    auto addPeer = [](std::vector<Peer> &list, const Peer &peer) {
        for (const Peer &p : list)
            if (p.componentId == peer.componentId && p.port == peer.port)
                return;
        list.push_back(peer);
    };
    for (const Connection &conn : design.connections()) {
        QString clientId = conn.from, serverId = conn.to;
        if (isQueue(conn.from) && !isQueue(conn.to))
            std::swap(clientId, serverId);
        Workload *client = find(clientId);
        Workload *server = find(serverId);
        const Component *clientC = design.component(clientId);
        const Component *serverC = design.component(serverId);
        if (!clientC || !serverC || (!client && !server))
            continue; // both ends outside the cluster
        if (server && server->type == WorkloadType::CronJob) {
            warn(QCoreApplication::translate("KubernetesExport", "connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3")
                     .arg(conn.id, serverC->name, clientC->name));
            continue;
        }
        Peer serverPeer{serverC->id, serverC->name, serverC->kind, server ? server->name : QString(), 0, false, conn.protocol};
        if (server) {
            serverPeer.port = server->port;
            if (conn.port != 0 && conn.port != server->port)
                warn(QCoreApplication::translate("KubernetesExport", "connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4")
                         .arg(conn.id).arg(conn.port).arg(serverC->name).arg(server->port));
        } else {
            serverPeer.port = conn.port != 0 ? conn.port : defaultPort(conn.protocol);
            serverPeer.udpToo = conn.protocol.compare(QLatin1String("dns"), Qt::CaseInsensitive) == 0;
            if (serverPeer.port == 0) {
                warn(QCoreApplication::translate("KubernetesExport", "connection %1 has no port and '%2' has no usual one; the egress rule uses 443")
                         .arg(conn.id, conn.protocol));
                serverPeer.port = 443;
            }
        }
        if (client) {
            addPeer(client->callees, serverPeer);
            if (server)
                addPeer(server->callers, {clientC->id, clientC->name, clientC->kind, client->name, server->port, false, conn.protocol});
        } else if (isEdge(clientId)) {
            server->exposed = true;
        } else {
            warn(QCoreApplication::translate("KubernetesExport", "connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)")
                     .arg(conn.id, clientC->name, serverC->name));
        }
    }

    // 3. Per-workload details that depend on the connections.
    int exposedCount = 0;
    for (const Workload &w : plan.workloads)
        exposedCount += (w.exposed || props.boolValue(*w.component, keys::entryPoint)) ? 1 : 0;
    if (exposedCount > 0 && plan.domain.isEmpty()) {
        plan.domain = QStringLiteral("example.com");
        warn(QCoreApplication::translate("KubernetesExport", "no DNS component with a domain; the Ingress hosts use example.com"));
    }
    for (Workload &w : plan.workloads) {
        if (w.type != WorkloadType::CronJob && props.boolValue(*w.component, keys::entryPoint))
            w.exposed = true;
        if (w.exposed)
            w.host = exposedCount == 1 ? plan.domain : w.name + QLatin1Char('.') + plan.domain;
        if (!w.dataStore && w.type != WorkloadType::CronJob) {
            // A service all of whose callers speak gRPC gets gRPC probes; otherwise HTTP.
            const bool grpc = !w.callers.empty() && std::all_of(w.callers.begin(), w.callers.end(), [](const Peer &p) {
                return p.protocol.compare(QLatin1String("grpc"), Qt::CaseInsensitive) == 0;
            });
            if (grpc) {
                w.portName = QStringLiteral("grpc");
                w.liveness = {Probe::Type::Grpc, QStringLiteral("liveness"), {}};
                w.readiness = {Probe::Type::Grpc, QStringLiteral("readiness"), {}};
            } else {
                w.portName = QStringLiteral("http");
                w.liveness = {Probe::Type::Http, props.stringValue(*w.component, keys::healthPath), {}};
                w.readiness = {Probe::Type::Http, props.stringValue(*w.component, keys::readinessPath), {}};
                if (w.liveness.path == w.readiness.path)
                    warn(QCoreApplication::translate("KubernetesExport", "%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted")
                             .arg(w.component->name, w.liveness.path));
            }
            w.settings.emplace_back(QStringLiteral("PORT"), QString::number(w.port));
            w.settingComments.append(QString());
            w.secrets.push_back({QString(), w.name + QStringLiteral("-secrets"), QString()});
        } else if (w.dataStore) {
            const bool http = w.liveness.type == Probe::Type::Http || w.readiness.type == Probe::Type::Http;
            w.portName = http ? QStringLiteral("http") : QStringLiteral("tcp");
            while (w.settingComments.size() < qsizetype(w.settings.size()))
                w.settingComments.append(QString());
        } else {
            w.secrets.push_back({QString(), w.name + QStringLiteral("-secrets"), QString()});
        }
        if (!w.dataStore) {
            w.settings.emplace_back(QStringLiteral("LOG_LEVEL"), QStringLiteral("info"));
            w.settingComments.append(QString());
            QSet<QString> used;
            for (const Peer &p : w.callees) {
                QString key = envName(p.componentId) + QStringLiteral("_ADDRESS");
                for (int n = 2; used.contains(key); ++n)
                    key = envName(p.componentId) + QStringLiteral("_%1_ADDRESS").arg(n);
                used.insert(key);
                if (p.inCluster()) {
                    w.settings.emplace_back(key, QStringLiteral("%1.%2.svc.cluster.local:%3").arg(p.workload, plan.ns).arg(p.port));
                    w.settingComments.append(QString());
                } else {
                    w.settings.emplace_back(key, QString());
                    w.settingComments.append(fileText("%1 (%2) runs outside the cluster: set its address (port %3)")
                                                 .arg(p.componentName, p.kind)
                                                 .arg(p.port));
                }
            }
        }
    }
    return plan;
}

} // namespace sd::k8s
