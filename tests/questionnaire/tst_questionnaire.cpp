// SPDX-License-Identifier: MIT
// The questionnaire as a workshop uses it: questions per kind, answers checked by type,
// orphaned answers kept, answers files round-tripped and imported with located errors,
// capacity worked out by hand, and the exports compared with golden files that were read.
#include "answersfile.h"
#include "capacity.h"
#include "catalog.h"
#include "designio.h"
#include "exporter.h"
#include "golden.h"
#include "process.h"
#include "questionnaireexporter.h"
#include "questions.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::Run;

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

QStringList ids(const std::vector<Question> &questions)
{
    QStringList result;
    for (const Question &q : questions)
        result.append(q.id);
    return result;
}

Component component(const QString &id, const QString &kind, const QString &zone = {}, PropertyMap properties = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = id;
    c.zone = zone;
    c.properties = std::move(properties);
    return c;
}

/// A region with `zones` availability zones drawn in it, and one service in the region.
Design serviceDesign(int zones, PropertyMap serviceProperties)
{
    Design d;
    d.name = QStringLiteral("Capacity");
    d.addZone(Zone{QStringLiteral("r"), QStringLiteral("region"), QStringLiteral("Region"), {}, {}, QSizeF(800, 600), {}});
    for (int i = 0; i < zones; ++i)
        d.addZone(Zone{QStringLiteral("az%1").arg(i), QStringLiteral("availability-zone"), QStringLiteral("AZ"),
                       QStringLiteral("r"), QPointF(10 + 200 * i, 300), QSizeF(180, 200), {}});
    // Requests start at the service: it carries the whole peak (nothing else is drawn).
    serviceProperties.insert(QStringLiteral("entryPoint"), true);
    d.addComponent(component(QStringLiteral("api"), QStringLiteral("microservice"), QStringLiteral("r"), serviceProperties));
    return d;
}

void answer(Design &d, const char *question, const QVariant &value, const QString &note = {})
{
    d.setAnswer(Answer{QString::fromLatin1(question), value, note});
}

QByteArray exportWith(const Design &d, const QVariantMap &options)
{
    const Exporter *e = ExporterRegistry::builtin().find(QStringLiteral("questionnaire"));
    if (!e)
        return {};
    const ExportResult r = e->generate(d, catalog(), options);
    return r.ok() && r.files.size() == 1 ? r.files.front().contents : QByteArray();
}

/// Parses with Python's html.parser checking that every element is closed in order, and with
/// xml.etree (well-formed XHTML). Prints the problems; empty output means it parsed cleanly.
const char *const kHtmlCheck = R"(
import sys, html.parser, xml.etree.ElementTree as ET
text = sys.stdin.read()
VOID = {'meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'area', 'base', 'source', 'wbr'}
class Strict(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <rect .../>: complete in themselves
    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append('line %d: </%s> closes a void element' % (self.getpos()[0], tag))
        elif not self.stack or self.stack[-1][0] != tag:
            self.errors.append('line %d: </%s> does not close %s' % (self.getpos()[0], tag, self.stack[-1] if self.stack else 'anything'))
        else:
            self.stack.pop()
p = Strict()
p.feed(text)
p.close()
for e in p.errors: print(e)
for tag, pos in p.stack: print('unclosed <%s> from line %d' % (tag, pos[0]))
try:
    root = ET.fromstring(text)
    ns = '{http://www.w3.org/1999/xhtml}'
    if root.find(ns + 'body') is None: print('no body')
    if root.find('.//{http://www.w3.org/2000/svg}svg') is None: print('no inline svg')
except ET.ParseError as e:
    print('not well-formed XML:', e)
)";

} // namespace

class TestQuestionnaire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generalQuestions();
    void questionsPerKind_data();
    void questionsPerKind();
    void exampleAnswersFitTheirQuestions();
    void answerValues_data();
    void answerValues();
    void orphanedAnswersAreKept();
    void capacityHelpers();
    void capacityWorkedExample();
    void capacityFiveToSeventyFive();
    void capacityOfQueueConsumers();
    void capacityWarningsAndStorage();
    void answersFileRoundTrip();
    void reimportKeepsNotes();
    void importErrorsNameFileAndLine();
    void editionsSplitTheQuestions();
    void productOwnerEditionIsPlain();
    void userLoadQuestionsNameWhatTheUsersReach();
    void whyIsSaidOncePerSection();
    void descriptionStaysInternal();
    void everyOpenQuestionHasANoteLine();
    void newQuestionsCoverTheStory();
    void olderAnswersFileImportsWhatStillApplies();
    void goldens_data();
    void goldens();
    void htmlParsesStrictly();
    void cliExportAndImport();
    void cliPrintsPdf();
};

void TestQuestionnaire::generalQuestions()
{
    const std::vector<Question> general = sd::generalQuestions();
    const QStringList list = ids(general);
    QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
    // The ids the bundled examples and the file-format docs use.
    for (const char *id : {"general.dau.now", "general.dau.future", "general.peak.concurrent", "general.availability.slo",
                           "general.rpo.region", "general.rto.region", "general.rpo.zone", "general.rto.component",
                           "general.peak.window", "general.compliance.pciDss", "general.budget.monthly",
                           "general.cloud.policy", "general.team.onCall"})
        QVERIFY2(list.contains(QLatin1String(id)), id);
    for (const Question &q : general) {
        QVERIFY2(!q.text.isEmpty() && !q.help.isEmpty(), qPrintable(q.id));
        QVERIFY2(q.text.endsWith(QLatin1Char('?')), qPrintable(q.id));
        QVERIFY(q.itemId.isEmpty());
        if (q.type == AnswerType::Choice)
            QVERIFY2(q.choices.size() >= 2, qPrintable(q.id));
    }
    QCOMPARE(general.front().section, Section::Users);
}

void TestQuestionnaire::questionsPerKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    const QStringList service = {"component.x.service.peakRps", "component.x.service.serviceTimeMs",
                                 "component.x.service.latencyMs", "component.x.service.payloadKb"};
    const QStringList data = {"component.x.data.sizeNow", "component.x.data.growthPerMonth", "component.x.data.readsPerWrite",
                              "component.x.data.retentionMonths", "component.x.data.rpoMinutes"};
    const QStringList queue = {"component.x.queue.messagesPerSecond", "component.x.queue.messageKb",
                               "component.x.queue.ordering", "component.x.queue.delivery"};
    const QStringList thirdParty = {"component.x.thirdParty.slaPercent", "component.x.thirdParty.fallback"};
    QTest::newRow("microservice") << "microservice" << service;
    QTest::newRow("monolith") << "monolith" << service;
    QTest::newRow("virtual-machine") << "virtual-machine" << service;
    QTest::newRow("serverless") << "serverless-function" << service;
    QTest::newRow("batch job asks nothing") << "batch-job" << QStringList();
    QTest::newRow("relational-database") << "relational-database" << data;
    QTest::newRow("object-storage") << "object-storage" << data;
    QTest::newRow("cache") << "cache" << data;
    QTest::newRow("message-queue") << "message-queue" << queue;
    QTest::newRow("event-stream") << "event-stream" << queue;
    QTest::newRow("payment-gateway") << "payment-gateway" << thirdParty;
    QTest::newRow("saas") << "saas" << thirdParty;
    QTest::newRow("users ask nothing") << "users" << QStringList();
    QTest::newRow("partner calls us, no SLA question") << "partner-api" << QStringList();
    QTest::newRow("load balancer") << "load-balancer" << QStringList();
    QTest::newRow("unknown kind") << "no-such-kind" << QStringList();
}

