// SPDX-License-Identifier: MIT
#pragma once

#include "diagrampainter.h"

#include <QGraphicsItem>
#include <QPointer>
#include <QString>

namespace sd {

class CanvasScene;

/// Graphics item types, one enum for the whole canvas.
enum CanvasItemType {
    ZoneItemType = QGraphicsItem::UserType + 1,
    ComponentItemType,
    ConnectionItemType,
};

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
    /// Which corner's resize handle is at `scenePos` (1 top-left, 2 top-right, 3 bottom-right, 4 bottom-left), or 0.
    int handleAt(QPointF scenePos) const;
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
    /// Whether `scenePos` is on the connect handle at the right edge.
    bool isOnConnectHandle(QPointF scenePos) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QSizeF m_size;
    int m_captionPixelSize = 14;
    bool m_hovered = false;
};

/// A dependency drawn as an arrow from caller to callee with a protocol:port label.
class ConnectionItem : public ModelItem
{
public:
    enum { Type = ConnectionItemType };
    ConnectionItem(CanvasScene *scene, const QString &id);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void syncFromModel() override;
    /// Recomputes the end points from the component items' current places.
    void updateGeometry();

    QLineF line() const { return m_geometry.line; }
    /// Where the label sits (null without one) and what it says.
    QRectF labelRect() const { return m_geometry.labelRect; }
    QString label() const { return m_label; }
    /// 1 when `scenePos` is on the start handle, 2 on the end handle, 0 otherwise (selected only).
    int endHandleAt(QPointF scenePos) const;

private:
    ConnectionGeometry m_geometry;
    QString m_label;
    bool m_async = false;
};

} // namespace sd
