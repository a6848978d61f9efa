// SPDX-License-Identifier: MIT
// Exports never write over what they do not own (issue 14, defect 5): the manifest, stale files,
// hand edits, symlinks, input files, and a failure in the middle that leaves the old set whole.
#include "exportwriter.h"
#include "smallfs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {
QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

ExportResult result(std::initializer_list<std::pair<const char *, const char *>> files)
{
    ExportResult r;
    for (const auto &[path, contents] : files)
        r.files.push_back({QString::fromUtf8(path), QByteArray(contents)});
    return r;
}

/// Every file under `root`, relative and sorted, symlinks as "name -> target".
QStringList tree(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        files << path.mid(root.size() + 1) + (info.isSymLink() ? QStringLiteral(" -> ") + info.symLinkTarget() : QString());
    }
    files.sort();
    return files;
}

ExportWriteOptions tf() { ExportWriteOptions o; o.exporterId = QStringLiteral("terraform"); return o; }
} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE"); }
    void firstExportWritesTheSetAndAManifest();
    void reExportReplacesOwnFilesAndDeletesStaleOnes();
    void refusesToOverwriteUserFiles();
    void refusesHandEditedFilesUnlessForced();
    void keepsEditedStaleFiles();
    void neverFollowsSymlinks();
    void neverWritesOntoAnInput();
    void failureLeavesTheOldSetWhole();
    void fullDiskLeavesTheOldSetWhole();
    void fileOrFolderRule();
};

void TestExportWriter::firstExportWritesTheSetAndAManifest()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const ExportWriteReport r = writeExportFolder(result({{"main.tf", "a"}, {"modules/net/main.tf", "b"}}), out, tf());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(tree(out), (QStringList{QStringLiteral(".stackdraft-export-terraform.json"), QStringLiteral("main.tf"), QStringLiteral("modules/net/main.tf")}));
    const QByteArray manifest = contentsOf(out + QStringLiteral("/.stackdraft-export-terraform.json"));
    // sha256("a")
    QVERIFY2(manifest.contains("\"main.tf\": \"sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\""), manifest.constData());
    // Nothing is left beside the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out")});
}

void TestExportWriter::reExportReplacesOwnFilesAndDeletesStaleOnes()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(writeExportFolder(result({{"main.tf", "a"}, {"worker.yaml", "w"}, {"old/x.tf", "x"}}), out, tf()).ok);
    QVERIFY(put(out + QStringLiteral("/notes.txt"), "mine")); // the user's own file beside the export
    const ExportWriteReport r = writeExportFolder(result({{"main.tf", "a2"}, {"aws/main.tf", "n"}}), out, tf());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.removed, (QStringList{QStringLiteral("old/x.tf"), QStringLiteral("worker.yaml")}));
    QCOMPARE(tree(out), (QStringList{QStringLiteral(".stackdraft-export-terraform.json"), QStringLiteral("aws/main.tf"),
                                     QStringLiteral("main.tf"), QStringLiteral("notes.txt")}));
    QCOMPARE(contentsOf(out + QStringLiteral("/main.tf")), QByteArray("a2"));
    QCOMPARE(contentsOf(out + QStringLiteral("/notes.txt")), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/old"))); // emptied by our deletions only
}

void TestExportWriter::refusesToOverwriteUserFiles()
{
    QTemporaryDir dir;
    const QString out = dir.path();
    QVERIFY(put(out + QStringLiteral("/README.md"), "my readme"));
    QVERIFY(put(out + QStringLiteral("/variables.tf"), "my vars"));
    const ExportWriteReport r = writeExportFolder(result({{"README.md", "gen"}, {"variables.tf", "gen"}, {"main.tf", "gen"}}), out, tf());
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts, (QStringList{QStringLiteral("README.md"), QStringLiteral("variables.tf")}));
    QVERIFY2(r.error.contains(out + QStringLiteral("/README.md: was not written by this export")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("and 1 more")), qPrintable(r.error));
    QCOMPARE(tree(out), (QStringList{QStringLiteral("README.md"), QStringLiteral("variables.tf")}));
    QCOMPARE(contentsOf(out + QStringLiteral("/README.md")), QByteArray("my readme"));
    // Another format's export in the same folder is not ours either.
    ExportWriteOptions k8s;
    k8s.exporterId = QStringLiteral("kubernetes");
    QVERIFY(writeExportFolder(result({{"kustomization.yaml", "k"}}), out + QStringLiteral("/both"), k8s).ok);
    QVERIFY(!writeExportFolder(result({{"kustomization.yaml", "t"}}), out + QStringLiteral("/both"), tf()).ok);
    QCOMPARE(contentsOf(out + QStringLiteral("/both/kustomization.yaml")), QByteArray("k"));
}

