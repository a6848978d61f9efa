// SPDX-License-Identifier: MIT
// Issue 18's proofs on well-known demos, written by hand from their documented topology
// (data/*/ say which): after import, the components and kinds, the connections and the structural
// single points of failure derived by hand from the drawn topology (written out below, with the
// reasoning), and the lines the report and the metadata point at.
#include "catalog.h"
#include "catalogids.h"
#include "importer.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QTest>

using namespace sd;

namespace {

const QString kData = QStringLiteral(TEST_DATA_DIR);

ImportResult importFixture(const QString &importer, const QString &path)
{
    return findImporter(importer)->import({kData + QLatin1Char('/') + path}, Catalog::builtin());
}

QString kindsOf(const Design &d)
{
    QStringList parts;
    for (const Component &c : d.components())
        parts.append(c.id + QLatin1Char('=') + c.kind);
    return parts.join(QStringLiteral(", "));
}

QString sorted(QStringList list)
{
    list.sort();
    return list.join(QStringLiteral(", "));
}

QString sorted(const QSet<QString> &set) { return sorted(set.values()); }

/// The line of the first line of a file holding `text` (1-based), for checking report references.
int lineOf(const QString &file, const QString &text)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    while (!f.atEnd()) {
        ++n;
        if (QString::fromUtf8(f.readLine()).contains(text))
            return n;
    }
    return -1;
}

} // namespace

class TestImportFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deathStarBenchSocialNetwork();
    void onlineBoutique();
    void sockShop();
};

void TestImportFixtures::deathStarBenchSocialNetwork()
{
    const ImportResult r = importFixture(QStringLiteral("compose"), QStringLiteral("deathstarbench-social/docker-compose.yml"));
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(test::checkProblems(d), QString());
    // 29 services: 13 Thrift services (the <<: *service merge and the *thrift-image alias give them their
    // image), the nginx (OpenResty) front, the media front end, a store per service, RabbitMQ and Jaeger.
    QCOMPARE(d.components().size(), size_t(29));
    QCOMPARE(d.component(QStringLiteral("nginx-thrift"))->kind, kinds::loadBalancer);
    QCOMPARE(d.component(QStringLiteral("jaeger-agent"))->kind, kinds::apm);
    QCOMPARE(d.component(QStringLiteral("write-home-timeline-rabbitmq"))->kind, kinds::messageQueue);
    QCOMPARE(d.component(QStringLiteral("write-home-timeline-rabbitmq"))->properties.value(keys::engine).toString(), QStringLiteral("rabbitmq"));
    for (const char *store : {"user-mongodb", "media-mongodb", "post-storage-mongodb", "url-shorten-mongodb", "social-graph-mongodb", "user-timeline-mongodb"})
        QCOMPARE(d.component(QLatin1String(store))->kind, kinds::documentDatabase);
    for (const char *store : {"user-memcached", "media-memcached", "post-storage-memcached", "url-shorten-memcached"}) {
        QCOMPARE(d.component(QLatin1String(store))->kind, kinds::cache);
        QCOMPARE(d.component(QLatin1String(store))->properties.value(keys::engine).toString(), QStringLiteral("memcached"));
    }
    for (const char *store : {"social-graph-redis", "home-timeline-redis", "user-timeline-redis"})
        QCOMPARE(d.component(QLatin1String(store))->properties.value(keys::engine).toString(), QStringLiteral("redis"));
    const Component *compose = d.component(QStringLiteral("compose-post-service"));
    QCOMPARE(compose->kind, kinds::microservice);
    QCOMPARE(compose->properties.value(keys::image).toString(), QStringLiteral("deathstarbench/social-network-microservices:0.0.1"));
    // The front publishes 8080 on every interface: exposed, so the analysis starts there.
    QCOMPARE(d.component(QStringLiteral("nginx-thrift"))->properties.value(keys::isPublic).toBool(), true);

    // 37 depends_on entries and one MongoDB URI in the media front end's environment.
    QCOMPARE(d.connections().size(), size_t(38));
    const QSet<QString> edges = test::edgesOf(d);
    for (const char *edge : {"nginx-thrift->compose-post-service", "nginx-thrift->home-timeline-service", "compose-post-service->text-service",
                             "compose-post-service->write-home-timeline-rabbitmq", "write-home-timeline-service->write-home-timeline-rabbitmq",
                             "text-service->url-shorten-service", "text-service->user-mention-service", "user-service->social-graph-service",
                             "social-graph-service->user-service", "home-timeline-service->home-timeline-redis", "media-frontend->media-mongodb"})
        QVERIFY2(edges.contains(QLatin1String(edge)), edge);
    const Connection *mediaDb = nullptr;
    for (const Connection &c : d.connections())
        if (c.from == QLatin1String("media-frontend"))
            mediaDb = &c;
    QVERIFY(mediaDb);
    QCOMPARE(mediaDb->port, 27017);
    QCOMPARE(mediaDb->protocol, QStringLiteral("mongodb"));
    // The queue is reached asynchronously.
    for (const Connection &c : d.connections())
        if (c.to == QLatin1String("write-home-timeline-rabbitmq"))
            QCOMPARE(c.mode, ConnectionMode::Async);

    // By hand, on the undirected graph: a service whose stores hang off it alone cuts them off
    // (url-shorten, post-storage, social-graph, user-timeline, media); text-service alone leads to
    // url-shorten; compose-post alone to unique-id and to the media branch; media-mongodb alone to the
    // media front end. user-service, user-mention, home-timeline and the writer all have a second way round.
    const StructuralReport s = test::structureOf(d);
    QCOMPARE(sorted(s.cutVertices), QStringLiteral("compose-post-service, media-mongodb, media-service, post-storage-service, social-graph-service, "
                                                   "text-service, url-shorten-service, user-timeline-service"));
    QCOMPARE(sorted(test::bridgesOf(s)),
             QStringLiteral("compose-post-service--media-service, compose-post-service--unique-id-service, media-frontend--media-mongodb, "
                            "media-memcached--media-service, media-mongodb--media-service, post-storage-memcached--post-storage-service, "
                            "post-storage-mongodb--post-storage-service, social-graph-mongodb--social-graph-service, "
                            "social-graph-redis--social-graph-service, text-service--url-shorten-service, "
                            "url-shorten-memcached--url-shorten-service, url-shorten-mongodb--url-shorten-service, "
                            "user-timeline-mongodb--user-timeline-service, user-timeline-redis--user-timeline-service"));

    // The report and the metadata point at the service's line in the file.
    const QString file = kData + QStringLiteral("/deathstarbench-social/docker-compose.yml");
    const int line = lineOf(file, QStringLiteral("  compose-post-service:"));
    QCOMPARE(d.metadata.at(QStringLiteral("source.compose-post-service")), QStringLiteral("%1:%2").arg(file).arg(line));
    bool guessedKind = false;
    for (const ImportNote &n : r.report.about(QStringLiteral("service nginx-thrift")))
        guessedKind = guessedKind || (n.kind == ImportNote::Kind::Guessed && n.message.contains(QLatin1String("openresty")) && n.source.line == lineOf(file, QStringLiteral("  nginx-thrift:")));
    QVERIFY(guessedKind);
    // Jaeger cannot be exposed in the catalog: that loss is said, not silent.
    bool droppedPublic = false;
    for (const ImportNote &n : r.report.about(QStringLiteral("service jaeger-agent")))
        droppedPublic = droppedPublic || (n.kind == ImportNote::Kind::Dropped && n.message.startsWith(QLatin1String("public")));
    QVERIFY(droppedPublic);
}

