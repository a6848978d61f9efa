// SPDX-License-Identifier: MIT
// The capacity model (issue 17): load along the graph, Little's law, the growth horizon, catalog
// ranges, the derivations, and one figure shared by the validator, the questionnaire and Apply.
#include "capacity.h"
#include "catalog.h"
#include "designio.h"
#include "process.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sd;

namespace {

const Catalog &catalog() { return Catalog::builtin(); }

Design loadExample(const QString &name)
{
    const LoadResult r = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/%1.stackdraft.yaml").arg(name), catalog());
    if (!r.ok()) {
        for (const Diagnostic &d : r.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        return {};
    }
    return *r.design;
}

void answer(Design &d, const char *question, const QVariant &value)
{
    d.setAnswer(Answer{QString::fromLatin1(question), value, {}});
}

void setCalls(Design &d, const char *from, const char *to, double calls)
{
    for (const Connection &c : d.connections())
        if (c.from == QLatin1String(from) && c.to == QLatin1String(to)) {
            d.mutableConnection(c.id)->callsPerRequest = calls;
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no connection %1 -> %2").arg(QLatin1String(from), QLatin1String(to))));
}

const ServiceEstimate &service(const CapacityEstimate &e, const char *id)
{
    static const ServiceEstimate none;
    const ServiceEstimate *s = e.service(QLatin1String(id));
    return s ? *s : none;
}

QStringList suggestions(const CapacityEstimate &e, const char *id)
{
    QStringList out;
    for (const Suggestion &s : e.suggestions)
        if (s.itemId == QLatin1String(id))
            out.append(QStringLiteral("%1=%2").arg(s.key, s.value.toString()));
    return out;
}

/// The seed's e-commerce workshop: 10,000 DAU mostly 9-17 US Eastern, 12-minute sessions of 6
/// requests a minute, Black Friday at 30x, 3x growth in 24 months, 5 MB uploads, RPO 15 min, RTO 4 h.
Design goldenScenario()
{
    Design d = loadExample(QStringLiteral("e-commerce"));
    d.removeAnswer(QStringLiteral("general.peak.concurrent")); // derived below, not answered
    answer(d, "general.dau.now", qint64(10000));
    answer(d, "general.dau.future", qint64(30000));
    answer(d, "general.growth.horizonMonths", qint64(24));
    answer(d, "general.peak.window", QStringLiteral("09:00-17:00 America/New_York"));
    answer(d, "general.session.minutes", qint64(12));
    answer(d, "general.session.requestsPerMinute", qint64(6));
    answer(d, "general.peak.multiplier", qint64(30));
    answer(d, "general.uploads.sizeMb", qint64(5));
    answer(d, "general.uploads.perUserPerDay", 0.2);
    answer(d, "general.rto.component", qint64(240));
    answer(d, "component.shop-db.data.rpoMinutes", qint64(15));
    answer(d, "component.shop-db.data.sizeNow", qint64(200));
    answer(d, "component.shop-db.data.growthPerMonth", qint64(10));
    answer(d, "component.auth.service.payloadKb", qint64(2));
    // What each request of the load balancer's callers fans out to (drawn on the connections).
    setCalls(d, "lb", "auth", 0.2);
    setCalls(d, "lb", "orders", 0.1);
    setCalls(d, "lb", "payments", 0.05);
    return d;
}

} // namespace

class TestCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenScenario();
    void growthMovesTheNumbers();
    void nothingCallsReconciliation();
    void scheduledAndCyclic();
    void catalogRangesAndPlausibility();
    void checkedCounts();
    void validatorAndQuestionnaireAgree_data();
    void validatorAndQuestionnaireAgree();
    void cliEstimateAndApply();
};

void TestCapacity::goldenScenario()
{
    const Design d = ::goldenScenario();
    const CapacityEstimate e = estimateCapacity(d, catalog());

    // Little's law: 10,000 users x 12 min / 480 min (09:00-17:00) = 250 users at the same time;
    // Black Friday 30x = 7,500; 7,500 x 6 requests/min / 60 = 750 req/s at the entry point.
    QVERIFY(e.users.concurrencyDerived);
    QCOMPARE(*e.users.normalConcurrent, 10000.0 * 12 / 480);
    QCOMPARE(*e.users.peakConcurrent, 250.0 * 30);
    QCOMPARE(*e.users.entryRps, 7500.0 * 6 / 60);
    QCOMPARE(e.users.growth, 30000.0 / 10000);
    QCOMPARE(*e.users.entryRpsHorizon, 750.0 * 3);
    QCOMPARE(e.users.horizonMonths, 24);
    QVERIFY(e.missingQuestions.isEmpty());

    // Along the graph: shoppers -> cdn -> waf -> gateway -> lb carry all 750; the lb fans out
    // 0.2 to auth (150), 1 to catalog (750), 0.1 to orders (75), 0.05 to payments (37.5); orders
    // call payments once each (+75 = 112.5) and put one message per request on the queue (75).
    QCOMPARE(e.loads.at(QStringLiteral("lb")), 750.0);
    QCOMPARE(e.loads.at(QStringLiteral("auth")), 150.0);
    QCOMPARE(e.loads.at(QStringLiteral("catalog")), 750.0);
    QCOMPARE(e.loads.at(QStringLiteral("orders")), 75.0);
    QCOMPARE(e.loads.at(QStringLiteral("payments")), 37.5 + 75);
    QCOMPARE(e.loads.at(QStringLiteral("order-queue")), 75.0);
    QCOMPARE(e.loads.at(QStringLiteral("fulfilment")), 75.0);
    QCOMPARE(service(e, "fulfilment").source, LoadSource::Queues);
    QCOMPARE(service(e, "auth").source, LoadSource::Propagated);

    // Every service: cpuRequest 500m at the default 70 % target carries 0.35 CPU, 100 ms of CPU per
    // request (not answered). The region has two zones drawn: each must carry everything (x 2).
    struct Expected {
        const char *id;
        double rps;
        int zones, todayNeeded, todayMax, todayMin, horizonNeeded, horizonMax;
    };
    const Expected expected[] = {
        // 150 x 0.1 = 15 CPUs / 0.35 = 42.9 -> 43, x2 = 86; normal 15/30 = 0.5 / 0.35 -> 2, x2 = 4;
        // horizon 450 x 0.1 = 45 / 0.35 = 128.6 -> 129, x2 = 258.
        {"auth", 150, 2, 43, 86, 4, 129, 258},
        // 75 / 0.35 = 214.3 -> 215, x2 = 430; normal 2.5 / 0.35 = 7.1 -> 8, x2 = 16; 225 / 0.35 = 642.9 -> 643, x2 = 1,286.
        {"catalog", 750, 2, 215, 430, 16, 643, 1286},
        // 7.5 / 0.35 = 21.4 -> 22, x2 = 44; normal 0.25 / 0.35 -> 1, x2 = 2; 22.5 / 0.35 = 64.3 -> 65, x2 = 130.
        {"orders", 75, 2, 22, 44, 2, 65, 130},
        // 11.25 / 0.35 = 32.1 -> 33, x2 = 66; normal 0.375 / 0.35 -> 2, x2 = 4; 33.75 / 0.35 = 96.4 -> 97, x2 = 194.
        {"payments", 112.5, 2, 33, 66, 4, 97, 194},
        // Drawn in one zone (us-east-1b): no headroom; 22 today, 65 at the horizon, at least 2.
        {"fulfilment", 75, 1, 22, 22, 2, 65, 65},
    };
    for (const Expected &x : expected) {
        const ServiceEstimate &s = service(e, x.id);
        QVERIFY2(s.componentId == QLatin1String(x.id), x.id);
        QCOMPARE(s.today.peakRps, x.rps);
        QCOMPARE(s.horizon.peakRps, x.rps * 3);
        QCOMPARE(s.zones, x.zones);
        QCOMPARE(s.cpusPerReplica, 0.5);
        QCOMPARE(s.cpuTargetPercent, 70);
        QCOMPARE(s.today.busyCpus, x.rps * 100 / 1000);
        QCOMPARE(s.today.neededAtPeak, x.todayNeeded);
        QCOMPARE(s.today.maxReplicas, x.todayMax);
        QCOMPARE(s.today.minReplicas, x.todayMin);
        QCOMPARE(s.horizon.neededAtPeak, x.horizonNeeded);
        QCOMPARE(s.maxReplicas, x.horizonMax); // sized for the horizon
        QCOMPARE(s.minReplicas, x.todayMin);   // the minimum follows today's normal load
        // Every figure shown carries its derivation.
        const QString why = s.derivation.join(QLatin1Char('\n'));
        QVERIFY2(why.contains(QStringLiteral("= %1 CPUs busy").arg(formatCapacityNumber(x.rps * 0.1, 2))), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("= %1 replicas").arg(x.todayNeeded)), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("%1 to %2 replicas").arg(formatCapacityNumber(x.todayMin), formatCapacityNumber(x.horizonMax))), qPrintable(why));
    }
    const QString authWhy = service(e, "auth").derivation.join(QLatin1Char('\n'));
    QVERIFY2(authWhy.contains(QLatin1String("Internal load balancer 750 req/s x 0.2 calls per request = 150 req/s at the peak")), qPrintable(authWhy));
    QVERIFY2(authWhy.contains(QLatin1String("0.5 CPU per replica at 70 % target carries 0.35 CPU: 15 / 0.35 = 43 replicas")), qPrintable(authWhy));
    QVERIFY2(authWhy.contains(QLatin1String("normal load 5 req/s (peak / 30): 2 replicas")), qPrintable(authWhy));
    // Payload: 450 req/s at the horizon x 2 KiB = 0.88 MiB/s.
    QCOMPARE(*service(e, "auth").bandwidthMiBps, 450.0 * 2 / 1024);
    const QString users = e.users.derivation.join(QLatin1Char('\n'));
    QVERIFY2(users.contains(QLatin1String("10,000 daily users x 12 min per session / 480 min peak window = 250 users at the same time")), qPrintable(users));
    QVERIFY2(users.contains(QLatin1String("7,500 users x 6 requests per minute / 60 = 750 req/s")), qPrintable(users));

    // Suggestions: auth gets autoscaling from 4 to 258 and starts at 4.
    QCOMPARE(suggestions(e, "auth"), (QStringList{"autoscaling=true", "minReplicas=4", "maxReplicas=258", "replicas=4"}));

    // Storage: images grow by the uploads of (10,000 + 30,000) / 2 = 20,000 users on average,
    // 0.2 a day of 5 MB (5,000,000 bytes) for 30 days = 600,000 MB = 600,000 / 1,073.741824 MB per GiB
    // (2^30 bytes) = 558.79 GiB a month; x 24 months = 13,411.05 GiB.
    const auto images = std::find_if(e.storage.begin(), e.storage.end(), [](const StorageEstimate &s) { return s.componentId == QLatin1String("images"); });
    QVERIFY(images != e.storage.end());
    QCOMPARE(kMbPerGib, 1073741824.0 / 1000000.0);
    QCOMPARE(images->growthGbPerMonth, 20000.0 * 0.2 * 5 * 30 / (1073741824.0 / 1000000.0));
    QVERIFY(std::abs(images->growthGbPerMonth - 558.79) < 0.005);
    QCOMPARE(images->after24MonthsGb, 24 * 20000.0 * 0.2 * 5 * 30 / (1073741824.0 / 1000000.0));
    QVERIFY(std::abs(images->after24MonthsGb - 13411.05) < 0.005);
    const QString imagesSteps = images->derivation.join(QLatin1Char('\n'));
    QVERIFY2(imagesSteps.contains(QLatin1String("20,000 daily users on average to the horizon x 0.2 uploads per day x 5 MB x 30 days "
                                                "/ 1,073.74 MB per GiB = 558.8 GiB per month")),
             qPrintable(imagesSteps));
    // shop-db: 200 GiB + 24 x 10 = 440 GiB; a restore at 100 GiB/h takes 4.4 h > RTO 4 h: a standby.
    const auto db = std::find_if(e.storage.begin(), e.storage.end(), [](const StorageEstimate &s) { return s.componentId == QLatin1String("shop-db"); });
    QCOMPARE(db->after24MonthsGb, 200.0 + 24 * 10);
    QVERIFY(suggestions(e, "shop-db").isEmpty()); // the drawn multi-AZ standby already meets the RTO
    Design single = d;
    single.mutableComponent(QStringLiteral("shop-db"))->properties.insert(QStringLiteral("multiAz"), false);
    const CapacityEstimate withoutStandby = estimateCapacity(single, catalog());
    QVERIFY(suggestions(withoutStandby, "shop-db").contains(QLatin1String("multiAz=true")));
    QStringList messages;
    for (const CapacityWarning &w : withoutStandby.warnings)
        messages.append(w.message);
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(QLatin1String("restoring 440 GiB at about 100 GiB per hour takes 4.4 h, longer than the 240 minutes")),
             qPrintable(messages.join(QLatin1Char('\n'))));
    // RPO 15 min: the backups (on by default, point-in-time) meet it; nothing to suggest there.
    QVERIFY(!suggestions(e, "shop-db").join(QLatin1Char(' ')).contains(QLatin1String("backups")));

    // Applied, the design meets the answers, saves, reopens and passes the checks.
    Design applied = d;
    applySuggestions(applied, e.suggestions);
    QVERIFY(estimateCapacity(applied, catalog()).suggestions.empty());
    const LoadResult back = readDesign(writeDesign(applied, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml, QStringLiteral("applied.yaml"), catalog());
    QVERIFY(back.ok());
    QCOMPARE(back.design->connections(), applied.connections()); // callsPerRequest round-trips
    // The example keeps its known gaps on purpose (its description lists them): applying adds no error.
    // (Fulfilment's single-replica error becomes a zone-loss one once it runs several, all in us-east-1b.)
    auto errors = [](const std::vector<Finding> &findings) {
        return std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == FindingSeverity::Error; });
    };
    const std::vector<Finding> after = validateDesign(applied, catalog());
    QVERIFY(errors(after) <= errors(validateDesign(d, catalog())));
    for (const Finding &f : after)
        QVERIFY2(f.ruleId != QLatin1String("scaling.below-peak"), qPrintable(f.message));
}