void TestQuestionnaire::questionsPerKind()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    const std::vector<Question> questions = componentQuestions(component(QStringLiteral("x"), kind), catalog());
    QCOMPARE(ids(questions), expected);
    for (const Question &q : questions) {
        QCOMPARE(q.itemId, QStringLiteral("x"));
        QCOMPARE(itemIdOfQuestion(q.id), QStringLiteral("x"));
        QVERIFY2(q.text.startsWith(QLatin1String("x: ")), qPrintable(q.text));
    }
    // Zones: providers, regions and availability zones are asked "why"; networks are not.
    QCOMPARE(ids(zoneQuestions(Zone{QStringLiteral("eu.west-1"), QStringLiteral("region"), {}, {}, {}, {}, {}})),
             QStringList{QStringLiteral("zone.eu.west-1.why")});
    QCOMPARE(itemIdOfQuestion(QStringLiteral("zone.eu.west-1.why")), QStringLiteral("eu.west-1"));
    QCOMPARE(itemIdOfQuestion(QStringLiteral("component.orders.db.data.sizeNow")), QStringLiteral("orders.db"));
    QVERIFY(zoneQuestions(Zone{QStringLiteral("vpc"), QStringLiteral("network"), {}, {}, {}, {}, {}}).empty());
}

void TestQuestionnaire::exampleAnswersFitTheirQuestions()
{
    for (const char *name : {"e-commerce", "fintech-p2p", "monolith-first", "multi-cloud", "serverless-pipeline"}) {
        const Design d = loadExample(QLatin1String(name));
        QVERIFY2(!d.components().empty(), name);
        const Questionnaire q(d, catalog());
        QVERIFY2(q.orphans().empty(), name);
        QCOMPARE(q.answeredCount(), int(d.answers().size()));
        for (const QuestionStatus &s : q.statuses())
            QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    }
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const Questionnaire q(shop, catalog());
    QCOMPARE(int(sd::generalQuestions().size()), 43);
    // 43 general; 5 services x 4; shop-db, images, session-cache x 5; the queue 4; Stripe and SendGrid x 2; 4 zones
    QCOMPARE(q.count(), 43 + 20 + 15 + 4 + 4 + 4);
    QCOMPARE(q.progressText(), QStringLiteral("4 of 90 answered"));
}

void TestQuestionnaire::answerValues_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // invalid = refused
    QTest::addColumn<QString>("problem");
    const QVariant refused;
    QTest::newRow("users as integer") << "general.dau.now" << QVariant(qint64(25000)) << QVariant(25000.0) << "";
    QTest::newRow("users as text") << "general.dau.now" << QVariant(QStringLiteral("lots")) << refused
                                   << "general.dau.now expects number (users), not text 'lots'";
    QTest::newRow("negative users") << "general.dau.now" << QVariant(-5.0) << refused << "below the smallest";
    QTest::newRow("SLO above 100") << "general.availability.slo" << QVariant(100.5) << refused << "above the largest";
    QTest::newRow("SLO") << "general.availability.slo" << QVariant(99.95) << QVariant(99.95) << "";
    QTest::newRow("range") << "general.budget.monthly" << QVariant(QVariantList{qint64(2000), 5000.0})
                           << QVariant(QVariantList{2000.0, 5000.0}) << "";
    QTest::newRow("reversed range") << "general.budget.monthly" << QVariant(QVariantList{5000.0, 2000.0}) << refused
                                    << "starts above its end";
    QTest::newRow("number for range") << "general.budget.monthly" << QVariant(5000.0) << refused << "expects range";
    QTest::newRow("choice") << "general.cloud.policy" << QVariant(QStringLiteral("multi-cloud"))
                            << QVariant(QStringLiteral("multi-cloud")) << "";
    QTest::newRow("unknown choice") << "general.cloud.policy" << QVariant(QStringLiteral("all of them")) << refused
                                    << "choice: one-provider | multi-cloud";
    QTest::newRow("true for yes") << "general.auth.sso" << QVariant(true) << QVariant(QStringLiteral("yes")) << "";
    QTest::newRow("text") << "general.team.skills" << QVariant(QStringLiteral(" Java, PostgreSQL "))
                          << QVariant(QStringLiteral("Java, PostgreSQL")) << "";
    QTest::newRow("list for text") << "general.team.skills" << QVariant(QVariantList{1, 2}) << refused << "not a list";
    QTest::newRow("time window") << "general.peak.window" << QVariant(QStringLiteral("9:00 - 17:30 America/New_York"))
                                 << QVariant(QStringLiteral("09:00-17:30 America/New_York")) << "";
    QTest::newRow("time window in UTC") << "general.peak.window" << QVariant(QStringLiteral("18:00-23:00 UTC"))
                                        << QVariant(QStringLiteral("18:00-23:00 UTC")) << "";
    QTest::newRow("12-hour time window") << "general.peak.window" << QVariant(QStringLiteral("9:00 AM-5:00 PM US/Eastern"))
                                         << QVariant(QStringLiteral("09:00-17:00 US/Eastern")) << "";
    QTest::newRow("noon to midnight") << "general.peak.window" << QVariant(QStringLiteral("12:00 PM - 12:00 AM EST"))
                                      << QVariant(QStringLiteral("12:00-24:00 EST")) << "";
    QTest::newRow("13 PM") << "general.peak.window" << QVariant(QStringLiteral("13:00 PM-5:00 PM")) << refused
                           << "expects a time window like 09:00-17:00";
    QTest::newRow("bad time window") << "general.peak.window" << QVariant(QStringLiteral("evenings")) << refused
                                     << "expects a time window like 09:00-17:00";
    QTest::newRow("unknown time zone") << "general.peak.window" << QVariant(QStringLiteral("09:00-17:00 Mars/Olympus"))
                                       << refused << "unknown time zone 'Mars/Olympus'";
}

void TestQuestionnaire::answerValues()
{
    QFETCH(QString, question);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QFETCH(QString, problem);
    const std::vector<Question> general = sd::generalQuestions();
    const auto q = std::find_if(general.begin(), general.end(), [&](const Question &x) { return x.id == question; });
    QVERIFY(q != general.end());
    QString why;
    const QVariant result = normalizeAnswerValue(*q, value, &why);
    QCOMPARE(result, expected);
    if (!problem.isEmpty())
        QVERIFY2(why.contains(problem), qPrintable(why));
}