void TestImportFixtures::onlineBoutique()
{
    const ImportResult r = importFixture(QStringLiteral("kubernetes"), QStringLiteral("online-boutique"));
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(test::checkProblems(d), QString());
    // 12 Deployments and the load balancer of the frontend-external Service.
    QCOMPARE(kindsOf(d), QStringLiteral("adservice=microservice, cartservice=microservice, checkoutservice=microservice, currencyservice=microservice, "
                                        "emailservice=microservice, frontend=microservice, frontend-external-load-balancer=load-balancer, "
                                        "loadgenerator=microservice, paymentservice=microservice, productcatalogservice=microservice, "
                                        "recommendationservice=microservice, redis-cart=cache, shippingservice=microservice"));
    const Component *lb = d.component(QStringLiteral("frontend-external-load-balancer"));
    QCOMPARE(lb->properties.value(keys::isPublic).toBool(), true);
    QCOMPARE(lb->properties.value(keys::layer).toString(), QStringLiteral("l4"));
    const Component *frontend = d.component(QStringLiteral("frontend"));
    QCOMPARE(frontend->properties.value(keys::healthPath).toString(), QStringLiteral("/_healthz"));
    QCOMPARE(frontend->properties.value(keys::cpuRequest).toInt(), 100);
    QCOMPARE(frontend->properties.value(keys::memoryLimit).toInt(), 128);
    QCOMPARE(frontend->properties.value(keys::replicas).toInt(), 1); // no replicas field: Kubernetes runs one

    QCOMPARE(sorted(test::edgesOf(d)),
             QStringLiteral("cartservice->redis-cart, checkoutservice->cartservice, checkoutservice->currencyservice, checkoutservice->emailservice, "
                            "checkoutservice->paymentservice, checkoutservice->productcatalogservice, checkoutservice->shippingservice, "
                            "frontend->adservice, frontend->cartservice, frontend->checkoutservice, frontend->currencyservice, "
                            "frontend->productcatalogservice, frontend->recommendationservice, frontend->shippingservice, "
                            "frontend-external-load-balancer->frontend, loadgenerator->frontend, recommendationservice->productcatalogservice"));
    // The gRPC services are reached over gRPC: their Service ports are named grpc.
    for (const Connection &c : d.connections()) {
        if (c.from == QLatin1String("checkoutservice") && c.to == QLatin1String("paymentservice"))
            QCOMPARE(c.port, 50051);
        const bool grpc = c.to != QLatin1String("frontend") && c.to != QLatin1String("redis-cart");
        QCOMPARE(c.protocol, grpc ? QStringLiteral("grpc") : c.to == QLatin1String("frontend") ? QStringLiteral("http") : QString());
    }

    // By hand: the frontend alone joins the load balancer, the load generator and the ad service to the
    // rest; checkout alone reaches payment and email; the cart service alone reaches redis-cart. Every
    // other service is called by both the frontend and checkout (or, productcatalog, also recommendation).
    const StructuralReport s = test::structureOf(d);
    QCOMPARE(sorted(s.cutVertices), QStringLiteral("cartservice, checkoutservice, frontend"));
    QCOMPARE(sorted(test::bridgesOf(s)), QStringLiteral("adservice--frontend, cartservice--redis-cart, checkoutservice--emailservice, "
                                                        "checkoutservice--paymentservice, frontend--frontend-external-load-balancer, frontend--loadgenerator"));
    // From the public load balancer, every request passes the frontend: it cuts off the 10 services behind it
    // (the load generator is not reached from there).
    QCOMPARE(s.dominators.size(), size_t(1));
    QCOMPARE(s.dominators.front().entry, QStringLiteral("frontend-external-load-balancer"));
    QCOMPARE(s.dominators.front().dominating.front(), (std::pair<QString, int>(QStringLiteral("frontend"), 10)));
    // gRPC probes have no place in the catalog: said per workload.
    bool grpcProbe = false;
    for (const ImportNote &n : r.report.about(QStringLiteral("Deployment default/checkoutservice")))
        grpcProbe = grpcProbe || (n.kind == ImportNote::Kind::Dropped && n.message.startsWith(QLatin1String("readinessProbe")));
    QVERIFY(grpcProbe);
}

