// SPDX-License-Identifier: MIT
// Issue 14, defect 4 (lost update between two instances), in the document layer: two documents on
// one file stand for two studio windows. A save over a file someone else changed since it was read
// is refused; touching or rewriting the same bytes is no change; a reload is one undo step; and
// the watcher reports an atomic replacement (rename over the file) once, but never our own saves.
#include "catalog.h"
#include "commands.h"
#include "diskwatcher.h"
#include "document.h"
#include "files.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::contentsOf;
using sd::test::writeFile;

namespace {

QString firstComponent(const Document &doc) { return doc.design().components().front().id; }

void rename(Document &doc, const QString &name)
{
    doc.undoStack()->push(new RenameItem(&doc, firstComponent(doc), name));
}

} // namespace

class TestDiskConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveRefusesToOverwriteAnotherInstancesSave();
    void sameBytesOrTouchIsNoChange();
    void removedFileIsWrittenAgain();
    void reloadIsOneUndoStep();
    void watcherReportsReplacementOnceAndNotOwnSaves();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDiskConflict::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(writeFile(m_path, contentsOf(QStringLiteral(":/examples/monolith-first.stackdraft.yaml"))));
}

void TestDiskConflict::saveRefusesToOverwriteAnotherInstancesSave()
{
    Document a(Catalog::builtin()), b(Catalog::builtin());
    QVERIFY(a.load(m_path, nullptr));
    QVERIFY(b.load(m_path, nullptr));
    QCOMPARE(a.diskState(), DiskState::Unchanged);

    rename(b, QStringLiteral("Saved by B first"));
    QString error;
    QCOMPARE(b.save(m_path, &error), Document::SaveResult::Saved);
    const QByteArray bVersion = contentsOf(m_path);
    QCOMPARE(a.diskState(), DiskState::Changed);

    // A saves after B: refused, B's version stays, A keeps its edit unsaved.
    rename(a, QStringLiteral("Edited in A"));
    QCOMPARE(a.save(m_path, &error), Document::SaveResult::ChangedOnDisk);
    QVERIFY2(error.contains(m_path) && error.contains(QStringLiteral("changed by another program")), qPrintable(error));
    QCOMPARE(contentsOf(m_path), bVersion);
    QVERIFY(a.isModified());

    // The user chose to overwrite: A's version is on disk, and now B is the one that is behind.
    QCOMPARE(a.save(m_path, &error, Document::ChangesOnDisk::Overwrite), Document::SaveResult::Saved);
    QVERIFY(contentsOf(m_path).contains("Edited in A"));
    QVERIFY(!a.isModified());
    QCOMPARE(a.diskState(), DiskState::Unchanged);
    QCOMPARE(b.diskState(), DiskState::Changed);
    rename(b, QStringLiteral("B again"));
    QCOMPARE(b.save(m_path, &error), Document::SaveResult::ChangedOnDisk);
    QVERIFY(contentsOf(m_path).contains("Edited in A"));

    // Save As to another file is not a conflict: B's work lands there, A's file is untouched.
    const QString other = m_dir->filePath(QStringLiteral("b.stackdraft.yaml"));
    QCOMPARE(b.save(other, &error), Document::SaveResult::Saved);
    QVERIFY(contentsOf(other).contains("B again"));
    QVERIFY(contentsOf(m_path).contains("Edited in A"));
}

