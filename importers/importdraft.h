// SPDX-License-Identifier: MIT
#pragma once

#include "importer.h"
#include "importreport.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace sd {

class Catalog;

/// A component as a source describes it, before ids, schema checks and connections.
struct DraftComponent {
    QString name;        ///< the source's name (compose service, Kubernetes object)
    QString subject;     ///< how the report names it ("service orders-db", "Deployment boutique/frontend")
    QString kind;        ///< catalog kind id
    QString preferredId; ///< an id the source carries (stackdraft.io/component), tried first
    /// Candidate properties with where each came from; the assembly keeps those the kind has and
    /// the catalog accepts, and reports the others as dropped.
    struct Property {
        QString key;
        QVariant value;
        SourceRef source;
    };
    std::vector<Property> properties;
    SourceRef source;    ///< where it is defined: the design's metadata keeps it
    QStringList hosts;   ///< names others reach it by (service name, aliases, Kubernetes Service names)
    /// The protocol it speaks on a port, when the source names it (a Service port named grpc, its
    /// appProtocol): a connection to that port without a protocol of its own gets it.
    QHash<int, QString> portProtocols;

    QString zone;        ///< key of a DraftZone it sits in, empty at the top level

    void set(const QString &key, const QVariant &value, const SourceRef &from) { properties.push_back({key, value, from}); }
};

/// A zone as a source describes it (a cloud, region, network, availability zone or cluster).
struct DraftZone {
    QString key;      ///< unique among the draft's zones; components and zones name their parent by it
    QString kind;     ///< catalog kind id (a container)
    QString name;
    QString parent;   ///< key of the enclosing zone, empty at the top level
    QString subject;  ///< how the report names it
    std::vector<DraftComponent::Property> properties; ///< checked like a component's
    SourceRef source;
};

/// A reference from one component to a host: a declared dependency or a value naming an address.
struct DraftReference {
    int from = -1;        ///< index into ImportDraft::components
    int to = -1;          ///< the callee when the source names it directly (a NetworkPolicy); else resolved from host
    QString host;         ///< lowercase
    int port = 0;
    QString protocol;
    SourceRef source;
    QString via;          ///< translated: "depends_on", "variable ORDERS_ADDR", "Ingress backend"
    /// Listed when nothing defines the host even though the value is only a word: declared
    /// dependencies (depends_on, links, Ingress backends) and address-shaped values are.
    bool listIfUnresolved = true;
    /// The source says this is a dependency (depends_on, links, a route): "mapped" in the report;
    /// otherwise it was read out of a value: "guessed".
    bool declared = false;
};

/// What an importer read, in source terms; assembleDesign() turns it into a design.
struct ImportDraft {
    QString designName;
    QString description;
    std::vector<DraftZone> zones; ///< parents before children
    std::vector<DraftComponent> components;
    std::vector<DraftReference> references;
    ImportReport report; ///< notes the importer made while reading
};

/**
 * The references a configuration value makes (hostMentions()): `via` names the variable. Hosts
 * nothing defines are listed only when the value is address-shaped or `variable` names an address.
 * A `domain` qualifies one-label hosts: Kubernetes resolves "orders" in the caller's namespace, so
 * the reference is to "orders.<namespace>".
 */
void addValueReferences(ImportDraft &draft, int from, const QString &variable, const QString &value, const SourceRef &source,
                        const QString &via, const QString &domain = {});

/**
 * Turns a draft into a design, the same way for every source:
 * - ids from the preferred id or the name (slugified, made unique);
 * - properties checked against the kind's schema (checkedForStore): what the kind has no place
 *   for, or the catalog refuses, is reported as dropped with the value and the reason;
 * - references resolved against the hosts of the components: a connection per caller and callee
 *   (the first port and protocol given win), asynchronous towards queues and streams; a host
 *   nothing defines is listed as unresolved, never connected; a component naming itself is no call;
 * - zones in the order given (parents first), their properties checked as a component's;
 * - every component's (and zone's) source "file:line" in the design's metadata, key "source.<id>";
 * - the studio's compound auto-layout.
 * The result loads with `check` (the importer tests write and re-read it).
 */
ImportResult assembleDesign(ImportDraft draft, const Catalog &catalog);

} // namespace sd
