// SPDX-License-Identifier: MIT
// What each source's features turn into: compose include, extends, profiles, interpolation, anchors,
// ports, resources and health checks; Kubernetes workload types, HPA, PDB, Ingress, Gateway routes,
// NetworkPolicies, ConfigMaps, List and JSON; the host rules for guessed connections.
#include "catalog.h"
#include "catalogids.h"
#include "hostmentions.h"
#include "importer.h"
#include "importfiles.h"
#include "importtesthelpers.h"
#include "quantities.h"

#include <QTest>

using namespace sd;

namespace {

ImportResult run(const QString &importer, const QStringList &paths)
{
    return findImporter(importer)->import(paths, Catalog::builtin());
}

QString sortedEdges(const Design &d)
{
    QStringList e = test::edgesOf(d).values();
    e.sort();
    return e.join(QStringLiteral(", "));
}

bool reportHas(const ImportResult &r, ImportNote::Kind kind, const QString &text)
{
    for (const ImportNote &n : r.report.notes())
        if (n.kind == kind && (n.message.contains(text) || n.subject.contains(text)))
            return true;
    return false;
}

} // namespace

class TestImportSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostMentions_data();
    void hostMentions();
    void quantities();
    void composeIncludeExtendsAndVariables();
    void composePortsResourcesAndChecks();
    void composeKindGuesses();
    void kubernetesWorkloadsAndScaling();
    void kubernetesTraffic();
    void kubernetesNetworkPolicyListAndJson();
    void kubernetesNamesResolveInTheCallersNamespace();
};

void TestImportSources::hostMentions_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); ///< host:port/protocol/shaped, ";"-separated
    QTest::newRow("bare host") << "orders-db" << "orders-db:0//-";
    QTest::newRow("url") << "http://catalogue:80" << "catalogue:80/http/+";
    QTest::newRow("mongodb with credentials") << "mongodb://user:secret@carts-db:27017/data" << "carts-db:27017/mongodb/+";
    QTest::newRow("host:port") << "productcatalogservice:3550" << "productcatalogservice:3550//+";
    QTest::newRow("grpc dns target") << "dns:///cart-headless.shop.svc.cluster.local:7070" << "cart-headless.shop.svc.cluster.local:7070/grpc/+";
    QTest::newRow("jdbc") << "jdbc:postgresql://orders-db:5432/orders" << "orders-db:5432/postgresql/+";
    QTest::newRow("broker list") << "kafka-1:9092,kafka-2:9092" << "kafka-1:9092//+;kafka-2:9092//+";
    QTest::newRow("mongo replica set") << "mongodb://a:27017,b:27017/db?replicaSet=rs0" << "a:27017/mongodb/+;b:27017/mongodb/+";
    QTest::newRow("loopback") << "http://localhost:8080" << "";
    QTest::newRow("ip loopback") << "127.0.0.1:6379" << "";
    QTest::newRow("number") << "8080" << "";
    QTest::newRow("boolean") << "true" << "";
    QTest::newRow("path") << "/var/lib/data" << "";
    QTest::newRow("option") << "-Xms64m -Xmx128m" << "";
    QTest::newRow("placeholder") << "${DB_HOST}" << "";
    QTest::newRow("bad port") << "orders:99999" << "";
}

void TestImportSources::hostMentions()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QStringList got;
    for (const HostMention &m : sd::hostMentions(value))
        got.append(QStringLiteral("%1:%2/%3/%4").arg(m.host).arg(m.port).arg(m.protocol, m.addressShaped ? QStringLiteral("+") : QStringLiteral("-")));
    QCOMPARE(got.join(QLatin1Char(';')), expected);
    QVERIFY(namesAnAddress(QStringLiteral("DB_HOST")));
    QVERIFY(namesAnAddress(QStringLiteral("PRODUCT_CATALOG_SERVICE_ADDR")));
    QVERIFY(namesAnAddress(QStringLiteral("KAFKA_BOOTSTRAP_SERVERS")));
    QVERIFY(!namesAnAddress(QStringLiteral("LOG_LEVEL")));
}