void TestDiskConflict::sameBytesOrTouchIsNoChange()
{
    Document a(Catalog::builtin());
    QVERIFY(a.load(m_path, nullptr));
    const QByteArray bytes = contentsOf(m_path);
    {
        // Another program rewrites the very same bytes a second later: a new time, no new content.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
        // Written out before the time is set: the buffered bytes reaching the file at close()
        // would stamp it with the time of the write again, the same coarse tick as the load
        // now that loading takes under a millisecond.
        QVERIFY(f.flush());
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    }
    QVERIFY(QFileInfo(m_path).lastModified() != a.diskStamp().modified);
    QCOMPARE(a.diskState(), DiskState::Unchanged);
    rename(a, QStringLiteral("Saved over a touched file"));
    QString error;
    QCOMPARE(a.save(m_path, &error), Document::SaveResult::Saved);

    // One byte different, same length and time: a change (the hash decides, not time and size).
    QByteArray edited = contentsOf(m_path);
    const QDateTime time = QFileInfo(m_path).lastModified();
    edited.replace("Saved over a touched file", "Saved over a touched fild");
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(edited);
        QVERIFY(f.flush()); // so that the old time set next stays
        QVERIFY(f.setFileTime(time, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(m_path).lastModified(), time);
    QCOMPARE(QFileInfo(m_path).size(), a.diskStamp().size);
    QCOMPARE(a.diskState(), DiskState::Changed);
    rename(a, QStringLiteral("Not written"));
    QCOMPARE(a.save(m_path, &error), Document::SaveResult::ChangedOnDisk);
    QCOMPARE(contentsOf(m_path), edited);
}

void TestDiskConflict::removedFileIsWrittenAgain()
{
    Document a(Catalog::builtin());
    QVERIFY(a.load(m_path, nullptr));
    QVERIFY(QFile::remove(m_path));
    QCOMPARE(a.diskState(), DiskState::Removed);
    rename(a, QStringLiteral("Written again"));
    QString error;
    QCOMPARE(a.save(m_path, &error), Document::SaveResult::Saved);
    QVERIFY(contentsOf(m_path).contains("Written again"));
}

void TestDiskConflict::reloadIsOneUndoStep()
{
    Document a(Catalog::builtin()), b(Catalog::builtin());
    QVERIFY(a.load(m_path, nullptr));
    QVERIFY(b.load(m_path, nullptr));
    const QString original = a.design().component(firstComponent(a))->name;
    rename(a, QStringLiteral("Unsaved in A"));
    const Design mine = a.design();
    rename(b, QStringLiteral("Saved by B"));
    QString error;
    QCOMPARE(b.save(m_path, &error), Document::SaveResult::Saved);

    QSignalSpy reset(&a, &Document::designReset);
    QVERIFY(a.reloadFromDisk(nullptr));
    QCOMPARE(reset.count(), 1);
    QVERIFY(a.design() == b.design());
    QVERIFY(!a.isModified());
    QCOMPARE(a.diskState(), DiskState::Unchanged);
    QCOMPARE(a.undoStack()->undoText(), QStringLiteral("Reload from disk"));

    // Nothing of A's was dropped: one undo brings the unsaved edit back, as unsaved work.
    a.undoStack()->undo();
    QVERIFY(a.design() == mine);
    QVERIFY(a.isModified());
    a.undoStack()->undo();
    QCOMPARE(a.design().component(firstComponent(a))->name, original);

    // A file someone broke meanwhile is not loaded over the design: nothing changes, the reason is given.
    a.undoStack()->redo();
    a.undoStack()->redo();
    QVERIFY(a.design() == b.design());
    const Design before = a.design();
    QVERIFY(writeFile(m_path, "formatVersion: 2\nname: Broken\ncomponents:\n  - id: a\n    kind: nope\n"));
    Diagnostics diagnostics;
    QVERIFY(!a.reloadFromDisk(&diagnostics));
    QVERIFY(!diagnostics.empty());
    QCOMPARE(diagnostics.front().line, 5);
    QVERIFY(a.design() == before);
}

void TestDiskConflict::watcherReportsReplacementOnceAndNotOwnSaves()
{
    Document a(Catalog::builtin()), b(Catalog::builtin());
    QVERIFY(a.load(m_path, nullptr));
    QVERIFY(b.load(m_path, nullptr));
    DiskWatcher watcher(&a);
    watcher.setDelay(50);
    QSignalSpy changed(&watcher, &DiskWatcher::changedOnDisk);

    // A's own save replaces the file too (atomic rename): no report.
    rename(a, QStringLiteral("A saves itself"));
    QString error;
    QCOMPARE(a.save(m_path, &error), Document::SaveResult::Saved);
    QTest::qWait(400);
    QCOMPARE(changed.count(), 0);

    // B saves (a rename over the file, which ends a plain file watch): reported once, as a change.
    QVERIFY(b.reloadFromDisk(nullptr));
    rename(b, QStringLiteral("B saves"));
    QCOMPARE(b.save(m_path, &error), Document::SaveResult::Saved);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].value<DiskState>(), DiskState::Changed);
    QTest::qWait(400);
    QCOMPARE(changed.count(), 1);

    // The watch survived the replacement: B's second save is noticed too.
    rename(b, QStringLiteral("B saves twice"));
    QCOMPARE(b.save(m_path, &error, Document::ChangesOnDisk::Overwrite), Document::SaveResult::Saved);
    QTRY_COMPARE(changed.count(), 2);

    // After A reloads, the file is A's again: quiet until it is removed.
    QVERIFY(a.reloadFromDisk(nullptr));
    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(changed[2][0].value<DiskState>(), DiskState::Removed);
}

QTEST_GUILESS_MAIN(TestDiskConflict)
#include "tst_diskconflict.moc"
