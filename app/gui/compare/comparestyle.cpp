// SPDX-License-Identifier: MIT
#include "comparestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

QPen markPen(CompareMark mark, qreal width)
{
    QPen pen(CompareStyle::colour(mark), width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    // Moved and removed are dashed: "only drawn elsewhere" and "not here any more" are weaker
    // than a real change, and a dashed red frame reads as a ghost even where colours are hard to tell.
    if (mark == CompareMark::Moved || mark == CompareMark::Removed)
        pen.setDashPattern({4, 3});
    return pen;
}

/// The painter's scale (scene unit -> device pixels), to keep strokes legible when zoomed out.
qreal scaleOf(const QPainter *painter)
{
    const QTransform &t = painter->worldTransform();
    return std::max(0.05, std::sqrt(std::abs(t.determinant())));
}

/// The mark's line: at least about two device pixels wide at any zoom, but never wider than
/// `maxWidth` scene units (the room the item leaves around itself).
void strokeMarked(QPainter *painter, const QPainterPath &path, CompareMark mark, qreal width, qreal maxWidth)
{
    if (mark == CompareMark::None)
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(markPen(mark, std::clamp(2.2 / scaleOf(painter), width, maxWidth)));
    painter->drawPath(path);
    painter->restore();
}

} // namespace

QColor CompareStyle::colour(CompareMark mark)
{
    switch (mark) {
    case CompareMark::Added: return QColor(0x1e, 0xa4, 0x4a);   // green
    case CompareMark::Removed: return QColor(0xd9, 0x2d, 0x20); // red
    case CompareMark::Changed: return QColor(0xf0, 0x9a, 0x00); // amber
    case CompareMark::Moved: return QColor(0xf0, 0x9a, 0x00);
    case CompareMark::None: break;
    }
    return {};
}

QString CompareStyle::label(CompareMark mark)
{
    switch (mark) {
    case CompareMark::Added: return tr("Added");
    case CompareMark::Removed: return tr("Removed");
    case CompareMark::Changed: return tr("Changed");
    case CompareMark::Moved: return tr("Moved");
    case CompareMark::None: break;
    }
    return {};
}

QIcon CompareStyle::swatch(CompareMark mark)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paintBadge(&painter, QPointF(8, 8), 7, mark);
    return QIcon(pixmap);
}

void CompareStyle::paintOutline(QPainter *painter, const QPainterPath &outline, CompareMark mark, qreal maxWidth)
{
    strokeMarked(painter, outline, mark, 3, maxWidth);
}

void CompareStyle::paintLine(QPainter *painter, const QPainterPath &line, CompareMark mark)
{
    strokeMarked(painter, line, mark, 3, 12);
}

QString CompareStyle::symbol(CompareMark mark)
{
    switch (mark) {
    case CompareMark::Added: return QStringLiteral("+");
    case CompareMark::Removed: return QStringLiteral("\u2212"); // minus sign
    case CompareMark::Changed: return QStringLiteral("\u0394"); // Greek capital delta: "a difference"
    case CompareMark::Moved: return QStringLiteral("\u2194"); // left-right arrow
    case CompareMark::None: break;
    }
    return {};
}

void CompareStyle::paintBadge(QPainter *painter, QPointF centre, qreal radius, CompareMark mark)
{
    if (mark == CompareMark::None)
        return;
    painter->save();
    painter->setPen(QPen(Qt::white, radius / 5));
    painter->setBrush(colour(mark));
    painter->drawEllipse(centre, radius, radius);
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(radius * 1.5)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, symbol(mark));
    painter->restore();
}

qreal CompareStyle::badgeRadius(const QPainter *painter)
{
    // About eight pixels on screen, up to twice the size in the scene when zoomed out.
    return std::clamp(8 / scaleOf(painter), 8.0, 16.0);
}

} // namespace sd
