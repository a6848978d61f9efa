// SPDX-License-Identifier: MIT
// Issue 18, Terraform: our own Terraform exports import back to the same topology, for every bundled
// example and the exporter tests' Google Cloud and Azure designs (tests/exporters/terraform/wiring/designs).
// The export is generated in memory, written to a temporary folder and imported with the .tf front end.
//
// Components are matched by name: the export names each resource after its component (snake_case),
// and the import names the component after the resource. What is compared:
// - every component the export turns into a cloud resource comes back, with its kind;
// - every connection between two of them comes back (from -> to); the import must not invent others;
// - the replica counts of services and virtual machines (replicas, or the autoscaling range);
// - the regions and AWS availability zones of the design come back as zones, and its clusters.
// Exceptions, each because the exported files do not hold what would be compared:
// - not cloud resources: users, partner APIs and third-party services (payment, messaging, SaaS,
//   alerting, APM); logging (CloudWatch log groups and Log Analytics workspaces are plumbing of every
//   service, counted in the report), key management and secrets (KMS keys, vaults: counted);
// - what the exporter says it has no counterpart for (its "has no ... counterpart" warnings);
// - workloads in a Kubernetes cluster (the Kubernetes export runs them), and an edge component all of
//   whose calls go into a cluster (the cluster's ingress or Gateway serves it);
// - metrics on Google Cloud: Cloud Monitoring is project-wide, there is no resource for it;
// - a monolith comes back as a microservice (an ECS service or container app says nothing more), and
//   a workload on platform vm as a virtual machine (a scale set);
// - on Azure a WAF in front of a load balancer is that Application Gateway's own WAF policy, named
//   after the gateway: it comes back under the gateway's name;
// - Firestore is reached through a project-wide role (roles/datastore.user) that names no database;
// - on Google Cloud Pub/Sub serves message queues and event streams alike: both come back as queues
//   (a Kafka stream is Managed Kafka and stays a stream);
// - a load balancer or API gateway may come back with a WAF policy of its own name (Application
//   Gateway, Cloud Armor), and on Google Cloud an API gateway is an HTTPS load balancer;
// - extra resources the export adds and the import keeps, as they run: the network load balancer of a
//   REST API's VPC link (<api>_link), the regional WAF guarding the API's origin (<api>_origin_guard),
//   Pub/Sub dead-letter topics nothing in the files wires (<topic>_dead_letter), and on AKS the
//   Application Gateway for Containers that is the cluster's ingress (agc_gateway). Their
//   connections count as their owner's;
// - a WAF drawn in line (X -> waf -> Y) is attached to X or Y in the files (web_acl_id, a WAF policy):
//   the import may give X -> Y, and waf -> Y is not required;
// - a connection from a queue or stream to its consumer comes back from the consumer (it reads the
//   queue by name); connections from dashboards are data sources named by service (not references);
//   connections across clouds are variables the export leaves to the user (separate root modules).
#include "catalog.h"
#include "catalogids.h"
#include "designio.h"
#include "exporter.h"
#include "importer.h"
#include "importtesthelpers.h"
#include "propertyaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QString snake(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower().replace(other, QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('_')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s;
}

QString describe(QSet<QString> set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QStringLiteral(", "));
}

/// The design's cloud of a component or zone: "aws", "gcp", "azure" or empty.
QString cloudOf(const Design &design, QString zoneId)
{
    for (int guard = 0; guard < 64 && !zoneId.isEmpty(); ++guard) {
        const Zone *z = design.zone(zoneId);
        if (!z)
            return {};
        if (z->kind == kinds::cloud)
            return z->properties.value(QStringLiteral("provider"), QStringLiteral("aws")).toString();
        zoneId = z->parent;
    }
    return {};
}

bool inCluster(const Design &design, QString zoneId)
{
    for (int guard = 0; guard < 64 && !zoneId.isEmpty(); ++guard) {
        const Zone *z = design.zone(zoneId);
        if (!z)
            return false;
        if (z->kind == kinds::kubernetesCluster)
            return true;
        zoneId = z->parent;
    }
    return false;
}

QString replicasOf(const PropertyAccess &props, const Component &c)
{
    if (props.boolValue(c, keys::autoscaling))
        return QStringLiteral("%1..%2").arg(props.intValue(c, keys::minReplicas)).arg(props.intValue(c, keys::maxReplicas));
    return QString::number(props.intValue(c, keys::replicas));
}

