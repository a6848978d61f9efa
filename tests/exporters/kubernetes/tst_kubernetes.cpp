// SPDX-License-Identifier: MIT
// The Kubernetes and compose exporters as a user would check them: reviewed goldens,
// the offline schema validator, kubectl kustomize, and the proofs the issue asks for.
#include "catalog.h"
#include "designio.h"
#include "exporter.h"
#include "golden.h"
#include "process.h"
#include "kubernetes/k8snames.h"
#include "kubernetes/k8spackage.h"
#include "generator.h"
#include "kubernetes/kubernetesexporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace sd;
using sd::test::Run;

namespace {

const QString kExamples = QStringLiteral(SOURCE_DIR "/resources/examples");
const QString kGolden = QStringLiteral(TEST_DATA_DIR "/golden");
const QString kInCluster = QStringLiteral(TEST_DATA_DIR "/in-cluster.stackdraft.yaml");
/// Every data store engine that can run in the cluster, once.
const QString kEngines = QStringLiteral(TEST_DATA_DIR "/engines.stackdraft.yaml");

Design load(const QString &path)
{
    LoadResult r = loadDesign(path, Catalog::builtin());
    if (!r.ok())
        qFatal("cannot load %s", qPrintable(path));
    return *r.design;
}

ExportResult exportK8s(const Design &design, bool singleFile = false)
{
    const Exporter *e = ExporterRegistry::builtin().find(QStringLiteral("kubernetes"));
    Q_ASSERT(e);
    return e->generate(design, Catalog::builtin(), {{QStringLiteral("single-file"), singleFile}});
}

/// Every YAML document of every file, parsed independently of how we wrote them.
std::vector<YAML::Node> documents(const ExportResult &result)
{
    std::vector<YAML::Node> docs;
    for (const ExportedFile &f : result.files) {
        if (f.path.endsWith(QLatin1String("kustomization.yaml")) || !f.path.endsWith(QLatin1String(".yaml")))
            continue; // the README, and kustomize's own file
        for (const YAML::Node &n : YAML::LoadAll(f.contents.toStdString()))
            if (n.IsMap())
                docs.push_back(n);
    }
    return docs;
}

YAML::Node find(const std::vector<YAML::Node> &docs, const std::string &kind, const std::string &name)
{
    for (const YAML::Node &d : docs)
        if (d["kind"].as<std::string>() == kind && d["metadata"]["name"].as<std::string>() == name)
            return d;
    return {};
}

/// Runs the shared offline validator; missing node is a failure, not a skip (CI installs it).
void validate(const QStringList &paths)
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(),
             "node is needed for validate-k8s; install Node.js 20 or newer");
    const Run r = test::runProcess(QStringLiteral(SHARED_TOOLS_DIR "/validate-k8s"), QStringList{QStringLiteral("--strict")} + paths);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String(" 0 error(s), 0 warning(s)")) || r.err.contains(QLatin1String(" 0 error(s), 0 warning(s)")),
             qPrintable(r.out + r.err));
}

void writeTo(const ExportResult &result, const QString &dir)
{
    QString error;
    QVERIFY2(writeExport(result, dir, &error), qPrintable(error));
}

QStringList exampleFiles()
{
    QStringList files = QDir(kExamples).entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = kExamples + QLatin1Char('/') + f;
    files.append(kInCluster);
    files.append(kEngines);
    return files;
}

QString stem(const QString &path) { return QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0); }

