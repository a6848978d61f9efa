// SPDX-License-Identifier: MIT
#include "canvasscene.h"

#include "diagramstyle.h"
#include "catalog.h"
#include "commands.h"
#include "layout.h"
#include "newitem.h"
#include "noteitem.h"
#include "notepainter.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace sd {

CanvasScene::CanvasScene(Document *document, QObject *parent) : QGraphicsScene(parent), m_document(document)
{
    // No index. Qt's BSP tree, at the depth it picks from the item count, put every long
    // connection into thousands of leaves: at 10,000 components 450 MB and most of the first
    // paint. A shallow tree (8 levels) stays small and halves hit tests and drag steps, but
    // building it made opening 100,000 components half as slow again; without an index every
    // paint and hit test passes over the items' cached bounds (benchmarks/README.md).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(document, &Document::designReset, this, &CanvasScene::rebuild);
    connect(document, &Document::zoneAdded, this, &CanvasScene::addZoneItem);
    connect(document, &Document::componentAdded, this, &CanvasScene::addComponentItem);
    connect(document, &Document::connectionAdded, this, &CanvasScene::addConnectionItem);
    connect(document, &Document::zoneAboutToBeRemoved, this, &CanvasScene::removeModelItem);
    connect(document, &Document::componentAboutToBeRemoved, this, &CanvasScene::removeModelItem);
    connect(document, &Document::connectionAboutToBeRemoved, this, &CanvasScene::removeModelItem);
    connect(document, &Document::zoneChanged, this, &CanvasScene::onZoneChanged);
    connect(document, &Document::componentChanged, this, &CanvasScene::onComponentChanged);
    connect(document, &Document::noteAdded, this, &CanvasScene::addNoteItem);
    connect(document, &Document::noteAboutToBeRemoved, this, &CanvasScene::removeModelItem);
    connect(document, &Document::noteChanged, this, &CanvasScene::onNoteChanged);
    connect(document, &Document::connectionChanged, this, [this](const QString &id, Changes) {
        const Connection *c = design().connection(id);
        if (ConnectionItem *item = m_connections.value(id); item && c) {
            item->syncFromModel();
            routeConnection(id);
        }
    });
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Removing items changes the selection; nobody may hear about it from a dying scene.
    blockSignals(true);
    clear();
}

ModelItem *CanvasScene::itemFor(const QString &id) const
{
    if (auto *c = m_components.value(id))
        return c;
    if (auto *z = m_zones.value(id))
        return z;
    if (auto *n = m_notes.value(id))
        return n;
    return m_connections.value(id);
}

void CanvasScene::rebuild()
{
    m_gesture = Gesture::None;
    m_rubberLine = nullptr;
    m_dropHint = nullptr;
    m_guides = nullptr;
    m_connectHandles = nullptr;
    clear();
    m_zones.clear();
    m_components.clear();
    m_connections.clear();
    m_notes.clear();
    m_router = ConnectionRouter();
    ++m_routeBatch; // one routing pass for the whole design, not one per item
    // Parents before children, so each item finds its parent zone item.
    std::vector<const Zone *> zones;
    for (const Zone &z : design().zones())
        zones.push_back(&z);
    std::stable_sort(zones.begin(), zones.end(), [this](const Zone *a, const Zone *b) {
        return design().zoneDepth(a->id) < design().zoneDepth(b->id);
    });
    for (const Zone *z : zones)
        addZoneItem(z->id);
    for (const Component &c : design().components())
        addComponentItem(c.id);
    for (const Connection &c : design().connections())
        addConnectionItem(c.id);
    for (const Note &n : design().notes())
        addNoteItem(n.id);
    --m_routeBatch;
    flushRoutes();
    // Leave room around the design to drop new things.
    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.isEmpty() ? QRectF(-1000, -800, 2000, 1600) : bounds.adjusted(-2000, -2000, 2000, 2000));
}

void CanvasScene::addZoneItem(const QString &id)
{
    auto *item = new ZoneItem(this, id);
    m_zones.insert(id, item);
    if (!item->parentItem())
        addItem(item);
    // Children may have been created before (undo of a delete adds zones parents-first, so rarely).
    for (const QString &child : design().childZones(id))
        if (auto *z = m_zones.value(child))
            z->syncFromModel();
    placeZoneHeader(id);
    flushRoutes();
}

void CanvasScene::addComponentItem(const QString &id)
{
    auto *item = new ComponentItem(this, id);
    m_components.insert(id, item);
    if (!item->parentItem())
        addItem(item);
    placeCard(id);
    flushRoutes();
}

void CanvasScene::addConnectionItem(const QString &id)
{
    const Connection *c = design().connection(id);
    if (!c)
        return;
    auto *item = new ConnectionItem(this, id);
    m_connections.insert(id, item);
    addItem(item);
    routeConnection(id);
}

