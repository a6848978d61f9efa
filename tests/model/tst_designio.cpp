// SPDX-License-Identifier: MIT
// Loading and saving design files: round trips, every error with its place, migration, atomic save.
#include "catalog.h"
#include "designio.h"
#include "generator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/resource.h>

using namespace sd;

namespace {

QStringList exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

LoadResult readYaml(const QByteArray &text)
{
    return readDesign(text.toStdString(), DesignFormat::Yaml, QStringLiteral("test.yaml"), Catalog::builtin());
}

QString allMessages(const LoadResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

const char *const kHeader = "formatVersion: 2\nname: Test\n";

} // namespace

class TestDesignIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesFifosAndTrailingNewlineIds();
    void truncatedFilesNeverLoadSilently_data();
    void truncatedFilesNeverLoadSilently();
    void valueBombIsRefusedEarly();
    void saveOverWhatWasReadOnly();
    void shapedValues_data();
    void shapedValues();
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void savedExamplesAreCanonical_data();
    void savedExamplesAreCanonical();
    void errors_data();
    void errors();
    void errorsInJson_data();
    void errorsInJson();
    void collectsSeveralErrors();
    void hostileStrings();
    void waypointsAndStyleRoundTrip();
    void zOrderRoundTrips();
    void notesRoundTrip();
    void noteErrors_data();
    void noteErrors();
    void migratesVersion1();
    void refusesNewerVersion();
    void refusesHugeFile();
    void missingFile();
    void atomicSaveKeepsOldFileOnFailure();
    void generatedDesignRoundTrips();
};

void TestDesignIo::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = exampleFiles();
    QVERIFY2(files.size() >= 5, "the five bundled examples are missing");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestDesignIo::examplesRoundTrip()
{
    QFETCH(QString, path);
    const LoadResult first = loadDesign(path, Catalog::builtin());
    QVERIFY2(first.ok(), qPrintable(allMessages(first)));
    QVERIFY(!first.design->components().empty());

    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray saved = writeDesign(*first.design, format);
        const LoadResult second = readDesign(saved.toStdString(), format, QStringLiteral("saved"), Catalog::builtin());
        QVERIFY2(second.ok(), qPrintable(allMessages(second) + QStringLiteral("\n") + QString::fromUtf8(saved)));
        QVERIFY(*second.design == *first.design);
        // Saving twice gives the same bytes.
        QCOMPARE(writeDesign(*second.design, format), saved);
    }
    // YAML -> JSON -> YAML gives the YAML back.
    const QByteArray json = writeDesign(*first.design, DesignFormat::Json);
    const LoadResult fromJson = readDesign(json.toStdString(), DesignFormat::Json, QStringLiteral("j"), Catalog::builtin());
    QVERIFY(fromJson.ok());
    QCOMPARE(writeDesign(*fromJson.design, DesignFormat::Yaml), writeDesign(*first.design, DesignFormat::Yaml));
}

void TestDesignIo::savedExamplesAreCanonical_data() { examplesRoundTrip_data(); }

void TestDesignIo::savedExamplesAreCanonical()
{
    // The bundled examples are kept in the saved form, so opening and saving one changes nothing.
    QFETCH(QString, path);
    const LoadResult r = loadDesign(path, Catalog::builtin());
    QVERIFY2(r.ok(), qPrintable(allMessages(r)));
    const QByteArray original = readAll(path);
    const QByteArray saved = writeDesign(*r.design, DesignFormat::Yaml);
    QCOMPARE(QString::fromUtf8(saved), QString::fromUtf8(original));
}

