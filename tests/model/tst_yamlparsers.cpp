// SPDX-License-Identifier: MIT
// Design files are parsed with libfyaml since issue 15; yaml-cpp's event API read them before.
// The two must give the same source tree (types, texts, quoting, every node's line and column)
// for every YAML file the project ships and for a generated design, so the loaded designs and
// the places reports point at are the same. Broken files must fail in both, on the same line.
#include "catalog.h"
#include "designio.h"
#include "generator.h"
#include "sourcetree.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace sd;

namespace {

QString describe(const SourceNode &node)
{
    return QStringLiteral("%1:%2").arg(node.mark.line).arg(node.mark.column);
}

/// The first difference between two trees, empty when they are the same.
QString difference(const SourceNode &a, const SourceNode &b, const QString &path)
{
    if (a.type != b.type)
        return QStringLiteral("%1: type %2 vs %3 (at %4)").arg(path).arg(int(a.type)).arg(int(b.type)).arg(describe(a));
    if (a.mark.line != b.mark.line || a.mark.column != b.mark.column)
        return QStringLiteral("%1: place %2 vs %3").arg(path, describe(a), describe(b));
    if (a.text != b.text)
        return QStringLiteral("%1: text '%2' vs '%3'").arg(path, QString::fromStdString(a.text), QString::fromStdString(b.text));
    if (a.quoted != b.quoted)
        return QStringLiteral("%1: quoted %2 vs %3").arg(path).arg(a.quoted).arg(b.quoted);
    if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
        return QStringLiteral("%1: %2/%3 children vs %4/%5").arg(path).arg(a.items.size()).arg(a.entries.size())
            .arg(b.items.size()).arg(b.entries.size());
    for (size_t i = 0; i < a.items.size(); ++i)
        if (QString d = difference(a.items[i], b.items[i], path + QStringLiteral("[%1]").arg(i)); !d.isEmpty())
            return d;
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const QString key = path + QLatin1Char('.') + QString::fromStdString(a.entries[i].first);
        if (a.entries[i].first != b.entries[i].first)
            return QStringLiteral("%1: key vs '%2'").arg(key, QString::fromStdString(b.entries[i].first));
        if (QString d = difference(a.entries[i].second, b.entries[i].second, key); !d.isEmpty())
            return d;
    }
    return {};
}

/// Every YAML file under `folder` of the source tree.
QStringList yamlFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(QStringLiteral(SOURCE_DIR "/") + folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestYamlParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameTreeAsYamlCpp_data();
    void sameTreeAsYamlCpp();
    void sameDesignAndPlacesForGeneratedDesign();
    void brokenFilesFailOnTheSameLine_data();
    void brokenFilesFailOnTheSameLine();
    void unclosedQuotesAreRefused();
};

void TestYamlParsers::sameTreeAsYamlCpp_data()
{
    QTest::addColumn<QString>("path");
    // Examples and catalog (what parseYaml reads in the program), and every YAML fixture of the
    // tests: multi-document manifests, compose files and golden output make both refuse alike.
    for (const QString &folder : {QStringLiteral("resources"), QStringLiteral("tests"), QStringLiteral("docs")})
        for (const QString &file : yamlFiles(folder))
            QTest::newRow(qPrintable(file.mid(int(qstrlen(SOURCE_DIR)) + 1))) << file;
}