void TestQuestionnaire::orphanedAnswersAreKept()
{
    Design d;
    d.name = QStringLiteral("Orphans");
    d.addComponent(component(QStringLiteral("db"), QStringLiteral("relational-database")));
    d.addComponent(component(QStringLiteral("api"), QStringLiteral("microservice")));
    answer(d, "component.db.data.sizeNow", 120.0, QStringLiteral("measured in March"));
    answer(d, "component.api.service.peakRps", 300.0);
    QVERIFY(Questionnaire(d, catalog()).orphans().empty());

    // The database is deleted and the service becomes a batch job: both answers stay.
    QVERIFY(d.removeComponent(QStringLiteral("db")));
    d.mutableComponent(QStringLiteral("api"))->kind = QStringLiteral("batch-job");
    QCOMPARE(d.answers().size(), size_t(2));
    const Questionnaire q(d, catalog());
    QCOMPARE(q.orphans().size(), size_t(2));
    QCOMPARE(q.orphans()[0].answer->question, QStringLiteral("component.api.service.peakRps"));
    QVERIFY2(q.orphans()[0].reason.contains(QLatin1String("kind changed")), qPrintable(q.orphans()[0].reason));
    QCOMPARE(q.orphans()[1].answer->question, QStringLiteral("component.db.data.sizeNow"));
    QVERIFY2(q.orphans()[1].reason.contains(QLatin1String("'db' is no longer in the design")), qPrintable(q.orphans()[1].reason));

    // Saved and loaded, still there; and listed in the export.
    const LoadResult back = readDesign(writeDesign(d, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml,
                                       QStringLiteral("orphans.yaml"), catalog());
    QVERIFY(back.ok());
    QCOMPARE(back.design->answers(), d.answers());
    const QString md = QString::fromUtf8(exportWith(d, {{QStringLiteral("format"), QStringLiteral("md")}}));
    QVERIFY(md.contains(QLatin1String("## Orphaned answers")));
    QVERIFY(md.contains(QLatin1String("- `component.db.data.sizeNow`: 120 ('db' is no longer in the design)")));
}

void TestQuestionnaire::capacityHelpers()
{
    QCOMPARE(replicasForLoad(75, 0.7), 108);  // 107.14 rounds up
    QCOMPARE(replicasForLoad(35, 0.7), 50);   // exactly 50 on paper, 50.000000000000007 in doubles
    QCOMPARE(replicasForLoad(0, 0.7), 1);
    QCOMPARE(replicasWithZoneHeadroom(108, 3), 162); // 54 per zone; losing one leaves 108
    QCOMPARE(replicasWithZoneHeadroom(50, 3), 75);   // 25 per zone; losing one leaves 50
    QCOMPARE(replicasWithZoneHeadroom(3, 3), 5);     // 2 + 2 + 1; losing a zone of 2 leaves 3
    QCOMPARE(replicasWithZoneHeadroom(27, 3), 41);   // 14 + 14 + 13; losing 14 leaves 27 (40 would leave 26)
    QCOMPARE(replicasWithZoneHeadroom(10, 2), 20);   // two zones: each must carry everything
    QCOMPARE(replicasWithZoneHeadroom(7, 1), 7);     // one zone: no headroom possible
}

void TestQuestionnaire::capacityWorkedExample()
{
    // 15,000 concurrent users making 2 requests per minute = 15,000 x 2 / 60 = 500 requests/s.
    // 150 ms of CPU per request: 500 x 0.150 = 75 CPUs busy at the peak.
    // 1 CPU per replica (cpuRequest 1000m) at a 70 % CPU target carries 0.7 CPU: 75 / 0.7 = 107.1 -> 108 replicas.
    // Three zones, room to lose one: 54 per zone = 162 (162 - 54 = 108).
    // Normal load is a quarter of the peak: 125 req/s x 0.150 = 18.75 CPUs / 0.7 = 26.8 -> 27 -> 14+14+13 = 41.
    Design d = serviceDesign(3, {{QStringLiteral("cpuRequest"), qint64(1000)}, {QStringLiteral("autoscaling"), true},
                                 {QStringLiteral("maxReplicas"), qint64(100)}});
    answer(d, "general.peak.concurrent", qint64(15000));
    answer(d, "general.session.requestsPerMinute", qint64(2));
    answer(d, "general.peak.multiplier", qint64(4));
    answer(d, "component.api.service.serviceTimeMs", qint64(150));
    const CapacityEstimate e = estimateCapacity(d, catalog());
    QVERIFY(e.peakRps);
    QCOMPARE(*e.peakRps, 500.0);
    QCOMPARE(e.services.size(), size_t(1));
    const ServiceEstimate &s = e.services.front();
    QCOMPARE(s.peakRps, 500.0);
    QCOMPARE(s.source, LoadSource::Propagated);
    QCOMPARE(s.busyCpus, 75.0);
    QCOMPARE(s.cpusPerReplica, 1.0);
    QCOMPARE(s.cpuTargetPercent, 70);
    QCOMPARE(s.zones, 3);
    QVERIFY(!s.zonesAssumed);
    QCOMPARE(s.neededAtPeak, 108);
    QCOMPARE(s.maxReplicas, 162);
    QCOMPARE(s.neededNormally, 27);
    QCOMPARE(s.minReplicas, 41);
    // Autoscaling stops at 100: a warning, and suggestions to fix it.
    QCOMPARE(e.warnings.size(), size_t(1));
    QVERIFY2(e.warnings.front().message.contains(QLatin1String("autoscaling stops at 100 replicas, below the 162")),
             qPrintable(e.warnings.front().message));
    QStringList suggested;
    for (const Suggestion &x : e.suggestions)
        suggested.append(QStringLiteral("%1=%2").arg(x.key, x.value.toString()));
    QCOMPARE(suggested, (QStringList{"minReplicas=41", "maxReplicas=162", "replicas=41"}));

    // Applied, the design meets the answers: no warnings, nothing more to suggest.
    applySuggestions(d, e.suggestions);
    const CapacityEstimate after = estimateCapacity(d, catalog());
    QVERIFY(after.warnings.empty());
    QVERIFY(after.suggestions.empty());
}

void TestQuestionnaire::capacityFiveToSeventyFive()
{
    // Same 500 req/s at 150 ms = 75 CPUs busy, on 2-CPU replicas (cpuRequest 2000m) at 75 % target:
    // 1.5 CPU each, 75 / 1.5 = 50 replicas; with room to lose one of three zones 25 per zone = 75.
    // Normal load is a twentieth of the peak: 3.75 CPUs / 1.5 = 2.5 -> 3; spread 2+2+1 = 5 survive a zone loss.
    Design d = serviceDesign(3, {{QStringLiteral("cpuRequest"), qint64(2000)}, {QStringLiteral("cpuTarget"), qint64(75)}});
    answer(d, "general.peak.concurrent", qint64(15000));
    answer(d, "general.session.requestsPerMinute", qint64(2));
    answer(d, "general.peak.multiplier", qint64(20));
    answer(d, "component.api.service.serviceTimeMs", qint64(150));
    const CapacityEstimate e = estimateCapacity(d, catalog());
    QCOMPARE(e.services.size(), size_t(1));
    QCOMPARE(e.services.front().neededAtPeak, 50);
    QCOMPARE(e.services.front().minReplicas, 5);
    QCOMPARE(e.services.front().maxReplicas, 75);
    // One fixed replica, no autoscaling: the design does not meet the answers.
    QCOMPARE(e.warnings.size(), size_t(1));
    QVERIFY2(e.warnings.front().message.contains(QLatin1String("a fixed replica count of 1 cannot carry the peak, which needs 75 with room to lose a zone")),
             qPrintable(e.warnings.front().message));

    // A service's own peak replaces the one from users: 40 req/s x 150 ms = 6 CPUs / 1.5 = 4 -> 6 over three zones.
    answer(d, "component.api.service.peakRps", qint64(40));
    const CapacityEstimate own = estimateCapacity(d, catalog());
    QCOMPARE(own.services.front().source, LoadSource::ServiceAnswer);
    QCOMPARE(own.services.front().neededAtPeak, 4);
    QCOMPARE(own.services.front().maxReplicas, 6);
    QCOMPARE(own.services.front().minReplicas, 3); // at least one per zone
}

void TestQuestionnaire::capacityOfQueueConsumers()
{
    // A worker fed only by a queue carries the queue's message rate, not the users' requests:
    // 120 messages/s x 50 ms = 6 CPUs; default 250m replicas at 70 % carry 0.175 CPU: 34.3 -> 35;
    // no zones drawn, three assumed: 18 + 18 + 17 = 53 (losing 18 leaves 35; 52 would leave 34).
    Design d;
    d.name = QStringLiteral("Queue");
    d.addComponent(component(QStringLiteral("q"), QStringLiteral("message-queue")));
    d.addComponent(component(QStringLiteral("worker"), QStringLiteral("microservice")));
    d.addConnection(Connection{QStringLiteral("q-worker"), QStringLiteral("q"), QStringLiteral("worker"), QStringLiteral("amqp"),
                               5671, ConnectionMode::Async, {}, {}});
    answer(d, "general.peak.concurrent", qint64(15000));
    answer(d, "general.session.requestsPerMinute", qint64(2));
    answer(d, "component.worker.service.serviceTimeMs", qint64(50));
    CapacityEstimate e = estimateCapacity(d, catalog());
    // Nothing feeds the queue and its rate is not answered: no load reaches the worker, and it says so.
    QCOMPARE(e.services.front().source, LoadSource::Unreached);
    QCOMPARE(e.services.front().peakRps, 0.0);
    QVERIFY2(e.services.front().derivation.join(QLatin1Char('\n')).contains(QLatin1String("no entry point reaches it")),
             qPrintable(e.services.front().derivation.join(QLatin1Char('\n'))));
    answer(d, "component.q.queue.messagesPerSecond", qint64(120));
    e = estimateCapacity(d, catalog());
    QCOMPARE(e.services.front().source, LoadSource::Queues);
    QCOMPARE(e.services.front().peakRps, 120.0);
    QCOMPARE(e.services.front().busyCpus, 6.0);
    QCOMPARE(e.services.front().neededAtPeak, 35);
    QCOMPARE(e.services.front().maxReplicas, 53);
    // Called directly as well, from an entry point: its 500 req/s add to the 120 messages/s.
    d.addComponent(component(QStringLiteral("api"), QStringLiteral("microservice"), {}, {{QStringLiteral("entryPoint"), true}}));
    d.addConnection(Connection{QStringLiteral("api-worker"), QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("http"),
                               8080, ConnectionMode::Sync, {}, {}});
    e = estimateCapacity(d, catalog());
    const auto worker = std::find_if(e.services.begin(), e.services.end(),
                                     [](const ServiceEstimate &s) { return s.componentId == QLatin1String("worker"); });
    QCOMPARE(worker->source, LoadSource::Propagated);
    QCOMPARE(worker->peakRps, 620.0);
}

void TestQuestionnaire::capacityWarningsAndStorage()
{
    Design d = serviceDesign(0, {});
    d.addComponent(component(QStringLiteral("db"), QStringLiteral("relational-database"), QStringLiteral("r"),
                             {{QStringLiteral("storageGb"), qint64(100)}}));
    d.addComponent(component(QStringLiteral("gw"), QStringLiteral("api-gateway"), QStringLiteral("r"),
                             {{QStringLiteral("rateLimitRps"), qint64(300)}, {QStringLiteral("entryPoint"), true}}));
    // Requests start at the gateway now, which passes each one to the service.
    d.mutableComponent(QStringLiteral("api"))->properties.remove(QStringLiteral("entryPoint"));
    d.addConnection(Connection{QStringLiteral("gw-api"), QStringLiteral("gw"), QStringLiteral("api"), QStringLiteral("http"), 8080, ConnectionMode::Sync, {}, {}});
    d.addComponent(component(QStringLiteral("psp"), QStringLiteral("payment-gateway")));
    answer(d, "general.peak.concurrent", qint64(15000));
    answer(d, "general.session.requestsPerMinute", qint64(2));
    answer(d, "general.availability.slo", 99.95);
    answer(d, "general.rpo.region", qint64(15));
    answer(d, "component.db.data.sizeNow", qint64(40));
    answer(d, "component.db.data.growthPerMonth", 2.5);
    answer(d, "component.psp.thirdParty.slaPercent", 99.9);
    const CapacityEstimate e = estimateCapacity(d, catalog());
    // No zones drawn: three assumed, and the CPU time is the default 100 ms.
    QCOMPARE(e.services.front().zones, 3);
    QVERIFY(e.services.front().zonesAssumed);
    QVERIFY(e.services.front().serviceTimeAssumed);
    QCOMPARE(e.services.front().busyCpus, 50.0);
    // 40 GiB + 24 x 2.5 GiB = 100 GiB: exactly the 100 provisioned, no storage warning.
    QCOMPARE(e.storage.size(), size_t(1));
    QCOMPARE(e.storage.front().after24MonthsGb, 100.0);
    QStringList messages;
    for (const CapacityWarning &w : e.warnings)
        messages.append(w.message);
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1String("GiB of storage")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("gw: its rate limit of 300 req/s throttles the expected peak of 500 req/s")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("db: a single copy in one zone cannot meet the 99.95 % availability target")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("db: without a copy in another region")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("psp: its SLA of 99.9 % is below the 99.95 % target")), qPrintable(all));

    answer(d, "component.db.data.growthPerMonth", qint64(5)); // 40 + 120 = 160 GiB
    const CapacityEstimate grown = estimateCapacity(d, catalog());
    const auto storage = std::find_if(grown.suggestions.begin(), grown.suggestions.end(),
                                      [](const Suggestion &s) { return s.key == QLatin1String("storageGb"); });
    QVERIFY(storage != grown.suggestions.end());
    QCOMPARE(storage->value, QVariant(qint64(200))); // 160 x 1.25
    QCOMPARE(storage->current, QVariant(qint64(100)));

    // Without the load answers there is nothing to estimate, and the estimate says what is missing.
    Design empty = serviceDesign(3, {});
    const CapacityEstimate none = estimateCapacity(empty, catalog());
    QVERIFY(!none.peakRps);
    QVERIFY(none.services.empty());
    QCOMPARE(none.missingQuestions, (QStringList{"general.peak.concurrent", "general.session.requestsPerMinute"}));
}

