// SPDX-License-Identifier: MIT
#include "layout.h"

#include "catalog.h"

#include <QHash>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace sd {

namespace {
constexpr qreal kPadding = 40;
constexpr qreal kTitle = 32;
constexpr qreal kColumnGap = 90;
constexpr qreal kRowGap = 40;

QSizeF sizeOf(const Component &c, const Catalog &catalog)
{
    if (!c.size.isEmpty())
        return c.size;
    const KindSpec *k = catalog.kind(c.kind);
    return k ? k->defaultSize : QSizeF(180, 72);
}
/// Moves `slot` down past every occupied rectangle it touches (10 units apart).
QRectF freeSlot(QRectF slot, const std::vector<QRectF> &occupied)
{
    for (bool moved = true; moved;) {
        moved = false;
        for (const QRectF &r : occupied)
            if (r.adjusted(-10, -10, 10, 10).intersects(slot)) {
                slot.moveTop(r.bottom() + kRowGap);
                moved = true;
            }
    }
    return slot;
}

/// Orders each column by the mean row of its callers in earlier columns (barycentre sweep);
/// `callerKeys` names, for an item, the keys whose rows count.
void orderColumns(std::vector<QStringList> &columns, const std::function<QStringList(const QString &)> &callerKeys)
{
    QHash<QString, double> row;
    for (QStringList &column : columns) {
        auto bary = [&](const QString &id) {
            double sum = 0;
            int n = 0;
            for (const QString &key : callerKeys(id))
                if (auto it = row.constFind(key); it != row.constEnd()) {
                    sum += it.value();
                    ++n;
                }
            return n ? sum / n : 1e9;
        };
        std::stable_sort(column.begin(), column.end(), [&](const QString &a, const QString &b) { return bary(a) < bary(b); });
        for (int i = 0; i < column.size(); ++i)
            row.insert(column[i], i);
    }
}
} // namespace

std::map<QString, QPointF> layeredLayout(const Design &design, const Catalog &catalog, const QStringList &scope)
{
    const QSet<QString> inScope(scope.begin(), scope.end());
    // Group the components to lay out by their zone.
    QHash<QString, QStringList> groups;
    for (const Component &c : design.components())
        if (scope.isEmpty() || inScope.contains(c.id))
            groups[c.zone].append(c.id);

    // Callers of each component, from the connections (whole design, so layers follow real depth).
    QHash<QString, QStringList> callers;
    for (const Connection &c : design.connections())
        callers[c.to].append(c.from);

    std::map<QString, QPointF> result;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const QStringList &members = g.value();
        const QSet<QString> memberSet(members.begin(), members.end());

        // Longest-path layering with cycle protection (a node on the current path is skipped).
        QHash<QString, int> layer;
        QSet<QString> onPath;
        std::function<int(const QString &)> depth = [&](const QString &id) -> int {
            if (auto it = layer.constFind(id); it != layer.constEnd())
                return it.value();
            onPath.insert(id);
            int d = 0;
            const Component *c = design.component(id);
            const KindSpec *k = c ? catalog.kind(c->kind) : nullptr;
            if (!(k && k->hasRole(QStringLiteral("entry")))) {
                for (const QString &caller : callers.value(id))
                    if (memberSet.contains(caller) && !onPath.contains(caller))
                        d = std::max(d, depth(caller) + 1);
            }
            onPath.remove(id);
            layer.insert(id, d);
            return d;
        };
        int layers = 0;
        for (const QString &id : members)
            layers = std::max(layers, depth(id) + 1);

        std::vector<QStringList> columns(static_cast<size_t>(layers));
        for (const QString &id : members)
            columns[size_t(layer.value(id))].append(id);
        orderColumns(columns, [&](const QString &id) { return callers.value(id); });

        // Pinned components keep their place; the others avoid them.
        std::vector<QRectF> occupied;
        for (const QString &id : members) {
            const Component *c = design.component(id);
            if (c->pinned)
                occupied.emplace_back(c->position, sizeOf(*c, catalog));
        }
        const qreal top = g.key().isEmpty() ? kPadding : kTitle + kPadding / 2;
        qreal x = kPadding;
        for (const QStringList &column : columns) {
            qreal width = 0;
            qreal y = top;
            for (const QString &id : column) {
                const Component *c = design.component(id);
                const QSizeF size = sizeOf(*c, catalog);
                width = std::max(width, size.width());
                if (c->pinned)
                    continue;
                const QRectF slot = freeSlot(QRectF(QPointF(x, y), size), occupied);
                result[id] = slot.topLeft();
                occupied.push_back(slot);
                y = slot.bottom() + kRowGap;
            }
            x += width + kColumnGap;
        }
    }
    return result;
}

} // namespace sd

