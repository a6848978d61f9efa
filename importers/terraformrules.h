// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace sd {

class Catalog;

/// The Terraform import's rules, read from the catalog (resources/catalog/exports/import.yaml, "terraform").
struct TerraformRules {
    struct ComponentRule {
        QString kind;
        QVariantMap properties;
        QStringList required;             ///< one of these attributes must be set
        QStringList plumbingIfOnlyUsedBy; ///< referenced only by these types: plumbing, not a component
    };
    struct SubnetRule {
        QString network; ///< the attribute naming its network
        QString zone;    ///< the attribute naming its availability zone (AWS)
        QString cidr;
    };
    struct FirewallRule {
        QString type;
        QVariantMap when;
        QString block;   ///< rules as blocks of the group itself (aws_security_group ingress)
        QString target, source;             ///< attributes naming groups
        QString targetTags, sourceTags;     ///< attributes listing network tags
        QString targetPrefix, sourcePrefix; ///< attributes naming address ranges
        QString port;
    };
    struct PropertyRule {
        QString key;
        QString path;
        QString from;     ///< read from a resource of this type that references the resource...
        bool reverse = false; ///< ...or that the resource references
        QString table;    ///< "aws.sizes.database": reversed
        QVariantMap values;
        double divide = 0;
        QString equals;
        QVariant value;
    };

    QHash<QString, ComponentRule> components;
    QHash<QString, QString> clouds;       ///< provider prefix -> cloud property value
    QHash<QString, QString> networkCidrs; ///< network type -> cidr attribute (may be empty)
    QHash<QString, SubnetRule> subnets;
    QSet<QString> clusters;
    QStringList regionAttributes;
    QSet<QString> structural;
    QHash<QString, QStringList> partOwners; ///< part type -> owner attributes
    QHash<QString, QString> partBinds;      ///< part type -> attribute naming a resource that belongs to the same owner
    bool attachments = false;
    struct ReplicaRule {
        QString type;    ///< the replica's type (source names the primary)...
        QString via;     ///< ...or a resource of this type names both
        QString source;
        QString replica;
    };
    std::vector<ReplicaRule> replicas;
    QSet<QString> deadLetterAttributes;
    QSet<QString> global;
    QHash<QString, QVariantMap> globalWhen;
    struct GrantRule {
        QString type;
        QString identity;
        QString resource;
    };
    std::vector<GrantRule> grants;
    QSet<QString> identityAttributes; ///< attributes that say what identity a resource runs as
    QSet<QString> reversed;           ///< references that mean the referenced component is in front (a WAF policy)
    QSet<QString> multiRegions;       ///< locations that are no region (EU, US)
    std::vector<FirewallRule> firewalls;
    QSet<QString> groupTypes;
    QHash<QString, std::vector<PropertyRule>> properties; ///< by resource type
    QSet<QString> identity;

    static TerraformRules fromCatalog(const Catalog &catalog);

    /// The value a rule reads, transformed; nothing when the path is not there or no value maps.
    std::optional<QVariant> apply(const PropertyRule &rule, const QVariant &raw, const Catalog &catalog) const;
};

/// The value at a dotted path ("settings.backup_configuration.enabled"); lists on the way give their first element.
std::optional<QVariant> valueAtPath(const QVariant &value, const QString &path);

} // namespace sd
