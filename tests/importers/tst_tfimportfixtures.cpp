// SPDX-License-Identifier: MIT
// Terraform fixtures imported with their expected designs, worked out by hand first (see each
// fixture folder's README): a three-tier configuration in the shape of a public example (.tf, a
// local module, a remote one), and a `terraform show -json` plan and state of one small system,
// which must give the same design through their two front ends.
#include "catalog.h"
#include "importer.h"
#include "importfiles.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QTest>

using namespace sd;

namespace {

ImportResult importFixture(const QString &relative)
{
    return findImporter(QStringLiteral("terraform"))->import({QStringLiteral(TEST_DATA_DIR "/") + relative}, Catalog::builtin());
}

/// "id kind zone" per component, sorted.
QStringList componentsOf(const Design &design)
{
    QStringList out;
    for (const Component &c : design.components())
        out.append(QStringLiteral("%1 %2 %3").arg(c.id, c.kind, design.zone(c.zone) ? design.zone(c.zone)->name : QStringLiteral("-")));
    out.sort();
    return out;
}

QStringList connectionsOf(const Design &design)
{
    QStringList out;
    for (const Connection &c : design.connections())
        out.append(QStringLiteral("%1->%2:%3").arg(c.from, c.to).arg(c.port));
    out.sort();
    return out;
}

/// "kind name < parent" per zone, sorted.
QStringList zonesOf(const Design &design)
{
    QStringList out;
    for (const Zone &z : design.zones())
        out.append(QStringLiteral("%1 %2 < %3").arg(z.kind, z.name, design.zone(z.parent) ? design.zone(z.parent)->name : QStringLiteral("-")));
    out.sort();
    return out;
}

QVariant propertyOf(const Design &design, const char *component, const char *key)
{
    const Component *c = design.component(QString::fromLatin1(component));
    return c ? c->properties.value(QString::fromLatin1(key)) : QVariant();
}

} // namespace

class TestTfImportFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeTier();
    void planAndState_data();
    void planAndState();
    void jsonSyntaxIsListedNotRead();
    void realTerraformPlan();
};

void TestTfImportFixtures::threeTier()
{
    const ImportResult r = importFixture(QStringLiteral("terraform-three-tier"));
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(test::checkProblems(*r.design), QString());
    const Design &d = *r.design;
    QCOMPARE(componentsOf(d), (QStringList{QStringLiteral("alb load-balancer this"), QStringLiteral("db relational-database this"),
                                           QStringLiteral("web virtual-machine this")}));
    // The ALB reaches the web tier (security group rule on port 80, and the listener's target group);
    // the web tier the database (rule on 3306). for_each gave one security group per tier.
    QCOMPARE(connectionsOf(d), (QStringList{QStringLiteral("alb->web:80"), QStringLiteral("web->db:3306")}));
    QCOMPARE(zonesOf(d), (QStringList{QStringLiteral("availability-zone eu-west-3a < this"), QStringLiteral("availability-zone eu-west-3b < this"),
                                      QStringLiteral("availability-zone eu-west-3c < this"), QStringLiteral("cloud AWS < -"),
                                      QStringLiteral("network this < eu-west-3"), QStringLiteral("region eu-west-3 < AWS")}));
    QCOMPARE(propertyOf(d, "web", "replicas").toInt(), 2);
    QCOMPARE(propertyOf(d, "web", "minReplicas").toInt(), 2);
    QCOMPARE(propertyOf(d, "web", "maxReplicas").toInt(), 6);
    QCOMPARE(propertyOf(d, "web", "autoscaling").toBool(), true);
    QCOMPARE(propertyOf(d, "db", "engine").toString(), QStringLiteral("mysql"));
    QCOMPARE(propertyOf(d, "db", "instanceSize").toString(), QStringLiteral("small")); // db.t4g.medium, by the AWS size table
    QCOMPARE(propertyOf(d, "db", "multiAz").toBool(), true);
    QCOMPARE(propertyOf(d, "db", "backupRetentionDays").toInt(), 7);
    QCOMPARE(propertyOf(d, "alb", "public").toBool(), true);
    // Where each component came from, in the design's metadata.
    QCOMPARE(d.metadata.at(QStringLiteral("source.db")), QStringLiteral(TEST_DATA_DIR "/terraform-three-tier/db.tf:6"));
    // Loud about loss: the remote module is listed, the rest counted by type, attributes without a property named.
    bool remote = false, iam = false, uncarried = false;
    for (const ImportNote &n : r.report.notes()) {
        remote = remote || (n.kind == ImportNote::Kind::Unresolved && n.subject == QLatin1String("module module.alarms"));
        iam = iam || (n.kind == ImportNote::Kind::Dropped && n.subject == QLatin1String("aws_iam_role"));
        uncarried = uncarried || (n.kind == ImportNote::Kind::Dropped && n.subject == QLatin1String("aws_db_instance.db") && n.message.contains(QLatin1String("username")));
    }
    QVERIFY(remote);
    QVERIFY(iam);
    QVERIFY(uncarried);
}

