// SPDX-License-Identifier: MIT
// The document and its undo commands: every edit undoes and redoes to the exact serialized design.
#include "catalog.h"
#include "commands.h"
#include "document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QByteArray serialized(const Document &doc) { return writeDesign(doc.design(), DesignFormat::Yaml); }

Design sample()
{
    Design d;
    d.name = QStringLiteral("Sample");
    d.addZone(Zone{QStringLiteral("aws"), QStringLiteral("cloud"), QStringLiteral("AWS"), {}, QPointF(0, 0), QSizeF(800, 600), {}});
    d.addZone(Zone{QStringLiteral("az"), QStringLiteral("availability-zone"), QStringLiteral("AZ"), QStringLiteral("aws"), QPointF(40, 40), QSizeF(300, 300), {}});
    for (const char *id : {"api", "db", "cache"}) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QLatin1String(id) == QLatin1String("api") ? QStringLiteral("microservice")
                 : QLatin1String(id) == QLatin1String("db") ? QStringLiteral("relational-database")
                                                             : QStringLiteral("cache");
        c.name = c.id.toUpper();
        c.zone = QStringLiteral("az");
        c.position = QPointF(10, 10);
        d.addComponent(c);
    }
    d.addConnection(Connection{QStringLiteral("api-db"), QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("postgresql"), 5432, ConnectionMode::Sync, {}, {}});
    d.addConnection(Connection{QStringLiteral("api-cache"), QStringLiteral("api"), QStringLiteral("cache"), QStringLiteral("redis"), 6379, ConnectionMode::Sync, {}, {}});
    return d;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void commandsUndoAndRedoExactly_data();
    void commandsUndoAndRedoExactly();
    void typingMergesIntoOneStep();
    void returningToTheOriginalValueLeavesNoStep();
    void separateDragsStaySeparate();
    void deleteRestoresSameIds();
    void refusesZoneIntoItself();
    void modifiedFollowsTheUndoStack();
    void signalsNameWhatChanged();
    void failedLoadLeavesDocumentUntouched();
    void saveAndLoad();
    void outOfRangeValuesAreClampedOrRefused();

private:
    std::unique_ptr<Document> m_doc;
};

void TestDocument::init()
{
    m_doc = std::make_unique<Document>(Catalog::builtin());
    m_doc->reset(sample());
}

using CommandFactory = std::function<QUndoCommand *(Document *)>;
Q_DECLARE_METATYPE(CommandFactory)