void TestDesignIo::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray h = kHeader;
    QTest::newRow("syntax: unclosed flow list")
        << QByteArray("formatVersion: 2\nname: T\ncomponents:\n  - id: a\n    position: [1, 2\n") << 6 << "without a closing bracket";
    QTest::newRow("syntax: bad indentation")
        << QByteArray("formatVersion: 2\nname: T\n  components: x\n") << 3 << "";
    QTest::newRow("empty file") << QByteArray("") << 0 << "empty";
    QTest::newRow("top level is a list") << QByteArray("- a\n- b\n") << 1 << "mapping";
    QTest::newRow("no version") << QByteArray("name: T\n") << 1 << "formatVersion";
    QTest::newRow("version not a number") << QByteArray("formatVersion: two\nname: T\n") << 1 << "whole number";
    QTest::newRow("missing name") << QByteArray("formatVersion: 2\n") << 1 << "has no 'name'";
    QTest::newRow("unknown top-level key")
        << h + "componnets: []\n" << 3 << "unknown key 'componnets' in the design (did you mean 'components'?)";
    QTest::newRow("components not a list") << h + "components: 3\n" << 3 << "'components' must be a list";
    QTest::newRow("unknown kind")
        << h + "components:\n  - id: a\n    kind: microservise\n    name: A\n    position: [0, 0]\n"
        << 5 << "unknown kind 'microservise' in component 'a' (did you mean 'microservice'?)";
    QTest::newRow("zone kind as component")
        << h + "components:\n  - id: a\n    kind: region\n    name: A\n    position: [0, 0]\n" << 5 << "is a zone kind";
    QTest::newRow("unknown property")
        << h + "components:\n  - id: a\n    kind: microservice\n    name: A\n    position: [0, 0]\n    properties:\n      replicaz: 2\n"
        << 9 << "unknown property 'replicaz' for kind 'microservice' in component 'a' (did you mean 'replicas'?)";
    QTest::newRow("wrong type: text for int")
        << h + "components:\n  - id: a\n    kind: microservice\n    name: A\n    position: [0, 0]\n    properties:\n      replicas: three\n"
        << 9 << "'replicas' needs a whole number";
    QTest::newRow("wrong type: quoted number")
        << h + "components:\n  - id: a\n    kind: microservice\n    name: A\n    position: [0, 0]\n    properties:\n      replicas: \"3\"\n"
        << 9 << "'replicas' needs a whole number";
    QTest::newRow("wrong type: yes for bool")
        << h + "components:\n  - id: a\n    kind: microservice\n    name: A\n    position: [0, 0]\n    properties:\n      autoscaling: yes\n"
        << 9 << "'autoscaling' needs true or false";
    QTest::newRow("out of range")
        << h + "components:\n  - id: a\n    kind: microservice\n    name: A\n    position: [0, 0]\n    properties:\n      replicas: 0\n"
        << 9 << "0 is out of range for 'replicas'";
    QTest::newRow("enum value not allowed")
        << h + "components:\n  - id: a\n    kind: relational-database\n    name: A\n    position: [0, 0]\n    properties:\n      engine: oracle\n"
        << 9 << "'engine' must be one of: postgresql, mysql";
    QTest::newRow("duplicate id")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n  - id: a\n    kind: cache\n    name: B\n    position: [0, 0]\n"
        << 8 << "duplicate id 'a' (first used on line 4)";
    QTest::newRow("duplicate id across zone and component")
        << h + "zones:\n  - id: a\n    kind: cloud\n    name: A\n    position: [0, 0]\ncomponents:\n  - id: a\n    kind: cache\n    name: B\n    position: [0, 0]\n"
        << 9 << "duplicate id 'a'";
    QTest::newRow("bad id characters")
        << h + "components:\n  - id: my service\n    kind: cache\n    name: A\n    position: [0, 0]\n" << 4 << "id 'my service'";
    QTest::newRow("position not a pair")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0]\n" << 7 << "list of two numbers";
    QTest::newRow("position not numbers")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, left]\n" << 7 << "must hold numbers";
    QTest::newRow("absurd position")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 1e300]\n" << 7 << "beyond";
    QTest::newRow("negative size")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n    size: [-5, 10]\n" << 8 << "positive";
    QTest::newRow("connection to missing component")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\nconnections:\n  - id: c\n    from: a\n    to: ghost\n"
        << 11 << "connection 'c' goes to 'ghost', which does not exist";
    QTest::newRow("connection to a zone")
        << h + "zones:\n  - id: z\n    kind: cloud\n    name: Z\n    position: [0, 0]\ncomponents:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\nconnections:\n  - id: c\n    from: a\n    to: z\n"
        << 16 << "which is a zone";
    QTest::newRow("self connection")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\nconnections:\n  - id: c\n    from: a\n    to: a\n"
        << 9 << "connects 'a' to itself";
    QTest::newRow("duplicate connection")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n  - id: b\n    kind: cache\n    name: B\n    position: [0, 0]\n"
               "connections:\n  - id: c1\n    from: a\n    to: b\n  - id: c2\n    from: a\n    to: b\n"
        << 16 << "repeats a connection from 'a' to 'b'";
    QTest::newRow("port out of range")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n  - id: b\n    kind: cache\n    name: B\n    position: [0, 0]\n"
               "connections:\n  - id: c\n    from: a\n    to: b\n    port: 70000\n"
        << 16 << "'port' of connection 'c' must be a whole number from 1 to 65535, not '70000'";
    QTest::newRow("bad mode")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n  - id: b\n    kind: cache\n    name: B\n    position: [0, 0]\n"
               "connections:\n  - id: c\n    from: a\n    to: b\n    mode: sometimes\n"
        << 16 << "must be sync or async";
    QTest::newRow("component in missing zone")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    zone: nowhere\n    position: [0, 0]\n" << 7 << "placed in 'nowhere'";
    QTest::newRow("zone cycle")
        << h + "zones:\n  - id: x\n    kind: region\n    name: X\n    parent: y\n    position: [0, 0]\n  - id: y\n    kind: region\n    name: Y\n    parent: x\n    position: [0, 0]\n"
        << 7 << "cycle: x > y > x";
    QTest::newRow("zone parent missing")
        << h + "zones:\n  - id: x\n    kind: region\n    name: X\n    parent: y\n    position: [0, 0]\n" << 7 << "which is not a zone";
    QTest::newRow("duplicate key")
        << h + "name: Again\n" << 3 << "the key 'name' appears twice";
    QTest::newRow("alias refused")
        << QByteArray("formatVersion: 2\nname: &n T\ndescription: *n\n") << 3 << "aliases";
    QTest::newRow("nesting bomb")
        << QByteArray("formatVersion: 2\nname: T\nmetadata: ") + QByteArray(200, '[') + QByteArray(200, ']') + "\n" << 3 << "nesting deeper";
    QTest::newRow("two documents")
        << QByteArray("formatVersion: 2\nname: T\n---\nformatVersion: 2\nname: U\n") << 4 << "more than one YAML document";
    QTest::newRow("answer value a mapping")
        << h + "questionnaire:\n  answers:\n    - question: q\n      value: {a: 1}\n" << 6 << "value of answer 1";
    QTest::newRow("accepted finding without justification")
        << h + "acceptedFindings:\n  - finding: r/a\n" << 4 << "has no 'justification'";
    const QByteArray twoCards = h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n"
                                    "  - id: b\n    kind: cache\n    name: B\n    position: [300, 0]\n"
                                    "connections:\n  - id: c\n    from: a\n    to: b\n";
    QTest::newRow("waypoints not a list") << twoCards + "    waypoints: 12\n" << 16 << "'waypoints' of connection 'c' must be a list of points";
    QTest::newRow("waypoint not a pair") << twoCards + "    waypoints: [[1, 2], [3]]\n" << 16 << "must be a list of two numbers";
    QTest::newRow("waypoint not numbers") << twoCards + "    waypoints: [[1, x]]\n" << 16 << "must hold numbers, not 'x'";
    QTest::newRow("waypoint far away") << twoCards + "    waypoints: [[1, 1e12]]\n" << 16 << "is beyond";
    QTest::newRow("unknown style") << twoCards + "    style: wavy\n" << 16 << "must be orthogonal, straight or curved, not 'wavy'";
    QTest::newRow("zOrder not a whole number")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\n    zOrder: 1.5\n" << 8
        << "'zOrder' of component 'a' must be a whole number";
    QTest::newRow("zOrder of a zone out of range")
        << h + "zones:\n  - id: z\n    kind: region\n    name: Z\n    position: [0, 0]\n    zOrder: 99999999\n" << 8
        << "'zOrder' of zone 'z' must be a whole number from -1000000 to 1000000";
}

