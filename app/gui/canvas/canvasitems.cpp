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
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QtMath>

namespace sd {

// --- ZoneItem --------------------------------------------------------------------

ZoneItem::ZoneItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
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

int ZoneItem::handleAt(QPointF scenePos) const
{
    if (!isSelected())
        return 0;
    const QPointF p = mapFromScene(scenePos);
    const QPointF corners[4] = {rect().topLeft(), rect().topRight(), rect().bottomRight(), rect().bottomLeft()};
    for (int i = 0; i < 4; ++i)
        if (QLineF(p, corners[i]).length() <= DiagramStyle::kHandleRadius + 3)
            return i + 1;
    return 0;
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
    DiagramPainter::paintZone(painter, canvas()->diagramContext(), *z, m_size, look,
                              option->levelOfDetailFromTransform(painter->worldTransform()));
}

// --- ComponentItem ---------------------------------------------------------------

ComponentItem::ComponentItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(10);
    syncFromModel();
}

QRectF ComponentItem::boundingRect() const
{
    // Room for the connect handle on the right, the findings outline around the card and the
    // findings badge on the top-right (drawn up to twice as large when zoomed out).
    return rect().adjusted(-5, -20, DiagramStyle::kHandleRadius + 4, 5);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), 8, 8);
    path.addEllipse(QPointF(m_size.width(), m_size.height() / 2), DiagramStyle::kHandleRadius + 2,
                    DiagramStyle::kHandleRadius + 2);
    return path;
}

bool ComponentItem::isOnConnectHandle(QPointF scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return QLineF(p, QPointF(m_size.width(), m_size.height() / 2)).length() <= DiagramStyle::kHandleRadius + 3;
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    ModelItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    ModelItem::hoverLeaveEvent(event);
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
    const QString tip = kind ? QStringLiteral("%1 — %2").arg(c->name, kind->displayText()) : c->name;
    const QString failover = canvas()->failoverNote(id());
    setToolTip(failover.isEmpty() ? tip : tip + QLatin1Char('\n') + failover);
    m_captionPixelSize = DiagramPainter::captionPixelSize(canvas()->theme(), c->name, m_size);
    update();
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Component *c = canvas()->design().component(id());
    if (!c)
        return;
    ItemLook look;
    look.selected = isSelected();
    look.hovered = m_hovered;
    look.showHandles = canvas()->tool() == CanvasScene::Tool::Select;
    look.lost = canvas()->isLost(id());
    look.heat = canvas()->heat(id());
    const auto [severity, count] = canvas()->badge(id());
    look.badgeSeverity = severity;
    look.badgeCount = count;
    DiagramPainter::paintComponent(painter, canvas()->diagramContext(), *c, m_size, look,
                                   option->levelOfDetailFromTransform(painter->worldTransform()), m_captionPixelSize);
}

// --- ConnectionItem --------------------------------------------------------------

ConnectionItem::ConnectionItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setZValue(20);
    syncFromModel();
}

void ConnectionItem::syncFromModel()
{
    const Connection *c = canvas()->design().connection(id());
    if (!c)
        return;
    m_async = c->mode == ConnectionMode::Async;
    m_label = DiagramPainter::connectionLabel(*c, canvas()->labelMode());
    // The tooltip says what the label does not show.
    const QString other = DiagramPainter::connectionLabel(
        *c, canvas()->labelMode() == ConnectionLabelMode::UserLabel ? ConnectionLabelMode::Protocol : ConnectionLabelMode::UserLabel);
    setToolTip(other != m_label ? other : QString());
    updateGeometry();
}

void ConnectionItem::updateGeometry()
{
    const Connection *c = canvas()->design().connection(id());
    ComponentItem *from = c ? canvas()->componentItem(c->from) : nullptr;
    ComponentItem *to = c ? canvas()->componentItem(c->to) : nullptr;
    if (!from || !to)
        return;
    prepareGeometryChange();
    m_geometry = DiagramPainter::connectionGeometry(canvas()->theme(), from->mapRectToScene(from->rect()),
                                                    to->mapRectToScene(to->rect()), m_label);
}

QRectF ConnectionItem::boundingRect() const
{
    return QRectF(m_geometry.line.p1(), m_geometry.line.p2()).normalized().adjusted(-12, -12, 12, 12).united(m_geometry.labelRect);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path(m_geometry.line.p1());
    path.lineTo(m_geometry.line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(path);
    if (!m_geometry.labelRect.isNull())
        s.addRect(m_geometry.labelRect);
    return s;
}

int ConnectionItem::endHandleAt(QPointF scenePos) const
{
    if (!isSelected())
        return 0;
    if (QLineF(scenePos, m_geometry.line.p1()).length() <= DiagramStyle::kHandleRadius + 3)
        return 1;
    if (QLineF(scenePos, m_geometry.line.p2()).length() <= DiagramStyle::kHandleRadius + 3)
        return 2;
    return 0;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const Connection *c = canvas()->design().connection(id());
    ItemLook look;
    look.selected = isSelected();
    look.lost = c && (canvas()->isLost(c->from) || canvas()->isLost(c->to));
    const QRectF visible = widget ? painter->worldTransform().inverted().mapRect(QRectF(widget->rect())) : boundingRect();
    DiagramPainter::paintConnection(painter, canvas()->diagramContext(), m_geometry, m_async, look,
                                    option->levelOfDetailFromTransform(painter->worldTransform()), visible);
}

} // namespace sd