void TestQuestionnaire::reimportKeepsNotes()
{
    // The e-commerce example notes its peak ("Black Friday: ..."); a file with the value only keeps it.
    Design shop = loadExample(QStringLiteral("e-commerce"));
    const QString note = shop.answer(QStringLiteral("general.peak.concurrent"))->note;
    QVERIFY(!note.isEmpty());
    const QByteArray file = "answers:\n  - question: general.peak.concurrent\n    value: 3500\n"
                            "  - question: general.dau.now\n    value: 25000\n    note: \"\"\n";
    const AnswersImport back = readAnswersFile(file.toStdString(), DesignFormat::Yaml, QStringLiteral("answers.yaml"), shop, catalog());
    QVERIFY(back.ok());
    QCOMPARE(applyAnswers(shop, back.answers), 1); // the peak changed; dau.now is the same
    QCOMPARE(shop.answer(QStringLiteral("general.peak.concurrent"))->value.toDouble(), 3500.0);
    QCOMPARE(shop.answer(QStringLiteral("general.peak.concurrent"))->note, note);
}

void TestQuestionnaire::answersFileRoundTrip()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    for (const DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray file = writeAnswersFile(shop, catalog(), format);
        const AnswersImport back = readAnswersFile(file.toStdString(), format, QStringLiteral("answers"), shop, catalog());
        QVERIFY(back.ok());
        QCOMPARE(back.answers.size(), shop.answers().size());
        Design copy = shop;
        QCOMPARE(applyAnswers(copy, back.answers), 0); // same answers, nothing changes
        QCOMPARE(copy.answers(), shop.answers());

        // Filled in elsewhere: a blank file with values written into it comes back as answers.
        QByteArray blank = writeAnswersFile(shop, catalog(), format, true);
        QVERIFY(!blank.contains("25000"));
        if (format == DesignFormat::Yaml) {
            const QByteArray from = "question: general.session.requestsPerMinute\n";
            const qsizetype at = blank.indexOf(from);
            QVERIFY(at > 0);
            const qsizetype value = blank.indexOf("value: ~", at);
            blank.replace(value, 8, "value: 3");
            const qsizetype note = blank.indexOf("note: \"\"", at);
            blank.replace(note, 8, "note: browsing and cart");
            const AnswersImport filled = readAnswersFile(blank.toStdString(), format, QStringLiteral("a.yaml"), shop, catalog());
            QVERIFY(filled.ok());
            QCOMPARE(filled.answers.size(), size_t(1));
            Design updated = shop;
            QCOMPARE(applyAnswers(updated, filled.answers), 1);
            const Answer *a = updated.answer(QStringLiteral("general.session.requestsPerMinute"));
            QVERIFY(a);
            QCOMPARE(a->value, QVariant(3.0));
            QCOMPARE(a->note, QStringLiteral("browsing and cart"));
            QCOMPARE(Questionnaire(updated, catalog()).progressText(), QStringLiteral("5 of 90 answered"));
        }
    }
}

