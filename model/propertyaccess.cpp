// SPDX-License-Identifier: MIT
#include "propertyaccess.h"

#include "catalog.h"

namespace sd {

const KindSpec *PropertyAccess::kind(const QString &kindId) const
{
    auto it = m_kinds.constFind(kindId);
    if (it == m_kinds.constEnd())
        it = m_kinds.insert(kindId, m_catalog.kind(kindId));
    return it.value();
}

const PropertyAccess::KindDefaults &PropertyAccess::defaultsOf(const QString &kindId) const
{
    if (m_lastDefaults && kindId == m_lastKind)
        return *m_lastDefaults;
    auto it = m_defaults.constFind(kindId);
    if (it == m_defaults.constEnd()) {
        auto d = std::make_shared<KindDefaults>();
        if (const KindSpec *k = kind(kindId))
            for (const PropertySpec &p : k->properties) {
                Default &slot = (*d)[p.key];
                slot.value = p.defaultValue;
                if (!p.engineDefaults.isEmpty())
                    slot.byEngine = &p;
            }
        it = m_defaults.insert(kindId, std::move(d));
    }
    m_lastKind = kindId;
    m_lastDefaults = it.value().get();
    return *m_lastDefaults;
}

QVariant PropertyAccess::value(const QString &kindId, const PropertyMap &stored, const QString &key) const
{
    const auto it = stored.constFind(key);
    if (it != stored.constEnd())
        return it.value();
    const KindDefaults &d = defaultsOf(kindId);
    const auto spec = d.constFind(key);
    if (spec == d.constEnd())
        return {};
    if (spec->byEngine)
        return spec->byEngine->defaultFor(value(kindId, stored, keys::engine).toString());
    return spec->value;
}

QVariant PropertyAccess::value(const Component &component, const QString &key) const
{
    return value(component.kind, component.properties, key);
}

QVariant PropertyAccess::value(const Zone &zone, const QString &key) const
{
    return value(zone.kind, zone.properties, key);
}

int PropertyAccess::intValue(const Component &component, const QString &key, int fallback) const
{
    const QVariant v = value(component, key);
    bool ok = false;
    const int result = v.toInt(&ok);
    return ok ? result : fallback;
}

bool PropertyAccess::boolValue(const Component &component, const QString &key) const
{
    return value(component, key).toBool();
}

QString PropertyAccess::stringValue(const Component &component, const QString &key) const
{
    return value(component, key).toString();
}

bool PropertyAccess::hasProperty(const Component &component, const QString &key) const
{
    return defaultsOf(component.kind).contains(key);
}

ReplicaCount replicaCountOf(const PropertyAccess &props, const Component &component)
{
    ReplicaCount r;
    if (props.hasProperty(component, keys::replicas))
        r.replicas = std::max(1, props.intValue(component, keys::replicas, 1));
    r.autoscaling = props.hasProperty(component, keys::autoscaling) && props.boolValue(component, keys::autoscaling);
    if (r.autoscaling) {
        r.minReplicas = std::max(1, props.intValue(component, keys::minReplicas, 1));
        r.maxReplicas = std::max(r.minReplicas, props.intValue(component, keys::maxReplicas, 1));
    } else {
        r.minReplicas = r.maxReplicas = r.replicas;
    }
    return r;
}

} // namespace sd