void TestDocument::commandsUndoAndRedoExactly_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<QString>("expectedChange"); // a line that must appear in the design after the command

    QTest::newRow("add component") << CommandFactory([](Document *d) {
        Component c;
        c.id = QStringLiteral("queue");
        c.kind = QStringLiteral("message-queue");
        c.name = QStringLiteral("Jobs");
        c.position = QPointF(500, 100);
        return new AddItems(d, DesignFragment{{}, {c}, {}}, QStringLiteral("Add"));
    }) << "name: Jobs";
    QTest::newRow("add connection") << CommandFactory([](Document *d) {
        return new AddItems(d, DesignFragment{{}, {}, {Connection{QStringLiteral("db-cache"), QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("tcp"), 0, ConnectionMode::Async, {}, {}}}},
                            QStringLiteral("Connect"));
    }) << "id: db-cache";
    QTest::newRow("delete component with its connections")
        << CommandFactory([](Document *d) { return new RemoveItems(d, {QStringLiteral("db")}); }) << "";
    QTest::newRow("delete zone with contents")
        << CommandFactory([](Document *d) { return new RemoveItems(d, {QStringLiteral("az")}); }) << "";
    QTest::newRow("delete connection")
        << CommandFactory([](Document *d) { return new RemoveItems(d, {QStringLiteral("api-db")}); }) << "";
    QTest::newRow("move") << CommandFactory([](Document *d) {
        return new PlaceItems(d, {{QStringLiteral("api"), QStringLiteral("az"), QPointF(10, 10)}},
                              {{QStringLiteral("api"), QStringLiteral("az"), QPointF(77, 88)}}, QStringLiteral("Move"));
    }) << "position: [77, 88]";
    QTest::newRow("reparent") << CommandFactory([](Document *d) {
        return new PlaceItems(d, {{QStringLiteral("api"), QStringLiteral("az"), QPointF(10, 10)}},
                              {{QStringLiteral("api"), QStringLiteral("aws"), QPointF(50, 50)}}, QStringLiteral("Move"));
    }) << "zone: aws";
    QTest::newRow("resize") << CommandFactory([](Document *d) {
        return new ResizeItem(d, QStringLiteral("az"), QPointF(30, 30), QSizeF(420, 333));
    }) << "size: [420, 333]";
    QTest::newRow("set property") << CommandFactory([](Document *d) {
        return new SetProperty(d, QStringLiteral("db"), QStringLiteral("multiAz"), true);
    }) << "multiAz: true";
    QTest::newRow("reset property") << CommandFactory([](Document *d) {
        d->undoStack()->push(new SetProperty(d, QStringLiteral("db"), QStringLiteral("replicas"), qint64(2)));
        d->undoStack()->setClean();
        return new SetProperty(d, QStringLiteral("db"), QStringLiteral("replicas"), QVariant());
    }) << "";
    QTest::newRow("rename") << CommandFactory([](Document *d) {
        return new RenameItem(d, QStringLiteral("cache"), QStringLiteral("Session cache"));
    }) << "name: Session cache";
    QTest::newRow("pin") << CommandFactory([](Document *d) {
        return new SetPinned(d, {QStringLiteral("api"), QStringLiteral("db")}, true);
    }) << "pinned: true";
    QTest::newRow("change connection") << CommandFactory([](Document *d) {
        Connection c = *d->design().connection(QStringLiteral("api-cache"));
        c.to = QStringLiteral("db");
        c.from = QStringLiteral("cache");
        c.label = QStringLiteral("warm-up");
        return new SetConnection(d, c);
    }) << "label: warm-up";
    QTest::newRow("design info") << CommandFactory([](Document *d) {
        return new SetDesignInfo(d, QStringLiteral("Renamed"), QStringLiteral("About it"));
    }) << "description: About it";
    QTest::newRow("answer") << CommandFactory([](Document *d) {
        return new SetAnswer(d, QStringLiteral("general.dau.now"), Answer{QStringLiteral("general.dau.now"), qint64(10000), QStringLiteral("mostly EU")});
    }) << "value: 10000";
    QTest::newRow("accept finding") << CommandFactory([](Document *d) {
        return new SetAcceptedFinding(d, QStringLiteral("redundancy.single-replica/cache"),
                                      AcceptedFinding{QStringLiteral("redundancy.single-replica/cache"), QStringLiteral("Fine for the MVP"), QStringLiteral("Dana"), QStringLiteral("2026-11-26")});
    }) << "justification: Fine for the MVP";
    // Notes: added, written, moved into a zone, resized, coloured, deleted alone and with their zone.
    const auto withNote = [](Document *d) {
        d->undoStack()->push(addNoteCommand(d, Note{QStringLiteral("note"), QStringLiteral("Ask the DBA"), QStringLiteral("az"),
                                                    QPointF(20, 150), QSizeF(), NoteColour::Yellow}));
        d->undoStack()->setClean();
    };
    QTest::newRow("add note") << CommandFactory([](Document *d) {
        return addNoteCommand(d, Note{QStringLiteral("n1"), QStringLiteral("Why two caches?"), {}, QPointF(900, 40), QSizeF(), NoteColour::Pink});
    }) << "text: Why two caches?";
    QTest::newRow("edit note text") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new SetNoteText(d, QStringLiteral("note"), QStringLiteral("Ask the DBA\nabout backups"));
    }) << "about backups";
    QTest::newRow("move note to another zone") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new PlaceItems(d, {{QStringLiteral("note"), QStringLiteral("az"), QPointF(20, 150)}},
                              {{QStringLiteral("note"), QStringLiteral("aws"), QPointF(400, 30)}}, QStringLiteral("Move"));
    }) << "position: [400, 30]";
    QTest::newRow("resize note") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new ResizeItem(d, QStringLiteral("note"), QPointF(20, 150), QSizeF(260, 140));
    }) << "size: [260, 140]";
    QTest::newRow("note colour") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new SetNoteColour(d, {QStringLiteral("note")}, NoteColour::Green);
    }) << "colour: green";
    QTest::newRow("delete note") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new RemoveItems(d, {QStringLiteral("note")});
    }) << "";
    QTest::newRow("delete zone with its note") << CommandFactory([withNote](Document *d) {
        withNote(d);
        return new RemoveItems(d, {QStringLiteral("aws")});
    }) << "";
}

