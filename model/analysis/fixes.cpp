// SPDX-License-Identifier: MIT
// One-click fixes: the mechanical change behind a finding's "fix" text, planned on a copy of the
// design and checked there (still a valid file, finding gone) before it is offered.
#include "fixes.h"

#include "catalog.h"
#include "placement.h"

#include <QSet>

#include <algorithm>

namespace sd {

bool applyDesignChange(Design &design, const DesignChange &change, QString *error)
{
    Design result = design;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (const QString &id : change.removedConnections)
        if (!result.removeConnection(id))
            return fail(FixPlanner::tr("there is no connection '%1'").arg(id));
    for (const ItemMove &m : change.moves) {
        if (!result.setParentZone(m.id, m.zone))
            return fail(FixPlanner::tr("cannot move '%1' into '%2'").arg(m.id, m.zone));
        if (Component *c = result.mutableComponent(m.id))
            c->position = m.position;
    }
    for (const PropertyEdit &p : change.properties) {
        Component *c = result.mutableComponent(p.itemId);
        if (!c)
            return fail(FixPlanner::tr("there is no component '%1'").arg(p.itemId));
        if (p.value.isValid())
            c->properties.insert(p.key, p.value);
        else
            c->properties.remove(p.key);
    }
    for (const Component &c : change.addedComponents)
        if (!result.addComponent(c))
            return fail(FixPlanner::tr("cannot add component '%1'").arg(c.id));
    for (const Connection &c : change.addedConnections)
        if (const QString problem = result.connectionProblem(c.from, c.to); !problem.isEmpty() || !result.addConnection(c))
            return fail(FixPlanner::tr("cannot add connection '%1': %2").arg(c.id, problem));
    design = std::move(result);
    return true;
}

namespace {

/// One fix being planned: every step is recorded in the change, described in the preview and
/// applied to a working copy at once, so later steps (new ids, positions) see the earlier ones.
class Plan
{
public:
    Plan(const Design &design, const Catalog &catalog) : work(design), m_catalog(catalog) {}

    Design work;
    DesignChange change;
    QStringList preview;

    const Component *component(const QString &id) const { return work.component(id); }
    const KindSpec *kindOf(const Component &c) const { return m_catalog.kind(c.kind); }
    bool has(const Component &c, const QString &key) const
    {
        const KindSpec *k = kindOf(c);
        return k && k->property(key);
    }
    QVariant value(const Component &c, const QString &key) const
    {
        const KindSpec *k = kindOf(c);
        return k ? m_catalog.value(*k, c.properties, key) : c.properties.value(key);
    }
    bool hasRole(const Component &c, const char *role) const
    {
        const KindSpec *k = kindOf(c);
        return k && k->hasRole(QLatin1String(role));
    }
    Placement placement(const QString &id) const { return placementOf(work, m_catalog, id); }

    /// "on", "off", "7 days", "PostgreSQL": a value as the property editor shows it.
    QString valueText(const Component &c, const QString &key, const QVariant &v) const
    {
        const KindSpec *k = kindOf(c);
        const PropertySpec *spec = k ? k->property(key) : nullptr;
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? FixPlanner::tr("on") : FixPlanner::tr("off");
        if (spec && spec->type == PropertyType::Enum)
            return spec->valueText(v.toString());
        if (spec && !spec->unit.isEmpty())
            return QStringLiteral("%1 %2").arg(v.toString(), spec->unitText());
        return v.toString();
    }

    void set(const Component &c, const QString &key, const QVariant &newValue)
    {
        const QVariant old = value(c, key);
        if (old == newValue)
            return;
        const KindSpec *k = kindOf(c);
        const PropertySpec *spec = k ? k->property(key) : nullptr;
        preview.append(FixPlanner::tr("%1: %2 %3 → %4")
                           .arg(c.name, spec ? spec->labelText() : key, valueText(c, key, old), valueText(c, key, newValue)));
        change.properties.push_back({c.id, key, newValue});
        work.mutableComponent(c.id)->properties.insert(key, newValue);
    }

