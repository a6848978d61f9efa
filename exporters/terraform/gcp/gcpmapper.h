// SPDX-License-Identifier: MIT
// Google Cloud: the design's kinds as idiomatic google provider (~> 6.0) resources.
#pragma once

#include "providermapper.h"

#include "k8splan.h"

#include <map>
#include <optional>
#include <set>

namespace sd::tf {

/**
 * The Google Cloud mapper. Definitions are split by the file they write: gcpmapper.cpp (root
 * module, run order), network.cpp, compute.cpp, data.cpp, edge.cpp, security.cpp and
 * observability.cpp.
 */
class GcpMapper : public ProviderMapper
{
public:
    using ProviderMapper::ProviderMapper;

    QString terraformName() const override { return QStringLiteral("google"); }
    QString versionConstraint() const override { return QStringLiteral("~> 6.0"); }
    QString tagsName() const override { return QStringLiteral("labels"); }
    void providerBlocks(Block &top, const QStringList &regions) const override;
    QString regionsNote() const override;

private:
    /// An alert policy, also drawn as a chart on the dashboards.
    struct Alert {
        QString title;
        QString filter;
    };

    // gcpmapper.cpp
    void accountVariables() override;
    void foundation() override;
    void connections() override;
    void finish() override;
    QString region(const Unit &u) const { return ctx.regionOf(u); }
    QString regionValue(const QString &r) const { return r.isEmpty() ? u"var.region"_s : u"\""_s + r + u"\""_s; }
    QString key(const QString &r) const { return u"google_kms_crypto_key.%1.id"_s.arg(Context::regionKey(r)); }
    QString subnet(const QString &r) const { return u"google_compute_subnetwork.%1.id"_s.arg(Context::regionKey(r)); }
    QString name(const QString &slug) const { return tmpl(u"${local.name}-"_s + slug); }
    Block &res(const QString &file, const QString &type, const QString &ident) { return m.file(file).add(u"resource"_s, {type, ident}); }

    // network.cpp
    void network();
    void proxyOnlySubnets();
    QString tagOf(const Unit &u) const;
    void firewalls();
    void privateServiceAccess();

    // compute.cpp
    /// Whether a global external load balancer of this export routes to the unit (a public load balancer or an API gateway in front).
    bool behindGlobalLoadBalancer(const Unit &u) const;
    /// Whether the unit runs on Cloud Run (a container service or a Cloud Function, which runs on Cloud Run).
    bool onCloudRun(const Unit &u) const { return u.runtime == Runtime::ContainerService || u.runtime == Runtime::Serverless; }
    /// The Cloud Run service name of a unit on Cloud Run, as a Terraform expression.
    QString cloudRunService(const Unit &u) const;
    QString clusterProduct() const override { return QStringLiteral("GKE"); }
    bool needsAddedCluster(const Unit &u) const override;
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
    void firestore(const Unit &u);
    void pubsub(const Unit &u);
    void kafka(const Unit &u);

    // edge.cpp
    void armor(const Unit &u);
    void armorPolicies();
    void entry(const Unit &u);
    void gkeGateway(const Unit &u, const std::vector<const Unit *> &targets);
    void loadBalancer(const Unit &u) override { entry(u); }
    void apiGateway(const Unit &u) override { entry(u); }
    void waf(const Unit &u) override;
    void cdn(const Unit &u) override;
    void dns(const Unit &u) override;

    // security.cpp
    void workloadIdentities();
    void grants();
    void grant(const Unit &caller, const Unit &callee, const Connection &c);
    void projectGrant(const QString &ident, const Unit &caller, const QString &role, const QString &condition, const QString &conditionTitle,
                      const QString &why);
    void cloudValues();
    QString cloudValue(const QString &key) const;
    void regionKeys();
    void needsKey(const QString &r, const QString &agent) { agentsByRegion[r].insert(agent); }
    void keyBindings();
    void projectServices();
    void serviceAccount(const QString &ident, const QString &title);
    void secret(const QString &ident, const QString &secretId, const QString &regionName, const QString &description);
    void secretsManager(const Unit &u) override;
    void keyManagement(const Unit &u) override;
    void identityProvider(const Unit &u) override;
    void storeCredentials(const ThirdPartyCredentials &credentials) override;

    // observability.cpp
    QStringList channels() const;
    void alert(const Unit &u, const QString &suffix, const QString &what, const QString &filter, const QString &aligner,
               double threshold, const QString &reducer = {});
    void observability(const Unit &u) override;
    void dashboards();

    std::set<QString> apis;
    std::set<QString> accounts;                 ///< Terraform names of the google_service_account resources made
    std::map<std::pair<QString, QString>, QString> subscriptions; ///< (topic component, consumer component) -> subscription resource
    std::optional<k8s::Plan> plan;             ///< what the Kubernetes export of the same design puts in GKE, when anything
    std::map<QString, QString> gatewayCertificates; ///< Kubernetes Gateway value prefix -> certificate expression
    std::map<QString, std::set<QString>> agentsByRegion; ///< region -> service agent e-mail templates needing the key
    bool privateServices = false;
    std::vector<Alert> charts;
    std::map<QString, QString> armorOf; ///< component id of an entry point -> security policy
    /// What cloudValue() looks keys up in, made once per export (a walk over the plan per key was quadratic).
    struct CloudValueIndex {
        std::map<QString, std::vector<const k8s::Workload *>> byIdentityKey;
        std::map<QString, std::vector<std::pair<const k8s::Gateway *, int>>> gatewayKeys; ///< key -> (Gateway, 0 certificate / 1 WAF / 2 source range), Gateway order
        std::map<QString, std::vector<const k8s::Workload *>> byName;
        std::map<QString, const k8s::Peer *> peers; ///< cidrKey or addressKey -> the last peer naming it
        std::map<QString, std::pair<const k8s::Workload *, const k8s::Peer *>> databaseUsers; ///< k8s::databaseUserKey -> (caller, database)
    };
    mutable std::optional<CloudValueIndex> m_cloudValueIndex;
    const CloudValueIndex &cloudValueIndex() const;
};

} // namespace sd::tf