/// Ingress/egress rules of a NetworkPolicy as "podname:port" strings (or "cidr:port", "ns:port").
QStringList rules(const YAML::Node &policy, const char *direction, const char *peerKey)
{
    QStringList out;
    for (const YAML::Node &rule : policy["spec"][direction]) {
        for (const YAML::Node &peer : rule[peerKey]) {
            QString who;
            if (peer["podSelector"] && peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"])
                who = QString::fromStdString(peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"].as<std::string>());
            else if (peer["podSelector"] && peer["podSelector"]["matchLabels"]["k8s-app"])
                who = QString::fromStdString(peer["podSelector"]["matchLabels"]["k8s-app"].as<std::string>());
            else if (peer["ipBlock"])
                who = QString::fromStdString(peer["ipBlock"]["cidr"].as<std::string>());
            else if (peer["namespaceSelector"])
                who = QStringLiteral("ns=")
                      + QString::fromStdString(peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"].as<std::string>());
            for (const YAML::Node &port : rule["ports"])
                out.append(QStringLiteral("%1:%2/%3").arg(who, QString::fromStdString(port["port"].as<std::string>()),
                                                          QString::fromStdString(port["protocol"].as<std::string>())));
        }
    }
    return out;
}

Component service(const QString &id, int port)
{
    Component c;
    c.id = id;
    c.kind = QStringLiteral("microservice");
    c.name = id.toUpper();
    c.properties = {{QStringLiteral("image"), QStringLiteral("registry.example.com/t/%1:1.0.0").arg(id)},
                    {QStringLiteral("port"), port}};
    return c;
}

} // namespace

class TestKubernetes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void serverlessDesignHasNothingToRun();
    void everyExportPassesValidator();
    void markerScanAgreesWithYamlCpp();
    void kustomizeBuildsEveryFolder();
    void fintechTransactionsAutoscale5To75At70();
    void connectionAdmitsCallerToCalleePortOnly();
    void unconnectedServiceAdmitsNothing();
    void grpcServiceGetsGrpcProbesAndRoute();
    void queueConsumerConnectsOutToBroker();
    void everyWorkloadIsLockedDown();
    void inClusterDataStoreIsStatefulSetWithClaims();
    void managedServiceRowsOfTheCatalogAreComplete();
    void singleFileHoldsEveryDocument();
    void composeFileParsesWithPyYaml();
    void badImageAndScheduleAreClearErrors();
    void namesAreDns1035AndUnique();
    void cliExportsFolderAndSingleFile();
};

void TestKubernetes::goldens_data()
{
    QTest::addColumn<QString>("design");
    for (const QString &f : exampleFiles())
        if (stem(f) != QLatin1String("serverless-pipeline"))
            QTest::newRow(qPrintable(stem(f))) << f;
}

// Reviewed by eye; regenerate with STACKDRAFT_UPDATE_GOLDEN=1 and read the diff before committing.
void TestKubernetes::goldens()
{
    QFETCH(QString, design);
    const ExportResult result = exportK8s(load(design));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QMap<QString, QByteArray> files;
    for (const ExportedFile &f : result.files)
        files.insert(f.path, f.contents);
    const QString mismatch = test::goldenFolderMismatch(kGolden + QLatin1Char('/') + stem(design), files);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // Deterministic: a second run gives the same bytes.
    const ExportResult again = exportK8s(load(design));
    for (size_t i = 0; i < result.files.size(); ++i)
        QCOMPARE(again.files[i].contents, result.files[i].contents);
}

void TestKubernetes::serverlessDesignHasNothingToRun()
{
    const ExportResult result = exportK8s(load(kExamples + QStringLiteral("/serverless-pipeline.stackdraft.yaml")));
    QVERIFY(!result.ok());
    QVERIFY(result.files.empty());
    QVERIFY2(result.error.contains(QLatin1String("nothing in this design runs in containers")), qPrintable(result.error));
}

/// The built-in kinds of a manifest file: validate-k8s knows no CRD (Gateway API and the clouds'
/// policies are checked structurally by check_manifests.py).
QByteArray builtinKinds(const QByteArray &contents)
{
    static const QStringList crdGroups = {QStringLiteral("gateway.networking.k8s.io/"), QStringLiteral("gateway.k8s.aws/"),
                                          QStringLiteral("networking.gke.io/"), QStringLiteral("alb.networking.azure.io/"),
                                          QStringLiteral("vpcresources.k8s.aws/"), QStringLiteral("monitoring.coreos.com/")};
    // Split the text itself (re-emitting parsed nodes would lose the quoting of "8080").
    std::string out;
    for (const QString &text : QString::fromUtf8(contents).split(QStringLiteral("\n---\n"))) {
        const YAML::Node n = YAML::Load(text.toStdString());
        if (!n.IsMap())
            continue;
        const QString api = QString::fromStdString(n["apiVersion"].as<std::string>());
        if (std::any_of(crdGroups.begin(), crdGroups.end(), [&api](const QString &g) { return api.startsWith(g); }))
            continue;
        out += "---\n" + text.toStdString() + "\n";
    }
    return QByteArray::fromStdString(out);
}

void TestKubernetes::everyExportPassesValidator()
{
    // One validator run per cluster (each starts node), then one for every single file.
    // The designs use different namespaces, so their single files cannot clash.
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-k8s");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList singles;
    int clusters = 0;
    for (const QString &f : exampleFiles()) {
        const ExportResult result = exportK8s(load(f));
        if (!result.ok())
            continue; // the serverless example: checked above
        QMap<QString, QStringList> byCluster; // a design that spans clouds has a folder per cluster
        for (const ExportedFile &file : result.files) {
            if (!file.path.endsWith(QLatin1String(".yaml")) || file.path.endsWith(QLatin1String("kustomization.yaml")))
                continue;
            const QString path = tmp.filePath(stem(f) + QLatin1Char('/') + file.path);
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            const QByteArray builtin = builtinKinds(file.contents);
            if (builtin.isEmpty())
                continue; // only Gateway API objects
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(builtin);
            byCluster[QFileInfo(path).path()].append(path);
        }
        for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it) {
            validate(it.value());
            if (!it.key().endsWith(QLatin1String("/prometheus-operator"))) // the operator's folder beside a cluster
                ++clusters;
        }
        const ExportResult single = exportK8s(load(f), true);
        if (!single.ok())
            continue; // spans clouds: folders only
        QCOMPARE(single.files.size(), size_t(1));
        singles.append(tmp.filePath(stem(f) + QStringLiteral("-single.yaml")));
        QFile out(singles.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(builtinKinds(single.files.front().contents));
    }
    QCOMPARE(clusters, 7); // six designs, multi-cloud with two clusters
    validate(singles);
}

void TestKubernetes::kustomizeBuildsEveryFolder()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: kustomize is not checked here (install kubectl 1.21 or newer)");
    QTemporaryDir tmp;
    int built = 0;
    int operatorFolders = 0;
    for (const QString &f : exampleFiles()) {
        const ExportResult result = exportK8s(load(f));
        if (!result.ok())
            continue;
        const QString dir = tmp.filePath(stem(f));
        writeTo(result, dir);
        QMap<QString, int> documentsIn; // cluster folder -> documents written there
        for (const ExportedFile &file : result.files) {
            if (!file.path.endsWith(QLatin1String(".yaml")) || file.path.endsWith(QLatin1String("kustomization.yaml")))
                continue;
            int n = 0;
            for (const YAML::Node &d : YAML::LoadAll(file.contents.toStdString()))
                n += d.IsMap() ? 1 : 0;
            documentsIn[QFileInfo(dir + QLatin1Char('/') + file.path).path()] += n;
        }
        for (auto it = documentsIn.cbegin(); it != documentsIn.cend(); ++it) {
            // Terraform writes the cloud values; here every key gets a recognisable value.
            QStringList keys;
            for (const QString &name : QDir(it.key()).entryList({QStringLiteral("*.yaml")})) {
                QFile in(it.key() + QLatin1Char('/') + name);
                QVERIFY(in.open(QIODevice::ReadOnly));
                static const QRegularExpression re(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
                for (auto m = re.globalMatch(QString::fromUtf8(in.readAll())); m.hasNext();)
                    keys.append(m.next().captured(1));
            }
            keys.removeDuplicates();
            if (!keys.isEmpty()) {
                QFile values(it.key() + QStringLiteral("/cloud-values.env"));
                QVERIFY(values.open(QIODevice::WriteOnly));
                for (const QString &key : keys)
                    values.write((key + QStringLiteral("=value-of-") + key.toLower() + QLatin1Char('\n')).toUtf8());
            }
            const Run r = test::runProcess(kubectl, {QStringLiteral("kustomize"), it.key()});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            // kustomize saw every object (the local cloud values stay out), and filled every value
            QCOMPARE(int(YAML::LoadAll(r.out.toStdString()).size()), it.value());
            QVERIFY2(!r.out.contains(QLatin1String("${")), qPrintable(it.key()));
            for (const QString &key : keys)
                QVERIFY2(r.out.contains(QStringLiteral("value-of-") + key.toLower()), qPrintable(key));
            it.key().endsWith(QLatin1String("/prometheus-operator")) ? ++operatorFolders : ++built;
        }
    }
    QCOMPARE(built, 7);
    QCOMPARE(operatorFolders, 6); // every cluster whose design draws Prometheus and has an HTTP workload
}

void TestKubernetes::fintechTransactionsAutoscale5To75At70()
{
    const auto docs = documents(exportK8s(load(kExamples + QStringLiteral("/fintech-p2p.stackdraft.yaml"))));
    const YAML::Node hpa = find(docs, "HorizontalPodAutoscaler", "transactions");
    QVERIFY(hpa.IsMap());
    QCOMPARE(hpa["apiVersion"].as<std::string>(), std::string("autoscaling/v2"));
    QCOMPARE(hpa["spec"]["scaleTargetRef"]["kind"].as<std::string>(), std::string("Deployment"));
    QCOMPARE(hpa["spec"]["scaleTargetRef"]["name"].as<std::string>(), std::string("transactions"));
    QCOMPARE(hpa["spec"]["minReplicas"].as<int>(), 5);
    QCOMPARE(hpa["spec"]["maxReplicas"].as<int>(), 75);
    const YAML::Node metric = hpa["spec"]["metrics"][0];
    QCOMPARE(metric["resource"]["name"].as<std::string>(), std::string("cpu"));
    QCOMPARE(metric["resource"]["target"]["averageUtilization"].as<int>(), 70);
    // The HPA owns the replica count; the Deployment does not fight it.
    QVERIFY(!find(docs, "Deployment", "transactions")["spec"]["replicas"]);
    // Replicated: PDB, zone spread and anti-affinity.
    QVERIFY(find(docs, "PodDisruptionBudget", "transactions").IsMap());
    const YAML::Node pod = find(docs, "Deployment", "transactions")["spec"]["template"]["spec"];
    QCOMPARE(pod["topologySpreadConstraints"][0]["topologyKey"].as<std::string>(), std::string("topology.kubernetes.io/zone"));
    QVERIFY(pod["affinity"]["podAntiAffinity"]);
}

void TestKubernetes::connectionAdmitsCallerToCalleePortOnly()
{
    Design d;
    d.name = QStringLiteral("Pair");
    QVERIFY(d.addComponent(service(QStringLiteral("a"), 8080)));
    QVERIFY(d.addComponent(service(QStringLiteral("b"), 9000)));
    QVERIFY(d.addComponent(service(QStringLiteral("c"), 7000)));
    QVERIFY(d.addConnection({QStringLiteral("a-to-b"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("http"), 9000,
                             ConnectionMode::Sync, {}, {}}));
    const ExportResult result = exportK8s(d);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto docs = documents(result);
    const YAML::Node b = find(docs, "NetworkPolicy", "b");
    QCOMPARE(rules(b, "ingress", "from"), QStringList{QStringLiteral("a:9000/TCP")});
    QCOMPARE(b["spec"]["egress"].size(), size_t(0));
    const YAML::Node a = find(docs, "NetworkPolicy", "a");
    QCOMPARE(a["spec"]["ingress"].size(), size_t(0));
    QCOMPARE(rules(a, "egress", "to"), QStringList{QStringLiteral("b:9000/TCP")});
    // Both directions are denied unless allowed, for every pod of the namespace.
    const YAML::Node deny = find(docs, "NetworkPolicy", "default-deny-all");
    QVERIFY(deny.IsMap());
    QCOMPARE(deny["spec"]["podSelector"].size(), size_t(0));
    QCOMPARE(deny["spec"]["policyTypes"].size(), size_t(2));
    const YAML::Node dns = find(docs, "NetworkPolicy", "allow-dns");
    QCOMPARE(rules(dns, "egress", "to"), (QStringList{QStringLiteral("kube-dns:53/UDP"), QStringLiteral("kube-dns:53/TCP")}));
}

void TestKubernetes::unconnectedServiceAdmitsNothing()
{
    const auto docs = documents(exportK8s(load(kInCluster)));
    const YAML::Node lonely = find(docs, "NetworkPolicy", "lonely");
    QVERIFY(lonely.IsMap());
    QCOMPARE(lonely["spec"]["policyTypes"].size(), size_t(2));
    QVERIFY(lonely["spec"]["ingress"].IsSequence());
    QCOMPARE(lonely["spec"]["ingress"].size(), size_t(0));
    QCOMPARE(lonely["spec"]["egress"].size(), size_t(0));
    QVERIFY(!find(docs, "Service", "lonely").IsMap()); // nothing reaches it, so it has no Service
    // What users reach through the load balancer gets a route on the load balancer's Gateway, and
    // the Gateway's proxies (Envoy Gateway: the design has no cloud) are admitted.
    const YAML::Node route = find(docs, "HTTPRoute", "web-lb");
    QVERIFY(route.IsMap());
    QCOMPARE(route["spec"]["hostnames"][0].as<std::string>(), std::string("shop.example.org"));
    QCOMPARE(route["spec"]["parentRefs"][0]["name"].as<std::string>(), std::string("lb"));
    QCOMPARE(find(docs, "Gateway", "lb")["spec"]["gatewayClassName"].as<std::string>(), std::string("eg"));
    QCOMPARE(rules(find(docs, "NetworkPolicy", "web"), "ingress", "from"), QStringList{QStringLiteral("ns=envoy-gateway-system:8080/TCP")});
}

void TestKubernetes::grpcServiceGetsGrpcProbesAndRoute()
{
    Design d;
    d.name = QStringLiteral("Grpc");
    Component lb;
    lb.id = QStringLiteral("lb");
    lb.kind = QStringLiteral("load-balancer");
    lb.name = QStringLiteral("LB");
    QVERIFY(d.addComponent(lb));
    QVERIFY(d.addComponent(service(QStringLiteral("api"), 50051)));
    QVERIFY(d.addComponent(service(QStringLiteral("web"), 8080)));
    QVERIFY(d.addConnection({QStringLiteral("lb-to-web"), QStringLiteral("lb"), QStringLiteral("web"), QStringLiteral("http"), 8080,
                             ConnectionMode::Sync, {}, {}}));
    QVERIFY(d.addConnection({QStringLiteral("lb-to-api"), QStringLiteral("lb"), QStringLiteral("api"), QStringLiteral("grpc"), 50051,
                             ConnectionMode::Sync, {}, {}}));
    QVERIFY(d.addConnection({QStringLiteral("web-to-api"), QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("grpc"), 50051,
                             ConnectionMode::Sync, {}, {}}));
    const ExportResult result = exportK8s(d);
    const auto docs = documents(result);
    const YAML::Node api = find(docs, "Deployment", "api")["spec"]["template"]["spec"]["containers"][0];
    QCOMPARE(api["livenessProbe"]["grpc"]["port"].as<int>(), 50051);
    QCOMPARE(api["readinessProbe"]["grpc"]["service"].as<std::string>(), std::string("readiness"));
    const YAML::Node web = find(docs, "Deployment", "web")["spec"]["template"]["spec"]["containers"][0];
    QCOMPARE(web["livenessProbe"]["httpGet"]["path"].as<std::string>(), std::string("/healthz"));
    QCOMPARE(web["readinessProbe"]["httpGet"]["path"].as<std::string>(), std::string("/readyz"));
    // Two exposed services: one host each under the (placeholder) domain, and the user is told.
    QCOMPARE(find(docs, "GRPCRoute", "api-lb")["spec"]["hostnames"][0].as<std::string>(), std::string("api.example.com"));
    QCOMPARE(find(docs, "HTTPRoute", "web-lb")["spec"]["hostnames"][0].as<std::string>(), std::string("web.example.com"));
    // The Gateway speaks HTTP/2 to the gRPC pods; web's gRPC client balances over the headless Service.
    QCOMPARE(find(docs, "Service", "api")["spec"]["ports"][0]["appProtocol"].as<std::string>(), std::string("kubernetes.io/h2c"));
    QCOMPARE(find(docs, "Service", "api-headless")["spec"]["clusterIP"].as<std::string>(), std::string("None"));
    const YAML::Node webSettings = find(docs, "ConfigMap", "web")["data"];
    QCOMPARE(webSettings["API_ADDRESS"].as<std::string>(), std::string("dns:///api-headless.grpc.svc.cluster.local:50051"));
    QVERIFY(webSettings["GRPC_SERVICE_CONFIG"].as<std::string>().find("round_robin") != std::string::npos);
    QCOMPARE(find(docs, "ConfigMap", "api")["data"]["GRPC_MAX_CONNECTION_AGE"].as<std::string>(), std::string("30s"));
    QCOMPARE(rules(find(docs, "NetworkPolicy", "api"), "ingress", "from"),
             (QStringList{QStringLiteral("web:50051/TCP"), QStringLiteral("ns=envoy-gateway-system:50051/TCP")}));
    bool told = false;
    for (const Diagnostic &m : result.messages)
        told |= m.message.contains(QLatin1String("example.com"));
    QVERIFY(told);
}

void TestKubernetes::queueConsumerConnectsOutToBroker()
{
    // The design draws queue -> worker; on the wire the worker connects to the broker.
    const auto docs = documents(exportK8s(load(kInCluster)));
    const YAML::Node worker = find(docs, "NetworkPolicy", "worker");
    QCOMPARE(worker["spec"]["ingress"].size(), size_t(0));
    // Without a cloud the broker's address range is unknown: any private address, never the internet.
    QCOMPARE(rules(worker, "egress", "to"),
             (QStringList{QStringLiteral("10.0.0.0/8:5671/TCP"), QStringLiteral("172.16.0.0/12:5671/TCP"),
                          QStringLiteral("192.168.0.0/16:5671/TCP"), QStringLiteral("orders-db:5432/TCP")}));
}

void TestKubernetes::everyWorkloadIsLockedDown()
{
    int checked = 0;
    for (const QString &f : exampleFiles()) {
        const ExportResult result = exportK8s(load(f));
        if (!result.ok())
            continue;
        for (const YAML::Node &d : documents(result)) {
            const std::string kind = d["kind"].as<std::string>();
            YAML::Node tmpl;
            if (kind == "Deployment" || kind == "StatefulSet")
                tmpl = d["spec"]["template"];
            else if (kind == "CronJob")
                tmpl = d["spec"]["jobTemplate"]["spec"]["template"];
            else if (kind == "ServiceAccount")
                QCOMPARE(d["automountServiceAccountToken"].as<bool>(), false);
            else if (kind == "Namespace")
                QCOMPARE(d["metadata"]["labels"]["pod-security.kubernetes.io/enforce"].as<std::string>(), std::string("restricted"));
            if (!tmpl.IsMap())
                continue;
            const std::string name = d["metadata"]["name"].as<std::string>();
            for (const char *label : {"app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component",
                                      "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by"})
                QVERIFY2(d["metadata"]["labels"][label], label);
            const YAML::Node pod = tmpl["spec"];
            QCOMPARE(pod["automountServiceAccountToken"].as<bool>(), false);
            QCOMPARE(pod["securityContext"]["runAsNonRoot"].as<bool>(), true);
            QVERIFY(pod["securityContext"]["runAsUser"].as<int>() > 0);
            QCOMPARE(pod["securityContext"]["seccompProfile"]["type"].as<std::string>(), std::string("RuntimeDefault"));
            bool tmpVolume = false;
            for (const YAML::Node &v : pod["volumes"])
                tmpVolume |= v["name"].as<std::string>() == "tmp" && v["emptyDir"];
            QVERIFY(tmpVolume);
            for (const YAML::Node &c : pod["containers"]) {
                const QString image = QString::fromStdString(c["image"].as<std::string>());
                QVERIFY2(image.contains(QLatin1Char(':')) && !image.endsWith(QLatin1String(":latest")), qPrintable(image));
                const YAML::Node sc = c["securityContext"];
                QCOMPARE(sc["allowPrivilegeEscalation"].as<bool>(), false);
                QCOMPARE(sc["readOnlyRootFilesystem"].as<bool>(), true);
                QCOMPARE(sc["capabilities"]["drop"][0].as<std::string>(), std::string("ALL"));
                for (const char *part : {"requests", "limits"})
                    for (const char *resource : {"cpu", "memory"})
                        QVERIFY2(c["resources"][part][resource], name.c_str());
                if (kind != "CronJob") {
                    QVERIFY2(c["livenessProbe"] && c["readinessProbe"], name.c_str());
                    // Different endpoints: the check itself differs, not just its timing.
                    auto handler = [](const YAML::Node &probe) {
                        for (const char *key : {"httpGet", "grpc", "tcpSocket", "exec"})
                            if (probe[key])
                                return std::string(key) + YAML::Dump(probe[key]);
                        return std::string();
                    };
                    QVERIFY2(!handler(c["livenessProbe"]).empty(), name.c_str());
                    QVERIFY2(handler(c["livenessProbe"]) != handler(c["readinessProbe"]), name.c_str());
                }
            }
            if (kind == "Deployment")
                QCOMPARE(d["spec"]["strategy"]["type"].as<std::string>(), std::string("RollingUpdate"));
            ++checked;
        }
    }
    QVERIFY(checked >= 30);
}

void TestKubernetes::inClusterDataStoreIsStatefulSetWithClaims()
{
    const ExportResult result = exportK8s(load(kInCluster));
    const auto docs = documents(result);
    const YAML::Node db = find(docs, "StatefulSet", "orders-db");
    QVERIFY(db.IsMap());
    QCOMPARE(db["spec"]["serviceName"].as<std::string>(), std::string("orders-db-headless"));
    QCOMPARE(find(docs, "Service", "orders-db-headless")["spec"]["clusterIP"].as<std::string>(), std::string("None"));
    QCOMPARE(db["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"].as<std::string>(), std::string("50Gi"));
    // The password is a reference to a Secret, never a value.
    const YAML::Node env = db["spec"]["template"]["spec"]["containers"][0]["env"][0];
    QCOMPARE(env["valueFrom"]["secretKeyRef"]["name"].as<std::string>(), std::string("orders-db-credentials"));
    QVERIFY(!find(docs, "Secret", "orders-db-credentials").IsMap());
    for (const ExportedFile &f : result.files)
        QVERIFY2(!f.contents.contains("\nkind: Secret\n"), qPrintable(f.path));
    QVERIFY(find(docs, "StatefulSet", "uploads").IsMap());   // stateful microservice
    QVERIFY(find(docs, "CronJob", "nightly").IsMap());        // batch job
    // Three cache replicas drawn: one Redis primary (no replication without an operator), with a
    // password, and the user is told which property is not honoured.
    const YAML::Node sessions = find(docs, "StatefulSet", "sessions");
    QCOMPARE(sessions["spec"]["replicas"].as<int>(), 1);
    QCOMPARE(sessions["spec"]["template"]["spec"]["containers"][0]["args"][0].as<std::string>(), std::string("--requirepass"));
    bool replicasTold = false;
    for (const Diagnostic &m : result.messages)
        replicasTold |= m.message.contains(QLatin1String("Sessions (sessions): replicas: 3 is not honoured"));
    QVERIFY(replicasTold);
    QVERIFY(result.files.back().contents.contains("replicas: 3 is not honoured")); // README.md
    QVERIFY(!find(docs, "Deployment", "admin").IsMap());      // platform vm: not exported...
    bool told = false;                                // ...and the user is told
    for (const Diagnostic &m : result.messages)
        told |= m.message.contains(QLatin1String("Back office (admin) runs on virtual machines"));
    QVERIFY(told);
}

void TestKubernetes::managedServiceRowsOfTheCatalogAreComplete()
{
    // The ports pods open to managed services are catalog data: a row the exporter cannot read would
    // silently fall back to the drawn port, so every row must name a kind, a port and a reach.
    const Catalog &catalog = Catalog::builtin();
    const QVariantMap services = catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("managedServices")).toMap();
    QCOMPARE(services.keys(), (QStringList{QStringLiteral("aws"), QStringLiteral("azure"), QStringLiteral("gcp")}));
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        QVERIFY2(!it.value().toList().isEmpty(), qPrintable(it.key()));
        for (const QVariant &item : it.value().toList()) {
            const QVariantMap row = item.toMap();
            const QString where = it.key() + QLatin1Char(' ') + row.value(QStringLiteral("kind")).toString();
            QVERIFY2(catalog.kind(row.value(QStringLiteral("kind")).toString()), qPrintable(where));
            const int port = row.value(QStringLiteral("port")).toInt();
            QVERIFY2(port > 0 && port < 65536, qPrintable(where));
            QVERIFY2(QStringList({QStringLiteral("private-network"), QStringLiteral("cloud-api"), QStringLiteral("internet")})
                         .contains(row.value(QStringLiteral("reach")).toString()),
                     qPrintable(where));
            QVERIFY2(!row.value(QStringLiteral("service")).toString().isEmpty(), qPrintable(where));
        }
    }
    const QVariantMap ports = catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("protocolPorts")).toMap();
    QCOMPARE(ports.value(QStringLiteral("https")).toInt(), 443);
    QCOMPARE(ports.value(QStringLiteral("postgresql")).toInt(), 5432);
}

