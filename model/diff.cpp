// SPDX-License-Identifier: MIT
#include "diff.h"

#include "dependencygraph.h"
#include "failuremodel.h"
#include "structural.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace sd {

QString diffItemTypeName(DiffItemType type)
{
    switch (type) {
    case DiffItemType::Design: return QStringLiteral("design");
    case DiffItemType::Zone: return QStringLiteral("zone");
    case DiffItemType::Component: return QStringLiteral("component");
    case DiffItemType::Connection: return QStringLiteral("connection");
    case DiffItemType::Note: return QStringLiteral("note");
    }
    return {};
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: return QStringLiteral("changed");
    case ChangeKind::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

QString findingChangeKindName(FindingChange::Kind kind)
{
    switch (kind) {
    case FindingChange::Kind::Appeared: return QStringLiteral("appeared");
    case FindingChange::Kind::Disappeared: return QStringLiteral("disappeared");
    case FindingChange::Kind::SeverityChanged: return QStringLiteral("severity-changed");
    case FindingChange::Kind::AcceptanceChanged: return QStringLiteral("acceptance-changed");
    }
    return {};
}

QString structuralChangeKindName(StructuralChange::Kind kind)
{
    switch (kind) {
    case StructuralChange::Kind::CutVertexGained: return QStringLiteral("cut-vertex-gained");
    case StructuralChange::Kind::CutVertexLost: return QStringLiteral("cut-vertex-lost");
    case StructuralChange::Kind::BridgeGained: return QStringLiteral("bridge-gained");
    case StructuralChange::Kind::BridgeLost: return QStringLiteral("bridge-lost");
    case StructuralChange::Kind::DominatorGained: return QStringLiteral("dominator-gained");
    case StructuralChange::Kind::DominatorLost: return QStringLiteral("dominator-lost");
    case StructuralChange::Kind::BlastRadius: return QStringLiteral("blast-radius");
    }
    return {};
}

bool ItemChange::semantic() const
{
    if (kind == ChangeKind::Added || kind == ChangeKind::Removed || kind == ChangeKind::Renamed)
        return true;
    return std::any_of(fields.begin(), fields.end(), [](const FieldChange &f) { return !f.layout; });
}

int DesignDiff::count(DiffItemType type, ChangeKind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [&](const ItemChange &c) { return c.type == type && c.kind == kind; }));
}

QString DiffText::value(const QVariant &v)
{
    if (!v.isValid())
        return tr("(not set)");
    switch (v.typeId()) {
    case QMetaType::QPointF: {
        const QPointF p = v.toPointF();
        return QStringLiteral("[%1, %2]").arg(p.x()).arg(p.y());
    }
    case QMetaType::QSizeF: {
        const QSizeF s = v.toSizeF();
        return QStringLiteral("[%1, %2]").arg(s.width()).arg(s.height());
    }
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts.append(value(item));
        return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
    }
    default:
        return v.toString();
    }
}