void CanvasScene::removeModelItem(const QString &id)
{
    if (NoteItem *item = m_notes.take(id)) {
        delete item;
        return;
    }
    if (ConnectionItem *item = m_connections.take(id)) {
        m_router.removeConnection(id);
        delete item;
        flushRoutes();
        return;
    }
    if (id == m_hoverCard)
        clearHoverHandles(); // no handles around a card that is gone
    if (ComponentItem *item = m_components.take(id)) {
        m_router.removeCard(id);
        delete item;
        flushRoutes();
        return;
    }
    if (ZoneItem *item = m_zones.take(id)) {
        m_router.removeHeader(id);
        // Members were removed first; detach any survivors so they are not deleted with the zone.
        for (QGraphicsItem *child : item->childItems()) {
            child->setParentItem(nullptr);
            addItem(child);
        }
        delete item;
    }
}

void CanvasScene::onZoneChanged(const QString &id, Changes changes)
{
    ZoneItem *item = m_zones.value(id);
    if (!item)
        return;
    item->syncFromModel();
    if (changes & (Change::Position | Change::Parent | Change::Size)) {
        updateConnectionsInside(id);
        followHoveredCard();
    }
}

void CanvasScene::onComponentChanged(const QString &id, Changes changes)
{
    ComponentItem *item = m_components.value(id);
    if (!item)
        return;
    item->syncFromModel();
    if (changes & (Change::Position | Change::Parent | Change::Size)) {
        updateConnectionsOf(id);
        followHoveredCard();
    }
}

void CanvasScene::followHoveredCard()
{
    // A hovered card moved without the mouse (arrow keys, undo, a zone dragged): its handles go with it.
    if (m_connectHandles)
        if (const ComponentItem *card = m_components.value(m_hoverCard))
            m_connectHandles->showFor(card->sceneCard(), m_connectHandles->viewScale());
}

void CanvasScene::updateConnectionsOf(const QString &componentId)
{
    placeCard(componentId);
    flushRoutes();
}

void CanvasScene::placeCard(const QString &componentId)
{
    if (const ComponentItem *item = m_components.value(componentId))
        m_router.setCard(componentId, item->mapRectToScene(item->rect()));
}

void CanvasScene::placeZoneHeader(const QString &zoneId)
{
    if (const ZoneItem *item = m_zones.value(zoneId))
        m_router.setHeader(zoneId, item->mapRectToScene(
                                       QRectF(0, 0, item->rect().width(), DiagramStyle::kZoneTitleHeight)));
}

void CanvasScene::routeConnection(const QString &id)
{
    const Connection *c = design().connection(id);
    const ConnectionItem *item = m_connections.value(id);
    if (!c || !item)
        return;
    m_router.setConnection(id, c->from, c->to, c->waypoints, c->style, DiagramPainter::labelSize(theme(), item->label()));
    flushRoutes();
}

void CanvasScene::flushRoutes()
{
    if (m_routeBatch > 0)
        return;
    // Only the connections whose route or label moved: dragging one card in a large design
    // re-routes its own lines and those it now blocks, nothing else.
    for (const QString &id : m_router.update()) {
        ConnectionItem *item = m_connections.value(id);
        if (!item)
            continue;
        if (const RoutedConnection *routed = m_router.route(id))
            item->setRoute(*routed);
        else
            item->setRoute(RoutedConnection{});
    }
}

void CanvasScene::updateConnectionsInside(const QString &zoneId)
{
    ZoneItem *zone = m_zones.value(zoneId);
    if (!zone)
        return;
    std::vector<QGraphicsItem *> stack{zone};
    while (!stack.empty()) {
        QGraphicsItem *item = stack.back();
        stack.pop_back();
        if (item->type() == ComponentItemType)
            placeCard(static_cast<ComponentItem *>(item)->id());
        else if (item->type() == ZoneItemType)
            placeZoneHeader(static_cast<ZoneItem *>(item)->id());
        for (QGraphicsItem *child : item->childItems())
            stack.push_back(child);
    }
    flushRoutes();
}

QString CanvasScene::idAt(QPointF scenePos) const
{
    // items() is topmost first: a component wins over the zone it sits in.
    for (QGraphicsItem *item : items(scenePos))
        if (auto *m = dynamic_cast<ModelItem *>(item))
            return m->id();
    return {};
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (auto *m = dynamic_cast<ModelItem *>(item))
            ids.append(m->id());
    ids.sort();
    return ids;
}

void CanvasScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids)
        if (ModelItem *item = itemFor(id))
            item->setSelected(true);
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QRectF CanvasScene::boundsOf(const QStringList &ids) const
{
    QRectF bounds;
    for (const QString &id : ids)
        if (ModelItem *item = itemFor(id))
            bounds = bounds.united(item->sceneBoundingRect());
    return bounds;
}

QString CanvasScene::zoneAt(QPointF scenePos, const QSet<QString> &excluded) const
{
    QString best;
    int bestDepth = 0;
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it) {
        const ZoneItem *zone = it.value();
        if (!zone->mapRectToScene(zone->rect()).contains(scenePos))
            continue;
        bool skip = false;
        for (const QString &ex : excluded)
            if (design().isInsideZone(it.key(), ex))
                skip = true;
        if (skip)
            continue;
        const int depth = design().zoneDepth(it.key());
        if (depth > bestDepth) {
            best = it.key();
            bestDepth = depth;
        }
    }
    return best;
}

