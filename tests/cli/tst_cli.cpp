// SPDX-License-Identifier: MIT
// stackdraft-cli as a user runs it: real process, exit codes, stdout and stderr.
#include "process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using sd::test::Run;
using sd::test::runCli;

/// Counts from an independent YAML parser (PyYAML), not from our own loader.
QJsonObject pythonCounts(const QString &path)
{
    const Run r = sd::test::runPython(
        {QStringLiteral("-c"),
         QStringLiteral("import json,sys,yaml\nd=yaml.safe_load(open(sys.argv[1]))\n"
                        "print(json.dumps({k: len(d.get(k) or []) for k in ('components','connections','zones')}))"),
         path});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList examples()
{
    QStringList files;
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void usageErrors();
    void checkExamples_data();
    void checkExamples();
    void infoMatchesAnIndependentCount_data();
    void infoMatchesAnIndependentCount();
    void checkReportsBrokenFileWithLine();
    void checkMissingFileIsAnIoError();
    void convertRoundTrip();
    void newFromTemplate();
    void newRefusesToOverwrite();
    void generateLargeDesign();
};

void TestCli::versionAndHelp()
{
    Run r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("stackdraft-cli ")));
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"new", "info", "convert", "check", "generate"})
        QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))), qPrintable(r.out));
    r = runCli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: stackdraft-cli check")));
}

void TestCli::usageErrors()
{
    Run r = runCli({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
    r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    r = runCli({QStringLiteral("info")});
    QCOMPARE(r.code, 2);
    r = runCli({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("bogus")));
}

void TestCli::checkExamples_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : examples())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestCli::checkExamples()
{
    QFETCH(QString, path);
    const Run r = runCli({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const QJsonObject counts = pythonCounts(path);
    QCOMPARE(r.out.trimmed(), QStringLiteral("%1: ok (components: %2, connections: %3, zones: %4)")
                                  .arg(path).arg(counts[QStringLiteral("components")].toInt())
                                  .arg(counts[QStringLiteral("connections")].toInt()).arg(counts[QStringLiteral("zones")].toInt()));
}

void TestCli::infoMatchesAnIndependentCount_data() { checkExamples_data(); }

void TestCli::infoMatchesAnIndependentCount()
{
    QFETCH(QString, path);
    const Run r = runCli({QStringLiteral("info"), QStringLiteral("--json"), path});
    QCOMPARE(r.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject counts = pythonCounts(path);
    for (const char *key : {"components", "connections", "zones"})
        QCOMPARE(info[QLatin1String(key)].toInt(), counts[QLatin1String(key)].toInt());
    int byCategory = 0;
    const QJsonObject categories = info[QStringLiteral("byCategory")].toObject();
    for (const QString &c : categories.keys())
        for (const QJsonValue v : categories[c].toObject())
            byCategory += v.toInt();
    QCOMPARE(byCategory, counts[QStringLiteral("components")].toInt());
    QVERIFY(!info[QStringLiteral("providers")].toObject().isEmpty());

    const Run text = runCli({QStringLiteral("info"), path});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("Components: %1").arg(counts[QStringLiteral("components")].toInt())));
    QVERIFY(text.out.contains(QStringLiteral("Providers: ")));
}

void TestCli::checkReportsBrokenFileWithLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.stackdraft.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("formatVersion: 2\nname: Broken\ncomponents:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n"
            "connections:\n  - id: c\n    from: a\n    to: ghost\n");
    f.close();
    const Run r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":11:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("error: connection 'c' goes to 'ghost', which does not exist")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::checkMissingFileIsAnIoError()
{
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("/nonexistent.stackdraft.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no such file")));
}

void TestCli::convertRoundTrip()
{
    QTemporaryDir dir;
    const QString source = examples().value(0);
    const QString json = dir.filePath(QStringLiteral("d.stackdraft.json"));
    const QString yaml = dir.filePath(QStringLiteral("d.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("convert"), source, json}).code, 0);
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    QJsonParseError error;
    QJsonDocument::fromJson(jf.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(runCli({QStringLiteral("convert"), json, yaml}).code, 0);
    QFile a(source), b(yaml);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestCli::newFromTemplate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    Run r = runCli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("e-commerce"), QStringLiteral("--name"), QStringLiteral("My shop"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("info"), QStringLiteral("--json"), path});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("name")].toString(), QStringLiteral("My shop"));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("components")].toInt() > 5);
    const QString blank = dir.filePath(QStringLiteral("blank.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("new"), blank}).code, 0);
    QCOMPARE(runCli({QStringLiteral("check"), blank}).code, 0);
    r = runCli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"), dir.filePath(QStringLiteral("x.yaml"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("e-commerce")));
}

void TestCli::newRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("new"), path}).code, 0);
    const Run r = runCli({QStringLiteral("new"), path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--force")));
}

void TestCli::generateLargeDesign()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--components"), QStringLiteral("2000"), QStringLiteral("-o"), path}).code, 0);
    const QJsonObject counts = pythonCounts(path);
    QCOMPARE(counts[QStringLiteral("components")].toInt(), 2000);
    QVERIFY(counts[QStringLiteral("connections")].toInt() > 2000);
    QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--quiet"), path}).code, 0);
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--components"), QStringLiteral("0")}).code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
