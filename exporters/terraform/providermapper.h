// SPDX-License-Identifier: MIT
// The base of every provider mapper: one run order, one dispatch, the steps each provider writes.
#pragma once

#include "tfcommon.h"

#include <map>

namespace sd::tf {

/// A Kubernetes cluster to create: drawn as a zone, or added for workloads drawn outside one.
struct ClusterSpec {
    QString ident;   ///< Terraform local name
    QString slug;    ///< cloud name fragment
    QString title;   ///< the zone's name, for comments and outputs
    QString region;
    QString version;
    qint64 minNodes = 3;
    qint64 maxNodes = 10;
    bool privateEndpoint = true;
    QString instanceSize; ///< the instanceSize enum value of the nodes
    int index = 0;   ///< position among this export's clusters
};

/// A third-party service a component here calls, whose credentials the export stores.
struct ThirdPartyCredentials {
    const Component &service;
    const Unit &caller; ///< the first component here that calls it
    QString ident;      ///< reserved Terraform name of the secret and its variable
};

/**
 * Turns the components placed on one provider into its resources. run() is the same for every
 * provider: the shared variables, the provider's foundation (network, keys, logging), the
 * clusters, then one dispatch per component (by its runtime, then by catalog role and kind), the
 * credentials of the third-party services called, and what the provider adds at the end.
 * A provider implements the steps; its member definitions are split by the .tf file they write.
 */
class ProviderMapper
{
public:
    explicit ProviderMapper(Context &context);
    virtual ~ProviderMapper() = default;
    ProviderMapper(const ProviderMapper &) = delete;
    ProviderMapper &operator=(const ProviderMapper &) = delete;

    /// Fills the context's module.
    void run();

    // --- the root module around the resources (versions.tf, providers.tf, variables.tf, README.md)
    /// Local name of the provider in required_providers, also its hashicorp/ source ("aws", "google", "azurerm").
    virtual QString terraformName() const = 0;
    /// Version constraint of the provider ("~> 6.0").
    virtual QString versionConstraint() const = 0;
    /// Variable and local holding what every resource is tagged with ("tags"; Google says "labels").
    virtual QString tagsName() const { return QStringLiteral("tags"); }
    /// The provider blocks: one per region, or one for the whole account.
    virtual void providerBlocks(Block &top, const QStringList &regions) const = 0;
    /// How the README says the regions are addressed.
    virtual QString regionsNote() const = 0;

protected:
    // --- the steps of run()
    /// Variables that say which account or project to use (besides name_prefix, tags and region).
    virtual void accountVariables() {}
    /// What every resource refers to: regions, networks, keys, logging; before any component.
    virtual void foundation() = 0;
    /// After every component: rules between them that need both ends made.
    virtual void connections() {}
    /// Last: what the components asked for along the way (shared roles, clusters of services...).
    virtual void finish() {}

    // --- Kubernetes clusters
    /// "EKS", "GKE", "AKS": names the clusters the export adds for workloads drawn outside one.
    virtual QString clusterProduct() const = 0;
    /// Whether a unit outside every cluster zone needs the cluster the export adds for its region.
    virtual bool needsAddedCluster(const Unit &u) const;
    /// How a region is named in the note about an added cluster.
    virtual QString regionInNote(const QString &region) const { return region; }
    virtual void cluster(const ClusterSpec &spec) = 0;
    /// Terraform name of the cluster a unit runs in: its cluster zone's, else the one added for its region.
    QString clusterName(const Unit &u) const;

    // --- one method per runtime (runtimeOf)
    /// Runs in a Kubernetes cluster: deployed with the Kubernetes export, so only a note.
    virtual void inCluster(const Unit &u);
    virtual void virtualMachines(const Unit &u) = 0;
    virtual void containerService(const Unit &u) = 0;
    virtual void serverlessFunction(const Unit &u) = 0;
    /// Role observability, whatever its runtime.
    virtual void observability(const Unit &u) = 0;

    // --- managed services, one method per kind
    virtual void relationalDatabase(const Unit &u) = 0;
    virtual void distributedSql(const Unit &u) = 0;
    virtual void documentDatabase(const Unit &u) = 0;
    virtual void cache(const Unit &u) = 0;
    virtual void search(const Unit &u) = 0;
    virtual void objectStorage(const Unit &u) = 0;
    virtual void messageQueue(const Unit &u) = 0;
    virtual void eventStream(const Unit &u) = 0;
    virtual void dataWarehouse(const Unit &u) = 0;
    virtual void loadBalancer(const Unit &u) = 0;
    virtual void apiGateway(const Unit &u) = 0;
    virtual void waf(const Unit &u) = 0;
    virtual void cdn(const Unit &u) = 0;
    virtual void dns(const Unit &u) = 0;
    virtual void secretsManager(const Unit &u) = 0;
    virtual void keyManagement(const Unit &u) = 0;
    virtual void identityProvider(const Unit &u) = 0;

    /// Stores the credentials of a third-party service (a secret, fed by a sensitive variable).
    virtual void storeCredentials(const ThirdPartyCredentials &credentials) = 0;

    // --- helpers for every provider
    bool isObservability(const Unit &u) const { return u.kind && u.kind->hasRole(roles::observability); }
    bool isContainerWorkload(const Unit &u) const { return u.kind && u.kind->hasRole(roles::containerWorkload); }
    /// An entry of this provider's data file (resources/catalog/exports/<provider>.yaml), by its path of keys.
    QVariant data(std::initializer_list<QString> path) const;
    QString dataText(std::initializer_list<QString> path) const { return data(path).toString(); }
    /// The entry of the size table `table` (data file, sizes:) for an instanceSize value; medium for an unknown one.
    QString sized(const QString &table, const QString &instanceSize) const;
    /// The .tf file the resources of a unit's kind go to (exports/terraform.yaml, by category).
    QString fileFor(const Unit &u) const;

    /// Code the team runs itself: a container workload or a virtual machine (not a data store hosted on either).
    bool isWorkload(const Unit &u) const { return isContainerWorkload(u) || isKind(u, {kinds::virtualMachine}); }
    /// A microservice, monolith or batch job in a Kubernetes cluster (not a data store hosted there).
    bool isWorkloadInCluster(const Unit &u) const { return u.runtime == Runtime::Kubernetes && isContainerWorkload(u); }

    /// The Terraform name of the secret holding the credentials of third-party service `serviceId`,
    /// reserved before any component is placed (so a workload can name it); empty when none is stored.
    QString credentialsIdent(const QString &serviceId) const
    {
        const auto it = m_credentialIdents.find(serviceId);
        return it == m_credentialIdents.end() ? QString() : it->second;
    }

    Context &ctx;
    Module &m;
    const PropertyAccess &props;

private:
    const QVariantMap m_data;      ///< the provider's data file
    const QVariantMap m_tfData;    ///< the Terraform export's shared data file

    void sharedVariables();
    void clusters();
    void place(const Unit &u);
    void managed(const Unit &u);
    void outsideTheCloud(const Unit &u);
    void reserveCredentials();
    void thirdPartySecrets();
    std::map<QString, QString> m_credentialIdents; ///< third-party component id -> its secret's Terraform name
};

} // namespace sd::tf