    /// Resets a property to the kind's default (removes the stored value).
    void reset(const Component &c, const QString &key)
    {
        if (!c.properties.contains(key))
            return;
        const QVariant old = value(c, key);
        const KindSpec *k = kindOf(c);
        const PropertySpec *spec = k ? k->property(key) : nullptr;
        const QVariant fallback = spec ? spec->defaultValue : QVariant();
        if (old != fallback)
            preview.append(FixPlanner::tr("%1: %2 %3 → %4")
                               .arg(c.name, spec ? spec->labelText() : key, valueText(c, key, old), valueText(c, key, fallback)));
        change.properties.push_back({c.id, key, QVariant()});
        work.mutableComponent(c.id)->properties.remove(key);
    }

    QString zoneLabel(const QString &zoneId) const
    {
        const Zone *z = work.zone(zoneId);
        if (!z)
            return FixPlanner::tr("the top level");
        const KindSpec *k = m_catalog.kind(z->kind);
        return QStringLiteral("%1 %2").arg(k ? k->displayText().toLower() : z->kind, z->name);
    }

    /// The zone a component drawn in an availability zone goes to so its replicas can spread:
    /// the region around the zone (or whatever holds the zone when there is no region).
    QString zoneAbove(const Component &c) const
    {
        const Placement p = placement(c.id);
        if (p.availabilityZoneId.isEmpty())
            return c.zone;
        if (!p.regionZone.isEmpty())
            return p.regionZone;
        const Zone *az = work.zone(p.availabilityZoneId);
        return az ? az->parent : QString();
    }

    void moveInto(const Component &c, const QString &zone)
    {
        if (zone == c.zone)
            return;
        const QPointF scene = work.scenePosition(c.id);
        const QPointF origin = zone.isEmpty() ? QPointF() : work.scenePosition(zone);
        const ItemMove move{c.id, zone, scene - origin};
        preview.append(FixPlanner::tr("%1: moves from %2 into %3 (it keeps its place on the canvas)")
                           .arg(c.name, zoneLabel(c.zone), zoneLabel(zone)));
        change.moves.push_back(move);
        work.setParentZone(c.id, zone);
        work.mutableComponent(c.id)->position = move.position;
    }

    /// At least two replicas, placed where they spread over the zones of the region.
    bool spreadReplicas(const Component &c)
    {
        if (!has(c, QStringLiteral("replicas")))
            return false;
        // A second replica of a service that keeps its state locally splits that state: not mechanical.
        if (value(c, QStringLiteral("stateful")).toBool() && !value(c, QStringLiteral("sharedState")).toBool())
            return false;
        const QString id = c.id;
        if (value(c, QStringLiteral("replicas")).toInt() < 2)
            set(*component(id), QStringLiteral("replicas"), qint64(2));
        if (value(*component(id), QStringLiteral("autoscaling")).toBool()
            && value(*component(id), QStringLiteral("minReplicas")).toInt() < 2)
            set(*component(id), QStringLiteral("minReplicas"), qint64(2));
        moveInto(*component(id), zoneAbove(*component(id)));
        return true;
    }

    /// What keeps a component up when its zone fails: multi-AZ where the kind has it, else spread replicas.
    bool surviveZone(const Component &c)
    {
        if (has(c, QStringLiteral("multiAz"))) {
            set(c, QStringLiteral("multiAz"), true);
            return true;
        }
        return spreadReplicas(c);
    }

    QString freshId(const QString &base) const { return work.uniqueId(base); }

    /// Adds a new component (already given its id, zone and position).
    void add(const Component &added)
    {
        const KindSpec *k = m_catalog.kind(added.kind);
        preview.append(FixPlanner::tr("New %1 “%2” (%3) in %4")
                           .arg(k ? k->displayText() : added.kind, added.name, added.id, zoneLabel(added.zone)));
        change.addedComponents.push_back(added);
        work.addComponent(added);
    }

