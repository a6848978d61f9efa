// SPDX-License-Identifier: MIT
// stackdraft-cli as a user runs it: real process, exit codes, stdout and stderr.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CLI_EXECUTABLE), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// Counts from an independent YAML parser (PyYAML), not from our own loader.
QJsonObject pythonCounts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(PYTHON_EXECUTABLE),
            {QStringLiteral("-c"),
             QStringLiteral("import json,sys,yaml\nd=yaml.safe_load(open(sys.argv[1]))\n"
                            "print(json.dumps({k: len(d.get(k) or []) for k in ('components','connections','zones')}))"),
             path});
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
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
    Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("stackdraft-cli ")));
    r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"new", "info", "convert", "check", "generate"})
        QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))), qPrintable(r.out));
    r = cli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: stackdraft-cli check")));
}

void TestCli::usageErrors()
{
    Run r = cli({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
    r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    r = cli({QStringLiteral("info")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x")});
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
    const Run r = cli({QStringLiteral("check"), path});
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
    const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), path});
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

    const Run text = cli({QStringLiteral("info"), path});
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
    const Run r = cli({QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":11:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("error: connection 'c' goes to 'ghost', which does not exist")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::checkMissingFileIsAnIoError()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("/nonexistent.stackdraft.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no such file")));
}

void TestCli::convertRoundTrip()
{
    QTemporaryDir dir;
    const QString source = examples().value(0);
    const QString json = dir.filePath(QStringLiteral("d.stackdraft.json"));
    const QString yaml = dir.filePath(QStringLiteral("d.stackdraft.yaml"));
    QCOMPARE(cli({QStringLiteral("convert"), source, json}).code, 0);
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    QJsonParseError error;
    QJsonDocument::fromJson(jf.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(cli({QStringLiteral("convert"), json, yaml}).code, 0);
    QFile a(source), b(yaml);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestCli::newFromTemplate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    Run r = cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("e-commerce"), QStringLiteral("--name"), QStringLiteral("My shop"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("info"), QStringLiteral("--json"), path});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("name")].toString(), QStringLiteral("My shop"));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("components")].toInt() > 5);
    const QString blank = dir.filePath(QStringLiteral("blank.stackdraft.yaml"));
    QCOMPARE(cli({QStringLiteral("new"), blank}).code, 0);
    QCOMPARE(cli({QStringLiteral("check"), blank}).code, 0);
    r = cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"), dir.filePath(QStringLiteral("x.yaml"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("e-commerce")));
}

void TestCli::newRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stackdraft.yaml"));
    QCOMPARE(cli({QStringLiteral("new"), path}).code, 0);
    const Run r = cli({QStringLiteral("new"), path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--force")));
}

void TestCli::generateLargeDesign()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.stackdraft.yaml"));
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--components"), QStringLiteral("2000"), QStringLiteral("-o"), path}).code, 0);
    const QJsonObject counts = pythonCounts(path);
    QCOMPARE(counts[QStringLiteral("components")].toInt(), 2000);
    QVERIFY(counts[QStringLiteral("connections")].toInt() > 2000);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--quiet"), path}).code, 0);
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--components"), QStringLiteral("0")}).code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