void TestImportSources::quantities()
{
    QCOMPARE(parseMillicores(QStringLiteral("500m")).value_or(-1), 500);
    QCOMPARE(parseMillicores(QStringLiteral("2")).value_or(-1), 2000);
    QCOMPARE(parseMillicores(QStringLiteral("0.25")).value_or(-1), 250);
    QVERIFY(!parseMillicores(QStringLiteral("lots")));
    QCOMPARE(parseMebibytes(QStringLiteral("512Mi"), MemoryUnits::Kubernetes).value_or(-1), 512);
    QCOMPARE(parseMebibytes(QStringLiteral("1Gi"), MemoryUnits::Kubernetes).value_or(-1), 1024);
    QCOMPARE(parseMebibytes(QStringLiteral("128M"), MemoryUnits::Kubernetes).value_or(-1), 123); // decimal megabytes, rounded up
    QCOMPARE(parseMebibytes(QStringLiteral("512M"), MemoryUnits::Compose).value_or(-1), 512);
    QCOMPARE(parseMebibytes(QStringLiteral("1g"), MemoryUnits::Compose).value_or(-1), 1024);
    QCOMPARE(parseMebibytes(QStringLiteral("1024kb"), MemoryUnits::Compose).value_or(-1), 1);
    QVERIFY(!parseMebibytes(QStringLiteral("12 parsecs"), MemoryUnits::Compose));
}

void TestImportSources::composeIncludeExtendsAndVariables()
{
    test::InputFolder dir;
    dir.write(QStringLiteral(".env"), "TAG=2.1.0\nexport DB_PORT=5433\n");
    dir.write(QStringLiteral("common.yaml"), "services:\n  base:\n    image: registry.example.com/shop/base:1.0.0\n"
                                             "    environment:\n      LOG_LEVEL: info\n    depends_on: [never-inherited]\n");
    dir.write(QStringLiteral("db/compose.yaml"), "services:\n  orders-db:\n    image: postgres:16\n    profiles: [data]\n");
    dir.write(QStringLiteral("app.env"), "# settings\nCACHE_URL=redis://cache:6379/0\n");
    const QString main = dir.write(QStringLiteral("compose.yaml"),
        "name: shop\n"
        "include:\n  - db/compose.yaml\n"
        "x-defaults: &defaults\n  restart: unless-stopped\n  deploy:\n    replicas: 2\n"
        "services:\n"
        "  orders:\n"
        "    <<: *defaults\n"
        "    extends:\n      file: common.yaml\n      service: base\n"
        "    image: registry.example.com/shop/orders:${TAG}\n"
        "    env_file: [app.env]\n"
        "    environment:\n      - DB_URL=postgres://orders-db:${DB_PORT:-5432}/orders\n      - PAYMENTS_URL=${PAYMENTS_URL:-http://payments:8080}\n"
        "      - AUDIT_HOST=${AUDIT_HOST}\n"
        "  payments:\n    extends: orders\n    image: registry.example.com/shop/payments:1.0.0\n    environment:\n      DB_URL: \"\"\n"
        "  cache:\n    image: valkey/valkey:8\n");
    const ImportResult r = run(QStringLiteral("compose"), {main});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(d.name, QStringLiteral("shop"));
    QCOMPARE(test::checkProblems(d), QString());
    // The included file's service, whatever its profile; .env and defaults interpolated.
    QCOMPARE(d.component(QStringLiteral("orders-db"))->kind, kinds::relationalDatabase);
    QVERIFY(reportHas(r, ImportNote::Kind::Guessed, QStringLiteral("only with profile data")));
    const Component *orders = d.component(QStringLiteral("orders"));
    QCOMPARE(orders->properties.value(keys::image).toString(), QStringLiteral("registry.example.com/shop/orders:2.1.0"));
    QCOMPARE(orders->properties.value(keys::replicas).toInt(), 2); // from the merged anchor
    // payments extends orders: its image wins, DB_URL is emptied, the rest (PAYMENTS_URL -> itself) is inherited.
    QCOMPARE(d.component(QStringLiteral("payments"))->properties.value(keys::replicas).toInt(), 2);
    QCOMPARE(sortedEdges(d), QStringLiteral("orders->cache, orders->orders-db, orders->payments, payments->cache"));
    for (const Connection &c : d.connections())
        if (c.to == QLatin1String("orders-db"))
            QCOMPARE(c.port, 5433);
    // depends_on of the base is not inherited (Compose spec), so never-inherited is nowhere.
    QVERIFY(!reportHas(r, ImportNote::Kind::Unresolved, QStringLiteral("never-inherited")));
    QVERIFY(reportHas(r, ImportNote::Kind::Guessed, QStringLiteral("${AUDIT_HOST}")));
    QVERIFY(reportHas(r, ImportNote::Kind::Unresolved, QStringLiteral("AUDIT_HOST is empty")));
    QVERIFY(reportHas(r, ImportNote::Kind::Unresolved, QStringLiteral("DB_URL is empty")));
}

