// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QRectF>

#include <optional>
#include <vector>

namespace sd {

/// Where smart guides put a dragged rectangle, and the lines that show why.
struct GuideSnap {
    std::optional<qreal> dx, dy; ///< to add to the dragged rectangle, on each axis that has a guide
    std::vector<QLineF> lines;   ///< one per guide, across the dragged rectangle and those it lines up with
};

/**
 * Smart alignment guides, as draw.io has them: when the left, centre or right of `moving` comes
 * within `tolerance` of the same edge of one of `others` (and likewise top, middle, bottom), the
 * nearest one on each axis wins and `moving` snaps to it. A pure function, so the rule is tested
 * without a view; the scene passes only the cards near the view.
 */
GuideSnap snapToGuides(const QRectF &moving, const std::vector<QRectF> &others, qreal tolerance);

/// Draws the guide lines of a drag, 1 px dashed in the selection colour, at any zoom.
class AlignmentGuidesItem : public QGraphicsItem
{
public:
    AlignmentGuidesItem();
    void setLines(const std::vector<QLineF> &lines);
    const std::vector<QLineF> &lines() const { return m_lines; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<QLineF> m_lines;
    QRectF m_bounds;
};

} // namespace sd