void TestExportWriter::refusesHandEditedFilesUnlessForced()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(writeExportFolder(result({{"main.tf", "a"}, {"variables.tf", "v"}}), out, tf()).ok);
    QVERIFY(put(out + QStringLiteral("/variables.tf"), "v, tuned by hand"));
    ExportWriteReport r = writeExportFolder(result({{"main.tf", "a2"}, {"variables.tf", "v2"}}), out, tf());
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts, QStringList{QStringLiteral("variables.tf")});
    QVERIFY2(r.error.contains(QStringLiteral("variables.tf: was edited by hand since the last export")), qPrintable(r.error));
    QCOMPARE(contentsOf(out + QStringLiteral("/main.tf")), QByteArray("a")); // nothing at all was changed
    ExportWriteOptions force = tf();
    force.force = true;
    r = writeExportFolder(result({{"main.tf", "a2"}, {"variables.tf", "v2"}}), out, force);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(contentsOf(out + QStringLiteral("/variables.tf")), QByteArray("v2"));
    QVERIFY(writeExportFolder(result({{"main.tf", "a3"}, {"variables.tf", "v3"}}), out, tf()).ok); // ours again
}

void TestExportWriter::keepsEditedStaleFiles()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(writeExportFolder(result({{"main.tf", "a"}, {"worker.yaml", "w"}}), out, tf()).ok);
    QVERIFY(put(out + QStringLiteral("/worker.yaml"), "w, with my changes"));
    const ExportWriteReport r = writeExportFolder(result({{"main.tf", "a"}}), out, tf());
    QVERIFY(r.ok);
    QCOMPARE(r.keptEdited, QStringList{QStringLiteral("worker.yaml")});
    QCOMPARE(contentsOf(out + QStringLiteral("/worker.yaml")), QByteArray("w, with my changes"));
}

void TestExportWriter::neverFollowsSymlinks()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString outside = dir.filePath(QStringLiteral("outside.txt"));
    QVERIFY(put(outside, "precious"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::link(outside, out + QStringLiteral("/main.tf")));
    QVERIFY(QFile::link(dir.path(), out + QStringLiteral("/modules")));
    ExportWriteReport r = writeExportFolder(result({{"main.tf", "evil"}, {"modules/outside.txt", "evil"}}), out, tf());
    QVERIFY(!r.ok);
    QCOMPARE(r.conflicts, (QStringList{QStringLiteral("main.tf"), QStringLiteral("modules")}));
    QCOMPARE(contentsOf(outside), QByteArray("precious"));
    // Forced, the links are replaced by real files and folders; what they pointed to is untouched.
    ExportWriteOptions force = tf();
    force.force = true;
    r = writeExportFolder(result({{"main.tf", "gen"}, {"modules/outside.txt", "gen"}}), out, force);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(contentsOf(outside), QByteArray("precious"));
    QVERIFY(!QFileInfo(out + QStringLiteral("/main.tf")).isSymLink());
    QCOMPARE(contentsOf(out + QStringLiteral("/modules/outside.txt")), QByteArray("gen"));
    // A user's symlink that is not in the way is kept as a link.
    QVERIFY(QFile::link(outside, out + QStringLiteral("/mine")));
    QVERIFY(writeExportFolder(result({{"main.tf", "gen2"}, {"modules/outside.txt", "gen"}}), out, tf()).ok);
    QVERIFY(QFileInfo(out + QStringLiteral("/mine")).isSymLink());
    // The export folder itself may not be a link.
    QVERIFY(QFile::link(out, dir.filePath(QStringLiteral("alias"))));
    r = writeExportFolder(result({{"main.tf", "x"}}), dir.filePath(QStringLiteral("alias")), tf());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("symbolic link")), qPrintable(r.error));
}