/// What the export of a design should bring back.
struct Expected {
    std::map<QString, QSet<QString>> kinds; ///< snake name -> kinds allowed (the first inserted is required)
    std::map<QString, QString> mainKind;
    std::map<QString, QString> replicas;    ///< snake name -> "3" or "2..12" (autoscaling), for services and VMs
    QSet<QString> required, allowed;        ///< "from->to" by snake name
    QSet<QString> regions, optionalRegions, zones, regionsWithFewZones;
    int clusters = 0;
};

Expected expectationOf(const Design &design, const ExportResult &exported)
{
    const Catalog &catalog = Catalog::builtin();
    const PropertyAccess props(catalog);
    Expected e;
    QSet<QString> noCounterpart;
    for (const Diagnostic &d : exported.messages)
        if (d.message.contains(QLatin1String("counterpart")) && d.message.contains(QLatin1String("has no")))
            noCounterpart.insert(d.message.section(QLatin1Char(':'), 0, 0).trimmed());
    QSet<QString> clusterWorkloads;
    for (const Component &c : design.components())
        if (((c.kind == kinds::microservice || c.kind == kinds::monolith) && props.stringValue(c, keys::platform) == QLatin1String("kubernetes"))
            || inCluster(design, c.zone))
            clusterWorkloads.insert(c.id);
    static const QStringList notCloud = {kinds::users, kinds::partnerApi, kinds::paymentGateway, kinds::messagingProvider, kinds::saas,
                                         kinds::alerting, kinds::apm, kinds::logging, kinds::keyManagement, kinds::secretsManager};
    QSet<QString> ingress; // edge components whose calls go into a cluster (and nowhere the export writes)
    for (const Component &c : design.components()) {
        const KindSpec *kind = catalog.kind(c.kind);
        if (!kind || !kind->hasRole(roles::edge))
            continue;
        bool any = false, all = true;
        for (const Connection &conn : design.connections())
            if (conn.from == c.id) {
                const Component *to = design.component(conn.to);
                const bool elsewhere = to && (notCloud.contains(to->kind) || noCounterpart.contains(to->id));
                any = any || clusterWorkloads.contains(conn.to);
                all = all && (clusterWorkloads.contains(conn.to) || elsewhere);
            }
        if (any && all)
            ingress.insert(c.id);
    }
    QSet<QString> gatewayPolicies; // Azure: a WAF whose calls all go to load balancers, behind no CDN
    for (const Component &c : design.components()) {
        if (c.kind != kinds::waf || cloudOf(design, c.zone) != QLatin1String("azure"))
            continue;
        bool any = false, all = true;
        for (const Connection &conn : design.connections()) {
            if (conn.from == c.id) {
                any = true;
                all = all && design.component(conn.to) && design.component(conn.to)->kind == kinds::loadBalancer;
            }
            if (conn.to == c.id && design.component(conn.from) && design.component(conn.from)->kind == kinds::cdn)
                all = false; // Front Door's own WAF policy
        }
        if (any && all)
            gatewayPolicies.insert(c.id);
    }
    QSet<QString> present;
    for (const Component &c : design.components()) {
        const QString cloud = cloudOf(design, c.zone);
        if (cloud.isEmpty() || notCloud.contains(c.kind) || noCounterpart.contains(c.id) || clusterWorkloads.contains(c.id) || ingress.contains(c.id)
            || gatewayPolicies.contains(c.id))
            continue;
        if (cloud == QLatin1String("gcp") && c.kind == kinds::metrics)
            continue;
        QString kind = c.kind == kinds::monolith ? kinds::microservice : c.kind;
        if ((c.kind == kinds::monolith || c.kind == kinds::microservice) && props.stringValue(c, keys::platform) == QLatin1String("vm"))
            kind = kinds::virtualMachine;
        if (cloud == QLatin1String("gcp") && c.kind == kinds::eventStream && props.stringValue(c, keys::engine) != QLatin1String("kafka"))
            kind = kinds::messageQueue;
        if (cloud == QLatin1String("gcp") && c.kind == kinds::apiGateway)
            kind = kinds::loadBalancer;
        const QString name = snake(c.name);
        e.mainKind[name] = kind;
        e.kinds[name].insert(kind);
        if (c.kind == kinds::loadBalancer || c.kind == kinds::apiGateway)
            e.kinds[name].insert(kinds::waf);
        present.insert(c.id);
        if (kind == kinds::microservice || kind == kinds::virtualMachine)
            e.replicas[name] = replicasOf(props, c);
    }
    for (const Connection &conn : design.connections()) {
        if (!present.contains(conn.from) || !present.contains(conn.to))
            continue;
        const Component *from = design.component(conn.from);
        const Component *to = design.component(conn.to);
        if (from->kind == kinds::dashboards) {
            e.allowed.insert(snake(from->name) + QStringLiteral("->") + snake(to->name));
            continue;
        }
        if (cloudOf(design, from->zone) != cloudOf(design, to->zone)
            || (to->kind == kinds::documentDatabase && props.stringValue(*to, keys::engine) == QLatin1String("firestore")))
            continue;
        const KindSpec *fromKind = catalog.kind(from->kind);
        const bool consumer = fromKind && (fromKind->hasRole(roles::queue) || fromKind->hasRole(roles::stream));
        const QString edge = consumer ? snake(to->name) + QStringLiteral("->") + snake(from->name) : snake(from->name) + QStringLiteral("->") + snake(to->name);
        if (from->kind == kinds::waf) {
            e.allowed.insert(edge); // attached to what it guards: not required
            for (const Connection &in : design.connections())
                if (in.to == from->id && present.contains(in.from))
                    e.allowed.insert(snake(design.component(in.from)->name) + QStringLiteral("->") + snake(to->name));
            continue;
        }
        e.required.insert(edge);
    }
    // A call into the cluster goes to its ingress, when the export writes one (agc_gateway on AKS).
    for (const Connection &conn : design.connections())
        if (present.contains(conn.from) && !present.contains(conn.to) && (clusterWorkloads.contains(conn.to) || ingress.contains(conn.to)
                                                                            || noCounterpart.contains(conn.to)))
            e.allowed.insert(snake(design.component(conn.from)->name) + QStringLiteral("->agc_gateway"));
    e.allowed.unite(e.required);
    for (const Zone &z : design.zones()) {
        const QString cloud = cloudOf(design, z.id);
        if (z.kind == kinds::region)
            e.regions.insert(z.properties.value(QStringLiteral("region")).toString());
        if (z.kind == kinds::availabilityZone && cloud == QLatin1String("aws"))
            e.zones.insert(z.properties.value(QStringLiteral("zone")).toString());
        if (z.kind == kinds::kubernetesCluster)
            ++e.clusters;
    }
    for (const Zone &region : design.zones()) {
        if (region.kind != kinds::region)
            continue;
        int azs = 0;
        for (const Zone &z : design.zones())
            azs += z.kind == kinds::availabilityZone && z.parent == region.id;
        if (azs < 2)
            e.regionsWithFewZones.insert(region.properties.value(QStringLiteral("region")).toString());
    }
    for (const Component &c : design.components())
        if (props.boolValue(c, QStringLiteral("crossRegionReplica")))
            e.optionalRegions.insert(props.stringValue(c, QStringLiteral("replicaRegion")));
    return e;
}

