// SPDX-License-Identifier: MIT
// The monitoring export (issue 20) as an on-call engineer would check it: reviewed goldens, who gets
// paged for what, routing to the drawn vendor, thresholds from the catalog, hostile names.
// promtool, amtool and the Grafana structure over every example: check_monitoring.py.
#include "catalog.h"
#include "designio.h"
#include "exporter.h"
#include "golden.h"
#include "process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <functional>

using namespace sd;

namespace {

const QString kExamples = QStringLiteral(SOURCE_DIR "/resources/examples");
const QString kGolden = QStringLiteral(TEST_DATA_DIR "/golden");

Design load(const QString &path)
{
    LoadResult r = loadDesign(path, Catalog::builtin());
    if (!r.ok())
        qFatal("cannot load %s", qPrintable(path));
    return *r.design;
}

ExportResult exportMonitoring(const Design &design, const Catalog &catalog = Catalog::builtin())
{
    const Exporter *e = ExporterRegistry::builtin().find(QStringLiteral("monitoring"));
    Q_ASSERT(e);
    return e->generate(design, catalog, {});
}

YAML::Node fileNode(const ExportResult &result, const QString &path)
{
    for (const ExportedFile &f : result.files)
        if (f.path == path)
            return YAML::Load(f.contents.toStdString());
    return {};
}

/// Every alerting rule of a component's rule file.
std::vector<YAML::Node> alertsOf(const ExportResult &result, const QString &id)
{
    std::vector<YAML::Node> out;
    const YAML::Node file = fileNode(result, QStringLiteral("prometheus/rules/%1.yml").arg(id));
    for (const YAML::Node &group : file["groups"])
        for (const YAML::Node &rule : group["rules"])
            if (rule["alert"])
                out.push_back(rule);
    return out;
}

std::string severityOf(const ExportResult &result, const QString &id, const std::string &alert)
{
    for (const YAML::Node &rule : alertsOf(result, id))
        if (rule["alert"].as<std::string>() == alert)
            return rule["labels"]["severity"].as<std::string>();
    return "missing";
}

Component component(const QString &id, const QString &kind, const QString &name = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = name.isEmpty() ? id : name;
    return c;
}

Connection call(const QString &from, const QString &to)
{
    Connection c;
    c.id = from + QStringLiteral("-to-") + to;
    c.from = from;
    c.to = to;
    return c;
}

/// users -> api -> db, and a worker nothing reaches; metrics -> an alerting component of `vendor`.
Design small(const QString &vendor = QStringLiteral("pagerduty"))
{
    Design d;
    d.name = QStringLiteral("Small");
    d.addComponent(component(QStringLiteral("users"), QStringLiteral("users")));
    d.addComponent(component(QStringLiteral("api"), QStringLiteral("microservice"), QStringLiteral("API")));
    d.addComponent(component(QStringLiteral("db"), QStringLiteral("relational-database"), QStringLiteral("Orders DB")));
    d.addComponent(component(QStringLiteral("worker"), QStringLiteral("microservice"), QStringLiteral("Worker")));
    d.addComponent(component(QStringLiteral("metrics"), QStringLiteral("metrics")));
    Component pager = component(QStringLiteral("pager"), QStringLiteral("alerting"), QStringLiteral("Pager"));
    pager.properties.insert(QStringLiteral("vendor"), vendor);
    pager.properties.insert(QStringLiteral("escalationPolicy"), QStringLiteral("platform-primary"));
    d.addComponent(pager);
    d.addConnection(call(QStringLiteral("users"), QStringLiteral("api")));
    d.addConnection(call(QStringLiteral("api"), QStringLiteral("db")));
    d.addConnection(call(QStringLiteral("worker"), QStringLiteral("db")));
    d.addConnection(call(QStringLiteral("metrics"), QStringLiteral("pager")));
    return d;
}

/// Copies a folder tree (the catalog, to change one value of it).
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            copyTree(info.filePath(), to + QLatin1Char('/') + info.fileName());
        else
            QFile::copy(info.filePath(), to + QLatin1Char('/') + info.fileName());
    }
}

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void pagesOnlyForSymptomsOnARequestPath();
    void entryPointIsProbedAtItsHealthEndpoint();
    void routesToTheDrawnVendorWithKeysFromFiles_data();
    void routesToTheDrawnVendorWithKeysFromFiles();
    void noAlertingComponentWarnsAndUsesAWebhook();
    void blastRadiusComesFromTheSimulation();
    void thresholdsAreCatalogData();
    void hostileNamesStayText();
    void nothingToWatchIsAnError();
    void drillsGolden();
};

