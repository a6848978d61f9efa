// SPDX-License-Identifier: MIT
// Diff and three-way merge of designs (issue 19), on the bundled e-commerce example.
#include "catalog.h"
#include "conflictresolution.h"
#include "designio.h"
#include "diff.h"
#include "diffreport.h"
#include "merge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace sd;

namespace {

Design shop()
{
    const LoadResult r = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), Catalog::builtin());
    if (!r.ok())
        qFatal("the e-commerce example does not load");
    return *r.design;
}

const ItemChange *changeOf(const DesignDiff &d, DiffItemType type, const QString &id)
{
    for (const ItemChange &c : d.changes)
        if (c.type == type && c.id == id)
            return &c;
    return nullptr;
}

const FieldChange *fieldOf(const ItemChange &c, const QString &field)
{
    for (const FieldChange &f : c.fields)
        if (f.field == field)
            return &f;
    return nullptr;
}

/// Renames a component the way the studio's id edit does: the connections follow with new ids.
Design renamed(const Design &d, const QString &from, const QString &to)
{
    std::vector<Component> components = d.components();
    for (Component &c : components)
        if (c.id == from)
            c.id = to;
    std::vector<Connection> connections = d.connections();
    for (Connection &c : connections) {
        if (c.from != from && c.to != from)
            continue;
        c.from = c.from == from ? to : c.from;
        c.to = c.to == from ? to : c.to;
        c.id = QStringLiteral("%1-to-%2").arg(c.from, c.to);
    }
    Design out = d;
    out.assign(d.zones(), components, connections, d.answers(), d.acceptedFindings());
    return out;
}

const FindingChange *findingChange(const FindingsDelta &d, const QString &id)
{
    for (const FindingChange &c : d.changes)
        if (c.current().id == id)
            return &c;
    return nullptr;
}