void TestDesignIo::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const LoadResult r = readYaml(text);
    QVERIFY2(!r.ok(), "a broken file must not load");
    QVERIFY(!r.diagnostics.empty());
    const Diagnostic &d = r.diagnostics.front();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.file, QStringLiteral("test.yaml"));
    QVERIFY2(d.message.contains(message), qPrintable(allMessages(r)));
    QCOMPARE(d.line, line);
    if (line > 0)
        QVERIFY(d.column > 0);
}

void TestDesignIo::errorsInJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax: missing comma")
        << QByteArray("{\n  \"formatVersion\": 2\n  \"name\": \"T\"\n}\n") << 3 << 3 << "expected";
    QTest::newRow("wrong type")
        << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"T\",\n  \"components\": [\n    {\"id\": \"a\", \"kind\": \"cache\", \"name\": \"A\",\n"
                      "     \"position\": [0, 0], \"properties\": {\"replicas\": \"2\"}}\n  ]\n}\n")
        << 6 << 0 << "'replicas' needs a whole number";
    QTest::newRow("unknown key")
        << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"T\",\n  \"colour\": \"red\"\n}\n") << 4 << 0 << "unknown key 'colour'";
    QTest::newRow("truncated") << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"T\"") << 3 << 14 << "unexpected end of input";
    // Issue 14, defect 8: the reason, not the last token read, and the column of the token itself.
    QTest::newRow("cut inside a string")
        << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"T\",\n  \"components\": [\n    {\"id\": \"a\", \"kind\": \"microservi")
        << 5 << 25 << "invalid string: missing closing quote";
    QTest::newRow("missing colon")
        << QByteArray("{\n  \"formatVersion\" 2\n}\n") << 2 << 19 << "unexpected number literal; expected ':'";
    QTest::newRow("misspelt literal")
        << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": tru\n}\n") << 3 << 11 << "invalid literal";
    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"formatVersion\": 2,\n}\n") << 3 << 1 << "unexpected '}'; expected string literal";
    QTest::newRow("line break inside a string")
        << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"two\nlines\"\n}\n") << 3 << 11 << "control character U+000A (LF) must be escaped";
    QTest::newRow("garbage after the document")
        << QByteArray("{\"formatVersion\": 2, \"name\": \"T\"} x\n") << 1 << 35 << "expected end of input";
}

