// SPDX-License-Identifier: MIT
// Azure: the design's kinds as idiomatic azurerm provider (~> 4.0) resources.
#pragma once

#include "k8splan.h"
#include "providermapper.h"

#include <map>
#include <optional>
#include <set>

namespace sd::tf {

/**
 * The Azure mapper. Definitions are split by the file they write: azuremapper.cpp (root module,
 * run order, regions), network.cpp, compute.cpp, data.cpp, edge.cpp, security.cpp and
 * observability.cpp.
 */
class AzureMapper : public ProviderMapper
{
public:
    using ProviderMapper::ProviderMapper;

    QString terraformName() const override { return QStringLiteral("azurerm"); }
    QString versionConstraint() const override { return QStringLiteral("~> 4.0"); }
    void providerBlocks(Block &top, const QStringList &regions) const override;
    QString regionsNote() const override;

private:
    struct Subnet {
        QString ident;  ///< azurerm_subnet local name
        QString prefix; ///< address prefix
    };

    // azuremapper.cpp
    void accountVariables() override;
    void foundation() override;
    QString key(const QString &r) const { return Context::regionKey(r); }
    QString rg(const QString &r) const { return u"azurerm_resource_group.%1.name"_s.arg(key(r)); }
    QString location(const QString &r) const { return u"azurerm_resource_group.%1.location"_s.arg(key(r)); }
    QString vaultKey(const QString &r) const { return u"azurerm_key_vault_key.%1.id"_s.arg(key(r)); }
    QString vaultKeyVersionless(const QString &r) const { return u"azurerm_key_vault_key.%1.versionless_id"_s.arg(key(r)); }
    QString name(const QString &slug) const { return tmpl(u"${local.name}-"_s + slug); }
    static QString alnum(QString text) { return text.remove(u'-').remove(u'_'); }
    QString unique(const QString &slug) const { return tmpl(u"${local.name}-%1-${local.unique}"_s.arg(slug)); }
    Block &res(const QString &file, const QString &type, const QString &ident, const QString &r);
    /// Attaches the user-assigned identity `identityIdent` (an azurerm_user_assigned_identity) to a resource.
    void userIdentity(Block &b, const QString &identityIdent);
    bool once(const QString &r, const QString &thing) { return regionShared.insert(r + u"/"_s + thing).second; }
    /// What runs a unit as Azure places it: observability kinds are managed services here whatever their hosting.
    Runtime placedRuntime(const Unit &u) const { return isObservability(u) ? Runtime::Managed : u.runtime; }
    QStringList zonesOf(const QString &r) const;

    // network.cpp
    void resourceGroup(const QString &r, int index);
    void regionNetwork(const QString &r, int index);
    const Subnet &subnet(const QString &r, const QString &tier);
    void nsgRule(const QString &r, const QString &tier, const QString &ruleName, const QString &description, const Value &source,
                 const Value &destination, const QString &port, const QString &comment = {});
    QString tierOf(const Unit &u) const;
    QString asgOf(const Unit &u) const;
    void connections() override;
    int servicePort(const Unit &to, int drawn) const;
    QString endpointAddress(const Unit &to) const;
    QString privateDns(const QString &zone);
    void privateEndpoint(const QString &ident, const QString &r, const QString &resourceId, const QString &subresource, const QString &zone);

    // compute.cpp
    QString clusterProduct() const override { return QStringLiteral("AKS"); }
    void cluster(const ClusterSpec &spec) override;
    void containerService(const Unit &u) override;
    void virtualMachines(const Unit &u) override;
    void serverlessFunction(const Unit &u) override;

    // data.cpp
    void relationalDatabase(const Unit &u) override;
    void distributedSql(const Unit &u) override;
    void documentDatabase(const Unit &u) override;
    void cache(const Unit &u) override;
    void search(const Unit &u) override;
    void objectStorage(const Unit &u) override;
    void messageQueue(const Unit &u) override;
    void eventStream(const Unit &u) override;
    void dataWarehouse(const Unit &u) override;
    void storage(const Unit *u, const QString &ident, const QString &r, const QString &purpose);
    void serviceBus(const Unit &u);
    void cosmos(const Unit &u);

    // edge.cpp
    void gateway(const Unit &u);
    void loadBalancer(const Unit &u) override { gateway(u); }
    void apiGateway(const Unit &u) override { gateway(u); }
    void waf(const Unit &u) override;
    void cdn(const Unit &u) override;
    void dns(const Unit &u) override;