/// The design component an imported one stands for: its name, or its owner's for the extras the export adds.
QString ownerName(const QString &imported, const Expected &e)
{
    if (e.kinds.count(imported))
        return imported;
    static const QRegularExpression suffix(QStringLiteral("^(.*?)(_link|_origin_guard|_dead_letter|_\\d+)$"));
    if (const auto m = suffix.match(imported); m.hasMatch())
        return m.captured(1);
    return imported;
}

} // namespace

class TestTfImportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestTfImportRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("design");
    for (const QFileInfo &f : QDir(QStringLiteral(SOURCE_DIR "/resources/examples")).entryInfoList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
    for (const QFileInfo &f : QDir(QStringLiteral(SOURCE_DIR "/tests/exporters/terraform/wiring/designs")).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
}

void TestTfImportRoundTrip::roundTrip()
{
    QFETCH(QString, design);
    const LoadResult loaded = loadDesign(design, Catalog::builtin());
    QVERIFY(loaded.ok());
    const ExportResult exported = ExporterRegistry::builtin().find(QStringLiteral("terraform"))->generate(*loaded.design, Catalog::builtin(), {});
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QTemporaryDir dir;
    QString error;
    const QString folder = dir.filePath(QStringLiteral("terraform"));
    QVERIFY2(writeExport(exported, folder, &error), qPrintable(error));
    const ImportResult imported = findImporter(QStringLiteral("terraform"))->import({folder}, Catalog::builtin());
    QVERIFY2(imported.ok(), qPrintable(test::errorsOf(imported)));
    QCOMPARE(test::checkProblems(*imported.design), QString());

    const Expected want = expectationOf(*loaded.design, exported);
    // Components: each expected one is back with its kind, and nothing comes back that the design lacks.
    std::map<QString, QSet<QString>> gotKinds;
    QHash<QString, QString> owner; // imported id -> design name
    static const QRegularExpression numbered(QStringLiteral("^(.*)_\\d+$"));
    for (const Component &c : imported.design->components()) {
        const QString name = ownerName(c.name, want);
        owner.insert(c.id, name);
        // The extras the export adds count for their owner's connections, not its kinds.
        const bool extra = name != c.name && !numbered.match(c.name).hasMatch();
        gotKinds[extra ? c.name : name].insert(c.kind);
        if (extra)
            gotKinds[name]; // the owner must come back itself
    }
    QStringList missing, wrong, extra;
    for (const auto &[name, kinds] : want.kinds) {
        if (!gotKinds.count(name))
            missing.append(name);
        else if (!gotKinds[name].contains(want.mainKind.at(name)) || !(gotKinds[name] - kinds).isEmpty())
            wrong.append(QStringLiteral("%1: %2").arg(name, describe(gotKinds[name])));
    }
    static const QRegularExpression explained(QStringLiteral("(_link|_origin_guard|_dead_letter|^agc_gateway)$"));
    for (const auto &[name, kinds] : gotKinds)
        if (!want.kinds.count(name) && !explained.match(name).hasMatch())
            extra.append(QStringLiteral("%1 (%2)").arg(name, describe(kinds)));
    QCOMPARE(missing.join(QStringLiteral(", ")), QString());
    QCOMPARE(wrong.join(QStringLiteral("; ")), QString());
    QCOMPARE(extra.join(QStringLiteral(", ")), QString());

    // Connections: every required one back, none the design does not allow.
    QSet<QString> got;
    for (const Connection &c : imported.design->connections()) {
        const QString from = owner.value(c.from), to = owner.value(c.to);
        if (from != to)
            got.insert(from + QStringLiteral("->") + to);
    }
    QCOMPARE(describe(want.required - got), QString());
    QCOMPARE(describe(got - want.allowed), QString());

    // Replica counts of services and virtual machines: replicas, or the autoscaling range.
    const PropertyAccess props(Catalog::builtin());
    QStringList replicaProblems;
    for (const Component &c : imported.design->components()) {
        const auto wanted = want.replicas.find(c.name);
        if (wanted != want.replicas.end() && replicasOf(props, c) != wanted->second)
            replicaProblems.append(QStringLiteral("%1: %2, not %3").arg(c.name, replicasOf(props, c), wanted->second));
    }
    QCOMPARE(replicaProblems.join(QStringLiteral("; ")), QString());

    // Zones: the regions, AWS availability zones and clusters.
    QSet<QString> regions, zones;
    int clusters = 0;
    for (const Zone &z : imported.design->zones()) {
        if (z.kind == kinds::region)
            regions.insert(z.properties.value(QStringLiteral("region")).toString());
        if (z.kind == kinds::availabilityZone)
            zones.insert(z.properties.value(QStringLiteral("zone")).toString());
        clusters += z.kind == kinds::kubernetesCluster;
    }
    QCOMPARE(describe(want.regions - regions), QString());
    QCOMPARE(describe(regions - want.regions - want.optionalRegions), QString());
    QCOMPARE(describe(want.zones - zones), QString());
    for (const QString &az : zones - want.zones) // a region the design gives fewer than two zones is spread over two
        QVERIFY2(std::any_of(want.regionsWithFewZones.cbegin(), want.regionsWithFewZones.cend(), [&](const QString &r) { return az.startsWith(r); }),
                 qPrintable(az));
    QCOMPARE(clusters, want.clusters);
}

QTEST_GUILESS_MAIN(TestTfImportRoundTrip)
#include "tst_tfimportroundtrip.moc"