void TestImportSources::composePortsResourcesAndChecks()
{
    test::InputFolder dir;
    const QString file = dir.write(QStringLiteral("docker-compose.yml"),
        "services:\n"
        "  web:\n    image: registry.example.com/web:1.2.0\n    ports: [\"8443:8443/tcp\"]\n"
        "    deploy:\n      replicas: 3\n      resources:\n        limits: {cpus: '0.50', memory: 512M}\n        reservations: {cpus: '0.25', memory: 256M}\n"
        "      placement:\n        constraints: [node.role == worker]\n"
        "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8443/healthz\"]\n"
        "    volumes: [\"uploads:/srv/uploads\", \"./conf:/etc/web:ro\"]\n"
        "  admin:\n    image: registry.example.com/admin:1.0.0\n    ports: [\"127.0.0.1:9000:9000\"]\n    scale: 2\n"
        "    healthcheck:\n      test: pg_isready\n    links: [\"web:frontend\"]\n"
        "  migrate:\n    image: registry.example.com/migrate:1.0.0\n    restart: \"no\"\n    environment:\n      TARGET: http://frontend:8443\n"
        "volumes:\n  uploads: {}\n");
    const ImportResult r = run(QStringLiteral("compose"), {file});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    const Component *web = d.component(QStringLiteral("web"));
    QCOMPARE(web->properties.value(keys::replicas).toInt(), 3);
    QCOMPARE(web->properties.value(keys::cpuLimit).toInt(), 500);
    QCOMPARE(web->properties.value(keys::cpuRequest).toInt(), 250);
    QCOMPARE(web->properties.value(keys::memoryLimit).toInt(), 512);
    QCOMPARE(web->properties.value(keys::memoryRequest).toInt(), 256);
    QCOMPARE(web->properties.value(keys::port).toInt(), 8443);
    QCOMPARE(web->properties.value(keys::healthPath).toString(), QStringLiteral("/healthz"));
    QCOMPARE(web->properties.value(keys::isPublic).toBool(), true);
    QCOMPARE(web->properties.value(keys::stateful).toBool(), true); // the named volume
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("deploy.placement")));
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("./conf:/etc/web")));
    const Component *admin = d.component(QStringLiteral("admin"));
    QCOMPARE(admin->properties.value(keys::replicas).toInt(), 2);
    QCOMPARE(admin->properties.value(keys::entryPoint).toBool(), true); // published on loopback only
    QVERIFY(!admin->properties.contains(keys::isPublic));
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("not an HTTP request")));
    QCOMPARE(d.component(QStringLiteral("migrate"))->kind, kinds::batchJob);
    // links: web:frontend makes "frontend" another name of web, which migrate's TARGET names.
    QCOMPARE(sortedEdges(d), QStringLiteral("admin->web, migrate->web"));
}