void TestCapacity::growthMovesTheNumbers()
{
    Design d = ::goldenScenario();
    const CapacityEstimate grown = estimateCapacity(d, catalog());
    d.removeAnswer(QStringLiteral("general.dau.future"));
    const CapacityEstimate flat = estimateCapacity(d, catalog());
    QCOMPARE(flat.users.growth, 1.0);
    QCOMPARE(service(flat, "catalog").maxReplicas, 430);
    QCOMPARE(service(grown, "catalog").maxReplicas, 1286);
    // Without the window, DAU and session cannot give concurrency: the estimate says which answer is missing.
    d.removeAnswer(QStringLiteral("general.peak.window"));
    const CapacityEstimate open = estimateCapacity(d, catalog());
    QVERIFY(!open.users.entryRps);
    QVERIFY(open.missingQuestions.contains(QLatin1String("general.peak.concurrent")));
    QVERIFY2(open.users.derivation.join(QLatin1Char(' ')).contains(QLatin1String("general.peak.window")), qPrintable(open.users.derivation.join(QLatin1Char(' '))));
}

void TestCapacity::nothingCallsReconciliation()
{
    // The fintech example with 4 requests per minute: Reconciliation, which nothing calls, gets no load.
    Design d = loadExample(QStringLiteral("fintech-p2p"));
    answer(d, "general.session.requestsPerMinute", qint64(4));
    const CapacityEstimate e = estimateCapacity(d, catalog());
    const ServiceEstimate &r = service(e, "reconciliation");
    QCOMPARE(r.source, LoadSource::Unreached);
    QCOMPARE(r.maxReplicas, 0);
    QVERIFY(e.loads.find(QStringLiteral("reconciliation")) == e.loads.end());
    QVERIFY(suggestions(e, "reconciliation").isEmpty());
    QVERIFY2(r.derivation.join(QLatin1Char(' ')).contains(QLatin1String("no entry point reaches it")), qPrintable(r.derivation.join(QLatin1Char(' '))));
    // The consumers of the event stream carry the messages the transactions put on it, not the site's peak:
    // 60,000 users x 4 / 60 = 4,000 req/s at each of the two entry points (customers and banks).
    QCOMPARE(*e.users.entryRps, 4000.0);
    QCOMPARE(service(e, "ledger").source, LoadSource::Propagated); // also called by payouts
    QCOMPARE(service(e, "audit").source, LoadSource::Queues);
    QCOMPARE(e.loads.at(QStringLiteral("audit")), e.loads.at(QStringLiteral("events")));
    QCOMPARE(e.loads.at(QStringLiteral("events")), e.loads.at(QStringLiteral("transactions")));
}

