// SPDX-License-Identifier: MIT
#include "fragment.h"

#include "catalog.h"

#include <QSet>

#include <algorithm>

namespace sd {

namespace {

/// Zones sorted so that each parent comes before its children.
std::vector<Zone> parentsFirst(std::vector<Zone> zones, const Design &design)
{
    std::stable_sort(zones.begin(), zones.end(), [&](const Zone &a, const Zone &b) {
        return design.zoneDepth(a.id) < design.zoneDepth(b.id);
    });
    return zones;
}

/// The ids plus everything inside the zones among them.
QSet<QString> closure(const Design &design, const QStringList &ids)
{
    QSet<QString> selected(ids.begin(), ids.end());
    QSet<QString> result;
    for (const Zone &z : design.zones())
        for (const QString &id : selected)
            if (design.zone(id) && design.isInsideZone(z.id, id))
                result.insert(z.id);
    for (const Component &c : design.components()) {
        if (selected.contains(c.id)) {
            result.insert(c.id);
            continue;
        }
        for (const QString &id : selected)
            if (!c.zone.isEmpty() && design.zone(id) && design.isInsideZone(c.zone, id))
                result.insert(c.id);
    }
    for (const Note &n : design.notes()) {
        if (selected.contains(n.id)) {
            result.insert(n.id);
            continue;
        }
        for (const QString &id : selected)
            if (!n.zone.isEmpty() && design.zone(id) && design.isInsideZone(n.zone, id))
                result.insert(n.id);
    }
    return result;
}

DesignFragment collect(const Design &design, const QSet<QString> &items, bool bothEnds)
{
    DesignFragment f;
    for (const Zone &z : design.zones())
        if (items.contains(z.id))
            f.zones.push_back(z);
    f.zones = parentsFirst(std::move(f.zones), design);
    for (const Component &c : design.components())
        if (items.contains(c.id))
            f.components.push_back(c);
    for (const Connection &c : design.connections()) {
        const bool from = items.contains(c.from), to = items.contains(c.to);
        if (bothEnds ? (from && to) : (from || to))
            f.connections.push_back(c);
    }
    for (const Note &n : design.notes())
        if (items.contains(n.id))
            f.notes.push_back(n);
    return f;
}

} // namespace

DesignFragment extractForRemoval(const Design &design, const QStringList &ids)
{
    DesignFragment f = collect(design, closure(design, ids), false);
    // Connections named directly are removed too.
    for (const QString &id : ids)
        if (const Connection *c = design.connection(id))
            if (std::none_of(f.connections.begin(), f.connections.end(), [&](const Connection &x) { return x.id == id; }))
                f.connections.push_back(*c);
    return f;
}

DesignFragment extractForCopy(const Design &design, const QStringList &ids)
{
    return collect(design, closure(design, ids), true);
}

DesignFragment prepareForPaste(const DesignFragment &fragment, const Design &source, const Design &target,
                               QPointF offset)
{
    DesignFragment out = fragment;
    QSet<QString> inFragment;
    for (const Zone &z : fragment.zones)
        inFragment.insert(z.id);
    for (const Component &c : fragment.components)
        inFragment.insert(c.id);

    // New ids, unique in the target and among themselves.
    Design taken = target;
    QHash<QString, QString> renamed;
    auto freshId = [&](const QString &id) {
        const QString fresh = taken.uniqueId(id);
        // Reserve it with a placeholder connection-free component so later ids differ.
        Component marker;
        marker.id = fresh;
        taken.addComponent(marker);
        renamed.insert(id, fresh);
        return fresh;
    };
    for (Zone &z : out.zones) {
        const QPointF scene = source.zone(z.id) ? source.scenePosition(z.id) : z.position;
        z.id = freshId(z.id);
        if (!inFragment.contains(z.parent)) {
            z.parent.clear();
            z.position = scene + offset;
        }
    }
    for (Component &c : out.components) {
        const QPointF scene = source.component(c.id) ? source.scenePosition(c.id) : c.position;
        c.id = freshId(c.id);
        if (!inFragment.contains(c.zone)) {
            c.zone.clear();
            c.position = scene + offset;
        }
    }
    for (Zone &z : out.zones)
        if (!z.parent.isEmpty())
            z.parent = renamed.value(z.parent);
    for (Component &c : out.components)
        if (!c.zone.isEmpty())
            c.zone = renamed.value(c.zone);
    std::vector<Connection> connections;
    for (Connection c : out.connections) {
        if (!renamed.contains(c.from) || !renamed.contains(c.to))
            continue; // a pasted connection needs both its ends
        c.from = renamed.value(c.from);
        c.to = renamed.value(c.to);
        c.id = freshId(c.id);
        connections.push_back(c);
    }
    out.connections = std::move(connections);
    for (Note &n : out.notes) {
        const QPointF scene = source.note(n.id) ? source.scenePosition(n.id) : n.position;
        n.id = freshId(n.id);
        if (n.zone.isEmpty() || !renamed.contains(n.zone)) {
            n.zone.clear();
            n.position = scene + offset;
        } else {
            n.zone = renamed.value(n.zone);
        }
    }
    return out;
}

namespace {
/// The next name in a zone series: eu-west-1a -> eu-west-1b, 1 -> 2, anything else -> name-2.
QString nextZoneName(const QString &name, int step)
{
    const QChar last = name.isEmpty() ? QChar() : name.back();
    if (last >= QLatin1Char('a') && last <= QLatin1Char('z') && last.unicode() + step <= 'z')
        return name.left(name.size() - 1) + QChar(last.unicode() + step);
    int digits = 0;
    while (digits < name.size() && name.at(name.size() - 1 - digits).isDigit())
        ++digits;
    if (digits > 0 && digits < 6)
        return name.left(name.size() - digits) + QString::number(name.right(digits).toInt() + step);
    return QStringLiteral("%1-%2").arg(name).arg(step + 1);
}
} // namespace

void freshAvailabilityZones(DesignFragment &fragment, const Design &target, const Catalog &catalog)
{
    const QString key = QStringLiteral("zone");
    auto isAz = [&](const Zone &z) {
        const KindSpec *kind = catalog.kind(z.kind);
        return kind && kind->hasRole(QStringLiteral("availability-zone"));
    };
    QSet<QString> used;
    for (const Zone &z : target.zones())
        if (isAz(z))
            used.insert(z.properties.value(key).toString());
    for (Zone &z : fragment.zones) {
        const QString old = z.properties.value(key).toString();
        if (!isAz(z) || old.isEmpty())
            continue;
        QString fresh = old;
        for (int step = 1; used.contains(fresh); ++step)
            fresh = nextZoneName(old, step);
        used.insert(fresh);
        if (fresh == old)
            continue;
        z.properties.insert(key, fresh);
        if (z.name == old)
            z.name = fresh;
    }
}

DesignFragment extractStandalone(const Design &design, const QStringList &ids)
{
    // Pasting into an empty design renames nothing and only lifts the orphans.
    return prepareForPaste(extractForCopy(design, ids), design, Design(), QPointF());
}

Design fragmentAsDesign(const DesignFragment &fragment, const QString &name)
{
    Design d;
    d.name = name;
    d.assign(fragment.zones, fragment.components, fragment.connections, {}, {});
    d.assignNotes(fragment.notes);
    return d;
}

DesignFragment designAsFragment(const Design &design)
{
    DesignFragment f;
    f.zones = parentsFirst(design.zones(), design);
    f.components = design.components();
    f.connections = design.connections();
    f.notes = design.notes();
    return f;
}

} // namespace sd
