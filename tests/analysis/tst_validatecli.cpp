// SPDX-License-Identifier: MIT
// stackdraft-cli validate and simulate as a user (or a CI job) runs them: real process, exit codes,
// every output format checked with an independent reader where one exists.
#include "catalog.h"
#include "designio.h"
#include "process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <set>

using namespace sd;

namespace {

using sd::test::Run;
using sd::test::runCli;

QString example(const char *name)
{
    return QStringLiteral(SOURCE_DIR "/resources/examples/%1.stackdraft.yaml").arg(QLatin1String(name));
}

/// Line of "- id: ID" in a file, found by plain text search (not by our parser).
int textLineOf(const QString &path, const QString &id)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QRegularExpression re(QStringLiteral("^\\s*- id: %1\\s*$").arg(QRegularExpression::escape(id)));
    for (int i = 0; i < lines.size(); ++i)
        if (re.match(lines[i]).hasMatch())
            return i + 1;
    return 0;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QJsonObject jsonReport(const QString &path)
{
    const Run r = runCli({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesFollowTheThreshold();
    void acceptedFindingsNeverFail();
    void jsonReport();
    void sarifPointsAtTheComponentLines();
    void csvReadsBackWithPythonCsv();
    void htmlIsSelfContained();
    void usageErrors();
    void loadFailuresExitTwo();
    void simulate();
    void simulateTopCutsTheRankingOnly();
    void simulateSaysWhatFailsOver();
    void noEntryPointFailsSimulateAndValidate();
    void structuralAgainstNetworkx();
    void structuralInSarifAndHtml();
};

void TestValidateCli::exitCodesFollowTheThreshold()
{
    // Fintech: no errors, but warnings and infos.
    QCOMPARE(runCli({QStringLiteral("validate"), example("fintech-p2p")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--fail-on"), QStringLiteral("error")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--fail-on"), QStringLiteral("warning")}).code, 1);
    QCOMPARE(runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--fail-on"), QStringLiteral("info")}).code, 1);
    // E-commerce has deliberate gaps: errors.
    const Run shop = runCli({QStringLiteral("validate"), example("e-commerce")});
    QCOMPARE(shop.code, 1);
    QVERIFY(shop.out.contains(QStringLiteral(": error: ")));
    // Its accepted single Redis node is shown as accepted, with the justification.
    QVERIFY(shop.out.contains(QStringLiteral("accepted error: Session cache")));
    QVERIFY(shop.out.contains(QStringLiteral("One Redis node is fine for launch")));
}

void TestValidateCli::acceptedFindingsNeverFail()
{
    const QJsonObject report = ::jsonReport(example("e-commerce"));
    const QJsonArray findings = report[QStringLiteral("findings")].toArray();
    QVERIFY(!findings.isEmpty());
    LoadResult loaded = loadDesign(example("e-commerce"), sd::Catalog::builtin());
    QVERIFY(loaded.ok());
    for (const QJsonValue &f : findings)
        loaded.design->setAcceptedFinding({f[QStringLiteral("id")].toString(), QStringLiteral("Reviewed"),
                                           QStringLiteral("Test"), QStringLiteral("2026-11-29")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accepted.stackdraft.yaml"));
    QString error;
    QVERIFY2(sd::saveDesign(*loaded.design, path, sd::DesignFormat::Yaml, &error), qPrintable(error));
    const Run r = runCli({QStringLiteral("validate"), path, QStringLiteral("--fail-on"), QStringLiteral("info")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("0 errors, 0 warnings, 0 info, %1 accepted").arg(findings.size())));
}

void TestValidateCli::jsonReport()
{
    const QJsonObject report = ::jsonReport(example("e-commerce"));
    QCOMPARE(report[QStringLiteral("design")].toString(), QStringLiteral("E-commerce shop"));
    const QJsonArray findings = report[QStringLiteral("findings")].toArray();
    int errors = 0, accepted = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY(f[QStringLiteral("id")].toString().startsWith(f[QStringLiteral("ruleId")].toString()));
        QVERIFY(!f[QStringLiteral("fix")].toString().isEmpty());
        if (f[QStringLiteral("accepted")].toBool())
            ++accepted;
        else if (f[QStringLiteral("severity")].toString() == QLatin1String("error"))
            ++errors;
    }
    QCOMPARE(report[QStringLiteral("counts")][QStringLiteral("error")].toInt(), errors);
    QCOMPARE(report[QStringLiteral("counts")][QStringLiteral("accepted")].toInt(), accepted);
    QCOMPARE(accepted, 1);
}

void TestValidateCli::sarifPointsAtTheComponentLines()
{
    const QString path = example("e-commerce");
    const Run r = runCli({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(r.code, 1);
    QJsonParseError parseError;
    const QJsonObject sarif = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(sarif[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = sarif[QStringLiteral("runs")].toArray().first().toObject();
    QCOMPARE(run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("name")].toString(), QStringLiteral("stackdraft"));
    const QJsonArray rules = run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")].toArray();
    const QJsonArray results = run[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), ::jsonReport(path)[QStringLiteral("findings")].toArray().size());
    int checkedLines = 0, suppressed = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject result = v.toObject();
        const QString level = result[QStringLiteral("level")].toString();
        QVERIFY(level == QLatin1String("error") || level == QLatin1String("warning") || level == QLatin1String("note"));
        const int ruleIndex = result[QStringLiteral("ruleIndex")].toInt();
        QCOMPARE(rules[ruleIndex][QStringLiteral("id")].toString(), result[QStringLiteral("ruleId")].toString());
        const QJsonObject location = result[QStringLiteral("locations")].toArray().first().toObject();
        // An absolute path is given as a file:// URI.
        QCOMPARE(location[QStringLiteral("physicalLocation")][QStringLiteral("artifactLocation")][QStringLiteral("uri")].toString(),
                 QUrl::fromLocalFile(path).toString());
        const QJsonArray logical = location[QStringLiteral("logicalLocations")].toArray();
        if (!logical.isEmpty()) {
            const QString component = logical.first()[QStringLiteral("name")].toString();
            const int line = location[QStringLiteral("physicalLocation")][QStringLiteral("region")][QStringLiteral("startLine")].toInt();
            QCOMPARE(line, textLineOf(path, component));
            ++checkedLines;
        }
        if (result.contains(QStringLiteral("suppressions")))
            ++suppressed;
    }
    QVERIFY(checkedLines >= 3);
    QCOMPARE(suppressed, 1);
}

void TestValidateCli::csvReadsBackWithPythonCsv()
{
    const Run r = runCli({QStringLiteral("validate"), example("multi-cloud"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 1);
    const Run python = sd::test::runPython({QStringLiteral("-c"), QStringLiteral("import csv,json,sys\nrows=list(csv.reader(sys.stdin))\n"
                                                                             "print(json.dumps(rows))")},
                                           r.out.toUtf8());
    QVERIFY2(python.code == 0, qPrintable(python.err));
    const QJsonArray rows = QJsonDocument::fromJson(python.out.toUtf8()).array();
    QVERIFY(rows.size() > 1);
    QStringList header;
    for (const QJsonValue &v : rows.first().toArray())
        header.append(v.toString());
    QCOMPARE(header, (QStringList{QStringLiteral("id"), QStringLiteral("rule"), QStringLiteral("severity"),
                                  QStringLiteral("accepted"), QStringLiteral("components"), QStringLiteral("line"),
                                  QStringLiteral("message"), QStringLiteral("reason"), QStringLiteral("fix"),
                                  QStringLiteral("justification"), QStringLiteral("note")}));
    const QJsonObject report = ::jsonReport(example("multi-cloud"));
    const QJsonArray findings = report[QStringLiteral("findings")].toArray();
    // The findings first, then one row per cut vertex, bridge and dominator (empty severity).
    const QJsonObject structural = report[QStringLiteral("structural")].toObject();
    qsizetype dominating = 0;
    for (const QJsonValue &e : structural[QStringLiteral("dominators")].toObject())
        dominating += e[QStringLiteral("dominating")].toArray().size();
    QCOMPARE(rows.size() - 1, findings.size() + structural[QStringLiteral("cutVertices")].toArray().size()
                                  + structural[QStringLiteral("bridges")].toArray().size() + dominating);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        QCOMPARE(row.size(), header.size());
        if (i - 1 < findings.size()) {
            QCOMPARE(row[0].toString(), findings[i - 1][QStringLiteral("id")].toString());
            QCOMPARE(row[6].toString(), findings[i - 1][QStringLiteral("message")].toString());
            QCOMPARE(row[10].toString(), findings[i - 1][QStringLiteral("note")].toString());
        } else {
            QVERIFY(row[1].toString().startsWith(QStringLiteral("structural.")));
            QVERIFY(row[2].toString().isEmpty());
            QVERIFY(!row[4].toString().isEmpty());
        }
    }
}

void TestValidateCli::htmlIsSelfContained()
{
    const Run r = runCli({QStringLiteral("validate"), example("e-commerce"), QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("</html>")));
    QVERIFY(!r.out.contains(QStringLiteral("<script")));
    QVERIFY(!r.out.contains(QStringLiteral("<link")));
    QVERIFY(!r.out.contains(QStringLiteral("src=")));
    for (const QJsonValue &f : ::jsonReport(example("e-commerce"))[QStringLiteral("findings")].toArray())
        QVERIFY(r.out.contains(f[QStringLiteral("id")].toString()));
}

void TestValidateCli::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("validate")}).code, 2);
    const Run format = runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(format.code, 2);
    QVERIFY(format.err.contains(QStringLiteral("xml")));
    QCOMPARE(runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--fail-on"), QStringLiteral("fatal")}).code, 2);
    const Run missing = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.stackdraft.yaml")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("validate")));
}

void TestValidateCli::simulate()
{
    // Losing the zone that holds the only session cache breaks the shop for shoppers.
    const Run zone = runCli({QStringLiteral("simulate"), example("e-commerce"), QStringLiteral("--fail"), QStringLiteral("zone:us-east-1a")});
    QCOMPARE(zone.code, 1);
    QVERIFY2(zone.out.contains(QStringLiteral("Session cache")), qPrintable(zone.out));
    // Fintech survives any one zone.
    for (const char *az : {"zone:eu-central-1a", "zone:eu-central-1b", "zone:eu-central-1c"}) {
        const Run r = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--fail"), QLatin1String(az)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Every entry point still reaches everything")));
    }
    const Run region = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--fail"), QStringLiteral("region:eu-central-1")});
    QCOMPARE(region.code, 1);
    QVERIFY(region.out.contains(QStringLiteral("Card network")));
    const Run component = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--fail"), QStringLiteral("gateway")});
    QCOMPARE(component.code, 1);
    QVERIFY(component.out.contains(QStringLiteral("Ledger DB")));
    const Run ranking = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--top"), QStringLiteral("3")});
    QCOMPARE(ranking.code, 0);
    const QStringList lines = ranking.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6); // heading, three components, cut vertices, bridges
    // Every request passes the WAF first: it heads the ranking and is a cut vertex.
    QVERIFY2(lines[1].contains(QStringLiteral("(waf)")), qPrintable(ranking.out));
    QVERIFY(lines[4].startsWith(QStringLiteral("Cut vertices")) && lines[4].contains(QStringLiteral("WAF")));
    QVERIFY(lines[5].startsWith(QStringLiteral("Bridges")));
    const Run unknown = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--fail"), QStringLiteral("nope")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("nope")));
}