void TestKubernetes::singleFileHoldsEveryDocument()
{
    const Design d = load(kExamples + QStringLiteral("/fintech-p2p.stackdraft.yaml"));
    const ExportResult folder = exportK8s(d);
    const ExportResult single = exportK8s(d, true);
    QVERIFY(ExporterRegistry::builtin().find(QStringLiteral("kubernetes"))->writesSingleFile({{QStringLiteral("single-file"), true}}));
    QCOMPARE(single.files.size(), size_t(1));
    // The Prometheus Operator's folder stays out of the single file: kubectl apply -f would refuse it
    // until the operator's CRDs exist.
    ExportResult withoutOperator;
    for (const ExportedFile &f : folder.files)
        if (!f.path.startsWith(QLatin1String("prometheus-operator/")))
            withoutOperator.files.push_back(f);
    QVERIFY(withoutOperator.files.size() < folder.files.size());
    QCOMPARE(documents(single).size(), documents(withoutOperator).size());
    QVERIFY(!single.files.front().contents.contains("kind: Kustomization"));
    // The folder's kustomization lists every other file, and only those.
    QStringList listed;
    QStringList written;
    for (const ExportedFile &f : folder.files) {
        if (f.path == QLatin1String("kustomization.yaml")) {
            for (const YAML::Node &r : YAML::Load(f.contents.toStdString())["resources"])
                listed.append(QString::fromStdString(r.as<std::string>()));
        } else if (f.path != QLatin1String("README.md") && !f.path.startsWith(QLatin1String("prometheus-operator/"))) {
            written.append(f.path);
        }
    }
    QCOMPARE(listed, written);
}