QString CanvasScene::componentAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == ComponentItemType)
            return static_cast<ComponentItem *>(item)->id();
    return {};
}

void CanvasScene::setTool(Tool tool)
{
    m_tool = tool;
    update();
}

QPointF CanvasScene::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / DiagramStyle::kGrid) * DiagramStyle::kGrid,
                   std::round(p.y() / DiagramStyle::kGrid) * DiagramStyle::kGrid);
}

const DiagramTheme &CanvasScene::theme() const
{
    const QPalette palette = QApplication::palette();
    if (palette.cacheKey() != m_themePalette) {
        m_theme = DiagramTheme::fromPalette(palette, QApplication::font());
        m_themePalette = palette.cacheKey();
    }
    return m_theme;
}

DiagramContext CanvasScene::diagramContext() const
{
    return DiagramContext{design(), m_document->catalog(), theme(), m_icons};
}

void CanvasScene::setLabelMode(ConnectionLabelMode mode)
{
    if (mode == m_labelMode)
        return;
    m_labelMode = mode;
    ++m_routeBatch;
    for (ConnectionItem *item : std::as_const(m_connections)) {
        item->syncFromModel();
        routeConnection(item->id());
    }
    --m_routeBatch;
    flushRoutes();
}

void CanvasScene::setHeat(const QHash<QString, double> &heat, const QHash<QString, QString> &notes)
{
    m_heat = heat;
    const bool tooltipsChange = notes != m_heatNotes;
    m_heatNotes = notes;
    if (tooltipsChange)
        for (ComponentItem *item : std::as_const(m_components))
            item->syncFromModel();
    update();
}

void CanvasScene::setLost(const QSet<QString> &lost)
{
    m_lost = lost;
    update();
}

void CanvasScene::setFailed(const QSet<QString> &ids)
{
    m_failed = ids;
    update();
}

void CanvasScene::setFailoverNotes(const QHash<QString, QString> &notes)
{
    QSet<QString> changed;
    for (auto it = m_failoverNotes.cbegin(); it != m_failoverNotes.cend(); ++it)
        changed.insert(it.key());
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        changed.insert(it.key());
    m_failoverNotes = notes;
    for (const QString &id : std::as_const(changed))
        if (ComponentItem *item = m_components.value(id))
            item->syncFromModel();
}

void CanvasScene::setCompareMarks(const QHash<QString, CompareMark> &marks)
{
    m_compareMarks = marks;
    update();
}

void CanvasScene::setBadges(const QHash<QString, QPair<int, int>> &badges)
{
    m_badges = badges;
    update();
}

/// Items whose ancestors are not selected too: moving a zone moves its members already.
static QStringList topMost(const CanvasScene *scene, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids) {
        ModelItem *item = scene->itemFor(id);
        if (!item || item->type() == ConnectionItemType)
            continue;
        bool covered = false;
        for (QGraphicsItem *p = item->parentItem(); p; p = p->parentItem())
            if (p->isSelected())
                covered = true;
        if (!covered)
            result.append(id);
    }
    return result;
}

void CanvasScene::nudgeSelection(QPointF delta)
{
    std::vector<ItemPlacement> before, after;
    for (const QString &id : topMost(this, selectedIds())) {
        if (const Component *c = design().component(id)) {
            before.push_back({id, c->zone, c->position});
            after.push_back({id, c->zone, c->position + delta});
        } else if (const Zone *z = design().zone(id)) {
            before.push_back({id, z->parent, z->position});
            after.push_back({id, z->parent, z->position + delta});
        } else if (const Note *n = design().note(id)) {
            before.push_back({id, n->zone, n->position});
            after.push_back({id, n->zone, n->position + delta});
        }
    }
    if (!after.empty())
        m_document->undoStack()->push(placeItemsInZones(m_document, before, after, tr("Move %n item(s)", nullptr, int(after.size()))));
}

// --- gestures ----------------------------------------------------------------------

/// The view a mouse event comes from, if any.
static const QGraphicsView *sourceView(const QGraphicsSceneMouseEvent *event)
{
    const QWidget *viewport = event->widget();
    return viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
}

