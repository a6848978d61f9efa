// SPDX-License-Identifier: MIT
// Broken and hostile input, through the CLI as a user runs it: a clear error naming file and line,
// exit code 1 and nothing written; never a crash, never a design missing a service silently.
#include "importfiles.h"
#include "process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace sd;
using sd::test::Run;

class TestImportBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void aliasBombIsRefused();
    void deepNestingIsRefused();
    void hugeFileIsRefused();
    void includeCycleIsRefused();
    void terraformReferenceFanOutEnds();
    void existingDesignIsKept();
    void usage();
    void reportAndDesignOnSuccess();
    void fullDiskLeavesNoDesign();
};

void TestImportBadInput::refused_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); ///< what stderr says after "FILE:"

    QTest::newRow("compose: broken YAML") << "compose" << "compose.yaml" << QByteArray("services:\n  web:\n    image: [unclosed\n")
                                          << ":4:1: error: not valid YAML";
    QTest::newRow("compose: not compose") << "compose" << "compose.yaml" << QByteArray("hello: world\n") << ":1:1: error: not a compose file: it has no 'services'";
    QTest::newRow("compose: a Kubernetes file") << "compose" << "compose.yaml" << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: x}\n")
                                                << ":1:1: error: not a compose file: this is a Kubernetes manifest";
    QTest::newRow("compose: service not a mapping") << "compose" << "compose.yaml" << QByteArray("services:\n  web: nginx\n")
                                                    << ":2:3: error: service 'web' must be a mapping";
    QTest::newRow("compose: services a list") << "compose" << "compose.yaml" << QByteArray("services:\n  - web\n")
                                              << ":1:1: error: 'services' must be a mapping of service names";
    QTest::newRow("compose: extends nothing") << "compose" << "compose.yaml" << QByteArray("services:\n  web:\n    extends: base\n")
                                              << ":3:5: error: service 'web' extends 'base', which is not defined";
    QTest::newRow("compose: empty") << "compose" << "compose.yaml" << QByteArray("") << ": error: is empty, not a compose file";
    QTest::newRow("compose: duplicate key") << "compose" << "compose.yaml" << QByteArray("services:\n  web: {image: a}\n  web: {image: b}\n")
                                            << ":3:3: error: not valid YAML: the key 'web' appears twice";
    QTest::newRow("compose: binary") << "compose" << "compose.yaml" << QByteArray("services:\0\x01\x02", 12) << ": error: is a binary file";
    QTest::newRow("kubernetes: broken YAML") << "kubernetes" << "app.yaml" << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: x\n")
                                             << ":4:1: error: not valid YAML";
    QTest::newRow("kubernetes: no kind") << "kubernetes" << "app.yaml" << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nreplicas: 3\n")
                                         << ":5:1: error: not a Kubernetes object: a manifest needs apiVersion and kind";
    QTest::newRow("kubernetes: a compose file") << "kubernetes" << "app.yaml" << QByteArray("services:\n  web: {image: nginx}\n")
                                                << ":1:1: error: not a Kubernetes object: this looks like a compose file";
    QTest::newRow("kubernetes: no name") << "kubernetes" << "app.yaml" << QByteArray("apiVersion: apps/v1\nkind: Deployment\nspec: {}\n")
                                         << ":1:1: error: Deployment without metadata.name";
    QTest::newRow("kubernetes: broken JSON") << "kubernetes" << "app.json" << QByteArray("{\"apiVersion\": \"v1\",\n \"kind\": }")
                                             << ":2:10: error: not valid JSON: syntax error while parsing value - unexpected '}'"; // at the token, with the reason
    QTest::newRow("terraform: unterminated string") << "terraform" << "main.tf" << QByteArray("resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\n}\n")
                                                    << ":2:10: error: not valid HCL: unterminated string";
    QTest::newRow("terraform: unterminated heredoc") << "terraform" << "main.tf" << QByteArray("locals {\n  script = <<EOT\n  echo\n}\n")
                                                     << ":2:12: error: not valid HCL: unterminated heredoc: no line 'EOT' closes the heredoc of line 2";
    QTest::newRow("terraform: unclosed block") << "terraform" << "main.tf" << QByteArray("resource \"aws_lb\" \"web\" {\n  internal = false\n")
                                               << ":3:1: error: not valid HCL: unterminated block: '{' at line 1 without '}'";
    QTest::newRow("terraform: deep nesting") << "terraform" << "main.tf" << QByteArray("locals {\n  x = ") + QByteArray("[").repeated(10000) + QByteArray("]").repeated(10000) + "\n}\n"
                                             << ":2:";
    QTest::newRow("terraform: binary") << "terraform" << "main.tf" << QByteArray("resource\0\x01\x02", 11) << ":1:9: error: not valid HCL: binary data";
    QTest::newRow("terraform: broken plan JSON") << "terraform" << "plan.json" << QByteArray("{\"format_version\": \"1.2\",\n \"planned_values\": }")
                                                 << ":2:21: error: not valid JSON";
    QTest::newRow("terraform: JSON that is no plan") << "terraform" << "plan.json" << QByteArray("{\"hello\": \"world\"}")
                                                     << ":1:1: error: JSON, but not the output of terraform show -json";
    QTest::newRow("terraform: nothing mapped") << "terraform" << "main.tf" << QByteArray("resource \"aws_iam_role\" \"x\" {\n  name = \"x\"\n}\n")
                                               << ": error: no resource of a type the import maps";
    QTest::newRow("terraform: no resources") << "terraform" << "main.tf" << QByteArray("variable \"x\" {}\n")
                                             << ": error: defines no resources: nothing to import";
    QTest::newRow("terraform: a compose file") << "terraform" << "main.tf" << QByteArray("services:\n  web:\n    image: nginx\n")
                                               << ":1:9: error: not valid HCL: expected '=' or a block's '{' after 'services'";
    QTest::newRow("kubernetes: nothing to import") << "kubernetes" << "app.yaml" << QByteArray("apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n")
                                                   << ": error: holds no workload, Service, Ingress or Gateway";
}

