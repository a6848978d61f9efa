// SPDX-License-Identifier: MIT
// The one atomic writer: a failed write (full disk, I/O error, silently short write) leaves the
// original file exactly as it was, names the OS error and leaves no temporary file behind.
#include "atomicfile.h"
#include "smallfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace sd;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Only the named files: no ".x.tmp" left behind.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct FaultInjection {
    explicit FaultInjection(const QByteArray &spec) { qputenv("STACKDRAFT_FAULT_INJECT_WRITE", spec); }
    ~FaultInjection() { qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE"); }
};
} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces();
    void injectedFailureLeavesTheOriginal_data();
    void injectedFailureLeavesTheOriginal();
    void realFullDiskLeavesTheOriginal();
    void keepsPermissions();
    void symlinks();
    void refusesSpecialFiles();
    void unwritableFolderNamesTheReason();
};

void TestAtomicFile::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    QVERIFY(writeFileAtomically(path, "one\n").ok);
    QCOMPARE(readAll(path), QByteArray("one\n"));
    QVERIFY(writeFileAtomically(path, "two\n").ok);
    QCOMPARE(readAll(path), QByteArray("two\n"));
    QVERIFY(writeFileAtomically(path, QByteArray()).ok); // an empty file is a valid result when asked for
    QCOMPARE(readAll(path), QByteArray());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.yaml")});
}

void TestAtomicFile::injectedFailureLeavesTheOriginal_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("full disk") << QByteArray("ENOSPC") << QStringLiteral("No space left on device");
    QTest::newRow("I/O error") << QByteArray("EIO") << QStringLiteral("Input/output error");
    // What Qt 6.4.2's QSaveFile let through: the bytes did not all arrive, and nobody said so.
    QTest::newRow("silently short") << QByteArray("SHORT") << QStringLiteral("only 8 of 16 bytes reached the disk");
}

void TestAtomicFile::injectedFailureLeavesTheOriginal()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.stackdraft.yaml"));
    QVERIFY(put(path, "the original\n"));
    const FaultInjection injected(fault + ":design.stackdraft.yaml");
    const WriteOutcome outcome = writeFileAtomically(path, "sixteen bytes!!\n");
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, reason);
    QCOMPARE(readAll(path), QByteArray("the original\n"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("design.stackdraft.yaml")});
    // The seam only hits the file it names.
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("other.yaml")), "fine\n").ok);
}

void TestAtomicFile::realFullDiskLeavesTheOriginal()
{
    test::SmallFileSystem fs(256);
    if (!fs.mounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("design.stackdraft.yaml"));
    const QByteArray original(3000, 'o');
    QVERIFY(writeFileAtomically(path, original).ok);
    fs.fill();
    // 2 KiB: below the 16 KiB for which QSaveFile::commit() claimed success on a full disk.
    const WriteOutcome outcome = writeFileAtomically(path, QByteArray(2048, 'n'));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, QStringLiteral("No space left on device"));
    QCOMPARE(readAll(path), original);
    QCOMPARE(entries(fs.path()), (QStringList{QStringLiteral(".ballast"), QStringLiteral("design.stackdraft.yaml")}));
    fs.drain();
    QVERIFY(writeFileAtomically(path, QByteArray(2048, 'n')).ok);
    QCOMPARE(readAll(path), QByteArray(2048, 'n'));
}

void TestAtomicFile::keepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.yaml"));
    QVERIFY(put(path, "x"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
    QVERIFY(writeFileAtomically(path, "y").ok);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
}

void TestAtomicFile::symlinks()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.yaml"));
    const QString link = dir.filePath(QStringLiteral("link.yaml"));
    QVERIFY(put(real, "old"));
    QVERIFY(QFile::link(real, link));
    // A design opened through a link stays a link; its target gets the new text.
    QVERIFY(writeFileAtomically(link, "new").ok);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(real), QByteArray("new"));
    // Exports refuse to write through one.
    const WriteOutcome refused = writeFileAtomically(link, "evil", SymlinkPolicy::Refuse);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("symbolic link")), qPrintable(refused.error));
    QCOMPARE(readAll(real), QByteArray("new"));
}

void TestAtomicFile::refusesSpecialFiles()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const WriteOutcome outcome = writeFileAtomically(fifo, "x");
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("not a regular file")), qPrintable(outcome.error));
    QVERIFY(!writeFileAtomically(dir.path(), "x").ok); // a folder
}

void TestAtomicFile::unwritableFolderNamesTheReason()
{
    const WriteOutcome outcome = writeFileAtomically(QStringLiteral("/nonexistent-folder-for-stackdraft/x.yaml"), "x");
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, QStringLiteral("No such file or directory"));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
