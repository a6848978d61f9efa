// SPDX-License-Identifier: MIT
// Design > Resolve Merge Conflicts…: a file `stackdraft-cli merge` left with conflicts opens, the menu
// says how many, and each choice in the dialog is one undo step that the user can take back.
#include "catalog.h"
#include "conflictsdialog.h"
#include "designio.h"
#include "document.h"
#include "mainwindow.h"
#include "merge.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sd;

class TestConflictsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesEachConflictAsOneUndoStep();
};

void TestConflictsDialog::resolvesEachConflictAsOneUndoStep()
{
    const LoadResult loaded = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), Catalog::builtin());
    QVERIFY(loaded.ok());
    const Design base = *loaded.design;
    Design ours = base, theirs = base;
    ours.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
    theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(5);
    ours.mutableComponent(QStringLiteral("email"))->name = QStringLiteral("Mailer");
    theirs.mutableComponent(QStringLiteral("email"))->name = QStringLiteral("Post office");
    const MergeResult merged = DesignMerge::merge(base, ours, theirs);
    QCOMPARE(merged.merged.conflicts.size(), size_t(2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("merged.stackdraft.yaml"));
    QString error;
    QVERIFY2(saveDesign(merged.merged, path, DesignFormat::Yaml, &error), qPrintable(error));

    MainWindow::setNonInteractive(true);
    MainWindow window(Catalog::builtin());
    QVERIFY(window.openFile(path));
    QAction *action = window.findChild<QAction *>(QStringLiteral("resolveConflicts"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY2(action->text().contains(QLatin1String("(2)")), qPrintable(action->text()));
    Document *doc = window.document();
    const int steps = doc->undoStack()->count();

    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConflictsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("conflictList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        int replicas = -1;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1) == QLatin1String("properties.replicas"))
                replicas = i;
        QVERIFY(replicas >= 0);
        QCOMPARE(list->topLevelItem(replicas)->text(2), QStringLiteral("3")); // merged: ours
        QCOMPARE(list->topLevelItem(replicas)->text(3), QStringLiteral("5"));
        list->setCurrentItem(list->topLevelItem(replicas));
        dialog->findChild<QPushButton *>(QStringLiteral("useOther"))->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        dialog->findChild<QPushButton *>(QStringLiteral("keepMerged"))->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("conflictMessage"))->text().isEmpty());
        dialog->reject();
    });
    action->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    QCOMPARE(doc->design().component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")), QVariant(qint64(5)));
    QCOMPARE(doc->design().component(QStringLiteral("email"))->name, QStringLiteral("Mailer"));
    QVERIFY(doc->design().conflicts.empty());
    QVERIFY(!action->isEnabled());
    doc->undoStack()->undo(); // the kept name: its conflict is listed again
    QCOMPARE(doc->design().conflicts.size(), size_t(1));
    QVERIFY(action->isEnabled());
    doc->undoStack()->undo();
    QCOMPARE(doc->design().conflicts.size(), size_t(2));
    QCOMPARE(doc->design().component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")), QVariant(qint64(3)));
}

QTEST_MAIN(TestConflictsDialog)
#include "tst_conflictsdialog.moc"
