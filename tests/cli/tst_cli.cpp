// SPDX-License-Identifier: MIT
// stackdraft-cli as a user runs it: real process, exit codes, stdout and stderr.
#include "files.h"
#include "process.h"
#include "smallfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void hugeJsonIsRefusedInBoundedMemory();
    void hundredThousandComponentsLoad();
    void truncatedYamlIsFlagged();
    void convertRoundTrip();
    void newFromTemplate();
    void newRefusesToOverwrite();
    void generateLargeDesign();
    void fullDiskFailsLoudly_data();
    void fullDiskFailsLoudly();
    void exportOwnsOnlyWhatItWrote();
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

// Issue 14, defect 8: 60 MB of JSON zeros peaked at 3.4 GB before anything refused it. Under an
// address-space limit of 1 GB (prlimit), `check` still answers with the place and the reason
// instead of dying of std::bad_alloc.
void TestCli::hugeJsonIsRefusedInBoundedMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.stackdraft.json"));
    // 60 MiB, under the 64 MiB file limit.
    QVERIFY(sd::test::writeFile(path, "{\"formatVersion\": 2, \"name\": \"Bomb\", \"metadata\": {\"x\": ["
                                          + QByteArray("0,").repeated(30 * 1024 * 1024) + "0]}}\n"));
    QVERIFY(QFileInfo(path).size() > 60 * 1024 * 1024);
    const Run r = sd::test::runProcess(QStringLiteral("prlimit"),
                                       {QStringLiteral("--as=1073741824"), QStringLiteral(CLI_EXECUTABLE), QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(path + QStringLiteral(":1:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("more than 1,000,000 items")), qPrintable(r.err));
}

// Issue 15: "100,000 still works". The parse limits that stop the bombs above admit a generated
// design of 100,000 components (35 MB, 3.3 million values), within the same 1 GB address space.
void TestCli::hundredThousandComponentsLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.stackdraft.yaml"));
    const Run generated = runCli({QStringLiteral("generate"), QStringLiteral("--components"), QStringLiteral("100000"), QStringLiteral("-o"), path});
    QCOMPARE(generated.code, 0);
    const Run r = sd::test::runProcess(QStringLiteral("prlimit"),
                                       {QStringLiteral("--as=1073741824"), QStringLiteral(CLI_EXECUTABLE), QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // 1: findings, which a generated design may have
    QVERIFY2(r.out.contains(QStringLiteral("components: 100000")), qPrintable(r.out + r.err));
}

// Issue 14, defect 8: a YAML design cut off inside a line loads, but not silently.
void TestCli::truncatedYamlIsFlagged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.stackdraft.yaml"));
    QVERIFY(sd::test::writeFile(path, "formatVersion: 2\nname: Cut\ncomponents:\n  - id: a\n    kind: cache\n    position: [0, 0]\n    name: Session ca"));
    const Run r = sd::test::runCli({QStringLiteral("check"), path});
    QVERIFY2(r.err.contains(path + QStringLiteral(":7:21: warning: ")) && r.err.contains(QStringLiteral("cut off")), qPrintable(r.err + r.out));
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


namespace {
QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestCli::fullDiskFailsLoudly_data()
{
    QTest::addColumn<bool>("realDisk");
    QTest::newRow("tmpfs of 512 KiB, full") << true;
    QTest::newRow("seam: ENOSPC injected") << false;
}

// convert, new, answers import and export on a full disk: exit non-zero, name the file and the OS
// error, and leave what was there before untouched (issue 14, defect 1).
void TestCli::fullDiskFailsLoudly()
{
    QFETCH(bool, realDisk);
    sd::test::SmallFileSystem fs(512);
    QTemporaryDir scratch;
    if (realDisk && !fs.mounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString root = realDisk ? fs.path() : scratch.path();
    const QString example = QStringLiteral(SOURCE_DIR "/resources/examples/monolith-first.stackdraft.yaml");
    const QString design = root + QStringLiteral("/shop.stackdraft.yaml");
    const QString answers = root + QStringLiteral("/answers.yaml");
    const QString exported = root + QStringLiteral("/k8s");
    QCOMPARE(runCli({QStringLiteral("convert"), example, design}).code, 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("questionnaire"), design, QStringLiteral("--format"), QStringLiteral("answers"),
                     QStringLiteral("-o"), answers}).code, 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("-o"), exported}).code, 0);
    QByteArray filled = contentsOf(answers);
    QVERIFY(filled.contains("    value: 8000\n"));
    filled.replace("    value: 8000\n", "    value: 8001\n"); // a changed answer, so that the import has to write
    {
        QFile f(answers);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(filled);
    }
    const QByteArray designBefore = contentsOf(design);
    const QStringList exportBefore = QDir(exported).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY(exportBefore.size() > 2);
    const QByteArray namespaceBefore = contentsOf(exported + QLatin1Char('/') + exportBefore.first());

    if (realDisk)
        fs.fill();
    else
        qputenv("STACKDRAFT_FAULT_INJECT_WRITE", "ENOSPC");
    const QString reason = QStringLiteral("No space left on device");

    Run r = runCli({QStringLiteral("convert"), example, design});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(design + QStringLiteral(": cannot write: ") + reason), qPrintable(r.err));
    QCOMPARE(contentsOf(design), designBefore);

    const QString fresh = root + QStringLiteral("/new.stackdraft.yaml");
    r = runCli({QStringLiteral("new"), fresh});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(fresh) && r.err.contains(reason), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(fresh));

    r = runCli({QStringLiteral("answers"), QStringLiteral("import"), design, answers});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(design) && r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(contentsOf(design), designBefore);

    r = runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("-o"), exported});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(exported) && r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("wrote")), qPrintable(r.out));
    QCOMPARE(QDir(exported).entryList(QDir::Files | QDir::Hidden, QDir::Name), exportBefore);
    QCOMPARE(contentsOf(exported + QLatin1Char('/') + exportBefore.first()), namespaceBefore);
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".tmp")), QStringList());

    qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE");
    if (realDisk)
        fs.drain();
    r = runCli({QStringLiteral("answers"), QStringLiteral("import"), design, answers});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(contentsOf(design) != designBefore);
}