void TestMonitoring::goldens_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("monolith-first") << kExamples + QStringLiteral("/monolith-first.stackdraft.yaml");
    QTest::newRow("e-commerce") << kExamples + QStringLiteral("/e-commerce.stackdraft.yaml");
}

// Reviewed by eye; regenerate with STACKDRAFT_UPDATE_GOLDEN=1 and read the diff before committing.
void TestMonitoring::goldens()
{
    QFETCH(QString, design);
    const ExportResult result = exportMonitoring(load(design));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QMap<QString, QByteArray> files;
    for (const ExportedFile &f : result.files)
        files.insert(f.path, f.contents);
    const QString mismatch = test::goldenFolderMismatch(kGolden + QLatin1Char('/') + QFileInfo(design).fileName().section(QLatin1Char('.'), 0, 0), files);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const ExportResult again = exportMonitoring(load(design));
    QCOMPARE(again.files.size(), result.files.size());
    for (size_t i = 0; i < result.files.size(); ++i)
        QCOMPARE(again.files[i].contents, result.files[i].contents);
}

void TestMonitoring::pagesOnlyForSymptomsOnARequestPath()
{
    const ExportResult result = exportMonitoring(small());
    QVERIFY2(result.ok(), qPrintable(result.error));
    // Users reach the API: its errors and latency page, its CPU and memory open tickets.
    QCOMPARE(severityOf(result, QStringLiteral("api"), "HighErrorRate"), std::string("page"));
    QCOMPARE(severityOf(result, QStringLiteral("api"), "HighLatency"), std::string("page"));
    QCOMPARE(severityOf(result, QStringLiteral("api"), "HighCpu"), std::string("ticket"));
    QCOMPARE(severityOf(result, QStringLiteral("api"), "HighMemory"), std::string("ticket"));
    // Nobody's request waits for the worker: even its errors only open a ticket.
    QCOMPARE(severityOf(result, QStringLiteral("worker"), "HighErrorRate"), std::string("ticket"));
    // A slow database is a cause; the API's latency is the symptom that pages.
    QCOMPARE(severityOf(result, QStringLiteral("db"), "SlowQueries"), std::string("ticket"));
    // The observability stack and traffic sources get no rules of their own.
    QVERIFY(alertsOf(result, QStringLiteral("metrics")).empty());
    QVERIFY(alertsOf(result, QStringLiteral("users")).empty());
}

void TestMonitoring::entryPointIsProbedAtItsHealthEndpoint()
{
    Design d = small();
    d.mutableComponent(QStringLiteral("api"))->properties.insert(QStringLiteral("healthPath"), QStringLiteral("/health/live"));
    d.mutableComponent(QStringLiteral("api"))->properties.insert(QStringLiteral("port"), 9000);
    const ExportResult result = exportMonitoring(d);
    QCOMPARE(severityOf(result, QStringLiteral("api"), "HealthCheckFailing"), std::string("page"));
    QCOMPARE(severityOf(result, QStringLiteral("worker"), "HealthCheckFailing"), std::string("missing"));
    const YAML::Node config = fileNode(result, QStringLiteral("prometheus/prometheus.yml"));
    bool probed = false;
    for (const YAML::Node &job : config["scrape_configs"])
        if (job["job_name"].as<std::string>() == "api-probe") {
            probed = true;
            QCOMPARE(job["static_configs"][0]["targets"][0].as<std::string>(), std::string("http://api:9000/health/live"));
            QCOMPARE(job["params"]["module"][0].as<std::string>(), std::string("http_2xx"));
        }
    QVERIFY(probed);
}

