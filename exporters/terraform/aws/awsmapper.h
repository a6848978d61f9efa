// SPDX-License-Identifier: MIT
// AWS: the design's kinds as idiomatic aws provider (~> 6.0) resources.
#pragma once

#include "providermapper.h"

#include "k8splan.h"
#include "monitoringplan.h"

#include <map>
#include <optional>
#include <set>

namespace sd::tf {

/**
 * The AWS mapper. Definitions are split by the file they write: awsmapper.cpp (root module,
 * run order, regions), network.cpp, compute.cpp, data.cpp, edge.cpp, security.cpp and
 * observability.cpp.
 */
/// Where an AWS alarm goes when not simply in its unit's region: another region (a cross-region replica's), or one
/// per counted resource (`count`, with `${count.index}` usable in the dimensions).
struct AlarmPlace {
    QString region;
    qint64 count = 0;
};

class AwsMapper : public ProviderMapper
{
public:
    using ProviderMapper::ProviderMapper;

    QString terraformName() const override { return QStringLiteral("aws"); }
    QString versionConstraint() const override { return QStringLiteral("~> 6.0"); }
    void providerBlocks(Block &top, const QStringList &regions) const override;
    QString regionsNote() const override;

private:
    /// What the resources of one region refer to.
    struct Region {
        QString name; ///< empty = var.region
        QString key;
        QString kms;       ///< ARN expression of the region's key
        QString kmsIdent;  ///< local name of the aws_kms_key
        QString privateSubnets;
        QString publicSubnets;
        QString vpc;
        QString topic;     ///< ARN of the alarms topic
        QString azs;       ///< local holding the availability zone names
    };

    // observability.cpp
    /// What the managed Prometheus workspaces evaluate, from the monitoring plan (made once, and only when the
    /// design draws one): per workspace the rule groups of the EKS workloads that write to it, and the
    /// Alertmanager timings.
    struct PrometheusRules {
        std::map<QString, nlohmann::ordered_json> groups; ///< metrics component id -> rule groups (none: absent)
        monitoring::Timing page, ticket;
    };
    const PrometheusRules &prometheusRules() const;
    /// The rule groups for the workloads that write to a managed Prometheus (metrics with engine prometheus):
    /// what the in-cluster agent scrapes as job=<component id>. nullptr when none.
    const nlohmann::ordered_json *prometheusRuleGroups(const Unit &metrics) const;
    /// Whether some managed Prometheus of the region alerts through the region's topic (SNS and its key admit it).
    bool prometheusAlertsIn(const QString &regionName) const;
    /// The rule groups and the Alertmanager (to the region's alarm topic) of a managed Prometheus workspace.
    void prometheusAlerting(const Unit &metrics, const Region &r, const QString &regionName);

    // awsmapper.cpp
    void foundation() override;
    void finish() override;
    void setupRegion(const QString &name, int index);
    Block &res(const QString &file, const QString &type, const QString &name, const QString &region);
    const Region &region(const Unit &u) { return regions[ctx.regionOf(u)]; }
    QString regionText(const QString &region) const { return region.isEmpty() ? u"${var.region}"_s : region; }
    QString name(const QString &slug) const { return tmpl(u"${local.name}-"_s + slug); }

    // network.cpp
    void regionNetwork(const Region &r, int index);
    QString securityGroupOf(const QString &componentId) const;
    bool hasSecurityGroup(const Unit &u) const;
    /// A load balancer drawn only in front of API gateways: an ALB cannot forward to an HTTP API.
    bool forwardsOnlyToApiGateways(const Unit &u) const;
    /// CloudFront is drawn in front, directly or through a WAF.
    bool frontedByCdn(const Unit &u) const;
    void securityGroups();

    // compute.cpp
    QString clusterProduct() const override { return QStringLiteral("EKS"); }
    bool needsAddedCluster(const Unit &u) const override;
    QString regionInNote(const QString &region) const override;
    void cluster(const ClusterSpec &spec) override;
    void inCluster(const Unit &u) override;
    void containerService(const Unit &u) override;
    void virtualMachines(const Unit &u) override;
    void serverlessFunction(const Unit &u) override;
    void ecsClusters();

    // data.cpp
    void relationalDatabase(const Unit &u) override;
    void distributedSql(const Unit &u) override;
    void documentDatabase(const Unit &u) override;
    void cache(const Unit &u) override;
    void search(const Unit &u) override;
    void objectStorage(const Unit &u) override;
    void bucketReplica(const Unit &u, const QString &replicaRegion);
    void messageQueue(const Unit &u) override;
    void eventStream(const Unit &u) override;
    void dataWarehouse(const Unit &u) override;

    // edge.cpp
    void loadBalancer(const Unit &u) override;
    void apiGateway(const Unit &u) override;
    void waf(const Unit &u) override;
    /// CloudWatch metrics and sampled requests of a web ACL or one of its rules.
    static void wafVisibility(Block &b, const QString &metric);
    void cdn(const Unit &u) override;
    void dns(const Unit &u) override;
    /// The data sources of a Gateway's controller-made load balancer and its HTTPS listener; their local name.
    QString gatewayLoadBalancer(const k8s::Gateway &g);
    std::vector<const Unit *> targetsOf(const Unit &u, std::initializer_list<QString> kindIds) const;
    /// The Cognito app client an API gateway's authorizer accepts tokens of; its id expression.
    QString cognitoClient(const Unit &u, const Unit &pool, const QString &regionName);

