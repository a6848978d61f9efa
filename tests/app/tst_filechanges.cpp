// SPDX-License-Identifier: MIT
// Issue 14, defect 4, in the studio (offscreen): the open file is changed behind the studio's back
// (by a second instance, or by `stackdraft-cli answers import`). The studio notices, never
// overwrites without asking, and each answer to its question leaves both versions where the user
// chose. The FilePrompts seam gives the answers a user would click.
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "diskwatcher.h"
#include "document.h"
#include "files.h"
#include "mainwindow.h"
#include "process.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::contentsOf;
using sd::test::runCli;
using sd::test::writeFile;

Q_DECLARE_METATYPE(sd::SaveConflictChoice)

namespace {

/// Answers the studio's questions as the test says, and counts them.
struct ScriptedUser {
    SaveConflictChoice onSave = SaveConflictChoice::Cancel;
    bool reloadOverUnsaved = false;
    QString saveAsPath;
    int saveConflicts = 0;
    int reloadQuestions = 0;

    FilePrompts prompts()
    {
        FilePrompts p;
        p.saveConflict = [this](const QString &) { ++saveConflicts; return onSave; };
        p.reloadOverUnsavedChanges = [this](const QString &) { ++reloadQuestions; return reloadOverUnsaved; };
        p.saveAsPath = [this](const QString &) { return saveAsPath; };
        return p;
    }
};

/// Another studio instance: opens the file, renames the first component and saves.
void saveFromAnotherInstance(const QString &path, const QString &name)
{
    Document other(Catalog::builtin());
    QVERIFY(other.load(path, nullptr));
    other.undoStack()->push(new RenameItem(&other, other.design().components().front().id, name));
    QString error;
    QCOMPARE(other.save(path, &error), Document::SaveResult::Saved);
}

QString firstName(const MainWindow &window) { return window.document()->design().components().front().name; }

} // namespace

class TestFileChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveOverAnotherInstancesChange_data();
    void saveOverAnotherInstancesChange();
    void answersImportWhileOpen();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestFileChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestFileChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(writeFile(m_path, contentsOf(QStringLiteral(":/examples/monolith-first.stackdraft.yaml"))));
}

void TestFileChanges::saveOverAnotherInstancesChange_data()
{
    QTest::addColumn<SaveConflictChoice>("choice");
    QTest::newRow("overwrite") << SaveConflictChoice::Overwrite;
    QTest::newRow("save as") << SaveConflictChoice::SaveAs;
    QTest::newRow("reload, discard mine") << SaveConflictChoice::Reload;
    QTest::newRow("cancel") << SaveConflictChoice::Cancel;
}

void TestFileChanges::saveOverAnotherInstancesChange()
{
    QFETCH(SaveConflictChoice, choice);
    MainWindow window(Catalog::builtin());
    ScriptedUser user;
    user.onSave = choice;
    user.saveAsPath = m_dir->filePath(QStringLiteral("mine.stackdraft.yaml"));
    window.setFilePrompts(user.prompts());
    window.diskWatcher()->setDelay(50);
    window.show();
    QVERIFY(window.openFile(m_path));
    window.document()->undoStack()->push(new RenameItem(window.document(), window.document()->design().components().front().id, QStringLiteral("Mine")));

    // Instance B saves the same file meanwhile. The studio notices and, as there are unsaved
    // changes here, asks; the user keeps theirs.
    saveFromAnotherInstance(m_path, QStringLiteral("Theirs"));
    const QByteArray theirs = contentsOf(m_path);
    QTRY_COMPARE(user.reloadQuestions, 1);
    QCOMPARE(firstName(window), QStringLiteral("Mine"));
    QVERIFY(window.isWindowModified());

    // Ctrl+S: never a silent overwrite, always the question first.
    window.action(QStringLiteral("save"))->trigger();
    QCOMPARE(user.saveConflicts, 1);
    switch (choice) {
    case SaveConflictChoice::Overwrite:
        QVERIFY(contentsOf(m_path).contains("name: Mine"));
        QVERIFY(!window.isWindowModified());
        break;
    case SaveConflictChoice::SaveAs:
        QCOMPARE(contentsOf(m_path), theirs);
        QVERIFY(contentsOf(user.saveAsPath).contains("name: Mine"));
        QCOMPARE(window.document()->fileName(), user.saveAsPath);
        QVERIFY(!window.isWindowModified());
        break;
    case SaveConflictChoice::Reload:
        QCOMPARE(contentsOf(m_path), theirs);
        QCOMPARE(firstName(window), QStringLiteral("Theirs"));
        QVERIFY(!window.isWindowModified());
        window.action(QStringLiteral("undo"))->trigger(); // and mine are not lost
        QCOMPARE(firstName(window), QStringLiteral("Mine"));
        QVERIFY(window.isWindowModified());
        break;
    case SaveConflictChoice::Cancel:
        QCOMPARE(contentsOf(m_path), theirs);
        QCOMPARE(firstName(window), QStringLiteral("Mine"));
        QVERIFY(window.isWindowModified());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Not saved")), qPrintable(window.statusBar()->currentMessage()));
        break;
    }
    QVERIFY(!QFileInfo::exists(user.saveAsPath) || choice == SaveConflictChoice::SaveAs);
}