void TestCapacity::scheduledAndCyclic()
{
    Design d;
    auto add = [&](const char *id, const char *kind, PropertyMap props = {}) {
        Component c;
        c.id = QLatin1String(id);
        c.kind = QLatin1String(kind);
        c.name = c.id;
        c.properties = std::move(props);
        d.addComponent(c);
    };
    add("web", "microservice", {{QStringLiteral("entryPoint"), true}});
    add("api", "microservice");
    add("nightly", "batch-job");
    add("rollup", "serverless-function", {{QStringLiteral("trigger"), QStringLiteral("schedule")}});
    d.addConnection(Connection{QStringLiteral("a"), QStringLiteral("web"), QStringLiteral("api"), {}, 0, ConnectionMode::Sync, {}, 2.0});
    d.addConnection(Connection{QStringLiteral("b"), QStringLiteral("api"), QStringLiteral("web"), {}, 0, ConnectionMode::Sync, {}, {}}); // a callback
    d.addConnection(Connection{QStringLiteral("c"), QStringLiteral("nightly"), QStringLiteral("api"), {}, 0, ConnectionMode::Sync, {}, {}});
    answer(d, "general.peak.concurrent", qint64(600));
    answer(d, "general.session.requestsPerMinute", qint64(10));
    const CapacityEstimate e = estimateCapacity(d, catalog());
    // 600 x 10 / 60 = 100 req/s at web; web calls api twice per request = 200; the callback adds nothing.
    QCOMPARE(e.loads.at(QStringLiteral("web")), 100.0);
    QCOMPARE(e.loads.at(QStringLiteral("api")), 200.0);
    // Scheduled work runs on its schedule, not from the users, and what it calls is not sized from it.
    QCOMPARE(service(e, "nightly").source, LoadSource::Schedule);
    QCOMPARE(service(e, "nightly").maxReplicas, 1);
    QVERIFY(service(e, "nightly").derivation.join(QLatin1Char(' ')).contains(QLatin1String("0 3 * * *")));
    QCOMPARE(service(e, "rollup").source, LoadSource::Schedule);
}

