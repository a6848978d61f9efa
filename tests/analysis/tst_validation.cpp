// SPDX-License-Identifier: MIT
// Every validation rule with a design that triggers it and one that does not; accepted findings;
// failure simulation; golden findings for every bundled example.
#include "catalog.h"
#include "dependencygraph.h"
#include "design.h"
#include "designio.h"
#include "failuremodel.h"
#include "findingreport.h"
#include "golden.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <functional>
#include <set>

using namespace sd;

namespace {

/// Builds designs tersely. Property values use the loader's types (qint64, bool, QString).
class Builder
{
public:
    Builder()
    {
        d.name = QStringLiteral("Test");
        d.metadata[QStringLiteral("stage")] = QStringLiteral("production");
        zone(QStringLiteral("aws"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QStringLiteral("aws")}});
        zone(QStringLiteral("r1"), QStringLiteral("region"), QStringLiteral("aws"),
             {{QStringLiteral("region"), QStringLiteral("eu-west-1")}});
        zone(QStringLiteral("az-a"), QStringLiteral("availability-zone"), QStringLiteral("r1"),
             {{QStringLiteral("zone"), QStringLiteral("eu-west-1a")}});
        zone(QStringLiteral("az-b"), QStringLiteral("availability-zone"), QStringLiteral("r1"),
             {{QStringLiteral("zone"), QStringLiteral("eu-west-1b")}});
    }

    /// The well-designed base: users -> WAF -> multi-AZ LB -> 3 API replicas -> multi-AZ DB, observed and alerting.
    static Builder good()
    {
        Builder b;
        b.comp("users", "users", "")
            .comp("waf", "waf", "r1")
            .comp("lb", "load-balancer", "r1", {{"multiAz", true}, {"public", true}})
            .comp("api", "microservice", "r1",
                  {{"replicas", qint64(3)}, {"cpuRequest", qint64(500)}, {"image", QStringLiteral("registry.example.com/api:1.0")}})
            .comp("db", "relational-database", "r1", {{"multiAz", true}, {"backupRetentionDays", qint64(14)}})
            .comp("metrics", "metrics", "r1", {{"replicas", qint64(2)}})
            .comp("logs", "logging", "r1", {{"replicas", qint64(2)}})
            .comp("alerts", "alerting", "")
            .conn("users", "waf")
            .conn("waf", "lb")
            .conn("lb", "api")
            .conn("api", "db")
            .conn("api", "metrics", true)
            .conn("api", "logs", true)
            .conn("metrics", "alerts", true);
        return b;
    }

