// SPDX-License-Identifier: MIT
// The zoomed-out canvas is drawn from cached tiles (FarViewCache). What a user would notice if
// it went wrong: a picture that differs from the cards and lines, a moved card or a selection
// that does not show, or the whole design redrawn on every change.
#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "farviewcache.h"
#include "generator.h"

#include <QApplication>
#include <QImage>
#include <optional>
#include <QTest>
#include <QUndoStack>

using namespace sd;

namespace {

/// The view's viewport as the user sees it after its paint events.
QImage frame(CanvasView &view)
{
    QCoreApplication::processEvents();
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// Pixels that are not the canvas background (by default the colour of the frame's corner).
int drawnPixels(const QImage &image, std::optional<QRgb> background = std::nullopt)
{
    const QRgb empty = background.value_or(image.pixel(0, 0));
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != empty;
    return drawn;
}

/// The share of the drawn pixels of `b` that look different in `a`: a channel off by more than a
/// quarter. Softened edges stay below it; a card or line missing or misplaced does not.
double differingShare(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            differing += std::max({std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                                   std::abs(qBlue(p[x]) - qBlue(q[x]))}) > 64;
    }
    return double(differing) / std::max(1, drawnPixels(b));
}

/// Mean absolute difference per channel (0..255) between two frames of one size.
double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(qRed(p[x]) - qRed(q[x])) + std::abs(qGreen(p[x]) - qGreen(q[x])) + std::abs(qBlue(p[x]) - qBlue(q[x]));
    }
    return sum / (3.0 * a.width() * a.height());
}

} // namespace

class TestFarView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tileScaleIsTheStepAtOrAboveTheZoom();
    void tilesShowWhatTheItemsShow_data();
    void tilesShowWhatTheItemsShow();
    void tilesCoverTheViewToItsEdges();
    void zoomedInTheItemsPaintThemselves();
    void aMovedCardRedrawsOnlyTheTilesItTouches();
    void aSelectionShowsAtOnce();
    void panningReusesTheTiles();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
};

void TestFarView::init()
{
    m_document = std::make_unique<Document>(Catalog::builtin());
    LoadResult loaded = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), Catalog::builtin());
    QVERIFY(loaded.ok());
    m_document->reset(*loaded.design);
    m_scene = std::make_unique<CanvasScene>(m_document.get());
    m_view = std::make_unique<CanvasView>(m_scene.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFarView::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_document.reset();
}

void TestFarView::tileScaleIsTheStepAtOrAboveTheZoom()
{
    // Rendered at most √2 larger than shown, never smaller (a blurred, enlarged tile).
    for (qreal zoom = 0.005; zoom < FarViewCache::kMaxZoom; zoom *= 1.07) {
        const qreal scale = FarViewCache::tileScale(zoom);
        QVERIFY2(scale >= zoom - 1e-9 && scale < zoom * std::sqrt(2.0) + 1e-9, qPrintable(QString::number(zoom)));
    }
    QCOMPARE(FarViewCache::tileScale(0.25), 0.25); // a step itself is rendered at its own scale
}

void TestFarView::tilesShowWhatTheItemsShow_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::newRow("names on cards (30 %)") << 0.30;
    QTest::newRow("coloured blocks (12 %)") << 0.12;
    QTest::newRow("zoom to fit of a large design (4 %)") << 0.04;
}

void TestFarView::tilesShowWhatTheItemsShow()
{
    QFETCH(qreal, zoom);
    m_view->setZoom(zoom);
    m_view->centerOn(m_scene->itemsBoundingRect().center());
    QVERIFY(m_view->drawsFromTiles());
    const QImage tiled = frame(*m_view);
    QVERIFY(m_view->farView()->renderedTiles() > 0);

    m_view->setFarViewEnabled(false);
    QVERIFY(!m_view->drawsFromTiles());
    const QImage items = frame(*m_view);
    QCOMPARE(tiled.size(), items.size());
    // The same picture: tiles are rendered at most √2 larger and scaled down, so edges soften,
    // but nothing moves, goes missing or changes colour.
    const double share = differingShare(tiled, items);
    qInfo("differing share of the drawn pixels at %.0f %%: %.3f", zoom * 100, share);
    QVERIFY2(share < 0.1, qPrintable(QString::number(share)));
    // And not an empty canvas on both sides: the design is there.
    QVERIFY(drawnPixels(items) > 1000);
}

