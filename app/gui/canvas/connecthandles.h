// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QRectF>

#include <optional>

namespace sd {

/// The side of a card a connect handle sits on (in the middle of that side).
enum class ConnectSide { Left, Top, Right, Bottom };

/**
 * The hover connect handles of a card, draw.io style: one in the middle of each side. Their
 * size is in view pixels, not scene units, so that they stay visible and can be hit at any zoom
 * at which the card is drawn; the geometry is here so the scene's hit test and the overlay's
 * painting agree.
 */
namespace ConnectHandles {

inline constexpr ConnectSide kSides[] = {ConnectSide::Left, ConnectSide::Top, ConnectSide::Right, ConnectSide::Bottom};

/// The middle of `side` of `card` (both in the same coordinates).
QPointF anchor(const QRectF &card, ConnectSide side);

/// How far from its anchor a handle takes a press, in the card's coordinates, when one unit of
/// them is `viewScale` view pixels. A few pixels, but never so much of a small (zoomed out) card
/// that nothing is left to move it by.
qreal hitRadius(const QRectF &card, qreal viewScale);

/// The handle of `card` at `pos`, if any.
std::optional<ConnectSide> sideAt(const QRectF &card, QPointF pos, qreal viewScale);

} // namespace ConnectHandles

/**
 * Draws the connect handles of the card under the mouse above everything else. It takes no
 * clicks and has no shape: the scene hit-tests the handles with ConnectHandles::sideAt.
 */
class ConnectHandlesItem : public QGraphicsItem
{
public:
    ConnectHandlesItem();
    /// Shows the handles around `card` (scene coordinates) as a view at `viewScale` draws them.
    void showFor(const QRectF &card, qreal viewScale);
    const QRectF &card() const { return m_card; }
    qreal viewScale() const { return m_scale; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_card;
    qreal m_scale = 1;
};

} // namespace sd