namespace {

/// Adds a field change when the values differ.
void compare(std::vector<FieldChange> &out, const QString &field, const QVariant &before, const QVariant &after, bool layout = false)
{
    if (before != after)
        out.push_back({field, before, after, layout});
}

QVariant textOrUnset(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

void compareProperties(std::vector<FieldChange> &out, const PropertyMap &before, const PropertyMap &after)
{
    // QVariantMap iterates by key: the union in key order.
    std::set<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : keys)
        compare(out, QStringLiteral("properties.") + key, before.value(key), after.value(key));
}

QVariant sizeOrUnset(QSizeF s) { return s.isEmpty() ? QVariant() : QVariant(s); }

std::vector<FieldChange> zoneFields(const Zone &a, const Zone &b)
{
    std::vector<FieldChange> f;
    compare(f, QStringLiteral("name"), a.name, b.name);
    compare(f, QStringLiteral("kind"), a.kind, b.kind);
    compare(f, QStringLiteral("parent"), textOrUnset(a.parent), textOrUnset(b.parent));
    compareProperties(f, a.properties, b.properties);
    compare(f, QStringLiteral("position"), a.position, b.position, true);
    compare(f, QStringLiteral("size"), sizeOrUnset(a.size), sizeOrUnset(b.size), true);
    // Bring to Front / Send to Back: how it is drawn, like position.
    compare(f, QStringLiteral("zOrder"), a.zOrder, b.zOrder, true);
    return f;
}

std::vector<FieldChange> componentFields(const Component &a, const Component &b)
{
    std::vector<FieldChange> f;
    compare(f, QStringLiteral("name"), a.name, b.name);
    compare(f, QStringLiteral("kind"), a.kind, b.kind);
    compare(f, QStringLiteral("zone"), textOrUnset(a.zone), textOrUnset(b.zone));
    compareProperties(f, a.properties, b.properties);
    compare(f, QStringLiteral("pinned"), a.pinned, b.pinned, true);
    compare(f, QStringLiteral("position"), a.position, b.position, true);
    compare(f, QStringLiteral("size"), sizeOrUnset(a.size), sizeOrUnset(b.size), true);
    compare(f, QStringLiteral("zOrder"), a.zOrder, b.zOrder, true);
    return f;
}

/// A note's text is what it says; where it sits and its colour are how it is drawn.
std::vector<FieldChange> noteFields(const Note &a, const Note &b)
{
    std::vector<FieldChange> f;
    compare(f, QStringLiteral("text"), a.text, b.text);
    compare(f, QStringLiteral("zone"), textOrUnset(a.zone), textOrUnset(b.zone), true);
    compare(f, QStringLiteral("position"), a.position, b.position, true);
    compare(f, QStringLiteral("size"), sizeOrUnset(a.size), sizeOrUnset(b.size), true);
    compare(f, QStringLiteral("colour"), noteColourName(a.colour), noteColourName(b.colour), true);
    return f;
}

QString modeName(ConnectionMode m) { return m == ConnectionMode::Async ? QStringLiteral("async") : QStringLiteral("sync"); }

std::vector<FieldChange> connectionFields(const Connection &a, const Connection &b)
{
    std::vector<FieldChange> f;
    compare(f, QStringLiteral("from"), a.from, b.from);
    compare(f, QStringLiteral("to"), a.to, b.to);
    compare(f, QStringLiteral("protocol"), textOrUnset(a.protocol), textOrUnset(b.protocol));
    compare(f, QStringLiteral("port"), a.port ? QVariant(a.port) : QVariant(), b.port ? QVariant(b.port) : QVariant());
    compare(f, QStringLiteral("mode"), modeName(a.mode), modeName(b.mode));
    compare(f, QStringLiteral("label"), textOrUnset(a.label), textOrUnset(b.label));
    compare(f, QStringLiteral("callsPerRequest"), a.callsPerRequest ? QVariant(*a.callsPerRequest) : QVariant(),
            b.callsPerRequest ? QVariant(*b.callsPerRequest) : QVariant());
    return f;
}

/// Name, description, metadata, answers and accepted findings: one pseudo item "the design".
std::vector<FieldChange> designFields(const Design &a, const Design &b)
{
    std::vector<FieldChange> f;
    compare(f, QStringLiteral("name"), a.name, b.name);
    compare(f, QStringLiteral("description"), textOrUnset(a.description), textOrUnset(b.description));
    std::set<QString> keys;
    for (const auto &[k, v] : a.metadata)
        keys.insert(k);
    for (const auto &[k, v] : b.metadata)
        keys.insert(k);
    for (const QString &k : keys) {
        const auto ia = a.metadata.find(k);
        const auto ib = b.metadata.find(k);
        compare(f, QStringLiteral("metadata.") + k, ia == a.metadata.end() ? QVariant() : QVariant(ia->second),
                ib == b.metadata.end() ? QVariant() : QVariant(ib->second));
    }
    std::set<QString> questions;
    for (const Answer &x : a.answers())
        questions.insert(x.question);
    for (const Answer &x : b.answers())
        questions.insert(x.question);
    for (const QString &q : questions) {
        const Answer *x = a.answer(q);
        const Answer *y = b.answer(q);
        compare(f, QStringLiteral("answers.") + q, x ? x->value : QVariant(), y ? y->value : QVariant());
        compare(f, QStringLiteral("answers.%1.note").arg(q), x ? textOrUnset(x->note) : QVariant(), y ? textOrUnset(y->note) : QVariant());
    }
    std::set<QString> accepted;
    for (const AcceptedFinding &x : a.acceptedFindings())
        accepted.insert(x.finding);
    for (const AcceptedFinding &x : b.acceptedFindings())
        accepted.insert(x.finding);
    for (const QString &id : accepted) {
        const AcceptedFinding *x = a.acceptedFinding(id);
        const AcceptedFinding *y = b.acceptedFinding(id);
        compare(f, QStringLiteral("acceptedFindings.") + id, x ? QVariant(x->justification) : QVariant(),
                y ? QVariant(y->justification) : QVariant());
    }
    return f;
}

/// What identifies an item apart from its id: its kind and properties.
QString signature(const QString &kind, const PropertyMap &properties)
{
    QString s = kind;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        s += QLatin1Char('\n') + it.key() + QLatin1Char('=') + DiffText::value(it.value());
    return s;
}

/// Old id -> new id. Hashed: the diff looks every item and both ends of every connection up in it.
using RenameMap = std::unordered_map<QString, QString>;

/**
 * The items of `list` whose id the other design lacks: `other` is its list of the same type (both
 * sorted by id, so one walk down both finds them), and what is missing there is checked against
 * the other type of item too (zones and components share one set of ids). A lookup per item made this n log n with long string comparisons.
 */
template<typename Item>
std::vector<const Item *> missingFrom(const std::vector<Item> &list, const std::vector<Item> &other, const Design &otherDesign)
{
    std::vector<const Item *> missing;
    auto y = other.begin();
    for (const Item &x : list) {
        while (y != other.end() && y->id < x.id)
            ++y;
        if (y != other.end() && y->id == x.id)
            continue;
        if (!otherDesign.hasItem(x.id))
            missing.push_back(&x);
    }
    return missing;
}

/// Neighbours (callers and callees) of the components of `d` whose id `other` lacks: the rename
/// candidates. Those are a few among thousands, and a set for every component of both designs
/// was most of what the diff of two large designs allocated.
std::unordered_map<QString, std::set<QString>> candidateNeighbours(const Design &d, const Design &other)
{
    std::unordered_map<QString, std::set<QString>> n;
    for (const Component *c : missingFrom(d.components(), other.components(), other))
        n[c->id];
    if (n.empty())
        return n;
    for (const Connection &c : d.connections()) {
        if (const auto it = n.find(c.from); it != n.end())
            it->second.insert(c.to);
        if (const auto it = n.find(c.to); it != n.end())
            it->second.insert(c.from);
    }
    return n;
}

/// How many ids two lists sorted by id share: one walk down both, no lookups.
template<typename Item>
int sharedIdCount(const std::vector<Item> &a, const std::vector<Item> &b)
{
    int shared = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (x->id < y->id) {
            ++x;
        } else if (y->id < x->id) {
            ++y;
        } else {
            ++shared;
            ++x;
            ++y;
        }
    }
    return shared;
}