const MergeConflict *conflictOn(const Design &d, const QString &item, const QString &field)
{
    for (const MergeConflict &c : d.conflicts)
        if (c.item == item && c.field == field)
            return &c;
    return nullptr;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesAppearInDiffAndMerge()
    {
        // A note added, one whose text changed and one that only moved show as such; a merge of
        // independent note edits keeps both, and a note both sides rewrote is a conflict.
        Design base = shop();
        QVERIFY(base.addNote(Note{QStringLiteral("n-moved"), QStringLiteral("Move me"), {}, QPointF(0, 0), QSizeF(), NoteColour::Yellow}));
        QVERIFY(base.addNote(Note{QStringLiteral("n-text"), QStringLiteral("Old words"), {}, QPointF(0, 200), QSizeF(), NoteColour::Yellow}));
        QVERIFY(base.addNote(Note{QStringLiteral("n-gone"), QStringLiteral("Bye"), {}, QPointF(0, 400), QSizeF(), NoteColour::Yellow}));
        // Notes are no components: the findings are those of the design without them.
        QCOMPARE(validateDesign(base, Catalog::builtin()).size(), validateDesign(shop(), Catalog::builtin()).size());
        QVERIFY(diffFindings(shop(), base, diffDesigns(shop(), base), Catalog::builtin()).changes.empty());
        Design after = base;
        after.mutableNote(QStringLiteral("n-moved"))->position = QPointF(80, 20);
        after.mutableNote(QStringLiteral("n-text"))->text = QStringLiteral("New words\nand more");
        after.removeNote(QStringLiteral("n-gone"));
        QVERIFY(after.addNote(Note{QStringLiteral("n-new"), QStringLiteral("Hello"), {}, QPointF(500, 0), QSizeF(), NoteColour::Blue}));
        const DesignDiff diff = diffDesigns(base, after);
        QCOMPARE(diff.count(DiffItemType::Note, ChangeKind::Added), 1);
        QCOMPARE(diff.count(DiffItemType::Note, ChangeKind::Removed), 1);
        QCOMPARE(diff.count(DiffItemType::Note, ChangeKind::Changed), 2);
        const ItemChange *text = changeOf(diff, DiffItemType::Note, QStringLiteral("n-text"));
        QVERIFY(text && text->semantic());
        QCOMPARE(text->name, QStringLiteral("New words"));
        QVERIFY(!changeOf(diff, DiffItemType::Note, QStringLiteral("n-moved"))->semantic());
        QCOMPARE(diff.changes.back().type, DiffItemType::Note); // after zones, components and connections
        QVERIFY(designChangeSummary(diff).join(QLatin1Char(' ')).contains(QStringLiteral("notes: 1 added, 1 removed, 1 changed, 1 moved")));
        // No notes on either side: nothing about notes in the diff at all.
        QCOMPARE(diffDesigns(shop(), shop()).changes.size(), size_t(0));

        Design ours = base, theirs = base;
        ours.mutableNote(QStringLiteral("n-moved"))->text = QStringLiteral("Ours");
        theirs.mutableNote(QStringLiteral("n-moved"))->position = QPointF(300, 300);
        ours.mutableNote(QStringLiteral("n-text"))->text = QStringLiteral("Ours too");
        theirs.mutableNote(QStringLiteral("n-text"))->text = QStringLiteral("Theirs");
        QVERIFY(theirs.addNote(Note{QStringLiteral("n-theirs"), QStringLiteral("From them"), {}, QPointF(), QSizeF(), NoteColour::Green}));
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QCOMPARE(r.merged.note(QStringLiteral("n-moved"))->text, QStringLiteral("Ours"));
        QCOMPARE(r.merged.note(QStringLiteral("n-moved"))->position, QPointF(300, 300));
        QCOMPARE(r.merged.note(QStringLiteral("n-theirs"))->colour, NoteColour::Green);
        QCOMPARE(r.merged.note(QStringLiteral("n-text"))->text, QStringLiteral("Ours too"));
        QCOMPARE(r.conflicts.size(), size_t(1));
        QCOMPARE(r.conflicts.front().type, QStringLiteral("note"));
        QCOMPARE(r.conflicts.front().field, QStringLiteral("text"));
        // The merged file with its note conflict loads again.
        const LoadResult reloaded = readDesign(writeDesign(r.merged, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml,
                                               QStringLiteral("merged"), Catalog::builtin());
        QVERIFY(reloaded.ok());
        QVERIFY(*reloaded.design == r.merged);
    }

    void sameDesignHasNoChanges()
    {
        const Design d = shop();
        const DesignDiff diff = diffDesigns(d, d);
        QVERIFY(diff.empty());
        QVERIFY(!diff.unrelated());
        const FindingsDelta delta = diffFindings(d, d, diff, Catalog::builtin());
        QVERIFY(delta.changes.empty());
        QVERIFY(delta.structural.empty());
    }

    void propertyChangesShowOldAndNewValues()
    {
        const Design before = shop();
        Design after = before;
        after.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(4);
        after.mutableComponent(QStringLiteral("orders"))->properties.remove(QStringLiteral("cpuRequest"));
        after.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("autoscaling")] = true;
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(diff.changes.size(), size_t(1));
        const ItemChange &c = diff.changes.front();
        QCOMPARE(c.kind, ChangeKind::Changed);
        QCOMPARE(c.name, QStringLiteral("Order Processing"));
        QVERIFY(c.semantic());
        const FieldChange *replicas = fieldOf(c, QStringLiteral("properties.replicas"));
        QVERIFY(replicas);
        QCOMPARE(DiffText::value(replicas->before), QStringLiteral("2"));
        QCOMPARE(DiffText::value(replicas->after), QStringLiteral("4"));
        const FieldChange *cpu = fieldOf(c, QStringLiteral("properties.cpuRequest"));
        QVERIFY(cpu && !cpu->after.isValid());
        const FieldChange *autoscaling = fieldOf(c, QStringLiteral("properties.autoscaling"));
        QVERIFY(autoscaling && !autoscaling->before.isValid());
        QCOMPARE(DiffText::value(autoscaling->after), QStringLiteral("true"));
    }

    void movesAreLayoutNotSemantic()
    {
        const Design before = shop();
        Design after = before;
        after.mutableComponent(QStringLiteral("auth"))->position += QPointF(40, 0);
        after.mutableZone(QStringLiteral("us-east-1a"))->size = QSizeF(300, 200);
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(diff.changes.size(), size_t(2));
        for (const ItemChange &c : diff.changes) {
            QVERIFY2(!c.semantic(), qPrintable(c.id));
            QVERIFY(c.fields.front().layout);
        }
        const ItemChange *auth = changeOf(diff, DiffItemType::Component, QStringLiteral("auth"));
        QVERIFY(auth);
        QCOMPARE(DiffText::value(auth->fields.front().before), QStringLiteral("[760, 72]"));
        QCOMPARE(DiffText::value(auth->fields.front().after), QStringLiteral("[800, 72]"));
    }

    void zOrderIsLayoutAndReported()
    {
        // Bring to Front / Send to Back change how a design is drawn, not what it is: layout, like
        // position, and every report says so with the old and new order.
        const Design before = shop();
        Design after = before;
        after.mutableComponent(QStringLiteral("auth"))->zOrder = 3;
        after.mutableZone(QStringLiteral("us-east-1a"))->zOrder = -1;
        DiffReport report;
        report.before = QStringLiteral("old.yaml");
        report.after = QStringLiteral("new.yaml");
        report.design = diffDesigns(before, after);
        QCOMPARE(report.design.changes.size(), size_t(2));
        const ItemChange *auth = changeOf(report.design, DiffItemType::Component, QStringLiteral("auth"));
        const ItemChange *zone = changeOf(report.design, DiffItemType::Zone, QStringLiteral("us-east-1a"));
        QVERIFY(auth && zone);
        for (const ItemChange *c : {auth, zone}) {
            QCOMPARE(c->fields.size(), size_t(1));
            QCOMPARE(c->fields.front().field, QStringLiteral("zOrder"));
            QVERIFY(c->fields.front().layout);
            QVERIFY(!c->semantic());
        }
        QCOMPARE(DiffText::value(auth->fields.front().before), QStringLiteral("0"));
        QCOMPARE(DiffText::value(auth->fields.front().after), QStringLiteral("3"));
        QCOMPARE(DiffText::value(zone->fields.front().after), QStringLiteral("-1"));

        const QString text = QString::fromUtf8(writeDiffReport(report, DiffFormat::Text));
        QVERIFY2(text.contains(QStringLiteral("zOrder: 0 → 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("zOrder: 0 → -1")), qPrintable(text));
        const QString md = QString::fromUtf8(writeDiffReport(report, DiffFormat::Markdown));
        QVERIFY2(md.contains(QStringLiteral("zOrder")), qPrintable(md));
        bool sawAuth = false;
        const QJsonObject json = QJsonDocument::fromJson(writeDiffReport(report, DiffFormat::Json)).object();
        for (const QJsonValue &v : json.value(u"changes").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"id").toString() != QLatin1String("auth"))
                continue;
            const QJsonObject f = c.value(u"fields").toArray().first().toObject();
            QCOMPARE(f.value(u"field").toString(), QStringLiteral("zOrder"));
            QCOMPARE(f.value(u"before").toInt(), 0);
            QCOMPARE(f.value(u"after").toInt(), 3);
            QVERIFY(f.value(u"layout").toBool());
            sawAuth = true;
        }
        QVERIFY(sawAuth);
    }

    void addedAndRemovedItemsOfEveryType()
    {
        const Design before = shop();
        Design after = before;
        QVERIFY(after.removeConnection(QStringLiteral("fulfilment-to-email")));
        QVERIFY(after.removeComponent(QStringLiteral("email")));
        Zone az;
        az.id = QStringLiteral("us-east-1c");
        az.kind = QStringLiteral("availability-zone");
        az.name = QStringLiteral("us-east-1c");
        az.parent = QStringLiteral("us-east-1");
        QVERIFY(after.addZone(az));
        Component worker;
        worker.id = QStringLiteral("fulfilment-2");
        worker.kind = QStringLiteral("microservice");
        worker.name = QStringLiteral("Fulfilment worker 2");
        worker.zone = az.id;
        QVERIFY(after.addComponent(worker));
        QVERIFY(after.addConnection({QStringLiteral("order-queue-to-fulfilment-2"), QStringLiteral("order-queue"), worker.id,
                                     QStringLiteral("amqp"), 5671, ConnectionMode::Async, {}, {}}));
        after.mutableConnection(QStringLiteral("lb-to-auth"))->port = 8443;
        after.name = QStringLiteral("E-commerce shop v2");
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(diff.count(DiffItemType::Zone, ChangeKind::Added), 1);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Added), 1);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Removed), 1);
        QCOMPARE(diff.count(DiffItemType::Connection, ChangeKind::Added), 1);
        QCOMPARE(diff.count(DiffItemType::Connection, ChangeKind::Removed), 1);
        QCOMPARE(diff.count(DiffItemType::Connection, ChangeKind::Changed), 1);
        QCOMPARE(diff.changes.front().type, DiffItemType::Design);
        QCOMPARE(DiffText::value(fieldOf(diff.changes.front(), QStringLiteral("name"))->after), after.name);
        const ItemChange *port = changeOf(diff, DiffItemType::Connection, QStringLiteral("lb-to-auth"));
        QVERIFY(port);
        QCOMPARE(port->name, QStringLiteral("lb → auth"));
        QCOMPARE(DiffText::value(fieldOf(*port, QStringLiteral("port"))->after), QStringLiteral("8443"));
        QCOMPARE(changeOf(diff, DiffItemType::Component, QStringLiteral("email"))->kind, ChangeKind::Removed);
    }

    void renamesAreDetected()
    {
        const Design before = shop();
        const Design after = renamed(before, QStringLiteral("order-queue"), QStringLiteral("orders-queue"));
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Added), 0);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Removed), 0);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Renamed), 1);
        const ItemChange *queue = changeOf(diff, DiffItemType::Component, QStringLiteral("orders-queue"));
        QVERIFY(queue);
        QCOMPARE(queue->oldId, QStringLiteral("order-queue"));
        QVERIFY(queue->fields.empty());
        // Its two connections got new ids with it: renamed, without a change of their own.
        QCOMPARE(diff.count(DiffItemType::Connection, ChangeKind::Renamed), 2);
        QCOMPARE(diff.count(DiffItemType::Connection, ChangeKind::Added), 0);
        for (const ItemChange &c : diff.changes)
            if (c.type == DiffItemType::Connection)
                QVERIFY2(c.fields.empty(), qPrintable(c.id));
        // The findings follow the rename: no finding comes or goes.
        const FindingsDelta delta = diffFindings(before, after, diff, Catalog::builtin());
        QVERIFY2(delta.changes.empty(), qPrintable(delta.changes.empty() ? QString() : delta.changes.front().current().id));
    }

    void aDifferentComponentIsNoRename()
    {
        // Same kind, different properties: a removal and an addition.
        const Design before = shop();
        Design after = renamed(before, QStringLiteral("order-queue"), QStringLiteral("orders-queue"));
        after.mutableComponent(QStringLiteral("orders-queue"))->properties[QStringLiteral("engine")] = QStringLiteral("sqs");
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Renamed), 0);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Added), 1);
        QCOMPARE(diff.count(DiffItemType::Component, ChangeKind::Removed), 1);
    }

    void unrelatedDesignsAreFlagged()
    {
        Design other;
        Component mainframe;
        mainframe.id = QStringLiteral("mainframe");
        mainframe.kind = QStringLiteral("monolith");
        mainframe.name = QStringLiteral("Mainframe");
        QVERIFY(other.addComponent(mainframe));
        const DesignDiff diff = diffDesigns(shop(), other);
        QVERIFY(diff.unrelated());
        QVERIFY(!diffDesigns(Design(), shop()).unrelated()); // a new design is not "unrelated"
    }

    void findingsDeltaOfSeverityAndAcceptance()
    {
        const Design before = shop();
        Design after = before;
        // Accepting a finding shows as such; turning backups off adds an error.
        after.setAcceptedFinding({QStringLiteral("redundancy.single-replica/fulfilment"), QStringLiteral("batch work, can wait"), {}, {}});
        after.mutableComponent(QStringLiteral("shop-db"))->properties[QStringLiteral("backupRetentionDays")] = qint64(0);
        const FindingsDelta delta = diffFindings(before, after, diffDesigns(before, after), Catalog::builtin());
        const FindingChange *accepted = findingChange(delta, QStringLiteral("redundancy.single-replica/fulfilment"));
        QVERIFY(accepted);
        QCOMPARE(accepted->kind, FindingChange::Kind::AcceptanceChanged);
        QVERIFY(accepted->after.accepted);
        QVERIFY(!accepted->isNew());
        QVERIFY(delta.addsAtLeast(FindingSeverity::Error) || delta.addsAtLeast(FindingSeverity::Warning));
        QCOMPARE(delta.after.accepted, delta.before.accepted + 1);
    }

    void removingTheSecondZoneAddsZoneLossFindings()
    {
        // The PR of the golden comment: "save cost: one availability zone".
        const Design before = shop();
        Design after = before;
        QVERIFY(after.setParentZone(QStringLiteral("fulfilment"), QStringLiteral("us-east-1a")));
        QVERIFY(after.removeZone(QStringLiteral("us-east-1b")));
        after.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
        after.mutableComponent(QStringLiteral("shop-db"))->properties[QStringLiteral("multiAz")] = false;
        const DesignDiff diff = diffDesigns(before, after);
        QCOMPARE(changeOf(diff, DiffItemType::Zone, QStringLiteral("us-east-1b"))->kind, ChangeKind::Removed);
        const FindingsDelta delta = diffFindings(before, after, diff, Catalog::builtin());
        QStringList added;
        for (const Finding &f : delta.newFindings())
            added << f.id;
        QVERIFY2(added.contains(QStringLiteral("redundancy.single-replica/orders")), qPrintable(added.join(u' ')));
        QVERIFY2(added.contains(QStringLiteral("data.no-standby/shop-db")), qPrintable(added.join(u' ')));
        QVERIFY2(added.contains(QStringLiteral("spread.zone-loss/us-east-1a")), qPrintable(added.join(u' ')));
        QVERIFY(delta.addsAtLeast(FindingSeverity::Error));
    }

    void cutVertexGainedIsNamed()
    {
        // users -> api -> order-queue -> worker -> db, and (before) a direct call api -> worker as
        // well: without it, the order queue is the only way to the worker.
        Design after;
        after.name = QStringLiteral("Orders");
        const auto add = [&](const char *id, const char *kind, const char *name) {
            Component c;
            c.id = QString::fromLatin1(id);
            c.kind = QString::fromLatin1(kind);
            c.name = QString::fromLatin1(name);
            QVERIFY(after.addComponent(c));
        };
        add("users", "users", "Users");
        add("api", "microservice", "API");
        add("order-queue", "message-queue", "Order queue");
        add("worker", "microservice", "Worker");
        add("db", "relational-database", "DB");
        const auto connect = [&](Design &d, const char *from, const char *to) {
            QVERIFY(d.addConnection({QStringLiteral("%1-to-%2").arg(QLatin1String(from), QLatin1String(to)), QString::fromLatin1(from),
                                     QString::fromLatin1(to), QStringLiteral("https"), 443, ConnectionMode::Sync, {}, {}}));
        };
        connect(after, "users", "api");
        connect(after, "api", "order-queue");
        connect(after, "order-queue", "worker");
        connect(after, "worker", "db");
        Design before = after;
        connect(before, "api", "worker");
        const FindingsDelta delta = diffFindings(before, after, diffDesigns(before, after), Catalog::builtin());
        QStringList sentences;
        for (const StructuralChange &s : delta.structural)
            sentences << s.sentence();
        QVERIFY2(sentences.contains(QStringLiteral("Order queue (order-queue) becomes a cut vertex")), qPrintable(sentences.join(u'\n')));
        QVERIFY2(sentences.contains(QStringLiteral("blast radius of Order queue (order-queue): 1 → 3")), qPrintable(sentences.join(u'\n')));
        // And back: the reverse change says it is no longer one.
        const FindingsDelta back = diffFindings(after, before, diffDesigns(after, before), Catalog::builtin());
        bool lost = false;
        for (const StructuralChange &s : back.structural)
            lost |= s.kind == StructuralChange::Kind::CutVertexLost && s.subject == QLatin1String("order-queue");
        QVERIFY(lost);
    }

    // --- reports ----------------------------------------------------------------

    void jsonHoldsEveryChange()
    {
        const Design before = shop();
        Design after = renamed(before, QStringLiteral("order-queue"), QStringLiteral("orders-queue"));
        after.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
        DiffReport report;
        report.before = QStringLiteral("old.yaml");
        report.after = QStringLiteral("new.yaml");
        report.design = diffDesigns(before, after);
        report.findings = diffFindings(before, after, report.design, Catalog::builtin());
        const QJsonObject json = QJsonDocument::fromJson(writeDiffReport(report, DiffFormat::Json)).object();
        QCOMPARE(json.value(u"summary").toObject().value(u"components").toObject().value(u"renamed").toInt(), 1);
        bool sawReplicas = false;
        for (const QJsonValue &v : json.value(u"changes").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"id").toString() == QLatin1String("orders")) {
                const QJsonObject f = c.value(u"fields").toArray().first().toObject();
                QCOMPARE(f.value(u"field").toString(), QStringLiteral("properties.replicas"));
                QCOMPARE(f.value(u"before").toInt(), 2);
                QCOMPARE(f.value(u"after").toInt(), 1);
                sawReplicas = true;
            }
            if (c.value(u"id").toString() == QLatin1String("orders-queue"))
                QCOMPARE(c.value(u"oldId").toString(), QStringLiteral("order-queue"));
        }
        QVERIFY(sawReplicas);
        const QJsonArray findings = json.value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(u"id").toString(), QStringLiteral("redundancy.single-replica/orders"));
        QVERIFY(findings.first().toObject().value(u"new").toBool());
    }

    void sarifHoldsOnlyNewFindings()
    {
        const Design before = shop();
        Design after = before;
        after.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
        after.setAcceptedFinding({QStringLiteral("redundancy.single-replica/fulfilment"), QStringLiteral("batch work"), {}, {}});
        DiffReport report;
        report.after = QStringLiteral("shop.stackdraft.yaml");
        report.design = diffDesigns(before, after);
        report.findings = diffFindings(before, after, report.design, Catalog::builtin());
        const QJsonObject sarif = QJsonDocument::fromJson(writeDiffReport(report, DiffFormat::Sarif)).object();
        const QJsonArray results = sarif.value(u"runs").toArray().first().toObject().value(u"results").toArray();
        QCOMPARE(results.size(), qsizetype(report.findings->newFindings().size()));
        QVERIFY(!results.isEmpty());
        for (const QJsonValue &r : results) {
            QCOMPARE(r.toObject().value(u"baselineState").toString(), QStringLiteral("new"));
            QVERIFY(r.toObject().value(u"partialFingerprints").toObject().value(u"stackdraftFindingId/v1").toString() != QLatin1String("redundancy.single-replica/fulfilment"));
        }
    }

    void markdownStaysShortAndEscapesNames()
    {
        Design before = shop();
        Design after = before;
        // Many changes: every component moves and changes a property; one has a hostile name.
        for (const Component &c : before.components()) {
            Component *m = after.mutableComponent(c.id);
            m->position += QPointF(8, 8);
            m->properties[QStringLiteral("replicas")] = qint64(5);
        }
        for (const Connection &c : before.connections())
            after.mutableConnection(c.id)->label = QStringLiteral("relabelled");
        after.mutableComponent(QStringLiteral("auth"))->name = QStringLiteral("</details><script>x</script> *boom* | `tick`");
        DiffReport report;
        report.before = QStringLiteral("main:shop.yaml");
        report.after = QStringLiteral("shop.yaml");
        report.designName = after.name;
        report.design = diffDesigns(before, after);
        report.findings = diffFindings(before, after, report.design, Catalog::builtin());
        const QString md = QString::fromUtf8(writeDiffReport(report, DiffFormat::Markdown, 60));
        const QStringList lines = md.split(u'\n');
        QVERIFY2(lines.size() <= 62, qPrintable(QString::number(lines.size())));
        QVERIFY(md.contains(QStringLiteral("more (stackdraft-cli diff --format text shows all)")));
        // The hostile name changes no structure: sections open and close at line starts only, and
        // outside code spans (where nothing is markup) it is escaped.
        int opened = 0, closed = 0;
        for (const QString &line : lines) {
            opened += line.startsWith(QLatin1String("<details>")) ? 1 : 0;
            closed += line.startsWith(QLatin1String("</details>")) ? 1 : 0;
            QString outsideCode = line;
            outsideCode.remove(QRegularExpression(QStringLiteral("`[^`]*`")));
            QVERIFY2(!outsideCode.contains(QLatin1Char('<')) || outsideCode.startsWith(QLatin1String("<details>")) || outsideCode.startsWith(QLatin1String("</details>")),
                     qPrintable(line));
        }
        QCOMPARE(opened, closed);
        QVERIFY2(opened >= 2, qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("&lt;/details&gt;&lt;script&gt;")));
        QVERIFY(md.contains(QStringLiteral("\\*boom\\* \\| \\`tick\\`")));
        // The full text report has every line.
        const QString text = QString::fromUtf8(writeDiffReport(report, DiffFormat::Text));
        QVERIFY(text.count(QStringLiteral("properties.replicas")) >= int(before.components().size()) - 1);
    }

    // --- merge ------------------------------------------------------------------

    void mergeTakesIndependentEdits()
    {
        const Design base = shop();
        Design ours = base;
        Design theirs = base;
        ours.mutableComponent(QStringLiteral("orders"))->position = QPointF(900, 400);           // we move
        theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3); // they edit
        ours.mutableComponent(QStringLiteral("auth"))->properties[QStringLiteral("replicas")] = qint64(3);
        theirs.mutableComponent(QStringLiteral("auth"))->properties[QStringLiteral("memoryLimit")] = qint64(2048);
        Component cache;
        cache.id = QStringLiteral("catalog-cache");
        cache.kind = QStringLiteral("cache");
        cache.name = QStringLiteral("Catalog cache");
        cache.zone = QStringLiteral("us-east-1");
        QVERIFY(ours.addComponent(cache));
        Component search = cache;
        search.id = QStringLiteral("search");
        search.name = QStringLiteral("Search");
        QVERIFY(theirs.addComponent(search));
        theirs.name = QStringLiteral("Shop");
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QVERIFY(r.conflicts.empty());
        const Design &m = r.merged;
        QCOMPARE(m.component(QStringLiteral("orders"))->position, QPointF(900, 400));
        QCOMPARE(m.component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);
        QCOMPARE(m.component(QStringLiteral("auth"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);
        QCOMPARE(m.component(QStringLiteral("auth"))->properties.value(QStringLiteral("memoryLimit")).toLongLong(), 2048);
        QVERIFY(m.component(QStringLiteral("catalog-cache")));
        QVERIFY(m.component(QStringLiteral("search")));
        QCOMPARE(m.name, QStringLiteral("Shop"));
        // Everything else is the base, untouched.
        QCOMPARE(m.connections(), base.connections());
        QCOMPARE(m.zones(), base.zones());
    }

    void mergeKeepsRoutesAndStyles()
    {
        // Before, a merge rebuilt every connection without its waypoints and style: a line the
        // user bent came back straight after any merge, on either side.
        Design base = shop();
        const QString bent = base.connections().front().id, styled = base.connections().back().id;
        QVERIFY(bent != styled);
        base.mutableConnection(styled)->waypoints = {QPointF(10, 20)};
        Design ours = base, theirs = base;
        ours.mutableConnection(bent)->waypoints = {QPointF(300, 120), QPointF(300, 480)}; // we bend a line
        theirs.mutableConnection(bent)->label = QStringLiteral("orders feed");          // they label it
        theirs.mutableConnection(styled)->style = ConnectionStyle::Curved;               // and curve another
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QVERIFY(r.conflicts.empty());
        const Connection *b = r.merged.connection(bent), *s = r.merged.connection(styled);
        QVERIFY(b && s);
        QCOMPARE(b->waypoints, (std::vector<QPointF>{QPointF(300, 120), QPointF(300, 480)}));
        QCOMPARE(b->label, QStringLiteral("orders feed"));
        QCOMPARE(s->style, ConnectionStyle::Curved);
        QCOMPARE(s->waypoints, std::vector<QPointF>{QPointF(10, 20)}); // untouched on both sides
    }

    void mergeRecordsRealConflicts()
    {
        const Design base = shop();
        Design ours = base;
        Design theirs = base;
        ours.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
        theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(4);
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QCOMPARE(r.conflicts.size(), size_t(1));
        const MergeConflict *c = conflictOn(r.merged, QStringLiteral("orders"), QStringLiteral("properties.replicas"));
        QVERIFY(c);
        QCOMPARE(c->type, QStringLiteral("component"));
        QCOMPARE(*c->base, QStringLiteral("2"));
        QCOMPARE(*c->ours, QStringLiteral("3"));
        QCOMPARE(*c->theirs, QStringLiteral("4"));
        QCOMPARE(c->kept, QStringLiteral("ours"));
        QCOMPARE(r.merged.component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);

        // The conflict survives a save and a load: the studio and the next merge see it.
        const QByteArray yaml = writeDesign(r.merged, DesignFormat::Yaml);
        QVERIFY(yaml.contains("conflicts:"));
        QVERIFY(!yaml.contains("<<<<<<<"));
        const LoadResult loaded = readDesign(yaml.toStdString(), DesignFormat::Yaml, QStringLiteral("merged.yaml"), Catalog::builtin());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.design->conflicts, r.merged.conflicts);
        bool warned = false;
        for (const Diagnostic &d : loaded.diagnostics)
            warned |= d.severity == Diagnostic::Severity::Warning && d.message.contains(QStringLiteral("unresolved merge conflict"));
        QVERIFY(warned);
        const LoadResult json = readDesign(writeDesign(r.merged, DesignFormat::Json).toStdString(), DesignFormat::Json, QStringLiteral("m.json"), Catalog::builtin());
        QVERIFY(json.ok());
        QCOMPARE(json.design->conflicts, r.merged.conflicts);
    }

    void mergeDeleteVersusEditKeepsTheEdit()
    {
        const Design base = shop();
        Design ours = base;
        Design theirs = base;
        QVERIFY(ours.removeConnection(QStringLiteral("fulfilment-to-email")));
        QVERIFY(ours.removeComponent(QStringLiteral("email")));
        theirs.mutableComponent(QStringLiteral("email"))->properties[QStringLiteral("vendor")] = QStringLiteral("Postmark");
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        const MergeConflict *c = conflictOn(r.merged, QStringLiteral("email"), QString());
        QVERIFY(c);
        QVERIFY(!c->ours);
        QCOMPARE(*c->theirs, QStringLiteral("changed properties.vendor"));
        QCOMPARE(c->kept, QStringLiteral("theirs"));
        QCOMPARE(r.merged.component(QStringLiteral("email"))->properties.value(QStringLiteral("vendor")).toString(), QStringLiteral("Postmark"));
        // Our deleted connection to it stays deleted: theirs did not touch it.
        QVERIFY(!r.merged.connection(QStringLiteral("fulfilment-to-email")));
    }

    void mergeKeepsWhatTheOtherSideStillUses()
    {
        const Design base = shop();
        Design ours = base;
        Design theirs = base;
        // We delete the e-mail provider; they add a second connection to it.
        QVERIFY(ours.removeConnection(QStringLiteral("fulfilment-to-email")));
        QVERIFY(ours.removeComponent(QStringLiteral("email")));
        QVERIFY(theirs.addConnection({QStringLiteral("orders-to-email"), QStringLiteral("orders"), QStringLiteral("email"),
                                      QStringLiteral("https"), 443, ConnectionMode::Async, {}, {}}));
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QVERIFY(r.merged.component(QStringLiteral("email")));
        QVERIFY(r.merged.connection(QStringLiteral("orders-to-email")));
        const MergeConflict *c = conflictOn(r.merged, QStringLiteral("email"), QString());
        QVERIFY(c);
        QVERIFY(c->note.contains(QStringLiteral("orders-to-email")));
        const LoadResult loaded = readDesign(writeDesign(r.merged, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml,
                                             QStringLiteral("m.yaml"), Catalog::builtin());
        QVERIFY(loaded.ok());
    }

    void mergeOfBothDeletedIsClean()
    {
        const Design base = shop();
        Design ours = base;
        QVERIFY(ours.removeConnection(QStringLiteral("fulfilment-to-email")));
        QVERIFY(ours.removeComponent(QStringLiteral("email")));
        const MergeResult r = DesignMerge::merge(base, ours, ours);
        QVERIFY(r.conflicts.empty());
        QVERIFY(r.merged == ours);
        const MergeResult unchanged = DesignMerge::merge(base, base, ours);
        QVERIFY(unchanged.merged == ours);
    }

    /// The studio's resolution of what a merge recorded: keeping drops the conflict only; taking the other
    /// side puts that value back with the property's type (a whole number stays one), positions from
    /// "[x, y]"; a value the catalog refuses is an error and nothing changes.
    void conflictsResolveOneByOne()
    {
        const Design base = shop();
        Design ours = base, theirs = base;
        ours.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
        theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(5);
        ours.mutableComponent(QStringLiteral("email"))->position = QPointF(100, 100);
        theirs.mutableComponent(QStringLiteral("email"))->position = QPointF(300, 40);
        const MergeResult r = DesignMerge::merge(base, ours, theirs);
        QCOMPARE(r.merged.conflicts.size(), size_t(2));
        auto indexOf = [&](const Design &d, const QString &field) {
            for (size_t i = 0; i < d.conflicts.size(); ++i)
                if (d.conflicts[i].field == field)
                    return i;
            return d.conflicts.size();
        };
        QString error;
        const size_t replicas = indexOf(r.merged, QStringLiteral("properties.replicas"));
        QVERIFY(replicas < r.merged.conflicts.size());
        QVERIFY(canTakeOtherValue(r.merged.conflicts[replicas]));
        const std::optional<Design> kept = resolveConflict(r.merged, Catalog::builtin(), replicas, false, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->conflicts.size(), size_t(1));
        QCOMPARE(kept->component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")), QVariant(qint64(3)));
        const std::optional<Design> other = resolveConflict(r.merged, Catalog::builtin(), replicas, true, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")), QVariant(qint64(5)));
        const size_t position = indexOf(*other, QStringLiteral("position"));
        const std::optional<Design> moved = resolveConflict(*other, Catalog::builtin(), position, true, &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(moved->component(QStringLiteral("email"))->position, QPointF(300, 40));
        QVERIFY(moved->conflicts.empty());
        // A value the property refuses: an error naming it, and no design.
        Design broken = r.merged;
        broken.conflicts[replicas].theirs = QStringLiteral("many");
        QVERIFY(!resolveConflict(broken, Catalog::builtin(), replicas, true, &error));
        QVERIFY2(error.contains(QLatin1String("replicas")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