/// How many view pixels one scene unit is where the event comes from (1 without a view):
/// handles and snapping distances are in pixels, so they feel the same at every zoom.
static qreal viewScale(const QGraphicsSceneMouseEvent *event)
{
    const QGraphicsView *view = sourceView(event);
    return view ? view->transform().m11() : 1.0;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->scenePos();
    m_pressPos = m_lastPos = pos;
    // Whatever the press starts, the hover handles stay behind at the old place otherwise.
    clearHoverHandles();
    // Handles of the selection first: they sit on top of everything else.
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ConnectionItemType) {
            auto *c = static_cast<ConnectionItem *>(item);
            if (const ConnectionItem::End end = c->endHandleAt(pos); end != ConnectionItem::End::None) {
                m_gesture = Gesture::Reattach;
                m_gestureItem = c->id();
                m_reattachSource = end == ConnectionItem::End::Start;
                m_rubberLine = addLine(QLineF(m_reattachSource ? c->route().last() : c->route().first(), pos),
                                       QPen(QApplication::palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
                m_rubberLine->setZValue(1e6);
                event->accept(); // taken: the view must not start a rubber band
                return;
            }
            if (const int waypoint = c->waypointAt(pos); waypoint >= 0 && !event->modifiers()) {
                // Dragging a waypoint moves it.
                m_gesture = Gesture::Bend;
                m_gestureItem = c->id();
                m_bendIndex = waypoint;
                m_bendWaypoints = design().connection(c->id())->waypoints;
                event->accept();
                return;
            }
        } else if (item->type() == NoteItemType && static_cast<NoteItem *>(item)->isOnResizeGrip(pos)) {
            auto *n = static_cast<NoteItem *>(item);
            m_gesture = Gesture::Resize;
            m_gestureItem = n->id();
            m_resizeCorner = ResizeCorner::BottomRight;
            m_resizeStart = QRectF(n->pos(), NotePainter::storedSize(*design().note(n->id())));
            event->accept();
            return;
        } else if (item->type() == ZoneItemType) {
            auto *z = static_cast<ZoneItem *>(item);
            if (const ResizeCorner corner = z->handleAt(pos); corner != ResizeCorner::None) {
                m_gesture = Gesture::Resize;
                m_gestureItem = z->id();
                m_resizeCorner = corner;
                m_resizeStart = QRectF(z->pos(), z->rect().size());
                event->accept();
                return;
            }
        }
    }
    // A hover handle on any side starts a connection; with the Connect tool, the whole card does.
    ConnectSide side = ConnectSide::Right;
    const QString handleCard = m_tool == Tool::Select ? connectHandleAt(pos, viewScale(event), &side) : QString();
    const QString component = handleCard.isEmpty() ? componentAt(pos) : handleCard;
    if (!component.isEmpty() && (m_tool == Tool::Connect || !handleCard.isEmpty())) {
        m_gesture = Gesture::Connect;
        m_gestureItem = component;
        const QRectF card = m_components.value(component)->sceneCard();
        const QPointF start = handleCard.isEmpty() ? card.center() : ConnectHandles::anchor(card, side);
        m_rubberLine = addLine(QLineF(start, pos), QPen(QApplication::palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        m_rubberLine->setZValue(1e6);
        event->accept(); // a connect drag is not a rubber band over what it crosses
        return;
    }
    // Dragging the line of a connection bends it through a new waypoint where it is pulled.
    if (QGraphicsItem *top = itemAt(pos, QTransform()); top && top->type() == ConnectionItemType && !event->modifiers()) {
        auto *c = static_cast<ConnectionItem *>(top);
        if (c->isOnLine(pos)) {
            if (!c->isSelected())
                selectIds({c->id()});
            m_gesture = Gesture::PendingBend;
            m_gestureItem = c->id();
            m_bendIndex = c->waypointInsertIndex(pos);
            m_bendWaypoints = design().connection(c->id())->waypoints;
            event->accept();
            return;
        }
    }
    // Shift+click extends the selection as Ctrl+click does (Qt's items only know Ctrl).
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    QGraphicsScene::mousePressEvent(event); // selection: click, Ctrl/Shift-click
    QGraphicsItem *hit = itemAt(pos, QTransform());
    if (hit && hit->isSelected() && hit->type() != ConnectionItemType && !(event->modifiers() & Qt::ControlModifier))
        m_gesture = Gesture::PendingMove;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    switch (m_gesture) {
    case Gesture::PendingMove:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength()
            < QApplication::startDragDistance())
            return;
        liftSelection();
        m_gesture = Gesture::Move;
        [[fallthrough]];
    case Gesture::Move: {
        const QPointF delta = pos - m_pressPos;
        QString hintZone;
        ++m_routeBatch; // everything moved first, then one routing pass
        QHash<QString, QPointF> targets;
        for (const QString &id : m_moving)
            targets.insert(id, m_startScenePos.value(id) + delta);
        // A guide wins over the grid on its axis: lining up with a card is what the user sees.
        const GuideSnap guide = guideSnap(targets, event);
        for (const QString &id : m_moving) {
            ModelItem *item = itemFor(id);
            const QPointF target = targets.value(id), grid = snapped(target);
            item->setPos(guide.dx ? target.x() + *guide.dx : grid.x(), guide.dy ? target.y() + *guide.dy : grid.y());
            if (item->type() == ComponentItemType)
                updateConnectionsOf(id);
            else
                updateConnectionsInside(id);
        }
        --m_routeBatch;
        flushRoutes();
        // Show where the items would land.
        if (!m_moving.isEmpty()) {
            ModelItem *first = itemFor(m_moving.first());
            QSet<QString> excluded(m_moving.begin(), m_moving.end());
            hintZone = zoneAt(first->sceneBoundingRect().center(), excluded);
        }
        if (!m_dropHint) {
            m_dropHint = addRect(QRectF(), QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
            m_dropHint->setZValue(999);
        }
        ZoneItem *zone = m_zones.value(hintZone);
        m_dropHint->setVisible(zone != nullptr);
        if (zone)
            m_dropHint->setRect(zone->mapRectToScene(zone->rect()));
        return;
    }
    case Gesture::Connect:
    case Gesture::Reattach:
        if (m_rubberLine)
            m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), pos));
        return;
    case Gesture::PendingBend:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength()
            < QApplication::startDragDistance())
            return;
        m_gesture = Gesture::Bend;
        m_bendIndex = std::clamp(m_bendIndex, 0, int(m_bendWaypoints.size()));
        m_bendWaypoints.insert(m_bendWaypoints.begin() + m_bendIndex, pos);
        previewBend(pos);
        return;
    case Gesture::Bend:
        previewBend(pos);
        return;
    case Gesture::Resize: {
        if (NoteItem *n = m_notes.value(m_gestureItem)) {
            const QPointF local = n->parentItem() ? n->parentItem()->mapFromScene(pos) : pos;
            n->previewSize(QSizeF(snapped(local).x() - m_resizeStart.left(), snapped(local).y() - m_resizeStart.top())
                               .expandedTo(QSizeF(80, 40)));
            return;
        }
        ZoneItem *z = m_zones.value(m_gestureItem);
        if (!z)
            return;
        const QPointF local = z->parentItem() ? z->parentItem()->mapFromScene(pos) : pos;
        QRectF r = m_resizeStart;
        const QPointF p = snapped(local);
        switch (m_resizeCorner) {
        case ResizeCorner::TopLeft: r.setTopLeft(p); break;
        case ResizeCorner::TopRight: r.setTopRight(p); break;
        case ResizeCorner::BottomRight: r.setBottomRight(p); break;
        case ResizeCorner::BottomLeft: r.setBottomLeft(p); break;
        case ResizeCorner::None: break;
        }
        r = r.normalized();
        r.setSize(r.size().expandedTo(QSizeF(120, 80)));
        z->previewGeometry(r.topLeft(), r.size());
        updateConnectionsInside(m_gestureItem);
        return;
    }
    case Gesture::None:
        if (!event->buttons())
            updateHoverHandles(pos, viewScale(event));
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::Move:
        finishMove();
        break;
    case Gesture::Connect:
        finishConnect(event);
        break;
    case Gesture::Reattach:
        finishReattach(event->scenePos());
        break;
    case Gesture::Resize:
        finishResize();
        break;
    case Gesture::Bend:
        finishBend();
        break;
    case Gesture::PendingBend:
    case Gesture::PendingMove:
    case Gesture::None:
        break;
    }
    removeGestureHints();
    if (event->modifiers() & Qt::ShiftModifier) // Shift+click extends, as on press
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // Double-clicking a waypoint of the selected connection removes it.
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != ConnectionItemType)
            continue;
        auto *c = static_cast<ConnectionItem *>(item);
        const int waypoint = c->waypointAt(event->scenePos());
        const Connection *connection = design().connection(c->id());
        if (waypoint < 0 || !connection)
            continue;
        std::vector<QPointF> waypoints = connection->waypoints;
        waypoints.erase(waypoints.begin() + waypoint);
        m_gesture = Gesture::None;
        m_document->undoStack()->push(new SetWaypoints(
            m_document, c->id(), waypoints,
            tr("Remove a waypoint of the connection from %1 to %2")
                .arg(design().component(connection->from)->name, design().component(connection->to)->name)));
        return;
    }
    QGraphicsItem *hit = itemAt(event->scenePos(), QTransform());
    if (hit && hit->type() == NoteItemType) { // a note is written in place, not renamed
        m_gesture = Gesture::None;
        static_cast<NoteItem *>(hit)->startEditing();
        return;
    }
    if (auto *m = dynamic_cast<ModelItem *>(hit); m && m->type() != ConnectionItemType) {
        Q_EMIT renameRequested(m->id());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void CanvasScene::liftSelection()
{
    // Dragged items leave their zones for the drag, so they stay visible above other
    // zones; the command on release puts them into the zone they are dropped on.
    m_moving = topMost(this, selectedIds());
    m_startScenePos.clear();
    for (const QString &id : m_moving) {
        ModelItem *item = itemFor(id);
        const QPointF scenePos = item->scenePos();
        m_startScenePos.insert(id, scenePos);
        if (item->parentItem()) {
            item->setParentItem(nullptr);
            if (item->scene() != this)
                addItem(item);
        }
        item->setPos(scenePos);
        item->setZValue(item->zValue() + 1000);
    }
}

void CanvasScene::finishMove()
{
    std::vector<ItemPlacement> before, after;
    const QSet<QString> moving(m_moving.begin(), m_moving.end());
    for (const QString &id : m_moving) {
        ModelItem *item = itemFor(id);
        const QString zone = zoneAt(item->sceneBoundingRect().center(), moving);
        const QPointF origin = zone.isEmpty() ? QPointF() : m_zones.value(zone)->scenePos();
        const QPointF position = item->scenePos() - origin;
        if (const Component *c = design().component(id)) {
            before.push_back({id, c->zone, c->position});
            after.push_back({id, zone, position});
        } else if (const Zone *z = design().zone(id)) {
            before.push_back({id, z->parent, z->position});
            after.push_back({id, zone, position});
        } else if (const Note *n = design().note(id)) {
            before.push_back({id, n->zone, n->position});
            after.push_back({id, zone, position});
        }
    }
    bool changed = false;
    for (size_t i = 0; i < after.size(); ++i)
        changed = changed || after[i].parent != before[i].parent || after[i].position != before[i].position;
    if (changed && PlaceItems::isValid(design(), after)) {
        bool reparented = false;
        for (size_t i = 0; i < after.size(); ++i)
            reparented = reparented || after[i].parent != before[i].parent;
        // The zones they land in grow to hold them, in the same undo step.
        m_document->undoStack()->push(placeItemsInZones(
            m_document, before, after, reparented ? tr("Move %n item(s) to another zone", nullptr, int(after.size()))
                                                  : tr("Move %n item(s)", nullptr, int(after.size()))));
    }
    cancelMove(); // put every item back under its (new) parent, from the model
}

void CanvasScene::cancelMove()
{
    for (const QString &id : std::as_const(m_moving)) {
        ModelItem *item = itemFor(id);
        if (!item)
            continue;
        item->syncFromModel(); // its place and stacking from the model
        if (!item->parentItem() && item->scene() != this)
            addItem(item);
        if (item->type() == ComponentItemType)
            updateConnectionsOf(id);
        else
            updateConnectionsInside(id);
    }
    m_moving.clear();
}

QString CanvasScene::connectionRefusal(const QString &from, const QString &to, const QString &ignoreConnectionId) const
{
    // The design's own reason names ids (for the CLI and files); the user sees names.
    if (design().connectionProblem(from, to, ignoreConnectionId).isEmpty())
        return {};
    const Component *caller = design().component(from);
    const Component *callee = design().component(to);
    if (!caller || !callee)
        return tr("Only components can be connected");
    if (from == to)
        return tr("“%1” cannot connect to itself").arg(caller->name);
    return tr("“%1” already connects to “%2”; one connection between them is enough").arg(caller->name, callee->name);
}

Connection CanvasScene::newConnection(const QString &from, const QString &to) const
{
    return newConnection(from, *design().component(to));
}

Connection CanvasScene::newConnection(const QString &from, const Component &callee) const
{
    Connection c;
    c.id = design().uniqueId(QStringLiteral("%1-to-%2").arg(from, callee.id));
    c.from = from;
    c.to = callee.id;
    // A sensible default protocol and port from the callee's kind.
    const KindSpec *kind = m_document->catalog().kind(callee.kind);
    if (kind) {
        if (kind->hasRole(QStringLiteral("queue")))
            c.mode = ConnectionMode::Async;
        const QVariant port = m_document->catalog().value(*kind, callee.properties, QStringLiteral("port"));
        if (port.isValid())
            c.port = port.toInt();
        static const QHash<QString, QPair<QString, int>> defaults = {
            {QStringLiteral("relational-database"), {QStringLiteral("postgresql"), 5432}},
            {QStringLiteral("cache"), {QStringLiteral("redis"), 6379}},
            {QStringLiteral("event-stream"), {QStringLiteral("kafka"), 9092}},
            {QStringLiteral("message-queue"), {QStringLiteral("amqp"), 5671}},
            {QStringLiteral("search"), {QStringLiteral("https"), 9200}},
            {QStringLiteral("document-database"), {QStringLiteral("mongodb"), 27017}},
        };
        if (defaults.contains(kind->id)) {
            c.protocol = defaults.value(kind->id).first;
            c.port = defaults.value(kind->id).second;
        } else {
            c.protocol = QStringLiteral("https");
            if (c.port == 0)
                c.port = 443;
        }
    }
    return c;
}

void CanvasScene::finishConnect(QGraphicsSceneMouseEvent *event)
{
    const QString from = m_gestureItem;
    const QString to = componentAt(event->scenePos());
    if (to.isEmpty()) {
        // Dropped on nothing (the canvas, a zone): draw.io asks what to create there. A click on
        // a handle without a drag asks nothing.
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength()
            >= QApplication::startDragDistance())
            connectToNewComponent(from, event->scenePos(), event->screenPos());
        return;
    }
    if (const QString refused = connectionRefusal(from, to); !refused.isEmpty()) {
        Q_EMIT message(refused);
        return;
    }
    const Connection c = newConnection(from, to);
    const Component *callee = design().component(to);
    m_document->undoStack()->push(new AddItems(m_document, DesignFragment{{}, {}, {c}},
                                               tr("Connect %1 to %2").arg(design().component(from)->name, callee->name)));
}

