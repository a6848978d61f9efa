// SPDX-License-Identifier: MIT
// Ctrl+S on a full disk (issue 14, defect 1), in the studio under the offscreen platform: the
// save fails loudly naming the file and the OS error, the window stays modified, the recovery
// file stays, and the file on disk keeps its old text. A real small tmpfs where the test may mount
// one, and the fault-injection seam everywhere.
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "mainwindow.h"
#include "recovery.h"
#include "smallfs.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {
QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestSaveSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE"); }
    void failedSaveKeepsTheWork_data();
    void failedSaveKeepsTheWork();

private:
    QTemporaryDir m_settingsDir;
};

void TestSaveSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true); // errors go to the status bar instead of a modal box
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestSaveSafety::failedSaveKeepsTheWork_data()
{
    QTest::addColumn<bool>("realDisk");
    QTest::newRow("tmpfs of 256 KiB, full") << true;
    QTest::newRow("seam: ENOSPC injected") << false;
}

void TestSaveSafety::failedSaveKeepsTheWork()
{
    QFETCH(bool, realDisk);
    test::SmallFileSystem fs(256);
    QTemporaryDir scratch;
    if (realDisk && !fs.mounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = (realDisk ? fs.path() : scratch.path()) + QStringLiteral("/shop.stackdraft.yaml");
    const LoadResult example = loadDesign(QStringLiteral(":/examples/monolith-first.stackdraft.yaml"), Catalog::builtin());
    QVERIFY(example.ok());
    QString error;
    QVERIFY(saveDesign(*example.design, path, DesignFormat::Yaml, &error));
    const QByteArray before = contentsOf(path);
    QVERIFY(before.size() < 16 * 1024); // the size for which QSaveFile claimed success

    MainWindow window(Catalog::builtin());
    window.show();
    QVERIFY(window.openFile(path));
    const QString id = window.document()->design().components().front().id;
    window.document()->undoStack()->push(new RenameItem(window.document(), id, QStringLiteral("Renamed, not yet saved")));
    QVERIFY(window.isWindowModified());
    window.recovery()->saveNow();
    const QDir recoveryDir(RecoveryManager::directory());
    QCOMPARE(recoveryDir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files).size(), 1);

    if (realDisk)
        fs.fill();
    else
        qputenv("STACKDRAFT_FAULT_INJECT_WRITE", "ENOSPC:shop.stackdraft.yaml");
    QAction *save = window.findChild<QAction *>(QStringLiteral("save"));
    QVERIFY(save);
    save->trigger(); // Ctrl+S
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("No space left on device")), qPrintable(message));
    QVERIFY2(!message.startsWith(QStringLiteral("Saved")), qPrintable(message));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document()->isModified());
    QCOMPARE(contentsOf(path), before);
    QCOMPARE(recoveryDir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files).size(), 1);

    // Space again: the save goes through, is verified, and only then the recovery file goes.
    qunsetenv("STACKDRAFT_FAULT_INJECT_WRITE");
    if (realDisk)
        fs.drain();
    save->trigger();
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved")), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.isWindowModified());
    QVERIFY(contentsOf(path).contains("Renamed, not yet saved"));
    QCOMPARE(recoveryDir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files).size(), 0);
}

QTEST_MAIN(TestSaveSafety)
#include "tst_savesafety.moc"
