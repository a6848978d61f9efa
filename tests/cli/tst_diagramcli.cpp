// SPDX-License-Identifier: MIT
// stackdraft-cli export diagram (issue 16): the pictures keep their text, checked with
// independent tools (pdftotext for the PDF, the SVG read as XML, the PNG decoded by QImage).
#include "catalog.h"
#include "designio.h"
#include "layoutcheck.h"
#include "process.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using sd::test::Run;
using sd::test::runCli;
using sd::test::runProcess;

namespace {
QStringList examples()
{
    QStringList paths;
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        paths << dir.filePath(f);
    return paths;
}

/// Whitespace folded, ligatures ("ﬁ") split: how a reader searches a PDF.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}
} // namespace

class TestDiagramCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfKeepsEveryName_data();
    void pdfKeepsEveryName();
    void svgNamesARealFontAndHasNoGrid_data() { pdfKeepsEveryName_data(); }
    void svgNamesARealFontAndHasNoGrid();
    void pngScaleAndTransparency();
    void selectionOnly();
    void usageErrors();
    void styleOptionDrawsEveryConnectionThatWay();
    void layoutKeepsContainment_data() { pdfKeepsEveryName_data(); }
    void layoutKeepsContainment();
    void notesAreRealTextInPdfAndSvg();
};

void TestDiagramCli::notesAreRealTextInPdfAndSvg()
{
    // A note's words are text in the PDF (pdftotext finds them, wrapped over several lines) and in
    // the SVG, not paths or an image.
    const QString words = QStringLiteral("Ask the DBA about nightly backups before the launch in March");
    const QByteArray design = "formatVersion: 2\nname: Notes\ncomponents:\n  - id: api\n    kind: microservice\n    name: Orders API\n"
                              "    position: [0, 0]\nnotes:\n  - id: n1\n    text: " + words.toUtf8() + "\n    position: [260, 0]\n"
                              "    colour: pink\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.stackdraft.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(design);
    }
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("-o"), svg}).code, 0);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    QVERIFY2(folded(texts.join(QLatin1Char(' '))).contains(words), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.size() >= 3, "the note's text wraps to its width");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh installs it");
    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    const Run r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--format"),
                          QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.code, 0);
    QVERIFY2(folded(text.out).contains(words), qPrintable(text.out));
    QVERIFY(folded(text.out).contains(QStringLiteral("Orders API")));
}

void TestDiagramCli::layoutKeepsContainment()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("laid.stackdraft.yaml"));
    const Run r = runCli({QStringLiteral("layout"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto before = sd::loadDesign(path, sd::Catalog::builtin());
    const auto laid = sd::loadDesign(out, sd::Catalog::builtin());
    QVERIFY(laid.design);
    QCOMPARE(laid.design->components().size(), before.design->components().size());
    const QStringList problems = sd::test::layoutProblems(*laid.design, sd::Catalog::builtin());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // --new-only on a laid-out design moves nothing.
    const QString again = dir.filePath(QStringLiteral("again.stackdraft.yaml"));
    QCOMPARE(runCli({QStringLiteral("layout"), out, QStringLiteral("--new-only"), QStringLiteral("-o"), again}).code, 0);
    QFile a(out), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestDiagramCli::pdfKeepsEveryName_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : examples())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestDiagramCli::pdfKeepsEveryName()
{
    QFETCH(QString, path);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    const Run r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--format"),
                          QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.code, 0);
    const QString found = folded(text.out);
    const auto loaded = sd::loadDesign(path, sd::Catalog::builtin());
    QVERIFY(loaded.design);
    QVERIFY(!loaded.design->components().empty());
    for (const sd::Component &c : loaded.design->components())
        QVERIFY2(found.contains(folded(c.name)), qPrintable(QStringLiteral("'%1' is not in the PDF text").arg(c.name)));
    for (const sd::Zone &z : loaded.design->zones())
        QVERIFY2(found.contains(folded(z.name)), qPrintable(QStringLiteral("zone '%1' is not in the PDF text").arg(z.name)));
    // Connection labels carry text too (protocol:port), not empty boxes.
    for (const sd::Connection &c : loaded.design->connections()) {
        if (c.label.isEmpty() && c.port > 0) {
            const QString label = c.protocol.isEmpty() ? QString::number(c.port) : QStringLiteral("%1:%2").arg(c.protocol).arg(c.port);
            QVERIFY2(found.contains(label), qPrintable(label));
        }
    }
}

void TestDiagramCli::svgNamesARealFontAndHasNoGrid()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    const QString grid = dir.filePath(QStringLiteral("grid.svg"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("-o"), svg}).code, 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--grid"), QStringLiteral("-o"), grid}).code, 0);
    auto readSvg = [](const QString &file, QStringList *families, QStringList *texts) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        QXmlStreamReader xml(&f);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                ++elements;
                const QString family = xml.attributes().value(QStringLiteral("font-family")).toString();
                if (!family.isEmpty() && families && !families->contains(family))
                    families->append(family);
                if (xml.name() == QLatin1String("text") && texts)
                    texts->append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        }
        return xml.hasError() ? -1 : elements;
    };
    QStringList families, texts;
    const int plain = readSvg(svg, &families, &texts);
    const int withGrid = readSvg(grid, nullptr, nullptr);
    QVERIFY(plain > 0);
    QVERIFY2(withGrid > plain, "the grid option adds the grid; without it there is none");
    QVERIFY(!families.isEmpty());
    for (const QString &family : std::as_const(families)) {
        QVERIFY2(family.endsWith(QLatin1String(", sans-serif")), qPrintable(family));
        QVERIFY2(!family.startsWith(QLatin1String("'Sans Serif'")), qPrintable(family)); // a real family, not Qt's alias
    }
    const QString all = folded(texts.join(QLatin1Char(' ')));
    const auto loaded = sd::loadDesign(path, sd::Catalog::builtin());
    for (const sd::Component &c : loaded.design->components())
        for (const QString &word : c.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(all.contains(folded(word)), qPrintable(word));
}