void TestValidateCli::loadFailuresExitTwo()
{
    // A file that fails to load has no findings: usage or I/O error, not "problems found".
    QTemporaryDir dir;
    const QString broken = writeFile(dir, QStringLiteral("broken.stackdraft.yaml"),
                                     "formatVersion: 2\nname: broken\ncomponents:\n  - {id: a, kind: microservice}\n"
                                     "connections:\n  - {id: c, from: a, to: a}\n");
    for (const char *command : {"validate", "simulate"}) {
        const Run r = runCli({QLatin1String(command), broken});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("broken.stackdraft.yaml:")), qPrintable(r.err));
        QCOMPARE(runCli({QLatin1String(command), QStringLiteral("/nonexistent/x.stackdraft.yaml")}).code, 2);
    }
}

void TestValidateCli::simulateTopCutsTheRankingOnly()
{
    const Run r = runCli({QStringLiteral("simulate"), example("fintech-p2p"), QStringLiteral("--top"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    // Every cut vertex and bridge of the JSON report is listed, each with its id.
    const QJsonObject structural = ::jsonReport(example("fintech-p2p"))[QStringLiteral("structural")].toObject();
    const QJsonArray cuts = structural[QStringLiteral("cutVertices")].toArray();
    QVERIFY(cuts.size() > 1);
    QCOMPARE(lines[2].count(QStringLiteral("; ")), cuts.size() - 1);
    for (const QJsonValue &id : cuts)
        QVERIFY2(lines[2].contains(QStringLiteral("(%1)").arg(id.toString())), qPrintable(lines[2]));
    const QJsonArray bridges = structural[QStringLiteral("bridges")].toArray();
    QCOMPARE(lines[3].count(QStringLiteral("; ")), bridges.size() - 1);
    QVERIFY(!lines[3].contains(QStringLiteral("more")));
}

void TestValidateCli::simulateSaysWhatFailsOver()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("multi-az.stackdraft.yaml"), R"(formatVersion: 2
name: Multi-AZ in a zone
zones:
  - {id: aws, kind: cloud, name: AWS, properties: {provider: aws}}
  - {id: r1, kind: region, name: US East, parent: aws, properties: {region: us-east-1}}
  - {id: az-a, kind: availability-zone, name: a, parent: r1, properties: {zone: us-east-1a}}
  - {id: az-b, kind: availability-zone, name: b, parent: r1, properties: {zone: us-east-1b}}
components:
  - {id: users, kind: users, name: Users}
  - {id: lb, kind: load-balancer, name: LB, zone: r1, properties: {multiAz: true}}
  - {id: api, kind: microservice, name: API, zone: az-b, properties: {replicas: 3}}
  - {id: db, kind: relational-database, name: Orders DB, zone: az-a, properties: {multiAz: true}}
connections:
  - {id: c1, from: users, to: lb}
  - {id: c2, from: lb, to: api}
  - {id: c3, from: api, to: db}
)");
    const Run a = runCli({QStringLiteral("simulate"), path, QStringLiteral("--fail"), QStringLiteral("zone:us-east-1a")});
    QCOMPARE(a.code, 0);
    QVERIFY2(a.out.contains(QStringLiteral("Orders DB (multi-AZ) fails over to its standby in another availability zone of us-east-1 and stays up.")),
             qPrintable(a.out));
    QVERIFY(a.out.contains(QStringLiteral("Every entry point still reaches everything")));
    const Run b = runCli({QStringLiteral("simulate"), path, QStringLiteral("--fail"), QStringLiteral("zone:us-east-1b")});
    QCOMPARE(b.code, 1);
    QVERIFY2(b.out.contains(QStringLiteral("API (api): 3 replicas, all in this zone as drawn")), qPrintable(b.out));
    const Run v = runCli({QStringLiteral("validate"), path});
    QVERIFY(!v.out.contains(QStringLiteral("[spread.zone-loss/az-a]")));
    QVERIFY(v.out.contains(QStringLiteral("[spread.zone-loss/az-b]")));
    QVERIFY(v.out.contains(QStringLiteral("note: Orders DB: multi-AZ with the primary drawn in one zone")));
}

void TestValidateCli::noEntryPointFailsSimulateAndValidate()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("loop.stackdraft.yaml"), R"(formatVersion: 2
name: loop
components: [{id: web, kind: microservice, name: web}, {id: api, kind: microservice, name: api}, {id: db, kind: relational-database, name: db}]
connections: [{id: e1, from: web, to: api}, {id: e2, from: api, to: web, mode: async}, {id: e3, from: api, to: db}]
)");
    const Run v = runCli({QStringLiteral("validate"), path});
    QCOMPARE(v.code, 1);
    QVERIFY(v.out.contains(QStringLiteral("[hygiene.no-entry-point]")));
    const Run s = runCli({QStringLiteral("simulate"), path, QStringLiteral("--fail"), QStringLiteral("api")});
    QCOMPARE(s.code, 1);
    QVERIFY(s.out.contains(QStringLiteral("No entry point")));
    QVERIFY(!s.out.contains(QStringLiteral("Every entry point still reaches everything")));
}