void TestFileChanges::answersImportWhileOpen()
{
    const QString answers = m_dir->filePath(QStringLiteral("answers.yaml"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("questionnaire"), m_path, QStringLiteral("--format"),
                     QStringLiteral("answers"), QStringLiteral("-o"), answers}).code, 0);
    const QByteArray exported = contentsOf(answers);
    QVERIFY(exported.contains("    value: 8000\n"));
    auto writeAnswers = [&](int value) {
        QByteArray filled = exported;
        filled.replace("    value: 8000\n", "    value: " + QByteArray::number(value) + '\n');
        QVERIFY(writeFile(answers, filled));
    };
    auto answered = [](const MainWindow &w, int value) {
        for (const Answer &a : w.document()->design().answers())
            if (a.value.toInt() == value)
                return true;
        return false;
    };

    MainWindow window(Catalog::builtin());
    ScriptedUser user;
    window.setFilePrompts(user.prompts());
    window.diskWatcher()->setDelay(50);
    window.show();
    QVERIFY(window.openFile(m_path));

    // Nothing unsaved: the studio takes the CLI's version without a question, as one undo step.
    writeAnswers(8001);
    sd::test::Run r = runCli({QStringLiteral("answers"), QStringLiteral("import"), m_path, answers});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QTRY_VERIFY(answered(window, 8001));
    QCOMPARE(user.reloadQuestions, 0);
    QVERIFY(!window.isWindowModified());

    // Unsaved work here: the studio asks; reloading keeps the work one Undo away.
    window.document()->undoStack()->push(new RenameItem(window.document(), window.document()->design().components().front().id, QStringLiteral("Unsaved")));
    user.reloadOverUnsaved = true;
    writeAnswers(8002);
    r = runCli({QStringLiteral("answers"), QStringLiteral("import"), m_path, answers});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QTRY_COMPARE(user.reloadQuestions, 1);
    QVERIFY(answered(window, 8002));
    QVERIFY(firstName(window) != QStringLiteral("Unsaved"));
    QVERIFY(!window.isWindowModified());
    window.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(firstName(window), QStringLiteral("Unsaved"));
    QVERIFY(answered(window, 8001));
    // The user has seen the CLI's version and went back to theirs on purpose: saving writes it
    // without a question. A further change behind the studio's back would be asked about again.
    window.action(QStringLiteral("save"))->trigger();
    QCOMPARE(user.saveConflicts, 0);
    QVERIFY(contentsOf(m_path).contains("value: 8001"));
    QVERIFY(contentsOf(m_path).contains("name: Unsaved"));
    QVERIFY(!window.isWindowModified());
}

QTEST_MAIN(TestFileChanges)
#include "tst_filechanges.moc"
