// SPDX-License-Identifier: MIT
// The design's own rules: ids, references, zones, copy and paste fragments, placement.
#include "catalog.h"
#include "design.h"
#include "importmerge.h"
#include "designio.h"
#include "fragment.h"
#include "placement.h"

#include <QTest>

using namespace sd;

namespace {

Component component(const QString &id, const QString &zone = {}, QPointF pos = {})
{
    Component c;
    c.id = id;
    c.kind = QStringLiteral("microservice");
    c.name = id.toUpper();
    c.zone = zone;
    c.position = pos;
    return c;
}

Zone zone(const QString &id, const QString &kind, const QString &parent, QPointF pos, PropertyMap props = {})
{
    return Zone{id, kind, id, parent, pos, QSizeF(400, 300), std::move(props)};
}

Connection connection(const QString &id, const QString &from, const QString &to)
{
    Connection c;
    c.id = id;
    c.from = from;
    c.to = to;
    return c;
}

/// aws > eu-west-1 > (eu-west-1a: a, b), eu-west-1b: c; a->b, b->c
Design sample()
{
    Design d;
    d.name = QStringLiteral("Sample");
    d.addZone(zone(QStringLiteral("aws"), QStringLiteral("cloud"), {}, QPointF(10, 10), {{QStringLiteral("provider"), QStringLiteral("aws")}}));
    d.addZone(zone(QStringLiteral("euw1"), QStringLiteral("region"), QStringLiteral("aws"), QPointF(20, 30), {{QStringLiteral("region"), QStringLiteral("eu-west-1")}}));
    d.addZone(zone(QStringLiteral("az-a"), QStringLiteral("availability-zone"), QStringLiteral("euw1"), QPointF(5, 5), {{QStringLiteral("zone"), QStringLiteral("eu-west-1a")}}));
    d.addZone(zone(QStringLiteral("az-b"), QStringLiteral("availability-zone"), QStringLiteral("euw1"), QPointF(300, 5), {{QStringLiteral("zone"), QStringLiteral("eu-west-1b")}}));
    d.addComponent(component(QStringLiteral("a"), QStringLiteral("az-a"), QPointF(1, 2)));
    d.addComponent(component(QStringLiteral("b"), QStringLiteral("az-a"), QPointF(100, 2)));
    d.addComponent(component(QStringLiteral("c"), QStringLiteral("az-b"), QPointF(1, 2)));
    d.addConnection(connection(QStringLiteral("a-b"), QStringLiteral("a"), QStringLiteral("b")));
    d.addConnection(connection(QStringLiteral("b-c"), QStringLiteral("b"), QStringLiteral("c")));
    return d;
}

} // namespace

class TestDesign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importMergesByName();
    void refusesInconsistentEdits();
    void keepsListsSortedById();
    void refusesZoneCycles();
    void scenePositionAddsParents();
    void placementWalksUp();
    void removalTakesContentsAndConnections();
    void copyKeepsOnlyInternalConnections();
    void pasteGetsFreshIdsAndKeepsReferences();
    void clipboardCopyStandsAlone();
    void slugAndUniqueIds();
};

void TestDesign::refusesInconsistentEdits()
{
    Design d = sample();
    QVERIFY(!d.addComponent(component(QStringLiteral("a"))));        // duplicate id
    QVERIFY(!d.addComponent(component(QStringLiteral("aws"))));      // id of a zone
    QVERIFY(!d.addComponent(component(QStringLiteral("x"), QStringLiteral("nowhere"))));
    QVERIFY(!d.addComponent(component(QStringLiteral("bad id"))));
    QVERIFY(!d.addConnection(connection(QStringLiteral("a-a"), QStringLiteral("a"), QStringLiteral("a"))));
    QVERIFY(!d.addConnection(connection(QStringLiteral("a-b2"), QStringLiteral("a"), QStringLiteral("b"))));
    QVERIFY(!d.addConnection(connection(QStringLiteral("a-z"), QStringLiteral("a"), QStringLiteral("ghost"))));
    QVERIFY(d.addConnection(connection(QStringLiteral("b-a"), QStringLiteral("b"), QStringLiteral("a")))); // reverse is fine
    QVERIFY(!d.removeComponent(QStringLiteral("a")));   // still connected
    QVERIFY(!d.removeZone(QStringLiteral("az-a")));     // still has members
    QVERIFY(d.connectionProblem(QStringLiteral("a"), QStringLiteral("b")).contains(QStringLiteral("already connects")));
    QVERIFY(d.connectionProblem(QStringLiteral("c"), QStringLiteral("c")).contains(QStringLiteral("itself")));
}

void TestDesign::keepsListsSortedById()
{
    Design d;
    for (const char *id : {"m", "c", "x", "a"})
        QVERIFY(d.addComponent(component(QString::fromLatin1(id))));
    QStringList ids;
    for (const Component &c : d.components())
        ids.append(c.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("x")}));
    QVERIFY(d.component(QStringLiteral("m")));
    QVERIFY(!d.component(QStringLiteral("b")));
}