void CanvasScene::finishReattach(QPointF scenePos)
{
    const Connection *old = design().connection(m_gestureItem);
    const QString target = componentAt(scenePos);
    if (!old || target.isEmpty())
        return;
    Connection c = *old;
    (m_reattachSource ? c.from : c.to) = target;
    if (c.from == old->from && c.to == old->to)
        return;
    if (const QString refused = connectionRefusal(c.from, c.to, c.id); !refused.isEmpty()) {
        Q_EMIT message(refused);
        return;
    }
    m_document->undoStack()->push(new SetConnection(m_document, c));
}

void CanvasScene::finishResize()
{
    if (NoteItem *n = m_notes.value(m_gestureItem)) {
        const QSizeF size = n->previewedSize();
        const Note *note = design().note(m_gestureItem);
        n->syncFromModel(); // back to the model; the command applies the new size
        if (note && size.isValid() && size != NotePainter::storedSize(*note))
            m_document->undoStack()->push(resizeItemInZone(m_document, m_gestureItem, note->position, size));
        return;
    }
    ZoneItem *z = m_zones.value(m_gestureItem);
    if (!z)
        return;
    const QPointF pos = z->pos();
    const QSizeF size = z->rect().size();
    z->syncFromModel(); // back to the model; the command applies the new geometry
    if (pos != m_resizeStart.topLeft() || size != m_resizeStart.size())
        m_document->undoStack()->push(resizeItemInZone(m_document, m_gestureItem, pos, size));
    updateConnectionsInside(m_gestureItem);
}

