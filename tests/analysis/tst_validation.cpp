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
#include "structural.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <functional>
#include <random>
#include <set>

#include "designbuilder.h"

using namespace sd;
using sd::test::Builder;
using sd::test::loopWithoutEntry;

namespace {

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
        {"redundancy.quorum", "two brokers", [] { return sd::test::eventStream(2); }, true},
        {"redundancy.quorum", "four brokers", [] { return sd::test::eventStream(4); }, true},
        {"redundancy.quorum", "three brokers", [] { return sd::test::eventStream(3); }, false},
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
        // The capacity model's figure (docs/questionnaire.md): 1,000 users x 6 / 60 = 100 req/s reach the api.
        {"scaling.below-peak", "100 req/s, at most 10 replicas",
         [] {
             return B::good().answer("general.peak.concurrent", 1000).answer("general.session.requestsPerMinute", 6).set("api", "autoscaling", true).set(
                 "api", "maxReplicas", qint64(10));
         },
         true},
        {"scaling.below-peak", "100 req/s, up to 1,000 replicas",
         [] {
             return B::good().answer("general.peak.concurrent", 1000).answer("general.session.requestsPerMinute", 6).set("api", "autoscaling", true).set(
                 "api", "maxReplicas", qint64(1000));
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
        {"hygiene.no-entry-point", "web and api call each other, nothing calls in (issue 13)", [] { return loopWithoutEntry(); }, true},
        {"hygiene.no-entry-point", "users drawn", [] { return B::good(); }, false},
        {"hygiene.candidate-entries", "no users: analysed from what nothing calls",
         [] { return B::good().remove("users"); }, true},
        {"hygiene.candidate-entries", "users drawn", [] { return B::good(); }, false},
        {"hygiene.unpinned-image", "untagged image", [] { return B::good().set("api", "image", QStringLiteral("nginx")); }, true},
        {"hygiene.unpinned-image", ":latest behind a registry port",
         [] { return B::good().set("api", "image", QStringLiteral("registry.example.com:5000/api:latest")); }, true},
        {"hygiene.unpinned-image", "self-run database without a tag",
         [] { return B::good().set("db", "hosting", QStringLiteral("kubernetes")).set("db", "image", QStringLiteral("postgres")); }, true},
        {"hygiene.unpinned-image", "managed database: its image is not used",
         [] { return B::good().set("db", "image", QStringLiteral("postgres")); }, false},
        {"hygiene.unpinned-image", "tag behind a registry port",
         [] { return B::good().set("api", "image", QStringLiteral("registry.example.com:5000/api")); }, true},
        {"hygiene.unpinned-image", "pinned by digest",
         [] { return B::good().set("api", "image", QStringLiteral("nginx@sha256:0123456789abcdef")); }, false},
        {"hygiene.unpinned-image", "fixed tag", [] { return B::good(); }, false},
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
    void noEntryPointFailsTheGate();
    void multiAzPrimaryInAZoneFailsOver();
    void replicasDrawnInAZoneRunThere();
    void losingTheOnlyZoneIsNeverSilent();
    void deepChainBelowASyncCycle();
    void callbackPairIsABridge();
    void entryPointsAreNotCapped();
    void entryReachAgainstWalks();
    void trafficStartsHereIsNotExposure();
    void structuralReportById();
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

void TestValidation::noEntryPointFailsTheGate()
{
    const Builder b = loopWithoutEntry();
    const auto findings = validateDesign(b.d, Catalog::builtin());
    const Finding *f = findRule(findings, "hygiene.no-entry-point");
    QVERIFY(f);
    QCOMPARE(f->severity, FindingSeverity::Error);
    QVERIFY(hasFindingsAtLeast(findings, FindingSeverity::Error)); // a CI gate fails
    // The likely starts are the cycle nothing outside calls: web and api, not the database.
    QCOMPARE(f->componentIds, (QStringList{QStringLiteral("api"), QStringLiteral("web")}));
    QVERIFY(f->fix.contains(QStringLiteral("Traffic starts here")));
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QVERIFY(model.entries().empty());
    QVERIFY(!model.candidateEntries());
    // Marking where traffic starts makes the analysis run: the single replicas appear.
    Builder marked = loopWithoutEntry().set("web", "entryPoint", true);
    const auto after = validateDesign(marked.d, Catalog::builtin());
    QVERIFY(!findRule(after, "hygiene.no-entry-point"));
    QVERIFY(!findRule(after, "hygiene.candidate-entries"));
    QVERIFY(findRule(after, "redundancy.single-replica"));
}

void TestValidation::multiAzPrimaryInAZoneFailsOver()
{
    // A multi-AZ PostgreSQL and Redis drawn in eu-west-1a, the AWS way of drawing a primary.
    Builder b = Builder::good().move("db", "az-a").comp("cache", "cache", "az-a", {{"multiAz", true}}).conn("api", "cache");
    auto findings = validateDesign(b.d, Catalog::builtin());
    QVERIFY(!findRule(findings, "spread.zone-loss"));
    QVERIFY(!findRule(findings, "data.no-standby"));
    const Finding *region = findRule(findings, "spread.single-region");
    QVERIFY(region);
    QVERIFY2(region->note.contains(QStringLiteral("cache, db")) && region->note.contains(QStringLiteral("failing over inside the region")),
             qPrintable(region->note));

    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    const int db = graph.indexOf(QStringLiteral("db"));
    QVERIFY(model.profile(db).failsOverInRegion);
    QCOMPARE(model.profile(db).unit, FailureUnit::Region);
    QCOMPARE(model.redundancyText(db), QStringLiteral("multi-AZ, primary in eu-west-1a"));
    QString error;
    const auto zone = model.resolve(QStringLiteral("zone:eu-west-1a"), &error);
    QVERIFY2(zone, qPrintable(error));
    QVERIFY(zone->failed.empty());
    const SimulationResult result = model.simulate(*zone);
    QVERIFY(!result.breaksEntries());
    QCOMPARE(result.failedOver, (std::vector<int>{graph.indexOf(QStringLiteral("cache")), db}));
    QCOMPARE(model.failoverText(db), QStringLiteral("db (multi-AZ) fails over to its standby in another availability zone of eu-west-1 and stays up."));
    // The region still takes it down.
    const auto r1 = model.resolve(QStringLiteral("region:eu-west-1"), &error);
    QVERIFY(std::count(r1->failed.begin(), r1->failed.end(), db) == 1);

    // Multi-AZ off: the zone holds the only instance; the zone's loss is reported (two single
    // instances in the only zone the design uses) and the standby finding is back.
    b.set("db", "multiAz", false).set("cache", "multiAz", false);
    findings = validateDesign(b.d, Catalog::builtin());
    QVERIFY(findRule(findings, "data.no-standby"));
    const Finding *loss = findRule(findings, "spread.zone-loss");
    QVERIFY(loss);
    QVERIFY(!loss->fix.contains(QStringLiteral("or enable multi-AZ)")));
    QVERIFY(loss->fix.contains(QStringLiteral("Enable multi-AZ on")));

    // A failing-over store beside a zone-bound service: the zone-loss finding notes the survivor.
    Builder mixed = Builder::good().move("db", "az-a").move("api", "az-a");
    const Finding *noted = findRule(validateDesign(mixed.d, Catalog::builtin()), "spread.zone-loss");
    QVERIFY(noted);
    QCOMPARE(noted->componentIds, QStringList{QStringLiteral("api")});
    QVERIFY2(noted->note.contains(QStringLiteral("db (multi-AZ) fails over")), qPrintable(noted->note));
}

void TestValidation::replicasDrawnInAZoneRunThere()
{
    const Builder b = Builder::good().move("api", "az-a");
    const auto findings = validateDesign(b.d, Catalog::builtin());
    const Finding *f = findRule(findings, "spread.single-zone");
    QVERIFY(f);
    QVERIFY2(f->note.startsWith(QStringLiteral("Assumed: a service drawn inside an availability zone runs all its replicas there")),
             qPrintable(f->note));
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QCOMPARE(model.profile(graph.indexOf(QStringLiteral("api"))).unit, FailureUnit::Zone);
}

void TestValidation::losingTheOnlyZoneIsNeverSilent()
{
    // Sock Shop's shape: every service a single instance, all in eu-west-1a, five entry points.
    Builder b;
    b.comp("shoppers", "users", "").comp("partners", "partner-api", "");
    const char *services[] = {"front-end", "catalogue", "orders", "carts", "payment"};
    for (const char *id : services)
        b.comp(id, "microservice", "az-a");
    b.comp("catalogue-db", "relational-database", "az-a");
    b.conn("shoppers", "front-end").conn("partners", "orders").conn("front-end", "catalogue").conn("front-end", "orders")
        .conn("front-end", "carts").conn("orders", "payment").conn("catalogue", "catalogue-db");
    for (const char *id : {"load-test", "cron", "monitor"})
        b.comp(id, "microservice", "", {{"entryPoint", true}}).conn(id, "front-end");
    const auto findings = validateDesign(b.d, Catalog::builtin());
    const Finding *f = findRule(findings, "spread.zone-loss");
    QVERIFY(f);
    QCOMPARE(f->id, QStringLiteral("spread.zone-loss/az-a"));
    QVERIFY(f->message.contains(QStringLiteral("the only availability zone the design uses")));
    // Every entry point that goes down is named, none summarised as "and N more".
    for (const char *entry : {"shoppers", "partners", "load-test", "cron", "monitor"})
        QVERIFY2(f->message.contains(QLatin1String(entry)), qPrintable(f->message));
    QVERIFY2(!f->message.section(QLatin1Char(':'), 0, 0).contains(QStringLiteral("more")), qPrintable(f->message));
    // What the simulation says agrees.
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QString error;
    QVERIFY(model.simulate(*model.resolve(QStringLiteral("zone:az-a"), &error)).breaksEntries());
}

void TestValidation::deepChainBelowASyncCycle()
{
    // users -> s1, s1 <-> s2, s2 -> s3 -> s4 -> s5 -> s6 -> s7 (issue 13).
    auto build = [](bool cycle) {
        Builder b;
        b.comp("users", "users", "");
        for (const char *id : {"s1", "s2", "s3", "s4", "s5", "s6", "s7"})
            b.comp(id, "microservice", "r1", {{"replicas", qint64(2)}});
        b.conn("users", "s1").conn("s1", "s2").conn("s2", "s3").conn("s3", "s4").conn("s4", "s5").conn("s5", "s6").conn("s6", "s7");
        if (cycle)
            b.conn("s2", "s1");
        return b;
    };
    const Finding *withCycle = nullptr;
    const auto findings = validateDesign(build(true).d, Catalog::builtin());
    withCycle = findRule(findings, "hygiene.deep-sync-chain");
    QVERIFY(withCycle);
    QCOMPARE(withCycle->componentIds, (QStringList{QStringLiteral("s3"), QStringLiteral("s4"), QStringLiteral("s5"),
                                                   QStringLiteral("s6"), QStringLiteral("s7")}));
    QVERIFY(findRule(findings, "hygiene.sync-cycle"));
    const Finding *without = findRule(validateDesign(build(false).d, Catalog::builtin()), "hygiene.deep-sync-chain");
    QVERIFY(without);
    QCOMPARE(without->componentIds.size(), 7);
}

void TestValidation::callbackPairIsABridge()
{
    Builder b;
    b.comp("users", "users", "").comp("api", "microservice", "r1").comp("auth", "microservice", "r1");
    b.conn("users", "api").conn("api", "auth").conn("auth", "api");
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    const StructuralReport report = structuralReport(model);
    using Pair = std::pair<QString, QString>;
    QCOMPARE(report.bridges, (std::vector<Pair>{{QStringLiteral("api"), QStringLiteral("auth")},
                                                {QStringLiteral("api"), QStringLiteral("users")}}));
    QCOMPARE(report.cutVertices, QStringList{QStringLiteral("api")});
}

void TestValidation::entryPointsAreNotCapped()
{
    // 300 entry points, each calling a service of its own (one replica) and all calling a shared one.
    constexpr int kEntries = 300;
    Builder b;
    b.comp("shared", "microservice", "r1");
    std::vector<QByteArray> ids;
    for (int i = 0; i < kEntries; ++i) {
        ids.push_back(QByteArray("client-") + QByteArray::number(i));
        ids.push_back(QByteArray("svc-") + QByteArray::number(i));
    }
    for (int i = 0; i < kEntries; ++i) {
        const char *client = ids[size_t(2 * i)].constData();
        const char *svc = ids[size_t(2 * i + 1)].constData();
        b.comp(client, "users", "").comp(svc, "microservice", "r1").conn(client, svc).conn(svc, "shared");
    }
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QCOMPARE(model.entries().size(), size_t(kEntries));
    QCOMPARE(model.entriesReaching(graph.indexOf(QStringLiteral("shared"))).size(), size_t(kEntries));
    for (int i : {0, 63, 64, 65, 200, kEntries - 1}) {
        const int svc = graph.indexOf(QStringLiteral("svc-%1").arg(i));
        const std::vector<int> reaching = model.entriesReaching(svc);
        QCOMPARE(reaching.size(), size_t(1));
        QCOMPARE(model.profile(reaching.front()).component->id, QStringLiteral("client-%1").arg(i));
    }
    const auto findings = validateDesign(b.d, Catalog::builtin());
    int single = 0;
    for (const Finding &f : findings) {
        if (f.ruleId != QLatin1String("redundancy.single-replica"))
            continue;
        ++single;
        QVERIFY2(!f.message.contains(QStringLiteral("on the path of .")), qPrintable(f.message));
        if (f.componentIds.first() == QLatin1String("svc-250"))
            QVERIFY2(f.message.contains(QStringLiteral("requests from client-250.")), qPrintable(f.message));
        if (f.componentIds.first() == QLatin1String("shared"))
            QVERIFY2(f.message.contains(QStringLiteral("and %1 more").arg(kEntries - 3)), qPrintable(f.message));
    }
    QCOMPARE(single, kEntries + 1);
    // Losing client 250's service breaks exactly that entry point.
    QString error;
    const auto svc = model.resolve(QStringLiteral("svc-250"), &error);
    const SimulationResult result = model.simulate(*svc);
    QCOMPARE(result.entries.size(), size_t(1));
    QCOMPARE(model.profile(result.entries.front().entry).component->id, QStringLiteral("client-250"));
}

void TestValidation::entryReachAgainstWalks()
{
    // Random designs with 1 to 60 traffic sources (both ways of computing reach: one walk per
    // entry up to 16, bits over the condensation beyond), cycles and callbacks included.
    std::mt19937 rng(2024);
    for (int round = 0; round < 120; ++round) {
        Builder b;
        const int services = 5 + int(rng() % 40), sources = 1 + int(rng() % 60);
        std::vector<QByteArray> ids;
        for (int i = 0; i < services; ++i)
            ids.push_back("s" + QByteArray::number(i));
        for (int i = 0; i < sources; ++i)
            ids.push_back("u" + QByteArray::number(i));
        for (int i = 0; i < services; ++i)
            b.comp(ids[size_t(i)].constData(), "microservice", "r1");
        for (int i = 0; i < sources; ++i)
            b.comp(ids[size_t(services + i)].constData(), "users", "");
        std::set<std::pair<int, int>> edges;
        for (int k = 0; k < services * 2; ++k) {
            const int from = int(rng() % unsigned(services + sources)), to = int(rng() % unsigned(services));
            if (from != to && edges.insert({from, to}).second)
                b.conn(ids[size_t(from)].constData(), ids[size_t(to)].constData());
        }
        const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
        const FailureModel model(b.d, Catalog::builtin(), graph);
        QCOMPARE(model.entries().size(), size_t(sources));
        std::vector<std::vector<char>> walks;
        for (int e : model.entries())
            walks.push_back(graph.reachable({e}));
        for (int v = 0; v < graph.vertexCount(); ++v) {
            std::vector<int> expected;
            for (size_t i = 0; i < walks.size(); ++i)
                if (walks[i][size_t(v)])
                    expected.push_back(model.entries()[i]);
            QCOMPARE(model.entriesReaching(v), expected);
            QCOMPARE(bool(model.served()[size_t(v)]), !expected.empty());
        }
    }
}

void TestValidation::trafficStartsHereIsNotExposure()
{
    // A load generator marked "traffic starts here" calls the load balancer: an entry point,
    // but not exposed, so no WAF is asked for it.
    Builder b = Builder::good().comp("loadgen", "microservice", "r1", {{"entryPoint", true}, {"replicas", qint64(2)}})
                    .conn("loadgen", "lb").conn("loadgen", "metrics", true).conn("loadgen", "logs", true);
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    QVERIFY(model.profile(graph.indexOf(QStringLiteral("loadgen"))).entry);
    auto findings = validateDesign(b.d, Catalog::builtin());
    for (const Finding &f : findings)
        QVERIFY2(!f.componentIds.contains(QStringLiteral("loadgen")), qPrintable(f.id));
    // An API exposed to the internet with nothing drawn in front is an entry that wants a WAF
    // and a load balancer.
    Builder exposed = Builder::good().comp("partner-api", "microservice", "r1", {{"public", true}, {"replicas", qint64(2)}})
                          .conn("partner-api", "db").conn("partner-api", "metrics", true).conn("partner-api", "logs", true);
    const DependencyGraph g2 = DependencyGraph::fromDesign(exposed.d);
    const FailureModel m2(exposed.d, Catalog::builtin(), g2);
    QVERIFY(m2.profile(g2.indexOf(QStringLiteral("partner-api"))).entry);
    findings = validateDesign(exposed.d, Catalog::builtin());
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.id == QLatin1String("security.no-waf/partner-api"); }));
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.id == QLatin1String("redundancy.no-load-balancer/partner-api"); }));
}

