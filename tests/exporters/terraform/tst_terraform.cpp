// SPDX-License-Identifier: MIT
// The Terraform export as a user checks it: golden files read by eye, HashiCorp's parser and the
// provider schemas (validate-terraform --strict), secure defaults, rules derived from connections.
#include "catalog.h"
#include "designio.h"
#include "exporter.h"
#include "golden.h"
#include "process.h"
#include "terraform/hcl.h"
#include "terraform/tfmodule.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::Run;

namespace {

/// validate-terraform --strict over a folder: every sub-folder with .tf files is one module.
Run validate(const QString &dir)
{
    return test::runProcess(QStringLiteral(SHARED_TOOLS_DIR "/validate-terraform"), {QStringLiteral("--strict"), dir});
}

QStringList examples()
{
    QStringList names;
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        names.append(f.chopped(int(qstrlen(".stackdraft.yaml"))));
    return names;
}

Design loadExample(const QString &name)
{
    const LoadResult r = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/%1.stackdraft.yaml").arg(name), Catalog::builtin());
    if (!r.ok())
        qFatal("example %s does not load", qPrintable(name));
    return *r.design;
}

ExportResult exportDesign(const Design &d, const QString &provider = QStringLiteral("all"))
{
    return ExporterRegistry::builtin().find(QStringLiteral("terraform"))->generate(d, Catalog::builtin(), {{QStringLiteral("provider"), provider}});
}

QString fileText(const ExportResult &r, const QString &path)
{
    for (const ExportedFile &f : r.files)
        if (f.path == path)
            return QString::fromUtf8(f.contents);
    return {};
}

QString allTf(const ExportResult &r)
{
    QString all;
    for (const ExportedFile &f : r.files)
        if (f.path.endsWith(QLatin1String(".tf")))
            all += QString::fromUtf8(f.contents);
    return all;
}

/// Top-level blocks `resource "TYPE" "NAME" { ... }` of a file, as (type, name, body).
struct TfBlock {
    QString kind;
    QString type;
    QString name;
    QString body;
};

std::vector<TfBlock> blocks(const QString &text)
{
    std::vector<TfBlock> list;
    static const QRegularExpression re(QStringLiteral("^(resource|variable|data|output) \"([^\"]+)\"(?: \"([^\"]+)\")? \\{\\n(.*?)^\\}"),
                                       QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        list.push_back({m.captured(1), m.captured(2), m.captured(3), m.captured(4)});
    }
    return list;
}

/// Whether `text` sets `name = value` somewhere, whatever the alignment.
bool sets(const QString &text, const QString &name, const QString &value)
{
    return text.contains(QRegularExpression(QStringLiteral("\\b%1 +\\= %2\\n").arg(QRegularExpression::escape(name), QRegularExpression::escape(value))));
}

QString attribute(const QString &body, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^  %1 +=\\s*(.*)$").arg(QRegularExpression::escape(name)), QRegularExpression::MultilineOption);
    const auto m = re.match(body);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool writeAll(const ExportResult &r, const QString &dir)
{
    QString error;
    return writeExport(r, dir, &error);
}

// --- designs built in the test ---------------------------------------------------------------

struct Builder {
    Design d;
    const Catalog &catalog = Catalog::builtin();

    void zone(const QString &id, const QString &kind, const QString &parent, const QVariantMap &props = {})
    {
        Zone z;
        z.id = id;
        z.kind = kind;
        z.name = id;
        z.parent = parent;
        z.size = QSizeF(400, 300);
        z.properties = props;
        QVERIFY2(d.addZone(z), qPrintable(id));
    }
    void component(const QString &id, const QString &kind, const QString &zone, const QVariantMap &props = {}, const QString &name = {})
    {
        Component c;
        c.id = id;
        c.kind = kind;
        c.name = name.isEmpty() ? id : name;
        c.zone = zone;
        c.properties = props;
        QVERIFY2(d.addComponent(c), qPrintable(id));
    }
    void connect(const QString &from, const QString &to, int port, const QString &protocol = QStringLiteral("tcp"))
    {
        Connection c;
        c.id = from + QStringLiteral("-to-") + to;
        c.from = from;
        c.to = to;
        c.port = port;
        c.protocol = protocol;
        QVERIFY2(d.addConnection(c), qPrintable(c.id));
    }
};

struct ProviderSetup {
    QString provider;
    QString region;
    QString replicaRegion;
    QString zoneA;
    QString zoneB;
};

const ProviderSetup kSetups[] = {
    {QStringLiteral("aws"), QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1a"), QStringLiteral("eu-west-1b")},
    {QStringLiteral("gcp"), QStringLiteral("europe-west1"), QStringLiteral("europe-west4"), QStringLiteral("europe-west1-b"), QStringLiteral("europe-west1-c")},
    {QStringLiteral("azure"), QStringLiteral("westeurope"), QStringLiteral("northeurope"), QStringLiteral("1"), QStringLiteral("2")},
};

/// One component of every catalog kind (and the engine and platform variants) on one provider.
Design allKinds(const ProviderSetup &s)
{
    Builder b;
    b.d.name = QStringLiteral("All kinds on %1").arg(s.provider);
    b.zone(QStringLiteral("cloud"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), s.provider}});
    b.zone(QStringLiteral("region"), QStringLiteral("region"), QStringLiteral("cloud"), {{QStringLiteral("region"), s.region}});
    b.zone(QStringLiteral("az-a"), QStringLiteral("availability-zone"), QStringLiteral("region"), {{QStringLiteral("zone"), s.zoneA}});
    b.zone(QStringLiteral("az-b"), QStringLiteral("availability-zone"), QStringLiteral("region"), {{QStringLiteral("zone"), s.zoneB}});
    b.zone(QStringLiteral("k8s"), QStringLiteral("kubernetes-cluster"), QStringLiteral("region"), {{QStringLiteral("privateEndpoint"), false}});
    for (const KindSpec *kind : b.catalog.kinds()) {
        if (kind->container)
            continue;
        const bool external = kind->hasRole(QStringLiteral("third-party")) || kind->id == QLatin1String("users");
        b.component(kind->id, kind->id, external ? QString() : kind->id == QLatin1String("microservice") ? QStringLiteral("k8s") : QStringLiteral("region"),
                    {}, kind->displayName);
    }
    const QString region = QStringLiteral("region");
    b.component(QStringLiteral("svc-container"), QStringLiteral("microservice"), region,
                {{QStringLiteral("platform"), QStringLiteral("container-service")}, {QStringLiteral("autoscaling"), true},
                 {QStringLiteral("minReplicas"), 3}, {QStringLiteral("maxReplicas"), 12}}, QStringLiteral("Orders API"));
    b.component(QStringLiteral("svc-vm"), QStringLiteral("monolith"), region, {{QStringLiteral("replicas"), 2}}, QStringLiteral("Back office"));
    b.component(QStringLiteral("db-mysql"), QStringLiteral("relational-database"), region,
                {{QStringLiteral("engine"), QStringLiteral("mysql")}, {QStringLiteral("engineVersion"), QStringLiteral("8.0")}}, QStringLiteral("Legacy DB"));
    b.component(QStringLiteral("cache-memcached"), QStringLiteral("cache"), region, {{QStringLiteral("engine"), QStringLiteral("memcached")}}, QStringLiteral("Fragments"));
    b.component(QStringLiteral("broker"), QStringLiteral("message-queue"), region, {{QStringLiteral("engine"), QStringLiteral("rabbitmq")}}, QStringLiteral("Broker"));
    b.component(QStringLiteral("stream-managed"), QStringLiteral("event-stream"), region, {{QStringLiteral("engine"), QStringLiteral("managed")}}, QStringLiteral("Clicks"));
    b.component(QStringLiteral("cache-vm"), QStringLiteral("cache"), region, {{QStringLiteral("hosting"), QStringLiteral("vm")}}, QStringLiteral("Self-run cache"));
    b.component(QStringLiteral("search-k8s"), QStringLiteral("search"), region, {{QStringLiteral("hosting"), QStringLiteral("kubernetes")}}, QStringLiteral("Cluster search"));
    b.connect(QStringLiteral("svc-vm"), QStringLiteral("cache-vm"), 6379, QStringLiteral("redis"));
    for (const QString &engine : {QStringLiteral("dynamodb"), QStringLiteral("firestore"), QStringLiteral("cosmosdb")})
        b.component(QStringLiteral("doc-") + engine, QStringLiteral("document-database"), region, {{QStringLiteral("engine"), engine}}, QStringLiteral("Docs ") + engine);
    for (const QString &engine : {QStringLiteral("redshift"), QStringLiteral("synapse")})
        b.component(QStringLiteral("dw-") + engine, QStringLiteral("data-warehouse"), region, {{QStringLiteral("engine"), engine}}, QStringLiteral("DW ") + engine);
    Component *db = b.d.mutableComponent(QStringLiteral("relational-database"));
    db->properties = {{QStringLiteral("multiAz"), true}, {QStringLiteral("replicas"), 3}, {QStringLiteral("backupRetentionDays"), 14},
                      {QStringLiteral("crossRegionReplica"), true}, {QStringLiteral("replicaRegion"), s.replicaRegion}};
    b.d.mutableComponent(QStringLiteral("cache"))->properties = {{QStringLiteral("replicas"), 2}, {QStringLiteral("multiAz"), true}};
    b.d.mutableComponent(QStringLiteral("load-balancer"))->properties = {{QStringLiteral("public"), true}};
    b.connect(QStringLiteral("users"), QStringLiteral("cdn"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("cdn"), QStringLiteral("waf"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("cdn"), QStringLiteral("object-storage"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("waf"), QStringLiteral("load-balancer"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("load-balancer"), QStringLiteral("svc-container"), 8080, QStringLiteral("http"));
    b.connect(QStringLiteral("load-balancer"), QStringLiteral("svc-vm"), 8080, QStringLiteral("http"));
    b.connect(QStringLiteral("api-gateway"), QStringLiteral("serverless-function"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("svc-container"), QStringLiteral("relational-database"), 5432, QStringLiteral("postgresql"));
    b.connect(QStringLiteral("svc-container"), QStringLiteral("cache"), 6379, QStringLiteral("redis"));
    b.connect(QStringLiteral("svc-vm"), QStringLiteral("db-mysql"), 3306, QStringLiteral("mysql"));
    b.connect(QStringLiteral("svc-container"), QStringLiteral("payment-gateway"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("message-queue"), QStringLiteral("serverless-function"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("microservice"), QStringLiteral("search"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("metrics"), QStringLiteral("alerting"), 443, QStringLiteral("https"));
    b.connect(QStringLiteral("dns"), QStringLiteral("cdn"), 443, QStringLiteral("https"));
    return b.d;
}

/// A component name a user could type to break naive code generation.
const QString kHostileName = QStringLiteral("Bob's \"DB\" \\ ${var.x} %{if 1}x%{endif} $${y}\nnext line\t\u00e9\u2603\U0001F600 */ # //");

} // namespace

class TestTerraform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quoting_data();
    void quoting();
    void formattingAlignsLikeTerraformFmt();
    void goldenFiles_data();
    void goldenFiles();
    void azureGoldenFiles_data();
    void azureGoldenFiles();
    void examplesPassValidator();
    void allKindsPassValidatorOnEveryProvider();
    void kindsWithoutCounterpartAreReported();
    void deterministic();
    void securityGroupsComeFromConnections();
    void sensitiveVariablesHaveNoDefault();
    void resilienceBecomesArguments();
    void secureDefaultsPresent();
    void hostileNamesStayStrings();
    void designWithoutRegionAsksForOne();
    void multiCloudWritesOneFolderPerProvider();
    void cliExport();
};

void TestTerraform::initTestCase()
{
    QVERIFY(ExporterRegistry::builtin().find(QStringLiteral("terraform")));
}

void TestTerraform::quoting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("orders") << QStringLiteral("\"orders\"");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("interpolation") << QStringLiteral("${var.x}") << QStringLiteral("\"$${var.x}\"");
    QTest::newRow("directive") << QStringLiteral("%{if}") << QStringLiteral("\"%%{if}\"");
    QTest::newRow("already escaped stays literal") << QStringLiteral("$${x}") << QStringLiteral("\"$$${x}\"");
    QTest::newRow("lone dollar") << QStringLiteral("5$ {") << QStringLiteral("\"5$ {\"");
    QTest::newRow("newline tab") << QStringLiteral("a\nb\tc\r") << QStringLiteral("\"a\\nb\\tc\\r\"");
    QTest::newRow("control") << QStringLiteral("a\x01z") << QStringLiteral("\"a\\u0001z\"");
    QTest::newRow("unicode kept") << QStringLiteral("caf\u00e9 \u2603") << QStringLiteral("\"caf\u00e9 \u2603\"");
}

void TestTerraform::quoting()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(tf::quoted(input), expected);
}

void TestTerraform::formattingAlignsLikeTerraformFmt()
{
    tf::Block top;
    tf::Block &r = top.add(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), QStringLiteral("x")});
    r.setStr(QStringLiteral("bucket"), QStringLiteral("b"));
    r.setBool(QStringLiteral("force_destroy"), false);
    r.set(QStringLiteral("tags"), tf::Value::object({{QStringLiteral("Name"), tf::Value::str(QStringLiteral("n"))},
                                                     {QStringLiteral("aws:x"), tf::Value::num(1)}}));
    r.add(QStringLiteral("lifecycle")).setBool(QStringLiteral("prevent_destroy"), true);
    const QByteArray expected = "resource \"aws_s3_bucket\" \"x\" {\n"
                                "  bucket        = \"b\"\n"
                                "  force_destroy = false\n"
                                "  tags = {\n"
                                "    Name    = \"n\"\n"
                                "    \"aws:x\" = 1\n"
                                "  }\n"
                                "\n"
                                "  lifecycle {\n"
                                "    prevent_destroy = true\n"
                                "  }\n"
                                "}\n";
    QCOMPARE(tf::renderFile(top), expected);
}

void TestTerraform::goldenFiles_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &e : examples())
        QTest::newRow(qPrintable(e)) << e;
}

void TestTerraform::goldenFiles()
{
    QFETCH(QString, example);
    const ExportResult r = exportDesign(loadExample(example));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QMap<QString, QByteArray> files;
    for (const ExportedFile &f : r.files)
        files.insert(f.path, f.contents);
    const QString mismatch = test::goldenFolderMismatch(QStringLiteral(GOLDEN_DIR "/") + example, files);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestTerraform::azureGoldenFiles_data()
{
    // No bundled example runs on Azure: the Azure wiring designs (the fintech example moved to AKS, the
    // monolith on Container Apps and scale sets) are its golden files.
    QTest::addColumn<QString>("design");
    for (const char *name : {"azure-fintech", "azure-web"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTerraform::azureGoldenFiles()
{
    QFETCH(QString, design);
    const LoadResult loaded = loadDesign(QStringLiteral(GOLDEN_DIR "/../wiring/designs/%1.yaml").arg(design), Catalog::builtin());
    QVERIFY2(loaded.ok(), qPrintable(design));
    const ExportResult r = exportDesign(*loaded.design, QStringLiteral("azure"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QMap<QString, QByteArray> files;
    for (const ExportedFile &f : r.files)
        files.insert(f.path, f.contents);
    QVERIFY(files.contains(QStringLiteral("network.tf")));
    const QString mismatch = test::goldenFolderMismatch(QStringLiteral(GOLDEN_DIR "/") + design, files);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestTerraform::examplesPassValidator()
{
    QTemporaryDir dir;
    for (const QString &e : examples()) {
        const ExportResult r = exportDesign(loadExample(e));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(writeAll(r, dir.filePath(e)));
    }
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-terraform");
    const Run v = validate(dir.path());
    QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
    QVERIFY2(v.err.contains(QStringLiteral("0 error(s), 0 warning(s)")) || v.out.contains(QStringLiteral("0 error(s), 0 warning(s)")),
             qPrintable(v.out + v.err));
}

void TestTerraform::allKindsPassValidatorOnEveryProvider()
{
    QTemporaryDir dir;
    for (const ProviderSetup &s : kSetups) {
        const ExportResult r = exportDesign(allKinds(s), s.provider);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(writeAll(r, dir.filePath(s.provider)));
        QVERIFY(!fileText(r, QStringLiteral("data.tf")).isEmpty());
        if (qEnvironmentVariableIsSet("STACKDRAFT_TF_DUMP")) // to read the output by hand
            QVERIFY(writeAll(r, qEnvironmentVariable("STACKDRAFT_TF_DUMP") + QLatin1Char('/') + s.provider));
    }
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-terraform");
    const Run v = validate(dir.path());
    QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
}

void TestTerraform::kindsWithoutCounterpartAreReported()
{
    for (const ProviderSetup &s : kSetups) {
        const Design d = allKinds(s);
        const ExportResult r = exportDesign(d, s.provider);
        QVERIFY(r.ok());
        const QString readme = fileText(r, QStringLiteral("README.md"));
        const QString tf = allTf(r);
        int omitted = 0;
        for (const Component &c : d.components()) {
            const QString inReadme = QStringLiteral("id `%1`").arg(c.id);
            const bool reported = readme.contains(inReadme);
            if (tf.contains(QStringLiteral("NO COUNTERPART: \"%1\" (%2, id %3)").arg(c.name, c.kind, c.id))) {
                ++omitted;
                QVERIFY2(reported, qPrintable(s.provider + QStringLiteral(": omitted ") + c.id + QStringLiteral(" missing from README")));
                bool messaged = false;
                for (const Diagnostic &m : r.messages)
                    messaged = messaged || (m.message.startsWith(c.id + QLatin1Char(':')) && m.severity == Diagnostic::Severity::Warning);
                QVERIFY2(messaged, qPrintable(c.id));
                continue;
            }
            // Everything else has resources named after it, or is said to run elsewhere.
            const QString ident = tf::identifierFor(c.name, c.kind);
            QVERIFY2(reported || tf.contains(QLatin1Char('"') + ident) || tf.contains(QLatin1Char('.') + ident)
                         || readme.contains(c.name),
                     qPrintable(s.provider + QStringLiteral(": component silently dropped: ") + c.id));
        }
        QVERIFY2(omitted > 0, qPrintable(s.provider));
        // Besides the omissions, the messages hold the warnings about properties not honoured.
        qsizetype omissionMessages = 0;
        for (const Diagnostic &m : r.messages)
            omissionMessages += m.message.contains(QStringLiteral(": component \"")) ? 1 : 0;
        QCOMPARE(qsizetype(omitted), omissionMessages);
    }
}

void TestTerraform::deterministic()
{
    for (const QString &e : examples()) {
        const ExportResult a = exportDesign(loadExample(e));
        const ExportResult b = exportDesign(loadExample(e));
        QCOMPARE(a.files.size(), b.files.size());
        for (size_t i = 0; i < a.files.size(); ++i) {
            QCOMPARE(a.files[i].path, b.files[i].path);
            QVERIFY2(a.files[i].contents == b.files[i].contents, qPrintable(a.files[i].path));
        }
    }
    // The same design saved and read back (lists re-sorted by the loader) exports the same bytes.
    const Design d = allKinds(kSetups[0]);
    const LoadResult again = readDesign(writeDesign(d, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml, QStringLiteral("x.yaml"), Catalog::builtin());
    QVERIFY(again.ok());
    const ExportResult a = exportDesign(d, QStringLiteral("aws"));
    const ExportResult b = exportDesign(*again.design, QStringLiteral("aws"));
    for (size_t i = 0; i < a.files.size(); ++i)
        QVERIFY2(a.files[i].contents == b.files[i].contents, qPrintable(a.files[i].path));
}

void TestTerraform::securityGroupsComeFromConnections()
{
    Builder b;
    b.d.name = QStringLiteral("Rules");
    b.zone(QStringLiteral("aws"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QStringLiteral("aws")}});
    b.zone(QStringLiteral("r"), QStringLiteral("region"), QStringLiteral("aws"), {{QStringLiteral("region"), QStringLiteral("us-east-1")}});
    b.component(QStringLiteral("api"), QStringLiteral("microservice"), QStringLiteral("r"), {{QStringLiteral("platform"), QStringLiteral("container-service")}}, QStringLiteral("API"));
    b.component(QStringLiteral("jobs"), QStringLiteral("microservice"), QStringLiteral("r"), {{QStringLiteral("platform"), QStringLiteral("container-service")}}, QStringLiteral("Jobs"));
    b.component(QStringLiteral("db"), QStringLiteral("relational-database"), QStringLiteral("r"), {}, QStringLiteral("DB"));
    b.component(QStringLiteral("cache"), QStringLiteral("cache"), QStringLiteral("r"), {}, QStringLiteral("Cache"));
    b.connect(QStringLiteral("api"), QStringLiteral("db"), 5432);
    b.connect(QStringLiteral("api"), QStringLiteral("cache"), 6379);
    b.connect(QStringLiteral("jobs"), QStringLiteral("db"), 5432);
    const ExportResult r = exportDesign(b.d, QStringLiteral("aws"));
    QVERIFY(r.ok());
    const auto list = blocks(fileText(r, QStringLiteral("network.tf")));
    QStringList dbIngress;
    QStringList cacheIngress;
    QStringList apiEgress;
    for (const TfBlock &blk : list) {
        const QString sg = attribute(blk.body, QStringLiteral("security_group_id"));
        const QString rule = QStringLiteral("%1 %2-%3 %4").arg(attribute(blk.body, QStringLiteral("referenced_security_group_id")),
                                                               attribute(blk.body, QStringLiteral("from_port")),
                                                               attribute(blk.body, QStringLiteral("to_port")),
                                                               attribute(blk.body, QStringLiteral("cidr_ipv4")));
        if (blk.type == QLatin1String("aws_vpc_security_group_ingress_rule")) {
            QVERIFY2(!attribute(blk.body, QStringLiteral("description")).isEmpty(), qPrintable(blk.name));
            if (sg == QLatin1String("aws_security_group.db.id"))
                dbIngress.append(rule.trimmed());
            if (sg == QLatin1String("aws_security_group.cache.id"))
                cacheIngress.append(rule.trimmed());
        }
        if (blk.type == QLatin1String("aws_vpc_security_group_egress_rule") && sg == QLatin1String("aws_security_group.api.id"))
            apiEgress.append(rule.trimmed());
        if (blk.type == QLatin1String("aws_security_group"))
            QVERIFY2(!blk.body.contains(QStringLiteral("ingress {")), "rules are separate resources, never inline");
    }
    dbIngress.sort();
    apiEgress.sort();
    QCOMPARE(dbIngress, QStringList({QStringLiteral("aws_security_group.api.id 5432-5432"), QStringLiteral("aws_security_group.jobs.id 5432-5432")}));
    QCOMPARE(cacheIngress, QStringList({QStringLiteral("aws_security_group.api.id 6379-6379")}));
    QCOMPARE(apiEgress, QStringList({QStringLiteral("aws_security_group.cache.id 6379-6379"), QStringLiteral("aws_security_group.db.id 5432-5432")}));
    QVERIFY(!fileText(r, QStringLiteral("network.tf")).contains(QStringLiteral("0.0.0.0/0\"\n  from_port")));
}

void TestTerraform::sensitiveVariablesHaveNoDefault()
{
    int sensitive = 0;
    for (const ProviderSetup &s : kSetups) {
        const ExportResult r = exportDesign(allKinds(s), s.provider);
        for (const TfBlock &v : blocks(fileText(r, QStringLiteral("variables.tf")))) {
            QVERIFY2(!attribute(v.body, QStringLiteral("description")).isEmpty(), qPrintable(v.type));
            QVERIFY2(!attribute(v.body, QStringLiteral("type")).isEmpty(), qPrintable(v.type));
            if (attribute(v.body, QStringLiteral("sensitive")) == QLatin1String("true")) {
                ++sensitive;
                QVERIFY2(attribute(v.body, QStringLiteral("default")).isEmpty(), qPrintable(v.type));
            }
        }
    }
    QVERIFY(sensitive >= 3);
}

void TestTerraform::resilienceBecomesArguments()
{
    const ExportResult aws = exportDesign(allKinds(kSetups[0]), QStringLiteral("aws"));
    const auto data = blocks(fileText(aws, QStringLiteral("data.tf")));
    bool primary = false;
    bool replicas = false;
    bool crossRegion = false;
    bool cache = false;
    for (const TfBlock &blk : data) {
        if (blk.type == QLatin1String("aws_db_instance") && blk.name == QLatin1String("relational_database")) {
            primary = true;
            QCOMPARE(attribute(blk.body, QStringLiteral("multi_az")), QStringLiteral("true"));
            QCOMPARE(attribute(blk.body, QStringLiteral("backup_retention_period")), QStringLiteral("14"));
            QCOMPARE(attribute(blk.body, QStringLiteral("deletion_protection")), QStringLiteral("true"));
        }
        if (blk.type == QLatin1String("aws_db_instance") && blk.name == QLatin1String("relational_database_replica")) {
            replicas = true;
            QCOMPARE(attribute(blk.body, QStringLiteral("count")), QStringLiteral("2"));
        }
        if (blk.type == QLatin1String("aws_db_instance") && blk.name == QLatin1String("relational_database_eu_central_1")) {
            crossRegion = true;
            QCOMPARE(attribute(blk.body, QStringLiteral("provider")), QStringLiteral("aws.eu_central_1"));
        }
        if (blk.type == QLatin1String("aws_elasticache_replication_group") && blk.name == QLatin1String("cache")) {
            cache = true;
            QCOMPARE(attribute(blk.body, QStringLiteral("num_cache_clusters")), QStringLiteral("2"));
            QCOMPARE(attribute(blk.body, QStringLiteral("automatic_failover_enabled")), QStringLiteral("true"));
            QCOMPARE(attribute(blk.body, QStringLiteral("multi_az_enabled")), QStringLiteral("true"));
        }
    }
    QVERIFY(primary && replicas && crossRegion && cache);
    QVERIFY(fileText(aws, QStringLiteral("providers.tf")).contains(QStringLiteral("alias  = \"eu_central_1\"")));
    const auto compute = blocks(fileText(aws, QStringLiteral("compute.tf")));
    bool scaling = false;
    bool nodes = false;
    for (const TfBlock &blk : compute) {
        if (blk.type == QLatin1String("aws_appautoscaling_target") && blk.name == QLatin1String("orders_api")) {
            scaling = true;
            QCOMPARE(attribute(blk.body, QStringLiteral("min_capacity")), QStringLiteral("3"));
            QCOMPARE(attribute(blk.body, QStringLiteral("max_capacity")), QStringLiteral("12"));
        }
        if (blk.type == QLatin1String("aws_eks_node_group")) {
            nodes = true;
            QVERIFY(sets(blk.body, QStringLiteral("min_size"), QStringLiteral("3")));
            QVERIFY(sets(blk.body, QStringLiteral("max_size"), QStringLiteral("10")));
        }
        if (blk.type == QLatin1String("aws_autoscaling_group") && blk.name == QLatin1String("back_office"))
            QCOMPARE(attribute(blk.body, QStringLiteral("desired_capacity")), QStringLiteral("2"));
    }
    QVERIFY(scaling && nodes);

    const ExportResult gcp = exportDesign(allKinds(kSetups[1]), QStringLiteral("gcp"));
    const QString gcpData = fileText(gcp, QStringLiteral("data.tf"));
    QVERIFY(sets(gcpData, QStringLiteral("availability_type"), QStringLiteral("\"REGIONAL\"")));
    QVERIFY(sets(gcpData, QStringLiteral("retained_backups"), QStringLiteral("14")));
    QVERIFY(sets(gcpData, QStringLiteral("point_in_time_recovery_enabled"), QStringLiteral("true")));
    QVERIFY(sets(gcpData, QStringLiteral("tier"), QStringLiteral("\"STANDARD_HA\"")));
    QVERIFY(sets(gcpData, QStringLiteral("replica_count"), QStringLiteral("1")));
}

void TestTerraform::secureDefaultsPresent()
{
    const ExportResult r = exportDesign(allKinds(kSetups[0]), QStringLiteral("aws"));
    const QString tf = allTf(r);
    const auto all = blocks(tf);
    int buckets = 0;
    for (const TfBlock &blk : all) {
        if (blk.type == QLatin1String("aws_db_instance")) {
            QCOMPARE(attribute(blk.body, QStringLiteral("storage_encrypted")), QStringLiteral("true"));
            QCOMPARE(attribute(blk.body, QStringLiteral("publicly_accessible")), QStringLiteral("false"));
            QCOMPARE(attribute(blk.body, QStringLiteral("deletion_protection")), QStringLiteral("true"));
        }
        if (blk.type == QLatin1String("aws_s3_bucket_public_access_block")) {
            ++buckets;
            for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
                QCOMPARE(attribute(blk.body, QLatin1String(key)), QStringLiteral("true"));
        }
        if (blk.type == QLatin1String("aws_s3_bucket_policy"))
            QVERIFY(blk.body.contains(QStringLiteral("\"aws:SecureTransport\" = \"false\"")));
        if (blk.type == QLatin1String("aws_launch_template"))
            QVERIFY2(sets(blk.body, QStringLiteral("http_tokens"), QStringLiteral("\"required\"")), qPrintable(blk.name));
        if (blk.type == QLatin1String("aws_lb_listener") && attribute(blk.body, QStringLiteral("protocol")) == QLatin1String("\"HTTPS\""))
            QCOMPARE(attribute(blk.body, QStringLiteral("ssl_policy")), QStringLiteral("\"ELBSecurityPolicy-TLS13-1-2-2021-06\""));
        if (blk.type == QLatin1String("aws_cloudwatch_log_group"))
            QVERIFY2(!attribute(blk.body, QStringLiteral("retention_in_days")).isEmpty(), qPrintable(blk.name));
        if (blk.type == QLatin1String("aws_eks_cluster")) {
            QVERIFY(sets(blk.body, QStringLiteral("resources"), QStringLiteral("[\"secrets\"]")));
            if (sets(blk.body, QStringLiteral("endpoint_public_access"), QStringLiteral("true")))
                QVERIFY(sets(blk.body, QStringLiteral("public_access_cidrs"), QStringLiteral("var.cluster_admin_cidrs")));
            QVERIFY(blk.body.contains(QStringLiteral("\"audit\"")));
        }
        if (blk.type == QLatin1String("aws_vpc_security_group_ingress_rule") && attribute(blk.body, QStringLiteral("cidr_ipv4")) == QLatin1String("\"0.0.0.0/0\"")) {
            const QString port = attribute(blk.body, QStringLiteral("from_port"));
            QVERIFY2(port == QLatin1String("443") || port == QLatin1String("80"), qPrintable(blk.name));
            QVERIFY2(attribute(blk.body, QStringLiteral("security_group_id")) == QLatin1String("aws_security_group.load_balancer.id"), qPrintable(blk.name));
        }
    }
    QVERIFY(buckets >= 1);
    // Workload permissions come from the connections too: Orders API calls the payment gateway, so it may read its key.
    bool policy = false;
    for (const TfBlock &blk : all)
        if (blk.type == QLatin1String("aws_iam_role_policy") && blk.name == QLatin1String("orders_api_task_access")) {
            policy = true;
            QVERIFY(blk.body.contains(QStringLiteral("\"secretsmanager:GetSecretValue\"")));
            QVERIFY(blk.body.contains(QStringLiteral("aws_secretsmanager_secret.payment_gateway_credentials.arn")));
            QVERIFY(!blk.body.contains(QStringLiteral("\"*\"")));
        }
    QVERIFY(policy);
    QVERIFY(tf.contains(QStringLiteral("resource \"aws_flow_log\"")));
    QVERIFY(sets(tf, QStringLiteral("enable_key_rotation"), QStringLiteral("true")));

    const ExportResult gcp = exportDesign(allKinds(kSetups[1]), QStringLiteral("gcp"));
    const QString g = allTf(gcp);
    const std::pair<const char *, const char *> gcpSettings[] = {
        {"enable_private_nodes", "true"}, {"enable_shielded_nodes", "true"}, {"ipv4_enabled", "false"},
        {"ssl_mode", "\"ENCRYPTED_ONLY\""}, {"public_access_prevention", "\"enforced\""}, {"mode", "\"GKE_METADATA\""}};
    for (const auto &[name, value] : gcpSettings)
        QVERIFY2(sets(g, QLatin1String(name), QLatin1String(value)), name);
    QVERIFY(sets(g, QStringLiteral("datapath_provider"), QStringLiteral("\"ADVANCED_DATAPATH\""))); // Dataplane V2 enforces NetworkPolicies

    const ExportResult az = exportDesign(allKinds(kSetups[2]), QStringLiteral("azure"));
    const QString a = allTf(az);
    for (const char *needle : {"https_traffic_only_enabled", "min_tls_version", "allow_nested_items_to_be_public", "role_based_access_control_enabled"})
        QVERIFY2(a.contains(QLatin1String(needle)), needle);
    for (const TfBlock &blk : blocks(a))
        if (blk.type == QLatin1String("azurerm_network_security_rule") && attribute(blk.body, QStringLiteral("access")) == QLatin1String("\"Allow\"")) {
            const QString port = attribute(blk.body, QStringLiteral("destination_port_range"));
            const QString source = attribute(blk.body, QStringLiteral("source_address_prefix"));
            QVERIFY2(!attribute(blk.body, QStringLiteral("description")).isEmpty(), qPrintable(blk.name));
            QVERIFY2(port != QLatin1String("\"22\"") && port != QLatin1String("\"3389\""), qPrintable(blk.name));
            if (source == QLatin1String("\"Internet\"") || source == QLatin1String("\"*\""))
                QVERIFY2(port == QLatin1String("\"443\"") || port == QLatin1String("\"80\""), qPrintable(blk.name));
            // Only members of one subnet among themselves, Azure's health probes, and the nodes to the pods of
            // their AKS cluster, which Azure CNI Overlay requires on every port (kubelet, service routing).
            const bool nodesToPods = blk.name.endsWith(QLatin1String("_nodes_to_pods"))
                                     && attribute(blk.body, QStringLiteral("destination_address_prefix")) == QLatin1String("\"10.244.0.0/16\"");
            if (port == QLatin1String("\"*\""))
                QVERIFY2(source == attribute(blk.body, QStringLiteral("destination_address_prefix")) || source == QLatin1String("\"AzureLoadBalancer\"")
                             || nodesToPods,
                         qPrintable(blk.name));
        }
}

void TestTerraform::hostileNamesStayStrings()
{
    QTemporaryDir dir;
    for (const ProviderSetup &p : kSetups) {
        Design each = allKinds(p);
        for (const char *id : {"relational-database", "load-balancer", "object-storage", "svc-container", "payment-gateway"})
            each.mutableComponent(QLatin1String(id))->name = kHostileName;
        each.name = kHostileName;
        const ExportResult r = exportDesign(each, p.provider);
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (qEnvironmentVariableIsSet("STACKDRAFT_TF_DUMP"))
            QVERIFY(writeAll(r, qEnvironmentVariable("STACKDRAFT_TF_DUMP") + QStringLiteral("/hostile-") + p.provider));
        QVERIFY(writeAll(r, dir.filePath(p.provider)));
        const QString tf = allTf(r);
        QVERIFY(!tf.contains(QStringLiteral("${var.x}\"")) || tf.contains(QStringLiteral("$${var.x}")));
        QVERIFY(tf.contains(QStringLiteral("%%{if 1}")));
        QVERIFY(tf.contains(QStringLiteral("\\\"DB\\\"")));
        QVERIFY(tf.contains(QString::fromUtf8("\u00e9\u2603")));
    }
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-terraform");
    const Run v = validate(dir.path());
    QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
}

void TestTerraform::designWithoutRegionAsksForOne()
{
    QTemporaryDir dir;
    for (const ProviderSetup &s : kSetups) {
        Builder b;
        b.d.name = QStringLiteral("No region");
        b.zone(QStringLiteral("cloud"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), s.provider}});
        b.component(QStringLiteral("api"), QStringLiteral("microservice"), QStringLiteral("cloud"), {{QStringLiteral("platform"), QStringLiteral("container-service")}});
        b.component(QStringLiteral("db"), QStringLiteral("relational-database"), QStringLiteral("cloud"));
        b.component(QStringLiteral("lb"), QStringLiteral("load-balancer"), QStringLiteral("cloud"), {{QStringLiteral("public"), true}});
        b.connect(QStringLiteral("lb"), QStringLiteral("api"), 8080);
        b.connect(QStringLiteral("api"), QStringLiteral("db"), 5432);
        const ExportResult r = exportDesign(b.d, s.provider);
        QVERIFY2(r.ok(), qPrintable(r.error));
        bool asked = false;
        for (const TfBlock &v : blocks(fileText(r, QStringLiteral("variables.tf"))))
            if (v.type == QLatin1String("region"))
                asked = attribute(v.body, QStringLiteral("default")).isEmpty();
        QVERIFY2(asked, qPrintable(s.provider));
        QVERIFY(writeAll(r, dir.filePath(s.provider)));
    }
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-terraform");
    const Run v = validate(dir.path());
    QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
}

void TestTerraform::multiCloudWritesOneFolderPerProvider()
{
    const ExportResult r = exportDesign(loadExample(QStringLiteral("multi-cloud")));
    QVERIFY(r.ok());
    QStringList top;
    for (const ExportedFile &f : r.files)
        top.append(f.path.section(QLatin1Char('/'), 0, 0));
    top.removeDuplicates();
    top.sort();
    QCOMPARE(top, QStringList({QStringLiteral("README.md"), QStringLiteral("aws"), QStringLiteral("gcp")}));
    for (const QString &p : {QStringLiteral("aws"), QStringLiteral("gcp")})
        for (const char *f : {"versions.tf", "providers.tf", "variables.tf", "network.tf", "compute.tf", "data.tf", "edge.tf",
                              "observability.tf", "security.tf", "outputs.tf", "README.md"})
            QVERIFY2(!fileText(r, p + QLatin1Char('/') + QLatin1String(f)).isEmpty(), f);
    QVERIFY(fileText(r, QStringLiteral("aws/versions.tf")).contains(QStringLiteral("version = \"~> 6.0\"")));
    QVERIFY(fileText(r, QStringLiteral("gcp/versions.tf")).contains(QStringLiteral("source  = \"hashicorp/google\"")));
    const ExportResult only = exportDesign(loadExample(QStringLiteral("multi-cloud")), QStringLiteral("gcp"));
    QVERIFY(!fileText(only, QStringLiteral("versions.tf")).isEmpty());
    const ExportResult none = exportDesign(loadExample(QStringLiteral("e-commerce")), QStringLiteral("azure"));
    QVERIFY(!none.ok());
    QVERIFY(none.error.contains(QStringLiteral("Azure")));
}

void TestTerraform::cliExport()
{
    QTemporaryDir dir;
    const QString design = QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml");
    Run r = test::runCli({QStringLiteral("export"), QStringLiteral("terraform"), design, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("out")), QStringLiteral("--provider"), QStringLiteral("aws")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("wrote 11 files")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/versions.tf"))));
    r = test::runCli({QStringLiteral("export"), QStringLiteral("terraform"), design, QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("none")), QStringLiteral("--provider"), QStringLiteral("azure")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no component is placed on Azure; the design uses AWS")), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none"))));
    r = test::runCli({QStringLiteral("export"), QStringLiteral("terraform"), design, QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("x")), QStringLiteral("--provider"), QStringLiteral("oracle")});
    QCOMPARE(r.code, 2);
    r = test::runCli({QStringLiteral("export"), QStringLiteral("terraform"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("all|aws|gcp|azure")));
    SD_SKIP_WITHOUT_SHARED_TOOL("validate-terraform");
    const Run v = validate(dir.filePath(QStringLiteral("out")));
    QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
}

QTEST_GUILESS_MAIN(TestTerraform)
#include "tst_terraform.moc"