void TestMonitoring::routesToTheDrawnVendorWithKeysFromFiles_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("configKey");
    QTest::addColumn<QString>("keyFile");
    QTest::newRow("pagerduty") << "pagerduty" << "pagerduty_configs" << "routing_key_file";
    QTest::newRow("opsgenie") << "opsgenie" << "opsgenie_configs" << "api_key_file";
}

void TestMonitoring::routesToTheDrawnVendorWithKeysFromFiles()
{
    QFETCH(QString, vendor);
    QFETCH(QString, configKey);
    QFETCH(QString, keyFile);
    const ExportResult result = exportMonitoring(small(vendor));
    QVERIFY(result.messages.empty());
    const YAML::Node am = fileNode(result, QStringLiteral("alertmanager/alertmanager.yml"));
    std::map<std::string, std::string> routeOf;
    for (const YAML::Node &route : am["route"]["routes"])
        routeOf[route["matchers"][0].as<std::string>()] = route["receiver"].as<std::string>();
    QCOMPARE(routeOf["severity=\"page\""], std::string("pager-page"));
    QCOMPARE(routeOf["severity=\"ticket\""], std::string("pager-ticket"));
    for (const YAML::Node &receiver : am["receivers"]) {
        const YAML::Node config = receiver[configKey.toStdString()][0];
        QVERIFY2(config, receiver["name"].as<std::string>().c_str());
        QVERIFY(config[keyFile.toStdString()].as<std::string>().starts_with("/etc/alertmanager/secrets/pager-"));
        const bool page = receiver["name"].as<std::string>() == "pager-page";
        if (vendor == QLatin1String("opsgenie")) {
            QCOMPARE(config["priority"].as<std::string>(), std::string(page ? "P1" : "P4"));
            QCOMPARE(config["responders"][0]["name"].as<std::string>(), std::string("platform-primary"));
        } else {
            QCOMPARE(config["severity"].as<std::string>(), std::string(page ? "critical" : "warning"));
        }
    }
    // While something pages, its tickets stay quiet.
    QCOMPARE(am["inhibit_rules"][0]["equal"][0].as<std::string>(), std::string("component"));
}

void TestMonitoring::noAlertingComponentWarnsAndUsesAWebhook()
{
    const ExportResult result = exportMonitoring(load(kExamples + QStringLiteral("/e-commerce.stackdraft.yaml")));
    QVERIFY(result.ok());
    QCOMPARE(result.messages.size(), size_t(1));
    QVERIFY(result.messages.front().message.contains(QLatin1String("no alerting component")));
    const YAML::Node am = fileNode(result, QStringLiteral("alertmanager/alertmanager.yml"));
    for (const YAML::Node &receiver : am["receivers"])
        QVERIFY(receiver["webhook_configs"][0]["http_config"]["authorization"]["credentials_file"]);
}

void TestMonitoring::blastRadiusComesFromTheSimulation()
{
    const ExportResult result = exportMonitoring(small());
    // The only database: when it fails, the users' entry point breaks and our simulation says so.
    const std::vector<YAML::Node> db = alertsOf(result, QStringLiteral("db"));
    QVERIFY(!db.empty());
    const QString radius = QString::fromStdString(db.front()["annotations"]["blast_radius"].as<std::string>());
    QVERIFY2(radius.contains(QLatin1String("Orders DB is a single instance")), qPrintable(radius));
    QVERIFY2(radius.contains(QLatin1String("entry points break: users")), qPrintable(radius));
    // The worker is nobody's dependency.
    const QString worker = QString::fromStdString(alertsOf(result, QStringLiteral("worker")).front()["annotations"]["blast_radius"].as<std::string>());
    QVERIFY2(worker.contains(QLatin1String("no entry point breaks")), qPrintable(worker));
}