void TestValidation::structuralReportById()
{
    // Two components share a name (and a comma): the report goes by id and keeps the names aside.
    Builder b = Builder::good();
    b.d.mutableComponent(QStringLiteral("waf"))->name = QStringLiteral("Edge, outer");
    b.d.mutableComponent(QStringLiteral("lb"))->name = QStringLiteral("Edge, outer");
    const DependencyGraph graph = DependencyGraph::fromDesign(b.d);
    const FailureModel model(b.d, Catalog::builtin(), graph);
    const StructuralReport report = structuralReport(model);
    QCOMPARE(report.cutVertices, (QStringList{QStringLiteral("api"), QStringLiteral("lb"), QStringLiteral("metrics"), QStringLiteral("waf")}));
    QCOMPARE(report.dominators.size(), size_t(1));
    const auto &users = report.dominators.front();
    QCOMPARE(users.entry, QStringLiteral("users"));
    using Count = std::pair<QString, int>;
    QCOMPARE(users.dominating.front(), (Count{QStringLiteral("waf"), 6}));
    QVERIFY(std::find(users.immediate.begin(), users.immediate.end(),
                      std::make_pair(QStringLiteral("db"), QStringLiteral("api"))) != users.immediate.end());
    QVERIFY(std::find(report.names.begin(), report.names.end(),
                      std::make_pair(QStringLiteral("lb"), QStringLiteral("Edge, outer"))) != report.names.end());
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
    const QByteArray report = writeReport(findings, {loaded.design->name, name, loaded.sourceMarks}, ReportFormat::Text);
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