namespace sd {

namespace {

QSizeF zoneSize(const Zone &z, const Catalog &catalog)
{
    if (!z.size.isEmpty())
        return z.size;
    const KindSpec *k = catalog.kind(z.kind);
    return k ? k->defaultSize : QSizeF(400, 300);
}

/// One zone's cluster layout; recursive, inner zones first.
class CompoundLayouter
{
public:
    CompoundLayouter(const Design &design, const Catalog &catalog, const CompoundLayoutOptions &options)
        : m_design(design), m_catalog(catalog), m_options(options)
    {
        for (const Connection &c : design.connections())
            m_callers[c.to].append(c.from);
        for (const Component &c : design.components())
            m_zoneOf.insert(c.id, c.zone);
        for (const Zone &z : design.zones())
            m_zoneOf.insert(z.id, z.parent);
    }

    /// Lays out the contents of `zoneId` ("" = the canvas) and returns the size it needs.
    QSizeF layOut(const QString &zoneId)
    {
        std::vector<QString> children;
        for (const QString &z : m_design.childZones(zoneId)) {
            m_size[z] = layOut(z);
            children.push_back(z);
        }
        for (const QString &c : m_design.memberComponents(zoneId)) {
            const Component *comp = m_design.component(c);
            m_size[c] = sizeOf(*comp, m_catalog);
            children.push_back(c);
        }
        const qreal top = zoneId.isEmpty() ? kPadding : kTitle + kPadding / 2;
        const qreal left = zoneId.isEmpty() ? kPadding : kPadding / 2;

        // Which children keep their place: pinned components; with newOnly, everything placed.
        std::vector<QRectF> occupied;
        std::vector<QString> toPlace;
        for (const QString &id : children) {
            const Component *c = m_design.component(id);
            const Zone *z = m_design.zone(id);
            const QPointF pos = c ? c->position : z->position;
            const bool keep = (c && c->pinned) || (m_options.newOnly && (z || !pos.isNull()));
            if (keep) {
                m_position[id] = pos;
                occupied.emplace_back(pos, m_size[id]);
            } else {
                toPlace.push_back(id);
            }
        }

        // Layers by call depth among the children (a child zone stands for its contents).
        const QSet<QString> childSet(children.begin(), children.end());
        QHash<QString, int> layer;
        QSet<QString> onPath;
        std::function<int(const QString &)> depth = [&](const QString &id) -> int {
            if (auto it = layer.constFind(id); it != layer.constEnd())
                return it.value();
            onPath.insert(id);
            int d = 0;
            for (const QString &caller : callersOf(id)) {
                const QString child = childOf(caller, zoneId);
                if (!child.isEmpty() && child != id && childSet.contains(child) && !onPath.contains(child))
                    d = std::max(d, depth(child) + 1);
            }
            onPath.remove(id);
            layer.insert(id, d);
            return d;
        };
        int layers = 0;
        for (const QString &id : toPlace)
            layers = std::max(layers, depth(id) + 1);
        std::vector<QStringList> columns(size_t(std::max(layers, 0)));
        for (const QString &id : toPlace)
            columns[size_t(layer.value(id))].append(id);
        orderColumns(columns, [&](const QString &id) {
            QStringList keys;
            for (const QString &caller : callersOf(id))
                keys.append(childOf(caller, zoneId));
            return keys;
        });

        // With newOnly, each new item takes the first free slot inside the zone as it is (so
        // that the zone need not grow over its neighbours), else a row below everything.
        if (m_options.newOnly) {
            const QSizeF room = zoneId.isEmpty() ? QSizeF() : zoneSize(*m_design.zone(zoneId), m_catalog);
            for (const QStringList &column : columns) {
                for (const QString &id : column) {
                    const QSizeF size = m_size[id];
                    auto isFree = [&](const QRectF &slot) {
                        return std::none_of(occupied.begin(), occupied.end(), [&](const QRectF &r) {
                            return r.adjusted(-10, -10, 10, 10).intersects(slot);
                        });
                    };
                    std::optional<QRectF> found;
                    for (qreal y = top; !found && y + size.height() + kPadding / 2 <= room.height(); y += 20)
                        for (qreal x = left; !found && x + size.width() + kPadding / 2 <= room.width(); x += 20)
                            if (isFree(QRectF(QPointF(x, y), size)))
                                found = QRectF(QPointF(x, y), size);
                    if (!found) {
                        qreal bottom = top;
                        for (const QRectF &r : occupied)
                            bottom = std::max(bottom, r.bottom() + kRowGap);
                        found = QRectF(QPointF(left, bottom), size);
                    }
                    m_position[id] = found->topLeft();
                    occupied.push_back(*found);
                }
            }
            columns.clear();
        }
        qreal x = left;
        for (const QStringList &column : columns) {
            qreal width = 0;
            qreal y = top;
            for (const QString &id : column) {
                const QRectF slot = freeSlot(QRectF(QPointF(x, y), m_size[id]), occupied);
                m_position[id] = slot.topLeft();
                occupied.push_back(slot);
                width = std::max(width, slot.width());
                y = slot.bottom() + kRowGap;
            }
            x += width + kColumnGap;
        }

        // The zone grows to hold everything (pinned items included) with padding, never shrinks.
        QRectF needed(0, 0, 0, 0);
        for (const QRectF &r : occupied)
            needed = needed.united(r);
        if (zoneId.isEmpty())
            return needed.size();
        const Zone *zone = m_design.zone(zoneId);
        const QSizeF current = zoneSize(*zone, m_catalog);
        const QSizeF wanted(std::max(current.width(), needed.right() + kPadding / 2),
                            std::max(current.height(), needed.bottom() + kPadding / 2));
        return wanted;
    }