void TestDesignIo::errorsInJson()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const LoadResult r = readDesign(text.toStdString(), DesignFormat::Json, QStringLiteral("t.json"), Catalog::builtin());
    QVERIFY(!r.ok());
    QVERIFY2(r.diagnostics.front().message.contains(message), qPrintable(allMessages(r)));
    QVERIFY2(!r.diagnostics.front().message.contains(QStringLiteral("last read")), qPrintable(allMessages(r)));
    QVERIFY2(!r.diagnostics.front().message.contains(QStringLiteral("json.exception")), qPrintable(allMessages(r)));
    QCOMPARE(r.diagnostics.front().line, line);
    if (column > 0)
        QCOMPARE(r.diagnostics.front().column, column);
}

void TestDesignIo::collectsSeveralErrors()
{
    // One pass reports every problem, not only the first.
    const QByteArray text = QByteArray(kHeader)
                            + "components:\n  - id: a\n    kind: nope\n    name: A\n    position: [0, 0]\n"
                              "  - id: b\n    kind: cache\n    name: B\n    position: [0, 0]\n    properties:\n      replicas: -1\n";
    const LoadResult r = readYaml(text);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.diagnostics.size()), 2);
    QCOMPARE(r.diagnostics[0].line, 5);
    QCOMPARE(r.diagnostics[1].line, 13);
}

void TestDesignIo::waypointsAndStyleRoundTrip()
{
    // A route the user bent by hand, and a straightened one, come back as they were from both
    // formats; a connection without them saves neither key.
    Design d;
    d.name = QStringLiteral("Routes");
    for (const char *id : {"a", "b", "c"}) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QStringLiteral("cache");
        c.name = c.id.toUpper();
        QVERIFY(d.addComponent(c));
    }
    Connection bent;
    bent.id = QStringLiteral("ab");
    bent.from = QStringLiteral("a");
    bent.to = QStringLiteral("b");
    bent.waypoints = {QPointF(240, -80.5), QPointF(240, 300)};
    bent.style = ConnectionStyle::Curved;
    Connection straight;
    straight.id = QStringLiteral("bc");
    straight.from = QStringLiteral("b");
    straight.to = QStringLiteral("c");
    straight.style = ConnectionStyle::Straight;
    Connection plain;
    plain.id = QStringLiteral("ac");
    plain.from = QStringLiteral("a");
    plain.to = QStringLiteral("c");
    QVERIFY(d.addConnection(bent) && d.addConnection(straight) && d.addConnection(plain));
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray text = writeDesign(d, format);
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("routes"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r) + QStringLiteral("\n") + QString::fromUtf8(text)));
        QCOMPARE(r.design->connection(QStringLiteral("ab"))->waypoints, bent.waypoints);
        QCOMPARE(r.design->connection(QStringLiteral("ab"))->style, ConnectionStyle::Curved);
        QCOMPARE(r.design->connection(QStringLiteral("bc"))->style, ConnectionStyle::Straight);
        QVERIFY(r.design->connection(QStringLiteral("ac"))->waypoints.empty());
        QCOMPARE(r.design->connection(QStringLiteral("ac"))->style, ConnectionStyle::Orthogonal);
        QVERIFY(*r.design == d);
        QCOMPARE(text.count("waypoints"), 1);
        QCOMPARE(text.count("style"), 2);
        QCOMPARE(text.count("orthogonal"), 0);
    }
    QVERIFY(writeDesign(d, DesignFormat::Yaml).contains("    waypoints:\n      - [240, -80.5]\n      - [240, 300]\n"));
}

void TestDesignIo::zOrderRoundTrips()
{
    // Bring to Front and Send to Back are saved: zones and components keep their stacking in both
    // formats, and the default (0) writes no key.
    Design d;
    d.name = QStringLiteral("Stacking");
    QVERIFY(d.addZone(Zone{QStringLiteral("r1"), QStringLiteral("region"), QStringLiteral("R1"), {}, QPointF(), QSizeF(), {}, 3}));
    QVERIFY(d.addZone(Zone{QStringLiteral("r2"), QStringLiteral("region"), QStringLiteral("R2"), {}, QPointF(100, 0), QSizeF(), {}}));
    for (const auto &[id, z] : {std::pair{"a", -2}, std::pair{"b", 0}}) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QStringLiteral("cache");
        c.name = c.id;
        c.zOrder = z;
        QVERIFY(d.addComponent(c));
    }
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray text = writeDesign(d, format);
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("stacking"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r)));
        QCOMPARE(r.design->zone(QStringLiteral("r1"))->zOrder, 3);
        QCOMPARE(r.design->zone(QStringLiteral("r2"))->zOrder, 0);
        QCOMPARE(r.design->component(QStringLiteral("a"))->zOrder, -2);
        QVERIFY(*r.design == d);
        QCOMPARE(text.count("zOrder"), 2);
    }
    QVERIFY(writeDesign(d, DesignFormat::Yaml).contains("    zOrder: -2\n"));
}