void TestMonitoring::thresholdsAreCatalogData()
{
    QTemporaryDir dir;
    copyTree(QStringLiteral(SOURCE_DIR "/resources/catalog"), dir.path());
    const QString data = dir.path() + QStringLiteral("/exports/monitoring.yaml");
    QFile f(data);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const QByteArray from = "  microservice:\n    dashboard: red\n    metricsPort: port\n    alerts:\n      errors: {threshold: 0.05, for: 5m}";
    QVERIFY(text.contains(from));
    text.replace(from, "  microservice:\n    dashboard: red\n    metricsPort: port\n    alerts:\n      errors: {threshold: 0.125, for: 7m}");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    Catalog catalog;
    QStringList problems;
    QVERIFY2(catalog.loadFromDirectory(dir.path(), &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    const ExportResult result = exportMonitoring(small(), catalog);
    for (const YAML::Node &rule : alertsOf(result, QStringLiteral("api")))
        if (rule["alert"].as<std::string>() == "HighErrorRate") {
            QCOMPARE(rule["expr"].as<std::string>(), std::string("job:http_requests_5xx:ratio_rate5m{job=\"api\"} > 0.125"));
            QCOMPARE(rule["for"].as<std::string>(), std::string("7m"));
            return;
        }
    QFAIL("no HighErrorRate rule for the API");
}

void TestMonitoring::hostileNamesStayText()
{
    Design d = small();
    const QString evil = QStringLiteral("API {{ .Labels }}\"\n- alert: Injected\n  expr: vector(1) # ");
    d.mutableComponent(QStringLiteral("api"))->name = evil;
    const ExportResult result = exportMonitoring(d);
    QVERIFY(result.ok());
    const std::vector<YAML::Node> alerts = alertsOf(result, QStringLiteral("api"));
    QVERIFY(!alerts.empty());
    for (const YAML::Node &rule : alerts) {
        QVERIFY(rule["alert"].as<std::string>() != "Injected");
        const std::string summary = rule["annotations"]["summary"].as<std::string>();
        QVERIFY2(summary.find("{{") == std::string::npos, summary.c_str()); // never a Go template
        QVERIFY2(summary.find("Injected") != std::string::npos, summary.c_str()); // and nothing dropped
    }
    if (QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus)");
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writeExport(result, dir.path(), &error), qPrintable(error));
    const test::Run r = test::runProcess(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("rules"), dir.filePath(QStringLiteral("prometheus/rules/api.yml"))});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const test::Run t = test::runProcess(QStringLiteral("promtool"), {QStringLiteral("test"), QStringLiteral("rules"), dir.filePath(QStringLiteral("prometheus/tests/api.test.yml"))});
    QVERIFY2(t.code == 0, qPrintable(t.out + t.err));
}

void TestMonitoring::nothingToWatchIsAnError()
{
    Design d;
    d.name = QStringLiteral("Empty");
    d.addComponent(component(QStringLiteral("users"), QStringLiteral("users")));
    const ExportResult result = exportMonitoring(d);
    QVERIFY(!result.ok());
    QVERIFY(result.files.empty());
    QVERIFY2(result.error.contains(QLatin1String("nothing in this design has signals")), qPrintable(result.error));
}

// The drills export of the e-commerce example (two AWS zones: FIS templates), reviewed by eye.
void TestMonitoring::drillsGolden()
{
    const Exporter *e = ExporterRegistry::builtin().find(QStringLiteral("drills"));
    QVERIFY(e);
    const ExportResult result = e->generate(load(kExamples + QStringLiteral("/e-commerce.stackdraft.yaml")), Catalog::builtin(), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QMap<QString, QByteArray> files;
    for (const ExportedFile &f : result.files)
        files.insert(f.path, f.contents);
    const QString mismatch = test::goldenFolderMismatch(kGolden + QStringLiteral("/drills-e-commerce"), files);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