    // security.cpp
    void regionVault(const QString &r, int index);
    Block &vaultWithKey(const QString &k, const QString &nameTemplate, const QString &r, const QString &why, const QString &adminRole,
                        const QString &keyName, const QStringList &keyOps);
    /// The vault of the AKS etcd key in region `r` (made once); returns the key's resource name.
    QString etcdVault(const QString &r);
    /// A user-assigned identity of its own (made once), for a workload or for one service-side need.
    QString ownIdentity(const QString &ident, const QString &r, const QString &purpose);
    /// The identity of a workload (made once): every app, scale set, function and AKS workload has its own.
    QString workloadIdentity(const Unit &u) { return ownIdentity(u.ident, ctx.regionOf(u), label(u)); }
    /// An identity that may wrap and unwrap with the region's key only: customer-managed keys of one resource.
    QString keyIdentity(const QString &ident, const QString &r);
    /// The database user `caller` signs in to `db` as with its identity's Entra token (the identity's name), and
    /// the to-do that creates it: only a member of the server's Entra administrator group can.
    QString databaseLogin(const Unit &caller, const Unit &db);
    /// MySQL's identity for reading the Entra directory (made once per server), worn by the server.
    QString entraReaderIdentity(const QString &server, const QString &r, const QString &serverLabel);
    /// One role assignment of `role` to the identity on exactly `scope`.
    QString grant(const QString &ident, const QString &identityIdent, const QString &scope, const QString &role, const QString &why);
    /// The grants each drawn connection from a workload to a cloud resource implies.
    void workloadGrants();
    /// AKS: one federated credential per workload with a cloud identity, the Gateways' AGC, and the values the manifests read.
    void kubernetesWiring();
    /// `fronting`: the Application Gateway drawn in front of it, if any (its public IP is the only client admitted).
    void applicationGatewayForContainers(const k8s::Gateway &g, const QString &r, const QString &fronting = {});
    /// Whether a Gateway of the Kubernetes export routes to workloads in this export's AKS cluster (and not elsewhere).
    bool gatewayInAks(const k8s::Gateway &g) const;
    QString agcIdent(const k8s::Gateway &g) const { return u"agc_"_s + identifierFor(g.name, u"gateway"_s); }
    /// The WAF policy of an Application Gateway or Application Gateway for Containers, from the design's WAF (or a default).
    /// `perClient` false: every request comes through one gateway in front, so the rate limit is a total.
    Block &wafPolicy(const QString &ident, const QString &r, const Unit *wafUnit, const Unit *edge, bool perClient = true);
    std::set<QString> agcMade;
    /// The AKS clusters' pod range (Azure CNI Overlay), outside every VNet range 10.<region>.0.0/16 of this export.
    const QString aksPodCidr = QStringLiteral("10.244.0.0/16");
    std::map<QString, Block *> vmIpConfigs;               ///< scale set ident -> its ip_configuration block
    std::map<QString, std::vector<Value>> vmPools;         ///< scale set ident -> backend pool ids of the gateways in front
    QString cloudValueFor(const QString &keyName) const;
    void finish() override;
    void secretsManager(const Unit &u) override;
    void keyManagement(const Unit &u) override;
    void identityProvider(const Unit &u) override;
    void storeCredentials(const ThirdPartyCredentials &credentials) override;

    // observability.cpp
    void workspaceAndAlerts();
    void diag(const QString &ident, const QString &target);
    void alert(const Unit &u, const QString &suffix, const QString &what, const QString &scope, const QString &ns, const QString &metric,
               const QString &aggregation, double threshold);
    void observability(const Unit &u) override;

    QString workspace = u"main"_s;
    std::map<QString, int> regionIndex;
    std::map<QString, std::map<QString, Subnet>> subnets; ///< region -> tier -> subnet
    std::map<QString, int> nsgPriority;                    ///< NSG ident -> next priority
    std::set<QString> dnsZones;
    std::set<QString> regionShared; ///< "<region>/<thing>" made once per region
    std::set<QString> identities;   ///< azurerm_user_assigned_identity idents made
    std::map<QString, QString> credentialSecrets; ///< third-party component id -> azurerm_key_vault_secret ident
    std::map<QString, QString> workloadSecrets;   ///< workload ident -> its own azurerm_key_vault_secret ident
    std::optional<k8s::Plan> k8sPlan;              ///< the Kubernetes export of the same design, when AKS runs workloads
    std::map<QString, QString> cloudValues;        ///< key -> Terraform expression, for kubernetes_cloud_values
    QString aksIdent;                              ///< the AKS cluster the workloads run in
};

} // namespace sd::tf
