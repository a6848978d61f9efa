// SPDX-License-Identifier: MIT
#include "compareoverlay.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "catalog.h"
#include "comparestyle.h"
#include "comparison.h"
#include "diagramstyle.h"
#include "routing.h"

#include <QGraphicsItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sd {

namespace {

/// How strongly a ghost is drawn: clearly there, clearly not part of the design.
constexpr qreal kGhostOpacity = 0.38;

/// The size a zone or component is drawn at (stored, or its kind's default).
QSizeF drawnSize(const Catalog &catalog, const QString &kind, QSizeF stored)
{
    if (!stored.isEmpty())
        return stored;
    const KindSpec *spec = catalog.kind(kind);
    return spec ? spec->defaultSize : QSizeF(180, 72);
}

/// A removed zone, component or connection, painted from the other design where it was there.
class GhostItem : public QGraphicsItem
{
public:
    enum class What { Zone, Component, Connection };
    GhostItem(What what, QString id, const Design &other, const CanvasScene &scene, IconCache &icons,
              QHash<QString, QGraphicsItem *> &registry)
        : m_what(what), m_id(std::move(id)), m_other(other), m_scene(scene), m_icons(icons), m_registry(registry)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setFlag(ItemIsSelectable, false);
        setToolTip(CompareStyle::label(CompareMark::Removed));
    }
    // The scene deletes every item when it rebuilds (a new or reverted design): the overlay
    // then must not hold on to this one.
    ~GhostItem() override { m_registry.remove(m_id); }
    int type() const override { return CompareGhostItemType; }
    void setBox(QPointF scenePos, QSizeF size)
    {
        setPos(scenePos);
        m_size = size;
    }
    void setRoute(const RoutedConnection &routed)
    {
        m_geometry.route = QPolygonF(routed.points);
        m_geometry.style = routed.style;
    }
    QRectF boundingRect() const override
    {
        if (m_what == What::Connection)
            return m_geometry.route.boundingRect().adjusted(-12, -12, 12, 12);
        return QRectF(QPointF(), m_size).adjusted(-8, -20, 8, 8); // the frame, and the badge above the top-left corner
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const DiagramContext context{m_other, m_scene.document()->catalog(), m_scene.theme(), m_icons};
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->save();
        painter->setOpacity(kGhostOpacity);
        QPainterPath outline;
        switch (m_what) {
        case What::Zone:
            if (const Zone *z = m_other.zone(m_id))
                DiagramPainter::paintZone(painter, context, *z, m_size, ItemLook(), lod);
            outline.addRect(QRectF(QPointF(), m_size));
            break;
        case What::Component:
            if (const Component *c = m_other.component(m_id))
                DiagramPainter::paintComponent(painter, context, *c, m_size, ItemLook(), lod,
                                               DiagramPainter::captionPixelSize(m_scene.theme(), c->name, m_size));
            outline.addRoundedRect(QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 1), DiagramPainter::kCardRadius + 1,
                                   DiagramPainter::kCardRadius + 1);
            break;
        case What::Connection:
            if (const Connection *c = m_other.connection(m_id))
                DiagramPainter::paintConnection(painter, context, m_geometry, c->mode == ConnectionMode::Async, ItemLook(), lod,
                                                boundingRect());
            outline = DiagramPainter::connectionPath(m_geometry.route, m_geometry.style);
            break;
        }
        painter->restore();
        if (m_what == What::Connection) {
            CompareStyle::paintLine(painter, outline, CompareMark::Removed);
            return;
        }
        CompareStyle::paintOutline(painter, outline, CompareMark::Removed);
        const qreal r = CompareStyle::badgeRadius(painter);
        CompareStyle::paintBadge(painter, m_what == What::Zone ? QPointF(m_size.width() - r - 4, r + 4) : QPointF(13, 0), r,
                                 CompareMark::Removed);
    }

private:
    What m_what;
    QString m_id;
    QSizeF m_size;
    ConnectionGeometry m_geometry;
    const Design &m_other;
    const CanvasScene &m_scene;
    IconCache &m_icons;
    QHash<QString, QGraphicsItem *> &m_registry;
};

} // namespace

CompareOverlay::CompareOverlay(CanvasScene *scene) : m_scene(scene) {}

CompareOverlay::~CompareOverlay() { clear(); }

void CompareOverlay::show(const Design &other, const Comparison &comparison)
{
    clear();
    m_scene->setCompareMarks(comparison.marks);
    const Catalog &catalog = m_scene->document()->catalog();
    // Removed connections are routed among the cards they joined in the other design only: a
    // ghost shows where a dependency was, it does not need to dodge today's cards.
    ConnectionRouter router;
    QStringList removedConnections;
    for (const ItemChange &change : comparison.diff.changes) {
        if (change.kind != ChangeKind::Removed)
            continue;
        if (change.type == DiffItemType::Zone) {
            const Zone *z = other.zone(change.id);
            if (!z)
                continue;
            auto *ghost = new GhostItem(GhostItem::What::Zone, z->id, other, *m_scene, m_icons, m_ghosts);
            ghost->setBox(other.scenePosition(z->id), drawnSize(catalog, z->kind, z->size));
            // Above the zones (so a ghost inside a kept zone shows), under every card.
            ghost->setZValue(5);
            m_ghosts.insert(z->id, ghost);
        } else if (change.type == DiffItemType::Component) {
            const Component *c = other.component(change.id);
            if (!c)
                continue;
            auto *ghost = new GhostItem(GhostItem::What::Component, c->id, other, *m_scene, m_icons, m_ghosts);
            ghost->setBox(other.scenePosition(c->id), drawnSize(catalog, c->kind, c->size));
            ghost->setZValue(15); // over the cards, under the connections
            m_ghosts.insert(c->id, ghost);
        } else if (change.type == DiffItemType::Connection) {
            const Connection *c = other.connection(change.id);
            if (!c)
                continue;
            for (const QString &end : {c->from, c->to})
                if (const Component *e = other.component(end))
                    router.setCard(e->id, QRectF(other.scenePosition(e->id), drawnSize(catalog, e->kind, e->size)));
            router.setConnection(c->id, c->from, c->to, c->waypoints, c->style, QSizeF());
            removedConnections << c->id;
        }
    }
    if (!removedConnections.isEmpty()) {
        router.update();
        for (const QString &id : std::as_const(removedConnections)) {
            const RoutedConnection *routed = router.route(id);
            if (!routed)
                continue;
            auto *ghost = new GhostItem(GhostItem::What::Connection, id, other, *m_scene, m_icons, m_ghosts);
            ghost->setRoute(*routed);
            ghost->setZValue(19);
            m_ghosts.insert(id, ghost);
        }
    }
    for (QGraphicsItem *ghost : std::as_const(m_ghosts))
        m_scene->addItem(ghost);
}

void CompareOverlay::clear()
{
    // Deleting an item takes it off its scene; each ghost leaves the registry as it goes.
    const QHash<QString, QGraphicsItem *> ghosts = std::exchange(m_ghosts, {});
    if (!m_scene)
        return; // the scene deleted its items, ghosts too
    qDeleteAll(ghosts);
    m_scene->setCompareMarks({});
}

QRectF CompareOverlay::ghostBounds(const QString &id) const
{
    const QGraphicsItem *g = m_ghosts.value(id);
    return g ? g->sceneBoundingRect() : QRectF();
}

} // namespace sd
