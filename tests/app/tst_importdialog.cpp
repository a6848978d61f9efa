// SPDX-License-Identifier: MIT
// File > Import…: the dialog shows the report (or the errors) and only then opens the result as a
// new design, laid out, in the window.
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "importdialog.h"
#include "importer.h"
#include "mainwindow.h"

#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QTest>

using namespace sd;

namespace {
const QString kBoutique = QStringLiteral(SOURCE_DIR "/tests/importers/data/online-boutique");
const QString kSockShop = QStringLiteral(SOURCE_DIR "/tests/importers/data/sock-shop/docker-compose.yml");

QStringList topLevel(const QTreeWidget *tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportBeforeOpening();
    void errorsInsteadOfADesign();
    void menuOpensTheImportAsANewDesign();
    void terraformThroughTheSameDialog();
    void mergeIntoTheOpenDesignByNameAsOneUndoStep();
};

void TestImportDialog::reportBeforeOpening()
{
    ImportDialog dialog(*findImporter(QStringLiteral("compose")), Catalog::builtin());
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openImported"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!open->isEnabled());
    QVERIFY(!import->isEnabled()); // nothing to read yet
    dialog.setPaths({kSockShop});
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(open->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().startsWith(QLatin1String("14 components and 15 connections")));
    const auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("importReport"));
    QCOMPARE(topLevel(report).value(0), QStringLiteral("Hosts nothing defines, not connected (1)"));
    QVERIFY(report->topLevelItem(0)->isExpanded());
    QVERIFY(report->topLevelItem(0)->child(0)->text(0).contains(QLatin1String("zipkin")));
    QCOMPARE(report->topLevelItem(0)->child(0)->text(1), QStringLiteral("docker-compose.yml:18"));
    QCOMPARE(report->topLevelItem(0)->child(0)->toolTip(1), kSockShop + QStringLiteral(":18"));
    QVERIFY(!report->topLevelItem(3)->isExpanded()); // mapped: there to look up
}

void TestImportDialog::errorsInsteadOfADesign()
{
    ImportDialog dialog(*findImporter(QStringLiteral("kubernetes")), Catalog::builtin());
    dialog.setPaths({kSockShop}); // a compose file given to the Kubernetes importer
    QVERIFY(!dialog.runImport());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openImported"))->isEnabled());
    const auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("importReport"));
    QCOMPARE(topLevel(report), QStringList{QStringLiteral("Errors (1)")});
    QVERIFY(report->topLevelItem(0)->child(0)->text(0).contains(QLatin1String("looks like a compose file")));
    QCOMPARE(report->topLevelItem(0)->child(0)->text(1), QStringLiteral("docker-compose.yml:6"));
}

void TestImportDialog::menuOpensTheImportAsANewDesign()
{
    MainWindow::setNonInteractive(true);
    MainWindow window(Catalog::builtin());
    QAction *action = window.findChild<QAction *>(QStringLiteral("import:kubernetes"));
    QVERIFY(action);
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        dialog->setPaths({kBoutique});
        QVERIFY(dialog->runImport());
        dialog->accept();
    });
    action->trigger();
    QVERIFY(sawDialog);
    const Design &design = window.document()->design();
    QCOMPARE(design.components().size(), size_t(13));
    QVERIFY(design.component(QStringLiteral("frontend-external-load-balancer")));
    // Laid out: no two cards share a place.
    QSet<QPair<qreal, qreal>> places;
    for (const Component &c : design.components())
        places.insert({c.position.x(), c.position.y()});
    QCOMPARE(places.size(), qsizetype(design.components().size()));
    QVERIFY(window.document()->fileName().isEmpty()); // a new design, saved where the user says
}

void TestImportDialog::terraformThroughTheSameDialog()
{
    // File > Import > Terraform… is the same dialog on the same importer as the CLI's `import terraform`.
    MainWindow::setNonInteractive(true);
    MainWindow window(Catalog::builtin());
    QAction *action = window.findChild<QAction *>(QStringLiteral("import:terraform"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Terraform…"));
    ImportDialog dialog(*findImporter(QStringLiteral("terraform")), Catalog::builtin());
    dialog.setPaths({QStringLiteral(SOURCE_DIR "/tests/importers/data/terraform-three-tier")});
    QVERIFY(dialog.runImport());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().startsWith(QLatin1String("3 components and 2 connections")));
    const auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("importReport"));
    QCOMPARE(topLevel(report).value(0), QStringLiteral("Hosts nothing defines, not connected (1)"));
    QVERIFY(report->topLevelItem(0)->child(0)->text(0).contains(QLatin1String("not a local folder")));
    QCOMPARE(report->topLevelItem(0)->child(0)->text(1), QStringLiteral("main.tf:10"));
}

void TestImportDialog::mergeIntoTheOpenDesignByNameAsOneUndoStep()
{
    MainWindow::setNonInteractive(true);
    MainWindow window(Catalog::builtin());
    QAction *action = window.findChild<QAction *>(QStringLiteral("import:compose"));
    QVERIFY(action);
    auto importWith = [&](const char *button) {
        QTimer::singleShot(0, this, [&, button] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setPaths({kSockShop});
            QVERIFY(dialog->runImport());
            auto *b = dialog->findChild<QPushButton *>(QLatin1String(button));
            QVERIFY(b && b->isEnabled());
            b->click();
        });
        action->trigger();
    };
    importWith("openImported");
    Document *doc = window.document();
    const size_t components = doc->design().components().size();
    QVERIFY(components >= 14);
    // The user moves one card, renames none, and drops a service; then imports the same system into it.
    Design edited = doc->design();
    const Component first = edited.components().front();
    edited.mutableComponent(first.id)->position = QPointF(4000, 4000);
    const QString dropped = edited.components().back().id;
    const QString droppedName = edited.components().back().name;
    edited.removeComponent(dropped);
    doc->undoStack()->push(new ReplaceDesign(doc, edited, QStringLiteral("edit")));
    const int steps = doc->undoStack()->count();
    const Design before = doc->design();

    importWith("mergeImported");
    const Design &merged = doc->design();
    QCOMPARE(doc->undoStack()->count(), steps + 1); // one step
    QCOMPARE(merged.components().size(), components); // the dropped one came back, nothing doubled
    QCOMPARE(merged.component(first.id)->position, QPointF(4000, 4000)); // matched by name: kept where the user put it
    int named = 0;
    for (const Component &c : merged.components())
        named += c.name == droppedName ? 1 : 0;
    QCOMPARE(named, 1);
    // The one added is placed inside its zone, not on another card.
    const Component *back = nullptr;
    for (const Component &c : merged.components())
        if (c.name == droppedName)
            back = &c;
    QVERIFY(back);
    QVERIFY(back->position != QPointF(0, 0)); // placed by the new-only layout, not left at its zone's corner
    for (const Component &c : merged.components())
        if (&c != back && c.zone == back->zone)
            QVERIFY2(c.position != back->position, qPrintable(c.id));
    // Connections of the dropped service are back too, and none is doubled.
    QSet<QPair<QString, QString>> ends;
    for (const Connection &c : merged.connections()) {
        QVERIFY2(!ends.contains({c.from, c.to}), qPrintable(c.id));
        ends.insert({c.from, c.to});
    }
    QVERIFY(merged.connections().size() >= before.connections().size());
    doc->undoStack()->undo();
    QVERIFY(doc->design() == before);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