    Builder &zone(const QString &id, const QString &kind, const QString &parent, const QVariantMap &props)
    {
        Zone z;
        z.id = id;
        z.kind = kind;
        z.name = id;
        z.parent = parent;
        z.properties = props;
        if (!d.addZone(z))
            qFatal("cannot add zone %s", qPrintable(id));
        return *this;
    }
    Builder &comp(const char *id, const char *kind, const char *zone, const std::map<const char *, QVariant> &props = {})
    {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QString::fromLatin1(kind);
        c.name = c.id;
        c.zone = QString::fromLatin1(zone);
        for (const auto &[key, value] : props)
            c.properties.insert(QString::fromLatin1(key), value);
        if (!d.addComponent(c))
            qFatal("cannot add component %s", id);
        return *this;
    }
    Builder &conn(const char *from, const char *to, bool async = false)
    {
        Connection c;
        c.id = QStringLiteral("%1-to-%2").arg(QLatin1String(from), QLatin1String(to));
        c.from = QString::fromLatin1(from);
        c.to = QString::fromLatin1(to);
        c.protocol = QStringLiteral("https");
        c.mode = async ? ConnectionMode::Async : ConnectionMode::Sync;
        if (!d.addConnection(c))
            qFatal("cannot connect %s to %s", from, to);
        return *this;
    }
    Builder &drop(const char *from, const char *to)
    {
        if (!d.removeConnection(QStringLiteral("%1-to-%2").arg(QLatin1String(from), QLatin1String(to))))
            qFatal("no connection %s to %s", from, to);
        return *this;
    }
    Builder &set(const char *id, const char *key, const QVariant &value)
    {
        d.mutableComponent(QString::fromLatin1(id))->properties.insert(QString::fromLatin1(key), value);
        return *this;
    }
    Builder &unset(const char *id, const char *key)
    {
        d.mutableComponent(QString::fromLatin1(id))->properties.remove(QString::fromLatin1(key));
        return *this;
    }
    Builder &move(const char *id, const char *zone)
    {
        d.mutableComponent(QString::fromLatin1(id))->zone = QString::fromLatin1(zone);
        return *this;
    }
    Builder &answer(const char *question, const QVariant &value)
    {
        d.setAnswer({QString::fromLatin1(question), value, {}});
        return *this;
    }
    /// A full second stack in another region (and optionally another provider), reached by the same users.
    Builder &secondStack(const char *provider)
    {
        const QString cloud = QString::fromLatin1(provider) == QLatin1String("aws") ? QStringLiteral("aws")
                                                                                   : QStringLiteral("cloud2");
        if (cloud != QLatin1String("aws"))
            zone(cloud, QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QString::fromLatin1(provider)}});
        zone(QStringLiteral("r2"), QStringLiteral("region"), cloud, {{QStringLiteral("region"), QStringLiteral("eu-central-1")}});
        comp("waf2", "waf", "r2")
            .comp("lb2", "load-balancer", "r2", {{"multiAz", true}, {"public", true}})
            .comp("api2", "microservice", "r2",
                  {{"replicas", qint64(3)}, {"cpuRequest", qint64(500)}, {"image", QStringLiteral("registry.example.com/api:1.0")}})
            .comp("db2", "relational-database", "r2", {{"multiAz", true}, {"backupRetentionDays", qint64(14)}})
            .conn("users", "waf2")
            .conn("waf2", "lb2")
            .conn("lb2", "api2")
            .conn("api2", "db2")
            .conn("api2", "metrics", true)
            .conn("api2", "logs", true);
        return *this;
    }

    Design d;
};

std::set<QString> ruleIds(const std::vector<Finding> &findings)
{
    std::set<QString> ids;
    for (const Finding &f : findings)
        ids.insert(f.ruleId);
    return ids;
}

const Finding *findRule(const std::vector<Finding> &findings, const char *rule)
{
    for (const Finding &f : findings)
        if (f.ruleId == QLatin1String(rule))
            return &f;
    return nullptr;
}

struct RuleCase {
    const char *rule;
    const char *what;
    std::function<Builder()> build;
    bool fires;
};