void TestImportBadInput::refused()
{
    QFETCH(QString, source);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    test::InputFolder dir;
    const QString input = dir.write(fileName, text);
    const QString design = dir.path(QStringLiteral("out.stackdraft.yaml"));
    const Run run = test::runCli({QStringLiteral("import"), source, input, QStringLiteral("-o"), design});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(input + expected), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("nothing written")));
    QVERIFY(!QFileInfo::exists(design));
}

void TestImportBadInput::aliasBombIsRefused()
{
    // Each level doubles: 2^30 nodes from 30 lines. The alias budget stops it at the line that exceeds it.
    QByteArray bomb = "x-a0: &a0 [x, x]\n";
    for (int i = 1; i <= 30; ++i)
        bomb += QStringLiteral("x-a%1: &a%1 [*a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    bomb += "services:\n  web: {image: nginx}\n";
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("compose.yaml"), bomb);
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), dir.path(QStringLiteral("d.yaml"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("YAML aliases expand to more than 1000000 nodes")), qPrintable(run.err));
}

void TestImportBadInput::deepNestingIsRefused()
{
    QByteArray deep = "services:\n  web:\n    image: nginx\n    labels: ";
    deep += QByteArray(200, '[') + QByteArray(200, ']') + "\n";
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("compose.yaml"), deep);
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), dir.path(QStringLiteral("d.yaml"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String(":4:")) && run.err.contains(QLatin1String("nesting deeper than 64 levels")), qPrintable(run.err));
}

void TestImportBadInput::hugeFileIsRefused()
{
    test::InputFolder dir;
    const QString input = dir.path(QStringLiteral("huge.yaml"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(65LL * 1024 * 1024)); // sparse: no disk used
    f.close();
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("kubernetes"), input, QStringLiteral("-o"), dir.path(QStringLiteral("d.yaml"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(input + QStringLiteral(": error: is 65 MiB; files above 64 MiB are refused")), qPrintable(run.err));
}

void TestImportBadInput::terraformReferenceFanOutEnds()
{
    // Locals that fan out into each other 40 deep would take 2^40 steps to follow: the import stops
    // following at its budget, says so, and still writes the design.
    QByteArray tf = "locals {\n  l0 = \"x\"\n";
    for (int i = 1; i <= 40; ++i)
        tf += "  l" + QByteArray::number(i) + " = [local.l" + QByteArray::number(i - 1) + ", local.l" + QByteArray::number(i - 1) + "]\n";
    tf += "}\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n  tags = { all = jsonencode(local.l40) }\n}\n"
          "resource \"aws_lambda_function\" \"f\" {\n  function_name = \"f\"\n  environment {\n    variables = { Q = aws_sqs_queue.q.url, X = length(local.l40) }\n  }\n}\n";
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("main.tf"), tf);
    const QString design = dir.path(QStringLiteral("out.stackdraft.yaml"));
    QElapsedTimer timer;
    timer.start();
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), design,
                                  QStringLiteral("--report"), QStringLiteral("-")});
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("read as unknown")), qPrintable(run.out.left(2000)));
    QVERIFY(QFileInfo::exists(design));
}

