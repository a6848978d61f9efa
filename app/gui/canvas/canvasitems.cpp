// SPDX-License-Identifier: MIT
#include "canvasitems.h"

#include "canvasscene.h"
#include "diagramstyle.h"
#include "diagrampainter.h"
#include "catalog.h"
#include "placement.h"

#include <algorithm>
#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QtMath>

#include <limits>

namespace sd {

qreal stackingZ(int itemType, int zOrder)
{
    // Cards above zones at the same level; within each, the saved order (|zOrder| <= 10^6).
    return (itemType == ComponentItemType ? 10 : 0) + zOrder * 1e-6;
}

// --- ZoneItem --------------------------------------------------------------------

ZoneItem::ZoneItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    syncFromModel();
}

QRectF ZoneItem::boundingRect() const
{
    const qreal m = DiagramStyle::kHandleRadius + 1;
    return rect().adjusted(-m, -m, m, m);
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath outer;
    outer.addRect(rect().adjusted(-4, -4, 4, 4));
    QPainterPath inner;
    inner.addRect(rect().adjusted(4, DiagramStyle::kZoneTitleHeight, -4, -4));
    QPainterPath frame = outer.subtracted(inner);
    if (isSelected()) {
        for (QPointF c : {rect().topLeft(), rect().topRight(), rect().bottomRight(), rect().bottomLeft()})
            frame.addEllipse(c, DiagramStyle::kHandleRadius + 2, DiagramStyle::kHandleRadius + 2);
    }
    return frame;
}

ResizeCorner ZoneItem::handleAt(QPointF scenePos) const
{
    if (!isSelected())
        return ResizeCorner::None;
    const QPointF p = mapFromScene(scenePos);
    const std::pair<ResizeCorner, QPointF> corners[] = {{ResizeCorner::TopLeft, rect().topLeft()},
                                                        {ResizeCorner::TopRight, rect().topRight()},
                                                        {ResizeCorner::BottomRight, rect().bottomRight()},
                                                        {ResizeCorner::BottomLeft, rect().bottomLeft()}};
    for (const auto &[corner, at] : corners)
        if (QLineF(p, at).length() <= DiagramStyle::kHandleRadius + 3)
            return corner;
    return ResizeCorner::None;
}

void ZoneItem::previewGeometry(QPointF pos, QSizeF size)
{
    prepareGeometryChange();
    setPos(pos);
    m_size = size;
}

void ZoneItem::syncFromModel()
{
    const Zone *z = canvas()->design().zone(id());
    if (!z)
        return;
    const KindSpec *kind = canvas()->document()->catalog().kind(z->kind);
    prepareGeometryChange();
    m_size = z->size.isEmpty() && kind ? kind->defaultSize : z->size;
    ZoneItem *parent = canvas()->zoneItem(z->parent);
    if (parentItem() != parent)
        setParentItem(parent);
    setPos(z->position);
    setZValue(stackingZ(ZoneItemType, z->zOrder));
    setToolTip(z->name);
    update();
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Zone *z = canvas()->design().zone(id());
    if (!z)
        return;
    ItemLook look;
    look.selected = isSelected();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    DiagramPainter::paintZone(painter, canvas()->diagramContext(), *z, m_size, look, lod);
    if (canvas()->isFailed(id())) {
        QPainterPath frame;
        frame.addRoundedRect(rect(), 6, 6);
        DiagramPainter::paintFailureMark(painter, frame, lod);
    }
    if (const CompareMark mark = canvas()->compareMark(id()); mark != CompareMark::None) {
        QPainterPath frame;
        frame.addRect(rect());
        CompareStyle::paintOutline(painter, frame, mark, 2 * (DiagramStyle::kHandleRadius + 1));
        const qreal r = std::min(CompareStyle::badgeRadius(painter), DiagramStyle::kZoneTitleHeight / 2 - 2);
        CompareStyle::paintBadge(painter, QPointF(m_size.width() - r - 4, DiagramStyle::kZoneTitleHeight / 2), r, mark);
    }
}

// --- ComponentItem ---------------------------------------------------------------

ComponentItem::ComponentItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    syncFromModel();
}

QRectF ComponentItem::boundingRect() const
{
    // Room for the findings outline around the card and the findings badge on the top-right
    // (drawn up to twice as large when zoomed out). The connect handles are the scene's
    // ConnectHandlesItem, sized in view pixels.
    return rect().adjusted(-5, -20, 5, 5);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), 8, 8);
    return path;
}

