// SPDX-License-Identifier: MIT
// AWS: the root module around the resources, the order they are made in, and the regions.
#include "awsmapper.h"

#include "k8sgatewaydocs.h"

#include <QSet>

namespace sd::tf {

void AwsMapper::providerBlocks(Block &top, const QStringList &regions) const
{
    for (int i = 0; i < regions.size(); ++i) {
        Block &p = top.add(u"provider"_s, {terraformName()});
        if (i > 0)
            p.setStr(u"alias"_s, Context::regionKey(regions[i]));
        p.set(u"region"_s, regions[i].isEmpty() ? R(u"var.region"_s) : S(regions[i]));
        p.add(u"default_tags"_s).set(u"tags"_s, u"local.tags"_s);
    }
}

QString AwsMapper::regionsNote() const
{
    return fileText("the first is the default provider, the others are provider aliases");
}

Block &AwsMapper::res(const QString &file, const QString &type, const QString &name, const QString &region)
{
    Block &b = m.file(file).add(u"resource"_s, {type, name});
    if (region != ctx.regions.first())
        b.set(u"provider"_s, u"aws."_s + Context::regionKey(region));
    return b;
}

void AwsMapper::foundation()
{
    Block &top = m.file(u"security.tf"_s);
    top.add(u"data"_s, {u"aws_caller_identity"_s, u"current"_s});
    top.add(u"data"_s, {u"aws_partition"_s, u"current"_s});
    for (int i = 0; i < ctx.regions.size(); ++i)
        setupRegion(ctx.regions[i], i);
    flowLogRole();
    securityGroups();
}

void AwsMapper::finish()
{
    ecsClusters();
    cloudValues();
    if (needRdsMonitoring)
        iamRole(u"data.tf"_s, u"rds_monitoring"_s, u"monitoring.rds.amazonaws.com"_s, {u"service-role/AmazonRDSEnhancedMonitoringRole"_s});
    accessPolicies();
    if (needUsEast1)
        m.aliasRegion(u"us-east-1"_s);
    bool alerting = false;
    for (const Unit &u : ctx.units)
        alerting = alerting || isKind(u, {kinds::alerting});
    if (!alerting)
        m.todo(fileText("Nobody is subscribed to the alarms topics: add an aws_sns_topic_subscription for your on-call tool or e-mail."));
}

void AwsMapper::setupRegion(const QString &name, int index)
{
    Region r;
    r.name = name;
    r.key = Context::regionKey(name);
    // A key-management component in the region is the region's key; otherwise one is made for it.
    r.kmsIdent = r.key;
    const Unit *keyUnit = nullptr;
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::keyManagement}) && ctx.regionOf(u) == name && !keyUnit)
            keyUnit = &u;
    if (keyUnit)
        r.kmsIdent = keyUnit->ident;
    r.kms = u"aws_kms_key.%1.arn"_s.arg(r.kmsIdent);
    // A multi-region key drawn in the primary region: the other regions get its replica, so data
    // copied there (replicas, backups) stays under the same key material.
    const Unit *primaryKey = nullptr;
    if (index > 0 && !keyUnit)
        for (const Unit &u : ctx.units)
            if (!primaryKey && isKind(u, {kinds::keyManagement}) && ctx.regionOf(u) == ctx.regions.first()
                && props.boolValue(*u.component, keys::multiRegion))
                primaryKey = &u;
    if (primaryKey) {
        r.kmsIdent = primaryKey->ident + u"_"_s + r.key;
        r.kms = u"aws_kms_replica_key.%1.arn"_s.arg(r.kmsIdent);
    }
    r.vpc = u"aws_vpc.%1.id"_s.arg(r.key);
    r.privateSubnets = u"aws_subnet.%1_private[*].id"_s.arg(r.key);
    r.publicSubnets = u"aws_subnet.%1_public[*].id"_s.arg(r.key);
    r.topic = u"aws_sns_topic.%1_alarms.arn"_s.arg(r.key);
    r.azs = u"local.%1_azs"_s.arg(r.key);
    regions[name] = r;

    bool instanceVolumes = false; // EKS node groups and scale sets launch instances with encrypted volumes
    for (const Unit &u : ctx.units)
        if (ctx.regionOf(u) == name && (u.runtime == Runtime::Kubernetes || u.runtime == Runtime::VirtualMachines))
            instanceVolumes = true;
    regionKey(regions[name], keyUnit, primaryKey, instanceVolumes);
    regionNetwork(regions[name], index);
    alarmTopic(regions[name], index);
}

const k8s::Plan &AwsMapper::kube() const
{
    // The same plan the Kubernetes export makes, so that names, namespaces and cloud value keys agree.
    if (!m_kube) {
        k8s::PlanOptions options;
        options.filterProvider = k8s::workloadProviders(ctx.design, ctx.catalog).size() > 1;
        options.provider = ctx.provider;
        m_kube = k8s::makePlan(ctx.design, ctx.catalog, options);
    }
    return *m_kube;
}