std::vector<RuleCase> ruleCases()
{
    using B = Builder;
    auto eventStream = [](qint64 members) {
        return B::good()
            .comp("events", "event-stream", "r1", {{"replicas", members}, {"multiAz", true}})
            .comp("worker", "microservice", "r1", {{"replicas", qint64(2)}})
            .conn("api", "events", true)
            .conn("events", "worker", true)
            .conn("worker", "metrics", true)
            .conn("worker", "logs", true);
    };
    auto service = [](B &b, const char *id) -> B & {
        return b.comp(id, "microservice", "r1", {{"replicas", qint64(2)}}).conn(id, "metrics", true).conn(id, "logs", true);
    };
    auto chain = [service](int extra) {
        B b = B::good();
        const char *ids[] = {"s1", "s2", "s3", "s4"};
        const char *previous = "api";
        for (int i = 0; i < extra; ++i) {
            service(b, ids[i]).conn(previous, ids[i]);
            previous = ids[i];
        }
        return b;
    };
    return {
        {"redundancy.single-replica", "one API replica", [] { return B::good().set("api", "replicas", qint64(1)); }, true},
        {"redundancy.single-replica", "three API replicas", [] { return B::good(); }, false},
        {"redundancy.single-replica", "a self-run RabbitMQ broker on the path",
         [] {
             return B::good()
                 .comp("queue", "message-queue", "r1", {{"engine", QStringLiteral("rabbitmq")}})
                 .conn("api", "queue", true);
         },
         true},
        {"redundancy.no-load-balancer", "WAF calls the replicas directly",
         [] { return B::good().drop("waf", "lb").drop("lb", "api").conn("waf", "api"); }, true},
        {"redundancy.no-load-balancer", "load balancer in front", [] { return B::good(); }, false},
        {"redundancy.chokepoint", "single-zone load balancer on every path",
         [] { return B::good().set("lb", "multiAz", false); }, true},
        {"redundancy.chokepoint", "multi-AZ load balancer", [] { return B::good(); }, false},
        {"redundancy.quorum", "two brokers", [eventStream] { return eventStream(2); }, true},
        {"redundancy.quorum", "four brokers", [eventStream] { return eventStream(4); }, true},
        {"redundancy.quorum", "three brokers", [eventStream] { return eventStream(3); }, false},
        {"spread.single-zone", "three replicas in eu-west-1a", [] { return B::good().move("api", "az-a"); }, true},
        {"spread.single-zone", "replicas in the region", [] { return B::good(); }, false},
        {"spread.zone-loss", "losing eu-west-1a takes all API replicas", [] { return B::good().move("api", "az-a"); }, true},
        {"spread.zone-loss", "nothing only in one zone", [] { return B::good(); }, false},
        {"spread.zone-loss", "a single instance in the zone is reported as such, not again",
         [] { return B::good().set("api", "replicas", qint64(1)).move("api", "az-a"); }, false},
        {"spread.single-region", "one region", [] { return B::good(); }, true},
        {"spread.single-region", "two regions", [] { return B::good().secondStack("aws"); }, false},
        {"spread.region-loss", "second region holds a service only it has",
         [] {
             return B::good()
                 .zone(QStringLiteral("r2"), QStringLiteral("region"), QStringLiteral("aws"),
                       {{QStringLiteral("region"), QStringLiteral("eu-central-1")}})
                 .comp("reports", "microservice", "r2", {{"replicas", qint64(2)}})
                 .conn("api", "reports");
         },
         true},
        {"spread.region-loss", "active-active over two regions", [] { return B::good().secondStack("aws"); }, false},
        {"spread.single-provider", "one provider", [] { return B::good(); }, true},
        {"spread.single-provider", "two providers", [] { return B::good().secondStack("gcp"); }, false},
        {"spread.provider-loss", "catalog only on the second provider",
         [] {
             B b = B::good();
             b.zone(QStringLiteral("cloud2"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QStringLiteral("gcp")}});
             return b.comp("catalog", "microservice", "cloud2", {{"replicas", qint64(2)}}).conn("api", "catalog");
         },
         true},
        {"spread.provider-loss", "active-active over two providers", [] { return B::good().secondStack("gcp"); }, false},
        {"data.no-standby", "single database, multi-AZ off", [] { return B::good().set("db", "multiAz", false); }, true},
        {"data.no-standby", "multi-AZ database", [] { return B::good(); }, false},
        {"data.backups-off", "backups off", [] { return B::good().set("db", "backups", false); }, true},
        {"data.backups-off", "backups on", [] { return B::good(); }, false},
        {"data.short-retention", "3 days", [] { return B::good().set("db", "backupRetentionDays", qint64(3)); }, true},
        {"data.short-retention", "7 days", [] { return B::good().set("db", "backupRetentionDays", qint64(7)); }, false},
        {"data.no-cross-region", "region RPO without a copy", [] { return B::good().answer("general.rpo.region", 15); }, true},
        {"data.no-cross-region", "region RPO with a copy",
         [] {
             return B::good().answer("general.rpo.region", 15).set("db", "crossRegionReplica", true).set(
                 "db", "replicaRegion", QStringLiteral("eu-central-1"));
         },
         false},
        {"data.no-cross-region", "no region objective", [] { return B::good(); }, false},
        {"data.stateful-scaled-out", "stateful with 3 replicas", [] { return B::good().set("api", "stateful", true); }, true},
        {"data.stateful-scaled-out", "stateful with shared state",
         [] { return B::good().set("api", "stateful", true).set("api", "sharedState", true); }, false},
        {"data.no-versioning", "bucket without versioning",
         [] {
             return B::good().comp("bucket", "object-storage", "r1", {{"versioning", false}}).conn("api", "bucket");
         },
         true},
        {"data.no-versioning", "bucket with versioning",
         [] { return B::good().comp("bucket", "object-storage", "r1").conn("api", "bucket"); }, false},
        {"data.no-dead-letter", "queue with the dead-letter queue off",
         [] {
             return B::good().comp("jobs", "message-queue", "r1", {{"deadLetterQueue", false}}).comp("worker", "microservice", "r1",
                 {{"replicas", qint64(2)}}).conn("api", "jobs", true).conn("jobs", "worker", true);
         },
         true},
        {"data.no-dead-letter", "queue with the default dead-letter queue",
         [] {
             return B::good().comp("jobs", "message-queue", "r1").comp("worker", "microservice", "r1", {{"replicas", qint64(2)}})
                 .conn("api", "jobs", true).conn("jobs", "worker", true);
         },
         false},
        {"scaling.min-above-max", "min 5, max 3",
         [] {
             return B::good().set("api", "autoscaling", true).set("api", "minReplicas", qint64(5)).set(
                 "api", "maxReplicas", qint64(3));
         },
         true},
        {"scaling.min-above-max", "min 3, max 10",
         [] { return B::good().set("api", "autoscaling", true).set("api", "minReplicas", qint64(3)); }, false},
        {"scaling.cpu-target", "150 %",
         [] { return B::good().set("api", "autoscaling", true).set("api", "cpuTarget", qint64(150)); }, true},
        {"scaling.cpu-target", "0 %",
         [] { return B::good().set("api", "autoscaling", true).set("api", "cpuTarget", qint64(0)); }, true},
        {"scaling.cpu-target", "70 %", [] { return B::good().set("api", "autoscaling", true); }, false},
        {"scaling.no-cpu-request", "autoscaling on the default request",
         [] { return B::good().set("api", "autoscaling", true).unset("api", "cpuRequest"); }, true},
        {"scaling.no-cpu-request", "autoscaling with a request", [] { return B::good().set("api", "autoscaling", true); },
         false},
        {"scaling.below-peak", "100,000 users, at most 10 replicas",
         [] {
             return B::good().answer("general.peak.concurrentUsers", 100000).set("api", "autoscaling", true).set(
                 "api", "maxReplicas", qint64(10));
         },
         true},
        {"scaling.below-peak", "100,000 users, up to 60 replicas",
         [] {
             return B::good().answer("general.peak.concurrentUsers", 100000).set("api", "autoscaling", true).set(
                 "api", "maxReplicas", qint64(60));
         },
         false},
        {"scaling.below-peak", "no expected peak",
         [] { return B::good().set("api", "autoscaling", true).set("api", "maxReplicas", qint64(3)); }, false},
        {"observability.unobserved", "no metrics", [] { return B::good().drop("api", "metrics"); }, true},
        {"observability.unobserved", "metrics and logs", [] { return B::good(); }, false},
        {"observability.no-alert-routing", "alerting not fed", [] { return B::good().drop("metrics", "alerts"); }, true},
        {"observability.no-alert-routing", "metrics page the on-call", [] { return B::good(); }, false},
        {"security.no-waf", "users straight to the load balancer",
         [] { return B::good().drop("users", "waf").drop("waf", "lb").conn("users", "lb"); }, true},
        {"security.no-waf", "WAF in front", [] { return B::good(); }, false},
        {"security.exposed-datastore", "users call the database", [] { return B::good().conn("users", "db"); }, true},
        {"security.exposed-datastore", "public database", [] { return B::good().set("db", "public", true); }, true},
        {"security.exposed-datastore", "database behind the API", [] { return B::good(); }, false},
        {"security.unencrypted", "encryption off", [] { return B::good().set("db", "encryptionAtRest", false); }, true},
        {"security.unencrypted", "encryption on", [] { return B::good(); }, false},
        {"security.plain-secret", "password in the image URL",
         [] { return B::good().set("api", "image", QStringLiteral("https://bob:hunter2@registry.example.com/api:1.0")); },
         true},
        {"security.plain-secret", "plain image reference", [] { return B::good(); }, false},
        {"hygiene.sync-cycle", "api and svc call each other",
         [service] {
             B b = B::good();
             return service(b, "svc").conn("api", "svc").conn("svc", "api");
         },
         true},
        {"hygiene.sync-cycle", "the call back is asynchronous",
         [service] {
             B b = B::good();
             return service(b, "svc").conn("api", "svc").conn("svc", "api", true);
         },
         false},
        {"hygiene.queue-no-producer", "nobody publishes",
         [] { return B::good().comp("queue", "message-queue", "r1").conn("queue", "api", true); }, true},
        {"hygiene.queue-no-consumer", "nobody consumes",
         [] { return B::good().comp("queue", "message-queue", "r1").conn("api", "queue", true); }, true},
        {"hygiene.queue-no-consumer", "producer and consumer",
         [service] {
             B b = B::good();
             return service(b.comp("queue", "message-queue", "r1").conn("api", "queue", true), "worker")
                 .conn("queue", "worker", true);
         },
         false},
        {"hygiene.queue-no-producer", "producer and consumer",
         [service] {
             B b = B::good();
             return service(b.comp("queue", "message-queue", "r1").conn("api", "queue", true), "worker")
                 .conn("queue", "worker", true);
         },
         false},
        {"hygiene.unconnected", "a lonely service",
         [] { return B::good().comp("lonely", "microservice", "r1", {{"replicas", qint64(2)}}); }, true},
        {"hygiene.unconnected", "everything connected", [] { return B::good(); }, false},
        {"hygiene.deep-sync-chain", "five services in a row", [chain] { return chain(4); }, true},
        {"hygiene.deep-sync-chain", "four services in a row", [chain] { return chain(3); }, false},
    };
}