void TestKubernetes::composeFileParsesWithPyYaml()
{
    const Exporter *compose = ExporterRegistry::builtin().find(QStringLiteral("compose"));
    QVERIFY(compose);
    const ExportResult result = compose->generate(load(kInCluster), Catalog::builtin(), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), size_t(1));
    QTemporaryDir tmp;
    QString error;
    const QString path = tmp.filePath(QStringLiteral("docker-compose.yaml"));
    QVERIFY(writeExportFile(result.files.front(), path, &error));
    const Run r = test::runPython({QStringLiteral("-c"),
                                   QStringLiteral("import sys,yaml\nd=yaml.safe_load(open(sys.argv[1]))\ns=d['services']\n"
                                                  "print(' '.join(sorted(s)))\n"
                                                  "assert all(v['read_only'] is True and v['cap_drop']==['ALL'] for v in s.values())\n"
                                                  "assert s['api']['environment']['ORDERS_DB_ADDRESS']=='orders-db:5432'\n"
                                                  "assert s['api']['depends_on']==['orders-db','sessions']\n"
                                                  "assert s['orders-db']['environment']['POSTGRES_PASSWORD'].startswith('${POSTGRES_PASSWORD:?')\n"
                                                  "assert s['web']['ports']==['127.0.0.1:8080:8080']\n"
                                                  "assert s['nightly']['profiles']==['jobs']\n"
                                                  "assert 'orders-db-data' in d['volumes']\n"),
                                   path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("api lonely nightly orders-db sessions uploads web worker"));

    // Docker mounts a tmpfs noexec; Elasticsearch and OpenSearch map the native code JNA unpacks into
    // /tmp as executable, so theirs allows exec, and every other service keeps a noexec /tmp.
    const ExportResult engines = compose->generate(load(kEngines), Catalog::builtin(), {});
    QVERIFY2(engines.ok(), qPrintable(engines.error));
    const QString enginesPath = tmp.filePath(QStringLiteral("engines-compose.yaml"));
    QVERIFY(writeExportFile(engines.files.front(), enginesPath, &error));
    const Run tmpfs = test::runPython({QStringLiteral("-c"),
                                       QStringLiteral("import sys,yaml\ns=yaml.safe_load(open(sys.argv[1]))['services']\n"
                                                      "for n,v in sorted(s.items()):\n"
                                                      "  t=[x for x in v['tmpfs'] if x.split(':')[0]=='/tmp']\n"
                                                      "  assert len(t)==1, (n,v['tmpfs'])\n"
                                                      "  ex='exec' in t[0].partition(':')[2].split(',')\n"
                                                      "  assert ex==(n in ('es','os')), (n,t)\n"
                                                      "print(len(s))\n"),
                                       enginesPath});
    QVERIFY2(tmpfs.code == 0, qPrintable(tmpfs.err));
}

