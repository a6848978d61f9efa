// SPDX-License-Identifier: MIT
#pragma once

#include "hcl.h"

#include "catalog.h"
#include "design.h"
#include "diagnostic.h"
#include "placement.h"
#include "propertyaccess.h"

#include <map>
#include <optional>
#include <set>

namespace sd::tf {

/// A component of the design as the Terraform mappers see it.
struct Unit {
    const Component *component = nullptr;
    const KindSpec *kind = nullptr;
    Placement placement;
    Runtime runtime = Runtime::Managed; ///< runtimeOf() the component
    QString ident; ///< Terraform local name, unique in the module
    QString slug;  ///< lower-case, hyphenated fragment for cloud resource names
};

/// A component that the export could not turn into resources, and why.
struct Omission {
    QString componentId;
    QString name;
    QString kind;
    QString reason;
};

struct Variable {
    QString name;
    QString type;
    QString description;
    std::optional<Value> defaultValue;
    bool sensitive = false;
    QString validation;   ///< condition expression, empty for none
    QString errorMessage;
};

/**
 * One Terraform root module for one provider: the files being built, the variables and
 * outputs they need, the names already taken, and what the README must say.
 */
class Module
{
public:
    /// `displayName` names the provider in comments ("AWS", "Google Cloud").
    Module(QString provider, QString displayName) : m_provider(std::move(provider)), m_displayName(std::move(displayName)) {}

    const QString &provider() const { return m_provider; }
    const QString &displayName() const { return m_displayName; }
    /// The top level of a generated file ("network.tf", ...), created on first use.
    Block &file(const QString &name);
    const std::map<QString, Block> &files() const { return m_files; }

    /// Reserves a Terraform local name derived from `base`; unique across the module.
    QString reserveName(const QString &base);

    void variable(Variable v);
    const std::vector<Variable> &variables() const { return m_variables; }
    void output(const QString &name, const QString &expression, const QString &description, bool sensitive = false);
    const Block &outputs() const { return m_outputs; }

    /// Records a component without a counterpart and writes the commented block that says so.
    void omit(const Unit &unit, const QString &file, const QString &reason);
    const std::vector<Omission> &omissions() const { return m_omissions; }
    /// A line for the README's "what to fill in" or "notes" lists.
    void todo(const QString &text) { m_todo.push_back(text); }
    void note(const QString &text)
    {
        if (m_noteSet.insert(text).second)
            m_notes.push_back(text);
    }
    /// A drawn property or connection the export cannot honour: a warning of the export, also in the README.
    void warn(const QString &text)
    {
        if (m_warningSet.insert(text).second)
            m_warnings.push_back(text);
    }
    const QStringList &warnings() const { return m_warnings; }
    const QStringList &todos() const { return m_todo; }
    const QStringList &notes() const { return m_notes; }
    /// A region that needs a provider alias although no component is placed there (CloudFront's WAF: us-east-1).
    void aliasRegion(const QString &region) { if (!m_aliasRegions.contains(region)) m_aliasRegions.append(region); }
    const QStringList &aliasRegions() const { return m_aliasRegions; }

private:
    QString m_provider;
    QString m_displayName;
    std::map<QString, Block> m_files;
    std::set<QString> m_names;
    std::vector<Variable> m_variables;
    std::set<QString> m_variableNames;
    Block m_outputs;
    std::set<QString> m_outputNames;
    std::vector<Omission> m_omissions;
    QStringList m_todo;
    QStringList m_notes;
    QStringList m_warnings;
    // Seen notes and warnings: a note per component (thousands) must not rescan the list each time.
    std::set<QString> m_noteSet;
    std::set<QString> m_warningSet;
    QStringList m_aliasRegions;
};

/// Lower-case identifier for Terraform names ("Orders DB" -> "orders_db"); never empty.
QString identifierFor(const QString &name, const QString &fallback);
/// Lower-case hyphenated fragment for cloud names ("Orders DB" -> "orders-db"), at most `maxLength` characters.
QString slugFor(const QString &name, const QString &fallback, int maxLength = 24);

/**
 * What a provider mapper reads: the components placed on its provider, their effective
 * properties, the connections between them and the regions and availability zones used.
 */
class Context
{
public:
    Context(const Design &design, const Catalog &catalog, const QString &provider, Module &module);

    const Design &design;
    const Catalog &catalog;
    const QString provider;

    std::vector<Unit> units; ///< sorted by component id
    const Unit *unit(const QString &componentId) const;
    /// The units of one kind (a kinds:: id), in id order: "every CDN", "the DNS zone" without a
    /// walk over all units, which made the walks done per unit quadratic.
    const std::vector<const Unit *> &unitsOfKind(const QString &kind) const;

    /// Effective property values of components and zones (stored, else the catalog's default).
    const PropertyAccess props;

    /// Regions used, the primary (the one with most components) first; never empty.
    QStringList regions;
    /// Region of a unit (its region zone, else the primary region).
    QString regionOf(const Unit &u) const;
    /// Availability zones named in the design for a region, sorted.
    QStringList zonesOf(const QString &region) const;
    /// Terraform-safe key for a region ("eu-west-1" -> "eu_west_1"); "var" when unnamed.
    static QString regionKey(const QString &region);

    /// Kubernetes-cluster zones on this provider, sorted by id.
    std::vector<const Zone *> clusters;
    QString clusterIdent(const QString &zoneId) const { return m_clusterIdents.value(zoneId); }

    /// A drawn connection whose callee is placed on this provider; the caller may be elsewhere (nullptr).
    struct Call {
        const Connection &connection;
        const Unit *from;
        const Unit &to;
    };
    /// Every such call, in the design's order: what the network rules are derived from.
    std::vector<Call> callsHere() const;

    /// Connections between two components, both directions, in id order.
    std::vector<const Connection *> incoming(const QString &componentId) const;
    std::vector<const Connection *> outgoing(const QString &componentId) const;
    /// The port a connection uses: its own, or the target's listening port.
    int portOf(const Connection &c) const;
    /// Whether anything outside the cloud (users, partners, a CDN) calls this component, or it is marked public.
    bool isPublic(const Unit &u) const;

    Module &module;

private:
    bool alertsFromHere(const Component &c) const;

    // Hashed, not ordered: looked up for every connection of every mapper and never walked in order
    // (string compares of the ordered maps were a quarter of the Terraform export).
    QHash<QString, size_t> m_index;
    std::map<QString, std::vector<const Unit *>> m_byKind;
    QHash<QString, std::vector<const Connection *>> m_incoming; ///< by target, in connection id order
    QHash<QString, std::vector<const Connection *>> m_outgoing; ///< by caller
    QMap<QString, QString> m_clusterIdents;
};

/// Provider display name ("AWS", "Google Cloud", "Azure"): the name of the cloud zone's provider value in the catalog.
QString providerDisplayName(const Catalog &catalog, const QString &provider);

} // namespace sd::tf