/// Neighbours of a zone: its parent and its members.
std::set<QString> zoneNeighbours(const Design &d, const Zone &z)
{
    std::set<QString> n;
    if (!z.parent.isEmpty())
        n.insert(z.parent);
    for (const QString &id : d.childZones(z.id))
        n.insert(id);
    for (const QString &id : d.memberComponents(z.id))
        n.insert(id);
    return n;
}

/**
 * Pairs removed and added items of the same signature and the same neighbours. Neighbours are
 * compared on the ids both sides share (so that two renamed neighbours do not hide each other);
 * among several candidates the one with the same name wins; an ambiguous match is no match.
 */
template<typename Item, typename Neighbours>
void findRenames(const std::vector<Item> &before, const std::vector<Item> &after, const Design &a, const Design &b,
                 Neighbours neighbours, RenameMap &renames)
{
    const std::vector<const Item *> removed = missingFrom(before, after, b);
    const std::vector<const Item *> added = missingFrom(after, before, a);
    if (removed.empty() || added.empty())
        return;
    // The neighbours both sides share, as text: with the signature, the key a rename keeps.
    // Computed once per item, so that a design with thousands of look-alike items stays linear.
    const auto key = [&](const Design &d, const Item &item) {
        QString k = signature(item.kind, item.properties);
        for (const QString &id : neighbours(d, item))
            if (a.hasItem(id) && b.hasItem(id))
                k += QStringLiteral("\n>") + id;
        return k;
    };
    std::unordered_map<QString, std::vector<const Item *>> byKey;
    for (const Item *y : added)
        byKey[key(b, *y)].push_back(y);
    std::unordered_set<const Item *> used;
    for (const Item *x : removed) {
        auto it = byKey.find(key(a, *x));
        if (it == byKey.end())
            continue;
        std::vector<const Item *> matches;
        for (const Item *y : it->second)
            if (!used.count(y))
                matches.push_back(y);
        if (matches.size() > 1) {
            std::vector<const Item *> named;
            for (const Item *y : matches)
                if (y->name == x->name)
                    named.push_back(y);
            matches = named;
        }
        if (matches.size() != 1)
            continue;
        used.insert(matches.front());
        renames[x->id] = matches.front()->id;
    }
}

