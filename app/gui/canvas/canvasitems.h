// SPDX-License-Identifier: MIT
#pragma once

#include "diagrampainter.h"
#include "routing.h"

#include <QGraphicsItem>
#include <QPointer>
#include <QString>

#include <optional>

namespace sd {

class CanvasScene;

/// Graphics item types, one enum for the whole canvas.
enum CanvasItemType {
    ZoneItemType = QGraphicsItem::UserType + 1,
    ComponentItemType,
    ConnectionItemType,
    CompareGhostItemType, ///< compare mode: a removed item drawn where it was (not a model item)
    NoteItemType,         ///< a text note (noteitem.h)
};

/// A corner of a zone, where its resize handle is.
enum class ResizeCorner { None, TopLeft, TopRight, BottomRight, BottomLeft };

/// The graphics z value of a zone or component item with this stacking order (Zone::zOrder).
qreal stackingZ(int itemType, int zOrder);

/// What canvas items share: the model id they stand for. Items never own data;
/// they read the design through the scene and redraw in syncFromModel().
class ModelItem : public QGraphicsItem
{
public:
    ModelItem(CanvasScene *scene, QString id) : m_canvas(scene), m_id(std::move(id)) {}
    const QString &id() const { return m_id; }
    virtual void syncFromModel() = 0;

protected:
    CanvasScene *canvas() const { return m_canvas; }

private:
    CanvasScene *m_canvas;
    QString m_id;
};

} // namespace sd

namespace sd {

/// A zone drawn as a labelled container; its members are child items, so they move with it.
class ZoneItem : public ModelItem
{
public:
    enum { Type = ZoneItemType };
    ZoneItem(CanvasScene *scene, const QString &id);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    /// Only the title bar and the frame take clicks: inside, a click or rubber band reaches
    /// the canvas and the members.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void syncFromModel() override;

    QRectF rect() const { return QRectF(QPointF(), m_size); }
    /// Which corner's resize handle is at `scenePos` (selected only).
    ResizeCorner handleAt(QPointF scenePos) const;
    /// Shows a size while resizing, before the command is pushed.
    void previewGeometry(QPointF pos, QSizeF size);

private:
    QSizeF m_size;
};

/// A component: icon, name, kind and key facts on a card.
class ComponentItem : public ModelItem
{
public:
    enum { Type = ComponentItemType };
    ComponentItem(CanvasScene *scene, const QString &id);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void syncFromModel() override;

    QRectF rect() const { return QRectF(QPointF(), m_size); }
    /// Where the name goes when zoomed out (no icon, no facts).
    QRectF captionRect() const { return DiagramPainter::captionRect(m_size); }
    /// The card in scene coordinates (without the badge and outline around it).
    QRectF sceneCard() const { return mapRectToScene(rect()); }

private:
    QSizeF m_size;
    int m_captionPixelSize = 0; ///< 0 until a paint needs it (DiagramPainter::kCaptionLod)
};

/// A dependency drawn as an arrow from caller to callee along its route, with a label.
/// The route comes from the scene's ConnectionRouter; the item only draws and hit-tests it.
class ConnectionItem : public ModelItem
{
public:
    enum { Type = ConnectionItemType };
    ConnectionItem(CanvasScene *scene, const QString &id);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    /// The stroke around the line (10 wide), the label and, when selected, the waypoint handles.
    QPainterPath shape() const override;
    /// The same area as shape() without building it: the pointer is tested against every line
    /// whose bounds hold it, and long lines' bounds cover much of a large design.
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Label text, mode and waypoints from the design (the scene routes it after).
    void syncFromModel() override;
    /// Takes the route and label place the router computed.
    void setRoute(const RoutedConnection &routed);
    /// Shows the handles of waypoints being dragged, before the command is pushed.
    void previewWaypoints(const std::vector<QPointF> &waypoints);

    QPolygonF route() const { return m_geometry.route; }
    /// Where the label sits (null without one) and what it says.
    QRectF labelRect() const { return m_geometry.labelRect; }
    QString label() const { return m_label; }
    /// Which end's handle is at `scenePos` (selected only).
    enum class End { None, Start, Finish };
    End endHandleAt(QPointF scenePos) const;
    /// Index of the waypoint whose handle is at `scenePos` (selected only), or -1.
    int waypointAt(QPointF scenePos) const;
    /// Whether `scenePos` is on the line or its label (what a drag bends).
    bool isOnLine(QPointF scenePos) const;
    /// Where among the waypoints a new one at `scenePos` (on the line) goes, so the route keeps its order.
    int waypointInsertIndex(QPointF scenePos) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// Whether `point` lies within `halfWidth` of the drawn line.
    bool nearLine(QPointF point, qreal halfWidth) const;
    /// After the route, the waypoints or the selection changed: bounds and shape follow.
    void geometryChanged();

    ConnectionGeometry m_geometry;
    QRectF m_bounds;
    mutable std::optional<QPainterPath> m_shape; ///< built on first use (rubber band, outline)
    QString m_label;
    QString m_from, m_to; ///< its ends, for the paint
    bool m_async = false;
};

} // namespace sd