void TestKubernetes::badImageAndScheduleAreClearErrors()
{
    Design d;
    d.name = QStringLiteral("Bad");
    Component latest = service(QStringLiteral("web"), 8080);
    latest.properties.insert(QStringLiteral("image"), QStringLiteral("nginx:latest"));
    QVERIFY(d.addComponent(latest));
    ExportResult r = exportK8s(d);
    QVERIFY(!r.ok());
    QVERIFY(r.files.empty());
    QVERIFY2(r.error.contains(QLatin1String("web")) && r.error.contains(QLatin1String("nginx:latest")), qPrintable(r.error));

    Design untagged;
    Component u = service(QStringLiteral("api"), 8080);
    u.properties.insert(QStringLiteral("image"), QStringLiteral("registry.example.com:5000/team/api"));
    QVERIFY(untagged.addComponent(u));
    QVERIFY(!exportK8s(untagged).ok());

    Design job;
    Component j;
    j.id = QStringLiteral("nightly");
    j.kind = QStringLiteral("batch-job");
    j.name = QStringLiteral("Nightly");
    j.properties = {{QStringLiteral("schedule"), QStringLiteral("every night")}};
    QVERIFY(job.addComponent(j));
    r = exportK8s(job);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("every night")), qPrintable(r.error));
}