void TestYamlParsers::sameTreeAsYamlCpp()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::string text = file.readAll().toStdString();
    SourceNode fy, cpp;
    ParseError fyError, cppError;
    const bool fyOk = parseYaml(text, fy, fyError);
    const bool cppOk = parseYamlWithYamlCpp(text, cpp, cppError);
    QVERIFY2(fyOk == cppOk, qPrintable(QStringLiteral("libfyaml %1 (%2:%3 %4), yaml-cpp %5 (%6:%7 %8)")
                                           .arg(fyOk).arg(fyError.mark.line).arg(fyError.mark.column).arg(fyError.message)
                                           .arg(cppOk).arg(cppError.mark.line).arg(cppError.mark.column).arg(cppError.message)));
    if (!fyOk) {
        QCOMPARE(fyError.mark.line, cppError.mark.line);
        return;
    }
    const QString d = difference(fy, cpp, QStringLiteral("root"));
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestYamlParsers::sameDesignAndPlacesForGeneratedDesign()
{
    const Catalog &catalog = Catalog::builtin();
    const Design generated = generateDesign({2000, 7}, catalog);
    const QByteArray bytes = writeDesign(generated, DesignFormat::Yaml);
    const std::string text = bytes.toStdString();
    SourceNode fy, cpp;
    ParseError error;
    QVERIFY(parseYaml(text, fy, error));
    QVERIFY(parseYamlWithYamlCpp(text, cpp, error));
    const QString d = difference(fy, cpp, QStringLiteral("root"));
    QVERIFY2(d.isEmpty(), qPrintable(d));
    // The design read from that tree, and the places of its items, are the yaml-cpp tree's.
    const LoadResult loaded = readDesign(text, DesignFormat::Yaml, QStringLiteral("generated.yaml"), catalog);
    QVERIFY(loaded.ok());
    QCOMPARE(writeDesign(*loaded.design, DesignFormat::Yaml), bytes);
    int marks = 0;
    for (const char *list : {"zones", "components"})
        for (const SourceNode &item : cpp.find(list)->items) {
            const QString id = QString::fromStdString(item.find("id")->text);
            QVERIFY(loaded.sourceMarks.contains(id));
            QCOMPARE(loaded.sourceMarks.value(id).line, item.mark.line);
            QCOMPARE(loaded.sourceMarks.value(id).column, item.mark.column);
            ++marks;
        }
    QCOMPARE(marks, int(generated.zones().size() + generated.components().size()));
}

void TestYamlParsers::brokenFilesFailOnTheSameLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unclosed flow list") << QByteArray("a:\n  - id: a\n    position: [1, 2\n");
    QTest::newRow("unclosed flow map") << QByteArray("a: {b: 1\nc: 2\n");
    QTest::newRow("bad indentation") << QByteArray("formatVersion: 2\nname: T\n  components: x\n");
    QTest::newRow("bad escape") << QByteArray("a: b\nc: \"\\q\"\n");
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n");
    QTest::newRow("nested map on one line") << QByteArray("x: 1\na: b: c\n");
    QTest::newRow("scalar after a list") << QByteArray("- a\nb: c\n");
    QTest::newRow("reserved indicator") << QByteArray("a: 1\nkey: @x\n");
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n");
    QTest::newRow("alias") << QByteArray("a: &x 1\nb: *x\n");
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n");
    QTest::newRow("nesting bomb") << QByteArray("a: ") + QByteArray(200, '[') + QByteArray(200, ']') + "\n";
}

void TestYamlParsers::brokenFilesFailOnTheSameLine()
{
    QFETCH(QByteArray, text);
    SourceNode fy, cpp;
    ParseError fyError, cppError;
    QVERIFY(!parseYaml(text.toStdString(), fy, fyError));
    QVERIFY(!parseYamlWithYamlCpp(text.toStdString(), cpp, cppError));
    qInfo("libfyaml %d:%d %s | yaml-cpp %d:%d %s", fyError.mark.line, fyError.mark.column, qPrintable(fyError.message),
          cppError.mark.line, cppError.mark.column, qPrintable(cppError.message));
    QVERIFY(!fyError.message.isEmpty());
    QVERIFY(fyError.mark.column > 0);
    QCOMPARE(fyError.mark.line, cppError.mark.line);
}

/// yaml-cpp read a quote left open to the end of the file as text running to the end; libfyaml
/// refuses it, at the quote.
void TestYamlParsers::unclosedQuotesAreRefused()
{
    for (const char *text : {"a: 'x\nb: c\n", "a: \"x\nb: c\n"}) {
        SourceNode root;
        ParseError error;
        QVERIFY(!parseYaml(text, root, error));
        qInfo("%d:%d %s", error.mark.line, error.mark.column, qPrintable(error.message));
        QCOMPARE(error.mark.line, 1);
        QCOMPARE(error.mark.column, 4);
        QVERIFY2(error.message.contains(QLatin1String("quote")), qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(TestYamlParsers)
#include "tst_yamlparsers.moc"