void TestDesignIo::notesRoundTrip()
{
    // Notes come back as they were from both formats: multi-line and hostile text, a zone, a
    // size and a colour; a note with defaults writes neither size nor colour.
    Design d;
    d.name = QStringLiteral("Notes");
    QVERIFY(d.addZone(Zone{QStringLiteral("r1"), QStringLiteral("region"), QStringLiteral("R1"), {}, QPointF(), QSizeF(600, 400), {}}));
    Note inZone{QStringLiteral("note-b"), QStringLiteral("Ask the DBA:\n- backups?\n- failover: \"manual\" # for now"),
                QStringLiteral("r1"), QPointF(40, 60), QSizeF(240, 100), NoteColour::Blue};
    Note plain{QStringLiteral("note-a"), QStringLiteral("TODO"), {}, QPointF(-100, 20.5), QSizeF(), NoteColour::Yellow};
    Note empty{QStringLiteral("note-c"), QString(), {}, QPointF(), QSizeF(), NoteColour::Grey};
    QVERIFY(d.addNote(inZone) && d.addNote(plain) && d.addNote(empty));
    QVERIFY2(!d.addNote(plain), "a second note with one id");
    QVERIFY2(!d.addComponent(Component{QStringLiteral("note-a"), QStringLiteral("cache"), QStringLiteral("C"), {}, {}, {}, false, {}, 0}),
             "notes share the id space of components");
    QVERIFY2(!d.removeZone(QStringLiteral("r1")), "a zone holding a note is not empty");
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray text = writeDesign(d, format);
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("notes"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r) + QStringLiteral("\n") + QString::fromUtf8(text)));
        QVERIFY(*r.design == d);
        QCOMPARE(r.design->notes().size(), size_t(3));
        QCOMPARE(*r.design->note(QStringLiteral("note-b")), inZone);
        QCOMPARE(text.count("colour"), 2);
        QCOMPARE(writeDesign(*r.design, format), text); // byte-stable
    }
    const QByteArray yaml = writeDesign(d, DesignFormat::Yaml);
    QVERIFY2(yaml.contains("notes:\n  - id: note-a\n    text: TODO\n    position: [-100, 20.5]\n  - id: note-b\n    text: |-\n"),
             yaml.constData());
    // Notes go after the connections and before the questionnaire, in every file.
    QVERIFY(yaml.indexOf("notes:") > yaml.indexOf("zones:"));
    Design none = d;
    none.assignNotes({});
    QVERIFY(!writeDesign(none, DesignFormat::Yaml).contains("notes"));
    QVERIFY(!writeDesign(none, DesignFormat::Json).contains("notes"));
}

void TestDesignIo::noteErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray h = kHeader;
    QTest::newRow("notes not a list") << h + "notes: hello\n" << 3 << "'notes' must be a list";
    QTest::newRow("note not a mapping") << h + "notes:\n  - just text\n" << 4 << "note 1 must be a mapping";
    QTest::newRow("text not text")
        << h + "notes:\n  - id: n\n    text: [1, 2]\n    position: [0, 0]\n" << 5 << "'text' of note 'n' must be text";
    QTest::newRow("unknown key")
        << h + "notes:\n  - id: n\n    txt: hi\n" << 5 << "unknown key 'txt' in note 1 (did you mean 'text'?)";
    QTest::newRow("unknown colour")
        << h + "notes:\n  - id: n\n    text: hi\n    colour: yelow\n" << 6 << "'colour' of note 'n' must be one of yellow, blue";
    QTest::newRow("duplicate id with a component")
        << h + "components:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, 0]\nnotes:\n  - id: a\n    text: hi\n"
        << 9 << "duplicate id 'a' (first used on line 4)";
    QTest::newRow("duplicate note id")
        << h + "notes:\n  - id: n\n    text: a\n  - id: n\n    text: b\n" << 6 << "duplicate id 'n'";
    QTest::newRow("zone that does not exist")
        << h + "notes:\n  - id: n\n    text: hi\n    zone: nowhere\n" << 6 << "note 'n' is placed in 'nowhere', which is not a zone";
    QTest::newRow("negative size")
        << h + "notes:\n  - id: n\n    text: hi\n    size: [-5, 10]\n" << 6 << "'size' of note 'n' must be positive";
    QTest::newRow("huge text")
        << h + "notes:\n  - id: n\n    text: " + QByteArray(kMaxNoteTextLength + 1, 'x') + "\n" << 5
        << "the text of note 'n' has 10001 characters; a note holds at most 10000";
}

void TestDesignIo::noteErrors() { errors(); }

