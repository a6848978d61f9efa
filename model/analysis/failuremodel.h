// SPDX-License-Identifier: MIT
#pragma once

#include "dependencygraph.h"
#include "placement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sd {

class Catalog;
class Design;
struct Component;
struct KindSpec;

/// The smallest thing whose failure takes a component down with it.
enum class FailureUnit {
    Alone,  ///< one instance: it fails on its own (a crash, a deploy, a host)
    Zone,   ///< all its instances sit in one availability zone, or it is single-zone managed
    Region, ///< replicated over zones, multi-AZ, or a regional managed service: only its region takes it down
};

/// Catalog roles as bits, so rules test them without string compares.
namespace Role {
enum : unsigned {
    Compute = 1u << 0,
    Datastore = 1u << 1,
    Stateful = 1u << 2,
    Queue = 1u << 3,
    Stream = 1u << 4,
    Quorum = 1u << 5,
    Edge = 1u << 6,
    Gateway = 1u << 7,
    LoadBalancer = 1u << 8,
    Security = 1u << 9,
    Secrets = 1u << 10,
    Observability = 1u << 11,
    Metrics = 1u << 12,
    Logs = 1u << 13,
    Apm = 1u << 14,
    Alerting = 1u << 15,
    Dashboards = 1u << 16,
    ThirdParty = 1u << 17,
    Entry = 1u << 18,
    ContainerWorkload = 1u << 19,
    Serverless = 1u << 20,
    Scheduled = 1u << 21,
};
/// The bits of a list of catalog role names.
unsigned fromNames(const QStringList &names);
} // namespace Role

/// What validation needs to know about one component, read once.
struct ComponentProfile {
    const Component *component = nullptr;
    const KindSpec *kind = nullptr; ///< nullptr for a kind the catalog does not know
    Placement placement;
    int replicas = 1;     ///< effective: the larger of replicas and the autoscaling minimum
    bool hasReplicas = false; ///< the kind has the replicas trait
    bool hasMultiAz = false;  ///< the kind has the multiAz trait
    bool multiAz = false;
    bool autoscaling = false;
    unsigned roles = 0;         ///< Role bits of the kind
    /// Requests start here: a traffic source, a component marked "traffic starts here"
    /// (entryPoint), or one exposed to the internet (public) that nothing in the design calls.
    bool entry = false;
    bool trafficSource = false; ///< users, partner APIs: outside the system
    bool isPublic = false;      ///< exposed to the internet (the `public` property)
    /// Multi-AZ and drawn inside an availability zone: that zone holds the primary, and when it
    /// fails the standby in another zone of the region takes over. Fails with its region, not its zone.
    bool failsOverInRegion = false;
    bool criticalSink = false;  ///< a data store or third-party service requests need
    bool observability = false; ///< metrics, logs, dashboards, alerting: not on the request path
    FailureUnit unit = FailureUnit::Region;
    bool selfRunBroker = false; ///< a queue engine you run yourself: one broker

    bool is(unsigned role) const { return (roles & role) != 0; }
};

enum class FailureScope { Component, Zone, Region, Provider };

/// What fails: one component, an availability zone, a region, or a whole provider.
struct FailureScenario {
    FailureScope scope = FailureScope::Component;
    QString target; ///< component id, zone id, region zone id, or provider name
    QString label;  ///< for people: "Orders DB", "availability zone eu-west-1a", "provider aws"
};

/// A failure domain that exists in the design, with the components it takes down.
struct FailureDomain {
    FailureScenario scenario;
    std::vector<int> failed;
    /// Multi-AZ components whose primary lives in this zone: they fail over to another zone of
    /// their region and stay up (zone failures only).
    std::vector<int> failingOver;
};

/// What a failure breaks.
struct SimulationResult {
    struct EntryLoss {
        int entry = -1;
        bool entryDown = false;  ///< the entry point itself failed
        /// The entry point lost something it cannot do without: see FailureModel::simulate().
        bool broken = false;
        std::vector<int> lost;   ///< what this entry reached before and no longer reaches (sorted)
    };
    FailureScenario scenario;
    std::vector<int> failed;        ///< components that fail directly
    std::vector<int> failedOver;    ///< primaries in the failed zone that fail over and stay up
    std::vector<EntryLoss> entries; ///< only entries that lose something
    std::vector<int> lost;          ///< union of everything lost, sorted

    /// True when some entry point is broken.
    bool breaksEntries() const;
};