    LayoutPlacements result() const
    {
        LayoutPlacements placements;
        for (const auto &[id, pos] : m_position) {
            const Component *c = m_design.component(id);
            const Zone *z = m_design.zone(id);
            if ((c && c->position != pos) || (z && z->position != pos))
                placements.positions[id] = pos;
        }
        for (const auto &[id, size] : m_size)
            if (const Zone *z = m_design.zone(id); z && zoneSize(*z, m_catalog) != size)
                placements.sizes[id] = size;
        return placements;
    }

private:
    /// Callers of a component, or of anything inside a zone.
    QStringList callersOf(const QString &id) const
    {
        if (!m_design.zone(id))
            return m_callers.value(id);
        QStringList all;
        for (const Component &c : m_design.components())
            if (!c.zone.isEmpty() && m_design.isInsideZone(c.zone, id))
                all += m_callers.value(c.id);
        return all;
    }
    /// The child of `zoneId` that holds `itemId` (itself or an ancestor zone), or "".
    QString childOf(const QString &itemId, const QString &zoneId) const
    {
        QString id = itemId;
        for (int guard = 0; guard < 64; ++guard) {
            auto it = m_zoneOf.constFind(id);
            if (it == m_zoneOf.constEnd())
                return {};
            if (it.value() == zoneId)
                return id;
            if (it.value().isEmpty())
                return {};
            id = it.value();
        }
        return {};
    }