void TestQuestionnaire::importErrorsNameFileAndLine()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const std::string text = "stackdraftAnswers: 1\n"
                             "design: E-commerce shop\n"
                             "answers:\n"
                             "  - question: general.dau.now\n"
                             "    value: 30000\n"
                             "  - question: general.users.everywhere\n"           // line 6: unknown id
                             "    value: 3\n"
                             "  - question: general.peak.concurrent\n"
                             "    value: a lot\n"                                 // line 9: wrong type
                             "  - question: component.shop-db.data.sizeNow\n"
                             "    vaule: 20\n"                                    // line 11: typo'd key
                             "  - question: general.cloud.policy\n"
                             "    value: [1, 2]\n"                                // line 13: list for a choice
                             "  - question: general.dau.now\n"                    // line 14: twice
                             "    value: 1\n";
    const AnswersImport r = readAnswersFile(text, DesignFormat::Yaml, QStringLiteral("filled.yaml"), shop, catalog());
    QVERIFY(!r.ok());
    QVERIFY(r.answers.empty()); // all or nothing
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got.append(d.toString());
    const QStringList expected = {
        "filled.yaml:6:5: error: unknown question id 'general.users.everywhere'",
        "filled.yaml:9:5: error: general.peak.concurrent expects number (users), not text 'a lot'",
        "filled.yaml:11:5: error: answer 4: unknown key 'vaule' (expected question, value, note)",
        "filled.yaml:13:5: error: general.cloud.policy expects choice: one-provider | multi-cloud | hybrid | "
        "on-premises | undecided, not a list",
        "filled.yaml:14:5: error: question 'general.dau.now' is answered twice",
    };
    QCOMPARE(got, expected);

    // JSON syntax errors and a design mismatch are located too.
    const AnswersImport broken = readAnswersFile("{\"answers\": [", DesignFormat::Json, QStringLiteral("a.json"), shop, catalog());
    QVERIFY(!broken.ok());
    QVERIFY(broken.diagnostics.front().toString().startsWith(QLatin1String("a.json:1:")));
    const AnswersImport other = readAnswersFile("design: Other\nanswers: []\n", DesignFormat::Yaml, QStringLiteral("o.yaml"),
                                                shop, catalog());
    QVERIFY(other.ok());
    QCOMPARE(other.diagnostics.front().toString(),
             QStringLiteral("o.yaml:1:1: warning: the answers are for the design 'Other', not 'E-commerce shop'"));
    const AnswersImport missing = loadAnswersFile(QStringLiteral("/nonexistent/answers.yaml"), shop, catalog());
    QCOMPARE(missing.diagnostics.front().toString(), QStringLiteral("/nonexistent/answers.yaml: error: no such file"));
}

void TestQuestionnaire::editionsSplitTheQuestions()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const Questionnaire q(shop, catalog());
    QStringList owner, engineering;
    for (const Question &question : q.questions()) {
        QVERIFY2(inEdition(question, Edition::Full), qPrintable(question.id));
        QVERIFY2(inEdition(question, Edition::ProductOwner) != inEdition(question, Edition::Engineering), qPrintable(question.id));
        (inEdition(question, Edition::ProductOwner) ? owner : engineering).append(question.id);
    }
    // The business questions: 33 general, how long each of the 3 stores keeps data and how much it
    // may lose, and what happens when Stripe or SendGrid is down.
    QCOMPARE(owner.size(), 33 + 3 * 2 + 2);
    QCOMPARE(q.count(Edition::ProductOwner), 41);
    QCOMPARE(q.count(Edition::Engineering), 90 - 41);
    for (const char *id : {"general.dau.now", "general.peak.window", "general.rpo.region", "general.compliance.pciDss",
                           "general.budget.monthly", "general.journeys.critical", "general.quality.scenarios",
                           "component.shop-db.data.retentionMonths", "component.stripe.thirdParty.fallback"})
        QVERIFY2(owner.contains(QLatin1String(id)), id);
    for (const char *id : {"general.session.requestsPerMinute", "general.latency.p95", "general.edge.protection",
                           "component.catalog.service.serviceTimeMs", "component.order-queue.queue.messageKb", "zone.us-east-1.why"})
        QVERIFY2(engineering.contains(QLatin1String(id)), id);
    // The shop answered its users today and in two years, the peak and the availability: all business.
    QCOMPARE(q.progressText(Edition::ProductOwner), QStringLiteral("4 of 41 answered"));
    QCOMPARE(q.progressText(Edition::Engineering), QStringLiteral("0 of 49 answered"));

    // Both editions come from the same answers: each edition's answers file reads back into the design.
    const QByteArray ownerFile = exportWith(shop, {{QStringLiteral("format"), QStringLiteral("answers")},
                                                   {QStringLiteral("edition"), QStringLiteral("product-owner")}});
    QCOMPARE(ownerFile.count("- question: "), 41);
    QVERIFY(!ownerFile.contains("question: general.latency.p95"));
    const AnswersImport back = readAnswersFile(ownerFile.toStdString(), DesignFormat::Yaml, QStringLiteral("po.yaml"), shop, catalog());
    QVERIFY(back.ok());
    QCOMPARE(back.answers.size(), size_t(4));

    // The worksheet is the engineers': no business question, the sizing, ids for the answers file.
    const QString sheet = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("md")},
                                                              {QStringLiteral("edition"), QStringLiteral("engineering")}}));
    QVERIFY(sheet.startsWith(QLatin1String("# Engineering worksheet: E-commerce shop\n")));
    QVERIFY(sheet.contains(QLatin1String("**0 of 49 answered.**")));
    QVERIFY(sheet.contains(QLatin1String("- Id: `component.catalog.service.serviceTimeMs`")));
    QVERIFY(!sheet.contains(QLatin1String("general.dau.now")));
    QVERIFY(sheet.contains(QLatin1String("## Capacity estimate")));

    const Exporter *e = ExporterRegistry::builtin().find(QStringLiteral("questionnaire"));
    const ExportResult wrong = e->generate(shop, catalog(), {{QStringLiteral("edition"), QStringLiteral("marketing")}});
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error, QStringLiteral("unknown edition 'marketing'; choose full, product-owner or engineering"));
}

void TestQuestionnaire::productOwnerEditionIsPlain()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const Questionnaire q(shop, catalog());
    // Units and engineering shorthand a product owner should not have to decode.
    static const QRegularExpression jargon(QStringLiteral("KiB|MiB|GiB|\\bp9\\d|percentile|req/s|CPU|\\bms\\b|latency"),
                                           QRegularExpression::CaseInsensitiveOption);
    // The questions themselves do without acronyms; "why we ask" may name one it explains.
    static const QRegularExpression acronym(QStringLiteral("\\((SLO|SLA|RPO|RTO)\\)"));
    for (const Question &question : q.questions()) {
        if (!inEdition(question, Edition::ProductOwner))
            continue;
        for (const QString &text : {question.text, question.typeDescription(), question.help})
            QVERIFY2(!jargon.match(text).hasMatch(), qPrintable(question.id + QLatin1String(": ") + text));
        QVERIFY2(!acronym.match(question.text).hasMatch(), qPrintable(question.id + QLatin1String(": ") + question.text));
    }
    for (const char *format : {"md", "html"}) {
        const QString out = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QLatin1String(format)},
                                                                {QStringLiteral("edition"), QStringLiteral("product-owner")}}));
        QVERIFY2(out.contains(QLatin1String("Questions for the product owner: E-commerce shop")), format);
        QVERIFY2(out.contains(QLatin1String("4 of 41 answered")), format);
        // No sizing tables, no ids (the HTML keeps them as anchors only), no engineering questions.
        for (const char *absent : {"Capacity estimate", "- Id: ", "<code>", "(`general.", "Peak req/s", "KiB", "95th percentile"})
            QVERIFY2(!out.contains(QLatin1String(absent)), absent);
        // Every question says which part of the drawing it changes.
        QCOMPARE(out.count(QLatin1String("Affects in the drawing: ")), 41);
    }
    const QString md = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("md")},
                                                           {QStringLiteral("edition"), QStringLiteral("product-owner")}}));
    auto block = [&](const QString &heading) {
        const qsizetype at = md.indexOf(heading);
        return at < 0 ? QString() : md.mid(at, md.indexOf(QLatin1String("\n#"), at) - at); // to the next heading
    };
    // Uploads land in the object storage; card data in Stripe and the stores; a store's own question in it.
    QVERIFY2(block(QStringLiteral("How large is a typical upload")).contains(QLatin1String("- Affects in the drawing: Product images\n")),
             qPrintable(block(QStringLiteral("How large is a typical upload"))));
    QVERIFY(block(QStringLiteral("(PCI DSS)?")).contains(QLatin1String("- Affects in the drawing: Product images, Session cache, Shop DB, Stripe\n")));
    QVERIFY(block(QStringLiteral("How much of the time must the system be available?")).contains(QLatin1String("- Affects in the drawing: the whole system")));
    QVERIFY(block(QStringLiteral("Shop DB: how long must the data be kept?")).contains(QLatin1String("- Affects in the drawing: Shop DB\n")));
    // The users' load reaches the services, not the stores behind them (load:users).
    QVERIFY2(block(QStringLiteral("How many people use the system on a normal day today?"))
                 .contains(QLatin1String("- Affects in the drawing: User Authentication, Product Catalog, Fulfilment worker, Order Processing, Payment\n")),
             qPrintable(block(QStringLiteral("How many people use the system on a normal day today?"))));
}