QString goldenDir() { return QStringLiteral(SOURCE_DIR "/tests/analysis/golden"); }

QStringList exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodDesignHasOnlyTheRegionAndProviderNotes();
    void everyRule();
    void everyRuleIsCovered();
    void findingIdsAreStableAndUnique();
    void acceptedFindingsStayAccepted();
    void simulateComponentZoneRegionProvider();
    void blastRadiusRanksTheFrontDoorFirst();
    void designWithoutTrafficSourceStillAnalysed();
    void examplesMatchGolden_data();
    void examplesMatchGolden();
    void fintechHasNoErrors();
};

void TestValidation::goodDesignHasOnlyTheRegionAndProviderNotes()
{
    const auto findings = validateDesign(Builder::good().d, Catalog::builtin());
    QCOMPARE(ruleIds(findings), (std::set<QString>{QStringLiteral("spread.single-region"),
                                                   QStringLiteral("spread.single-provider")}));
}

void TestValidation::everyRule()
{
    for (const RuleCase &c : ruleCases()) {
        QVERIFY2(validationRule(QLatin1String(c.rule)), c.rule);
        const Builder b = c.build();
        const auto findings = validateDesign(b.d, Catalog::builtin());
        const Finding *f = findRule(findings, c.rule);
        const QByteArray what = QByteArray(c.rule) + " / " + c.what;
        QVERIFY2(bool(f) == c.fires, what.constData());
        if (f) {
            QVERIFY2(!f->message.isEmpty() && !f->reason.isEmpty() && !f->fix.isEmpty(), what.constData());
            QVERIFY2(f->id.startsWith(f->ruleId), what.constData());
        }
    }
}