void TestImportSources::composeKindGuesses()
{
    test::InputFolder dir;
    const QString file = dir.write(QStringLiteral("compose.yaml"),
        "services:\n"
        "  pg: {image: 'docker.io/bitnami/postgresql:16'}\n"
        "  maria: {image: 'mariadb:11'}\n"
        "  kafka: {image: 'confluentinc/cp-kafka:7.6.0'}\n"
        "  search: {image: 'docker.elastic.co/elasticsearch/elasticsearch:8.15.3'}\n"
        "  prom: {image: 'prom/prometheus:v2.54.1'}\n"
        "  graf: {image: 'grafana/grafana:11.2.2'}\n"
        "  exporter: {image: 'oliver006/redis_exporter:v1.62.0'}\n"
        "  custom-db: {image: 'registry.example.com/custom-db:1.0.0', environment: {POSTGRES_PASSWORD: x}}\n"
        "  client: {image: 'registry.example.com/client:1.0.0', environment: {KAFKA_BROKERS: 'kafka:9092'}}\n"
        "  built: {build: ./redis}\n");
    const ImportResult r = run(QStringLiteral("compose"), {file});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(d.component(QStringLiteral("pg"))->kind, kinds::relationalDatabase);
    QCOMPARE(d.component(QStringLiteral("maria"))->properties.value(keys::engine).toString(), QStringLiteral("mysql"));
    QCOMPARE(d.component(QStringLiteral("kafka"))->kind, kinds::eventStream);
    QCOMPARE(d.component(QStringLiteral("search"))->kind, kinds::search);
    QCOMPARE(d.component(QStringLiteral("prom"))->kind, kinds::metrics);
    QCOMPARE(d.component(QStringLiteral("graf"))->kind, kinds::dashboards);
    QCOMPARE(d.component(QStringLiteral("exporter"))->kind, kinds::microservice); // a tool for redis, not redis
    QCOMPARE(d.component(QStringLiteral("custom-db"))->kind, kinds::relationalDatabase);
    QCOMPARE(d.component(QStringLiteral("client"))->kind, kinds::microservice); // KAFKA_BROKERS names a broker; it is none
    QCOMPARE(d.component(QStringLiteral("built"))->kind, kinds::microservice);
    QCOMPARE(sortedEdges(d), QStringLiteral("client->kafka"));
    for (const Connection &c : d.connections())
        QCOMPARE(c.mode, ConnectionMode::Async);
}

