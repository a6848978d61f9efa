// SPDX-License-Identifier: MIT
#include "importmerge.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

QString nameKey(const QString &name) { return name.simplified().toLower(); }

} // namespace

ImportMerge mergeImport(const Design &open, const Design &imported)
{
    ImportMerge out;
    out.merged = open;
    Design &d = out.merged;
    QHash<QString, QString> zoneByName, componentByName; // name key -> id in the open design
    for (const Zone &z : open.zones())
        zoneByName.insert(nameKey(z.name), z.id);
    for (const Component &c : open.components())
        componentByName.insert(nameKey(c.name), c.id);

    QHash<QString, QString> idOf; // imported id -> id in the merged design
    // Zones parents first: the import lists them in any order, so place a zone once its parent is known.
    std::vector<const Zone *> pending;
    for (const Zone &z : imported.zones())
        pending.push_back(&z);
    while (!pending.empty()) {
        bool progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const Zone &z = **it;
            if (!z.parent.isEmpty() && !idOf.contains(z.parent)) {
                ++it;
                continue;
            }
            if (const auto known = zoneByName.constFind(nameKey(z.name)); known != zoneByName.cend()) {
                idOf.insert(z.id, *known);
            } else {
                Zone added = z;
                added.id = d.uniqueId(z.id);
                added.parent = z.parent.isEmpty() ? QString() : idOf.value(z.parent);
                added.position = {};
                d.addZone(added);
                idOf.insert(z.id, added.id);
                zoneByName.insert(nameKey(z.name), added.id);
                ++out.added;
            }
            it = pending.erase(it);
            progress = true;
        }
        if (!progress) { // a parent the import does not have (or a cycle): this one goes to the top level
            Zone added = *pending.front();
            added.id = d.uniqueId(added.id);
            added.parent.clear();
            added.position = {};
            d.addZone(added);
            idOf.insert(pending.front()->id, added.id);
            zoneByName.insert(nameKey(added.name), added.id);
            ++out.added;
            pending.erase(pending.begin());
        }
    }

    for (const Component &c : imported.components()) {
        if (const auto known = componentByName.constFind(nameKey(c.name)); known != componentByName.cend()) {
            Component *mine = d.mutableComponent(*known);
            idOf.insert(c.id, mine->id);
            if (mine->kind != c.kind) {
                out.notes.append(QCoreApplication::translate("ImportMerge", "%1: kept as %2 (the import reads %3)").arg(mine->name, mine->kind, c.kind));
                continue; // another kind's properties do not apply
            }
            bool changed = false;
            for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it) {
                const QVariant before = mine->properties.value(it.key());
                if (before == it.value())
                    continue;
                out.notes.append(QCoreApplication::translate("ImportMerge", "%1: %2 %3 -> %4")
                                     .arg(mine->name, it.key(),
                                          before.isValid() ? before.toString() : QCoreApplication::translate("ImportMerge", "(default)"),
                                          it.value().toString()));
                mine->properties.insert(it.key(), it.value());
                changed = true;
            }
            out.updated += changed ? 1 : 0;
            continue;
        }
        Component added = c;
        added.id = d.uniqueId(c.id);
        added.zone = c.zone.isEmpty() ? QString() : idOf.value(c.zone);
        added.position = {};
        added.pinned = false;
        d.addComponent(added);
        idOf.insert(c.id, added.id);
        componentByName.insert(nameKey(c.name), added.id);
        ++out.added;
    }

    for (const Connection &c : imported.connections()) {
        const QString from = idOf.value(c.from), to = idOf.value(c.to);
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        bool exists = false;
        for (const QString &id : d.connectionsOf(from))
            if (const Connection *mine = d.connection(id); mine && mine->from == from && mine->to == to)
                exists = true;
        if (exists)
            continue;
        Connection added = c;
        added.id = d.uniqueId(from + QStringLiteral("-to-") + to);
        added.from = from;
        added.to = to;
        added.waypoints.clear();
        d.addConnection(added);
        ++out.connections;
    }

    // Where each item came from, under the id it has now.
    static const QString source = QStringLiteral("source.");
    for (const auto &[key, value] : imported.metadata)
        if (key.startsWith(source))
            if (const QString id = idOf.value(key.mid(source.size())); !id.isEmpty())
                d.metadata[source + id] = value;
    return out;
}

} // namespace sd