void TestCapacity::catalogRangesAndPlausibility()
{
    // 10 million users at the peak, 60 requests a minute: 10,000,000 req/s x 0.1 s = 1,000,000 CPUs;
    // 0.25 CPU x 70 % = 0.175 each: 5,714,286 replicas, x 3/2 for three assumed zones = 8,571,429.
    Design d;
    d.name = QStringLiteral("Huge");
    Component api;
    api.id = QStringLiteral("api");
    api.name = QStringLiteral("api");
    api.kind = QStringLiteral("microservice");
    api.properties = {{QStringLiteral("entryPoint"), true}, {QStringLiteral("autoscaling"), true}};
    d.addComponent(api);
    answer(d, "general.peak.concurrent", qint64(10000000));
    answer(d, "general.session.requestsPerMinute", qint64(60));
    CapacityEstimate e = estimateCapacity(d, catalog());
    QCOMPARE(service(e, "api").neededAtPeak, 5714286);
    QCOMPARE(service(e, "api").maxReplicas, 8571429);
    // The suggestion stays within the catalog's 0-10,000, with a finding that says why.
    QVERIFY(suggestions(e, "api").contains(QLatin1String("maxReplicas=10000")));
    QStringList messages;
    for (const CapacityWarning &w : e.warnings)
        messages.append(w.message);
    QVERIFY2(messages.contains(QLatin1String("api: needs 8,571,429 replicas: beyond one deployment; shard or re-think")), qPrintable(messages.join(QLatin1Char('\n'))));
    applySuggestions(d, e.suggestions);
    const LoadResult reopened = readDesign(writeDesign(d, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml, QStringLiteral("x.yaml"), catalog());
    for (const Diagnostic &x : reopened.diagnostics)
        qWarning("%s", qPrintable(x.toString()));
    QVERIFY(reopened.ok());
    bool shard = false;
    for (const Finding &f : validateDesign(d, catalog()))
        shard = shard || (f.ruleId == QLatin1String("scaling.below-peak") && f.fix.contains(QLatin1String("beyond one deployment")));
    QVERIFY(shard);

    // Implausible answers are refused with a message and not used.
    answer(d, "general.peak.concurrent", 1e15);
    answer(d, "general.peak.multiplier", 0.5);
    e = estimateCapacity(d, catalog());
    QVERIFY(!e.peakRps);
    messages.clear();
    for (const CapacityWarning &w : e.warnings)
        messages.append(w.message);
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("answer not used: general.peak.concurrent: 1e+15 is above the largest allowed value 10,000,000,000")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("answer not used: general.peak.multiplier: 0.5 is below the smallest allowed value 1")), qPrintable(all));
}

