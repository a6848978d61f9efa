// SPDX-License-Identifier: MIT
// Orthogonal connection routing (issue 16): routes go around cards and zone title bars, keep
// right angles, leave and enter cards perpendicular to a side, pass through the user's
// waypoints, and parallel lines do not lie on top of one another; on every example after
// auto-layout no route crosses a card.
#include "catalog.h"
#include "designio.h"
#include "layout.h"
#include "layoutcheck.h"
#include "routing.h"

#include <QDir>

#include <memory>
#include <QTest>

using namespace sd;

namespace {

RectIndex indexOf(const std::vector<std::pair<QString, QRectF>> &rects)
{
    RectIndex index;
    for (const auto &[id, r] : rects)
        index.set(id, r);
    return index;
}

/// Every run horizontal or vertical.
bool isOrthogonal(const RoutePoints &route)
{
    for (int i = 0; i + 1 < route.size(); ++i)
        if (std::abs(route[i].x() - route[i + 1].x()) > 0.01 && std::abs(route[i].y() - route[i + 1].y()) > 0.01)
            return false;
    return route.size() >= 2;
}

bool onBorder(const QRectF &r, QPointF p)
{
    const bool x = std::abs(p.x() - r.left()) < 0.01 || std::abs(p.x() - r.right()) < 0.01;
    const bool y = std::abs(p.y() - r.top()) < 0.01 || std::abs(p.y() - r.bottom()) < 0.01;
    return (x && p.y() >= r.top() - 0.01 && p.y() <= r.bottom() + 0.01) || (y && p.x() >= r.left() - 0.01 && p.x() <= r.right() + 0.01);
}

/// The first run leaves the card at right angles to the side it starts on.
bool leavesPerpendicular(const QRectF &card, QPointF port, QPointF next)
{
    if (std::abs(port.x() - card.left()) < 0.01 || std::abs(port.x() - card.right()) < 0.01)
        return std::abs(port.y() - next.y()) < 0.01;
    return std::abs(port.x() - next.x()) < 0.01;
}

/// Index of the run of `route` that `p` lies on, or -1.
int runThrough(const RoutePoints &route, QPointF p)
{
    for (int i = 0; i + 1 < route.size(); ++i) {
        const QRectF run = QRectF(route[i], route[i + 1]).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
        if (run.contains(p))
            return i;
    }
    return -1;
}

/// Pairs of runs of different routes that lie on the same line over a stretch longer than a unit.
int sharedStretches(const std::vector<RoutePoints> &routes)
{
    int shared = 0;
    for (size_t a = 0; a < routes.size(); ++a)
        for (size_t b = a + 1; b < routes.size(); ++b)
            for (int i = 0; i + 1 < routes[a].size(); ++i)
                for (int j = 0; j + 1 < routes[b].size(); ++j) {
                    const QRectF ra = QRectF(routes[a][i], routes[a][i + 1]).normalized();
                    const QRectF rb = QRectF(routes[b][j], routes[b][j + 1]).normalized();
                    const bool horizontal = ra.height() == 0 && rb.height() == 0 && std::abs(ra.top() - rb.top()) < 1;
                    const bool vertical = ra.width() == 0 && rb.width() == 0 && std::abs(ra.left() - rb.left()) < 1;
                    if (horizontal && std::min(ra.right(), rb.right()) - std::max(ra.left(), rb.left()) > 1)
                        ++shared;
                    if (vertical && std::min(ra.bottom(), rb.bottom()) - std::max(ra.top(), rb.top()) > 1)
                        ++shared;
                }
    return shared;
}

Design example(const QString &path)
{
    auto loaded = loadDesign(path, Catalog::builtin());
    return loaded.design ? *loaded.design : Design();
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goesAroundACardInTheWay();
    void goesAroundAZoneTitleBar();
    void passesThroughWaypointsInOrder();
    void straightStyleIsOneLineFromEdgeToEdge();
    void parallelLinesAreMovedApart();
    void movingACardReroutesOnlyWhatItTouches();
    void aCardDroppedOnARouteMakesItGoAround();
    void largeDesignsDrawDefaultLinesStraight();
    void examples_data();
    void examplesAfterLayoutCrossNoCard();
    void examplesAfterLayoutCrossNoCard_data() { examples_data(); }
};

void TestRouting::goesAroundACardInTheWay()
{
    const QRectF a(0, 0, 120, 60), b(500, 0, 120, 60), wall(240, -100, 120, 260);
    const RectIndex cards = indexOf({{"a", a}, {"b", b}, {"wall", wall}});
    const RoutePoints route = routeOrthogonal(cards, RectIndex(), RouteEnds{a, b, {}});
    QVERIFY2(isOrthogonal(route), "every run is horizontal or vertical");
    QVERIFY(!routeCrosses(route, wall));
    QVERIFY(!routeCrosses(route, a));
    QVERIFY(!routeCrosses(route, b));
    QVERIFY(onBorder(a, route.first()));
    QVERIFY(onBorder(b, route.last()));
    QVERIFY(leavesPerpendicular(a, route[0], route[1]));
    QVERIFY(leavesPerpendicular(b, route.last(), route[route.size() - 2]));
    // It keeps its distance: no run closer than the clearance to the wall.
    const qreal clearance = RouteSettings().clearance;
    QVERIFY(!routeCrosses(route, wall.adjusted(-clearance + 1, -clearance + 1, clearance - 1, clearance - 1)));
    // Over the wall or under it, not a detour: at most four bends.
    QVERIFY2(route.size() <= 6, qPrintable(QString::number(route.size())));

    // Nothing in the way: one straight run from the facing sides.
    const RoutePoints direct = routeOrthogonal(indexOf({{"a", a}, {"b", b}}), RectIndex(), RouteEnds{a, b, {}});
    QCOMPARE(direct.size(), 2);
    QCOMPARE(direct.first(), QPointF(a.right(), a.center().y()));
    QCOMPARE(direct.last(), QPointF(b.left(), b.center().y()));
}

void TestRouting::goesAroundAZoneTitleBar()
{
    // A card above a zone calls a card inside it: the route enters the zone beside its title
    // bar, not through it.
    const QRectF caller(300, -200, 120, 60), callee(300, 120, 120, 60);
    const QRectF title(100, 40, 520, 28);
    const RectIndex cards = indexOf({{"caller", caller}, {"callee", callee}});
    const RectIndex headers = indexOf({{"zone", title}});
    const RoutePoints route = routeOrthogonal(cards, headers, RouteEnds{caller, callee, {}});
    QVERIFY(isOrthogonal(route));
    QVERIFY2(!routeCrosses(route, title), "the route covers the zone's title bar");
    QVERIFY(onBorder(caller, route.first()));
    QVERIFY(onBorder(callee, route.last()));
}

void TestRouting::passesThroughWaypointsInOrder()
{
    const QRectF a(0, 0, 120, 60), b(500, 0, 120, 60), other(200, 200, 120, 60);
    const RectIndex cards = indexOf({{"a", a}, {"b", b}, {"other", other}});
    const std::vector<QPointF> waypoints = {QPointF(180, 400), QPointF(420, 400)};
    const RoutePoints route = routeOrthogonal(cards, RectIndex(), RouteEnds{a, b, waypoints});
    QVERIFY(isOrthogonal(route));
    const int first = runThrough(route, waypoints[0]);
    const int second = runThrough(route, waypoints[1]);
    QVERIFY2(first >= 0 && second >= 0, "the route passes through both waypoints");
    QVERIFY2(first <= second, "in the order given");
    for (const QRectF &card : {a, b, other})
        QVERIFY(!routeCrosses(route, card));
}

void TestRouting::straightStyleIsOneLineFromEdgeToEdge()
{
    const QRectF a(0, 0, 100, 50), b(300, 200, 100, 50);
    const RoutePoints route = routeStraight(RouteEnds{a, b, {}});
    QCOMPARE(route.size(), 2);
    QVERIFY(onBorder(a, route.first()));
    QVERIFY(onBorder(b, route.last()));
    const RoutePoints bent = routeStraight(RouteEnds{a, b, {QPointF(50, 300)}});
    QCOMPARE(bent.size(), 3);
    QCOMPARE(bent[1], QPointF(50, 300));
}

void TestRouting::parallelLinesAreMovedApart()
{
    // One caller, three callees stacked on the right: three lines leave the same side.
    ConnectionRouter router;
    router.setCard(QStringLiteral("api"), QRectF(0, 100, 180, 72));
    for (int i = 0; i < 3; ++i) {
        const QString id = QStringLiteral("db%1").arg(i);
        router.setCard(id, QRectF(400, qreal(i) * 120, 180, 72));
        router.setConnection(QStringLiteral("c%1").arg(i), QStringLiteral("api"), id, {}, ConnectionStyle::Orthogonal, {});
    }
    router.update();
    std::vector<RoutePoints> routes;
    for (int i = 0; i < 3; ++i)
        routes.push_back(router.route(QStringLiteral("c%1").arg(i))->points);
    QCOMPARE(sharedStretches(routes), 0);
    for (const RoutePoints &r : routes) {
        QVERIFY(isOrthogonal(r));
        QVERIFY(onBorder(QRectF(0, 100, 180, 72), r.first()));
    }
    // The pure function does the same to routes on top of one another.
    RoutePoints x{{0, 0}, {100, 0}, {100, 100}}, y{{0, 0}, {100, 0}, {100, -100}};
    std::vector<RoutePoints *> both{&x, &y};
    separateParallel(both);
    QCOMPARE(sharedStretches({x, y}), 0);
    QVERIFY(isOrthogonal(x) && isOrthogonal(y));
}

void TestRouting::movingACardReroutesOnlyWhatItTouches()
{
    ConnectionRouter router;
    router.setCard(QStringLiteral("a"), QRectF(0, 0, 180, 72));
    router.setCard(QStringLiteral("b"), QRectF(400, 0, 180, 72));
    router.setCard(QStringLiteral("c"), QRectF(0, 2000, 180, 72));
    router.setCard(QStringLiteral("d"), QRectF(400, 2000, 180, 72));
    router.setConnection(QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"), {}, ConnectionStyle::Orthogonal, {});
    router.setConnection(QStringLiteral("cd"), QStringLiteral("c"), QStringLiteral("d"), {}, ConnectionStyle::Orthogonal, {});
    QCOMPARE(router.update(), QStringList({QStringLiteral("ab"), QStringLiteral("cd")}));
    const RoutePoints before = router.route(QStringLiteral("ab"))->points;
    router.setCard(QStringLiteral("b"), QRectF(400, 300, 180, 72));
    QCOMPARE(router.update(), QStringList({QStringLiteral("ab")}));
    QVERIFY(router.route(QStringLiteral("ab"))->points != before);
    QVERIFY(onBorder(QRectF(400, 300, 180, 72), router.route(QStringLiteral("ab"))->points.last()));
    QVERIFY(router.update().isEmpty()); // nothing changed since
}

void TestRouting::aCardDroppedOnARouteMakesItGoAround()
{
    ConnectionRouter router;
    router.setCard(QStringLiteral("a"), QRectF(0, 0, 180, 72));
    router.setCard(QStringLiteral("b"), QRectF(600, 0, 180, 72));
    router.setCard(QStringLiteral("x"), QRectF(0, 600, 120, 60));
    router.setConnection(QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"), {}, ConnectionStyle::Orthogonal, {});
    router.update();
    QCOMPARE(router.route(QStringLiteral("ab"))->points.size(), 2);
    const QRectF dropped(330, -20, 120, 110);
    router.setCard(QStringLiteral("x"), dropped);
    QCOMPARE(router.update(), QStringList({QStringLiteral("ab")}));
    QVERIFY(!routeCrosses(router.route(QStringLiteral("ab"))->points, dropped));
}

// Above 2,000 connections routing would take seconds to open and each drag step hundreds of
// milliseconds: lines on the default style are drawn straight, an explicit override still routes.
void TestRouting::largeDesignsDrawDefaultLinesStraight()
{
    const auto build = [](int connections) {
        auto router = std::make_unique<ConnectionRouter>();
        for (int i = 0; i <= connections; ++i)
            router->setCard(QStringLiteral("c%1").arg(i), QRectF(i * 300, (i % 2) * 200, 120, 60));
        for (int i = 0; i < connections; ++i)
            router->setConnection(QStringLiteral("k%1").arg(i), QStringLiteral("c%1").arg(i), QStringLiteral("c%1").arg(i + 1), {},
                                  ConnectionStyle::Orthogonal, {});
        router->update();
        return router;
    };
    {
        const auto router = build(2000);
        const RoutedConnection *r = router->route(QStringLiteral("k0"));
        QVERIFY(r);
        QCOMPARE(r->style, ConnectionStyle::Orthogonal);
        QVERIFY(isOrthogonal(r->points));
        QVERIFY(r->points.size() > 2); // the cards are offset: a right-angled route bends
    }
    const auto router = build(2001);
    const RoutedConnection *r = router->route(QStringLiteral("k0"));
    QVERIFY(r);
    QCOMPARE(r->style, ConnectionStyle::Straight);
    QCOMPARE(r->points.size(), 2);
    router->setStyleOverride(ConnectionStyle::Orthogonal);
    router->update();
    r = router->route(QStringLiteral("k0"));
    QCOMPARE(r->style, ConnectionStyle::Orthogonal);
    QVERIFY(r->points.size() > 2);
}

void TestRouting::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRouting::examplesAfterLayoutCrossNoCard()
{
    QFETCH(QString, path);
    const Catalog &catalog = Catalog::builtin();
    const Design design = applyPlacements(example(path), compoundLayout(example(path), catalog));
    QVERIFY(!design.connections().empty());
    ConnectionRouter router;
    loadDesignIntoRouter(router, design, catalog);
    QStringList problems;
    std::vector<RoutePoints> routes;
    for (const Connection &c : design.connections()) {
        const RoutedConnection *routed = router.route(c.id);
        QVERIFY(routed);
        routes.push_back(routed->points);
        if (!isOrthogonal(routed->points))
            problems << QStringLiteral("%1 is not orthogonal").arg(c.id);
        // No card, its own included: a route leaves its cards from the border, outwards.
        for (const Component &card : design.components())
            if (routeCrosses(routed->points, test::sceneRectOf(design, catalog, card.id)))
                problems << QStringLiteral("%1 crosses %2").arg(c.id, card.id);
        for (const Zone &z : design.zones()) {
            const QRectF zone = test::sceneRectOf(design, catalog, z.id);
            if (routeCrosses(routed->points, QRectF(zone.topLeft(), QSizeF(zone.width(), kRouteZoneTitleHeight))))
                problems << QStringLiteral("%1 crosses the title of %2").arg(c.id, z.id);
        }
        const QRectF from = test::sceneRectOf(design, catalog, c.from), to = test::sceneRectOf(design, catalog, c.to);
        if (!onBorder(from, routed->points.first()) || !onBorder(to, routed->points.last()))
            problems << QStringLiteral("%1 does not start and end on its cards").arg(c.id);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(sharedStretches(routes), 0);
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
