// SPDX-License-Identifier: MIT
// Issue 14, defect 7: the recovery file holds the whole document, and restoring it gives back
// exactly the design at the crash (deleted answers, accepted findings and components stay deleted,
// changed answers keep their new value), and continuous editing is snapshotted at least every
// maximum interval, not only after a pause.
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "files.h"
#include "mainwindow.h"
#include "recovery.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sd;
using sd::test::contentsOf;
using sd::test::writeFile;

namespace {
QStringList recoveryFiles()
{
    return QDir(RecoveryManager::directory()).entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files);
}
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void restoresExactlyTheStateAtTheCrash();
    void fileChangedAfterTheCrashIsNotOverwritten();
    void continuousEditingIsSnapshotted();

private:
    QTemporaryDir m_settingsDir;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true); // offerRecovery accepts
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestRecovery::init()
{
    for (const RecoveryEntry &e : RecoveryManager::pendingRecoveries())
        RecoveryManager::discard(e);
}

void TestRecovery::restoresExactlyTheStateAtTheCrash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    const QString state = dir.filePath(QStringLiteral("at-the-crash.stackdraft.yaml"));
    QVERIFY(writeFile(path, contentsOf(QStringLiteral(":/examples/e-commerce.stackdraft.yaml"))));
    const LoadResult original = loadDesign(path, Catalog::builtin());
    QVERIFY(original.ok());
    const QString deletedAnswer = original.design->answers().front().question;
    const QString changedAnswer = original.design->answers().at(1).question;
    const QString deletedFinding = original.design->acceptedFindings().front().finding;
    const QString deletedComponent = original.design->components().back().id;
    const QByteArray onDisk = contentsOf(path);

    QProcess crashing;
    crashing.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    crashing.start(QStringLiteral(CRASHING_STUDIO), {path, QStringLiteral("--deletes"), state});
    QVERIFY(crashing.waitForFinished(60000));
    QVERIFY2(crashing.exitStatus() == QProcess::CrashExit, qPrintable(QStringLiteral("exit code %1").arg(crashing.exitCode())));
    QCOMPARE(RecoveryManager::pendingRecoveries().size(), 1);

    MainWindow next(Catalog::builtin());
    next.offerRecovery();
    const Design &d = next.document()->design();
    // What was deleted before the crash is still deleted; what was changed keeps its new value.
    QVERIFY(!d.answer(deletedAnswer));
    QVERIFY(d.answer(changedAnswer));
    QCOMPARE(d.answer(changedAnswer)->value.toLongLong(), qint64(123456));
    QCOMPARE(d.answer(changedAnswer)->note, QStringLiteral("changed before the crash"));
    QVERIFY(!d.acceptedFinding(deletedFinding));
    QVERIFY(!d.component(deletedComponent));
    // ...and everything else is byte for byte the design the crashed session had.
    QCOMPARE(writeDesign(d, DesignFormat::Yaml), contentsOf(state));
    QCOMPARE(next.document()->fileName(), path);
    QVERIFY(next.document()->isModified());
    QCOMPARE(contentsOf(path), onDisk);
    QVERIFY(RecoveryManager::pendingRecoveries().isEmpty());

    // One undo step back to the file as saved.
    QCOMPARE(next.document()->undoStack()->count(), 1);
    next.document()->undoStack()->undo();
    QVERIFY(next.document()->design() == *original.design);
    QVERIFY(!next.document()->isModified());
}

// The crashed session's work was based on the file as it was; another instance saved the file
// after the crash. Restoring is fine, but saving the restored work must ask, not overwrite.
void TestRecovery::fileChangedAfterTheCrashIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(writeFile(path, contentsOf(QStringLiteral(":/examples/e-commerce.stackdraft.yaml"))));
    QProcess crashing;
    crashing.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    crashing.start(QStringLiteral(CRASHING_STUDIO), {path});
    QVERIFY(crashing.waitForFinished(60000));
    QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);

    QByteArray newer = contentsOf(path);
    newer.replace("name: E-commerce", "name: Saved by the other instance after the crash");
    QVERIFY(newer != contentsOf(path));
    QVERIFY(writeFile(path, newer));

    MainWindow next(Catalog::builtin());
    int asked = 0;
    FilePrompts prompts;
    prompts.saveConflict = [&](const QString &) { ++asked; return SaveConflictChoice::Cancel; };
    prompts.reloadOverUnsavedChanges = [](const QString &) { return false; };
    prompts.saveAsPath = [](const QString &) { return QString(); };
    next.setFilePrompts(prompts);
    next.offerRecovery();
    QVERIFY(next.document()->isModified());
    QCOMPARE(next.document()->diskState(), DiskState::Changed);
    next.action(QStringLiteral("save"))->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(contentsOf(path), newer);
}

void TestRecovery::continuousEditingIsSnapshotted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(writeFile(path, contentsOf(QStringLiteral(":/examples/e-commerce.stackdraft.yaml"))));
    MainWindow window(Catalog::builtin());
    QVERIFY(window.openFile(path));
    // The quiet delay never passes while the user keeps editing (an edit every 40 ms)...
    window.recovery()->setDelay(60000);
    window.recovery()->setMaximumInterval(300);
    Document *document = window.document();
    const QString id = document->design().components().front().id;
    int edits = 0;
    QTimer typing;
    typing.setInterval(40);
    connect(&typing, &QTimer::timeout, this, [&] {
        document->undoStack()->push(new RenameItem(document, id, QStringLiteral("Edit %1").arg(++edits)));
    });
    typing.start();
    // ...yet a snapshot is written while the editing goes on, and it holds recent work.
    QTRY_VERIFY_WITH_TIMEOUT(!recoveryFiles().isEmpty(), 5000);
    QVERIFY(typing.isActive());
    const int editsBeforeSnapshot = edits;
    const QByteArray first = contentsOf(QDir(RecoveryManager::directory()).filePath(recoveryFiles().front()));
    QVERIFY(first.contains("Edit "));
    // And the next one follows within the interval again, with later edits.
    QTRY_VERIFY_WITH_TIMEOUT(contentsOf(QDir(RecoveryManager::directory()).filePath(recoveryFiles().front())) != first, 5000);
    QVERIFY(edits > editsBeforeSnapshot);
    typing.stop();
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
