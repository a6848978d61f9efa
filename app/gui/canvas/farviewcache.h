// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QRectF>

class QGraphicsScene;
class QPainter;

namespace sd {

/**
 * The canvas zoomed out, drawn from cached tiles of the scene instead of item by item.
 *
 * With a whole 10,000-component design in view, painting every card and line took a quarter
 * of a second per frame, on every scroll step and every repaint. Below kMaxZoom the view
 * draws pictures of the scene instead: square tiles rendered at a few fixed scales (steps
 * of √2, each drawn at most √2 smaller than it was rendered), kept in a cache of bounded size,
 * and dropped where the scene reports a change (QGraphicsScene::changed), so a moved card or a
 * new selection redraws only the tiles it touches.
 */
class FarViewCache : public QObject
{
    Q_OBJECT

public:
    /// Zoomed in from here the view paints its items itself (where labels and arrowheads
    /// appear, and a card's text becomes legible).
    static constexpr qreal kMaxZoom = 0.35;
    /// A tile's side in device pixels.
    static constexpr int kTilePixels = 512;

    explicit FarViewCache(QGraphicsScene *scene, QObject *parent = nullptr);

    /// Paints the part `exposed` (scene coordinates) of the scene at `zoom`, with `painter`
    /// already mapping scene to device. Missing tiles are rendered first.
    void paint(QPainter *painter, const QRectF &exposed, qreal zoom, qreal devicePixelRatio);
    /// Forgets every tile (a new palette, or the scene cleared).
    void clear();

    /// The scale tiles are rendered at for `zoom`: the smallest step of √2 at or above it.
    static qreal tileScale(qreal zoom);
    /// How many tiles are cached, and how many were rendered since the cache was made.
    int cachedTiles() const { return int(m_tiles.size()); }
    int renderedTiles() const { return m_rendered; }

private:
    struct TileKey {
        int level;
        int column;
        int row;
        bool operator==(const TileKey &other) const = default;
    };
    friend size_t qHash(const TileKey &key, size_t seed) { return qHashMulti(seed, key.level, key.column, key.row); }

    static int levelFor(qreal zoom);
    static qreal scaleOf(int level);
    static QRectF tileRect(const TileKey &key);
    QPixmap renderTile(const TileKey &key, qreal devicePixelRatio) const;
    void forget(const QList<QRectF> &changed);

    QGraphicsScene *m_scene;
    QCache<TileKey, QPixmap> m_tiles; ///< cost in KiB
    qreal m_devicePixelRatio = 0;
    int m_rendered = 0;
};

} // namespace sd
