// SPDX-License-Identifier: MIT
#pragma once

#include "catalogids.h"
#include "design.h"

#include <QHash>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace sd {

class Catalog;
struct KindSpec;
struct PropertySpec;

/**
 * The one way to read a component's or zone's property: the stored value, else the default its
 * kind has in the catalog (an invalid QVariant when the kind has no such property). Validation and
 * every exporter read through it. The defaults are cached per kind, so reading a property of
 * 100,000 components stays cheap; one instance serves one export or one validation run. A default
 * that depends on the engine (engineDefaults in the catalog) follows the component's engine.
 */
class PropertyAccess
{
public:
    explicit PropertyAccess(const Catalog &catalog) : m_catalog(catalog) {}

    QVariant value(const Component &component, const QString &key) const;
    QVariant value(const Zone &zone, const QString &key) const;
    bool isSet(const Component &component, const QString &key) const { return component.properties.contains(key); }
    /// The value as a whole number; `fallback` when there is none or it is not a number.
    int intValue(const Component &component, const QString &key, int fallback = 0) const;
    bool boolValue(const Component &component, const QString &key) const;
    QString stringValue(const Component &component, const QString &key) const;
    /// The catalog's kind, nullptr for an unknown one (cached).
    const KindSpec *kind(const QString &kindId) const;
    /// Whether the kind of `component` has the property at all (a schema question, not a value).
    bool hasProperty(const Component &component, const QString &key) const;

private:
    QVariant value(const QString &kindId, const PropertyMap &stored, const QString &key) const;
    struct Default {
        QVariant value;                         ///< the catalog's default
        const PropertySpec *byEngine = nullptr; ///< set when the default depends on the engine
    };
    /// key -> default: one hash lookup answers both "is there a default" and "does it follow the engine".
    using KindDefaults = QHash<QString, Default>;
    const KindDefaults &defaultsOf(const QString &kindId) const;

    const Catalog &m_catalog;
    /// Shared pointers so that the memo below stays valid when the hash grows and in copies.
    mutable QHash<QString, std::shared_ptr<const KindDefaults>> m_defaults;
    mutable QHash<QString, const KindSpec *> m_kinds;
    /// The kind asked last and its defaults (owned by m_defaults): callers read several properties of
    /// one component in a row, so most calls cost one string compare instead of hashing the kind id.
    mutable QString m_lastKind;
    mutable const KindDefaults *m_lastDefaults = nullptr;
};

/**
 * How many instances of a component run, from its replicas and autoscaling properties: the one
 * place that turns them into numbers. A kind without replicas runs one instance; autoscaling
 * counts only where the kind has it and it is on.
 */
struct ReplicaCount {
    int replicas = 1;         ///< as drawn, at least 1
    bool autoscaling = false;
    int minReplicas = 1;      ///< at least 1; `replicas` when it does not autoscale
    int maxReplicas = 1;      ///< at least minReplicas; `replicas` when it does not autoscale

    /// What to start: the drawn count within the autoscaling bounds.
    int desired() const { return autoscaling ? std::clamp(replicas, minReplicas, maxReplicas) : replicas; }
    /// What the failure model assumes runs: the drawn count, or the autoscaling minimum when that is higher.
    int running() const { return autoscaling ? std::max(replicas, minReplicas) : replicas; }
};

ReplicaCount replicaCountOf(const PropertyAccess &props, const Component &component);

} // namespace sd
