// SPDX-License-Identifier: MIT
#include "k8splan.h"

#include "catalog.h"
#include "exporter.h"
#include "k8snames.h"
#include "k8swiring.h"
#include "k8sengines.h"
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
    QStringList writes;     ///< every folder the image writes (the root filesystem is read-only)
    QStringList seeded;     ///< of those, the ones whose shipped files must stay (copied by an init container)
    QString dataEnv;        ///< variable naming the data folder, or
    QString dataArg;        ///< the flag naming it ("--datadir=")
    QString dataFolder;     ///< the data folder inside the volume, empty = the volume itself
    Probe liveness;
    Probe readiness;
    QString secretVariable; ///< password variable the image reads, empty = none
    bool execTmp = false;   ///< runs native code it unpacks into /tmp (JNA): /tmp must allow exec
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
        const QVariantMap dataDir = e.value(QStringLiteral("dataDir")).toMap();
        return EngineImage{e.value(QStringLiteral("image")).toString(), e.value(QStringLiteral("defaultVersion")).toString(),
                           e.value(QStringLiteral("port")).toInt(), e.value(QStringLiteral("dataPath")).toString(),
                           e.value(QStringLiteral("user")).toInt(), e.value(QStringLiteral("writes")).toStringList(),
                           e.value(QStringLiteral("seeded")).toStringList(), dataDir.value(QStringLiteral("env")).toString(),
                           dataDir.value(QStringLiteral("arg")).toString(), dataDir.value(QStringLiteral("folder")).toString(),
                           probeFrom(e.value(QStringLiteral("liveness"))), probeFrom(e.value(QStringLiteral("readiness"))),
                           e.value(QStringLiteral("passwordVariable")).toString(), e.value(QStringLiteral("execTmp")).toBool()};
    }
    return std::nullopt;
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

QString databaseUserKey(const QString &callerId, const QString &databaseId)
{
    return envName(callerId) + QLatin1Char('_') + envName(databaseId) + QStringLiteral("_USER");
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
        const bool container = kind->hasRole(roles::containerWorkload);
        if (!container && runtimeOf(catalog, c) != Runtime::Kubernetes)
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
        if (c.kind == kinds::dns && plan.domain.isEmpty())
            plan.domain = c.properties.value(keys::domain).toString().trimmed().toLower();
    }

    QStringList containerService; // drawn on the provider's container service: this export is the alternative
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
        if (options.filterProvider && !inThisCloud(c.id))
            continue; // runs in another cloud's cluster: outside this one
        Workload w;
        w.component = &c;
        w.kind = c.kind;
        const QString label = QStringLiteral("%1 (%2)").arg(c.name, c.id);
        const Runtime runtime = runtimeOf(catalog, c);
        if (kind->hasRole(roles::containerWorkload)) {
            if (runtime == Runtime::VirtualMachines) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 runs on virtual machines (platform: vm), so it is not exported; set its platform to kubernetes to include it"),
                     {label});
                continue;
            }
            if (runtime == Runtime::ContainerService)
                containerService.append(label);
            w.image = props.stringValue(c, keys::image).trimmed();
            if (w.image.isEmpty()) {
                w.image = QStringLiteral("registry.example.com/%1/%2:0.1.0").arg(plan.partOf, dns1035Label(c.id, 63));
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 has no container image; the export uses the placeholder %2"), {label, w.image});
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
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 is to run in the cluster, but there is no container image for engine '%2'; it is treated as outside the cluster"),
                     {label, engine});
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
            w.execTmp = e->execTmp;
            // The volume covers the data path; /tmp is every pod's emptyDir; the rest get their own.
            for (const QString &dir : e->writes) {
                const bool onVolume = !w.dataPath.isEmpty() && (dir == w.dataPath || dir.startsWith(w.dataPath + QLatin1Char('/')));
                if (!onVolume && dir != QLatin1String("/tmp"))
                    w.writableDirs.push_back({dir, e->seeded.contains(dir)});
            }
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
            if (!e->dataFolder.isEmpty() && !w.dataPath.isEmpty()) {
                w.dataDir = w.dataPath + QLatin1Char('/') + e->dataFolder;
                if (!e->dataEnv.isEmpty()) {
                    w.settings.emplace_back(e->dataEnv, w.dataDir);
                    w.settingComments.append(QString());
                } else if (!e->dataArg.isEmpty())
                    w.args.append(e->dataArg + w.dataDir);
            } else {
                w.dataDir = w.dataPath;
            }
        } else {
            continue; // edge, traffic, third-party, managed services: outside the cluster
        }
        w.name = names.allocate(c.id);
        if (w.secrets.size() == 1)
            w.secrets.front().secretName = w.name + QStringLiteral("-credentials");
        if (w.dataStore)
            shapeDataStore(plan, w, engineOf(props, *kind, c), catalog, *kind);

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
            // replicaCountOf() has corrected the bounds already; say what was drawn.
            if (props.intValue(c, keys::minReplicas, 2) < 1)
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: autoscaling needs at least one replica; minimum replicas set to 1"), {label});
            if (const int drawnMax = props.intValue(c, keys::maxReplicas, 10); drawnMax < w.minReplicas)
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: maximum replicas (%2) is below the minimum (%3); the maximum is raised to the minimum"),
                     {label, QString::number(drawnMax), QString::number(w.minReplicas)});
            if (w.cpuTarget < 1) {
                warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: a CPU target of 0 % cannot scale; 70 % is used"), {label});
                w.cpuTarget = 70;
            }
        }
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
        return k && k->hasRole(roles::queue);
    };
    auto isEdge = [&kindOf](const QString &id) {
        const KindSpec *k = kindOf(id);
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
            const bool selfHosted = k && props.hasProperty(*serverC, keys::hosting)
                                    && props.stringValue(*serverC, keys::hosting) != QLatin1String("managed");
            const bool thirdParty = k && (k->hasRole(roles::thirdParty) || k->hasRole(roles::entry));
            const QString engine = k ? engineOf(props, *k, *serverC) : QString();
            const Endpoint e = endpointOf(catalog, plan.cloud, inThisCloud(serverId), serverC->kind, engine, conn.port, conn.protocol,
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
        if (w.type != WorkloadType::CronJob && props.boolValue(*w.component, keys::isPublic))
            w.exposed = true;
        w.exposed = w.exposed || (!w.edgeCalls.empty() && w.type != WorkloadType::CronJob);
        exposedCount += w.exposed ? 1 : 0;
    }
    if (exposedCount > 0 && plan.domain.isEmpty()) {
        plan.domain = QStringLiteral("example.com");
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "no DNS component with a domain; the Gateway hostnames use example.com"));
    }
    for (Workload &w : plan.workloads) {
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
                w.liveness = {Probe::Type::Http, props.stringValue(*w.component, keys::healthPath), {}};
                w.readiness = {Probe::Type::Http, props.stringValue(*w.component, keys::readinessPath), {}};
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
                    if (p.kind == kinds::relationalDatabase) {
                        // The managed database takes IAM sign-in: the workload must know which database
                        // user its identity may connect as (its own, made by Terraform or named in its README).
                        const QString userKey = key.chopped(QLatin1String("ADDRESS").size()) + QStringLiteral("USER"); // <DB>[_n]_USER
                        w.settings.emplace_back(userKey, plan.value(databaseUserKey(w.component->id, p.componentId),
                                                                    fileText("database user %1 signs in to %2 (%3) as, with its cloud identity and no password")
                                                                        .arg(w.name, p.componentName, p.componentId)));
                        w.settingComments.append(fileText("%1: the database user of this workload's identity").arg(p.service));
                    }
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