    // restapi.cpp: an API gateway behind CloudFront, callable only through it
    /// The CDN drawn in front of u, directly or through a WAF; nullptr for none.
    const Unit *cdnInFrontOf(const Unit &u) const;
    bool isInternalApplicationLoadBalancer(const Unit &u) const;
    /// An API gateway behind CloudFront whose targets a REST API reaches: it becomes one, guarded by a WAF.
    bool restApiBehindCdn(const Unit &u) const;
    void restApi(const Unit &u);
    /// What a REST API's VPC link leads to: an Application Load Balancer, joined to the NLB's target group.
    struct RestLinkTarget {
        QString label;      ///< for the comment
        QString namePrefix; ///< of the target group (6 characters are used)
        QString nameSuffix; ///< of the VPC link
        QString arn;        ///< the ALB's ARN
        QString listener;   ///< the ALB listener the attachment waits for; empty when Terraform does not make it
        QString count;      ///< the attachment's count expression; empty for always
        bool tls = true;
    };
    /// The VPC link and the NLB in front of an ALB of a REST API; its local name.
    QString restLink(const Unit &api, const RestLinkTarget &target);
    /// restLink() to a drawn internal ALB.
    QString restVpcLink(const Unit &api, const Unit &lb);
    /// restLink() to the load balancer of the Kubernetes Gateway (after the second apply).
    QString restGatewayLink(const Unit &api, const k8s::Gateway &g);
    /// The host name the Gateway's HTTPRoute for `workload` matches.
    QString gatewayHostOf(const k8s::Gateway &g, const Unit &workload) const;
    void restApiLogging(const QString &regionName);
    /// The value of the secret origin header CloudFront sends to a REST API.
    QString originSecret(const Unit &api) const;
    /// CloudFront's origin settings for a REST API behind it: execute-api host, stage path, secret header.
    void cdnOriginToRestApi(Block &origin, const Unit &api) const;

    // security.cpp
    /// The region's KMS key; `instanceVolumes`: EC2 instances (EKS nodes, scale sets) encrypt their volumes with it.
    void regionKey(const Region &r, const Unit *keyUnit, const Unit *primaryKey, bool instanceVolumes);
    void flowLogRole();
    void iamRole(const QString &file, const QString &ident, const QString &service, const QStringList &policies);
    void secretsManager(const Unit &u) override;
    void keyManagement(const Unit &u) override;
    void identityProvider(const Unit &u) override;
    void storeCredentials(const ThirdPartyCredentials &credentials) override;
    void accessPolicies();
    /// An IAM role for a Kubernetes service account (EKS Pod Identity), with its association.
    void podRole(const QString &ident, const QString &what, const QString &cluster, const QString &ns, const QString &serviceAccount,
                 const QStringList &managedPolicies, std::vector<Value> statements, bool inlinePolicy);
    std::vector<Value> loadBalancerControllerStatements() const;
    /// The role a unit's code runs with (task, function or pod role); empty for none.
    QString workloadRole(const Unit &u) const;

    // The Kubernetes export of the same design: names, cloud values, Gateways (awsmapper.cpp)
    const k8s::Plan &kube() const;
    const k8s::Workload *kubeWorkload(const Unit &u) const;
    const k8s::Gateway *kubeGateway(const QString &componentId) const;
    QString gatewayLoadBalancerName(const k8s::Gateway &g) const;
    /// Terraform name of the security group Terraform makes for a Gateway's load balancer.
    QString gatewaySecurityGroup(const k8s::Gateway &g) const;
    /// The port the callee listens on for the auth the export sets up (MSK IAM: 9098).
    int realPort(const Connection &c) const;
    /// Connections from a queue or stream to a service: on the wire the service connects to the broker.
    std::pair<QString, QString> wireEnds(const Connection &c) const;
    void cloudValues();
    /// The address a caller reaches a managed resource by (endpoint, bucket, queue URL, secret ARN...);
    /// empty for kinds with none. The same value the Kubernetes export's <ID>_ADDRESS holds.
    /// The database user a workload signs in to an RDS instance as (IAM database authentication):
    /// the one its role may `rds-db:connect` as, which the README tells the DBA to create.
    static QString databaseUserOf(const Unit &caller) { return QString(caller.slug).replace(u'-', u'_'); }
    Value addressOf(const Unit &u) const;

    // observability.cpp
    void alarmTopic(const Region &r, int index);
    void logGroup(const QString &ident, const QString &logName, const Region &r, const QString &regionName,
                  const Value &retention = {});
    void alarm(const Unit &u, const QString &suffix, const QString &what, const QString &ns, const QString &metric,
               Value dimensions, const QString &statistic, double threshold, const QString &comparison = u"GreaterThanThreshold"_s,
               const AlarmPlace &place = {});
    void observability(const Unit &u) override;

    std::map<QString, Region> regions;
    std::set<QString> needEcsCluster;
    std::set<QString> m_restLoggingRegions; ///< regions whose API Gateway account names the CloudWatch role
    bool needEcsRole = false;
    bool needRdsMonitoring = false;
    bool needUsEast1 = false;
    std::map<QString, QString> secretOf; ///< third-party component id -> aws_secretsmanager_secret local name
    QString logRetention = u"local.log_retention_days"_s;
    mutable std::optional<k8s::Plan> m_kube;
    mutable std::optional<PrometheusRules> m_prometheusRules;
    /// kubeGateway() for every entry point, made once: a walk over Gateways, routes and workloads per question was cubic.
    mutable std::optional<std::map<QString, const k8s::Gateway *>> m_eksGateways;
};

} // namespace sd::tf