void TestDesign::refusesZoneCycles()
{
    Design d = sample();
    QVERIFY(!d.setParentZone(QStringLiteral("aws"), QStringLiteral("az-a")));
    QVERIFY(!d.setParentZone(QStringLiteral("euw1"), QStringLiteral("euw1")));
    QVERIFY(d.setParentZone(QStringLiteral("a"), QStringLiteral("az-b")));
    QCOMPARE(d.component(QStringLiteral("a"))->zone, QStringLiteral("az-b"));
    QCOMPARE(d.zoneDepth(QStringLiteral("az-a")), 3);
}

void TestDesign::scenePositionAddsParents()
{
    const Design d = sample();
    QCOMPARE(d.scenePosition(QStringLiteral("a")), QPointF(10 + 20 + 5 + 1, 10 + 30 + 5 + 2));
    QCOMPARE(d.scenePosition(QStringLiteral("aws")), QPointF(10, 10));
}

void TestDesign::placementWalksUp()
{
    const Design d = sample();
    const Placement p = placementOf(d, Catalog::builtin(), QStringLiteral("c"));
    QCOMPARE(p.provider, QStringLiteral("aws"));
    QCOMPARE(p.region, QStringLiteral("eu-west-1"));
    QCOMPARE(p.availabilityZone, QStringLiteral("eu-west-1b"));
    QCOMPARE(p.regionZone, QStringLiteral("euw1"));
    QCOMPARE(availabilityZonesOfRegion(d, Catalog::builtin(), QStringLiteral("euw1")),
             (QStringList{QStringLiteral("eu-west-1a"), QStringLiteral("eu-west-1b")}));
    QVERIFY(placementOf(d, Catalog::builtin(), QStringLiteral("nothing")).provider.isEmpty());
}

void TestDesign::removalTakesContentsAndConnections()
{
    const Design d = sample();
    const DesignFragment f = extractForRemoval(d, {QStringLiteral("az-a")});
    QCOMPARE(f.zones.size(), size_t(1));
    QCOMPARE(f.components.size(), size_t(2));  // a, b
    QCOMPARE(f.connections.size(), size_t(2)); // a-b inside, b-c to the outside
    const DesignFragment region = extractForRemoval(d, {QStringLiteral("euw1")});
    QCOMPARE(region.zones.size(), size_t(3));
    QCOMPARE(region.zones.front().id, QStringLiteral("euw1")); // parents first
}

