// SPDX-License-Identifier: MIT
#include "alignmentguides.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

#include <array>
#include <cmath>

namespace sd {

namespace {

/// One axis: the three edges of a rectangle along it (left, centre, right or top, middle, bottom).
std::array<qreal, 3> edges(const QRectF &r, Qt::Orientation axis)
{
    if (axis == Qt::Horizontal)
        return {r.left(), r.center().x(), r.right()};
    return {r.top(), r.center().y(), r.bottom()};
}

/// The nearest edge of `others` matching an edge of `moving` within `tolerance`: the shift to it.
std::optional<qreal> nearestShift(const QRectF &moving, const std::vector<QRectF> &others, qreal tolerance,
                                  Qt::Orientation axis)
{
    std::optional<qreal> best;
    const auto mine = edges(moving, axis);
    for (const QRectF &other : others) {
        const auto theirs = edges(other, axis);
        for (size_t i = 0; i < mine.size(); ++i) {
            const qreal shift = theirs[i] - mine[i];
            if (std::abs(shift) <= tolerance && (!best || std::abs(shift) < std::abs(*best)))
                best = shift;
        }
    }
    return best;
}

/// The guides along `axis` through the snapped rectangle: one per edge that lines up with others.
void addLines(const QRectF &snapped, const std::vector<QRectF> &others, Qt::Orientation axis, std::vector<QLineF> *lines)
{
    const auto mine = edges(snapped, axis);
    for (size_t i = 0; i < mine.size(); ++i) {
        // Along the other axis, from the farthest start to the farthest end of what lines up.
        qreal from = axis == Qt::Horizontal ? snapped.top() : snapped.left();
        qreal to = axis == Qt::Horizontal ? snapped.bottom() : snapped.right();
        bool aligned = false;
        for (const QRectF &other : others) {
            if (std::abs(edges(other, axis)[i] - mine[i]) > 0.5)
                continue;
            aligned = true;
            from = std::min(from, axis == Qt::Horizontal ? other.top() : other.left());
            to = std::max(to, axis == Qt::Horizontal ? other.bottom() : other.right());
        }
        if (aligned)
            lines->push_back(axis == Qt::Horizontal ? QLineF(mine[i], from, mine[i], to) : QLineF(from, mine[i], to, mine[i]));
    }
}

} // namespace

GuideSnap snapToGuides(const QRectF &moving, const std::vector<QRectF> &others, qreal tolerance)
{
    GuideSnap snap;
    snap.dx = nearestShift(moving, others, tolerance, Qt::Horizontal);
    snap.dy = nearestShift(moving, others, tolerance, Qt::Vertical);
    const QRectF snapped = moving.translated(snap.dx.value_or(0), snap.dy.value_or(0));
    if (snap.dx)
        addLines(snapped, others, Qt::Horizontal, &snap.lines);
    if (snap.dy)
        addLines(snapped, others, Qt::Vertical, &snap.lines);
    return snap;
}

AlignmentGuidesItem::AlignmentGuidesItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1e5); // above the dragged cards (lifted by 1000)
}

void AlignmentGuidesItem::setLines(const std::vector<QLineF> &lines)
{
    if (lines == m_lines)
        return;
    prepareGeometryChange();
    m_lines = lines;
    m_bounds = QRectF();
    for (const QLineF &line : m_lines)
        m_bounds = m_bounds.united(QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2));
    update();
}

void AlignmentGuidesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (!widget)
        return; // only live views show a drag
    QPen pen(QApplication::palette().color(QPalette::Highlight), 1, Qt::DashLine);
    pen.setCosmetic(true); // 1 px at every zoom
    painter->setPen(pen);
    for (const QLineF &line : m_lines)
        painter->drawLine(line);
}

} // namespace sd