void TestCapacity::checkedCounts()
{
    QCOMPARE(checkedCount(std::nan("")), qint64(0));
    QCOMPARE(checkedCount(-3), qint64(0));
    QCOMPARE(checkedCount(2.1), qint64(3));
    QCOMPARE(checkedCount(1e300, 1000), qint64(1000));
    QCOMPARE(checkedCount(std::numeric_limits<double>::infinity(), 1000), qint64(1000));
    QCOMPARE(replicasForLoad(1e300, 0.1), 1000000000);
}

void TestCapacity::validatorAndQuestionnaireAgree_data()
{
    QTest::addColumn<QString>("example");
    for (const char *name : {"e-commerce", "fintech-p2p", "monolith-first", "multi-cloud", "serverless-pipeline"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCapacity::validatorAndQuestionnaireAgree()
{
    QFETCH(QString, example);
    Design d = loadExample(example);
    if (!d.answer(QStringLiteral("general.peak.concurrent")))
        answer(d, "general.peak.concurrent", qint64(2000));
    answer(d, "general.session.requestsPerMinute", qint64(4));
    answer(d, "general.peak.multiplier", qint64(3));
    const CapacityEstimate e = estimateCapacity(d, catalog());
    QVERIFY(!e.services.empty());
    const std::vector<Finding> findings = validateDesign(d, catalog());
    int sized = 0;
    for (const ServiceEstimate &s : e.services) {
        const Component *c = d.component(s.componentId);
        const KindSpec *kind = catalog().kind(c->kind);
        if (s.serverless || s.maxReplicas <= 0 || !kind->property(QStringLiteral("replicas")) || s.source == LoadSource::Schedule)
            continue;
        ++sized;
        const bool autoscaling = catalog().value(*kind, c->properties, QStringLiteral("autoscaling")).toBool();
        const int ceiling = catalog().value(*kind, c->properties, autoscaling ? QStringLiteral("maxReplicas") : QStringLiteral("replicas")).toInt();
        const auto f = std::find_if(findings.begin(), findings.end(), [&](const Finding &x) {
            return x.ruleId == QLatin1String("scaling.below-peak") && x.componentIds.contains(s.componentId);
        });
        // The validator reports exactly where the estimate's maximum is above what the design runs,
        // and with the estimate's figure.
        QCOMPARE(f != findings.end(), ceiling < s.maxReplicas);
        if (f != findings.end())
            QVERIFY2(f->message.contains(QStringLiteral("needs %1 (").arg(formatCapacityNumber(s.maxReplicas))), qPrintable(f->message));
    }
    QVERIFY(sized > 0 || example == QLatin1String("serverless-pipeline")); // functions only there
    // Applied, nothing is below the peak any more, the file reopens and has no errors.
    applySuggestions(d, e.suggestions);
    QVERIFY(readDesign(writeDesign(d, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml, QStringLiteral("x.yaml"), catalog()).ok());
    // Beyond the catalog's range, the finding stays, and says to shard.
    for (const Finding &f : validateDesign(d, catalog()))
        QVERIFY2(f.ruleId != QLatin1String("scaling.below-peak") || f.fix.contains(QLatin1String("beyond one deployment")), qPrintable(f.message));
}

void TestCapacity::cliEstimateAndApply()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QString error;
    QVERIFY2(saveDesign(::goldenScenario(), path, DesignFormat::Yaml, &error), qPrintable(error));

    sd::test::Run r = sd::test::runCli({QStringLiteral("estimate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray components = root.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 20); // one object per component of the design
    QJsonObject auth;
    for (const QJsonValue &v : components)
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("auth"))
            auth = v.toObject();
    QCOMPARE(auth.value(QStringLiteral("requestsPerSecond")).toDouble(), 150.0);
    QCOMPARE(auth.value(QStringLiteral("minReplicas")).toInt(), 4);
    QCOMPARE(auth.value(QStringLiteral("maxReplicas")).toInt(), 258);
    QVERIFY(auth.value(QStringLiteral("derivation")).toArray().size() >= 4);

    r = sd::test::runCli({QStringLiteral("estimate"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("User Authentication (auth): 150 req/s today, 450 at 24 months; 4 to 258 replicas")), qPrintable(r.out));

    // --dry-run lists and writes nothing; --only picks rows.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    r = sd::test::runCli({QStringLiteral("answers"), QStringLiteral("apply"), path, QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("auth.maxReplicas: 10 -> 258")), qPrintable(r.out));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    r = sd::test::runCli({QStringLiteral("answers"), QStringLiteral("apply"), path, QStringLiteral("--only"), QStringLiteral("nosuch")});
    QCOMPARE(r.code, 2);
    r = sd::test::runCli({QStringLiteral("answers"), QStringLiteral("apply"), path, QStringLiteral("--only"), QStringLiteral("catalog.maxReplicas")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("1 change(s) applied")), qPrintable(r.out));
    LoadResult loaded = loadDesign(path, catalog());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.design->component(QStringLiteral("catalog"))->properties.value(QStringLiteral("maxReplicas")).toLongLong(), 1286);
    QVERIFY(!loaded.design->component(QStringLiteral("auth"))->properties.contains(QStringLiteral("autoscaling")));
    // All of them: the design then passes check, and the Kubernetes HPA reads the model's bounds.
    r = sd::test::runCli({QStringLiteral("answers"), QStringLiteral("apply"), path});
    QCOMPARE(r.code, 0);
    r = sd::test::runCli({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || !r.out.contains(QLatin1String("error")), qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QLatin1String("scaling.below-peak")), qPrintable(r.out));
    const QString out = dir.filePath(QStringLiteral("k8s"));
    r = sd::test::runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), path, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    r = sd::test::runPython({QStringLiteral("-c"),
                             QStringLiteral("import glob,sys,yaml\n"
                                            "for f in glob.glob(sys.argv[1]+'/**/*.yaml', recursive=True):\n"
                                            "  for d in yaml.safe_load_all(open(f)):\n"
                                            "    if d and d.get('kind')=='HorizontalPodAutoscaler':\n"
                                            "      print(d['metadata']['name'], d['spec']['minReplicas'], d['spec']['maxReplicas'])\n"),
                             out});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("auth 4 258")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("catalog 16 1286")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