// Issue 14, defect 5, as a user meets it on the command line.
void TestCli::exportOwnsOnlyWhatItWrote()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("convert"), QStringLiteral(SOURCE_DIR "/resources/examples/monolith-first.stackdraft.yaml"), design}).code, 0);
    const QByteArray before = contentsOf(design);
    // Never onto the design itself, not even forced.
    Run r = runCli({QStringLiteral("export"), QStringLiteral("compose"), design, QStringLiteral("-o"), design, QStringLiteral("--force")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(design + QStringLiteral(": is an input of this export; refused")), qPrintable(r.err));
    QCOMPARE(contentsOf(design), before);
    // Into a folder, a single file keeps its own name.
    r = runCli({QStringLiteral("export"), QStringLiteral("compose"), design, QStringLiteral("-o"), dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("docker-compose.yaml"))));
    // The user's kustomization.yaml is refused by name; --force replaces it.
    const QString out = dir.filePath(QStringLiteral("k8s"));
    QVERIFY(QDir().mkpath(out));
    {
        QFile mine(out + QStringLiteral("/kustomization.yaml"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("# mine\n");
    }
    r = runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(out + QStringLiteral("/kustomization.yaml: was not written by this export")), qPrintable(r.err));
    QCOMPARE(contentsOf(out + QStringLiteral("/kustomization.yaml")), QByteArray("# mine\n"));
    r = runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("-o"), out, QStringLiteral("--force")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(contentsOf(out + QStringLiteral("/kustomization.yaml")) != QByteArray("# mine\n"));
    // Edited by hand since: refused again, the edit kept.
    {
        QFile edited(out + QStringLiteral("/kustomization.yaml"));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("# tuned\n");
    }
    r = runCli({QStringLiteral("export"), QStringLiteral("kubernetes"), design, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("kustomization.yaml: was edited by hand since the last export")), qPrintable(r.err));
    QVERIFY(contentsOf(out + QStringLiteral("/kustomization.yaml")).endsWith("# tuned\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
