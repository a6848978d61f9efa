// SPDX-License-Identifier: MIT
#include "connecthandles.h"

#include "diagramstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace sd {

namespace {
constexpr qreal kDrawnPixels = DiagramStyle::kHandleRadius - 1; ///< radius of the drawn circle
constexpr qreal kHitPixels = DiagramStyle::kHandleRadius + 3;   ///< a little more than is drawn: easy to hit
} // namespace

QPointF ConnectHandles::anchor(const QRectF &card, ConnectSide side)
{
    switch (side) {
    case ConnectSide::Left: return QPointF(card.left(), card.center().y());
    case ConnectSide::Top: return QPointF(card.center().x(), card.top());
    case ConnectSide::Right: return QPointF(card.right(), card.center().y());
    case ConnectSide::Bottom: return QPointF(card.center().x(), card.bottom());
    }
    return card.center();
}

qreal ConnectHandles::hitRadius(const QRectF &card, qreal viewScale)
{
    const qreal shortSidePixels = std::min(card.width(), card.height()) * viewScale;
    // At 30 % a 72-unit card is 22 px high: the handles keep at least its middle third free.
    const qreal pixels = std::clamp(shortSidePixels / 3, 4.0, kHitPixels);
    return pixels / std::max(viewScale, 1e-6);
}

std::optional<ConnectSide> ConnectHandles::sideAt(const QRectF &card, QPointF pos, qreal viewScale)
{
    const qreal radius = hitRadius(card, viewScale);
    std::optional<ConnectSide> best;
    qreal bestDistance = radius;
    for (ConnectSide side : kSides) {
        const qreal distance = QLineF(pos, anchor(card, side)).length();
        if (distance <= bestDistance) {
            best = side;
            bestDistance = distance;
        }
    }
    return best;
}

ConnectHandlesItem::ConnectHandlesItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1e5); // above the cards and the lines, below a gesture's rubber line
    setVisible(false);
}

void ConnectHandlesItem::showFor(const QRectF &card, qreal viewScale)
{
    if (isVisible() && card == m_card && viewScale == m_scale)
        return;
    prepareGeometryChange();
    m_card = card;
    m_scale = viewScale;
    setVisible(true);
    update();
}

QRectF ConnectHandlesItem::boundingRect() const
{
    const qreal m = (kHitPixels + 2) / std::max(m_scale, 1e-6);
    return m_card.adjusted(-m, -m, m, m);
}

void ConnectHandlesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (!widget)
        return; // a render of the scene (overview, export) is not hovered
    const qreal scale = std::max(painter->worldTransform().m11(), 1e-6);
    const qreal drawn = std::min(kDrawnPixels, ConnectHandles::hitRadius(m_card, scale) * scale) / scale;
    const QPalette palette = QApplication::palette();
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5 / scale));
    painter->setBrush(palette.color(QPalette::Base));
    for (ConnectSide side : ConnectHandles::kSides)
        painter->drawEllipse(ConnectHandles::anchor(m_card, side), drawn, drawn);
}

} // namespace sd
