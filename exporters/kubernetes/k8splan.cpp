// SPDX-License-Identifier: MIT
#include "k8splan.h"

#include "catalog.h"
#include "exporter.h"
#include "k8snames.h"
#include "k8swiring.h"
#include "k8sengines.h"
#include "placement.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sd::k8s {

namespace {

/// What it takes to run a data store engine in the cluster from its official image.
struct EngineImage {
    const char *kind;
    const char *engine;
    const char *image;    ///< "%1" is replaced by engineVersion when the kind has one
    int port;
    const char *dataPath; ///< "" = keeps nothing on disk
    int uid;              ///< the user the official image expects
    const char *writable; ///< extra writable folders, ';'-separated
    Probe::Type liveness;
    const char *livenessArg;
    Probe::Type readiness;
    const char *readinessArg; ///< HTTP path, or exec command with '|' between arguments
    const char *secretVariable; ///< password variable the image reads, "" = none
};

// Pinned to tags that exist upstream; engineVersion is used where the tag follows it.
constexpr EngineImage kEngines[] = {
    {"relational-database", "postgresql", "postgres:%1", 5432, "/var/lib/postgresql/data", 999, "/var/run/postgresql",
     Probe::Type::Tcp, "", Probe::Type::Exec, "pg_isready|-h|127.0.0.1|-p|5432", "POSTGRES_PASSWORD"},
    {"relational-database", "mysql", "mysql:8.4", 3306, "/var/lib/mysql", 999, "/var/run/mysqld",
     Probe::Type::Tcp, "", Probe::Type::Exec, "mysqladmin|ping|-h|127.0.0.1", "MYSQL_ROOT_PASSWORD"},
    {"document-database", "mongodb", "mongo:7.0", 27017, "/data/db", 999, "",
     Probe::Type::Tcp, "", Probe::Type::Exec, "mongosh|--quiet|--eval|db.adminCommand('ping')", "MONGO_INITDB_ROOT_PASSWORD"},
    {"cache", "redis", "redis:7.2", 6379, "/data", 999, "",
     Probe::Type::Tcp, "", Probe::Type::Exec, "redis-cli|ping", ""},
    {"cache", "memcached", "memcached:1.6", 11211, "", 11211, "",
     Probe::Type::Tcp, "", Probe::Type::Exec,
     "bash|-c|exec 3<>/dev/tcp/127.0.0.1/11211 && printf 'version\\r\\n' >&3 && read -t 2 line <&3 && [[ $line == VERSION* ]]", ""},
    {"search", "opensearch", "opensearchproject/opensearch:2.17.1", 9200, "/usr/share/opensearch/data", 1000,
     "/usr/share/opensearch/logs", Probe::Type::Tcp, "", Probe::Type::Exec, "curl|-sk|-o|/dev/null|https://127.0.0.1:9200",
     "OPENSEARCH_INITIAL_ADMIN_PASSWORD"},
    {"search", "elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch:8.15.3", 9200,
     "/usr/share/elasticsearch/data", 1000, "/usr/share/elasticsearch/logs", Probe::Type::Tcp, "", Probe::Type::Exec,
     "curl|-sk|-o|/dev/null|https://127.0.0.1:9200", "ELASTIC_PASSWORD"},
    {"event-stream", "kafka", "apache/kafka:3.8.0", 9092, "/var/lib/kafka/data", 1000, "/opt/kafka/logs",
     Probe::Type::Tcp, "", Probe::Type::Exec, "/opt/kafka/bin/kafka-broker-api-versions.sh|--bootstrap-server|127.0.0.1:9092", ""},
    {"metrics", "prometheus", "prom/prometheus:v2.54.1", 9090, "/prometheus", 65534, "",
     Probe::Type::Http, "/-/healthy", Probe::Type::Http, "/-/ready", ""},
    {"dashboards", "grafana", "grafana/grafana:11.2.2", 3000, "/var/lib/grafana", 472, "",
     Probe::Type::Tcp, "", Probe::Type::Http, "/api/health", "GF_SECURITY_ADMIN_PASSWORD"},
    {"logging", "loki", "grafana/loki:3.2.0", 3100, "/loki", 10001, "",
     Probe::Type::Tcp, "", Probe::Type::Http, "/ready", ""},
};

/// Default engine of kinds whose catalog entry has no engine property.
QString engineOf(const Catalog &catalog, const KindSpec &kind, const Component &c)
{
    const QVariant engine = catalog.value(kind, c.properties, QStringLiteral("engine"));
    if (engine.isValid())
        return engine.toString();
    if (kind.id == QLatin1String("dashboards"))
        return QStringLiteral("grafana");
    if (kind.id == QLatin1String("logging"))
        return QStringLiteral("loki");
    return {};
}

const EngineImage *findEngine(const QString &kind, const QString &engine)
{
    for (const EngineImage &e : kEngines)
        if (kind == QLatin1String(e.kind) && engine == QLatin1String(e.engine))
            return &e;
    return nullptr;
}

int intValue(const Catalog &catalog, const KindSpec &kind, const Component &c, const char *key, int fallback)
{
    const QVariant v = catalog.value(kind, c.properties, QLatin1String(key));
    bool ok = false;
    const int n = v.toInt(&ok);
    return v.isValid() && ok ? n : fallback;
}

QString stringValue(const Catalog &catalog, const KindSpec &kind, const Component &c, const char *key)
{
    return catalog.value(kind, c.properties, QLatin1String(key)).toString();
}

bool boolValue(const Catalog &catalog, const KindSpec &kind, const Component &c, const char *key)
{
    return catalog.value(kind, c.properties, QLatin1String(key)).toBool();
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

void warn(Plan &plan, const char *source, const QStringList &args)
{
    QString message = QCoreApplication::translate("KubernetesExport", source);
    QString english = QString::fromUtf8(source);
    for (const QString &arg : args) {
        message = message.arg(arg);
        english = english.arg(arg);
    }
    plan.messages.push_back({Diagnostic::Severity::Warning, {}, 0, 0, message});
    plan.readmeWarnings.append(english);
}

QString Plan::value(const QString &key, const QString &description)
{
    if (!valueKeys.contains(key)) {
        valueKeys.insert(key);
        values.push_back({key, description});
    }
    return marker(key);
}

bool Workload::hasGrpcCallers() const
{
    return std::any_of(callers.begin(), callers.end(), [](const Peer &p) { return p.grpc(); });
}

bool Workload::hasPlainCallers() const
{
    return std::any_of(callers.begin(), callers.end(), [](const Peer &p) { return !p.grpc(); });
}

QStringList workloadProviders(const Design &design, const Catalog &catalog)
{
    QStringList providers;
    for (const Component &c : design.components()) {
        const KindSpec *kind = catalog.kind(c.kind);
        if (!kind)
            continue;
        const bool container = kind->hasRole(QStringLiteral("container-workload"));
        const bool hosted = kind->property(QStringLiteral("hosting"))
                            && catalog.value(*kind, c.properties, QStringLiteral("hosting")).toString() == QLatin1String("kubernetes");
        if (!container && !hosted)
            continue;
        const QString provider = cloudId(cloudFromProvider(placementOf(design, catalog, c.id).provider));
        if (!providers.contains(provider))
            providers.append(provider);
    }
    providers.sort();
    return providers;
}

Plan makePlan(const Design &design, const Catalog &catalog, const PlanOptions &options)
{
    Plan plan;
    plan.ns = dns1035Label(design.name, 63, QStringLiteral("stackdraft"));
    plan.partOf = plan.ns;
    if (options.filterProvider)
        plan.cloud = cloudFromProvider(options.provider);
    else if (!options.local) {
        const QStringList providers = workloadProviders(design, catalog);
        plan.cloud = providers.size() == 1 ? cloudFromProvider(providers.front()) : Cloud::Generic;
    }
    if (options.local)
        plan.cloud = Cloud::Generic;
    const QString cloud = cloudId(plan.cloud);
    // Where a component runs, as this plan sees it: in the plan's cloud or elsewhere.
    auto inThisCloud = [&](const QString &id) {
        return cloudId(cloudFromProvider(placementOf(design, catalog, id).provider)) == cloud;
    };

    for (const Component &c : design.components()) {
        if (c.kind == QLatin1String("dns") && plan.domain.isEmpty())
            plan.domain = c.properties.value(QStringLiteral("domain")).toString().trimmed().toLower();
    }

    QStringList containerService; // drawn on the provider's container service: this export is the alternative
    NameAllocator names;
    names.reserve(QStringLiteral("default-deny-all"));
    names.reserve(QStringLiteral("allow-dns"));
    QStringList errors;

    // 1. Which components run in the cluster, and as what.
    for (const Component &c : design.components()) {
        const KindSpec *kind = catalog.kind(c.kind);
        if (!kind)
            continue; // the loader refuses unknown kinds; nothing to map
        if (options.filterProvider && !inThisCloud(c.id))
            continue; // runs in another cloud's cluster: outside this one
        Workload w;
        w.component = &c;
        w.kind = c.kind;
        const QString label = QStringLiteral("%1 (%2)").arg(c.name, c.id);
        if (kind->hasRole(QStringLiteral("container-workload"))) {
            const QString platform = stringValue(catalog, *kind, c, "platform");
            if (platform == QLatin1String("vm")) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it"),
                     {label});
                continue;
            }
            if (platform == QLatin1String("container-service"))
                containerService.append(label);
            w.image = stringValue(catalog, *kind, c, "image").trimmed();
            if (w.image.isEmpty()) {
                w.image = QStringLiteral("registry.example.com/%1/%2:0.1.0").arg(plan.partOf, dns1035Label(c.id, 63));
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 has no container image; the export uses the placeholder %2"), {label, w.image});
            } else if (!hasFixedTag(w.image)) {
                errors.append(QCoreApplication::translate("KubernetesExport", "%1: the image '%2' has no fixed tag (or uses latest); give it a version such as %3:1.0.0")
                                  .arg(label, w.image, w.image.section(QLatin1Char(':'), 0, 0)));
                continue;
            }
            w.cpuRequest = intValue(catalog, *kind, c, "cpuRequest", 250);
            w.cpuLimit = intValue(catalog, *kind, c, "cpuLimit", 1000);
            w.memoryRequest = intValue(catalog, *kind, c, "memoryRequest", 256);
            w.memoryLimit = intValue(catalog, *kind, c, "memoryLimit", 512);
            if (kind->hasRole(QStringLiteral("scheduled"))) {
                w.type = WorkloadType::CronJob;
                w.schedule = stringValue(catalog, *kind, c, "schedule").simplified();
                if (!validCron(w.schedule)) {
                    errors.append(QCoreApplication::translate("KubernetesExport", "%1: the schedule '%2' is not a cron expression with five fields (minute hour day month weekday)")
                                      .arg(label, w.schedule));
                    continue;
                }
            } else {
                w.port = intValue(catalog, *kind, c, "port", 8080);
                w.replicas = intValue(catalog, *kind, c, "replicas", 1);
                w.autoscaling = boolValue(catalog, *kind, c, "autoscaling");
                w.minReplicas = intValue(catalog, *kind, c, "minReplicas", 2);
                w.maxReplicas = intValue(catalog, *kind, c, "maxReplicas", 10);
                w.cpuTarget = intValue(catalog, *kind, c, "cpuTarget", 70);
                if (boolValue(catalog, *kind, c, "stateful") && !boolValue(catalog, *kind, c, "sharedState")) {
                    w.type = WorkloadType::StatefulSet;
                    w.dataPath = QStringLiteral("/var/lib/app");
                    w.storageGb = 10;
                }
            }
        } else if (kind->property(QStringLiteral("hosting"))
                   && stringValue(catalog, *kind, c, "hosting") == QLatin1String("kubernetes")) {
            const QString engine = engineOf(catalog, *kind, c);
            const EngineImage *e = findEngine(c.kind, engine);
            if (!e) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 is to run in the cluster, but there is no container image for engine '%2'; it is treated as outside the cluster"),
                     {label, engine});
                continue;
            }
            w.dataStore = true;
            w.type = WorkloadType::StatefulSet;
            QString image = QLatin1String(e->image);
            if (image.contains(QLatin1String("%1"))) {
                QString version = stringValue(catalog, *kind, c, "engineVersion").trimmed();
                if (version.isEmpty() || version == QLatin1String("latest"))
                    version = QStringLiteral("16");
                image = image.arg(version);
            }
            w.image = image;
            w.port = e->port;
            w.dataPath = QLatin1String(e->dataPath);
            w.storageGb = w.dataPath.isEmpty() ? 0 : intValue(catalog, *kind, c, "storageGb", 10);
            w.runAsUser = e->uid;
            if (*e->writable)
                w.writableDirs = QString::fromLatin1(e->writable).split(QLatin1Char(';'));
            w.liveness = {e->liveness, e->liveness == Probe::Type::Http ? QLatin1String(e->livenessArg) : QString(), {}};
            w.readiness = {e->readiness, {}, {}};
            if (e->readiness == Probe::Type::Http)
                w.readiness.path = QLatin1String(e->readinessArg);
            else if (e->readiness == Probe::Type::Exec)
                w.readiness.command = QString::fromLatin1(e->readinessArg).split(QLatin1Char('|'));
            w.replicas = intValue(catalog, *kind, c, "replicas", 1);
            static const QHash<QString, std::pair<int, int>> cpuBySize = {
                {QStringLiteral("small"), {250, 1000}},   {QStringLiteral("medium"), {500, 2000}},
                {QStringLiteral("large"), {1000, 4000}},  {QStringLiteral("xlarge"), {2000, 8000}},
                {QStringLiteral("2xlarge"), {4000, 16000}},
            };
            const auto cpu = cpuBySize.value(stringValue(catalog, *kind, c, "instanceSize"), {500, 2000});
            w.cpuRequest = cpu.first;
            w.cpuLimit = cpu.second;
            w.memoryRequest = cpu.first * 4096 / 1000; // 4 GiB per core, like general-purpose instances
            w.memoryLimit = w.memoryRequest;
            if (*e->secretVariable)
                w.secrets.push_back({QLatin1String(e->secretVariable), QString(), QStringLiteral("password")});
            if (c.kind == QLatin1String("relational-database") && engine == QLatin1String("postgresql"))
                w.settings.emplace_back(QStringLiteral("PGDATA"), w.dataPath + QStringLiteral("/pgdata"));
        } else {
            continue; // edge, traffic, third-party, managed services: outside the cluster
        }
        w.name = names.allocate(c.id);
        if (w.secrets.size() == 1)
            w.secrets.front().secretName = w.name + QStringLiteral("-credentials");
        if (w.dataStore)
            shapeDataStore(plan, w, engineOf(catalog, *kind, c), catalog, *kind);

        // Values the cluster would refuse are corrected, and the user is told.
        if (w.cpuRequest > w.cpuLimit) {
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: the CPU request (%2m) exceeds the limit (%3m); the limit is raised to the request"),
                 {label, QString::number(w.cpuRequest), QString::number(w.cpuLimit)});
            w.cpuLimit = w.cpuRequest;
        }
        if (w.memoryRequest > w.memoryLimit) {
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: the memory request (%2 MiB) exceeds the limit (%3 MiB); the limit is raised to the request"),
                 {label, QString::number(w.memoryRequest), QString::number(w.memoryLimit)});
            w.memoryLimit = w.memoryRequest;
        }
        if (w.autoscaling) {
            if (w.minReplicas < 1) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: autoscaling needs at least one replica; minimum replicas set to 1"), {label});
                w.minReplicas = 1;
            }
            if (w.maxReplicas < w.minReplicas) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum"),
                     {label, QString::number(w.maxReplicas), QString::number(w.minReplicas)});
                w.maxReplicas = w.minReplicas;
            }
            if (w.cpuTarget < 1) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: a CPU target of 0 % cannot scale; 70 % is used"), {label});
                w.cpuTarget = 70;
            }
        }
        if (w.replicas < 1)
            w.replicas = 1;
        plan.workloads.push_back(std::move(w));
    }
    if (!errors.isEmpty()) {
        plan.error = errors.join(QLatin1String("; "));
        return plan;
    }
    if (!containerService.isEmpty() && !options.local)
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 run on the provider's container service in the design (platform: container-service), where the Terraform export puts them; these manifests run them on Kubernetes instead, and their cloud values exist only once the design places them in a cluster (platform: kubernetes)"),
             {containerService.join(QStringLiteral(", "))});

    // 2. Connections: who may talk to whom. A queue or stream "delivering" to a
    // service is really the service connecting to the broker, so it is turned around.
    for (size_t i = 0; i < plan.workloads.size(); ++i)
        plan.index.insert(plan.workloads[i].component->id, i);
    auto find = [&plan](const QString &id) { return plan.workload(id); };
    auto kindOf = [&catalog, &design](const QString &id) -> const KindSpec * {
        const Component *c = design.component(id);
        return c ? catalog.kind(c->kind) : nullptr;
    };
    auto isQueue = [&kindOf](const QString &id) {
        const KindSpec *k = kindOf(id);
        return k && k->hasRole(QStringLiteral("queue"));
    };
    auto isEdge = [&kindOf](const QString &id) {
        const KindSpec *k = kindOf(id);
        return k && (k->hasRole(QStringLiteral("edge")) || k->hasRole(QStringLiteral("entry")));
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
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "connection %1: %2 is a scheduled job and serves nothing, so no rule admits %3"),
                 {conn.id, serverC->name, clientC->name});
            continue;
        }
        Peer serverPeer;
        serverPeer.componentId = serverC->id;
        serverPeer.componentName = serverC->name;
        serverPeer.kind = serverC->kind;
        serverPeer.workload = server ? server->name : QString();
        serverPeer.protocol = conn.protocol;
        serverPeer.connectionId = conn.id;
        if (server) {
            serverPeer.port = server->port;
            if (client && conn.port != 0 && conn.port != server->port)
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "connection %1 is drawn to port %2, but %3 listens on %4; the rules use %4"),
                     {conn.id, QString::number(conn.port), serverC->name, QString::number(server->port)});
        } else {
            const KindSpec *k = kindOf(serverId);
            // Self-hosted (hosting: vm, or kubernetes in another cluster) is no managed service.
            const bool selfHosted = k && k->property(QStringLiteral("hosting"))
                                    && catalog.value(*k, serverC->properties, QStringLiteral("hosting")).toString() != QLatin1String("managed");
            const bool thirdParty = k && (k->hasRole(QStringLiteral("third-party")) || k->hasRole(QStringLiteral("entry")));
            const QString engine = k ? engineOf(catalog, *k, *serverC) : QString();
            const Endpoint e = endpointOf(plan.cloud, inThisCloud(serverId), serverC->kind, engine, conn.port, conn.protocol,
                                          thirdParty, !selfHosted);
            serverPeer.port = e.port;
            serverPeer.reach = e.reach;
            serverPeer.service = e.service;
            serverPeer.udpToo = conn.protocol.compare(QLatin1String("dns"), Qt::CaseInsensitive) == 0;
            if (conn.port != 0 && conn.port != e.port)
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "connection %1 is drawn to port %2, but %3 (%4) listens on %5; the rules use %5"),
                     {conn.id, QString::number(conn.port), serverC->name, e.service, QString::number(e.port)});
            if (client && plan.cloud != Cloud::Generic) {
                const QString stem = envName(serverC->id);
                if (e.reach == Reach::PrivateNetwork)
                    serverPeer.cidrKey = stem + QStringLiteral("_CIDR");
                if (e.cloudResource) {
                    serverPeer.addressKey = stem + QStringLiteral("_ADDRESS");
                    client->cloudIdentity = true;
                }
            }
        }
        if (client) {
            addPeer(client->callees, serverPeer);
            if (server) {
                Peer callerPeer;
                callerPeer.componentId = clientC->id;
                callerPeer.componentName = clientC->name;
                callerPeer.kind = clientC->kind;
                callerPeer.workload = client->name;
                callerPeer.port = server->port;
                callerPeer.protocol = conn.protocol;
                callerPeer.connectionId = conn.id;
                addPeer(server->callers, callerPeer);
            }
        } else if (isEdge(clientId)) {
            server->edgeCalls.push_back({conn.id, clientId, conn.protocol});
        } else {
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "connection %1: %2 calls %3 from outside the cluster; no rule admits it (route it through the load balancer)"),
                 {conn.id, clientC->name, serverC->name});
        }
    }

    // 3. Per-workload details that depend on the connections.
    int exposedCount = 0;
    for (Workload &w : plan.workloads) {
        if (w.type != WorkloadType::CronJob && boolValue(catalog, *catalog.kind(w.kind), *w.component, "public"))
            w.exposed = true;
        w.exposed = w.exposed || (!w.edgeCalls.empty() && w.type != WorkloadType::CronJob);
        exposedCount += w.exposed ? 1 : 0;
    }
    if (exposedCount > 0 && plan.domain.isEmpty()) {
        plan.domain = QStringLiteral("example.com");
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "no DNS component with a domain; the Gateway hostnames use example.com"));
    }
    for (Workload &w : plan.workloads) {
        const KindSpec &kind = *catalog.kind(w.kind);
        if (w.exposed)
            w.host = exposedCount == 1 ? plan.domain : w.name + QLatin1Char('.') + plan.domain;
        if (!w.dataStore && w.type != WorkloadType::CronJob) {
            // A service all of whose callers speak gRPC gets gRPC probes; otherwise HTTP.
            std::vector<QString> protocols;
            for (const Peer &p : w.callers)
                protocols.push_back(p.protocol);
            for (const EdgeCall &e : w.edgeCalls)
                protocols.push_back(e.protocol);
            const bool grpc = !protocols.empty() && std::all_of(protocols.begin(), protocols.end(), [](const QString &p) {
                return p.compare(QLatin1String("grpc"), Qt::CaseInsensitive) == 0;
            });
            if (grpc) {
                w.portName = QStringLiteral("grpc");
                w.liveness = {Probe::Type::Grpc, QStringLiteral("liveness"), {}};
                w.readiness = {Probe::Type::Grpc, QStringLiteral("readiness"), {}};
            } else {
                w.portName = QStringLiteral("http");
                w.liveness = {Probe::Type::Http, stringValue(catalog, kind, *w.component, "healthPath"), {}};
                w.readiness = {Probe::Type::Http, stringValue(catalog, kind, *w.component, "readinessPath"), {}};
                if (w.liveness.path == w.readiness.path)
                    warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 uses %2 for both liveness and readiness; a busy but healthy pod will then be restarted"),
                         {w.component->name, w.liveness.path});
            }
            w.settings.emplace_back(QStringLiteral("PORT"), QString::number(w.port));
            w.settingComments.append(QString());
            if (w.hasGrpcCallers()) {
                // Clients keep one HTTP/2 connection; closing it now and then makes them resolve
                // the headless Service again and spread over the pods the autoscaler added.
                w.settings.emplace_back(QStringLiteral("GRPC_MAX_CONNECTION_AGE"), QStringLiteral("30s"));
                w.settingComments.append(fileText("close client connections after 30 s so that new pods get traffic (grpc.max_connection_age)"));
            }
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
            bool grpcClient = false;
            for (const Peer &p : w.callees) {
                QString key = envName(p.componentId) + QStringLiteral("_ADDRESS");
                for (int n = 2; used.contains(key); ++n)
                    key = envName(p.componentId) + QStringLiteral("_%1_ADDRESS").arg(n);
                used.insert(key);
                if (p.inCluster() && p.grpc()) {
                    // dns:/// with the headless Service: the client sees every pod and balances per request.
                    w.settings.emplace_back(key, QStringLiteral("dns:///%1-headless.%2.svc.cluster.local:%3").arg(p.workload, plan.ns).arg(p.port));
                    w.settingComments.append(QString());
                    grpcClient = true;
                } else if (p.inCluster()) {
                    w.settings.emplace_back(key, QStringLiteral("%1.%2.svc.cluster.local:%3").arg(p.workload, plan.ns).arg(p.port));
                    w.settingComments.append(QString());
                } else if (!p.addressKey.isEmpty()) {
                    w.settings.emplace_back(key, plan.value(p.addressKey, fileText("address of %1 (%2), %3: host:port, or the resource's name for an API (bucket, queue, log group, secret)").arg(p.componentName, p.componentId, p.service)));
                    w.settingComments.append(fileText("%1: filled from Terraform's cloud values").arg(p.service));
                } else {
                    w.settings.emplace_back(key, QString());
                    w.settingComments.append(fileText("%1 (%2) runs outside the cluster: set its address (port %3)")
                                                 .arg(p.componentName, p.kind)
                                                 .arg(p.port));
                }
            }
            if (grpcClient) {
                w.settings.emplace_back(QStringLiteral("GRPC_SERVICE_CONFIG"), QStringLiteral("{\"loadBalancingConfig\":[{\"round_robin\":{}}]}"));
                w.settingComments.append(fileText("gRPC clients balance each request over the pods behind the dns:/// addresses"));
            }
        }
    }
    planGateways(plan, design, catalog);
    planIdentities(plan);
    return plan;
}

} // namespace sd::k8s