void TestFarView::tilesCoverTheViewToItsEdges()
{
    // A design larger than the view, so cards and lines reach every edge: a tile missing or
    // shifted along a border shows there, where the small example has only background.
    m_view->setZoom(0.04);
    const QRgb background = frame(*m_view).pixel(0, 0); // the small example leaves the corner empty
    m_document->reset(generateDesign({400, 7}, Catalog::builtin()));
    m_view->setZoom(0.3);
    m_view->centerOn(m_scene->itemsBoundingRect().center());
    QVERIFY(m_view->drawsFromTiles());
    const QImage tiled = frame(*m_view);
    m_view->setFarViewEnabled(false);
    const QImage items = frame(*m_view);
    const int strip = 40;
    const QRect edges[] = {QRect(0, 0, strip, items.height()), QRect(items.width() - strip, 0, strip, items.height()),
                           QRect(0, 0, items.width(), strip), QRect(0, items.height() - strip, items.width(), strip)};
    for (const QRect &edge : edges) {
        const QImage expected = items.copy(edge);
        QVERIFY2(drawnPixels(expected, background) > edge.width() * edge.height() / 20, "the design does not reach this edge");
        const double share = differingShare(tiled.copy(edge), expected);
        QVERIFY2(share < 0.1, qPrintable(QStringLiteral("edge %1,%2 %3x%4: %5").arg(edge.x()).arg(edge.y()).arg(edge.width()).arg(edge.height()).arg(share)));
    }
}

void TestFarView::zoomedInTheItemsPaintThemselves()
{
    m_view->setZoom(FarViewCache::kMaxZoom);
    QVERIFY(!m_view->drawsFromTiles());
    frame(*m_view);
    QCOMPARE(m_view->farView()->renderedTiles(), 0);
}

void TestFarView::aMovedCardRedrawsOnlyTheTilesItTouches()
{
    m_view->setZoom(0.2);
    m_view->centerOn(m_scene->itemsBoundingRect().center());
    frame(*m_view);
    const int shown = m_view->farView()->cachedTiles();
    QVERIFY(shown > 1);

    // Move a card by a little, as a drag does.
    const Component &moved = m_document->design().components().front();
    const ItemPlacement before{moved.id, moved.zone, moved.position};
    ItemPlacement after = before;
    after.position += QPointF(30, 0);
    const int renderedBefore = m_view->farView()->renderedTiles();
    m_document->undoStack()->push(new PlaceItems(m_document.get(), {before}, {after}, QStringLiteral("drag")));
    const QImage tiled = frame(*m_view);
    const int redrawn = m_view->farView()->renderedTiles() - renderedBefore;
    QVERIFY2(redrawn >= 1 && redrawn < shown, qPrintable(QStringLiteral("%1 of %2 tiles redrawn").arg(redrawn).arg(shown)));

    // What is on screen is the card at its new place: the same as the items drawn afresh.
    m_view->setFarViewEnabled(false);
    QVERIFY(differingShare(tiled, frame(*m_view)) < 0.1);
}

void TestFarView::aSelectionShowsAtOnce()
{
    m_view->setZoom(0.12);
    const Component &chosen = m_document->design().components().front();
    ComponentItem *item = m_scene->componentItem(chosen.id);
    m_view->centerOn(item);
    const QImage unselected = frame(*m_view);
    item->setSelected(true);
    const QImage selected = frame(*m_view);
    // The card's block turns the highlight colour: its pixels change, and the rest stays.
    const QRect card = m_view->mapFromScene(item->sceneCard()).boundingRect().intersected(unselected.rect());
    QVERIFY(!card.isEmpty());
    QVERIFY(meanDifference(unselected.copy(card), selected.copy(card)) > 20.0);
    m_view->setFarViewEnabled(false);
    QVERIFY(differingShare(selected, frame(*m_view)) < 0.1);
}

void TestFarView::panningReusesTheTiles()
{
    m_view->setZoom(0.1);
    m_view->centerOn(m_scene->itemsBoundingRect().center());
    frame(*m_view);
    const int rendered = m_view->farView()->renderedTiles();
    // Back and forth by a few pixels: no tile is rendered again.
    for (int i = 0; i < 6; ++i) {
        m_view->centerOn(m_view->mapToScene(m_view->viewport()->rect().center() + QPoint(i % 2 ? -8 : 8, 0)));
        frame(*m_view);
    }
    QCOMPARE(m_view->farView()->renderedTiles(), rendered);
}

QTEST_MAIN(TestFarView)
#include "tst_farview.moc"