void TestImportSources::kubernetesWorkloadsAndScaling()
{
    test::InputFolder dir;
    dir.write(QStringLiteral("apps/api.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  replicas: 4\n"
        "  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api, tier: web}}\n    spec:\n      containers:\n"
        "        - name: api\n          image: registry.example.com/api:3.0.0\n          ports: [{containerPort: 8080}]\n"
        "          envFrom: [{configMapRef: {name: api-settings}}]\n"
        "          env:\n            - {name: DB_HOST, valueFrom: {configMapKeyRef: {name: api-settings, key: database}}}\n"
        "            - {name: API_KEY, valueFrom: {secretKeyRef: {name: api, key: key}}}\n"
        "          resources: {requests: {cpu: 250m, memory: 256Mi}, limits: {cpu: '1', memory: 1Gi}}\n"
        "          livenessProbe: {httpGet: {path: /livez, port: 8080}}\n          readinessProbe: {httpGet: {path: /readyz, port: 8080}}\n"
        "        - name: envoy\n          image: envoyproxy/envoy:v1.31.0\n"
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: api-settings, namespace: shop}\n"
        "data:\n  CACHE_ADDR: \"cache.shop.svc.cluster.local:6379\"\n  database: db\n  REPORTS_URL: \"https://reports.example.com\"\n"
        "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api, namespace: shop}\n"
        "spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 3\n  maxReplicas: 12\n"
        "  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 65}}}]\n"
        "---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: api, namespace: shop}\nspec: {maxUnavailable: 1, selector: {matchLabels: {app: api}}}\n");
    dir.write(QStringLiteral("data/stores.yaml"),
        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: shop}\nspec:\n  replicas: 1\n  serviceName: db\n"
        "  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n      containers: [{name: pg, image: 'postgres:16.4'}]\n"
        "  volumeClaimTemplates:\n    - metadata: {name: data}\n      spec: {resources: {requests: {storage: 50Gi}}}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: shop}\nspec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}\n"
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cache, namespace: shop}\nspec:\n  selector: {matchLabels: {app: cache}}\n"
        "  template:\n    metadata: {labels: {app: cache}}\n    spec: {containers: [{name: redis, image: 'redis:7.2'}]}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: cache, namespace: shop}\nspec: {selector: {app: cache}, ports: [{port: 6379}]}\n"
        "---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: shop}\nspec:\n  schedule: '0 2 * * *'\n"
        "  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job, image: 'registry.example.com/nightly:1.0.0',\n"
        "                        env: [{name: API_URL, value: 'http://api.shop:8080'}]}]\n          restartPolicy: OnFailure\n"
        "---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: shop}\nspec:\n  selector: {matchLabels: {app: agent}}\n"
        "  template:\n    metadata: {labels: {app: agent}}\n    spec: {containers: [{name: agent, image: 'registry.example.com/agent:1.0.0'}]}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {selector: {app: api}, ports: [{port: 8080}]}\n"
        "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: reader, namespace: shop}\nrules: []\n");
    const ImportResult r = run(QStringLiteral("kubernetes"), {dir.path()});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(d.name, QStringLiteral("shop"));
    QCOMPARE(test::checkProblems(d), QString());
    const Component *api = d.component(QStringLiteral("api"));
    QCOMPARE(api->properties.value(keys::autoscaling).toBool(), true);
    QCOMPARE(api->properties.value(keys::minReplicas).toInt(), 3);
    QCOMPARE(api->properties.value(keys::maxReplicas).toInt(), 12);
    QCOMPARE(api->properties.value(keys::cpuTarget).toInt(), 65);
    QCOMPARE(api->properties.value(keys::cpuLimit).toInt(), 1000);
    QCOMPARE(api->properties.value(keys::memoryLimit).toInt(), 1024);
    QCOMPARE(api->properties.value(keys::healthPath).toString(), QStringLiteral("/livez"));
    QCOMPARE(api->properties.value(keys::readinessPath).toString(), QStringLiteral("/readyz"));
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("sidecar container envoy")));
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("PodDisruptionBudget api (maxUnavailable 1)")));
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("Role")));
    QVERIFY(reportHas(r, ImportNote::Kind::Unresolved, QStringLiteral("reports.example.com")));
    const Component *db = d.component(QStringLiteral("db"));
    QCOMPARE(db->kind, kinds::relationalDatabase);
    QCOMPARE(db->properties.value(keys::storageGb).toInt(), 50);
    QCOMPARE(db->properties.value(keys::hosting).toString(), QStringLiteral("kubernetes"));
    QCOMPARE(d.component(QStringLiteral("cache"))->properties.value(keys::engine).toString(), QStringLiteral("redis"));
    QCOMPARE(d.component(QStringLiteral("nightly"))->kind, kinds::batchJob);
    QCOMPARE(d.component(QStringLiteral("nightly"))->properties.value(keys::schedule).toString(), QStringLiteral("0 2 * * *"));
    QVERIFY(!d.component(QStringLiteral("agent"))->properties.contains(keys::replicas));
    QVERIFY(reportHas(r, ImportNote::Kind::Guessed, QStringLiteral("one pod per node")));
    QCOMPARE(sortedEdges(d), QStringLiteral("api->cache, api->db, nightly->api"));
    // Each component keeps where it came from.
    QVERIFY(d.metadata.at(QStringLiteral("source.db")).endsWith(QLatin1String("data/stores.yaml:1")));
}

void TestImportSources::kubernetesTraffic()
{
    test::InputFolder dir;
    const QString file = dir.write(QStringLiteral("all.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n"
        "  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: 'registry.example.com/web:1.0.0'}]}}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n"
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: api}}\n"
        "  template: {metadata: {labels: {app: api}}, spec: {containers: [{name: api, image: 'registry.example.com/api:1.0.0'}]}}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec: {selector: {app: api}, ports: [{port: 8080}]}\n"
        "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: site}\nspec:\n  tls: [{hosts: [shop.example.com]}]\n"
        "  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n"
        "          - {path: /missing, pathType: Prefix, backend: {service: {name: gone, port: {number: 80}}}}\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: public-api}\nspec: {gatewayClassName: eg, listeners: []}\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata: {name: api}\n"
        "spec:\n  parentRefs: [{name: public-api}]\n  rules: [{backendRefs: [{name: api, port: 8080}]}]\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: payments-provider}\nspec: {type: ExternalName, externalName: api.payments.example.com}\n");
    const ImportResult r = run(QStringLiteral("kubernetes"), {file});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(test::checkProblems(d), QString());
    const Component *site = d.component(QStringLiteral("site"));
    QCOMPARE(site->kind, kinds::loadBalancer);
    QCOMPARE(site->properties.value(keys::tls).toBool(), true);
    QCOMPARE(site->properties.value(keys::isPublic).toBool(), true);
    QCOMPARE(d.component(QStringLiteral("public-api"))->kind, kinds::loadBalancer);
    QCOMPARE(d.component(QStringLiteral("payments-provider"))->kind, kinds::microservice);
    QCOMPARE(sortedEdges(d), QStringLiteral("public-api->api, site->web"));
    for (const Connection &c : d.connections())
        QCOMPARE(c.protocol, c.from == QLatin1String("site") ? QStringLiteral("https") : QStringLiteral("grpc"));
    QVERIFY(reportHas(r, ImportNote::Kind::Unresolved, QStringLiteral("gone.default")));
}