void TestQuestionnaire::userLoadQuestionsNameWhatTheUsersReach()
{
    // The questions whose answers make up the users' load name the services that load reaches:
    // not the stores and providers behind them, not scheduled jobs, not what nothing calls.
    const QStringList userLoad = {"general.dau.now", "general.dau.future", "general.growth.horizonMonths",
                                  "general.peak.concurrent", "general.session.requestsPerMinute",
                                  "general.session.minutes", "general.peak.window", "general.peak.multiplier"};
    const std::vector<Question> general = sd::generalQuestions();
    auto question = [&](const QString &id) {
        const auto it = std::find_if(general.begin(), general.end(), [&](const Question &q) { return q.id == id; });
        return it == general.end() ? Question{} : *it;
    };
    struct Case {
        const char *example;
        QStringList named;
        QStringList notNamed;
    };
    const Case cases[] = {
        {"e-commerce", {"auth", "orders", "fulfilment"}, {"shop-db", "images", "stripe", "waf"}},
        {"fintech-p2p", {"bff", "ledger"}, {"reconciliation", "ledger-db"}},
        {"serverless-pipeline", {"signed-url"}, {"daily-rollup", "documents"}},
    };
    for (const Case &c : cases) {
        const Design d = loadExample(QLatin1String(c.example));
        const AffectedItems affected(d, catalog());
        for (const QString &id : userLoad) {
            const Question q = question(id);
            QVERIFY2(q.affects.contains(QStringLiteral("load:users")), qPrintable(id));
            const QStringList items = affected.of(q);
            const QString where = QStringLiteral("%1 %2: %3").arg(QLatin1String(c.example), id, items.join(QStringLiteral(", ")));
            for (const QString &named : c.named)
                QVERIFY2(items.contains(named), qPrintable(where));
            for (const QString &notNamed : c.notNamed)
                QVERIFY2(!items.contains(notNamed), qPrintable(where));
        }
    }
    // The estimate the caller already has gives the same answer as the one it builds itself.
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const CapacityEstimate estimate = estimateCapacity(shop, catalog());
    const Question dau = question(QStringLiteral("general.dau.now"));
    QCOMPARE(AffectedItems(shop, catalog(), estimate).of(dau), AffectedItems(shop, catalog()).of(dau));
}

void TestQuestionnaire::whyIsSaidOncePerSection()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const QString md = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("md")}}));
    // Five services ask for their CPU time: the reason is printed for the first, the others point to it.
    const QString why = QStringLiteral("Requests per second times the time each one keeps a CPU busy");
    QCOMPARE(md.count(why), 1);
    const qsizetype first = md.indexOf(why);
    const QString number = md.left(first).section(QLatin1String("\n### "), -1).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(number).hasMatch(), qPrintable(number));
    QCOMPARE(md.count(QStringLiteral("- Why we ask: as for %1\n").arg(number)), 4);
    // A question whose reason is its own says it in full.
    QVERIFY(md.contains(QLatin1String("- Why we ask: Daily active users set the baseline")));
}

void TestQuestionnaire::descriptionStaysInternal()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const QString gaps = QStringLiteral("Known gaps, left on purpose for the design review");
    QVERIFY(shop.description.contains(gaps));
    for (const char *format : {"md", "html"}) {
        const QString f = QLatin1String(format);
        auto out = [&](const QVariantMap &more) {
            QVariantMap options = more;
            options.insert(QStringLiteral("format"), f);
            return QString::fromUtf8(exportWith(shop, options));
        };
        QVERIFY2(!out({{QStringLiteral("edition"), QStringLiteral("product-owner")}}).contains(gaps), format);
        QVERIFY2(out({{QStringLiteral("edition"), QStringLiteral("product-owner")}, {QStringLiteral("include-description"), true}}).contains(gaps), format);
        QVERIFY2(out({}).contains(gaps), format); // the full questionnaire is the architects'
        QVERIFY2(out({{QStringLiteral("edition"), QStringLiteral("engineering")}}).contains(gaps), format);
    }
}

void TestQuestionnaire::everyOpenQuestionHasANoteLine()
{
    const Design shop = loadExample(QStringLiteral("e-commerce"));
    const Questionnaire q(shop, catalog());
    const QString blank = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("md")}, {QStringLiteral("blank"), true}}));
    QCOMPARE(blank.count(QLatin1String("\n- Note: ______________________________\n")), q.count());
    const QString blankHtml = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("html")}, {QStringLiteral("blank"), true}}));
    QCOMPARE(blankHtml.count(QLatin1String("<div class=\"blank note\"></div>")), q.count());
    // Filled in: the answered questions show their note (if any), the open ones a line for it.
    const QString filled = QString::fromUtf8(exportWith(shop, {{QStringLiteral("format"), QStringLiteral("md")}}));
    QCOMPARE(filled.count(QLatin1String("\n- Note: ______________________________\n")), q.count() - q.answeredCount());
    QVERIFY(filled.contains(QLatin1String("- Note: ") + shop.answer(QStringLiteral("general.peak.concurrent"))->note.left(20)));
    // The answers file has a note for every question, answered or not.
    const QByteArray answers = exportWith(shop, {{QStringLiteral("format"), QStringLiteral("answers")}, {QStringLiteral("blank"), true}});
    QCOMPARE(answers.count("\n    note: "), qsizetype(q.count()));
}

void TestQuestionnaire::newQuestionsCoverTheStory()
{
    const std::vector<Question> general = sd::generalQuestions();
    auto find = [&](const char *id) -> const Question * {
        for (const Question &q : general)
            if (q.id == QLatin1String(id))
                return &q;
        return nullptr;
    };
    // Issue 17 items 7 and 8: what users do, and what the Well-Architected reviews ask.
    for (const char *id : {"general.journeys.main", "general.journeys.critical", "general.uploads.kinds", "general.quality.scenarios",
                           "general.edge.protection", "general.data.classification", "general.encryption.keys", "general.security.audits",
                           "general.alerting.pages", "general.team.onCall", "general.testing.load", "general.testing.drDrills",
                           "general.release.method", "general.release.rollbackMinutes", "general.errorBudget.policy"})
        QVERIFY2(find(id), id);
    QVERIFY(find("general.quality.scenarios")->text.contains(QStringLiteral("what happens → how the system responds → how you measure it")));
    QVERIFY(find("general.quality.scenarios")->help.contains(QLatin1String("ISO 25010")));
    QVERIFY(find("general.journeys.critical")->text.contains(QLatin1String("priority")));
    QVERIFY(find("general.alerting.pages")->help.contains(QLatin1String("alert fatigue")));
    QCOMPARE(find("general.release.rollbackMinutes")->type, AnswerType::Number);
    QCOMPARE(find("general.data.classification")->choices, (QStringList{"public", "internal", "confidential", "restricted"}));
    QCOMPARE(find("general.encryption.keys")->choices.first(), QStringLiteral("provider-managed"));
    QString problem;
    QVERIFY(!normalizeAnswerValue(*find("general.testing.drDrills"), QStringLiteral("weekly"), &problem).isValid());
    QVERIFY2(problem.contains(QLatin1String("quarterly | yearly | never | not-sure")), qPrintable(problem));
}