void TestDocument::commandsUndoAndRedoExactly()
{
    QFETCH(CommandFactory, make);
    QFETCH(QString, expectedChange);
    QUndoCommand *command = make(m_doc.get());
    const QByteArray before = serialized(*m_doc);
    m_doc->undoStack()->push(command);
    const QByteArray after = serialized(*m_doc);
    QVERIFY2(after != before, "the command changed nothing");
    if (!expectedChange.isEmpty())
        QVERIFY2(after.contains(expectedChange.toUtf8()), after.constData());
    m_doc->undoStack()->undo();
    QCOMPARE(QString::fromUtf8(serialized(*m_doc)), QString::fromUtf8(before));
    m_doc->undoStack()->redo();
    QCOMPARE(QString::fromUtf8(serialized(*m_doc)), QString::fromUtf8(after));
    // The result is still a valid design file.
    const LoadResult reloaded = readDesign(after.toStdString(), DesignFormat::Yaml, QStringLiteral("x"), Catalog::builtin());
    QVERIFY(reloaded.ok());
}

void TestDocument::typingMergesIntoOneStep()
{
    QUndoStack *stack = m_doc->undoStack();
    for (const char *name : {"S", "Se", "Ses", "Session"})
        stack->push(new RenameItem(m_doc.get(), QStringLiteral("cache"), QString::fromLatin1(name)));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_doc->design().component(QStringLiteral("cache"))->name, QStringLiteral("Session"));
    for (qint64 v : {2, 3, 4})
        stack->push(new SetProperty(m_doc.get(), QStringLiteral("api"), QStringLiteral("replicas"), v));
    stack->push(new SetProperty(m_doc.get(), QStringLiteral("api"), QStringLiteral("maxReplicas"), qint64(20)));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QVERIFY(!m_doc->design().component(QStringLiteral("api"))->properties.contains(QStringLiteral("replicas")));
}

void TestDocument::returningToTheOriginalValueLeavesNoStep()
{
    QUndoStack *stack = m_doc->undoStack();
    stack->push(new RenameItem(m_doc.get(), QStringLiteral("db"), QStringLiteral("DBX")));
    stack->push(new RenameItem(m_doc.get(), QStringLiteral("db"), QStringLiteral("DB")));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestDocument::separateDragsStaySeparate()
{
    QUndoStack *stack = m_doc->undoStack();
    stack->push(new PlaceItems(m_doc.get(), {{QStringLiteral("api"), QStringLiteral("az"), QPointF(10, 10)}},
                               {{QStringLiteral("api"), QStringLiteral("az"), QPointF(20, 20)}}, QStringLiteral("Move")));
    stack->push(new PlaceItems(m_doc.get(), {{QStringLiteral("api"), QStringLiteral("az"), QPointF(20, 20)}},
                               {{QStringLiteral("api"), QStringLiteral("az"), QPointF(30, 30)}}, QStringLiteral("Move")));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(m_doc->design().component(QStringLiteral("api"))->position, QPointF(20, 20));
}

void TestDocument::deleteRestoresSameIds()
{
    const Design before = m_doc->design();
    m_doc->undoStack()->push(new RemoveItems(m_doc.get(), {QStringLiteral("aws")}));
    QVERIFY(m_doc->design().components().empty());
    QVERIFY(m_doc->design().zones().empty());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == before);
}

void TestDocument::refusesZoneIntoItself()
{
    QVERIFY(!PlaceItems::isValid(m_doc->design(), {{QStringLiteral("aws"), QStringLiteral("az"), QPointF()}}));
    QVERIFY(PlaceItems::isValid(m_doc->design(), {{QStringLiteral("az"), QString(), QPointF()}}));
}