void TestKubernetes::namesAreDns1035AndUnique()
{
    QCOMPARE(k8s::dns1035Label(QStringLiteral("Orders_DB.v2")), QStringLiteral("orders-db-v2"));
    QCOMPARE(k8s::dns1035Label(QStringLiteral("3d-render")), QStringLiteral("a-3d-render"));
    const QString longName = k8s::dns1035Label(QString(100, QLatin1Char('x')));
    QCOMPARE(longName.size(), qsizetype(k8s::kMaxBaseName));
    k8s::NameAllocator names;
    QCOMPARE(names.allocate(QStringLiteral("Orders")), QStringLiteral("orders"));
    QCOMPARE(names.allocate(QStringLiteral("orders")), QStringLiteral("orders-2"));
    QCOMPARE(names.allocate(QStringLiteral("ORDERS")), QStringLiteral("orders-3"));
    const QString a = names.allocate(QString(60, QLatin1Char('y')));
    const QString b = names.allocate(QString(60, QLatin1Char('y')));
    QVERIFY(a != b);
    QVERIFY(b.size() <= k8s::kMaxBaseName);

    Design d;
    d.name = QStringLiteral("Names");
    QVERIFY(d.addComponent(service(QStringLiteral("Api_1"), 8080)));
    QVERIFY(d.addComponent(service(QStringLiteral("api.1"), 8080)));
    const auto docs = documents(exportK8s(d));
    QVERIFY(find(docs, "Deployment", "api-1").IsMap());
    QVERIFY(find(docs, "Deployment", "api-1-2").IsMap());
}