void TestDiagramCli::pngScaleAndTransparency()
{
    QTemporaryDir dir;
    const QString path = QStringLiteral(SOURCE_DIR "/resources/examples/monolith-first.stackdraft.yaml");
    const QString one = dir.filePath(QStringLiteral("1.png")), two = dir.filePath(QStringLiteral("2.png"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--format"), QStringLiteral("png"),
                     QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), one}).code, 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--format"), QStringLiteral("png"),
                     QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--transparent"), QStringLiteral("-o"), two}).code, 0);
    const QImage a(one), b(two);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    QCOMPARE(qAlpha(a.pixel(1, 1)), 255); // the margin is background...
    QCOMPARE(qAlpha(b.pixel(1, 1)), 0);   // ...unless transparent
    // Something is drawn: more than one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < a.height(); y += 7)
        for (int x = 0; x < a.width(); x += 7)
            colours.insert(a.pixel(x, y));
    QVERIFY(colours.size() > 10);
}

void TestDiagramCli::selectionOnly()
{
    QTemporaryDir dir;
    const QString path = QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml");
    const auto loaded = sd::loadDesign(path, sd::Catalog::builtin());
    QVERIFY(loaded.design);
    const sd::Component &first = loaded.design->components().front();
    const QString all = dir.filePath(QStringLiteral("all.svg")), one = dir.filePath(QStringLiteral("one.svg"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("-o"), all}).code, 0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--only"), first.id,
                     QStringLiteral("-o"), one}).code, 0);
    QFile a(all), b(one);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QString small = QString::fromUtf8(b.readAll());
    QVERIFY(small.contains(first.name.split(QLatin1Char(' ')).first()));
    QVERIFY(small.size() * 5 < a.size());
}

void TestDiagramCli::usageErrors()
{
    const QString path = QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml");
    QTemporaryDir dir;
    Run r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--format"), QStringLiteral("gif"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("gif")));
    r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path});
    QCOMPARE(r.code, 2);
    r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--scale"), QStringLiteral("0"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(r.code, 2);
    r = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--only"), QStringLiteral("no-such-id"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("no-such-id")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

/// `--style` reaches the command (QGuiApplication once swallowed it as its own -style option): each style draws
/// the connections differently, and an unknown one is refused naming the choices.
void TestDiagramCli::styleOptionDrawsEveryConnectionThatWay()
{
    const QString path = QStringLiteral(SOURCE_DIR "/resources/examples/monolith-first.stackdraft.yaml");
    QTemporaryDir dir;
    QMap<QString, QByteArray> drawn;
    for (const char *style : {"orthogonal", "straight", "curved"}) {
        const QString out = dir.filePath(QLatin1String(style) + QStringLiteral(".svg"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--style"), QLatin1String(style),
                         QStringLiteral("-o"), out}).code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        drawn.insert(QLatin1String(style), f.readAll());
    }
    QVERIFY(drawn.value(QStringLiteral("orthogonal")) != drawn.value(QStringLiteral("straight")));
    QVERIFY(drawn.value(QStringLiteral("straight")) != drawn.value(QStringLiteral("curved")));
    QVERIFY(drawn.value(QStringLiteral("orthogonal")) != drawn.value(QStringLiteral("curved")));
    const Run bad = runCli({QStringLiteral("export"), QStringLiteral("diagram"), path, QStringLiteral("--style"), QStringLiteral("zigzag"),
                            QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg"))});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--style must be one of orthogonal, straight, curved, not 'zigzag'")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.svg"))));
}

QTEST_GUILESS_MAIN(TestDiagramCli)
#include "tst_diagramcli.moc"