void TestDesign::copyKeepsOnlyInternalConnections()
{
    const Design d = sample();
    const DesignFragment f = extractForCopy(d, {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(f.components.size(), size_t(2));
    QCOMPARE(f.connections.size(), size_t(1));
    QCOMPARE(f.connections.front().id, QStringLiteral("a-b"));
}

void TestDesign::pasteGetsFreshIdsAndKeepsReferences()
{
    const Design d = sample();
    const DesignFragment copied = extractForCopy(d, {QStringLiteral("az-a")});
    const DesignFragment pasted = prepareForPaste(copied, d, d, QPointF(50, 50));
    Design target = d;
    for (const Zone &z : pasted.zones)
        QVERIFY2(target.addZone(z), qPrintable(z.id));
    for (const Component &c : pasted.components)
        QVERIFY2(target.addComponent(c), qPrintable(c.id));
    for (const Connection &c : pasted.connections)
        QVERIFY2(target.addConnection(c), qPrintable(c.id));
    QCOMPARE(target.components().size(), size_t(5));
    QCOMPARE(target.connections().size(), size_t(3));
    const Zone &newZone = pasted.zones.front();
    QVERIFY(newZone.id != QStringLiteral("az-a"));
    QVERIFY(newZone.parent.isEmpty()); // its region was not copied: top level, at the same scene spot + offset
    QCOMPARE(newZone.position, d.scenePosition(QStringLiteral("az-a")) + QPointF(50, 50));
    for (const Component &c : pasted.components)
        QCOMPARE(c.zone, newZone.id);
    const Connection &link = pasted.connections.front();
    QVERIFY(target.component(link.from) && target.component(link.to));
    QVERIFY(link.from != QStringLiteral("a"));
}

void TestDesign::clipboardCopyStandsAlone()
{
    // Components copied out of a zone that stays behind must load as a design of their own.
    const Design d = sample();
    const DesignFragment f = extractStandalone(d, {QStringLiteral("a"), QStringLiteral("b")});
    const Design clip = fragmentAsDesign(f, QStringLiteral("Clipboard"));
    QCOMPARE(clip.components().size(), size_t(2));
    QCOMPARE(clip.connections().size(), size_t(1));
    for (const Component &c : clip.components()) {
        QVERIFY(c.zone.isEmpty());
        QCOMPARE(c.position, d.scenePosition(c.id));
    }
    const LoadResult reloaded = readDesign(writeDesign(clip, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml,
                                           QStringLiteral("clipboard"), Catalog::builtin());
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.diagnostics.empty() ? QString() : reloaded.diagnostics.front().toString()));
}

void TestDesign::slugAndUniqueIds()
{
    QCOMPARE(Design::slugify(QStringLiteral("Orders DB")), QStringLiteral("orders-db"));
    QCOMPARE(Design::slugify(QStringLiteral("  Zürich / Payments!! ")), QStringLiteral("zurich-payments"));
    QCOMPARE(Design::slugify(QStringLiteral("東京")), QStringLiteral("item"));
    const Design d = sample();
    QCOMPARE(d.uniqueId(QStringLiteral("a")), QStringLiteral("a-2"));
    QCOMPARE(d.uniqueId(QStringLiteral("New service")), QStringLiteral("new-service"));
}

/// "Import into This Design": names match (case and spacing aside), the import's properties update the
/// matched item and are noted, another kind is kept and noted, new items get fresh ids inside the matched
/// or new zones, and a connection already drawn is not doubled.
void TestDesign::importMergesByName()
{
    Design open;
    open.addZone({QStringLiteral("eu"), QStringLiteral("region"), QStringLiteral("EU West"), {}, QPointF(10, 10), QSizeF(800, 600), {}});
    open.addComponent({QStringLiteral("orders"), QStringLiteral("microservice"), QStringLiteral("Orders"), QStringLiteral("eu"), QPointF(40, 60),
                       {}, true, {{QStringLiteral("replicas"), qint64(2)}}});
    open.addComponent({QStringLiteral("db"), QStringLiteral("relational-database"), QStringLiteral("Orders DB"), QStringLiteral("eu"),
                       QPointF(300, 60), {}, false, {}});
    open.addConnection({QStringLiteral("orders-to-db"), QStringLiteral("orders"), QStringLiteral("db"), QStringLiteral("tcp"), 5432, ConnectionMode::Sync, {}, std::nullopt});

    Design imported;
    imported.addZone({QStringLiteral("region-1"), QStringLiteral("region"), QStringLiteral("eu  west"), {}, {}, {}, {}});
    imported.addComponent({QStringLiteral("orders-svc"), QStringLiteral("microservice"), QStringLiteral("ORDERS"), QStringLiteral("region-1"), {}, {},
                           false, {{QStringLiteral("replicas"), qint64(3)}}});
    imported.addComponent({QStringLiteral("orders-db"), QStringLiteral("document-database"), QStringLiteral("Orders DB"), QStringLiteral("region-1"),
                           {}, {}, false, {{QStringLiteral("engine"), QStringLiteral("mongodb")}}});
    imported.addComponent({QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("Session cache"), QStringLiteral("region-1"), {}, {}, false, {}});
    imported.addConnection({QStringLiteral("c1"), QStringLiteral("orders-svc"), QStringLiteral("orders-db"), QStringLiteral("tcp"), 5432, ConnectionMode::Sync, {}, std::nullopt});
    imported.addConnection({QStringLiteral("c2"), QStringLiteral("orders-svc"), QStringLiteral("db"), QStringLiteral("tcp"), 6379, ConnectionMode::Sync, {}, std::nullopt});
    imported.metadata[QStringLiteral("source.db")] = QStringLiteral("compose.yaml:12");

    const ImportMerge m = mergeImport(open, imported);
    const Design &d = m.merged;
    QCOMPARE(d.zones().size(), size_t(1));                    // "eu  west" is "EU West"
    QCOMPARE(d.components().size(), size_t(3));               // the cache is new
    QCOMPARE(d.component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);
    QCOMPARE(d.component(QStringLiteral("orders"))->position, QPointF(40, 60)); // kept where it was drawn
    QVERIFY(d.component(QStringLiteral("orders"))->pinned);
    QCOMPARE(d.component(QStringLiteral("db"))->kind, QStringLiteral("relational-database")); // another kind: kept
    const Component *cache = nullptr;
    for (const Component &c : d.components())
        if (c.name == QLatin1String("Session cache"))
            cache = &c;
    QVERIFY(cache);
    QVERIFY(cache->id != QLatin1String("db")); // "db" was taken
    QCOMPARE(cache->zone, QStringLiteral("eu"));
    QCOMPARE(cache->position, QPointF(0, 0)); // for the new-only layout
    QCOMPARE(d.metadata.at(QStringLiteral("source.") + cache->id), QStringLiteral("compose.yaml:12"));
    QCOMPARE(d.connections().size(), size_t(2)); // orders -> db was already drawn; orders -> cache is new
    QCOMPARE(m.added, 1);
    QCOMPARE(m.updated, 1);
    QCOMPARE(m.connections, 1);
    QCOMPARE(m.notes.size(), 2);
    QVERIFY2(m.notes.join(QLatin1Char('|')).contains(QLatin1String("Orders: replicas 2 -> 3")), qPrintable(m.notes.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"
