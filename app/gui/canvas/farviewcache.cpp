// SPDX-License-Identifier: MIT
#include "farviewcache.h"

#include <QGraphicsScene>
#include <QPainter>

#include <cmath>

namespace sd {

namespace {
/// About 48 MB of tiles: a full-HD screen of tiles at two scales, several times over.
constexpr int kCacheKiB = 48 * 1024;
} // namespace

FarViewCache::FarViewCache(QGraphicsScene *scene, QObject *parent) : QObject(parent), m_scene(scene)
{
    m_tiles.setMaxCost(kCacheKiB);
    connect(scene, &QGraphicsScene::changed, this, &FarViewCache::forget);
}

int FarViewCache::levelFor(qreal zoom)
{
    // Level l renders at √2^l (l <= 0 out here); the smallest scale at or above the zoom keeps
    // the picture sharp: it is only ever drawn smaller.
    return int(std::ceil(std::log2(std::max(zoom, 1e-4)) * 2 - 1e-9));
}

qreal FarViewCache::scaleOf(int level) { return std::pow(2.0, level / 2.0); }

qreal FarViewCache::tileScale(qreal zoom) { return scaleOf(levelFor(zoom)); }

QRectF FarViewCache::tileRect(const TileKey &key)
{
    const qreal side = kTilePixels / scaleOf(key.level);
    return QRectF(key.column * side, key.row * side, side, side);
}

void FarViewCache::clear() { m_tiles.clear(); }

void FarViewCache::forget(const QList<QRectF> &changed)
{
    if (m_tiles.isEmpty())
        return;
    const QList<TileKey> keys = m_tiles.keys();
    for (const TileKey &key : keys) {
        const QRectF tile = tileRect(key);
        for (const QRectF &rect : changed)
            // The scene reports what an item covered; antialiasing reaches a pixel beyond it.
            if (tile.intersects(rect.adjusted(-2, -2, 2, 2))) {
                m_tiles.remove(key);
                break;
            }
    }
}

QPixmap FarViewCache::renderTile(const TileKey &key, qreal devicePixelRatio) const
{
    const int pixels = int(std::ceil(kTilePixels * devicePixelRatio));
    QPixmap tile(pixels, pixels);
    tile.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&tile);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // The scene paints its own background first, so the tile is opaque.
    m_scene->render(&painter, QRectF(0, 0, kTilePixels, kTilePixels), tileRect(key), Qt::IgnoreAspectRatio);
    return tile;
}

void FarViewCache::paint(QPainter *painter, const QRectF &exposed, qreal zoom, qreal devicePixelRatio)
{
    if (devicePixelRatio != m_devicePixelRatio) {
        m_tiles.clear(); // the window moved to a screen of another density
        m_devicePixelRatio = devicePixelRatio;
    }
    const int level = levelFor(zoom);
    const qreal side = kTilePixels / scaleOf(level);
    const int firstColumn = int(std::floor(exposed.left() / side)), lastColumn = int(std::floor(exposed.right() / side));
    const int firstRow = int(std::floor(exposed.top() / side)), lastRow = int(std::floor(exposed.bottom() / side));
    const int cost = std::max(1, int(std::ceil(kTilePixels * devicePixelRatio)) * int(std::ceil(kTilePixels * devicePixelRatio)) * 4 / 1024);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const TileKey key{level, column, row};
            if (const QPixmap *cached = m_tiles.object(key)) {
                painter->drawPixmap(tileRect(key), *cached, QRectF(QPointF(), cached->size()));
                continue;
            }
            const QPixmap fresh = renderTile(key, devicePixelRatio);
            ++m_rendered;
            painter->drawPixmap(tileRect(key), fresh, QRectF(QPointF(), fresh.size()));
            m_tiles.insert(key, new QPixmap(fresh), cost); // a shared copy; the cache drops the oldest
        }
    }
}

} // namespace sd