template<typename Map>
QString mapped(const Map &renames, const QString &id)
{
    const auto it = renames.find(id);
    return it == renames.end() ? id : it->second;
}

QString itemName(const Zone &z) { return z.name; }
QString itemName(const Component &c) { return c.name; }
QString itemName(const Connection &) { return {}; } // named after its ends below
/// A note is named by the start of its first line, as a reviewer would quote it.
QString itemName(const Note &n)
{
    const QString line = n.text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 40 ? line.left(39) + QStringLiteral("…") : line;
}

/// The item changes of one list: matched by id, or by a rename.
template<typename Item, typename Fields>
void diffList(DiffItemType type, const std::vector<Item> &before, const std::vector<Item> &after,
              const RenameMap &renames, Fields fields, std::vector<ItemChange> &out)
{
    std::unordered_map<QString, const Item *> afterById;
    for (const Item &y : after)
        afterById.emplace(y.id, &y);
    std::unordered_set<QString> renamedTo;
    for (const auto &[from, to] : renames)
        renamedTo.insert(to);
    std::vector<ItemChange> changes;
    for (const Item &x : before) {
        const QString target = mapped(renames, x.id);
        const auto it = afterById.find(target);
        if (it == afterById.end() || (target == x.id && renamedTo.count(x.id))) {
            changes.push_back({type, ChangeKind::Removed, x.id, {}, itemName(x), {}});
            continue;
        }
        std::vector<FieldChange> f = fields(x, *it->second);
        if (target != x.id)
            changes.push_back({type, ChangeKind::Renamed, target, x.id, itemName(*it->second), std::move(f)});
        else if (!f.empty())
            changes.push_back({type, ChangeKind::Changed, target, {}, itemName(*it->second), std::move(f)});
    }
    std::unordered_set<QString> matched;
    for (const Item &x : before)
        matched.insert(mapped(renames, x.id));
    for (const Item &y : after)
        if (!matched.count(y.id))
            changes.push_back({type, ChangeKind::Added, y.id, {}, itemName(y), {}});
    std::stable_sort(changes.begin(), changes.end(), [](const ItemChange &l, const ItemChange &r) { return l.id < r.id; });
    for (ItemChange &c : changes)
        out.push_back(std::move(c));
}

} // namespace

DesignDiff diffDesigns(const Design &before, const Design &after)
{
    DesignDiff diff;
    diff.beforeItems = int(before.components().size() + before.zones().size());
    diff.afterItems = int(after.components().size() + after.zones().size());
    diff.sameName = before.name == after.name;
    diff.sharedIds = sharedIdCount(before.zones(), after.zones()) + sharedIdCount(before.components(), after.components());

    if (std::vector<FieldChange> f = designFields(before, after); !f.empty())
        diff.changes.push_back({DiffItemType::Design, ChangeKind::Changed, QString(), {}, after.name, std::move(f)});

    RenameMap renames;
    findRenames(before.zones(), after.zones(), before, after, zoneNeighbours, renames);
    const auto beforeNeighbours = candidateNeighbours(before, after);
    const auto afterNeighbours = candidateNeighbours(after, before);
    findRenames(before.components(), after.components(), before, after,
                [&](const Design &d, const Component &c) {
                    const auto &map = &d == &before ? beforeNeighbours : afterNeighbours;
                    const auto it = map.find(c.id);
                    return it == map.end() ? std::set<QString>() : it->second;
                },
                renames);
    for (const auto &[from, to] : renames)
        diff.renames.emplace_back(from, to);
    std::sort(diff.renames.begin(), diff.renames.end()); // by old id, whatever order the hash kept

    diffList(DiffItemType::Zone, before.zones(), after.zones(), renames, zoneFields, diff.changes);
    diffList(DiffItemType::Component, before.components(), after.components(), renames, componentFields, diff.changes);

    // Connections: by id, and a connection that lost its id (typically because an end was
    // renamed) matches the one between the same (renamed) ends.
    std::map<std::pair<QString, QString>, QString> afterByEnds;
    for (const Connection &c : after.connections())
        afterByEnds.emplace(std::pair{c.from, c.to}, c.id);
    RenameMap connectionRenames;
    for (const Connection &c : before.connections()) {
        if (after.connection(c.id))
            continue;
        const auto it = afterByEnds.find({mapped(renames, c.from), mapped(renames, c.to)});
        if (it != afterByEnds.end() && !before.connection(it->second))
            connectionRenames[c.id] = it->second;
    }
    diffList(DiffItemType::Connection, before.connections(), after.connections(), connectionRenames,
             [&](const Connection &x, const Connection &y) {
                 // Ends that follow a renamed component are not a change of their own.
                 Connection moved = x;
                 moved.from = mapped(renames, x.from);
                 moved.to = mapped(renames, x.to);
                 std::vector<FieldChange> f = connectionFields(moved, y);
                 return f;
             },
             diff.changes);
    diffList(DiffItemType::Note, before.notes(), after.notes(), RenameMap(), noteFields, diff.changes);
    // Connections have no name: show "from → to".
    for (ItemChange &c : diff.changes) {
        if (c.type != DiffItemType::Connection)
            continue;
        const Connection *conn = c.kind == ChangeKind::Removed ? before.connection(c.id) : after.connection(c.id);
        if (conn)
            c.name = QStringLiteral("%1 → %2").arg(conn->from, conn->to);
    }
    return diff;
}

