// SPDX-License-Identifier: MIT
// Auto-layout keeps containment (issue 16): children inside their zones below the title,
// zones grown to fit, no two cards overlapping, pinned components left alone; on every example.
#include "catalog.h"
#include "designio.h"
#include "layout.h"
#include "layoutcheck.h"

#include <QDir>
#include <QTest>

using namespace sd;

namespace {
Design example(const QString &path)
{
    auto loaded = loadDesign(path, Catalog::builtin());
    return loaded.design ? *loaded.design : Design();
}

/// The design as an import leaves it: everything at 0,0 of its zone, zones at default size.
Design scrambled(Design design)
{
    for (const Component &c : std::vector<Component>(design.components()))
        design.mutableComponent(c.id)->position = QPointF();
    for (const Zone &z : std::vector<Zone>(design.zones())) {
        design.mutableZone(z.id)->position = QPointF();
        design.mutableZone(z.id)->size = QSizeF();
    }
    return design;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void keepsContainment();
    void keepsContainment_data() { examples_data(); }
    void fromScratch();
    void fromScratch_data() { examples_data(); }
    void pinnedStayAndNewOnlyMovesNothingPlaced();
    void pinnedStayAndNewOnlyMovesNothingPlaced_data() { examples_data(); }
};

void TestLayout::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestLayout::keepsContainment()
{
    QFETCH(QString, path);
    const Design design = example(path);
    QVERIFY(!design.components().empty());
    const LayoutPlacements placements = compoundLayout(design, Catalog::builtin());
    const Design laid = applyPlacements(design, placements);
    const QStringList problems = test::layoutProblems(laid, Catalog::builtin());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // A second run finds nothing to do: the layout is a fixed point, not a random walk.
    const LayoutPlacements again = compoundLayout(laid, Catalog::builtin());
    QVERIFY2(again.empty(), qPrintable(QString::number(again.positions.size())));
    // Zones only grow.
    for (const auto &[id, size] : placements.sizes) {
        const QSizeF before = test::itemSize(design, Catalog::builtin(), id);
        QVERIFY(size.width() >= before.width() && size.height() >= before.height());
    }
}

void TestLayout::fromScratch()
{
    QFETCH(QString, path);
    const Design design = scrambled(example(path));
    QVERIFY(!test::layoutProblems(design, Catalog::builtin()).isEmpty()); // the check can fail
    const Design laid = applyPlacements(design, compoundLayout(design, Catalog::builtin()));
    const QStringList problems = test::layoutProblems(laid, Catalog::builtin());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayout::pinnedStayAndNewOnlyMovesNothingPlaced()
{
    QFETCH(QString, path);
    Design design = applyPlacements(example(path), compoundLayout(example(path), Catalog::builtin()));
    // Pin the first component somewhere odd but free: it stays, the others avoid it.
    const QString pinnedId = design.components().front().id;
    Component *pinned = design.mutableComponent(pinnedId);
    pinned->pinned = true;
    const QPointF pinnedAt = pinned->position;
    const LayoutPlacements placements = compoundLayout(design, Catalog::builtin());
    QVERIFY(!placements.positions.count(pinnedId));
    const Design laid = applyPlacements(design, placements);
    QCOMPARE(laid.component(pinnedId)->position, pinnedAt);
    QVERIFY(test::layoutProblems(laid, Catalog::builtin()).isEmpty());

    // New-only: one new component at 0,0 of a zone is placed; nothing placed moves.
    Component fresh;
    fresh.id = laid.uniqueId(QStringLiteral("fresh"));
    fresh.kind = QStringLiteral("microservice");
    fresh.name = QStringLiteral("Fresh");
    fresh.zone = laid.components().back().zone;
    Design withNew = laid;
    QVERIFY(withNew.addComponent(fresh));
    CompoundLayoutOptions options;
    options.newOnly = true;
    const LayoutPlacements only = compoundLayout(withNew, Catalog::builtin(), options);
    QCOMPARE(int(only.positions.size()), 1);
    QCOMPARE(only.positions.begin()->first, fresh.id);
    const Design placed = applyPlacements(withNew, only);
    const QStringList problems = test::layoutProblems(placed, Catalog::builtin());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
