// SPDX-License-Identifier: MIT
#include "comparestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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

/// A soft halo of the mark's colour, then its line on top: visible at any zoom and on any theme.
void strokeMarked(QPainter *painter, const QPainterPath &path, CompareMark mark, qreal haloWidth, qreal lineWidth)
{
    if (mark == CompareMark::None)
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    QColor halo = CompareStyle::colour(mark);
    halo.setAlphaF(0.28);
    painter->setPen(QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    painter->setPen(markPen(mark, lineWidth));
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
    QColor fill = colour(mark);
    fill.setAlphaF(mark == CompareMark::Removed || mark == CompareMark::Moved ? 0.2 : 0.45);
    painter.setBrush(fill);
    painter.setPen(markPen(mark, 2));
    painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pixmap);
}

void CompareStyle::paintOutline(QPainter *painter, const QPainterPath &outline, CompareMark mark)
{
    strokeMarked(painter, outline, mark, 8, 3);
}

void CompareStyle::paintLine(QPainter *painter, const QPainterPath &line, CompareMark mark)
{
    strokeMarked(painter, line, mark, 9, 2.5);
}

} // namespace sd
