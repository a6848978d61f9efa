// SPDX-License-Identifier: MIT
// Issue 18's first test: our own exports import back to the same topology, for every bundled example
// (and the exporter tests' in-cluster designs, since no example runs a data store in the cluster).
//
// What is compared, component by component (ids: the export keeps them, as stackdraft.io/component or
// as the compose service name):
// - the components: exactly what the export runs, by the rule docs/export-kubernetes.md states:
//   microservices and monoliths on platform kubernetes or container-service, batch jobs, data stores
//   with hosting kubernetes whose engine has an image (exports/kubernetes.yaml), and, in Kubernetes
//   only, each edge component drawn directly in front of one of them (its Gateway);
// - their kinds;
// - the connections between them, from -> to;
// - replica counts: replicas, or minReplicas and maxReplicas with autoscaling.
// Exceptions, each because the exported files do not hold what would be compared:
// - a Gateway comes back as a load balancer: the manifest says "Gateway", not which edge kind it stood for;
// - compose: a monolith comes back as a microservice (no label in a compose file says otherwise), and
//   replica counts are not compared (the compose export runs one container of each on one machine);
// - Kubernetes: an in-cluster data store's replicas are not compared (the export runs one primary,
//   docs/export-kubernetes.md), nor a DaemonSet's;
// - a connection to a batch job is not exported (the export warns that a scheduled job serves nothing);
// - a call to a workload in another cluster is an address the export leaves empty for the user: it must
//   come back as an unresolved host of the caller, naming <CALLEE>_ADDRESS, not silently vanish;
// - a connection drawn from a queue or stream to its consumer comes back from the consumer to the
//   broker: that is how the export wires it (the consumer connects), so the expected edge is turned too.
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
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sd;