    void connect(const QString &from, const QString &to, const QString &protocol, int port)
    {
        Connection c;
        c.id = freshId(QStringLiteral("%1-to-%2").arg(from, to));
        c.from = from;
        c.to = to;
        c.protocol = protocol;
        c.port = port;
        preview.append(FixPlanner::tr("New connection %1 → %2").arg(work.component(from)->name, work.component(to)->name));
        change.addedConnections.push_back(c);
        work.addConnection(c);
    }

    /**
     * Adds a component of `kind` in front of the target: the connections from `callers` to the
     * target now go to it, and it calls the target. Placed beside the target, in the zone above
     * the target's availability zone (a load balancer or WAF spans the zones). Returns its id.
     */
    QString insertInFront(const QString &kind, const QString &name, const QString &targetId, const std::vector<QString> &callers,
                          const PropertyMap &properties)
    {
        const Component target = *work.component(targetId); // a copy: adding reallocates the list
        Component added;
        added.id = freshId(Design::slugify(name));
        added.kind = kind;
        added.name = name;
        added.zone = zoneAbove(target);
        added.properties = properties;
        const QPointF scene = work.scenePosition(targetId);
        const QPointF origin = added.zone.isEmpty() ? QPointF() : work.scenePosition(added.zone);
        QPointF position = scene - origin - QPointF(220, 0);
        if (position.x() < 20) // no room to the left inside the zone: below the target instead
            position = scene - origin + QPointF(0, 110);
        added.position = position;
        add(added);

        QString protocol = QStringLiteral("https");
        int port = 0;
        for (const QString &callerId : callers) {
            const auto old = std::find_if(work.connections().begin(), work.connections().end(), [&](const Connection &c) {
                return c.from == callerId && c.to == targetId;
            });
            if (old == work.connections().end())
                continue;
            Connection rerouted = *old;
            if (!old->protocol.isEmpty())
                protocol = old->protocol;
            port = old->port;
            preview.append(FixPlanner::tr("%1 → %2 now goes %1 → %3 → %2").arg(work.component(callerId)->name, target.name, added.name));
            change.removedConnections.append(rerouted.id);
            work.removeConnection(rerouted.id);
            rerouted.id = freshId(QStringLiteral("%1-to-%2").arg(callerId, added.id));
            rerouted.to = added.id;
            change.addedConnections.push_back(rerouted);
            work.addConnection(rerouted);
        }
        connect(added.id, targetId, protocol, port);
        return added.id;
    }