void ComponentItem::syncFromModel()
{
    const Component *c = canvas()->design().component(id());
    if (!c)
        return;
    const KindSpec *kind = canvas()->document()->catalog().kind(c->kind);
    prepareGeometryChange();
    m_size = c->size.isEmpty() && kind ? kind->defaultSize : c->size;
    ZoneItem *parent = canvas()->zoneItem(c->zone);
    if (parentItem() != parent)
        setParentItem(parent);
    setPos(c->position);
    setZValue(stackingZ(ComponentItemType, c->zOrder));
    QStringList tip{kind ? QStringLiteral("%1 — %2").arg(c->name, kind->displayText()) : c->name};
    for (const QString &note : {canvas()->failoverNote(id()), canvas()->heatNote(id())})
        if (!note.isEmpty())
            tip.append(note);
    setToolTip(tip.join(QLatin1Char('\n')));
    // Measured when a caption is first drawn: laying out 100,000 names for a design opened
    // zoomed out took a tenth of opening it, for text too small to draw.
    m_captionPixelSize = 0;
    update();
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Component *c = canvas()->design().component(id());
    if (!c)
        return;
    ItemLook look;
    look.selected = isSelected();
    look.lost = canvas()->isLost(id());
    look.heat = canvas()->heat(id());
    const auto [severity, count] = canvas()->badge(id());
    look.badgeSeverity = severity;
    look.badgeCount = count;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_captionPixelSize == 0 && lod >= DiagramPainter::kCaptionLod)
        m_captionPixelSize = DiagramPainter::captionPixelSize(canvas()->theme(), c->name, m_size);
    DiagramPainter::paintComponent(painter, canvas()->diagramContext(), *c, m_size, look, lod, m_captionPixelSize);
    if (canvas()->isFailed(id())) {
        QPainterPath card;
        card.addRoundedRect(QRectF(QPointF(), m_size), DiagramPainter::kCardRadius, DiagramPainter::kCardRadius);
        DiagramPainter::paintFailureMark(painter, card, lod);
    }
    if (const CompareMark mark = canvas()->compareMark(id()); mark != CompareMark::None) {
        QPainterPath card;
        card.addRoundedRect(rect().adjusted(-1, -1, 1, 1), DiagramPainter::kCardRadius + 1, DiagramPainter::kCardRadius + 1);
        CompareStyle::paintOutline(painter, card, mark, 8); // the bounds leave 5 around the card
        // On the top-left corner (the findings badge has the top-right), within the bounds' 20 above.
        CompareStyle::paintBadge(painter, QPointF(13, 0), CompareStyle::badgeRadius(painter), mark);
    }
}

// --- ConnectionItem --------------------------------------------------------------

ConnectionItem::ConnectionItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    // For the exposed rectangle: a pan step exposes a strip, and a long line is cut to it
    // before it is stroked and before its label is laid out.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(20);
    syncFromModel();
}

void ConnectionItem::syncFromModel()
{
    const Connection *c = canvas()->design().connection(id());
    if (!c)
        return;
    m_async = c->mode == ConnectionMode::Async;
    m_from = c->from;
    m_to = c->to;
    m_label = DiagramPainter::connectionLabel(*c, canvas()->labelMode());
    m_geometry.label = m_label;
    m_geometry.waypoints = c->waypoints;
    m_shape.reset(); // the handles of the waypoints; the scene routes the line after
    // The tooltip says what the label does not show.
    const QString other = DiagramPainter::connectionLabel(
        *c, canvas()->labelMode() == ConnectionLabelMode::UserLabel ? ConnectionLabelMode::Protocol : ConnectionLabelMode::UserLabel);
    setToolTip(other != m_label ? other : QString());
    update();
}

void ConnectionItem::setRoute(const RoutedConnection &routed)
{
    prepareGeometryChange();
    m_geometry.route = QPolygonF(routed.points);
    m_geometry.style = routed.style;
    m_geometry.labelRect = routed.labelRect;
    geometryChanged();
}

void ConnectionItem::previewWaypoints(const std::vector<QPointF> &waypoints)
{
    prepareGeometryChange(); // the shape holds the handles
    m_geometry.waypoints = waypoints;
    geometryChanged();
}

void ConnectionItem::geometryChanged()
{
    // The scene asks for the bounds of every item on every paint and hit test: computed once here.
    m_bounds = m_geometry.route.boundingRect().adjusted(-12, -12, 12, 12).united(m_geometry.labelRect);
    m_shape.reset();
}

QVariant ConnectionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        m_shape.reset(); // the waypoint handles are part of the shape while selected
    return ModelItem::itemChange(change, value);
}

namespace {
constexpr qreal kLineHitWidth = 10;
qreal handleHitRadius() { return DiagramStyle::kHandleRadius + 2; }
} // namespace