namespace {

QStringList roundTripDesigns()
{
    QStringList paths;
    for (const QFileInfo &f : QDir(QStringLiteral(SOURCE_DIR "/resources/examples")).entryInfoList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        paths.append(f.absoluteFilePath());
    paths.append(QStringLiteral(SOURCE_DIR "/tests/exporters/kubernetes/data/in-cluster.stackdraft.yaml"));
    paths.append(QStringLiteral(SOURCE_DIR "/tests/exporters/kubernetes/data/engines.stackdraft.yaml"));
    return paths;
}

/// The topology a user expects back, derived from the original design by the documented rule.
struct Topology {
    std::map<QString, QString> kinds; ///< id -> kind
    QSet<QString> edges;
    std::map<QString, QString> replicas; ///< id -> "3" or "2..12" (autoscaling)
};

class Expectation
{
public:
    Expectation(const Design &design, bool kubernetes) : m_design(design), m_kubernetes(kubernetes), m_props(Catalog::builtin())
    {
        for (const QVariant &e : Catalog::builtin().exportData(QStringLiteral("kubernetes")).value(QStringLiteral("engines")).toList())
            m_engines.insert(e.toMap().value(QStringLiteral("kind")).toString() + QLatin1Char('/') + e.toMap().value(QStringLiteral("engine")).toString());
    }

    bool runsInCluster(const Component &c) const
    {
        const KindSpec *kind = Catalog::builtin().kind(c.kind);
        if (c.kind == kinds::microservice || c.kind == kinds::monolith) {
            const QString platform = m_props.stringValue(c, keys::platform);
            return platform == QLatin1String("kubernetes") || platform == QLatin1String("container-service");
        }
        if (c.kind == kinds::batchJob)
            return true;
        if (kind && kind->property(keys::hosting) && m_props.stringValue(c, keys::hosting) == QLatin1String("kubernetes")) {
            if (!kind->property(keys::engine)) // dashboards, logging: one engine each
                return std::any_of(m_engines.cbegin(), m_engines.cend(), [&](const QString &e) { return e.startsWith(c.kind + QLatin1Char('/')); });
            return m_engines.contains(c.kind + QLatin1Char('/') + m_props.stringValue(c, keys::engine));
        }
        return false;
    }

    bool isDataStore(const Component &c) const
    {
        const KindSpec *kind = Catalog::builtin().kind(c.kind);
        return kind && kind->property(keys::hosting);
    }

    Topology expected() const
    {
        Topology t;
        QSet<QString> inCluster;
        for (const Component &c : m_design.components())
            if (runsInCluster(c))
                inCluster.insert(c.id);
        QSet<QString> gateways;
        if (m_kubernetes)
            for (const Connection &conn : m_design.connections()) {
                const Component *from = m_design.component(conn.from);
                const KindSpec *kind = from ? Catalog::builtin().kind(from->kind) : nullptr;
                if (kind && (kind->hasRole(roles::edge) || kind->hasRole(roles::entry)) && inCluster.contains(conn.to))
                    gateways.insert(conn.from);
            }
        for (const Component &c : m_design.components()) {
            if (gateways.contains(c.id)) {
                t.kinds[c.id] = kinds::loadBalancer;
                continue;
            }
            if (!inCluster.contains(c.id))
                continue;
            t.kinds[c.id] = (!m_kubernetes && c.kind == kinds::monolith) ? kinds::microservice : c.kind;
            if (m_kubernetes && !isDataStore(c) && c.kind != kinds::batchJob)
                t.replicas[c.id] = replicasOf(c);
        }
        for (const Connection &conn : m_design.connections()) {
            if (!t.kinds.count(conn.from) || !t.kinds.count(conn.to))
                continue;
            if (m_design.component(conn.to)->kind == kinds::batchJob)
                continue; // the export warns that a scheduled job serves nothing and wires no call to it
            const KindSpec *fromKind = Catalog::builtin().kind(m_design.component(conn.from)->kind);
            const bool consumer = fromKind && (fromKind->hasRole(roles::queue) || fromKind->hasRole(roles::stream))
                                  && !gateways.contains(conn.to);
            t.edges.insert(consumer ? conn.to + QStringLiteral("->") + conn.from : conn.from + QStringLiteral("->") + conn.to);
        }
        return t;
    }

    QString replicasOf(const Component &c) const
    {
        if (m_props.boolValue(c, keys::autoscaling))
            return QStringLiteral("%1..%2").arg(m_props.intValue(c, keys::minReplicas)).arg(m_props.intValue(c, keys::maxReplicas));
        return QString::number(m_props.intValue(c, keys::replicas));
    }

private:
    const Design &m_design;
    bool m_kubernetes;
    PropertyAccess m_props;
    QSet<QString> m_engines;
};

Topology actual(const Design &imported, bool kubernetes)
{
    const PropertyAccess props(Catalog::builtin());
    Topology t;
    for (const Component &c : imported.components()) {
        t.kinds[c.id] = c.kind;
        const KindSpec *kind = Catalog::builtin().kind(c.kind);
        if (kubernetes && c.kind != kinds::loadBalancer && c.kind != kinds::batchJob && !(kind && kind->property(keys::hosting))) {
            t.replicas[c.id] = props.boolValue(c, keys::autoscaling)
                                   ? QStringLiteral("%1..%2").arg(props.intValue(c, keys::minReplicas)).arg(props.intValue(c, keys::maxReplicas))
                                   : QString::number(props.intValue(c, keys::replicas));
        }
    }
    t.edges = test::edgesOf(imported);
    return t;
}

QString describe(const std::map<QString, QString> &map)
{
    QStringList parts;
    for (const auto &[k, v] : map)
        parts.append(k + QLatin1Char('=') + v);
    return parts.join(QStringLiteral(", "));
}

QString describe(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestImportRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("format");
    for (const QString &path : roundTripDesigns())
        for (const char *format : {"kubernetes", "kubernetes-single-file", "compose"})
            QTest::newRow(qPrintable(QFileInfo(path).fileName() + QLatin1Char('/') + QLatin1String(format))) << path << QString::fromLatin1(format);
}

void TestImportRoundTrip::roundTrip()
{
    QFETCH(QString, design);
    QFETCH(QString, format);
    const LoadResult loaded = loadDesign(design, Catalog::builtin());
    QVERIFY(loaded.ok());
    // kubernetes-single-file: the one multi-document file of --single-file.
    const bool singleFile = format.endsWith(QLatin1String("-single-file"));
    if (singleFile)
        format = QStringLiteral("kubernetes");
    const ExportResult exported = ExporterRegistry::builtin().find(format)->generate(*loaded.design, Catalog::builtin(),
                                                                                      {{QStringLiteral("single-file"), singleFile}});
    if (!exported.ok() && singleFile && exported.error.contains(QLatin1String("clouds"))) {
        return; // several clusters cannot share one file: the folder rows cover that design
    }
    if (!exported.ok()) {
        // Only a design with nothing that runs in containers has no export (the serverless example).
        Expectation none(*loaded.design, format == QLatin1String("kubernetes"));
        QVERIFY2(none.expected().kinds.empty(), qPrintable(exported.error));
        return;
    }
    QTemporaryDir dir;
    for (const ExportedFile &f : exported.files) {
        const QString path = dir.filePath(f.path);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.contents);
    }
    const ImportResult imported = findImporter(format)->import({dir.path()}, Catalog::builtin());
    QVERIFY2(imported.ok(), qPrintable(test::errorsOf(imported)));
    QCOMPARE(test::checkProblems(*imported.design), QString());

    const bool kubernetes = format == QLatin1String("kubernetes");
    const Topology want = Expectation(*loaded.design, kubernetes).expected();
    const Topology got = actual(*imported.design, kubernetes);
    QCOMPARE(describe(got.kinds), describe(want.kinds));
    // A call the files do not carry (to a workload of another cluster, whose address the export leaves
    // for the user to set) must be loud: listed as unresolved for the caller, naming <CALLEE>_ADDRESS.
    QSet<QString> wanted = want.edges;
    for (const QString &edge : want.edges) {
        if (got.edges.contains(edge))
            continue;
        const QString from = edge.section(QStringLiteral("->"), 0, 0);
        const QString variable = edge.section(QStringLiteral("->"), 1).toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QStringLiteral("_ADDRESS");
        for (const ImportNote &n : imported.report.notes())
            if (n.kind == ImportNote::Kind::Unresolved && (n.subject.endsWith(QLatin1Char('/') + from) || n.subject.endsWith(QLatin1Char(' ') + from))
                && n.message.contains(variable))
                wanted.remove(edge);
    }
    QCOMPARE(describe(got.edges), describe(wanted));
    QCOMPARE(describe(got.replicas), describe(want.replicas));
    // Nothing the export writes points at a host the import cannot find, but the cloud's own services.
    for (const ImportNote &n : imported.report.notes())
        if (n.kind == ImportNote::Kind::Unresolved)
            QVERIFY2(!n.message.contains(QLatin1String("svc.cluster.local")), qPrintable(n.message));
}

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