void TestDesignIo::hostileStrings()
{
    // Names that YAML would misread unless quoted survive a round trip in both formats, in a name
    // and in a free-text property (shaped properties such as image refuse them: shapedValues).
    const QStringList names = {
        QStringLiteral("yes"), QStringLiteral("No"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("123"),
        QStringLiteral("1e5"), QStringLiteral("-dash"), QStringLiteral("key: value"), QStringLiteral("# comment"),
        QStringLiteral("a #b"), QStringLiteral("\"quoted\""), QStringLiteral("back\\slash"), QStringLiteral("tab\there"),
        QStringLiteral("line\nbreak"), QStringLiteral("trailing\n"), QStringLiteral(" leading space"),
        QStringLiteral("Zürich – 東京 🚀"), QStringLiteral("${var} %{x}"), QStringLiteral("[list]"), QStringLiteral("{map}"),
        QStringLiteral("*alias"), QStringLiteral("&anchor"), QStringLiteral("!tag"), QStringLiteral("@at"), QStringLiteral("`tick`"),
        QStringLiteral("ends with colon:"), QStringLiteral("\x01\x7f control"), QStringLiteral("multi\nline\n\nblank"),
        QStringLiteral("para\u2028graph\u0085next\u2029end\ufeffbom"), // line breaks only YAML knows
    };
    Design d;
    d.name = QStringLiteral("Hostile");
    d.description = QStringLiteral("First line\n  indented second\nthird");
    int i = 0;
    for (const QString &name : names) {
        Component c;
        c.id = QStringLiteral("c%1").arg(i++);
        c.kind = QStringLiteral("payment-gateway");
        c.name = name;
        c.properties.insert(QStringLiteral("vendor"), name);
        QVERIFY(d.addComponent(c));
    }
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray text = writeDesign(d, format);
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("h"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r) + QStringLiteral("\n") + QString::fromUtf8(text)));
        for (const Component &c : d.components()) {
            QCOMPARE(r.design->component(c.id)->name, c.name);
            QCOMPARE(r.design->component(c.id)->properties.value(QStringLiteral("vendor")).toString(), c.name);
        }
        QCOMPARE(r.design->description, d.description);
    }
}

void TestDesignIo::migratesVersion1()
{
    const LoadResult old = loadDesign(QStringLiteral(TEST_DATA_DIR "/v1-shop.stackdraft.yaml"), Catalog::builtin());
    QVERIFY2(old.ok(), qPrintable(allMessages(old)));
    QCOMPARE(old.fileVersion, 1);
    QCOMPARE(int(old.diagnostics.size()), 1);
    QCOMPARE(old.diagnostics[0].severity, Diagnostic::Severity::Warning);
    QVERIFY(old.diagnostics[0].message.contains(QStringLiteral("format version 1 to 2")));
    // The migrated design is exactly what version 2 says.
    QCOMPARE(QString::fromUtf8(writeDesign(*old.design, DesignFormat::Yaml)),
             QString::fromUtf8(readAll(QStringLiteral(TEST_DATA_DIR "/v2-shop.stackdraft.yaml"))));
    QCOMPARE(old.design->connection(QStringLiteral("shop-jobs"))->mode, ConnectionMode::Async);
    QCOMPARE(old.design->connection(QStringLiteral("shop-db"))->mode, ConnectionMode::Sync);
}

void TestDesignIo::refusesNewerVersion()
{
    const LoadResult r = readYaml("formatVersion: 3\nname: Future\nhologram: true\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.fileVersion, 3);
    QCOMPARE(int(r.diagnostics.size()), 1);
    QCOMPARE(r.diagnostics[0].line, 1);
    QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("format version 3")));
    QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("up to format version 2")));
}

void TestDesignIo::refusesHugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.stackdraft.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(kMaxDesignFileBytes + 1)); // sparse: costs no disk
    f.close();
    const LoadResult r = loadDesign(path, Catalog::builtin());
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics[0].file, path);
    QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("MiB")));
}

void TestDesignIo::missingFile()
{
    const LoadResult r = loadDesign(QStringLiteral("/nonexistent/x.stackdraft.yaml"), Catalog::builtin());
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics[0].toString().startsWith(QStringLiteral("/nonexistent/x.stackdraft.yaml: error: no such file")));
}

void TestDesignIo::atomicSaveKeepsOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.stackdraft.yaml"));
    Design small;
    small.name = QStringLiteral("Small");
    QString error;
    QVERIFY(saveDesign(small, path, DesignFormat::Yaml, &error));
    const QByteArray before = readAll(path);

    // A limit on file size makes the write fail even for root (CI runs as root,
    // so read-only folders would not do).
    const Design big = generateDesign({2000, 3}, Catalog::builtin());
    struct rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = old;
    limit.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    const bool saved = saveDesign(big, path, DesignFormat::Yaml, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), before);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("design.stackdraft.yaml")});
}

void TestDesignIo::generatedDesignRoundTrips()
{
    const Design d = generateDesign({3000, 11}, Catalog::builtin());
    QVERIFY(d.components().size() >= 2990);
    QVERIFY(d.connections().size() > d.components().size());
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const QByteArray text = writeDesign(d, format);
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("g"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r)));
        QVERIFY(*r.design == d);
    }
}