void CanvasScene::previewBend(QPointF scenePos)
{
    // The design keeps its waypoints until release; the router draws the drag's.
    const Connection *c = design().connection(m_gestureItem);
    ConnectionItem *item = m_connections.value(m_gestureItem);
    if (!c || !item || m_bendIndex < 0 || size_t(m_bendIndex) >= m_bendWaypoints.size())
        return;
    m_bendWaypoints[size_t(m_bendIndex)] = snapped(scenePos);
    item->previewWaypoints(m_bendWaypoints);
    m_router.setConnection(m_gestureItem, c->from, c->to, m_bendWaypoints, c->style,
                           DiagramPainter::labelSize(theme(), item->label()));
    flushRoutes();
}

void CanvasScene::finishBend()
{
    const Connection *c = design().connection(m_gestureItem);
    if (c && m_bendWaypoints != c->waypoints) {
        const bool added = m_bendWaypoints.size() > c->waypoints.size();
        const QString from = design().component(c->from)->name, to = design().component(c->to)->name;
        m_document->undoStack()->push(new SetWaypoints(m_document, c->id, m_bendWaypoints,
                                                       added ? tr("Bend the connection from %1 to %2").arg(from, to)
                                                             : tr("Move a waypoint of the connection from %1 to %2").arg(from, to)));
    } else if (c) {
        routeConnection(c->id);
    }
    m_bendIndex = -1;
    m_bendWaypoints.clear();
}