void TestValidation::everyRuleIsCovered()
{
    std::set<QString> fired, quiet;
    for (const RuleCase &c : ruleCases())
        (c.fires ? fired : quiet).insert(QLatin1String(c.rule));
    for (const RuleInfo &r : validationRules()) {
        QVERIFY2(fired.count(QLatin1String(r.id)), r.id);
        // spread.single-region/-provider "quiet" cases are the two-region/-provider designs.
        QVERIFY2(quiet.count(QLatin1String(r.id)), r.id);
    }
}

void TestValidation::findingIdsAreStableAndUnique()
{
    const Builder b = Builder::good().set("api", "replicas", qint64(1)).set("db", "multiAz", false);
    const auto first = validateDesign(b.d, Catalog::builtin());
    const auto second = validateDesign(b.d, Catalog::builtin());
    QCOMPARE(first, second);
    std::set<QString> ids;
    for (const Finding &f : first)
        QVERIFY2(ids.insert(f.id).second, qPrintable(f.id));
    QVERIFY(ids.count(QStringLiteral("redundancy.single-replica/api")));
    QVERIFY(ids.count(QStringLiteral("data.no-standby/db")));
    // Findings come errors first.
    for (size_t i = 1; i < first.size(); ++i)
        QVERIFY(first[i - 1].severity >= first[i].severity);
}