// Issue 14, defect 8: a FIFO made `check` hang; an id "api\n" got through a "$"-anchored pattern.
void TestDesignIo::refusesFifosAndTrailingNewlineIds()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.stackdraft.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const LoadResult r = loadDesign(fifo, Catalog::builtin()); // must return, not block
    QVERIFY(!r.ok());
    QVERIFY(r.ioError);
    QVERIFY2(r.diagnostics.front().message.contains(QStringLiteral("not a regular file")), qPrintable(r.diagnostics.front().message));
    QVERIFY(isValidId(QStringLiteral("api")));
    QVERIFY(!isValidId(QStringLiteral("api\n")));
    QVERIFY(!isValidId(QStringLiteral("api\n\n")));
    const LoadResult id = readDesign("formatVersion: 2\nname: X\ncomponents:\n  - id: \"api\\n\"\n    kind: cache\n    name: A\n    position: [0, 0]\n",
                                     DesignFormat::Yaml, QStringLiteral("x.yaml"), Catalog::builtin());
    QVERIFY(!id.ok());
    QCOMPARE(id.diagnostics.front().line, 4);
}

// Issue 14, defect 8: a design file cut off anywhere (a full disk behind another tool, an
// interrupted copy) never loads as a smaller design without a word. JSON's brackets make every
// cut an error; block YAML has none, so a cut inside a line is flagged as a warning at that line.
// Cuts right after a line break are complete YAML and cannot be told from a shorter design.
void TestDesignIo::truncatedFilesNeverLoadSilently_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("yaml") << int(DesignFormat::Yaml);
    QTest::newRow("json") << int(DesignFormat::Json);
}

void TestDesignIo::truncatedFilesNeverLoadSilently()
{
    QFETCH(int, format);
    const LoadResult example = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), Catalog::builtin());
    QVERIFY(example.ok());
    const QByteArray whole = writeDesign(*example.design, DesignFormat(format));
    int cuts = 0;
    for (qsizetype cut = 1; cut < whole.size(); cut += 17) {
        if (whole[cut - 1] == '\n')
            continue;
        ++cuts;
        const QByteArray text = whole.left(cut);
        const LoadResult r = readDesign(text.toStdString(), DesignFormat(format), QStringLiteral("cut.yaml"), Catalog::builtin());
        const QString where = QStringLiteral("cut at byte %1 of %2:\n%3").arg(cut).arg(whole.size()).arg(allMessages(r));
        QVERIFY2(!r.diagnostics.empty(), qPrintable(where));
        if (!r.ok())
            continue;
        QVERIFY2(format == int(DesignFormat::Yaml), qPrintable(where));
        const Diagnostic &warning = r.diagnostics.back();
        QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
        QVERIFY2(warning.message.contains(QStringLiteral("cut off")), qPrintable(where));
        QCOMPARE(warning.line, int(text.count('\n')) + 1);
        QCOMPARE(warning.column, int(text.size() - text.lastIndexOf('\n')));
    }
    QVERIFY(cuts > whole.size() / 20);
    // The whole file loads without a word.
    QVERIFY(readDesign(whole.toStdString(), DesignFormat(format), QStringLiteral("whole"), Catalog::builtin()).diagnostics.empty());
}