void TestImportSources::kubernetesNetworkPolicyListAndJson()
{
    test::InputFolder dir;
    dir.write(QStringLiteral("list.json"),
        R"({"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "orders", "namespace": "shop"},
   "spec": {"selector": {"matchLabels": {"app": "orders"}}, "template": {"metadata": {"labels": {"app": "orders"}},
            "spec": {"containers": [{"name": "orders", "image": "registry.example.com/orders:1.0.0"}]}}}},
  {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "ledger", "namespace": "shop"},
   "spec": {"selector": {"matchLabels": {"app": "ledger"}}, "template": {"metadata": {"labels": {"app": "ledger"}},
            "spec": {"containers": [{"name": "ledger", "image": "registry.example.com/ledger:1.0.0"}]}}}}
]})");
    dir.write(QStringLiteral("policy.yaml"),
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ledger, namespace: shop}\n"
        "spec:\n  podSelector: {matchLabels: {app: ledger}}\n  policyTypes: [Ingress]\n"
        "  ingress:\n    - from: [{podSelector: {matchLabels: {app: orders}}}]\n      ports: [{port: 9000}]\n"
        "    - from: [{podSelector: {}}]\n");
    const ImportResult r = run(QStringLiteral("kubernetes"), {dir.path()});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(sortedEdges(*r.design), QStringLiteral("orders->ledger"));
    QCOMPARE(r.design->connections().front().port, 9000);
    QVERIFY(reportHas(r, ImportNote::Kind::Dropped, QStringLiteral("every pod")));
    QVERIFY(reportHas(r, ImportNote::Kind::Guessed, QStringLiteral("NetworkPolicy rule")));
}

void TestImportSources::kubernetesNamesResolveInTheCallersNamespace()
{
    // The same two services in two namespaces: "api:8080" is the api of the caller's namespace.
    test::InputFolder dir;
    for (const char *ns : {"blue", "green"}) {
        const QString text = QStringLiteral(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: %1}\nspec:\n  selector: {matchLabels: {app: web}}\n"
            "  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: 'registry.example.com/web:1.0.0',\n"
            "    env: [{name: API_ADDR, value: 'api:8080'}]}]}}\n"
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: %1}\nspec:\n  selector: {matchLabels: {app: api}}\n"
            "  template: {metadata: {labels: {app: api}}, spec: {containers: [{name: api, image: 'registry.example.com/api:1.0.0'}]}}\n"
            "---\napiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: %1}\nspec: {selector: {app: api}, ports: [{port: 8080}]}\n")
                                 .arg(QLatin1String(ns));
        dir.write(QLatin1String(ns) + QStringLiteral(".yaml"), text.toUtf8());
    }
    const ImportResult r = run(QStringLiteral("kubernetes"), {dir.path()});
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(r.design->connections().size(), size_t(2));
    for (const Connection &c : r.design->connections()) {
        const QString from = r.design->metadata.at(QStringLiteral("source.") + c.from).section(QLatin1Char(':'), 0, 0);
        const QString to = r.design->metadata.at(QStringLiteral("source.") + c.to).section(QLatin1Char(':'), 0, 0);
        QCOMPARE(from, to);
    }
}

QTEST_GUILESS_MAIN(TestImportSources)
#include "tst_importsources.moc"
