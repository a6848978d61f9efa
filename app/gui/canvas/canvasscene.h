// SPDX-License-Identifier: MIT
#pragma once

#include "alignmentguides.h"
#include "canvasitems.h"
#include "comparestyle.h"
#include "connecthandles.h"
#include "document.h"
#include "kindpicker.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace sd {

class ComponentItem;
class ConnectionItem;
class NoteItem;
class ZoneItem;

/**
 * Mirrors a Document on a canvas: one item per zone, component and connection,
 * created and updated only from the document's signals. Gestures (move, resize,
 * connect, re-attach) end in undo commands; the scene never edits the design itself.
 */
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class Tool { Select, Connect };

    explicit CanvasScene(Document *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const { return m_document; }
    const Design &design() const { return m_document->design(); }

    ComponentItem *componentItem(const QString &id) const { return m_components.value(id); }
    ZoneItem *zoneItem(const QString &id) const { return m_zones.value(id); }
    ConnectionItem *connectionItem(const QString &id) const { return m_connections.value(id); }
    NoteItem *noteItem(const QString &id) const { return m_notes.value(id); }
    ModelItem *itemFor(const QString &id) const;

    /// Adds a text note with its top-left at `scenePos` (inside the zone there), as one undo
    /// step, and opens it for writing. Returns its id.
    QString addNoteAt(QPointF scenePos);
    /// Opens the in-place editor of a note (double-click, F2). False when `id` is no note.
    bool editNote(const QString &id);
    /// Whether a note's text is being edited: keys go to the editor, not to canvas shortcuts.
    bool isEditingText() const;

    /// Ids of the selected zones, components and connections, sorted.
    QStringList selectedIds() const;
    /// The component, connection or zone drawn topmost at a scene position, or empty.
    QString idAt(QPointF scenePos) const;
    void selectIds(const QStringList &ids);
    /// Bounding rectangle of the given items in scene coordinates.
    QRectF boundsOf(const QStringList &ids) const;

    /// The innermost zone whose area contains `scenePos`, skipping `excluded` zones and
    /// everything inside them. Empty when the point is on the bare canvas.
    QString zoneAt(QPointF scenePos, const QSet<QString> &excluded = {}) const;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    QPointF snapped(QPointF p) const;

    /// A new connection from one component to another, with the protocol and port its callee's
    /// kind suggests (what drawing a connection creates).
    Connection newConnection(const QString &from, const QString &to) const;
    /// The same, to a callee that is not in the design yet (created by the same undo step).
    Connection newConnection(const QString &from, const Component &callee) const;
    /// What a connect drag dropped on nothing asks: which kind to create there (a popup menu
    /// unless a test replaces it).
    void setKindPicker(KindPicker picker) { m_kindPicker = std::move(picker); }
    /// Where a new card must not go: the cards, and the frames and title bars of zones (it lands
    /// inside a zone or outside it, never across a zone's edge).
    std::vector<QRectF> occupiedRects() const;
    /// The card whose connect handles are shown (the one under the mouse), or empty.
    QString hoveredCard() const { return m_connectHandles ? m_hoverCard : QString(); }
    /// The alignment guides a drag shows now; empty when not dragging or nothing lines up.
    std::vector<QLineF> guideLines() const { return m_guides ? m_guides->lines() : std::vector<QLineF>(); }
    /// The mouse left the view: no card is hovered.
    void clearHoverHandles();
    /// Why a connection from `from` to `to` is refused, in the components' names; "" when it is not.
    QString connectionRefusal(const QString &from, const QString &to, const QString &ignoreConnectionId = {}) const;

    /// Moves the selection by a step (arrow keys); one undo step.
    void nudgeSelection(QPointF delta);

    /// The colours and font of the items: the application's palette, refreshed when it changes.
    const DiagramTheme &theme() const;
    /// What the items paint with (the renderer shared with the exports).
    DiagramContext diagramContext() const;
    /// Whether connections show the user's label or protocol:port.
    ConnectionLabelMode labelMode() const { return m_labelMode; }
    void setLabelMode(ConnectionLabelMode mode);

    /// Heat view: component id -> 0..1 share of entry points hurt when it fails.
    /// The heat view: a level 0..1 per rated component, and what its tooltip says about it.
    void setHeat(const QHash<QString, double> &heat, const QHash<QString, QString> &notes = {});
    double heat(const QString &componentId) const { return m_heat.value(componentId, -1); }
    /// Failure simulation: lost components are drawn greyed out.
    void setLost(const QSet<QString> &lost);
    bool isLost(const QString &componentId) const { return !m_lost.isEmpty() && m_lost.contains(componentId); }
    /// What a simulated failure takes down itself: components, or the zone, region or clouds that fail.
    void setFailed(const QSet<QString> &ids);
    bool isFailed(const QString &id) const { return m_failed.contains(id); }
    /// Failure simulation: component id -> why it survives by failover; shown in its tooltip.
    void setFailoverNotes(const QHash<QString, QString> &notes);
    QString failoverNote(const QString &componentId) const { return m_failoverNotes.value(componentId); }
    QString heatNote(const QString &componentId) const { return m_heatNotes.value(componentId); }
    /// Findings by component: highest severity (0 info, 1 warning, 2 error) and count.
    void setBadges(const QHash<QString, QPair<int, int>> &badges);
    QPair<int, int> badge(const QString &componentId) const { return m_badges.value(componentId, {-1, 0}); }

    /// Compare mode: how each item differs from the design it is compared with (a decoration the
    /// items draw over themselves, like the heat view; empty outside compare mode).
    void setCompareMarks(const QHash<QString, CompareMark> &marks);
    CompareMark compareMark(const QString &id) const { return m_compareMarks.value(id, CompareMark::None); }

    /// Called by items when their geometry changes, so attached connections follow.
    void updateConnectionsOf(const QString &componentId);
    /// Routes every connection (what the canvas and the exports draw with).
    const ConnectionRouter &router() const { return m_router; }
    /// Ends a gesture in progress without a change (Esc): items go back to the model.
    bool cancelGesture();

Q_SIGNALS:
    /// A gesture was refused or needs explaining ("a component cannot depend on itself").
    void message(const QString &text);
    /// The user asked to rename an item in place (double-click).
    void renameRequested(const QString &id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addZoneItem(const QString &id);
    void addComponentItem(const QString &id);
    void addConnectionItem(const QString &id);
    void addNoteItem(const QString &id);
    void onNoteChanged(const QString &id, Changes changes);
    void removeModelItem(const QString &id);
    void onZoneChanged(const QString &id, Changes changes);
    void followHoveredCard();
    void onComponentChanged(const QString &id, Changes changes);
    void updateConnectionsInside(const QString &zoneId);
    // Routing: the router mirrors the items' scene geometry; flushRoutes() hands new routes to
    // the connection items (deferred while a batch of items moves at once).
    void routeConnection(const QString &id);
    void placeCard(const QString &componentId);
    void placeZoneHeader(const QString &zoneId);
    void flushRoutes();

    // Gestures
    enum class Gesture { None, PendingMove, Move, Connect, Reattach, Resize, PendingBend, Bend };
    void beginMove(QPointF scenePos);
    void liftSelection();
    void finishMove();
    void cancelMove();
    void finishConnect(QGraphicsSceneMouseEvent *event);
    /// Connect dropped on nothing: a new component of the kind the picker gives, connected.
    void connectToNewComponent(const QString &from, QPointF scenePos, QPoint screenPos);
    /// The card with a connect handle at `scenePos` (in a view at `viewScale`), and which side.
    QString connectHandleAt(QPointF scenePos, qreal viewScale, ConnectSide *side) const;
    void updateHoverHandles(QPointF scenePos, qreal viewScale);
    /// Where smart guides move the dragged items, `targets` being where the drag puts them
    /// before the grid; on an axis without a guide, the grid has its say.
    GuideSnap guideSnap(const QHash<QString, QPointF> &targets, const QGraphicsSceneMouseEvent *event);
    /// Shows the guides of a drag (none: removes them).
    void showGuideLines(const std::vector<QLineF> &lines);

    void finishReattach(QPointF scenePos);
    void finishResize();
    void previewBend(QPointF scenePos);
    /// The rubber line and the drop hint a gesture shows.
    void removeGestureHints();
    void finishBend();
    QString componentAt(QPointF scenePos) const;

    Document *m_document;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, ComponentItem *> m_components;
    QHash<QString, ConnectionItem *> m_connections;
    QHash<QString, NoteItem *> m_notes;
    mutable IconCache m_icons;
    mutable DiagramTheme m_theme;
    mutable qint64 m_themePalette = -1; ///< QPalette::cacheKey() the theme was made from
    ConnectionLabelMode m_labelMode = ConnectionLabelMode::UserLabel;
    QHash<QString, double> m_heat;
    QSet<QString> m_lost;
    QSet<QString> m_failed;
    QHash<QString, QString> m_failoverNotes;
    QHash<QString, QString> m_heatNotes;
    QHash<QString, QPair<int, int>> m_badges;
    QHash<QString, CompareMark> m_compareMarks;

    Tool m_tool = Tool::Select;
    bool m_snap = true;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QStringList m_moving;               ///< top-most selected items being dragged
    QHash<QString, QPointF> m_startScenePos;
    QString m_gestureItem;              ///< connect source, re-attached connection, resized item
    bool m_reattachSource = false;      ///< re-attaching the start (true) or the end
    ResizeCorner m_resizeCorner = ResizeCorner::None;
    QRectF m_resizeStart;
    int m_bendIndex = -1;                  ///< the waypoint being dragged
    std::vector<QPointF> m_bendWaypoints;  ///< the connection's waypoints as the drag has them
    ConnectionRouter m_router;
    int m_routeBatch = 0;                  ///< > 0: routes are handed out when the batch ends
    QGraphicsLineItem *m_rubberLine = nullptr;
    QGraphicsRectItem *m_dropHint = nullptr;
    AlignmentGuidesItem *m_guides = nullptr;       ///< while a drag lines up with other cards
    ConnectHandlesItem *m_connectHandles = nullptr; ///< while a card is hovered
    QString m_hoverCard;
    KindPicker m_kindPicker;
};

} // namespace sd