const k8s::Workload *AwsMapper::kubeWorkload(const Unit &u) const
{
    return u.runtime == Runtime::Kubernetes ? kube().workload(u.component->id) : nullptr;
}

const k8s::Gateway *AwsMapper::kubeGateway(const QString &componentId) const
{
    // Only Gateways in front of workloads this export runs in an EKS cluster (not ECS services the
    // Kubernetes export also describes); the first such Gateway of the entry point, in plan order.
    if (!m_eksGateways) {
        QSet<QString> inCluster; ///< names of the workloads this export runs on EKS
        for (const k8s::Workload &w : kube().workloads)
            if (const Unit *u = ctx.unit(w.component->id); u && isWorkloadInCluster(*u))
                inCluster.insert(w.name);
        m_eksGateways.emplace();
        for (const k8s::Gateway &g : kube().gateways)
            if (!m_eksGateways->count(g.componentId))
                for (const k8s::Route &rt : g.routes)
                    if (inCluster.contains(rt.workload)) {
                        m_eksGateways->emplace(g.componentId, &g);
                        break;
                    }
    }
    const auto it = m_eksGateways->find(componentId);
    return it == m_eksGateways->end() ? nullptr : it->second;
}

QString AwsMapper::gatewaySecurityGroup(const k8s::Gateway &g) const { return u"gateway_"_s + identifierFor(g.name, u"gateway"_s); }

QString AwsMapper::gatewayLoadBalancerName(const k8s::Gateway &g) const { return k8s::loadBalancerName(kube(), g); }

int AwsMapper::realPort(const Connection &c) const
{
    const auto [from, to] = wireEnds(c);
    const Unit *callee = ctx.unit(to);
    if (callee && isKind(*callee, {kinds::eventStream}) && props.stringValue(*callee->component, keys::engine) == QLatin1String("kafka"))
        return 9098; // MSK with IAM authentication (client_authentication sasl iam)
    if (to != c.to) {
        Connection turned = c;
        std::swap(turned.from, turned.to);
        turned.port = 0; // the drawn port is the consumer's; the broker listens on its own
        return ctx.portOf(turned);
    }
    return ctx.portOf(c);
}

std::pair<QString, QString> AwsMapper::wireEnds(const Connection &c) const
{
    const Unit *from = ctx.unit(c.from);
    const Unit *to = ctx.unit(c.to);
    if (from && to && isKind(*from, {kinds::eventStream, kinds::messageQueue}) && isWorkload(*to))
        return {c.to, c.from};
    return {c.from, c.to};
}

Value AwsMapper::addressOf(const Unit &u) const
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (isKind(u, {kinds::relationalDatabase}))
        return R(u"aws_db_instance.%1.endpoint"_s.arg(u.ident));
    if (isKind(u, {kinds::cache}))
        return R(tmpl(engine == QLatin1String("memcached") ? u"${aws_elasticache_cluster.%1.configuration_endpoint}"_s.arg(u.ident)
                                                           : u"${aws_elasticache_replication_group.%1.primary_endpoint_address}:6379"_s.arg(u.ident)));
    if (isKind(u, {kinds::eventStream}))
        return R(engine == QLatin1String("kafka") ? u"aws_msk_cluster.%1.bootstrap_brokers_sasl_iam"_s.arg(u.ident)
                                                  : u"aws_kinesis_stream.%1.name"_s.arg(u.ident));
    if (isKind(u, {kinds::objectStorage}))
        return R(u"aws_s3_bucket.%1.id"_s.arg(u.ident));
    if (isKind(u, {kinds::secretsManager}))
        return R(u"aws_secretsmanager_secret.%1.arn"_s.arg(u.ident));
    if (isKind(u, {kinds::logging}))
        return R(u"aws_cloudwatch_log_group.%1.name"_s.arg(u.ident));
    if (isKind(u, {kinds::metrics}))
        return R(u"aws_prometheus_workspace.%1.prometheus_endpoint"_s.arg(u.ident));
    if (isKind(u, {kinds::messageQueue}))
        return R(engine == QLatin1String("managed") ? u"aws_sqs_queue.%1.id"_s.arg(u.ident)
                                                    : u"aws_mq_broker.%1.instances[0].endpoints[0]"_s.arg(u.ident));
    return {};
}

