// SPDX-License-Identifier: MIT
// Exported files are the same whatever language the studio speaks: two people exporting one
// design must get the same Terraform and Kubernetes files (a translated description would
// even make Terraform replace a security group). Messages to the user may be translated.
#include "catalog.h"
#include "designio.h"
#include "exporter.h"
#include "translations.h"

#include <QLocale>
#include <QTest>

using namespace sd;

class TestExportLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { installTranslations(QLocale(QLocale::English)); }
    void filesDoNotDependOnTheLanguage_data();
    void filesDoNotDependOnTheLanguage();
};

void TestExportLanguage::filesDoNotDependOnTheLanguage_data()
{
    QTest::addColumn<QString>("exporter");
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("language");
    for (const char *exporter : {"terraform", "kubernetes", "compose", "monitoring", "drills"})
        for (const char *example : {"e-commerce", "multi-cloud"})
            for (const char *language : {"de", "fr", "es"})
                QTest::addRow("%s %s %s", exporter, example, language)
                    << QString::fromLatin1(exporter) << QString::fromLatin1(example) << QString::fromLatin1(language);
}

void TestExportLanguage::filesDoNotDependOnTheLanguage()
{
    QFETCH(QString, exporter);
    QFETCH(QString, example);
    QFETCH(QString, language);
    const LoadResult loaded = loadDesign(QStringLiteral(":/examples/%1.stackdraft.yaml").arg(example), Catalog::builtin());
    QVERIFY(loaded.design);
    const Exporter *e = ExporterRegistry::builtin().find(exporter);
    QVERIFY(e);

    installTranslations(QLocale(QLocale::English));
    const QString englishDescription = e->description();
    const ExportResult english = e->generate(*loaded.design, Catalog::builtin(), {});
    installTranslations(QLocale(language));
    QVERIFY2(e->description() != englishDescription, "the translation is installed: what the user reads changes");
    const ExportResult translated = e->generate(*loaded.design, Catalog::builtin(), {});
    QVERIFY2(english.ok(), qPrintable(english.error));
    QCOMPARE(translated.files.size(), english.files.size());
    for (size_t i = 0; i < english.files.size(); ++i) {
        QCOMPARE(translated.files[i].path, english.files[i].path);
        QCOMPARE(translated.files[i].contents, english.files[i].contents);
    }
}

QTEST_MAIN(TestExportLanguage)
#include "tst_exportlanguage.moc"