void TestExportWriter::neverWritesOntoAnInput()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(put(design, "the design"));
    ExportWriteOptions o = tf();
    o.inputs = {design};
    o.force = true; // not even forced
    ExportWriteReport r = writeExportSingle({QStringLiteral("docker-compose.yaml"), "services: {}"}, design, o);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(design + QStringLiteral(": is an input of this export")), qPrintable(r.error));
    r = writeExportFolder(result({{"shop.stackdraft.yaml", "x"}}), dir.path(), o);
    QVERIFY(!r.ok);
    QCOMPARE(contentsOf(design), QByteArray("the design"));
    // Exporting into the design's folder keeps the design.
    r = writeExportFolder(result({{"main.tf", "x"}}), dir.path(), o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(contentsOf(design), QByteArray("the design"));
}

void TestExportWriter::failureLeavesTheOldSetWhole()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(writeExportFolder(result({{"a.tf", "1"}, {"b.tf", "1"}, {"c.tf", "1"}}), out, tf()).ok);
    const QStringList before = tree(out);
    qputenv("STACKDRAFT_FAULT_INJECT_WRITE", "EIO:c.tf"); // the third file fails, after two were written
    const ExportWriteReport r = writeExportFolder(result({{"a.tf", "2"}, {"b.tf", "2"}, {"c.tf", "2"}}), out, tf());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(out + QStringLiteral("/c.tf: cannot write: Input/output error")), qPrintable(r.error));
    QCOMPARE(tree(out), before);
    QCOMPARE(contentsOf(out + QStringLiteral("/a.tf")), QByteArray("1"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out")});
}

void TestExportWriter::fullDiskLeavesTheOldSetWhole()
{
    test::SmallFileSystem fs(512);
    if (!fs.mounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString out = fs.filePath(QStringLiteral("out"));
    QVERIFY(writeExportFolder(result({{"a.tf", "1"}, {"b.tf", "1"}}), out, tf()).ok);
    fs.fill();
    const ExportWriteReport r = writeExportFolder(result({{"a.tf", "2"}, {"b.tf", "2"}}), out, tf());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("No space left on device")), qPrintable(r.error));
    QCOMPARE(contentsOf(out + QStringLiteral("/a.tf")), QByteArray("1"));
    QCOMPARE(contentsOf(out + QStringLiteral("/b.tf")), QByteArray("1"));
    QCOMPARE(QDir(fs.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral(".ballast"), QStringLiteral("out")}));
}

namespace {
class OneFile : public Exporter
{
public:
    QString id() const override { return QStringLiteral("compose"); }
    QString displayName() const override { return QStringLiteral("Compose"); }
    QString description() const override { return {}; }
    bool writesSingleFile(const QVariantMap &) const override { return true; }
    ExportResult generate(const Design &, const Catalog &, const QVariantMap &) const override { return result({{"docker-compose.yaml", "services: {}\n"}}); }
};
class Folder : public OneFile
{
public:
    QString id() const override { return QStringLiteral("terraform"); }
    bool writesSingleFile(const QVariantMap &) const override { return false; }
};
} // namespace

void TestExportWriter::fileOrFolderRule()
{
    QTemporaryDir dir;
    const OneFile single;
    const Folder folder;
    const ExportResult one = result({{"docker-compose.yaml", "services: {}\n"}});
    // A single file into an existing folder lands in it under its own name.
    QVERIFY(writeExportTo(single, {}, one, dir.path(), {}).ok);
    QCOMPARE(contentsOf(dir.filePath(QStringLiteral("docker-compose.yaml"))), QByteArray("services: {}\n"));
    QVERIFY(writeExportTo(single, {}, one, dir.filePath(QStringLiteral("x.yaml")), {}).ok);
    // A folder export refuses an existing file.
    const ExportWriteReport r = writeExportTo(folder, {}, one, dir.filePath(QStringLiteral("x.yaml")), {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("exists and is not a folder")), qPrintable(r.error));
    // Default names come from the design file and keep the file's extension.
    QCOMPARE(defaultExportTarget(single, {}, one, QStringLiteral("/w/shop.stackdraft.yaml"), QStringLiteral("Web Shop"), QStringLiteral("/home")),
             QStringLiteral("/w/shop-docker-compose.yaml"));
    QCOMPARE(defaultExportTarget(folder, {}, one, QStringLiteral("/w/shop.stackdraft.yaml"), QStringLiteral("Web Shop"), QStringLiteral("/home")),
             QStringLiteral("/w/shop-terraform"));
    QCOMPARE(defaultExportTarget(single, {}, one, QString(), QStringLiteral("Web Shop"), QStringLiteral("/home")),
             QStringLiteral("/home/web-shop-docker-compose.yaml"));
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