void TestTfImportFixtures::planAndState_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("plan") << QStringLiteral("terraform-json/plan.json");
    QTest::newRow("state") << QStringLiteral("terraform-json/state.json");
}

void TestTfImportFixtures::planAndState()
{
    // tests/importers/data/terraform-json/README.md: the expected design, by hand.
    QFETCH(QString, file);
    const ImportResult r = importFixture(file);
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(test::checkProblems(*r.design), QString());
    const Design &d = *r.design;
    QCOMPARE(componentsOf(d), (QStringList{QStringLiteral("db relational-database main"), QStringLiteral("jobs message-queue eu-west-1"),
                                           QStringLiteral("web virtual-machine main"), QStringLiteral("web-2 load-balancer main"),
                                           QStringLiteral("worker serverless-function eu-west-1")}));
    QCOMPARE(connectionsOf(d), (QStringList{QStringLiteral("web-2->web:0"), QStringLiteral("web->db:5432"), QStringLiteral("worker->db:0"),
                                            QStringLiteral("worker->jobs:0")}));
    QCOMPARE(zonesOf(d), (QStringList{QStringLiteral("availability-zone eu-west-1a < main"), QStringLiteral("availability-zone eu-west-1b < main"),
                                      QStringLiteral("cloud AWS < -"), QStringLiteral("network main < eu-west-1"), QStringLiteral("region eu-west-1 < AWS")}));
    QCOMPARE(propertyOf(d, "web", "replicas").toInt(), 2); // count = 2
    QCOMPARE(propertyOf(d, "web", "instanceSize").toString(), QStringLiteral("medium")); // m7i.xlarge
    QCOMPARE(propertyOf(d, "db", "engine").toString(), QStringLiteral("postgresql"));
    QCOMPARE(propertyOf(d, "db", "backupRetentionDays").toInt(), 14);
    QCOMPARE(propertyOf(d, "jobs", "retentionDays").toInt(), 4); // 345600 s
    QCOMPARE(propertyOf(d, "worker", "memoryMb").toInt(), 512);
    // The source line of each component is where its address stands in the JSON.
    const QString source = d.metadata.at(QStringLiteral("source.db"));
    const int line = source.section(QLatin1Char(':'), -1).toInt();
    QFile f(QStringLiteral(TEST_DATA_DIR "/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY2(line > 1 && lines.value(line - 1).contains("\"address\": \"aws_db_instance.db\""), qPrintable(source));
}

void TestTfImportFixtures::jsonSyntaxIsListedNotRead()
{
    // Terraform's JSON configuration syntax is not read: said so in the report, not silently skipped.
    test::InputFolder dir;
    dir.write(QStringLiteral("main.tf"), "resource \"aws_s3_bucket\" \"assets\" {\n  bucket = \"assets\"\n}\n");
    dir.write(QStringLiteral("extra.tf.json"), R"({"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs"}}}})");
    const ImportResult r = findImporter(QStringLiteral("terraform"))->import({dir.path()}, Catalog::builtin());
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(componentsOf(*r.design), QStringList{QStringLiteral("assets object-storage AWS")});
    const std::vector<ImportNote> notes = r.report.about(QStringLiteral("extra.tf.json"));
    QCOMPARE(notes.size(), size_t(1));
    QCOMPARE(notes.front().kind, ImportNote::Kind::Dropped);
    QVERIFY(notes.front().message.contains(QLatin1String("not read")));
}

void TestTfImportFixtures::realTerraformPlan()
{
    // What Terraform 1.11 itself writes (data/terraform-real-plan/README.md), imported with its expected design.
    const ImportResult r = importFixture(QStringLiteral("terraform-real-plan/plan.json"));
    QVERIFY2(r.ok(), qPrintable(test::errorsOf(r)));
    QCOMPARE(test::checkProblems(*r.design), QString());
    const Design &d = *r.design;
    QCOMPARE(componentsOf(d), (QStringList{QStringLiteral("db relational-database main"), QStringLiteral("jobs message-queue eu-west-1"),
                                           QStringLiteral("web virtual-machine main")}));
    QCOMPARE(connectionsOf(d), QStringList{QStringLiteral("web->db:5432")});
    QCOMPARE(zonesOf(d), (QStringList{QStringLiteral("availability-zone eu-west-1a < main"), QStringLiteral("availability-zone eu-west-1b < main"),
                                      QStringLiteral("cloud AWS < -"), QStringLiteral("network main < eu-west-1"), QStringLiteral("region eu-west-1 < AWS")}));
    QCOMPARE(propertyOf(d, "web", "replicas").toInt(), 2);
    QCOMPARE(propertyOf(d, "db", "instanceSize").toString(), QStringLiteral("medium"));
    QCOMPARE(propertyOf(d, "db", "multiAz").toBool(), true);
}

QTEST_GUILESS_MAIN(TestTfImportFixtures)
#include "tst_tfimportfixtures.moc"