void TestQuestionnaire::olderAnswersFileImportsWhatStillApplies()
{
    // Answers written for an older version of the shop: it had a reporting DB, which is gone, and its
    // internal load balancer was a service that was asked for its load.
    Design shop = loadExample(QStringLiteral("e-commerce"));
    const std::string text = "stackdraftAnswers: 1\n"
                             "design: E-commerce shop\n"
                             "answers:\n"
                             "  - question: general.session.requestsPerMinute\n"
                             "    value: 4\n"
                             "  - question: component.reporting-db.data.sizeNow\n"     // line 6: the DB was removed
                             "    value: 40\n"
                             "  - question: component.lb.service.peakRps\n"            // line 8: a load balancer asks nothing
                             "    value: 900\n"
                             "  - question: component.catalog.service.serviceTimeMs\n"
                             "    value: 35\n"
                             "    note: profiled in staging\n";
    const AnswersImport r = readAnswersFile(text, DesignFormat::Yaml, QStringLiteral("old.yaml"), shop, catalog());
    QVERIFY(r.ok());
    QStringList got;
    for (const Diagnostic &d : r.diagnostics)
        got.append(d.toString());
    QCOMPARE(got, (QStringList{
                      "old.yaml:6:5: warning: 'component.reporting-db.data.sizeNow' no longer applies and is not imported: "
                      "'reporting-db' is no longer in the design",
                      "old.yaml:8:5: warning: 'component.lb.service.peakRps' no longer applies and is not imported: "
                      "'lb' no longer raises this question (its kind changed)"}));
    QCOMPARE(r.noLongerApply, (QStringList{"component.reporting-db.data.sizeNow", "component.lb.service.peakRps"}));
    QCOMPARE(r.answers.size(), size_t(2));
    QCOMPARE(applyAnswers(shop, r.answers), 2);
    QCOMPARE(shop.answer(QStringLiteral("component.catalog.service.serviceTimeMs"))->note, QStringLiteral("profiled in staging"));
    QVERIFY(!shop.answer(QStringLiteral("component.reporting-db.data.sizeNow"))); // not stored as an orphan either

    // A mistake still refuses the whole file, the skipped ones included.
    const AnswersImport bad = readAnswersFile(text + "  - question: general.dau.now\n    value: many\n", DesignFormat::Yaml,
                                              QStringLiteral("old.yaml"), shop, catalog());
    QVERIFY(!bad.ok());
    QVERIFY(bad.answers.empty());
    QVERIFY(bad.noLongerApply.isEmpty());
}

void TestQuestionnaire::goldens_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("blank");
    QTest::addColumn<QString>("golden");
    for (const char *example : {"e-commerce", "fintech-p2p"}) {
        const QString name = QLatin1String(example);
        QTest::addRow("%s md", example) << name << "md" << false << name + ".md";
        QTest::addRow("%s html", example) << name << "html" << false << name + ".html";
        QTest::addRow("%s answers", example) << name << "answers" << false << name + ".answers.yaml";
    }
    // After a workshop: the load answered, so the capacity section has numbers and warnings.
    QTest::newRow("e-commerce workshop md") << "e-commerce+workshop" << "md" << false << "e-commerce-workshop.md";
    QTest::newRow("e-commerce workshop html") << "e-commerce+workshop" << "html" << false << "e-commerce-workshop.html";
    QTest::newRow("monolith-first blank md") << "monolith-first" << "md" << true << "monolith-first.blank.md";
    // The two editions of the same shop, as handed out.
    QTest::newRow("e-commerce product-owner md") << "e-commerce@product-owner" << "md" << false << "e-commerce.product-owner.md";
    QTest::newRow("e-commerce product-owner blank html") << "e-commerce@product-owner" << "html" << true << "e-commerce.product-owner.blank.html";
    QTest::newRow("e-commerce engineering md") << "e-commerce@engineering" << "md" << false << "e-commerce.engineering.md";
    QTest::newRow("serverless-pipeline answers json") << "serverless-pipeline" << "answers-json" << false
                                                       << "serverless-pipeline.answers.json";
}

void TestQuestionnaire::goldens()
{
    QFETCH(QString, example);
    QFETCH(QString, format);
    QFETCH(bool, blank);
    QFETCH(QString, golden);
    const bool workshop = example.endsWith(QLatin1String("+workshop"));
    const QString edition = example.contains(QLatin1Char('@')) ? example.section(QLatin1Char('@'), 1) : QStringLiteral("full");
    Design d = loadExample(example.section(QLatin1Char('+'), 0, 0).section(QLatin1Char('@'), 0, 0));
    if (workshop) {
        answer(d, "general.session.requestsPerMinute", qint64(4), QStringLiteral("browse, search, cart"));
        answer(d, "general.peak.multiplier", qint64(4));
        answer(d, "general.peak.window", QStringLiteral("18:00-22:00 America/New_York"));
        answer(d, "general.budget.monthly", QVariantList{4000.0, 8000.0});
        answer(d, "general.cloud.policy", QStringLiteral("one-provider"));
        answer(d, "component.catalog.service.serviceTimeMs", qint64(40));
        answer(d, "component.orders.service.peakRps", qint64(30), QStringLiteral("checkouts are 1 in 7 sessions"));
        answer(d, "component.orders.service.serviceTimeMs", qint64(120));
        answer(d, "component.order-queue.queue.messagesPerSecond", qint64(5), QStringLiteral("paid orders at the peak"));
        answer(d, "component.shop-db.data.sizeNow", qint64(180));
        answer(d, "component.shop-db.data.growthPerMonth", qint64(15));
        answer(d, "component.stripe.thirdParty.slaPercent", 99.99);
        answer(d, "component.email.thirdParty.slaPercent", 99.5);
        answer(d, "component.gone.data.sizeNow", qint64(5), QStringLiteral("the old reporting DB"));
    }
    const QByteArray out = exportWith(d, {{QStringLiteral("format"), format}, {QStringLiteral("blank"), blank}, {QStringLiteral("edition"), edition}});
    QVERIFY(!out.isEmpty());
    const QString mismatch = test::goldenMismatch(QStringLiteral(TEST_DATA_DIR "/golden/") + golden, out);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestQuestionnaire::htmlParsesStrictly()
{
    for (const char *example : {"e-commerce", "fintech-p2p", "multi-cloud"}) {
        for (const bool blank : {false, true}) {
            const QByteArray out = exportWith(loadExample(QLatin1String(example)),
                                              {{QStringLiteral("format"), QStringLiteral("html")}, {QStringLiteral("blank"), blank}});
            const Run r = test::runPython({QStringLiteral("-c"), QLatin1String(kHtmlCheck)}, out);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.isEmpty(), qPrintable(QLatin1String(example) + QLatin1String(": ") + r.out + r.err));
        }
    }
    // Names with markup are escaped, in the text and in the diagram.
    Design d;
    d.name = QStringLiteral("<b>Tom & Jerry's</b>");
    Component c = component(QStringLiteral("db"), QStringLiteral("cache"));
    c.name = QStringLiteral("<script>alert(1)</script>");
    d.addComponent(c);
    const QByteArray out = exportWith(d, {{QStringLiteral("format"), QStringLiteral("html")}});
    QVERIFY(!out.contains("<script>"));
    QVERIFY(out.contains("&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;"));
    const Run r = test::runPython({QStringLiteral("-c"), QLatin1String(kHtmlCheck)}, out);
    QVERIFY2(r.code == 0 && r.out.isEmpty(), qPrintable(r.out + r.err));
}

