// SPDX-License-Identifier: MIT
#include "importdraft.h"

#include "catalog.h"
#include "catalogids.h"
#include "hostmentions.h"
#include "layout.h"

#include <QHash>
#include <QSet>

#include <map>

namespace sd {

namespace {

/// Hands out ids unique among components and connections (they share one namespace in a design).
class IdAllocator
{
public:
    QString allocate(const QString &wanted, const QString &fallback)
    {
        QString base = isValidId(wanted) ? wanted : Design::slugify(wanted);
        if (!isValidId(base))
            base = fallback;
        base.truncate(100); // room for "-12345" within the 128 characters of an id
        while (base.endsWith(QLatin1Char('-')) || base.endsWith(QLatin1Char('.')))
            base.chop(1);
        QString id = base;
        for (int n = 2; m_taken.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        m_taken.insert(id);
        return id;
    }

private:
    QSet<QString> m_taken;
};

QString shown(const QVariant &value)
{
    QString text = value.toString();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

/// The properties the kind has and the catalog accepts; the others reported as dropped, with why.
PropertyMap checkedProperties(const KindSpec &kind, const std::vector<DraftComponent::Property> &candidates, const QString &subject,
                              ImportReport &report)
{
    PropertyMap kept;
    for (const DraftComponent::Property &p : candidates) {
        const PropertySpec *spec = kind.property(p.key);
        if (!spec) {
            report.dropped(p.source, subject, ImportText::tr("%1 = %2: a %3 has no such property").arg(p.key, shown(p.value), kind.id));
            continue;
        }
        QString note;
        const QVariant stored = spec->checkedForStore(p.value, &note);
        if (!stored.isValid()) {
            report.dropped(p.source, subject, ImportText::tr("%1 = %2: %3").arg(p.key, shown(p.value), note));
            continue;
        }
        if (!note.isEmpty())
            report.guessed(p.source, subject, ImportText::tr("%1: %2").arg(p.key, note));
        kept.insert(p.key, stored);
    }
    return kept;
}

} // namespace

void addValueReferences(ImportDraft &draft, int from, const QString &variable, const QString &value, const SourceRef &source,
                        const QString &via, const QString &domain)
{
    const bool addressVariable = namesAnAddress(variable);
    const std::vector<HostMention> mentions = hostMentions(value);
    if (mentions.empty() && addressVariable && from >= 0 && size_t(from) < draft.components.size()) {
        // DB_URL=${DB_URL}, a placeholder, or an empty address to fill in: a dependency whose host the files do not say.
        draft.report.unresolved(source, draft.components[size_t(from)].subject,
                                value.trimmed().isEmpty()
                                    ? ImportText::tr("%1 is empty: what it should reach is not in the files; not connected").arg(via)
                                    : ImportText::tr("%1 = '%2' names no host the import can follow; not connected").arg(via, value.left(80)));
        return;
    }
    for (const HostMention &m : mentions) {
        DraftReference ref;
        ref.from = from;
        ref.host = domain.isEmpty() || m.host.contains(QLatin1Char('.')) ? m.host : m.host + QLatin1Char('.') + domain;
        ref.port = m.port;
        ref.protocol = m.protocol;
        ref.source = source;
        ref.via = via;
        ref.listIfUnresolved = m.addressShaped || addressVariable;
        draft.references.push_back(std::move(ref));
    }
}

ImportResult assembleDesign(ImportDraft draft, const Catalog &catalog)
{
    ImportResult result;
    ImportReport &report = draft.report;
    IdAllocator ids;
    Design design;
    design.name = draft.designName.trimmed().isEmpty() ? ImportText::tr("Imported design") : draft.designName;
    design.description = draft.description;

    std::vector<Zone> zones;
    QHash<QString, QString> zoneIds; // draft key -> zone id
    for (const DraftZone &dz : draft.zones) {
        const KindSpec *kind = catalog.kind(dz.kind);
        if (!kind || !kind->container) {
            report.dropped(dz.source, dz.subject, ImportText::tr("unknown zone kind '%1'; left out").arg(dz.kind));
            continue;
        }
        Zone z;
        z.id = ids.allocate(dz.name, QStringLiteral("zone"));
        z.kind = kind->id;
        z.name = dz.name.trimmed().isEmpty() ? z.id : dz.name;
        z.parent = zoneIds.value(dz.parent);
        z.properties = checkedProperties(*kind, dz.properties, dz.subject, report);
        zoneIds.insert(dz.key, z.id);
        report.mapped(dz.source, dz.subject, ImportText::tr("zone %1 (kind %2)").arg(z.id, z.kind));
        if (!dz.source.file.isEmpty())
            design.metadata[QStringLiteral("source.") + z.id] = dz.source.toString();
        zones.push_back(std::move(z));
    }

    std::vector<Component> components;
    components.reserve(draft.components.size());
    QHash<QString, int> hostIndex;
    hostIndex.reserve(qsizetype(draft.components.size() * 2));
    for (size_t i = 0; i < draft.components.size(); ++i) {
        const DraftComponent &dc = draft.components[i];
        const KindSpec *kind = catalog.kind(dc.kind);
        if (!kind) {
            // An importer bug, not the user's: say so rather than lose the component.
            report.guessed(dc.source, dc.subject, ImportText::tr("unknown kind '%1'; imported as a microservice").arg(dc.kind));
            kind = catalog.kind(kinds::microservice);
        }
        Component c;
        c.id = ids.allocate(dc.preferredId.isEmpty() ? dc.name : dc.preferredId, QStringLiteral("component"));
        c.kind = kind->id;
        c.name = dc.name.trimmed().isEmpty() ? c.id : dc.name;
        c.zone = zoneIds.value(dc.zone);
        c.properties = checkedProperties(*kind, dc.properties, dc.subject, report);
        QStringList kept = c.properties.keys();
        report.mapped(dc.source, dc.subject, kept.isEmpty() ? ImportText::tr("component %1 (kind %2)").arg(c.id, c.kind)
                                                            : ImportText::tr("component %1 (kind %2) with %3").arg(c.id, c.kind, kept.join(QStringLiteral(", "))));
        design.metadata[QStringLiteral("source.") + c.id] = dc.source.toString();
        for (const QString &host : dc.hosts) {
            const QString key = host.toLower();
            const auto existing = hostIndex.constFind(key);
            if (existing == hostIndex.cend())
                hostIndex.insert(key, int(i));
            else if (*existing != int(i))
                report.guessed(dc.source, dc.subject, ImportText::tr("the host name %1 is also %2's; references to it go to %2")
                                                          .arg(key, draft.components[size_t(*existing)].name));
        }
        components.push_back(std::move(c));
    }

    // One connection per caller and callee, in the order the references were read.
    std::map<std::pair<int, int>, size_t> byEnds;
    std::vector<Connection> connections;
    for (const DraftReference &ref : draft.references) {
        if (ref.from < 0 || size_t(ref.from) >= components.size())
            continue;
        const DraftComponent &caller = draft.components[size_t(ref.from)];
        int to = ref.to;
        if (to < 0 || size_t(to) >= components.size()) {
            const auto target = hostIndex.constFind(ref.host.toLower());
            if (target == hostIndex.cend()) {
                if (ref.listIfUnresolved)
                    report.unresolved(ref.source, caller.subject,
                                      ImportText::tr("%1 names the host %2, which nothing imported defines; not connected").arg(ref.via, ref.host));
                continue;
            }
            to = *target;
        }
        if (to == ref.from)
            continue; // a service naming its own host (SERVICE_NAME, a self URL) calls nothing
        auto [it, inserted] = byEnds.try_emplace({ref.from, to}, connections.size());
        if (!inserted) {
            Connection &c = connections[it->second];
            if (c.port == 0)
                c.port = ref.port;
            if (c.protocol.isEmpty())
                c.protocol = ref.protocol;
            continue;
        }
        Connection c;
        c.from = components[size_t(ref.from)].id;
        c.to = components[size_t(to)].id;
        c.port = ref.port;
        c.protocol = ref.protocol;
        const KindSpec *calleeKind = catalog.kind(components[size_t(to)].kind);
        if (calleeKind && (calleeKind->hasRole(roles::queue) || calleeKind->hasRole(roles::stream)))
            c.mode = ConnectionMode::Async;
        const QString what = ImportText::tr("calls %1 (%2)").arg(components[size_t(to)].name, ref.via);
        if (ref.declared)
            report.mapped(ref.source, caller.subject, what);
        else
            report.guessed(ref.source, caller.subject, what);
        connections.push_back(std::move(c));
    }
    for (const auto &[ends, index] : byEnds) {
        Connection &c = connections[index];
        const QHash<int, QString> &protocols = draft.components[size_t(ends.second)].portProtocols;
        if (c.protocol.isEmpty())
            c.protocol = c.port > 0 ? protocols.value(c.port) : (protocols.size() == 1 ? protocols.cbegin().value() : QString());
    }
    for (Connection &c : connections)
        c.id = ids.allocate(c.from + QStringLiteral("-to-") + c.to, QStringLiteral("connection"));

    design.assign(std::move(zones), std::move(components), std::move(connections), {}, {});
    const LayoutPlacements placements = compoundLayout(design, catalog);
    result.design = applyPlacements(std::move(design), placements);
    result.report = std::move(report);
    return result;
}

} // namespace sd