void CanvasScene::removeGestureHints()
{
    delete m_rubberLine;
    m_rubberLine = nullptr;
    delete m_dropHint;
    m_dropHint = nullptr;
    showGuideLines({});
}

bool CanvasScene::cancelGesture()
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::None:
    case Gesture::PendingMove:
    case Gesture::PendingBend:
        return false;
    case Gesture::Move:
        cancelMove();
        break;
    case Gesture::Bend:
        if (ConnectionItem *item = m_connections.value(m_gestureItem)) {
            item->syncFromModel();
            routeConnection(m_gestureItem);
        }
        break;
    case Gesture::Resize:
        if (NoteItem *n = m_notes.value(m_gestureItem))
            n->syncFromModel();
        if (ZoneItem *z = m_zones.value(m_gestureItem)) {
            z->syncFromModel();
            updateConnectionsInside(m_gestureItem);
        }
        break;
    case Gesture::Connect:
    case Gesture::Reattach:
        break;
    }
    removeGestureHints();
    m_bendIndex = -1;
    m_bendWaypoints.clear();
    return true;
}

// --- connect handles, drop on nothing, alignment guides ---------------------------------

std::vector<QRectF> CanvasScene::occupiedRects() const
{
    std::vector<QRectF> taken;
    for (const ComponentItem *item : m_components)
        taken.push_back(item->sceneCard());
    for (const ZoneItem *item : m_zones) {
        const QRectF r = item->mapRectToScene(item->rect());
        taken.push_back(QRectF(r.left(), r.top(), r.width(), DiagramStyle::kZoneTitleHeight));
        taken.push_back(QRectF(r.left(), r.top(), 1, r.height()));
        taken.push_back(QRectF(r.right() - 1, r.top(), 1, r.height()));
        taken.push_back(QRectF(r.left(), r.bottom() - 1, r.width(), 1));
    }
    return taken;
}