QPainterPath ConnectionItem::shape() const
{
    if (m_shape)
        return *m_shape;
    QPainterPathStroker stroker;
    stroker.setWidth(kLineHitWidth);
    QPainterPath s = stroker.createStroke(DiagramPainter::connectionPath(m_geometry.route, m_geometry.style));
    if (!m_geometry.labelRect.isNull())
        s.addRect(m_geometry.labelRect);
    if (isSelected())
        for (const QPointF &p : m_geometry.waypoints)
            s.addEllipse(p, handleHitRadius(), handleHitRadius());
    m_shape = s;
    return s;
}

bool ConnectionItem::contains(const QPointF &point) const
{
    if (!m_bounds.contains(point))
        return false;
    if (m_geometry.labelRect.contains(point))
        return true;
    if (isSelected())
        for (const QPointF &p : m_geometry.waypoints)
            if (QLineF(point, p).length() <= handleHitRadius())
                return true;
    return nearLine(point, kLineHitWidth / 2);
}

bool ConnectionItem::nearLine(QPointF point, qreal halfWidth) const
{
    // A curve leaves its control polygon: test its outline. Orthogonal and straight lines run
    // along the route (the rounded corners cut in by under 3 units, inside the tolerance).
    if (m_geometry.style == ConnectionStyle::Curved) {
        QPainterPathStroker stroker;
        stroker.setWidth(2 * halfWidth);
        return stroker.createStroke(DiagramPainter::connectionPath(m_geometry.route, m_geometry.style)).contains(point);
    }
    const QPolygonF &route = m_geometry.route;
    const qreal limit = halfWidth * halfWidth;
    for (int i = 0; i + 1 < route.size(); ++i) {
        const QPointF a = route[i], ab = route[i + 1] - a;
        const qreal length2 = QPointF::dotProduct(ab, ab);
        const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF off = point - (a + t * ab);
        if (QPointF::dotProduct(off, off) <= limit)
            return true;
    }
    return false;
}

ConnectionItem::End ConnectionItem::endHandleAt(QPointF scenePos) const
{
    if (!isSelected() || m_geometry.route.size() < 2)
        return End::None;
    if (QLineF(scenePos, m_geometry.route.first()).length() <= DiagramStyle::kHandleRadius + 3)
        return End::Start;
    if (QLineF(scenePos, m_geometry.route.last()).length() <= DiagramStyle::kHandleRadius + 3)
        return End::Finish;
    return End::None;
}

int ConnectionItem::waypointAt(QPointF scenePos) const
{
    if (!isSelected())
        return -1;
    for (size_t i = 0; i < m_geometry.waypoints.size(); ++i)
        if (QLineF(scenePos, m_geometry.waypoints[i]).length() <= DiagramStyle::kHandleRadius + 3)
            return int(i);
    return -1;
}

bool ConnectionItem::isOnLine(QPointF scenePos) const
{
    if (m_geometry.labelRect.contains(scenePos))
        return true; // the label is a handle on its line too
    return nearLine(scenePos, kLineHitWidth / 2);
}

int ConnectionItem::waypointInsertIndex(QPointF scenePos) const
{
    // Distance along the route of the nearest point to `p`.
    const QPolygonF &route = m_geometry.route;
    auto along = [&](QPointF p) {
        qreal best = std::numeric_limits<qreal>::max(), at = 0, walked = 0;
        for (int i = 0; i + 1 < route.size(); ++i) {
            const QLineF run(route[i], route[i + 1]);
            const qreal length = run.length();
            const qreal t = length > 0 ? std::clamp(QPointF::dotProduct(p - run.p1(), run.p2() - run.p1()) / (length * length), 0.0, 1.0) : 0;
            const qreal distance = QLineF(p, run.pointAt(t)).length();
            if (distance < best) {
                best = distance;
                at = walked + t * length;
            }
            walked += length;
        }
        return at;
    };
    const qreal here = along(scenePos);
    int index = 0;
    for (const QPointF &w : m_geometry.waypoints)
        if (along(w) < here)
            ++index;
    return index;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // What the paint needs of the connection was copied at the last change: looking it up by
    // id in the design was a sixth of a pan step over a thousand lines.
    ItemLook look;
    look.selected = isSelected();
    look.lost = canvas()->isLost(m_from) || canvas()->isLost(m_to);
    QRectF visible = widget ? painter->worldTransform().inverted().mapRect(QRectF(widget->rect())) : boundingRect();
    if (option->exposedRect.isValid())
        visible = visible.intersected(option->exposedRect);
    DiagramPainter::paintConnection(painter, canvas()->diagramContext(), m_geometry, m_async, look,
                                    option->levelOfDetailFromTransform(painter->worldTransform()), visible);
    if (const CompareMark mark = canvas()->compareMark(id()); mark != CompareMark::None)
        CompareStyle::paintLine(painter, DiagramPainter::connectionPath(m_geometry.route, m_geometry.style), mark);
}

} // namespace sd