void TestQuestionnaire::cliExportAndImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString design = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), design));
    QFile::setPermissions(design, QFile::ReadOwner | QFile::WriteOwner);

    // Export: the same bytes as the exporter in process.
    const QString md = dir.filePath(QStringLiteral("q.md"));
    Run r = test::runCli({QStringLiteral("export"), QStringLiteral("questionnaire"), design, QStringLiteral("--format"),
                          QStringLiteral("md"), QStringLiteral("-o"), md});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QCOMPARE(mdFile.readAll(), exportWith(loadExample(QStringLiteral("e-commerce")), {{QStringLiteral("format"), QStringLiteral("md")}}));

    const QString answers = dir.filePath(QStringLiteral("answers.yaml"));
    r = test::runCli({QStringLiteral("export"), QStringLiteral("questionnaire"), design, QStringLiteral("--format"),
                      QStringLiteral("answers"), QStringLiteral("--blank"), QStringLiteral("-o"), answers});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // A wrong file: exit 1, each problem with file:line:column, the design untouched.
    QFile original(design);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("answers:\n  - question: general.dau.now\n    value: 30000\n  - question: nope\n    value: 1\n"
                "  - question: general.peak.window\n    value: 42\n");
    }
    r = test::runCli({QStringLiteral("answers"), QStringLiteral("import"), design, bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(":4:5: error: unknown question id 'nope'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(bad + QStringLiteral(":7:5: error: general.peak.window expects time window")), qPrintable(r.err));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();

    // The exported blank file, filled in: applied and saved.
    QFile a(answers);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QByteArray filled = a.readAll();
    a.close();
    const qsizetype at = filled.indexOf("question: general.peak.window\n");
    QVERIFY(at > 0);
    filled.replace(filled.indexOf("value: ~", at), 8, "value: 18:00-22:00 America/New_York");
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(filled);
    a.close();
    r = test::runCli({QStringLiteral("answers"), QStringLiteral("import"), design, answers});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1 answer(s) changed; 5 of 90 answered")), qPrintable(r.out));
    const LoadResult saved = loadDesign(design, catalog());
    QVERIFY(saved.ok());
    QCOMPARE(saved.design->answer(QStringLiteral("general.peak.window"))->value,
             QVariant(QStringLiteral("18:00-22:00 America/New_York")));
    QCOMPARE(saved.design->answer(QStringLiteral("general.dau.now"))->value.toDouble(), 25000.0); // untouched

    r = test::runCli({QStringLiteral("answers"), QStringLiteral("import"), design});
    QCOMPARE(r.code, 2);
}

void TestQuestionnaire::cliPrintsPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh installs it");
    // The shop after a workshop, so that the capacity tables have numbers ("1,250.0") to print.
    QTemporaryDir dir;
    Design d = loadExample(QStringLiteral("e-commerce"));
    answer(d, "general.peak.concurrent", qint64(25000));
    answer(d, "general.session.requestsPerMinute", qint64(3));
    answer(d, "component.catalog.service.serviceTimeMs", qint64(40));
    answer(d, "component.shop-db.data.sizeNow", qint64(180));
    answer(d, "component.shop-db.data.growthPerMonth", qint64(15));
    const QString design = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QString error;
    QVERIFY2(saveDesign(d, design, DesignFormat::Yaml, &error), qPrintable(error));

    auto pdfText = [&](const QStringList &extra, const QString &name) {
        const QString pdf = dir.filePath(name);
        const Run r = test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("questionnaire"), design, QStringLiteral("--format"),
                                               QStringLiteral("pdf"), QStringLiteral("-o"), pdf} + extra);
        if (r.code != 0)
            return QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
        QFile file(pdf);
        if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-"))
            return QStringLiteral("not a PDF");
        if (qEnvironmentVariableIsSet("STACKDRAFT_KEEP_PDF")) // to look at: pdftoppm -r 60 -png FILE page
            QFile::copy(pdf, qEnvironmentVariable("STACKDRAFT_KEEP_PDF") + QLatin1Char('-') + name);
        // NFKC: the PDF's text has the font's ligatures ("A\uFB00ects" for "Affects").
        return test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.normalized(QString::NormalizationForm_KC);
    };
    const QString full = pdfText({}, QStringLiteral("full.pdf"));
    // (pdftotext joins "E-" at the end of a title line and "commerce" on the next without the hyphen.)
    QVERIFY2(full.startsWith(QLatin1String("Requirements questionnaire: E")) && full.left(80).contains(QLatin1String("commerce shop")),
             qPrintable(full.left(300)));
    QVERIFY(full.contains(QLatin1String("Capacity estimate")));
    // The tables break between words only: no "Servic e", no "1, 250.0" split over two lines.
    for (const char *word : {"Service", "Suggested", "Replicas", "Provisioned"})
        QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word))).match(full).hasMatch(), word);
    const QRegularExpressionMatch split = QRegularExpression(QStringLiteral("\\d,\\s*\\n\\s*\\d{3}|\\b(Servic|Replica|Suggeste)\\n")).match(full);
    QVERIFY2(!split.hasMatch(), qPrintable(split.captured(0)));
    QVERIFY(full.contains(QLatin1String("Known gaps"))); // the architects' edition keeps the description

    const QString owner = pdfText({QStringLiteral("--edition"), QStringLiteral("product-owner"), QStringLiteral("--page-size"), QStringLiteral("letter")},
                                  QStringLiteral("owner.pdf"));
    QVERIFY2(owner.simplified().startsWith(QLatin1String("Questions for the product owner: E-commerce shop")), qPrintable(owner.left(300)));
    QVERIFY(owner.contains(QLatin1String("Affects in the drawing: Product images")));
    QVERIFY(!owner.contains(QLatin1String("Known gaps")));
    QVERIFY(!owner.contains(QLatin1String("Capacity estimate")));
    const QString described = pdfText({QStringLiteral("--edition"), QStringLiteral("product-owner"), QStringLiteral("--include-description")},
                                      QStringLiteral("described.pdf"));
    QVERIFY(described.contains(QLatin1String("Known gaps")));
    const Run info = test::runProcess(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("owner.pdf"))});
    QVERIFY2(info.out.contains(QLatin1String("612 x 792 pts (letter)")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QLatin1String("Title:           Questions for the product owner: E-commerce shop")), qPrintable(info.out));

    // To standard output: the PDF's bytes unchanged (not re-encoded as text).
    const QString piped = dir.filePath(QStringLiteral("piped.pdf"));
    const Run pipe = test::runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("\"$0\" export questionnaire \"$1\" --format pdf -o - > \"$2\""),
                                                             QStringLiteral(CLI_EXECUTABLE), design, piped});
    QVERIFY2(pipe.code == 0, qPrintable(pipe.err));
    const Run pipedInfo = test::runProcess(QStringLiteral("pdfinfo"), {piped});
    QVERIFY2(pipedInfo.code == 0 && pipedInfo.out.contains(QLatin1String("Pages:")), qPrintable(pipedInfo.err));

    // A wrong paper size is refused before anything is written.
    const Run wrong = test::runCli({QStringLiteral("export"), QStringLiteral("questionnaire"), design, QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--page-size"), QStringLiteral("a3"), QStringLiteral("-o"), dir.filePath(QStringLiteral("a3.pdf"))});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("--page-size must be one of a4, letter, not 'a3'")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a3.pdf"))));
}

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