void TestImportBadInput::includeCycleIsRefused()
{
    test::InputFolder dir;
    dir.write(QStringLiteral("b.yaml"), "include: [compose.yaml]\nservices:\n  b: {image: nginx}\n");
    const QString input = dir.write(QStringLiteral("compose.yaml"), "include: [b.yaml]\nservices:\n  a: {image: nginx}\n");
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), dir.path(QStringLiteral("d.yaml"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("includes itself")), qPrintable(run.err));
}

void TestImportBadInput::existingDesignIsKept()
{
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("compose.yaml"), "services:\n  web: {image: 'nginx:1.27'}\n");
    const QString design = dir.write(QStringLiteral("mine.stackdraft.yaml"), "formatVersion: 2\nname: Mine\n");
    Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), design});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QLatin1String("exists already; use --force")));
    QFile f(design);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("formatVersion: 2\nname: Mine\n"));
    f.close();
    run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), design, QStringLiteral("--force")});
    QCOMPARE(run.code, 0);
}

void TestImportBadInput::usage()
{
    Run run = test::runCli({QStringLiteral("import"), QStringLiteral("pulumi"), QStringLiteral("main.ts"), QStringLiteral("-o"), QStringLiteral("x.yaml")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("unknown source 'pulumi'; choose compose, kubernetes, terraform")), qPrintable(run.err));
    run = test::runCli({QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("/nonexistent/main.tf"), QStringLiteral("-o"), QStringLiteral("/nonexistent/d.yaml")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("/nonexistent/main.tf: error: no such file or folder")), qPrintable(run.err));
    run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), QStringLiteral("compose.yaml")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QLatin1String("-o DESIGN is required")));
    run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), QStringLiteral("/nonexistent/compose.yaml"), QStringLiteral("-o"), QStringLiteral("/nonexistent/d.yaml")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QLatin1String("/nonexistent/compose.yaml: error: no such file")));
}

void TestImportBadInput::reportAndDesignOnSuccess()
{
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("compose.yaml"),
                                    "services:\n  web:\n    image: 'nginx:1.27'\n    ports: ['80:80']\n    environment:\n      API_URL: http://api:8080\n"
                                    "  api:\n    image: 'registry.example.com/api:1.0.0'\n    environment:\n      PAYMENT_URL: https://pay.example.com\n");
    const QString design = dir.path(QStringLiteral("shop.stackdraft.yaml"));
    const QString report = dir.path(QStringLiteral("report.json"));
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), design, QStringLiteral("--report"), report});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("imported 2 components and 1 connections")), qPrintable(run.out));
    // The design passes check, and the report is JSON an independent reader takes.
    const Run check = test::runCli({QStringLiteral("check"), design});
    QCOMPARE(check.code, 0);
    const Run json = test::runPython({QStringLiteral("-c"), QStringLiteral(
        "import json,sys; r=json.load(open(sys.argv[1])); "
        "u=r['unresolved']; assert len(u)==1 and 'pay.example.com' in u[0]['message'] and u[0]['line']==10, u; "
        "assert r['summary']['unresolved']==1; assert any(g['subject']=='service web' for g in r['guessed']); print('ok')"), report});
    QCOMPARE(json.err, QString());
    QCOMPARE(json.out.trimmed(), QStringLiteral("ok"));
    // Laid out: the two cards do not sit on each other.
    QFile f(design);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("position:"));
    QVERIFY(text.contains(QByteArray("source.web: \"") + input.toUtf8() + ":2\"") || text.contains(QByteArray("source.web: ") + input.toUtf8() + ":2"));
}

void TestImportBadInput::fullDiskLeavesNoDesign()
{
    test::InputFolder dir;
    const QString input = dir.write(QStringLiteral("compose.yaml"), "services:\n  web: {image: 'nginx:1.27'}\n");
    const QString design = dir.path(QStringLiteral("full.stackdraft.yaml"));
    qputenv("STACKDRAFT_FAULT_INJECT_WRITE", "ENOSPC:full.stackdraft");
    const Run run = test::runCli({QStringLiteral("import"), QStringLiteral("compose"), input, QStringLiteral("-o"), design});
    qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE");
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("No space left on device")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(design));
}

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