void TestValidation::acceptedFindingsStayAccepted()
{
    Builder b = Builder::good().set("api", "replicas", qint64(1));
    QVERIFY(hasFindingsAtLeast(validateDesign(b.d, Catalog::builtin()), FindingSeverity::Error));
    b.d.setAcceptedFinding({QStringLiteral("redundancy.single-replica/api"), QStringLiteral("Fine for the MVP"),
                            QStringLiteral("Dana"), QStringLiteral("2026-11-20")});
    auto findings = validateDesign(b.d, Catalog::builtin());
    const Finding *f = findRule(findings, "redundancy.single-replica");
    QVERIFY(f);
    QVERIFY(f->accepted);
    QCOMPARE(f->justification, QStringLiteral("Fine for the MVP"));
    QVERIFY(!hasFindingsAtLeast(findings, FindingSeverity::Error));
    QCOMPARE(countFindings(findings).accepted, 1);
    QCOMPARE(countFindings(findings).errors, 0);
    // An unrelated edit, and a change to the component itself that keeps the problem: still accepted.
    b.set("db", "backupRetentionDays", qint64(30)).set("api", "cpuRequest", qint64(750));
    b.d.mutableComponent(QStringLiteral("api"))->name = QStringLiteral("Public API");
    findings = validateDesign(b.d, Catalog::builtin());
    f = findRule(findings, "redundancy.single-replica");
    QVERIFY(f && f->accepted);
    QVERIFY(f->message.contains(QStringLiteral("Public API")));
    // Fixing the problem makes the finding go away; the acceptance stays in the file, harmless.
    b.set("api", "replicas", qint64(2));
    QVERIFY(!findRule(validateDesign(b.d, Catalog::builtin()), "redundancy.single-replica"));
}

