// SPDX-License-Identifier: MIT
#include "merge.h"

#include "diff.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace sd {

namespace {

/// An item as its fields: what the merge compares one by one. An absent key is "not set".
using Fields = std::map<QString, QVariant>;
/// All items of one type, by id.
using Items = std::map<QString, Fields>;

void setIf(Fields &f, const QString &key, const QVariant &value)
{
    if (value.isValid())
        f[key] = value;
}

QVariant text(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

void putProperties(Fields &f, const PropertyMap &properties)
{
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        f[QStringLiteral("properties.") + it.key()] = it.value();
}

PropertyMap takeProperties(const Fields &f)
{
    PropertyMap p;
    for (const auto &[key, value] : f)
        if (key.startsWith(QLatin1String("properties.")))
            p.insert(key.mid(11), value);
    return p;
}

QString str(const Fields &f, const char *key)
{
    const auto it = f.find(QLatin1String(key));
    return it == f.end() ? QString() : it->second.toString();
}

/// What zones and components share: name, kind, position, size and properties.
template<typename Box>
Fields boxFields(const Box &x)
{
    Fields f;
    f[QStringLiteral("name")] = x.name;
    f[QStringLiteral("kind")] = x.kind;
    f[QStringLiteral("position")] = x.position;
    if (!x.size.isEmpty())
        f[QStringLiteral("size")] = x.size;
    if (x.zOrder != 0)
        f[QStringLiteral("zOrder")] = x.zOrder;
    putProperties(f, x.properties);
    return f;
}

template<typename Box>
void boxFrom(Box &x, const QString &id, const Fields &f)
{
    x.id = id;
    x.name = str(f, "name");
    x.kind = str(f, "kind");
    if (auto it = f.find(QStringLiteral("position")); it != f.end())
        x.position = it->second.toPointF();
    if (auto it = f.find(QStringLiteral("size")); it != f.end())
        x.size = it->second.toSizeF();
    if (auto it = f.find(QStringLiteral("zOrder")); it != f.end())
        x.zOrder = it->second.toInt();
    x.properties = takeProperties(f);
}

Items zonesOf(const Design &d)
{
    Items items;
    for (const Zone &z : d.zones()) {
        Fields f = boxFields(z);
        setIf(f, QStringLiteral("parent"), text(z.parent));
        items.emplace(z.id, std::move(f));
    }
    return items;
}

Zone zoneFrom(const QString &id, const Fields &f)
{
    Zone z;
    boxFrom(z, id, f);
    z.parent = str(f, "parent");
    return z;
}

Items componentsOf(const Design &d)
{
    Items items;
    for (const Component &c : d.components()) {
        Fields f = boxFields(c);
        setIf(f, QStringLiteral("zone"), text(c.zone));
        if (c.pinned)
            f[QStringLiteral("pinned")] = true;
        items.emplace(c.id, std::move(f));
    }
    return items;
}

Component componentFrom(const QString &id, const Fields &f)
{
    Component c;
    boxFrom(c, id, f);
    c.zone = str(f, "zone");
    c.pinned = f.count(QStringLiteral("pinned")) > 0;
    return c;
}

Items connectionsOf(const Design &d)
{
    Items items;
    for (const Connection &c : d.connections()) {
        Fields f;
        f[QStringLiteral("from")] = c.from;
        f[QStringLiteral("to")] = c.to;
        setIf(f, QStringLiteral("protocol"), text(c.protocol));
        if (c.port > 0)
            f[QStringLiteral("port")] = c.port;
        if (c.mode == ConnectionMode::Async)
            f[QStringLiteral("mode")] = QStringLiteral("async");
        setIf(f, QStringLiteral("label"), text(c.label));
        if (c.callsPerRequest)
            f[QStringLiteral("callsPerRequest")] = *c.callsPerRequest;
        // The route the user bent and its style: one field each, so bending a line on one side
        // and relabelling it on the other both stay.
        if (!c.waypoints.empty()) {
            QVariantList points;
            for (const QPointF &p : c.waypoints)
                points.append(p);
            f[QStringLiteral("waypoints")] = points;
        }
        if (c.style != ConnectionStyle::Orthogonal)
            f[QStringLiteral("style")] = connectionStyleName(c.style);
        items.emplace(c.id, std::move(f));
    }
    return items;
}

Connection connectionFrom(const QString &id, const Fields &f)
{
    Connection c;
    c.id = id;
    c.from = str(f, "from");
    c.to = str(f, "to");
    c.protocol = str(f, "protocol");
    if (auto it = f.find(QStringLiteral("port")); it != f.end())
        c.port = it->second.toInt();
    c.mode = str(f, "mode") == QLatin1String("async") ? ConnectionMode::Async : ConnectionMode::Sync;
    c.label = str(f, "label");
    if (auto it = f.find(QStringLiteral("callsPerRequest")); it != f.end())
        c.callsPerRequest = it->second.toDouble();
    if (auto it = f.find(QStringLiteral("waypoints")); it != f.end())
        for (const QVariant &p : it->second.toList())
            c.waypoints.push_back(p.toPointF());
    c.style = connectionStyleFromName(str(f, "style")).value_or(ConnectionStyle::Orthogonal);
    return c;
}

Items notesOf(const Design &d)
{
    Items items;
    for (const Note &n : d.notes()) {
        Fields f;
        f[QStringLiteral("text")] = n.text;
        setIf(f, QStringLiteral("zone"), text(n.zone));
        f[QStringLiteral("position")] = n.position;
        if (!n.size.isEmpty())
            f[QStringLiteral("size")] = n.size;
        if (n.colour != NoteColour::Yellow)
            f[QStringLiteral("colour")] = noteColourName(n.colour);
        items.emplace(n.id, std::move(f));
    }
    return items;
}

Note noteFrom(const QString &id, const Fields &f)
{
    Note n;
    n.id = id;
    n.text = str(f, "text");
    n.zone = str(f, "zone");
    if (auto it = f.find(QStringLiteral("position")); it != f.end())
        n.position = it->second.toPointF();
    if (auto it = f.find(QStringLiteral("size")); it != f.end())
        n.size = it->second.toSizeF();
    n.colour = noteColourFromName(str(f, "colour")).value_or(NoteColour::Yellow);
    return n;
}

/// The design's own fields: one item with an empty id.
Items designOf(const Design &d)
{
    Fields f;
    f[QStringLiteral("name")] = d.name;
    setIf(f, QStringLiteral("description"), text(d.description));
    for (const auto &[key, value] : d.metadata)
        f[QStringLiteral("metadata.") + key] = value;
    return {{QString(), f}};
}

Items answersOf(const Design &d)
{
    Items items;
    for (const Answer &a : d.answers()) {
        Fields f;
        setIf(f, QStringLiteral("value"), a.value);
        setIf(f, QStringLiteral("note"), text(a.note));
        items.emplace(a.question, std::move(f));
    }
    return items;
}

Items acceptedOf(const Design &d)
{
    Items items;
    for (const AcceptedFinding &a : d.acceptedFindings()) {
        Fields f;
        f[QStringLiteral("justification")] = a.justification;
        setIf(f, QStringLiteral("acceptedBy"), text(a.acceptedBy));
        setIf(f, QStringLiteral("acceptedOn"), text(a.acceptedOn));
        items.emplace(a.finding, std::move(f));
    }
    return items;
}

std::optional<QString> valueText(const Fields *f, const QString &key)
{
    if (!f)
        return std::nullopt;
    const auto it = f->find(key);
    if (it == f->end())
        return std::nullopt;
    return DiffText::value(it->second);
}

QVariant valueOf(const Fields &f, const QString &key)
{
    const auto it = f.find(key);
    return it == f.end() ? QVariant() : it->second;
}

/// "changed replicas, zone" or "unchanged": how one side left an item the other side deleted.
QString howChanged(const Fields &base, const Fields &side)
{
    QStringList keys;
    std::set<QString> all;
    for (const auto &[k, v] : base)
        all.insert(k);
    for (const auto &[k, v] : side)
        all.insert(k);
    for (const QString &k : all)
        if (valueOf(base, k) != valueOf(side, k))
            keys << k;
    return keys.isEmpty() ? DesignMerge::tr("unchanged") : DesignMerge::tr("changed %1").arg(keys.join(QStringLiteral(", ")));
}

class Merger
{
public:
    explicit Merger(std::vector<MergeConflict> &conflicts) : m_conflicts(conflicts) {}

    /// Three-way merge of the items of one type.
    Items mergeItems(const QString &type, const Items &base, const Items &ours, const Items &theirs)
    {
        std::set<QString> ids;
        for (const Items *side : {&base, &ours, &theirs})
            for (const auto &[id, f] : *side)
                ids.insert(id);
        Items merged;
        for (const QString &id : ids) {
            const Fields *b = find(base, id);
            const Fields *o = find(ours, id);
            const Fields *t = find(theirs, id);
            if (!o && !t)
                continue; // deleted on both sides
            if (!b) {
                merged[id] = o && t ? mergeFields(type, id, nullptr, *o, *t) : *(o ? o : t);
                continue;
            }
            if (!o || !t) {
                const Fields &kept = o ? *o : *t;
                if (kept == *b)
                    continue; // deleted on one side, untouched on the other
                merged[id] = kept;
                m_conflicts.push_back({type, id, QString(), DesignMerge::tr("exists"),
                                       o ? std::optional(howChanged(*b, *o)) : std::nullopt,
                                       t ? std::optional(howChanged(*b, *t)) : std::nullopt,
                                       o ? QStringLiteral("ours") : QStringLiteral("theirs"),
                                       DesignMerge::tr("deleted on one side and changed on the other; the changed one is kept")});
                continue;
            }
            merged[id] = mergeFields(type, id, b, *o, *t);
        }
        return merged;
    }

private:
    static const Fields *find(const Items &items, const QString &id)
    {
        const auto it = items.find(id);
        return it == items.end() ? nullptr : &it->second;
    }

    Fields mergeFields(const QString &type, const QString &id, const Fields *base, const Fields &ours, const Fields &theirs)
    {
        static const Fields none;
        const Fields &b = base ? *base : none;
        std::set<QString> keys;
        for (const Fields *side : {&b, &ours, &theirs})
            for (const auto &[k, v] : *side)
                keys.insert(k);
        Fields merged;
        for (const QString &key : keys) {
            const QVariant bv = valueOf(b, key), ov = valueOf(ours, key), tv = valueOf(theirs, key);
            QVariant value;
            if (ov == tv || tv == bv) {
                value = ov;
            } else if (ov == bv) {
                value = tv;
            } else {
                value = ov;
                m_conflicts.push_back({type, id, key, valueText(base, key), valueText(&ours, key), valueText(&theirs, key),
                                       QStringLiteral("ours"),
                                       base ? DesignMerge::tr("both sides changed it to different values")
                                            : DesignMerge::tr("both sides added it with different values")});
            }
            if (value.isValid())
                merged[key] = value;
        }
        return merged;
    }

    std::vector<MergeConflict> &m_conflicts;
};

/// Earlier conflicts: those either side still has, unless one side resolved one the base had.
std::vector<MergeConflict> carriedConflicts(const Design &base, const Design &ours, const Design &theirs)
{
    const auto has = [](const Design &d, const MergeConflict &c) { return std::find(d.conflicts.begin(), d.conflicts.end(), c) != d.conflicts.end(); };
    std::vector<MergeConflict> kept;
    for (const Design *side : {&ours, &theirs})
        for (const MergeConflict &c : side->conflicts)
            if (!(has(base, c) && (!has(ours, c) || !has(theirs, c))) && std::find(kept.begin(), kept.end(), c) == kept.end())
                kept.push_back(c);
    return kept;
}

/// Sets (or, empty, removes) a reference field: a zone's parent, a component's zone.
void setReference(Fields &f, const QString &key, const QString &id)
{
    if (id.isEmpty())
        f.erase(key);
    else
        f[key] = id;
}

/**
 * One id used for a zone by one side and for a component by the other (both new, or one side
 * replacing the other's item): a design cannot hold both. Ours is kept and theirs recorded. A
 * dropped component takes its connections with it; a dropped zone's members move to its parent.
 */
void resolveTypeClashes(Items &zones, Items &components, Items &connections, const Design &ours,
                        std::vector<MergeConflict> &conflicts)
{
    const Items ourZones = zonesOf(ours);
    const auto exists = std::optional(DesignMerge::tr("exists"));
    QStringList clashes;
    for (const auto &[id, f] : zones)
        if (components.count(id))
            clashes << id;
    for (const QString &id : std::as_const(clashes)) {
        if (ourZones.count(id)) {
            components.erase(id);
            conflicts.push_back({QStringLiteral("component"), id, QString(), std::nullopt, std::nullopt, exists, QStringLiteral("ours"),
                                 DesignMerge::tr("ours uses %1 for a zone and theirs for a component; the zone is kept").arg(id)});
            for (auto c = connections.begin(); c != connections.end();) {
                if (str(c->second, "from") != id && str(c->second, "to") != id) {
                    ++c;
                    continue;
                }
                conflicts.push_back({QStringLiteral("connection"), c->first, QString(), std::nullopt, std::nullopt, exists, QStringLiteral("ours"),
                                     DesignMerge::tr("it joins the component %1, which is a zone on our side; it is dropped").arg(id)});
                c = connections.erase(c);
            }
        } else {
            const QString parent = str(zones.at(id), "parent");
            zones.erase(id);
            for (auto &[member, f] : components)
                if (str(f, "zone") == id)
                    setReference(f, QStringLiteral("zone"), parent);
            for (auto &[child, f] : zones)
                if (str(f, "parent") == id)
                    setReference(f, QStringLiteral("parent"), parent);
            conflicts.push_back({QStringLiteral("zone"), id, QString(), std::nullopt, std::nullopt, exists, QStringLiteral("ours"),
                                 DesignMerge::tr("ours uses %1 for a component and theirs for a zone; the component is kept and "
                                                 "the zone's members move to its parent").arg(id)});
        }
    }
}

/// The zones on a parent cycle that `start` leads into (empty when its chain ends at the top).
QStringList cycleFrom(const Items &zones, const QString &start)
{
    std::set<QString> seen;
    QString at = start;
    while (!at.isEmpty() && zones.count(at) && seen.insert(at).second)
        at = str(zones.at(at), "parent");
    if (at.isEmpty() || !zones.count(at))
        return {};
    QStringList cycle;
    QString z = at;
    do {
        cycle << z;
        z = str(zones.at(z), "parent");
    } while (z != at);
    return cycle;
}

/**
 * Two independent moves can put zones inside each other (ours moves A into B, theirs B into A).
 * Each such cycle is broken at a zone whose parent came from theirs: it gets our parent back, and
 * their move is recorded as a conflict on its `parent`.
 */
void breakZoneCycles(Items &zones, const Design &base, const Design &ours, const Design &theirs, std::vector<MergeConflict> &conflicts)
{
    const Items b = zonesOf(base), o = zonesOf(ours), t = zonesOf(theirs);
    const auto at = [](const Items &items, const QString &id) { const auto it = items.find(id); return it == items.end() ? nullptr : &it->second; };
    // Each pass breaks one cycle for good (the zone's parent ends outside it), so this ends.
    for (size_t pass = 0; pass <= zones.size(); ++pass) {
        QStringList cycle;
        for (const auto &[id, f] : zones)
            if (!(cycle = cycleFrom(zones, id)).isEmpty())
                break;
        if (cycle.isEmpty())
            return;
        QString pick = cycle.first();
        for (const QString &z : std::as_const(cycle))
            if (!o.count(z) || str(o.at(z), "parent") != str(zones.at(z), "parent")) {
                pick = z;
                break;
            }
        QString parent = o.count(pick) ? str(o.at(pick), "parent") : QString();
        if (cycle.contains(parent) || (!parent.isEmpty() && !zones.count(parent)))
            parent.clear(); // our parent is on the cycle too, or gone: the top level
        setReference(zones.at(pick), QStringLiteral("parent"), parent);
        conflicts.push_back({QStringLiteral("zone"), pick, QStringLiteral("parent"), valueText(at(b, pick), QStringLiteral("parent")),
                             valueText(at(o, pick), QStringLiteral("parent")), valueText(at(t, pick), QStringLiteral("parent")),
                             QStringLiteral("ours"),
                             DesignMerge::tr("the two sides' moves would put zones inside each other (%1); ours is kept")
                                 .arg(cycle.join(QStringLiteral(" → ")))});
    }
}

} // namespace

MergeResult DesignMerge::merge(const Design &base, const Design &ours, const Design &theirs)
{
    MergeResult result;
    std::vector<MergeConflict> &conflicts = result.conflicts;
    Merger merger(conflicts);

    const Fields design = merger.mergeItems(QStringLiteral("design"), designOf(base), designOf(ours), designOf(theirs))[QString()];
    Items zones = merger.mergeItems(QStringLiteral("zone"), zonesOf(base), zonesOf(ours), zonesOf(theirs));
    Items components = merger.mergeItems(QStringLiteral("component"), componentsOf(base), componentsOf(ours), componentsOf(theirs));
    Items connections = merger.mergeItems(QStringLiteral("connection"), connectionsOf(base), connectionsOf(ours), connectionsOf(theirs));
    const Items answers = merger.mergeItems(QStringLiteral("answer"), answersOf(base), answersOf(ours), answersOf(theirs));
    const Items accepted = merger.mergeItems(QStringLiteral("acceptedFinding"), acceptedOf(base), acceptedOf(ours), acceptedOf(theirs));
    Items notes = merger.mergeItems(QStringLiteral("note"), notesOf(base), notesOf(ours), notesOf(theirs));

    resolveTypeClashes(zones, components, connections, ours, conflicts);

    // A zone or component one side deleted and the other still uses (a member, a child zone, a
    // connection) comes back, from the side that has it, as a conflict: never a dangling reference.
    const auto restore = [&](Items &merged, const QString &type, const QString &id, const QString &usedBy,
                             Items (*itemsOf)(const Design &)) {
        const Items o = itemsOf(ours), t = itemsOf(theirs), b = itemsOf(base);
        const bool inOurs = o.count(id) > 0;
        const Items &source = inOurs ? o : t.count(id) ? t : b;
        const auto it = source.find(id);
        if (it == source.end())
            return false;
        merged[id] = it->second;
        conflicts.push_back({type, id, QString(), b.count(id) ? std::optional(tr("exists")) : std::nullopt,
                             inOurs ? std::optional(tr("exists")) : std::nullopt,
                             t.count(id) ? std::optional(tr("exists")) : std::nullopt,
                             inOurs ? QStringLiteral("ours") : QStringLiteral("theirs"),
                             tr("deleted on one side, but %1 still uses it on the other; it is kept").arg(usedBy)});
        return true;
    };
    for (bool restored = true; restored;) {
        restored = false;
        for (const auto &[id, f] : Items(zones)) {
            const QString parent = str(f, "parent");
            if (!parent.isEmpty() && !zones.count(parent))
                restored |= restore(zones, QStringLiteral("zone"), parent, id, zonesOf);
        }
        for (const Items *members : {&components, &notes})
            for (const auto &[id, f] : *members) {
                const QString zone = str(f, "zone");
                if (!zone.isEmpty() && !zones.count(zone))
                    restored |= restore(zones, QStringLiteral("zone"), zone, id, zonesOf);
            }
        for (const auto &[id, f] : connections)
            for (const char *end : {"from", "to"})
                if (const QString c = str(f, end); !components.count(c))
                    restored |= restore(components, QStringLiteral("component"), c, id, componentsOf);
    }
    breakZoneCycles(zones, base, ours, theirs, conflicts);

    // Both sides drew the same dependency under different ids: one connection, ours.
    const Items ourConnections = connectionsOf(ours);
    std::map<std::pair<QString, QString>, QStringList> byEnds;
    for (const auto &[id, f] : connections)
        byEnds[{str(f, "from"), str(f, "to")}].append(id);
    for (const auto &[ends, ids] : byEnds) {
        if (ids.size() < 2)
            continue;
        QString keep = ids.first();
        for (const QString &id : ids)
            if (ourConnections.count(id)) {
                keep = id;
                break;
            }
        for (const QString &drop : ids) {
            if (drop == keep)
                continue;
            const bool oursHasIt = ourConnections.count(drop) > 0;
            conflicts.push_back({QStringLiteral("connection"), drop, QString(), std::nullopt,
                                 oursHasIt ? std::optional(tr("exists")) : std::nullopt,
                                 oursHasIt ? std::nullopt : std::optional(tr("exists")),
                                 ourConnections.count(keep) ? QStringLiteral("ours") : QStringLiteral("theirs"),
                                 tr("both sides connect %1 to %2; kept %3 and dropped this one").arg(ends.first, ends.second, keep)});
            connections.erase(drop);
        }
    }

    Design &d = result.merged;
    d.name = str(design, "name");
    d.description = str(design, "description");
    for (const auto &[key, value] : design)
        if (key.startsWith(QLatin1String("metadata.")))
            d.metadata[key.mid(9)] = value.toString();
    std::vector<Zone> zoneList;
    for (const auto &[id, f] : zones)
        zoneList.push_back(zoneFrom(id, f));
    std::vector<Component> componentList;
    for (const auto &[id, f] : components)
        componentList.push_back(componentFrom(id, f));
    std::vector<Connection> connectionList;
    for (const auto &[id, f] : connections)
        connectionList.push_back(connectionFrom(id, f));
    std::vector<Answer> answerList;
    for (const auto &[question, f] : answers)
        answerList.push_back({question, valueOf(f, QStringLiteral("value")), str(f, "note")});
    std::vector<AcceptedFinding> acceptedList;
    for (const auto &[finding, f] : accepted)
        acceptedList.push_back({finding, str(f, "justification"), str(f, "acceptedBy"), str(f, "acceptedOn")});
    d.assign(std::move(zoneList), std::move(componentList), std::move(connectionList), std::move(answerList), std::move(acceptedList));
    std::vector<Note> noteList;
    for (const auto &[id, f] : notes)
        // An id both a note and a zone or component on different sides: the note steps aside.
        if (!zones.count(id) && !components.count(id) && !connections.count(id))
            noteList.push_back(noteFrom(id, f));
        else
            conflicts.push_back({QStringLiteral("note"), id, QString(), std::nullopt, std::nullopt, tr("exists"), QStringLiteral("ours"),
                                 tr("the id %1 is a note on one side and another item on the other; the note is dropped").arg(id)});
    d.assignNotes(std::move(noteList));
    d.conflicts = carriedConflicts(base, ours, theirs);
    for (const MergeConflict &c : conflicts)
        d.conflicts.push_back(c);
    return result;
}

} // namespace sd
