// SPDX-License-Identifier: MIT
// The catalog's texts in the user's language: palette, property editor and new components
// show them translated, while ids, keys and enum values stay as they are in design files.
#include "catalog.h"
#include "document.h"
#include "mainwindow.h"
#include "palettewidget.h"
#include "propertyeditor.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sd;

namespace {

const QString kDb = QStringLiteral("relational-database");

Design oneDatabase()
{
    Design d;
    d.name = QStringLiteral("Translation test");
    Component c;
    c.id = QStringLiteral("db");
    c.kind = kDb;
    c.name = QStringLiteral("Orders");
    if (!d.addComponent(c))
        qFatal("the test design is invalid");
    return d;
}

/// What the property editor shows for the database: kind, a label, a unit and the enum's values.
struct EditorTexts {
    QString kind;
    QString retentionLabel;
    QString retentionSuffix;
    QStringList engines;      ///< what the engine combo shows
    QStringList engineValues; ///< what it stores
    QString hosting;          ///< the hosting combo's current text
};

EditorTexts editorTexts()
{
    Document doc(Catalog::builtin());
    doc.reset(oneDatabase());
    PropertyEditor editor(&doc);
    editor.setSelection({QStringLiteral("db")});
    EditorTexts texts;
    if (auto *kind = editor.findChild<QLabel *>(QStringLiteral("kind")))
        texts.kind = kind->text();
    auto *retention = editor.findChild<QSpinBox *>(QStringLiteral("prop:backupRetentionDays"));
    if (retention)
        texts.retentionSuffix = retention->suffix();
    for (QLabel *label : editor.findChildren<QLabel *>())
        if (retention && label->buddy() == retention)
            texts.retentionLabel = label->text();
    if (auto *engine = editor.findChild<QComboBox *>(QStringLiteral("prop:engine")))
        for (int i = 0; i < engine->count(); ++i) {
            texts.engines.append(engine->itemText(i));
            texts.engineValues.append(engine->itemData(i).toString());
        }
    if (auto *hosting = editor.findChild<QComboBox *>(QStringLiteral("prop:hosting")))
        texts.hosting = hosting->currentText();
    return texts;
}

} // namespace

class TestCatalogTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void germanPalette();
    void paletteSearchesBothLanguages();
    void paletteWideEnoughForLongNames();
    void germanPropertyEditor();
    void longLabelsWrapInsteadOfWidening();
    void newComponentNamedInGermanWithEnglishId();
    void switchingBackShowsEnglish();

private:
    QTemporaryDir m_settingsDir;
};

void TestCatalogTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true);
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
}

void TestCatalogTranslation::cleanup() { installTranslations(QLocale(QLocale::English)); }

void TestCatalogTranslation::germanPalette()
{
    installTranslations(QLocale(QLocale::German));
    PaletteWidget palette(Catalog::builtin());
    QTreeWidgetItem *db = palette.kindItem(kDb);
    QVERIFY(db);
    QCOMPARE(db->text(0), QStringLiteral("Relationale Datenbank"));
    QCOMPARE(db->parent()->text(0), QStringLiteral("Daten"));
    QVERIFY2(db->toolTip(0).contains(QStringLiteral("PostgreSQL oder MySQL")), qPrintable(db->toolTip(0)));
    // The catalog itself stays English: files and exports use it.
    QCOMPARE(Catalog::builtin().kind(kDb)->displayName, QStringLiteral("Relational database"));
}

void TestCatalogTranslation::paletteSearchesBothLanguages()
{
    installTranslations(QLocale(QLocale::German));
    PaletteWidget palette(Catalog::builtin());
    QTreeWidgetItem *db = palette.kindItem(kDb);
    QVERIFY(db);
    for (const QString &needle : {QStringLiteral("relationale"), QStringLiteral("Relational database"), kDb}) {
        palette.setFilter(needle);
        QVERIFY2(!db->isHidden(), qPrintable(needle));
    }
    palette.setFilter(QStringLiteral("Warteschlange-gibt-es-nicht"));
    QVERIFY(db->isHidden());
}