void TestValidation::simulateComponentZoneRegionProvider()
{
    const Builder b = Builder::good().move("api", "az-a");
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QString error;

    // The API fails: users lose the API and the database behind it (observability too).
    auto api = model.resolve(QStringLiteral("api"), &error);
    QVERIFY2(api, qPrintable(error));
    auto result = model.simulate(api->scenario, api->failed);
    QVERIFY(result.breaksEntries());
    QCOMPARE(result.entries.size(), size_t(1));
    QStringList lost;
    for (int v : result.entries.front().lost)
        lost.append(model.profile(v).component->id);
    QCOMPARE(lost, (QStringList{QStringLiteral("alerts"), QStringLiteral("api"), QStringLiteral("db"),
                                QStringLiteral("logs"), QStringLiteral("metrics")}));

    // Zone by real name and by id; the other zone holds nothing.
    auto zoneA = model.resolve(QStringLiteral("zone:eu-west-1a"), &error);
    QVERIFY2(zoneA, qPrintable(error));
    QCOMPARE(zoneA->failed.size(), size_t(1));
    QVERIFY(model.simulate(zoneA->scenario, zoneA->failed).breaksEntries());
    auto zoneB = model.resolve(QStringLiteral("zone:az-b"), &error);
    QVERIFY2(zoneB, qPrintable(error));
    QVERIFY(zoneB->failed.empty());
    QVERIFY(!model.simulate(zoneB->scenario, zoneB->failed).breaksEntries());

    // Region and provider take everything but the users and the alerting SaaS.
    auto region = model.resolve(QStringLiteral("region:eu-west-1"), &error);
    QVERIFY2(region, qPrintable(error));
    QCOMPARE(region->failed.size(), size_t(6));
    auto provider = model.resolve(QStringLiteral("provider:aws"), &error);
    QVERIFY2(provider, qPrintable(error));
    QCOMPARE(provider->failed.size(), size_t(6));

    // Unknown things are refused with a reason.
    QVERIFY(!model.resolve(QStringLiteral("nope"), &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
    QVERIFY(!model.resolve(QStringLiteral("galaxy:far"), &error));
    QVERIFY(!model.resolve(QStringLiteral("provider:azure"), &error));
}

void TestValidation::blastRadiusRanksTheFrontDoorFirst()
{
    const Builder b = Builder::good();
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    const std::vector<int> ranking = model.rankByBlastRadius(3);
    QCOMPARE(ranking.size(), size_t(3));
    // users -> waf -> lb -> api -> ...: every component lies behind the users, then the WAF, then the LB.
    QCOMPARE(model.profile(ranking[0]).component->id, QStringLiteral("users"));
    QCOMPARE(model.blastRadius()[size_t(ranking[0])], 8);
    QCOMPARE(model.profile(ranking[1]).component->id, QStringLiteral("waf"));
    QCOMPARE(model.blastRadius()[size_t(ranking[1])], 7);
    QCOMPARE(model.profile(ranking[2]).component->id, QStringLiteral("lb"));
}

void TestValidation::designWithoutTrafficSourceStillAnalysed()
{
    Builder b;
    b.comp("api", "microservice", "r1").comp("db", "relational-database", "r1", {{"multiAz", true}}).conn("api", "db");
    const auto findings = validateDesign(b.d, Catalog::builtin());
    // The API is what nothing calls, so it stands in as the entry point and its single replica counts.
    QVERIFY(findRule(findings, "redundancy.single-replica"));
}

void TestValidation::examplesMatchGolden_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
}

void TestValidation::examplesMatchGolden()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadDesign(path, Catalog::builtin());
    QVERIFY(loaded.ok());
    const auto findings = validateDesign(*loaded.design, Catalog::builtin());
    const QString name = QFileInfo(path).fileName();
    const QByteArray report = writeReport(findings, {loaded.design->name, name, designSourceLines(path)}, ReportFormat::Text);
    const QString golden = goldenDir() + QLatin1Char('/') + name.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".txt");
    const QString mismatch = test::goldenMismatch(golden, report);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestValidation::fintechHasNoErrors()
{
    const LoadResult loaded = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/fintech-p2p.stackdraft.yaml"),
                                         Catalog::builtin());
    QVERIFY(loaded.ok());
    const auto findings = validateDesign(*loaded.design, Catalog::builtin());
    for (const Finding &f : findings)
        QVERIFY2(f.severity != FindingSeverity::Error, qPrintable(f.id + QStringLiteral(": ") + f.message));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