// --- findings ------------------------------------------------------------------

bool FindingChange::isNew() const
{
    if (after.accepted)
        return false;
    if (kind == Kind::Appeared)
        return true;
    return kind == Kind::SeverityChanged && after.severity > before.severity;
}

std::vector<Finding> FindingsDelta::newFindings() const
{
    std::vector<Finding> out;
    for (const FindingChange &c : changes)
        if (c.isNew())
            out.push_back(c.after);
    return out;
}

bool FindingsDelta::addsAtLeast(FindingSeverity threshold) const
{
    return std::any_of(changes.begin(), changes.end(),
                       [&](const FindingChange &c) { return c.isNew() && c.after.severity >= threshold; });
}

QString StructuralChange::sentence() const
{
    switch (kind) {
    case Kind::CutVertexGained:
        return DiffText::tr("%1 (%2) becomes a cut vertex").arg(name, subject);
    case Kind::CutVertexLost:
        return DiffText::tr("%1 (%2) is no longer a cut vertex").arg(name, subject);
    case Kind::BridgeGained:
        return DiffText::tr("%1 becomes a bridge (the only link between two parts)").arg(name);
    case Kind::BridgeLost:
        return DiffText::tr("%1 is no longer a bridge").arg(name);
    case Kind::DominatorGained:
        return DiffText::tr("every path from an entry point to some component now passes through %1 (%2)").arg(name, subject);
    case Kind::DominatorLost:
        return DiffText::tr("%1 (%2) no longer lies on every path to some component").arg(name, subject);
    case Kind::BlastRadius:
        return DiffText::tr("blast radius of %1 (%2): %3 → %4").arg(name, subject).arg(before).arg(after);
    }
    return {};
}

namespace {

/// A finding id with the renamed component ids replaced: "rule/a+b".
QString followRenames(const QString &findingId, const std::map<QString, QString> &renames)
{
    const qsizetype slash = findingId.indexOf(QLatin1Char('/'));
    if (slash < 0 || renames.empty())
        return findingId;
    QStringList subjects = findingId.mid(slash + 1).split(QLatin1Char('+'));
    for (QString &s : subjects)
        s = mapped(renames, s);
    return findingId.left(slash + 1) + subjects.join(QLatin1Char('+'));
}

/// What the structural analysis says about one side, by component id.
struct Structure {
    std::set<QString> cutVertices;
    std::set<std::pair<QString, QString>> bridges;
    std::set<QString> dominators;
    std::map<QString, int> blast;
    std::map<QString, QString> names;
};

Structure structureOf(const Design &design, const Catalog &catalog, const std::map<QString, QString> &renames)
{
    Structure s;
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    const StructuralReport report = structuralReport(model);
    for (const QString &id : report.cutVertices)
        s.cutVertices.insert(mapped(renames, id));
    for (const auto &[x, y] : report.bridges) {
        const QString a = mapped(renames, x), b = mapped(renames, y);
        s.bridges.insert(a < b ? std::pair{a, b} : std::pair{b, a});
    }
    for (const StructuralReport::EntryDominators &e : report.dominators)
        for (const auto &[id, count] : e.dominating)
            s.dominators.insert(mapped(renames, id));
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const QString id = mapped(renames, model.profile(v).component->id);
        s.blast[id] = model.blastRadius()[size_t(v)];
        s.names[id] = model.nameOf(v);
    }
    return s;
}