/// output "kubernetes_cloud_values": the cloud-values.env of the Kubernetes export, every key it names.
void AwsMapper::cloudValues()
{
    bool cluster = false;
    for (const Unit &u : ctx.units)
        cluster = cluster || isWorkloadInCluster(u);
    if (!cluster || kube().values.empty() || kube().cloud != k8s::Cloud::Aws)
        return;
    std::vector<std::pair<QString, Value>> values;
    auto vpcHalf = [&](const Unit &u, int half) {
        // Private subnets are cidrsubnet(vpc, 4, 0..7), public ones 8..15: each half of the VPC holds one tier.
        return R(u"cidrsubnet(aws_vpc.%1.cidr_block, 1, %2)"_s.arg(region(u).key).arg(half));
    };
    // Indexes made once: every value used to walk all units, workloads and Gateways (quadratic).
    std::map<QString, std::vector<const Unit *>> unitsByStem; ///< k8s::envName of the component id -> units, in id order
    for (const Unit &u : ctx.units)
        unitsByStem[k8s::envName(u.component->id)].push_back(&u);
    auto unitsWithStem = [&](const QString &key, QStringView suffix) -> const std::vector<const Unit *> * {
        if (!key.endsWith(suffix))
            return nullptr;
        const auto it = unitsByStem.find(key.chopped(suffix.size()));
        return it == unitsByStem.end() ? nullptr : &it->second;
    };
    std::map<QString, QString> securityGroupByKey; ///< the last workload naming the key wins, as before
    for (const k8s::Workload &w : kube().workloads)
        if (const Unit *u = ctx.unit(w.component->id))
            securityGroupByKey[w.securityGroupKey] = securityGroupOf(u->component->id);
    std::map<QString, std::vector<const k8s::Gateway *>> gatewaysByPrefix;
    for (const k8s::Gateway &g : kube().gateways)
        gatewaysByPrefix[g.valuePrefix].push_back(&g);
    std::map<QString, QString> databaseUsers; ///< k8s::databaseUserKey -> the user its role may connect as
    for (const k8s::Workload &w : kube().workloads)
        if (const Unit *caller = ctx.unit(w.component->id))
            for (const k8s::Peer &p : w.callees)
                if (const Unit *db = ctx.unit(p.componentId); db && isKind(*db, {kinds::relationalDatabase}) && db->runtime == Runtime::Managed)
                    databaseUsers[k8s::databaseUserKey(w.component->id, p.componentId)] = databaseUserOf(*caller);
    for (const k8s::CloudValue &v : kube().values) {
        const QString &key = v.key;
        Value value;
        if (const auto user = databaseUsers.find(key); user != databaseUsers.end()) {
            value = S(user->second);
        } else if (const std::vector<const Unit *> *units = unitsWithStem(key, u"_ADDRESS")) {
            for (const Unit *unit : *units) {
                value = addressOf(*unit);
                if (!value.render(0).isEmpty())
                    break;
            }
        } else if (const std::vector<const Unit *> *units = unitsWithStem(key, u"_CIDR")) {
            value = vpcHalf(*units->front(), 0);
        }
        if (const auto sg = securityGroupByKey.find(key); sg != securityGroupByKey.end())
            value = R(sg->second);
        for (QStringView what : {u"SECURITY_GROUP", u"CERTIFICATE", u"SOURCE_CIDR", u"WAF"}) {
            const auto gateways = key.endsWith(u'_' + what.toString()) ? gatewaysByPrefix.find(key.chopped(what.size() + 1)) : gatewaysByPrefix.end();
            if (gateways == gatewaysByPrefix.end())
                continue;
            for (const k8s::Gateway *gateway : gateways->second) {
                const k8s::Gateway &g = *gateway;
                if (kubeGateway(g.componentId) != &g)
                    continue; // a Gateway in front of services this export does not run on EKS: no value
                const Unit *edge = ctx.unit(g.componentId);
                if (what == QLatin1String("SECURITY_GROUP"))
                    value = R(u"aws_security_group.%1.id"_s.arg(gatewaySecurityGroup(g)));
                else if (what == QLatin1String("CERTIFICATE")) {
                    QStringList hosts;
                    for (const k8s::Route &rt : g.routes)
                        if (!hosts.contains(rt.host))
                            hosts.append(rt.host);
                    m.variable({u"certificate_arn"_s, u"string"_s,
                                fileText("ARN of the ACM certificate the load balancers serve HTTPS with (the Gateways' host names: %1)").arg(hosts.join(u", "_s)),
                                std::nullopt, false, {}, {}});
                    value = R(u"var.certificate_arn"_s);
                }
                else if (what == QLatin1String("SOURCE_CIDR") && edge)
                    value = vpcHalf(*edge, g.internetFacing ? 1 : 0);
                else if (what == QLatin1String("WAF") && !g.wafId.isEmpty() && ctx.unit(g.wafId))
                    value = R(u"aws_wafv2_web_acl.%1.arn"_s.arg(ctx.unit(g.wafId)->ident));
            }
        }
        if (value.render(0).isEmpty()) {
            m.warn(fileText("The Kubernetes export asks for the cloud value %1 (%2), which this export cannot fill; add it to cloud-values.env yourself.")
                       .arg(key, v.description));
            continue;
        }
        values.emplace_back(key, std::move(value));
    }
    Block &loc = m.file(u"compute.tf"_s).add(u"locals"_s);
    loc.comment(fileText("What the Kubernetes export of this design refers to as ${KEY} (its cloud-values.env)."));
    loc.set(u"kubernetes_cloud_values"_s, obj(std::move(values)));
    m.output(u"kubernetes_cloud_values"_s,
             u"join(\"\\n\", [for key, value in local.kubernetes_cloud_values : \"${key}=${value}\"])"_s,
             fileText("cloud-values.env for the Kubernetes export: terraform output -raw kubernetes_cloud_values > cloud-values.env"));
}

} // namespace sd::tf