    /// Callers of a component whose roles pass `keep`.
    template<typename Keep>
    std::vector<QString> callers(const QString &targetId, Keep keep) const
    {
        std::vector<QString> out;
        for (const Connection &c : work.connections())
            if (c.to == targetId)
                if (const Component *from = work.component(c.from); from && keep(*from))
                    out.push_back(from->id);
        return out;
    }

private:
    const Catalog &m_catalog;
};

bool ruleIs(const Finding &f, const char *rule) { return f.ruleId == QLatin1String(rule); }

} // namespace

QStringList FixPlanner::fixableRules()
{
    return {QStringLiteral("redundancy.single-replica"), QStringLiteral("redundancy.no-load-balancer"),
            QStringLiteral("redundancy.chokepoint"),     QStringLiteral("redundancy.quorum"),
            QStringLiteral("spread.single-zone"),        QStringLiteral("spread.zone-loss"),
            QStringLiteral("data.no-standby"),           QStringLiteral("data.backups-off"),
            QStringLiteral("data.short-retention"),      QStringLiteral("data.no-versioning"),
            QStringLiteral("data.no-dead-letter"),       QStringLiteral("security.no-waf"),
            QStringLiteral("security.unencrypted")};
}

std::optional<FindingFix> FixPlanner::fixFor(const Finding &finding) const
{
    std::optional<FindingFix> fix = plan(finding);
    if (!fix || fix->change.isEmpty() || !holds(*fix))
        return std::nullopt;
    return fix;
}

namespace {

/// What `check` would refuse in the parts of a design a change touches ("" when nothing): the
/// Design mutators already keep references, ids and connections consistent; this adds what the
/// file reader checks beyond them (known kinds, ids, names, property values the catalog accepts).
QString checkChange(const Design &fixed, const Catalog &catalog, const DesignChange &change)
{
    for (const Component &c : change.addedComponents) {
        const KindSpec *kind = catalog.kind(c.kind);
        if (!kind || kind->container || !isValidId(c.id) || c.name.trimmed().isEmpty())
            return c.id;
    }
    for (const PropertyEdit &p : change.properties) {
        const Component *c = fixed.component(p.itemId);
        const KindSpec *kind = c ? catalog.kind(c->kind) : nullptr;
        const PropertySpec *spec = kind ? kind->property(p.key) : nullptr;
        QString problem;
        if (!spec || (p.value.isValid() && spec->coerce(p.value, &problem) != p.value))
            return p.itemId + QLatin1Char('.') + p.key;
    }
    for (const Connection &c : change.addedConnections)
        if (!isValidId(c.id))
            return c.id;
    return {};
}

} // namespace

bool FixPlanner::holds(const FindingFix &fix) const
{
    Design fixed = m_design;
    if (!applyDesignChange(fixed, fix.change) || !checkChange(fixed, m_catalog, fix.change).isEmpty())
        return false;
    const std::vector<Finding> after = validateDesign(fixed, m_catalog);
    return std::none_of(after.begin(), after.end(), [&](const Finding &f) { return f.id == fix.findingId; });
}

std::optional<FindingFix> FixPlanner::plan(const Finding &finding) const
{
    if (finding.componentIds.isEmpty())
        return std::nullopt;
    Plan p(m_design, m_catalog);
    const Component *c = p.component(finding.componentIds.first());
    if (!c)
        return std::nullopt;
    const QString id = c->id;
    const QString name = c->name;
    FindingFix fix;
    fix.findingId = finding.id;

    if (ruleIs(finding, "data.no-standby") || (ruleIs(finding, "redundancy.chokepoint") && p.has(*c, QStringLiteral("multiAz")))) {
        p.set(*c, QStringLiteral("multiAz"), true);
        fix.title = tr("Enable multi-AZ on %1").arg(name);
    } else if (ruleIs(finding, "redundancy.single-replica")) {
        if (p.has(*c, QStringLiteral("multiAz"))) {
            p.set(*c, QStringLiteral("multiAz"), true);
            fix.title = tr("Enable multi-AZ on %1").arg(name);
        } else {
            if (!p.spreadReplicas(*c))
                return std::nullopt;
            fix.title = tr("Add a second replica of %1 in another zone").arg(name);
        }
    } else if (ruleIs(finding, "spread.single-zone") || ruleIs(finding, "redundancy.chokepoint")) {
        if (!p.spreadReplicas(*c))
            return std::nullopt;
        fix.title = tr("Spread the replicas of %1 over the zones of its region").arg(name);
    } else if (ruleIs(finding, "spread.zone-loss")) {
        QStringList names;
        for (const QString &culprit : finding.componentIds) {
            const Component *v = p.component(culprit);
            if (!v || !p.surviveZone(*v))
                return std::nullopt; // a partial fix would leave the finding standing
            names.append(v->name);
        }
        const Zone *zone = m_design.zone(finding.id.section(QLatin1Char('/'), 1));
        fix.title = tr("Keep %1 up when %2 fails").arg(names.join(QStringLiteral(", ")), zone ? zone->name : tr("the zone"));
    } else if (ruleIs(finding, "redundancy.quorum")) {
        const int members = p.value(*c, QStringLiteral("replicas")).toInt();
        const int suggested = members < 3 ? 3 : members + 1;
        p.set(*c, QStringLiteral("replicas"), qint64(suggested));
        fix.title = tr("Run %1 with %2 members").arg(name).arg(suggested);
    } else if (ruleIs(finding, "redundancy.no-load-balancer")) {
        // The callers the rule names: traffic sources, and edge components that do not balance.
        const std::vector<QString> callers = p.callers(id, [&p](const Component &from) {
            return p.hasRole(from, "entry")
                || (p.hasRole(from, "edge") && !p.hasRole(from, "load-balancer") && !p.hasRole(from, "gateway"));
        });
        const bool exposed = p.value(*c, QStringLiteral("public")).toBool();
        bool internetFacing = exposed;
        for (const QString &caller : callers)
            internetFacing = internetFacing || p.hasRole(*p.component(caller), "entry");
        PropertyMap lb{{QStringLiteral("multiAz"), true}};
        if (internetFacing)
            lb.insert(QStringLiteral("public"), true);
        p.insertInFront(QStringLiteral("load-balancer"), tr("%1 load balancer").arg(name), id, callers, lb);
        if (exposed) // exposed through the load balancer now, not by itself
            p.reset(*p.component(id), QStringLiteral("public"));
        fix.title = tr("Put a load balancer in front of %1").arg(name);
    } else if (ruleIs(finding, "security.no-waf")) {
        // What the rule flags: a component a traffic source calls straight (reroute those calls), or
        // one exposed to the internet (reroute the edge in front of it too, say a CDN; never a WAF or DNS).
        const bool exposed = p.value(*c, QStringLiteral("public")).toBool();
        const std::vector<QString> callers = p.callers(id, [&p, exposed](const Component &from) {
            return p.hasRole(from, "entry")
                || (exposed && p.hasRole(from, "edge") && from.kind != QLatin1String("waf") && from.kind != QLatin1String("dns"));
        });
        const QString wafId = p.insertInFront(QStringLiteral("waf"), tr("%1 WAF").arg(name), id, callers, {});
        if (callers.empty()) {
            // Exposed with nothing drawn in front: the internet calls it. Draw that, through the WAF.
            Component internet;
            internet.id = p.freshId(QStringLiteral("internet"));
            internet.kind = QStringLiteral("users");
            internet.name = tr("Internet clients");
            internet.position = p.work.scenePosition(wafId) - QPointF(260, 0);
            p.add(internet);
            p.connect(internet.id, wafId, QStringLiteral("https"), 443);
        }
        fix.title = tr("Add a WAF in front of %1").arg(name);
    } else if (ruleIs(finding, "data.backups-off")) {
        p.set(*c, QStringLiteral("backups"), true);
        if (p.value(*p.component(id), QStringLiteral("backupRetentionDays")).toInt() < 7)
            p.set(*p.component(id), QStringLiteral("backupRetentionDays"), qint64(7));
        fix.title = tr("Enable backups of %1 with 7 days of retention").arg(name);
    } else if (ruleIs(finding, "data.short-retention")) {
        p.set(*c, QStringLiteral("backupRetentionDays"), qint64(7));
        fix.title = tr("Keep backups of %1 for 7 days").arg(name);
    } else if (ruleIs(finding, "data.no-versioning")) {
        p.set(*c, QStringLiteral("versioning"), true);
        fix.title = tr("Enable versioning on %1").arg(name);
    } else if (ruleIs(finding, "data.no-dead-letter")) {
        p.set(*c, QStringLiteral("deadLetterQueue"), true);
        fix.title = tr("Add a dead-letter queue to %1").arg(name);
    } else if (ruleIs(finding, "security.unencrypted")) {
        p.set(*c, QStringLiteral("encryptionAtRest"), true);
        fix.title = tr("Turn on encryption at rest for %1").arg(name);
    } else {
        return std::nullopt;
    }
    fix.preview = p.preview;
    fix.change = std::move(p.change);
    return fix;
}

} // namespace sd