void TestDocument::modifiedFollowsTheUndoStack()
{
    QSignalSpy spy(m_doc.get(), &Document::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->push(new RenameItem(m_doc.get(), QStringLiteral("db"), QStringLiteral("Orders")));
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(spy.count(), 2);
}

void TestDocument::signalsNameWhatChanged()
{
    QSignalSpy changed(m_doc.get(), &Document::componentChanged);
    QSignalSpy removed(m_doc.get(), &Document::connectionAboutToBeRemoved);
    m_doc->undoStack()->push(new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("multiAz"), true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toString(), QStringLiteral("db"));
    QVERIFY(changed[0][1].value<Changes>().testFlag(Change::Properties));
    m_doc->undoStack()->push(new RemoveItems(m_doc.get(), {QStringLiteral("db")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][0].toString(), QStringLiteral("api-db"));
}

void TestDocument::failedLoadLeavesDocumentUntouched()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.stackdraft.yaml"));
    QString error;
    QCOMPARE(m_doc->save(good, &error), Document::SaveResult::Saved);
    m_doc->undoStack()->push(new RenameItem(m_doc.get(), QStringLiteral("db"), QStringLiteral("Unsaved")));
    const QByteArray before = serialized(*m_doc);

    const QString broken = dir.filePath(QStringLiteral("broken.stackdraft.yaml"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("formatVersion: 2\nname: Broken\ncomponents:\n  - id: a\n    kind: nope\n    name: A\n    position: [0, 0]\n");
    f.close();
    Diagnostics diagnostics;
    QVERIFY(!m_doc->load(broken, &diagnostics));
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics[0].line, 5);
    QCOMPARE(serialized(*m_doc), before);
    QCOMPARE(m_doc->fileName(), good);
    QVERIFY(m_doc->isModified());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestDocument::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.stackdraft.json"));
    m_doc->undoStack()->push(new RenameItem(m_doc.get(), QStringLiteral("db"), QStringLiteral("Orders")));
    QString error;
    QCOMPARE(m_doc->save(path, &error), Document::SaveResult::Saved);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->displayName(), QStringLiteral("d.stackdraft.json"));
    Document other(Catalog::builtin());
    QSignalSpy reset(&other, &Document::designReset);
    QVERIFY(other.load(path, nullptr));
    QCOMPARE(reset.count(), 1);
    QVERIFY(other.design() == m_doc->design());
    QCOMPARE(other.undoStack()->count(), 0);
}


// Issue 14, defect 6: no command stores a value the catalog does not allow, so a saved file always reopens.
void TestDocument::outOfRangeValuesAreClampedOrRefused()
{
    QUndoStack *stack = m_doc->undoStack();
    auto *tooBig = new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("storageGb"), qint64(1501250));
    QVERIFY2(tooBig->note().contains(QStringLiteral("out of range")), qPrintable(tooBig->note()));
    stack->push(tooBig);
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("storageGb")).toLongLong(), qint64(1048576));
    // A huge double (what a cast once turned into -9223372036854775808) is clamped, never cast.
    stack->push(new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("storageGb"), 1e300));
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("storageGb")).toLongLong(), qint64(1048576));
    stack->push(new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("storageGb"), -5.0));
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("storageGb")).toLongLong(), qint64(1));
    // Text where a number belongs cannot be clamped: refused, nothing changes.
    const int steps = stack->count();
    auto *text = new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("storageGb"), QStringLiteral("lots"));
    QVERIFY(!text->note().isEmpty());
    stack->push(text);
    QCOMPARE(stack->count(), steps);
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("storageGb")).toLongLong(), qint64(1));
    // A region with a template in it is refused the same way.
    auto *region = new SetProperty(m_doc.get(), QStringLiteral("db"), QStringLiteral("replicaRegion"), QStringLiteral("eu-west-1${file(\"/etc/passwd\")}"));
    QVERIFY2(region->note().contains(QStringLiteral("region name")), qPrintable(region->note()));
    stack->push(region);
    QVERIFY(!m_doc->design().component(QStringLiteral("db"))->properties.contains(QStringLiteral("replicaRegion")));
    // And the saved file opens again.
    QTemporaryDir dir;
    QString error;
    QCOMPARE(m_doc->save(dir.filePath(QStringLiteral("d.stackdraft.yaml")), &error), Document::SaveResult::Saved);
    QVERIFY(loadDesign(dir.filePath(QStringLiteral("d.stackdraft.yaml")), Catalog::builtin()).ok());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