QString CanvasScene::connectHandleAt(QPointF scenePos, qreal viewScale, ConnectSide *side) const
{
    // The cards near the point, topmost first: a handle may stick out of its card.
    const qreal reach = (DiagramStyle::kHandleRadius + 3) / std::max(viewScale, 1e-6);
    const QRectF around(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    for (QGraphicsItem *item : items(around, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != ComponentItemType || !item->isVisible())
            continue;
        const auto *card = static_cast<ComponentItem *>(item);
        if (const std::optional<ConnectSide> hit = ConnectHandles::sideAt(card->sceneCard(), scenePos, viewScale)) {
            if (side)
                *side = *hit;
            return card->id();
        }
    }
    return {};
}

void CanvasScene::updateHoverHandles(QPointF scenePos, qreal viewScale)
{
    QString card;
    if (m_tool == Tool::Select) {
        card = connectHandleAt(scenePos, viewScale, nullptr);
        if (card.isEmpty())
            card = componentAt(scenePos);
    }
    if (card.isEmpty()) {
        clearHoverHandles();
        return;
    }
    if (!m_connectHandles) {
        m_connectHandles = new ConnectHandlesItem;
        addItem(m_connectHandles);
    }
    m_hoverCard = card;
    m_connectHandles->showFor(m_components.value(card)->sceneCard(), viewScale);
}

void CanvasScene::clearHoverHandles()
{
    // Deleted rather than hidden: a hidden item still counts in itemsBoundingRect() (zoom to fit).
    delete m_connectHandles;
    m_connectHandles = nullptr;
    m_hoverCard.clear();
}

void CanvasScene::connectToNewComponent(const QString &from, QPointF scenePos, QPoint screenPos)
{
    const Catalog &catalog = m_document->catalog();
    const KindPicker picker = m_kindPicker ? m_kindPicker : KindMenu::popup(catalog, views().value(0));
    const KindSpec *kind = catalog.kind(picker(kindsMostCommonFirst(design(), catalog), screenPos));
    const Component *caller = design().component(from);
    if (!kind || kind->container || !caller)
        return; // cancelled: nothing changes
    // Centred on the drop point, or as near as it is free.
    const QSizeF size = kind->defaultSize;
    const QRectF wanted(snapped(scenePos - QPointF(size.width() / 2, size.height() / 2)), size);
    const QRectF spot = nearestFreeRect(wanted, occupiedRects(), 20, DiagramStyle::kGrid);
    const std::optional<NewItem> item = newItemAt(*this, kind->id, spot.center());
    if (!item || item->fragment.components.empty())
        return;
    // One undo step for both: undo takes the connection and the component away together.
    const QString text = tr("Add %1 connected from %2").arg(item->name, caller->name);
    auto *command = new QUndoCommand(text);
    item->command(m_document, text, command);
    const Connection connection = newConnection(from, item->fragment.components.front());
    new AddItems(m_document, DesignFragment{{}, {}, {connection}}, text, command);
    m_document->undoStack()->push(command);
    selectIds({item->id});
}

GuideSnap CanvasScene::guideSnap(const QHash<QString, QPointF> &targets, const QGraphicsSceneMouseEvent *event)
{
    QRectF moving;
    QSet<const QGraphicsItem *> lifted;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const ModelItem *item = itemFor(it.key());
        const QSizeF size = item->type() == ZoneItemType ? static_cast<const ZoneItem *>(item)->rect().size()
                                                         : static_cast<const ComponentItem *>(item)->rect().size();
        moving = moving.united(QRectF(it.value(), size));
        lifted.insert(item);
    }
    const QGraphicsView *view = sourceView(event);
    if ((event->modifiers() & Qt::AltModifier) || moving.isEmpty() || !view) {
        showGuideLines({}); // Alt: free placement, no guides
        return {};
    }
    // Only the cards the user can see line up: a scene query of the view, never every component.
    const qreal scale = std::max(view->transform().m11(), 1e-6);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    std::vector<QRectF> others;
    for (QGraphicsItem *item : items(visible, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != ComponentItemType || !item->isVisible())
            continue;
        bool dragged = false; // a card that moves with the drag (itself, or inside a dragged zone)
        for (const QGraphicsItem *p = item; p && !dragged; p = p->parentItem())
            dragged = lifted.contains(p);
        if (!dragged)
            others.push_back(static_cast<ComponentItem *>(item)->sceneCard());
    }
    constexpr qreal kGuidePixels = 6; // "a few pixels": closer than the grid step at 100 %
    const GuideSnap snap = snapToGuides(moving, others, kGuidePixels / scale);
    showGuideLines(snap.lines);
    return snap;
}

void CanvasScene::showGuideLines(const std::vector<QLineF> &lines)
{
    if (lines.empty()) {
        delete m_guides; // not kept hidden: it would count in itemsBoundingRect()
        m_guides = nullptr;
        return;
    }
    if (!m_guides) {
        m_guides = new AlignmentGuidesItem;
        addItem(m_guides);
    }
    m_guides->setLines(lines);
}

void CanvasScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = QApplication::palette();
    const QColor background = DiagramStyle::canvasBackground(pal);
    painter->fillRect(rect, background);
    const qreal scale = painter->worldTransform().m11();
    if (scale * DiagramStyle::kGrid < 8)
        return; // the grid would be noise at this zoom
    painter->setPen(QPen(DiagramStyle::mixed(pal.color(QPalette::Text), background, 0.18), 1.5 / scale));
    const qreal g = DiagramStyle::kGrid;
    QVector<QPointF> points;
    for (qreal x = std::floor(rect.left() / g) * g; x < rect.right(); x += g)
        for (qreal y = std::floor(rect.top() / g) * g; y < rect.bottom(); y += g)
            points.append(QPointF(x, y));
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace sd