void TestImportFixtures::sockShop()
{
    const ImportResult r = importFixture(QStringLiteral("compose"), QStringLiteral("sock-shop"));
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    const Design &d = *r.design;
    QCOMPARE(test::checkProblems(d), QString());
    QCOMPARE(kindsOf(d), QStringLiteral("carts=microservice, carts-db=document-database, catalogue=microservice, catalogue-db=relational-database, "
                                        "edge-router=microservice, front-end=microservice, orders=microservice, orders-db=document-database, "
                                        "payment=microservice, queue-master=microservice, rabbitmq=message-queue, shipping=microservice, "
                                        "user=microservice, user-db=document-database"));
    // The catalogue's MySQL is a custom image: its MYSQL_ variables give it away.
    QCOMPARE(d.component(QStringLiteral("catalogue-db"))->properties.value(keys::engine).toString(), QStringLiteral("mysql"));
    QCOMPARE(sorted(test::edgesOf(d)),
             QStringLiteral("carts->carts-db, catalogue->catalogue-db, edge-router->front-end, front-end->carts, front-end->catalogue, "
                            "front-end->orders, front-end->user, orders->carts, orders->orders-db, orders->payment, orders->shipping, "
                            "orders->user, queue-master->rabbitmq, shipping->rabbitmq, user->user-db"));
    // Zipkin is named but not in the file: listed, not connected.
    QCOMPARE(r.report.count(ImportNote::Kind::Unresolved), 1);
    const ImportNote zipkin = [&] {
        for (const ImportNote &n : r.report.notes())
            if (n.kind == ImportNote::Kind::Unresolved)
                return n;
        return ImportNote{};
    }();
    QVERIFY(zipkin.message.contains(QLatin1String("zipkin")));
    QCOMPARE(zipkin.source.line, lineOf(kData + QStringLiteral("/sock-shop/docker-compose.yml"), QStringLiteral("ZIPKIN=")));

    // By hand: front-end alone joins the edge router and the catalogue branch; orders alone reaches its
    // store, payment and shipping; shipping alone RabbitMQ, RabbitMQ alone the queue master; carts, user
    // and catalogue alone their stores. front-end -> carts / user have a second way round through orders.
    const StructuralReport s = test::structureOf(d);
    QCOMPARE(sorted(s.cutVertices), QStringLiteral("carts, catalogue, front-end, orders, rabbitmq, shipping, user"));
    QCOMPARE(sorted(test::bridgesOf(s)), QStringLiteral("carts--carts-db, catalogue--catalogue-db, catalogue--front-end, edge-router--front-end, "
                                                        "orders--orders-db, orders--payment, orders--shipping, queue-master--rabbitmq, "
                                                        "rabbitmq--shipping, user--user-db"));
    // The edge router publishes port 80: the entry, and the front end dominates everything behind it.
    QCOMPARE(s.dominators.size(), size_t(1));
    QCOMPARE(s.dominators.front().entry, QStringLiteral("edge-router"));
    QCOMPARE(s.dominators.front().dominating.front(), (std::pair<QString, int>(QStringLiteral("front-end"), 11)));
}

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