void TestCatalogTranslation::paletteWideEnoughForLongNames()
{
    // French has the longest names ("Base de données relationnelle"); at its size hint the
    // palette shows them whole rather than elided.
    installTranslations(QLocale(QLocale::French));
    PaletteWidget palette(Catalog::builtin());
    palette.resize(palette.sizeHint().width(), 600);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QTreeWidgetItem *db = palette.kindItem(kDb);
    QVERIFY(db);
    QCOMPARE(db->text(0), QStringLiteral("Base de données relationnelle"));
    const auto *view = static_cast<const QAbstractItemView *>(palette.tree());
    QVERIFY2(palette.tree()->viewport()->width() >= view->sizeHintForColumn(0),
             qPrintable(QStringLiteral("%1 < %2").arg(palette.tree()->viewport()->width()).arg(view->sizeHintForColumn(0))));
}

void TestCatalogTranslation::germanPropertyEditor()
{
    installTranslations(QLocale(QLocale::German));
    const EditorTexts texts = editorTexts();
    QCOMPARE(texts.kind, QStringLiteral("Relationale Datenbank"));
    QCOMPARE(texts.retentionLabel, QStringLiteral("Backup-Aufbewahrung:"));
    QCOMPARE(texts.retentionSuffix, QStringLiteral(" Tage"));
    // Enum values are what design files store: never translated; their names are.
    QCOMPARE(texts.engineValues, QStringList({QStringLiteral("postgresql"), QStringLiteral("mysql")}));
    QCOMPARE(texts.engines, QStringList({QStringLiteral("PostgreSQL"), QStringLiteral("MySQL")}));
    QCOMPARE(texts.hosting, QStringLiteral("Verwaltet"));
}

void TestCatalogTranslation::longLabelsWrapInsteadOfWidening()
{
    // "Verschlüsselung ruhender Daten:" on one line pushed the fields and their reset buttons
    // out of a dock of the usual width, behind a horizontal scroll bar.
    installTranslations(QLocale(QLocale::German));
    Document doc(Catalog::builtin());
    doc.reset(oneDatabase());
    PropertyEditor editor(&doc);
    editor.resize(300, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setSelection({QStringLiteral("db")});
    QCoreApplication::processEvents();
    auto *scroll = editor.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    bool wrapped = false;
    for (QLabel *label : editor.findChildren<QLabel *>())
        wrapped = wrapped || label->text() == QStringLiteral("Verschlüsselung\nruhender Daten:");
    QVERIFY(wrapped);
}

void TestCatalogTranslation::newComponentNamedInGermanWithEnglishId()
{
    installTranslations(QLocale(QLocale::German));
    MainWindow window(Catalog::builtin());
    const QString first = window.addKind(kDb, QPointF(0, 0));
    const QString second = window.addKind(kDb, QPointF(300, 0));
    const Design &design = window.document()->design();
    QVERIFY(design.component(first) && design.component(second));
    QCOMPARE(design.component(first)->name, QStringLiteral("Relationale Datenbank"));
    QCOMPARE(design.component(second)->name, QStringLiteral("Relationale Datenbank 2"));
    // Ids do not depend on the language of whoever drew the design.
    QCOMPARE(first, QStringLiteral("relational-database"));
    QCOMPARE(second, QStringLiteral("relational-database-2"));
    QCOMPARE(design.component(first)->kind, kDb);
    window.document()->undoStack()->setClean(); // close without the unsaved-changes question
}

void TestCatalogTranslation::switchingBackShowsEnglish()
{
    installTranslations(QLocale(QLocale::German));
    QCOMPARE(editorTexts().retentionLabel, QStringLiteral("Backup-Aufbewahrung:"));

    installTranslations(QLocale(QLocale::English));
    PaletteWidget palette(Catalog::builtin());
    QTreeWidgetItem *db = palette.kindItem(kDb);
    QVERIFY(db);
    QCOMPARE(db->text(0), QStringLiteral("Relational database"));
    QCOMPARE(db->parent()->text(0), QStringLiteral("Data"));
    const EditorTexts texts = editorTexts();
    QCOMPARE(texts.kind, QStringLiteral("Relational database"));
    QCOMPARE(texts.retentionLabel, QStringLiteral("Backup retention:"));
    QCOMPARE(texts.retentionSuffix, QStringLiteral(" days"));
}

QTEST_MAIN(TestCatalogTranslation)
#include "tst_catalogtranslation.moc"