/**
 * The failure model: how each component fails (alone, with its zone, with its region, with its
 * provider), which are the entry points, and what becomes unreachable when something fails.
 */
class FailureModel
{
    Q_DECLARE_TR_FUNCTIONS(FailureModel)

public:
    FailureModel(const Design &design, const Catalog &catalog, const DependencyGraph &graph);

    const Design &design() const { return m_design; }
    const DependencyGraph &graph() const { return m_graph; }
    const std::vector<ComponentProfile> &profiles() const { return m_profiles; }
    const ComponentProfile &profile(int v) const { return m_profiles[size_t(v)]; }

    /// Traffic sources, components marked "traffic starts here" and public components nothing
    /// calls; when there are none, the candidate entries (see candidateEntries()).
    const std::vector<int> &entries() const { return m_entries; }
    /// True when no entry point is drawn or marked and the analysis starts from the components
    /// nothing calls instead (then entries() holds them).
    bool candidateEntries() const { return m_candidates; }
    /// Reachable from some entry point.
    const std::vector<char> &served() const { return m_served; }
    /// The entry points that reach a component, in entries() order. Any number of entry points.
    std::vector<int> entriesReaching(int v) const;
    /// Whether entry point number `entryIndex` (in entries()) reaches a component.
    bool reaches(size_t entryIndex, int v) const;
    /// Immediate dominators from all entry points together (see DependencyGraph::immediateDominators).
    const std::vector<int> &dominators() const { return m_idom; }
    /// Per component: how many components no entry point reaches any more when it fails (itself included).
    const std::vector<int> &blastRadius() const { return m_blast; }
    /// Components by blast radius, largest first (ties by id), at most `limit`.
    std::vector<int> rankByBlastRadius(int limit) const;

    /// The availability zones, regions or providers that hold components.
    std::vector<FailureDomain> domains(FailureScope scope) const;

    /// Resolves "COMPONENT", "zone:NAME", "region:NAME" or "provider:NAME" (ids or real names).
    std::optional<FailureDomain> resolve(const QString &spec, QString *error) const;

    /// simulate() of a domain, with the components that fail over out of it.
    SimulationResult simulate(const FailureDomain &domain) const;

    /**
     * What the failure of these components breaks, entry by entry. An entry point is broken when
     * it is down itself, when something that did not fail becomes unreachable (collateral damage),
     * or when a surviving caller loses a callee and has no surviving callee of the same kind (a
     * second region's database standing in for the first's is fine; the only cache is not).
     * Observability components do not count.
     */
    SimulationResult simulate(const FailureScenario &scenario, const std::vector<int> &failed) const;

    /// The language of a message: the studio's (tr) or English, for what goes into exported files,
    /// which must not depend on the language the studio runs in.
    enum class Language { User, English };
    /// How a component is redundant, for messages: "a single instance", "3 replicas, all in
    /// eu-west-1a", "multi-AZ", "run by the provider"...
    QString redundancyText(int v, Language language = Language::User) const;
    /// What happens to a multi-AZ primary when its zone fails: "Orders DB (multi-AZ) fails over to
    /// its standby in another zone of us-east-1 and stays up."
    QString failoverText(int v) const;
    /// failoverText() of each component that fails over, joined; "" when none does.
    QString failoverNote(const std::vector<int> &failingOver) const;
    /// A component's name for messages (its id when it has no name).
    QString nameOf(int v) const;
    /// "A, B, C and 4 more".
    QString nameList(const std::vector<int> &vertices, int shown = 4, Language language = Language::User) const;
    /// The same for a list of `total` components of which only the first ones are at hand (at
    /// least `shown` of them, or all).
    QString nameList(const std::vector<int> &first, size_t total, int shown, Language language) const;

private:
    const Design &m_design;
    const DependencyGraph &m_graph;
    std::vector<ComponentProfile> m_profiles;
    /// Per component, its kind as a dense number (same number, same kind id): simulate() compares
    /// kinds of callees for every vertex, and integers spare it hashing strings.
    std::vector<int> m_kindOf;
    size_t m_kindCount = 0;
    void computeEntryReach();

    std::vector<int> m_entries;
    bool m_candidates = false;
    std::vector<char> m_served;
    /// Which entry points reach each component: one bit per entry point, m_reachWords words per
    /// strongly connected component (members reach and are reached alike), indexed by m_sccOf.
    std::vector<quint64> m_reach;
    std::vector<int> m_sccOf;
    size_t m_reachWords = 0;
    std::vector<int> m_idom;
    std::vector<int> m_blast;
};

} // namespace sd