void TestValidateCli::structuralAgainstNetworkx()
{
    // Random designs (components with duplicate, comma-holding names; calls and callbacks; several
    // traffic sources) through `validate --format json`; networkx recomputes the structural object
    // from the design file's own connections, by id.
    QTemporaryDir dir;
    std::mt19937 rng(1313);
    const char *kinds[] = {"microservice", "relational-database", "cache", "message-queue", "users"};
    QJsonArray cases;
    for (int i = 0; i < 150; ++i) {
        const int n = 2 + int(rng() % 12);
        QString yaml = QStringLiteral("formatVersion: 2\nname: random %1\ncomponents:\n").arg(i);
        for (int v = 0; v < n; ++v) {
            const char *kind = v == 0 || rng() % 7 == 0 ? "users" : kinds[rng() % 4];
            yaml += QStringLiteral("  - {id: c%1, kind: %2, name: \"Same, name\"}\n").arg(v).arg(QLatin1String(kind));
        }
        std::set<std::pair<int, int>> pairs;
        const int m = int(rng() % unsigned(2 * n + 2));
        for (int k = 0; k < m; ++k) {
            const int a = int(rng() % unsigned(n)), b = int(rng() % unsigned(n));
            if (a != b)
                pairs.insert({a, b});
            if (a != b && rng() % 4 == 0)
                pairs.insert({b, a}); // a callback
        }
        if (!pairs.empty())
            yaml += QStringLiteral("connections:\n");
        int e = 0;
        for (const auto &[a, b] : pairs)
            yaml += QStringLiteral("  - {id: e%1, from: c%2, to: c%3}\n").arg(e++).arg(a).arg(b);
        const QString path = writeFile(dir, QStringLiteral("r%1.stackdraft.yaml").arg(i), yaml.toUtf8());
        const Run r = runCli({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        cases.append(QJsonObject{{QStringLiteral("design"), path},
                                 {QStringLiteral("report"), QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("structural")]}});
    }
    const QString input = writeFile(dir, QStringLiteral("cases.json"), QJsonDocument(cases).toJson());
    const Run python = sd::test::runPython({QStringLiteral(SOURCE_DIR "/tests/analysis/structural_reference.py"), input});
    QVERIFY2(python.code == 0, qPrintable(python.err));
    QCOMPARE(python.out.trimmed(), QStringLiteral("150 designs agree"));
}

void TestValidateCli::structuralInSarifAndHtml()
{
    const QJsonObject json = ::jsonReport(example("fintech-p2p"))[QStringLiteral("structural")].toObject();
    const Run sarif = runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--format"), QStringLiteral("sarif")});
    const QJsonObject run = QJsonDocument::fromJson(sarif.out.toUtf8()).object()[QStringLiteral("runs")].toArray().first().toObject();
    QCOMPARE(run[QStringLiteral("properties")][QStringLiteral("structural")].toObject(), json);
    const Run html = runCli({QStringLiteral("validate"), example("fintech-p2p"), QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.out.contains(QStringLiteral("Structural single points of failure")));
    for (const QJsonValue &id : json[QStringLiteral("cutVertices")].toArray())
        QVERIFY(html.out.contains(QStringLiteral("<code>%1</code>").arg(id.toString())));
    // Text stays the compiler-style list of findings.
    QVERIFY(!runCli({QStringLiteral("validate"), example("fintech-p2p")}).out.contains(QStringLiteral("Cut vertices")));
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