    const Design &m_design;
    const Catalog &m_catalog;
    const CompoundLayoutOptions &m_options;
    QHash<QString, QStringList> m_callers;
    QHash<QString, QString> m_zoneOf;
    std::map<QString, QPointF> m_position;
    std::map<QString, QSizeF> m_size;
};

} // namespace

LayoutPlacements compoundLayout(const Design &design, const Catalog &catalog, const CompoundLayoutOptions &options)
{
    CompoundLayouter layouter(design, catalog, options);
    layouter.layOut(QString());
    return layouter.result();
}

Design applyPlacements(Design design, const LayoutPlacements &placements)
{
    for (const auto &[id, pos] : placements.positions) {
        if (Component *c = design.mutableComponent(id))
            c->position = pos;
        else if (Zone *z = design.mutableZone(id))
            z->position = pos;
    }
    for (const auto &[id, size] : placements.sizes)
        if (Zone *z = design.mutableZone(id))
            z->size = size;
    return design;
}

namespace {
QRectF itemRect(const Design &design, const Catalog &catalog, const QString &id)
{
    if (const Component *c = design.component(id))
        return QRectF(c->position, sizeOf(*c, catalog));
    if (const Zone *z = design.zone(id))
        return QRectF(z->position, zoneSize(*z, catalog));
    if (const Note *n = design.note(id))
        return QRectF(n->position, n->size.isEmpty() ? kDefaultNoteSize : n->size);
    return {};
}

QString parentOf(const Design &design, const QString &id)
{
    if (const Component *c = design.component(id))
        return c->zone;
    if (const Zone *z = design.zone(id))
        return z->parent;
    if (const Note *n = design.note(id))
        return n->zone;
    return {};
}

/// Rounds a growth up to the grid, so grown zones keep tidy sizes.
qreal gridUp(qreal v)
{
    constexpr qreal grid = 20;
    return v <= 0 ? 0 : std::ceil(v / grid) * grid;
}
} // namespace

QRectF fitZoneIntoParent(const Design &design, const Catalog &catalog, const QString &parentZone, QPointF centre,
                         QSizeF wanted)
{
    QRectF r(centre - QPointF(wanted.width() / 2, wanted.height() / 2), wanted);
    const Zone *parent = design.zone(parentZone);
    if (!parent)
        return r;
    const QSizeF outer = zoneSize(*parent, catalog);
    const QRectF inside(kZoneMargin, kZoneTopMargin, outer.width() - 2 * kZoneMargin, outer.height() - kZoneTopMargin - kZoneMargin);
    QSizeF size = wanted.boundedTo(inside.size()).expandedTo(QSizeF(kMinZoneWidth, kMinZoneHeight));
    // Keep the proportions of grid steps: whole multiples of 20 read as intended.
    size = QSizeF(std::floor(size.width() / 20) * 20, std::floor(size.height() / 20) * 20)
               .expandedTo(QSizeF(kMinZoneWidth, kMinZoneHeight));
    r = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    // Shift it in from the edges it crosses (the left and top win when it cannot fit).
    if (r.right() > inside.right())
        r.moveRight(inside.right());
    if (r.bottom() > inside.bottom())
        r.moveBottom(inside.bottom());
    if (r.left() < inside.left())
        r.moveLeft(inside.left());
    if (r.top() < inside.top())
        r.moveTop(inside.top());
    r.moveTopLeft(QPointF(std::round(r.left() / 20) * 20, std::round(r.top() / 20) * 20));
    if (r.left() < inside.left())
        r.moveLeft(r.left() + 20);
    if (r.top() < inside.top())
        r.moveTop(r.top() + 20);
    return r;
}

LayoutPlacements growZonesToFit(const Design &input, const Catalog &catalog, const QStringList &ids)
{
    Design design = input;
    LayoutPlacements out;
    QSet<QString> check(ids.begin(), ids.end()); // items that must fit their zone
    QSet<QString> pending;                        // zones to check
    for (const QString &id : ids)
        if (const QString parent = parentOf(design, id); !parent.isEmpty())
            pending.insert(parent);
    while (!pending.isEmpty()) {
        // The deepest zone first: growing it may make its own parent grow.
        QString zoneId;
        int depth = -1;
        for (const QString &z : std::as_const(pending))
            if (const int d = design.zoneDepth(z); d > depth || (d == depth && z < zoneId)) {
                depth = d;
                zoneId = z;
            }
        pending.remove(zoneId);
        Zone *zone = design.mutableZone(zoneId);
        if (!zone)
            continue;
        QRectF need;
        std::vector<QString> members = design.childZones(zoneId);
        for (const QString &c : design.memberComponents(zoneId))
            members.push_back(c);
        for (const QString &n : design.zoneNotes(zoneId))
            members.push_back(n);
        for (const QString &m : members)
            if (check.contains(m))
                need = need.united(itemRect(design, catalog, m));
        if (need.isNull())
            continue;
        const QSizeF size = zoneSize(*zone, catalog);
        const qreal left = gridUp(kZoneMargin - need.left());
        const qreal top = gridUp(kZoneTopMargin - need.top());
        const qreal right = gridUp(need.right() + kZoneMargin - size.width());
        const qreal bottom = gridUp(need.bottom() + kZoneMargin - size.height());
        if (left == 0 && top == 0 && right == 0 && bottom == 0)
            continue;
        zone->size = QSizeF(size.width() + left + right, size.height() + top + bottom);
        out.sizes[zoneId] = zone->size;
        if (left > 0 || top > 0) {
            zone->position -= QPointF(left, top);
            out.positions[zoneId] = zone->position;
            for (const QString &m : members) {
                if (Component *c = design.mutableComponent(m))
                    out.positions[m] = c->position += QPointF(left, top);
                else if (Zone *z = design.mutableZone(m))
                    out.positions[m] = z->position += QPointF(left, top);
                else if (Note *n = design.mutableNote(m))
                    out.positions[m] = n->position += QPointF(left, top);
            }
        }
        check.insert(zoneId);
        if (!zone->parent.isEmpty())
            pending.insert(zone->parent);
    }
    return out;
}

QRectF nearestFreeRect(QRectF wanted, const std::vector<QRectF> &occupied, qreal gap, qreal step)
{
    auto isFree = [&](const QRectF &r) {
        const QRectF padded = r.adjusted(-gap, -gap, gap, gap);
        return std::none_of(occupied.begin(), occupied.end(), [&](const QRectF &o) { return o.intersects(padded); });
    };
    if (isFree(wanted))
        return wanted;
    constexpr int kRings = 200;
    for (int ring = 1; ring <= kRings; ++ring) {
        // The ring's cells, nearest first; right and down before left and up on equal distance.
        std::vector<QPoint> cells;
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy)
                if (std::max(std::abs(dx), std::abs(dy)) == ring)
                    cells.emplace_back(dx, dy);
        std::stable_sort(cells.begin(), cells.end(), [](QPoint a, QPoint b) {
            const int da = a.x() * a.x() + a.y() * a.y(), db = b.x() * b.x() + b.y() * b.y();
            if (da != db)
                return da < db;
            return a.x() + a.y() > b.x() + b.y();
        });
        for (QPoint cell : cells) {
            const QRectF r = wanted.translated(cell.x() * step, cell.y() * step);
            if (isFree(r))
                return r;
        }
    }
    return wanted;
}

} // namespace sd