void TestKubernetes::cliExportsFolderAndSingleFile()
{
    QTemporaryDir tmp;
    const QString design = kExamples + QStringLiteral("/multi-cloud.stackdraft.yaml");
    Run r = test::runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design,
                         QStringLiteral("-o"), tmp.filePath(QStringLiteral("out"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The workloads run in AWS and Google Cloud: one kustomization per cluster.
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("out/aws/kustomization.yaml"))));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("out/aws/storefront.yaml"))));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("out/gcp/catalog.yaml"))));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("out/gcp/README.md"))));
    // Warnings name the design file, like every other diagnostic.
    QVERIFY2(r.err.startsWith(design + QStringLiteral(": warning: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(design + QStringLiteral(": warning: connection storefront-to-catalog")), qPrintable(r.err));

    r = test::runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("--single-file"),
                                             QStringLiteral("-o"), tmp.filePath(QStringLiteral("both.yaml"))});
    QCOMPARE(r.code, 1); // two clusters do not go into one file
    QVERIFY2(r.err.contains(QLatin1String("export a folder instead")), qPrintable(r.err));
    r = test::runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), kExamples + QStringLiteral("/fintech-p2p.stackdraft.yaml"),
                                             QStringLiteral("--single-file"), QStringLiteral("-o"), tmp.filePath(QStringLiteral("all.yaml"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile all(tmp.filePath(QStringLiteral("all.yaml")));
    QVERIFY(all.open(QIODevice::ReadOnly));
    QVERIFY(all.readAll().contains("kind: HorizontalPodAutoscaler"));

    r = test::runCli({QStringLiteral("export"), QStringLiteral("kubernetes"),
                     kExamples + QStringLiteral("/serverless-pipeline.stackdraft.yaml"), QStringLiteral("-o"),
                     tmp.filePath(QStringLiteral("none"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("nothing in this design runs in containers")));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("none"))));

    r = test::runCli({QStringLiteral("export"), QStringLiteral("compose"), kInCluster, QStringLiteral("-o"),
                     tmp.filePath(QStringLiteral("docker-compose.yaml"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("docker-compose.yaml"))));
}

/// The kustomize replacements are found by reading our own output line by line (fast); yaml-cpp is the
/// reference. On every document with a cloud value in every example, the test designs and a generated
/// design, the line reading either finds exactly what yaml-cpp finds or gives up (and the export parses).
void TestKubernetes::markerScanAgreesWithYamlCpp()
{
    std::vector<Design> designs;
    for (const QString &f : exampleFiles())
        designs.push_back(load(f));
    for (const QString &f : QDir(QStringLiteral(TEST_DATA_DIR)).entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files))
        designs.push_back(load(QStringLiteral(TEST_DATA_DIR "/") + f));
    designs.push_back(generateDesign({600, 7}, Catalog::builtin()));
    int scanned = 0, givenUp = 0;
    for (const Design &design : designs) {
        const ExportResult result = exportK8s(design);
        if (!result.ok())
            continue;
        for (const ExportedFile &f : result.files) {
            if (!f.path.endsWith(QLatin1String(".yaml")) || f.path.endsWith(QLatin1String("kustomization.yaml")))
                continue;
            for (const QString &text : QString::fromUtf8(f.contents).split(QStringLiteral("\n---\n"))) {
                const std::string doc = text.toStdString();
                if (doc.find("${") == std::string::npos)
                    continue;
                const std::vector<k8s::MarkerUse> parsed = k8s::detail::parsedMarkerUses(doc);
                const auto found = k8s::detail::scannedMarkerUses(doc);
                if (!found) {
                    ++givenUp;
                    continue;
                }
                ++scanned;
                QCOMPARE(found->size(), parsed.size());
                for (size_t i = 0; i < parsed.size(); ++i) {
                    const QString where = f.path + QLatin1Char(' ') + QString::fromStdString((*found)[i].fieldPath);
                    QCOMPARE((*found)[i].key, parsed[i].key);
                    QCOMPARE((*found)[i].kind, parsed[i].kind);
                    QCOMPARE((*found)[i].name, parsed[i].name);
                    QVERIFY2((*found)[i].fieldPath == parsed[i].fieldPath,
                             qPrintable(where + QStringLiteral(" != ") + QString::fromStdString(parsed[i].fieldPath)));
                }
            }
        }
    }
    qInfo("%d documents read line by line, %d left to yaml-cpp", scanned, givenUp);
    // What the line reading does not follow, it leaves to yaml-cpp rather than guess a path.
    const std::string quotedKey = "kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  \"a: b\":\n    c: ${KEY}\n";
    QVERIFY(!k8s::detail::scannedMarkerUses(quotedKey));
    QCOMPARE(k8s::detail::parsedMarkerUses(quotedKey).size(), size_t(1));
    QVERIFY(!k8s::detail::scannedMarkerUses("kind: ConfigMap\nmetadata:\n  name: x\ndata: {a: ${KEY}}\n"));
    QVERIFY(scanned > 100);
    QVERIFY(givenUp * 20 < scanned); // the fast path is the usual one
}

QTEST_GUILESS_MAIN(TestKubernetes)
#include "tst_kubernetes.moc"