// Issue 14, defect 8: 60 MB of `0,` peaked at 3.4 GB in the parse tree. The parser stops at a
// bounded number of items per list and of values in all, long before the end of such a file,
// naming the place.
void TestDesignIo::valueBombIsRefusedEarly()
{
    for (DesignFormat format : {DesignFormat::Json, DesignFormat::Yaml}) {
        // One list of 3 million zeros: refused at its 1,000,001st item.
        QByteArray text = format == DesignFormat::Json ? "{\"formatVersion\": 2, \"name\": \"Bomb\", \"metadata\": {\"x\": ["
                                                       : "formatVersion: 2\nname: Bomb\nmetadata:\n  x: [";
        const qsizetype prefix = text.size() - (text.lastIndexOf('\n') + 1); // on the list's line
        text.append(QByteArray("0,").repeated(3'000'000));
        text.append(format == DesignFormat::Json ? "0]}}\n" : "0]\n");
        const LoadResult r = readDesign(text.toStdString(), format, QStringLiteral("bomb"), Catalog::builtin());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.diagnostics.size()), 1);
        const Diagnostic &d = r.diagnostics.front();
        QVERIFY2(d.message.contains(QStringLiteral("more than 1,000,000 items")), qPrintable(d.toString()));
        QCOMPARE(d.line, format == DesignFormat::Json ? 1 : 4);
        // At the item that is one too many (JSON positions are where the lexer stopped reading: its end).
        const int itemColumn = int(prefix) + 2 * 1'000'000 + 1;
        QVERIFY2(d.column == itemColumn || (format == DesignFormat::Json && d.column == itemColumn + 1), qPrintable(d.toString()));
    }
    {
        // Many lists just under the item limit: refused when the values in all pass 4,500,000.
        QByteArray text = "{\"formatVersion\": 2, \"name\": \"Bomb\", \"metadata\": {";
        for (int list = 0; list < 6; ++list)
            text.append((list ? ",\"l" : "\"l") + QByteArray::number(list) + "\": [" + QByteArray("0,").repeated(900'000) + "0]");
        text.append("}}\n");
        const LoadResult r = readDesign(text.toStdString(), DesignFormat::Json, QStringLiteral("bomb"), Catalog::builtin());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.diagnostics.size()), 1);
        QVERIFY2(r.diagnostics.front().message.contains(QStringLiteral("more than 4,500,000 values")), qPrintable(r.diagnostics.front().toString()));
    }
    {
        // A mapping with many keys loads (each key is checked against a set, not against every
        // earlier key: 100,000 keys took 19 s), and a repeated key far down is still found.
        QByteArray text = "{\"formatVersion\": 2, \"name\": \"Keys\", \"metadata\": {";
        for (int key = 0; key < 100'000; ++key)
            text.append((key ? ",\"k" : "\"k") + QByteArray::number(key) + "\": 0");
        const LoadResult ok = readDesign((text + "}}\n").toStdString(), DesignFormat::Json, QStringLiteral("keys"), Catalog::builtin());
        QVERIFY2(ok.ok(), qPrintable(allMessages(ok)));
        const LoadResult twice = readDesign((text + ", \"k31\": 1}}\n").toStdString(), DesignFormat::Json, QStringLiteral("keys"), Catalog::builtin());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.diagnostics.front().message.contains(QStringLiteral("the key 'k31' appears twice")), qPrintable(allMessages(twice)));
    }
    // A large real design stays well inside the limit.
    const Design big = generateDesign({10000, 7}, Catalog::builtin());
    for (DesignFormat format : {DesignFormat::Yaml, DesignFormat::Json}) {
        const LoadResult r = readDesign(writeDesign(big, format).toStdString(), format, QStringLiteral("big"), Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(allMessages(r)));
    }
}

// Issue 14: the CLI's read-modify-write commands (answers import/apply, fix, layout in place) write
// only over the bytes they read; another program's save in between is kept and named.
void TestDesignIo::saveOverWhatWasReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.stackdraft.yaml"));
    Design d;
    d.name = QStringLiteral("Mine");
    QString error;
    QVERIFY(saveDesign(d, path, DesignFormat::Yaml, &error));
    const LoadResult read = loadDesign(path, Catalog::builtin());
    QVERIFY(read.ok());

    Design theirs = *read.design;
    theirs.name = QStringLiteral("Theirs, saved meanwhile");
    QVERIFY(saveDesign(theirs, path, DesignFormat::Yaml, &error));
    Design mine = *read.design;
    mine.name = QStringLiteral("Mine, changed");
    bool changed = false;
    QVERIFY(!saveDesignIfUnchanged(mine, path, DesignFormat::Yaml, read.stamp, &error, &changed));
    QVERIFY(changed);
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(loadDesign(path, Catalog::builtin()).design->name, theirs.name); // theirs is kept

    const LoadResult again = loadDesign(path, Catalog::builtin());
    QVERIFY(saveDesignIfUnchanged(mine, path, DesignFormat::Yaml, again.stamp, &error, &changed));
    QVERIFY(!changed);
    QCOMPARE(loadDesign(path, Catalog::builtin()).design->name, mine.name);
}

void TestDesignIo::shapedValues_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    const auto row = [](const char *format, const char *value, bool ok) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(format), QString::fromUtf8(value).replace(QLatin1Char('\n'), QLatin1String("\\n")))))
            << QString::fromLatin1(format) << QString::fromUtf8(value) << ok;
    };
    row("region", "eu-west-1", true);
    row("region", "westeurope", true);
    row("region", "eu-west-1${file(\"/etc/hostname\")}", false);
    row("region", "eu-west-1\n", false);
    row("zone", "1", true);
    row("zone", "us-east-1a\" x", false);
    row("cidr", "10.0.0.0/16", true);
    row("cidr", "2001:db8::/32", true);
    row("cidr", "10.0.0.256/16", false);
    row("cidr", "10.0.0.0/33", false);
    row("domain", "shop.example.com", true);
    row("domain", "*.example.com", true);
    row("domain", "example.com\nkind: Secret", false);
    row("domain", "localhost", false);
    row("image", "registry.example.com:5000/team/api:1.4.2", true);
    row("image", "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true);
    row("image", "api:1.0 && curl evil", false);
    row("path", "/healthz", true);
    row("path", "/health?full=1", true);
    row("path", "healthz", false);
    row("path", "/a\"b", false);
}

void TestDesignIo::shapedValues()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QString expected;
    QCOMPARE(matchesFormat(format, value, &expected), ok);
    QVERIFY(!expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestDesignIo)
#include "tst_designio.moc"