template<typename T, typename Make>
void setDelta(const std::set<T> &before, const std::set<T> &after, Make make)
{
    for (const T &x : after)
        if (!before.count(x))
            make(x, true);
    for (const T &x : before)
        if (!after.count(x))
            make(x, false);
}

} // namespace

FindingsDelta diffFindings(const Design &before, const Design &after, const DesignDiff &diff, const Catalog &catalog)
{
    FindingsDelta delta;
    std::map<QString, QString> renames(diff.renames.begin(), diff.renames.end());
    const std::vector<Finding> old = validateDesign(before, catalog);
    const std::vector<Finding> now = validateDesign(after, catalog);
    delta.before = countFindings(old);
    delta.after = countFindings(now);
    std::unordered_map<QString, const Finding *> oldById;
    for (const Finding &f : old)
        oldById.emplace(followRenames(f.id, renames), &f);
    std::unordered_set<QString> seen;
    for (const Finding &f : now) {
        const auto it = oldById.find(f.id);
        if (it == oldById.end()) {
            delta.changes.push_back({FindingChange::Kind::Appeared, {}, f});
            continue;
        }
        seen.insert(f.id);
        if (it->second->severity != f.severity)
            delta.changes.push_back({FindingChange::Kind::SeverityChanged, *it->second, f});
        else if (it->second->accepted != f.accepted)
            delta.changes.push_back({FindingChange::Kind::AcceptanceChanged, *it->second, f});
    }
    for (const Finding &f : old)
        if (!seen.count(followRenames(f.id, renames)))
            delta.changes.push_back({FindingChange::Kind::Disappeared, f, {}});
    std::stable_sort(delta.changes.begin(), delta.changes.end(), [](const FindingChange &a, const FindingChange &b) {
        if (a.isNew() != b.isNew())
            return a.isNew();
        if (a.current().severity != b.current().severity)
            return a.current().severity > b.current().severity;
        return a.current().id < b.current().id;
    });

    const Structure was = structureOf(before, catalog, renames);
    const Structure is = structureOf(after, catalog, renames);
    const auto nameOf = [&](const QString &id) {
        auto it = is.names.find(id);
        if (it != is.names.end())
            return it->second;
        it = was.names.find(id);
        return it != was.names.end() ? it->second : id;
    };
    std::vector<StructuralChange> gained, lost, radius;
    setDelta(was.cutVertices, is.cutVertices, [&](const QString &id, bool gain) {
        (gain ? gained : lost).push_back({gain ? StructuralChange::Kind::CutVertexGained : StructuralChange::Kind::CutVertexLost, id, nameOf(id)});
    });
    setDelta(was.bridges, is.bridges, [&](const std::pair<QString, QString> &b, bool gain) {
        (gain ? gained : lost).push_back({gain ? StructuralChange::Kind::BridgeGained : StructuralChange::Kind::BridgeLost,
                                          QStringLiteral("%1 - %2").arg(b.first, b.second),
                                          QStringLiteral("%1 – %2").arg(nameOf(b.first), nameOf(b.second))});
    });
    setDelta(was.dominators, is.dominators, [&](const QString &id, bool gain) {
        (gain ? gained : lost).push_back({gain ? StructuralChange::Kind::DominatorGained : StructuralChange::Kind::DominatorLost, id, nameOf(id)});
    });
    for (const auto &[id, r] : is.blast) {
        const auto it = was.blast.find(id);
        if (it != was.blast.end() && it->second != r)
            radius.push_back({StructuralChange::Kind::BlastRadius, id, nameOf(id), it->second, r});
    }
    std::stable_sort(radius.begin(), radius.end(), [](const StructuralChange &a, const StructuralChange &b) {
        return std::abs(a.after - a.before) > std::abs(b.after - b.before);
    });
    for (auto *list : {&gained, &lost, &radius})
        for (StructuralChange &c : *list)
            delta.structural.push_back(std::move(c));
    return delta;
}

} // namespace sd
