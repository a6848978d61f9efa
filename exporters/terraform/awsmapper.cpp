// SPDX-License-Identifier: MIT
// AWS: the design's kinds as idiomatic aws provider (~> 6.0) resources.
#include "tfcommon.h"

#include <set>

namespace sd::tf {

namespace {

QString quotedTemplate(const QString &text) { return u"\""_s + text + u"\""_s; }
QString hyphens(QString text) { return text.replace(u'_', u'-'); }

const char *const kInstance[] = {"m7i.large", "m7i.xlarge", "m7i.2xlarge", "m7i.4xlarge", "m7i.8xlarge"};
const char *const kDbInstance[] = {"db.t4g.medium", "db.m7g.large", "db.m7g.xlarge", "db.m7g.2xlarge", "db.m7g.4xlarge"};
const char *const kCacheNode[] = {"cache.t4g.small", "cache.m7g.large", "cache.m7g.xlarge", "cache.m7g.2xlarge", "cache.m7g.4xlarge"};
const char *const kSearchNode[] = {"t3.medium.search", "m7g.large.search", "m7g.xlarge.search", "m7g.2xlarge.search", "m7g.4xlarge.search"};

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

class AwsMapper
{
public:
    explicit AwsMapper(Context &context) : ctx(context), m(context.module), props(context.props) {}

    void run();

private:
    Context &ctx;
    Module &m;
    const PropertyAccess &props;
    std::map<QString, Region> regions;
    std::set<QString> needEcsCluster;
    bool needEcsRole = false;
    bool needRdsMonitoring = false;
    bool needUsEast1 = false;
    std::map<QString, QString> secretOf; ///< third-party component id -> aws_secretsmanager_secret local name
    QString logRetention = u"local.log_retention_days"_s;

    Block &res(const QString &file, const QString &type, const QString &name, const QString &region)
    {
        Block &b = m.file(file).add(u"resource"_s, {type, name});
        if (region != ctx.regions.first())
            b.set(u"provider"_s, u"aws."_s + Context::regionKey(region));
        return b;
    }
    const Region &region(const Unit &u) { return regions[ctx.regionOf(u)]; }
    QString regionText(const QString &region) const { return region.isEmpty() ? u"${var.region}"_s : region; }
    QString name(const QString &slug) const { return quotedTemplate(u"${local.name}-"_s + slug); }

    void setupRegion(const QString &name, int index);
    void iamRole(const QString &file, const QString &ident, const QString &service, const QStringList &policies);
    void logGroup(const QString &ident, const QString &logName, const Region &r, const QString &regionName,
                  const Value &retention = {});
    void alarm(const Unit &u, const QString &suffix, const QString &what, const QString &ns, const QString &metric,
               Value dimensions, const QString &statistic, double threshold, const QString &comparison = u"GreaterThanThreshold"_s);

    QString securityGroupOf(const QString &componentId) const;
    bool hasSecurityGroup(const Unit &u) const;
    void securityGroups();

    void cluster(const QString &ident, const QString &slug, const QString &title, const QString &region,
                 const QString &version, qint64 minNodes, qint64 maxNodes, bool privateEndpoint, int size);
    void clusters();
    void containerService(const Unit &u);
    void virtualMachines(const Unit &u);
    void function(const Unit &u);
    void database(const Unit &u);
    void documentDatabase(const Unit &u);
    void cache(const Unit &u);
    void search(const Unit &u);
    void bucket(const Unit &u);
    void queue(const Unit &u);
    void stream(const Unit &u);
    void warehouse(const Unit &u);
    void loadBalancer(const Unit &u);
    void apiGateway(const Unit &u);
    void waf(const Unit &u);
    void cdn(const Unit &u);
    void dns(const Unit &u);
    void observability(const Unit &u);
    void security(const Unit &u);
    void thirdPartySecrets();
    void accessPolicies();

    std::vector<const Unit *> targetsOf(const Unit &u, std::initializer_list<QString> kindIds) const
    {
        std::vector<const Unit *> list;
        for (const Connection *c : ctx.outgoing(u.component->id))
            if (const Unit *t = ctx.unit(c->to); t && isKind(*t, kindIds))
                list.push_back(t);
        return list;
    }
    QString platformOf(const Unit &u) const
    {
        if (isKind(u, {kinds::microservice, kinds::monolith}))
            return props.stringValue(*u.component, keys::platform);
        if (isKind(u, {kinds::batchJob}))
            return u"kubernetes"_s;
        if (isKind(u, {kinds::virtualMachine}))
            return u"vm"_s;
        return {};
    }
    QString clusterFor(const Unit &u) const
    {
        if (!u.placement.cluster.isEmpty())
            return ctx.clusterIdent(u.placement.cluster);
        return Context::regionKey(ctx.regionOf(u)) + u"_eks"_s;
    }
};

void AwsMapper::iamRole(const QString &file, const QString &ident, const QString &service, const QStringList &policies)
{
    Block &role = m.file(file).add(u"resource"_s, {u"aws_iam_role"_s, ident});
    role.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-"_s + slugFor(ident, u"role"_s, 20) + u"-"_s)));
    role.set(u"assume_role_policy"_s,
             json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                       {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                   {u"Principal"_s, obj({{u"Service"_s, S(service)}})},
                                                   {u"Action"_s, S(u"sts:AssumeRole"_s)}})})}})));
    for (int i = 0; i < policies.size(); ++i) {
        Block &a = m.file(file).add(u"resource"_s, {u"aws_iam_role_policy_attachment"_s,
                                                    policies.size() == 1 ? ident : u"%1_%2"_s.arg(ident).arg(i + 1)});
        a.set(u"role"_s, u"aws_iam_role.%1.name"_s.arg(ident));
        a.set(u"policy_arn"_s, R(quotedTemplate(u"arn:${data.aws_partition.current.partition}:iam::aws:policy/"_s + policies[i])));
    }
}

void AwsMapper::logGroup(const QString &ident, const QString &logName, const Region &r, const QString &regionName,
                         const Value &retention)
{
    Block &g = res(u"observability.tf"_s, u"aws_cloudwatch_log_group"_s, ident, regionName);
    g.set(u"name"_s, R(quotedTemplate(logName)));
    g.set(u"retention_in_days"_s, retention.render(0).isEmpty() ? R(logRetention) : retention);
    g.set(u"kms_key_id"_s, r.kms);
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
    r.vpc = u"aws_vpc.%1.id"_s.arg(r.key);
    r.privateSubnets = u"aws_subnet.%1_private[*].id"_s.arg(r.key);
    r.publicSubnets = u"aws_subnet.%1_public[*].id"_s.arg(r.key);
    r.topic = u"aws_sns_topic.%1_alarms.arn"_s.arg(r.key);
    r.azs = u"local.%1_azs"_s.arg(r.key);
    regions[name] = r;

    // --- key
    Block &key = res(u"security.tf"_s, u"aws_kms_key"_s, r.kmsIdent, name);
    key.setStr(u"description"_s, keyUnit ? label(*keyUnit) : fileText("Encrypts this export's data at rest in %1").arg(name.isEmpty() ? u"the region"_s : name));
    key.setBool(u"enable_key_rotation"_s, keyUnit ? props.boolValue(*keyUnit->component, keys::rotation) : true);
    key.setNum(u"deletion_window_in_days"_s, 30);
    if (keyUnit && props.boolValue(*keyUnit->component, keys::multiRegion))
        key.setBool(u"multi_region"_s, true);
    const QString account = u"arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"_s;
    key.set(u"policy"_s,
            json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                      {u"Statement"_s,
                       list({obj({{u"Sid"_s, S(u"AccountAdministers"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"AWS"_s, R(quotedTemplate(account))}})},
                                  {u"Action"_s, S(u"kms:*"_s)},
                                  {u"Resource"_s, S(u"*"_s)}}),
                             obj({{u"Sid"_s, S(u"ServicesEncrypt"_s)},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"Service"_s, list({R(quotedTemplate(u"logs.%1.amazonaws.com"_s.arg(regionText(name)))),
                                                                             S(u"cloudwatch.amazonaws.com"_s),
                                                                             S(u"delivery.logs.amazonaws.com"_s)})}})},
                                  {u"Action"_s, Value::strings({u"kms:Encrypt*"_s, u"kms:Decrypt*"_s, u"kms:ReEncrypt*"_s,
                                                                u"kms:GenerateDataKey*"_s, u"kms:Describe*"_s})},
                                  {u"Resource"_s, S(u"*"_s)}})})}})));
    Block &alias = res(u"security.tf"_s, u"aws_kms_alias"_s, r.kmsIdent, name);
    alias.set(u"name"_s, R(quotedTemplate(u"alias/${local.name}-"_s + (keyUnit ? keyUnit->slug : hyphens(r.key)))));
    alias.set(u"target_key_id"_s, u"aws_kms_key.%1.key_id"_s.arg(r.kmsIdent));

    // --- network: a VPC across the design's availability zones, private and public subnets, a NAT per zone
    const QStringList zones = ctx.zonesOf(name);
    Block &net = m.file(u"network.tf"_s);
    Block &locals = net.add(u"locals"_s);
    if (zones.size() >= 2) {
        locals.set(r.key + u"_azs"_s, Value::strings(zones));
    } else {
        Block &azData = net.add(u"data"_s, {u"aws_availability_zones"_s, r.key});
        if (name != ctx.regions.first())
            azData.set(u"provider"_s, u"aws."_s + r.key);
        azData.setStr(u"state"_s, u"available"_s);
        locals.comment(fileText("The design names fewer than two availability zones here; load balancers and\n"
                           "standby databases need two, so the first two the account offers are used."));
        locals.set(r.key + u"_azs"_s, u"slice(data.aws_availability_zones.%1.names, 0, 2)"_s.arg(r.key));
        m.note(fileText("%1: the design names fewer than two availability zones; the export spreads over the first two of the region.")
                   .arg(name.isEmpty() ? u"region"_s : name));
    }
    QString cidr = u"10.%1.0.0/16"_s.arg(index);
    for (const Zone &z : ctx.design.zones())
        if (z.kind == QLatin1String("network") && placementOf(ctx.design, ctx.catalog, z.id).region == name
            && placementOf(ctx.design, ctx.catalog, z.id).provider == ctx.provider)
            cidr = props.value(z, keys::cidr).toString();
    Block &vpc = res(u"network.tf"_s, u"aws_vpc"_s, r.key, name);
    vpc.setStr(u"cidr_block"_s, cidr);
    vpc.setBool(u"enable_dns_support"_s, true);
    vpc.setBool(u"enable_dns_hostnames"_s, true);
    vpc.set(u"tags"_s, obj({{u"Name"_s, R(name.isEmpty() ? u"local.name"_s : quotedTemplate(u"${local.name}-"_s + name))}}));

    Block &def = res(u"network.tf"_s, u"aws_default_security_group"_s, r.key, name);
    def.comment(fileText("No rules: nothing may use the default security group."));
    def.set(u"vpc_id"_s, r.vpc);

    for (const bool isPublic : {false, true}) {
        const QString tier = isPublic ? u"public"_s : u"private"_s;
        Block &sn = res(u"network.tf"_s, u"aws_subnet"_s, r.key + u"_"_s + tier, name);
        sn.set(u"count"_s, u"length(%1)"_s.arg(r.azs));
        sn.set(u"vpc_id"_s, r.vpc);
        sn.set(u"availability_zone"_s, u"%1[count.index]"_s.arg(r.azs));
        sn.set(u"cidr_block"_s, u"cidrsubnet(aws_vpc.%1.cidr_block, 4, count.index%2)"_s.arg(r.key, isPublic ? u" + 8"_s : QString()));
        sn.setBool(u"map_public_ip_on_launch"_s, false);
        sn.set(u"tags"_s, obj({{u"Name"_s, R(quotedTemplate(u"${local.name}-%1-${%2[count.index]}"_s.arg(tier, r.azs)))},
                              {u"Tier"_s, S(tier)}}));
    }
    Block &igw = res(u"network.tf"_s, u"aws_internet_gateway"_s, r.key, name);
    igw.set(u"vpc_id"_s, r.vpc);
    Block &eip = res(u"network.tf"_s, u"aws_eip"_s, r.key + u"_nat"_s, name);
    eip.set(u"count"_s, u"length(%1)"_s.arg(r.azs));
    eip.setStr(u"domain"_s, u"vpc"_s);
    Block &nat = res(u"network.tf"_s, u"aws_nat_gateway"_s, r.key, name);
    nat.comment(fileText("One NAT gateway per availability zone, so losing a zone does not cut the others off."));
    nat.set(u"count"_s, u"length(%1)"_s.arg(r.azs));
    nat.set(u"allocation_id"_s, u"aws_eip.%1_nat[count.index].id"_s.arg(r.key));
    nat.set(u"subnet_id"_s, u"aws_subnet.%1_public[count.index].id"_s.arg(r.key));
    nat.set(u"depends_on"_s, list({R(u"aws_internet_gateway.%1"_s.arg(r.key))}));
    Block &pubRt = res(u"network.tf"_s, u"aws_route_table"_s, r.key + u"_public"_s, name);
    pubRt.set(u"vpc_id"_s, r.vpc);
    Block &pubRoute = pubRt.add(u"route"_s);
    pubRoute.setStr(u"cidr_block"_s, u"0.0.0.0/0"_s);
    pubRoute.set(u"gateway_id"_s, u"aws_internet_gateway.%1.id"_s.arg(r.key));
    Block &privRt = res(u"network.tf"_s, u"aws_route_table"_s, r.key + u"_private"_s, name);
    privRt.set(u"count"_s, u"length(%1)"_s.arg(r.azs));
    privRt.set(u"vpc_id"_s, r.vpc);
    Block &privRoute = privRt.add(u"route"_s);
    privRoute.setStr(u"cidr_block"_s, u"0.0.0.0/0"_s);
    privRoute.set(u"nat_gateway_id"_s, u"aws_nat_gateway.%1[count.index].id"_s.arg(r.key));
    for (const bool isPublic : {false, true}) {
        const QString tier = isPublic ? u"public"_s : u"private"_s;
        Block &assoc = res(u"network.tf"_s, u"aws_route_table_association"_s, r.key + u"_"_s + tier, name);
        assoc.set(u"count"_s, u"length(%1)"_s.arg(r.azs));
        assoc.set(u"subnet_id"_s, u"aws_subnet.%1_%2[count.index].id"_s.arg(r.key, tier));
        assoc.set(u"route_table_id"_s, isPublic ? u"aws_route_table.%1_public.id"_s.arg(r.key)
                                                  : u"aws_route_table.%1_private[count.index].id"_s.arg(r.key));
    }
    logGroup(r.key + u"_flow_logs"_s, u"/${local.name}/vpc-flow-logs/"_s + regionText(name), r, name);
    Block &flow = res(u"network.tf"_s, u"aws_flow_log"_s, r.key, name);
    flow.set(u"vpc_id"_s, r.vpc);
    flow.setStr(u"traffic_type"_s, u"ALL"_s);
    flow.set(u"log_destination"_s, u"aws_cloudwatch_log_group.%1_flow_logs.arn"_s.arg(r.key));
    flow.set(u"iam_role_arn"_s, u"aws_iam_role.flow_logs.arn"_s);

    // --- where alarms go
    Block &topic = res(u"observability.tf"_s, u"aws_sns_topic"_s, r.key + u"_alarms"_s, name);
    topic.set(u"name"_s, R(quotedTemplate(u"${local.name}-alarms"_s + (index ? u"-"_s + hyphens(r.key) : QString()))));
    topic.set(u"kms_master_key_id"_s, r.kms);
}

QString AwsMapper::securityGroupOf(const QString &componentId) const
{
    const Unit *u = ctx.unit(componentId);
    if (!u || !hasSecurityGroup(*u))
        return {};
    if (platformOf(*u) == QLatin1String("kubernetes"))
        return u"aws_eks_cluster.%1.vpc_config[0].cluster_security_group_id"_s.arg(clusterFor(*u));
    return u"aws_security_group.%1.id"_s.arg(u->ident);
}

bool AwsMapper::hasSecurityGroup(const Unit &u) const
{
    if (isKind(u, {kinds::microservice, kinds::monolith, kinds::virtualMachine, kinds::serverlessFunction, kinds::batchJob,
                   kinds::relationalDatabase, kinds::cache, kinds::search, kinds::loadBalancer, kinds::apiGateway}))
        return true;
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (isKind(u, {kinds::documentDatabase}))
        return engine == QLatin1String("mongodb");
    if (isKind(u, {kinds::messageQueue}))
        return engine != QLatin1String("managed");
    if (isKind(u, {kinds::eventStream}))
        return engine == QLatin1String("kafka");
    if (isKind(u, {kinds::dataWarehouse}))
        return engine == QLatin1String("redshift");
    return false;
}

void AwsMapper::securityGroups()
{
    Block &net = m.file(u"network.tf"_s);
    for (const Unit &u : ctx.units) {
        if (!hasSecurityGroup(u) || platformOf(u) == QLatin1String("kubernetes"))
            continue;
        Block &sg = res(u"network.tf"_s, u"aws_security_group"_s, u.ident, ctx.regionOf(u));
        sg.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-"_s + u.slug + u"-"_s)));
        sg.setStr(u"description"_s, fileText("%1: only the ports its callers use").arg(label(u)));
        sg.set(u"vpc_id"_s, region(u).vpc);
        sg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    }
    std::set<QString> done;
    auto rule = [&](const QString &type, const QString &ident, const QString &region, const QString &sg, int port,
                    const QString &peerKey, const QString &peer, const QString &description, const QString &comment) {
        const QString key = type + sg + QString::number(port) + peer;
        if (!done.insert(key).second)
            return;
        Block &r = res(u"network.tf"_s, type, m.reserveName(ident), region);
        if (!comment.isEmpty())
            r.comment(comment);
        r.set(u"security_group_id"_s, sg);
        r.setStr(u"description"_s, description);
        r.setStr(u"ip_protocol"_s, u"tcp"_s);
        r.setNum(u"from_port"_s, port);
        r.setNum(u"to_port"_s, port);
        r.set(peerKey, peer);
    };
    std::set<QString> needsHttpsOut;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Unit *to = ctx.unit(c.to);
        const int port = ctx.portOf(c);
        const QString targetSg = securityGroupOf(c.to);
        const QString callerSg = securityGroupOf(c.from);
        const QString fromName = from ? label(*from) : ctx.design.component(c.from)->name;
        if (from && !callerSg.isEmpty() && (!to || targetSg.isEmpty()))
            needsHttpsOut.insert(c.from); // AWS APIs (S3, SQS...) and services outside this cloud
        if (!to || targetSg.isEmpty())
            continue;
        const QString toRegion = ctx.regionOf(*to);
        const QString what = u"%1 -> %2 (%3 %4)"_s.arg(fromName, label(*to), c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port);
        if (from && !callerSg.isEmpty() && ctx.regionOf(*from) == toRegion) {
            rule(u"aws_vpc_security_group_ingress_rule"_s, u"%1_from_%2_%3"_s.arg(to->ident, from->ident).arg(port), toRegion,
                 targetSg, port, u"referenced_security_group_id"_s, callerSg, what, {});
            rule(u"aws_vpc_security_group_egress_rule"_s, u"%1_to_%2_%3"_s.arg(from->ident, to->ident).arg(port), toRegion,
                 callerSg, port, u"referenced_security_group_id"_s, targetSg, what, {});
        } else if (from && isKind(*from, {kinds::cdn})) {
            rule(u"aws_vpc_security_group_ingress_rule"_s, u"%1_from_cloudfront"_s.arg(to->ident), toRegion, targetSg, 443,
                 u"prefix_list_id"_s, u"data.aws_ec2_managed_prefix_list.cloudfront.id"_s, what, {});
        }
    }
    bool cloudfrontPrefix = false;
    for (const auto &item : m.file(u"network.tf"_s).items)
        if (item.block && item.block->labels.value(1).endsWith(u"_from_cloudfront"_s))
            cloudfrontPrefix = true;
    if (cloudfrontPrefix) {
        Block &pl = net.add(u"data"_s, {u"aws_ec2_managed_prefix_list"_s, u"cloudfront"_s});
        pl.setStr(u"name"_s, u"com.amazonaws.global.cloudfront.origin-facing"_s);
    }
    // Public entry points: HTTPS from anywhere, nothing else.
    for (const Unit &u : ctx.units) {
        if (!isKind(u, {kinds::loadBalancer}) || !ctx.isPublic(u))
            continue;
        const QString sg = securityGroupOf(u.component->id);
        const QString reason = fileText("Deliberate exception: a public load balancer must accept HTTPS from the internet.");
        rule(u"aws_vpc_security_group_ingress_rule"_s, u.ident + u"_https_from_internet"_s, ctx.regionOf(u), sg, 443,
             u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTPS from the internet to %1").arg(label(u)), reason);
        if (props.stringValue(*u.component, keys::layer) == QLatin1String("l7"))
            rule(u"aws_vpc_security_group_ingress_rule"_s, u.ident + u"_http_redirect"_s, ctx.regionOf(u), sg, 80,
                 u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTP from the internet, only redirected to HTTPS"),
                 fileText("Deliberate exception: port 80 only answers with a redirect to HTTPS."));
    }
    for (const QString &id : needsHttpsOut) {
        const Unit *u = ctx.unit(id);
        if (platformOf(*u) == QLatin1String("kubernetes"))
            continue; // the EKS cluster security group already allows egress
        rule(u"aws_vpc_security_group_egress_rule"_s, u->ident + u"_https_out"_s, ctx.regionOf(*u), securityGroupOf(id), 443,
             u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTPS to AWS APIs and external services %1 calls").arg(label(*u)),
             fileText("Outbound HTTPS through the NAT gateways; add VPC endpoints to keep AWS API calls inside the VPC."));
    }
}

void AwsMapper::alarm(const Unit &u, const QString &suffix, const QString &what, const QString &ns, const QString &metric,
                      Value dimensions, const QString &statistic, double threshold, const QString &comparison)
{
    const QString regionName = ctx.regionOf(u);
    Block &a = res(u"observability.tf"_s, u"aws_cloudwatch_metric_alarm"_s, u.ident + u"_"_s + suffix, regionName);
    a.set(u"alarm_name"_s, R(quotedTemplate(u"${local.name}-%1-%2"_s.arg(u.slug, hyphens(suffix)))));
    a.setStr(u"alarm_description"_s, u"%1: %2"_s.arg(label(u), what));
    a.setStr(u"namespace"_s, ns);
    a.setStr(u"metric_name"_s, metric);
    a.set(u"dimensions"_s, std::move(dimensions));
    if (statistic.startsWith(u'p'))
        a.setStr(u"extended_statistic"_s, statistic);
    else
        a.setStr(u"statistic"_s, statistic);
    a.setNum(u"period"_s, 300);
    a.setNum(u"evaluation_periods"_s, 3);
    a.set(u"threshold"_s, QString::number(threshold));
    a.setStr(u"comparison_operator"_s, comparison);
    a.setStr(u"treat_missing_data"_s, u"notBreaching"_s);
    a.set(u"alarm_actions"_s, list({R(regions[regionName].topic)}));
    a.set(u"ok_actions"_s, list({R(regions[regionName].topic)}));
}

void AwsMapper::cluster(const QString &ident, const QString &slug, const QString &title, const QString &regionName,
                        const QString &version, qint64 minNodes, qint64 maxNodes, bool privateEndpoint, int size)
{
    const Region &r = regions[regionName];
    iamRole(u"compute.tf"_s, ident + u"_cluster"_s, u"eks.amazonaws.com"_s, {u"AmazonEKSClusterPolicy"_s});
    iamRole(u"compute.tf"_s, ident + u"_nodes"_s, u"ec2.amazonaws.com"_s,
            {u"AmazonEKSWorkerNodePolicy"_s, u"AmazonEKS_CNI_Policy"_s, u"AmazonEC2ContainerRegistryReadOnly"_s});
    logGroup(ident + u"_cluster"_s, u"/aws/eks/${local.name}-%1/cluster"_s.arg(slug), r, regionName);
    Block &c = res(u"compute.tf"_s, u"aws_eks_cluster"_s, ident, regionName);
    c.comment(title);
    c.set(u"name"_s, name(slug));
    c.setStr(u"version"_s, version);
    c.set(u"role_arn"_s, u"aws_iam_role.%1_cluster.arn"_s.arg(ident));
    c.set(u"enabled_cluster_log_types"_s, Value::strings({u"api"_s, u"audit"_s, u"authenticator"_s, u"controllerManager"_s, u"scheduler"_s}));
    Block &vpcCfg = c.add(u"vpc_config"_s);
    vpcCfg.set(u"subnet_ids"_s, r.privateSubnets);
    vpcCfg.setBool(u"endpoint_private_access"_s, true);
    vpcCfg.setBool(u"endpoint_public_access"_s, !privateEndpoint);
    if (!privateEndpoint) {
        vpcCfg.set(u"public_access_cidrs"_s, u"var.cluster_admin_cidrs"_s);
        m.variable({u"cluster_admin_cidrs"_s, u"list(string)"_s,
                    fileText("Address ranges allowed to reach public Kubernetes API endpoints (your office or VPN), never 0.0.0.0/0."),
                    std::nullopt, false, u"!contains(var.cluster_admin_cidrs, \"0.0.0.0/0\")"_s,
                    fileText("Do not open the Kubernetes API to the whole internet.")});
    }
    Block &enc = c.add(u"encryption_config"_s);
    enc.set(u"resources"_s, Value::strings({u"secrets"_s}));
    enc.add(u"provider"_s).set(u"key_arn"_s, r.kms);
    c.add(u"access_config"_s).setStr(u"authentication_mode"_s, u"API"_s);
    c.set(u"depends_on"_s, list({R(u"aws_iam_role_policy_attachment.%1_cluster"_s.arg(ident)),
                                 R(u"aws_cloudwatch_log_group.%1_cluster"_s.arg(ident))}));

    Block &lt = res(u"compute.tf"_s, u"aws_launch_template"_s, ident + u"_nodes"_s, regionName);
    lt.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-nodes-"_s.arg(slug))));
    Block &md = lt.add(u"metadata_options"_s);
    md.setStr(u"http_endpoint"_s, u"enabled"_s);
    md.setStr(u"http_tokens"_s, u"required"_s);
    md.setNum(u"http_put_response_hop_limit"_s, 1);
    Block &bdm = lt.add(u"block_device_mappings"_s);
    bdm.setStr(u"device_name"_s, u"/dev/xvda"_s);
    Block &ebs = bdm.add(u"ebs"_s);
    ebs.setNum(u"volume_size"_s, 50);
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    ebs.setBool(u"encrypted"_s, true);
    ebs.set(u"kms_key_id"_s, r.kms);

    Block &ng = res(u"compute.tf"_s, u"aws_eks_node_group"_s, ident, regionName);
    ng.set(u"cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident));
    ng.setStr(u"node_group_name_prefix"_s, slug.left(20) + u"-"_s);
    ng.set(u"node_role_arn"_s, u"aws_iam_role.%1_nodes.arn"_s.arg(ident));
    ng.set(u"subnet_ids"_s, r.privateSubnets);
    ng.set(u"instance_types"_s, Value::strings({QString::fromLatin1(kInstance[size])}));
    Block &sc = ng.add(u"scaling_config"_s);
    sc.setNum(u"desired_size"_s, minNodes);
    sc.setNum(u"min_size"_s, minNodes);
    sc.setNum(u"max_size"_s, std::max(minNodes, maxNodes));
    ng.add(u"update_config"_s).setNum(u"max_unavailable"_s, 1);
    Block &ltRef = ng.add(u"launch_template"_s);
    ltRef.set(u"id"_s, u"aws_launch_template.%1_nodes.id"_s.arg(ident));
    ltRef.set(u"version"_s, u"aws_launch_template.%1_nodes.latest_version"_s.arg(ident));
    Block &life = ng.add(u"lifecycle"_s);
    life.comment(fileText("The cluster autoscaler changes the desired size."));
    life.set(u"ignore_changes"_s, list({R(u"scaling_config[0].desired_size"_s)}));
    ng.set(u"depends_on"_s, list({R(u"aws_iam_role_policy_attachment.%1_nodes_1"_s.arg(ident)),
                                  R(u"aws_iam_role_policy_attachment.%1_nodes_2"_s.arg(ident)),
                                  R(u"aws_iam_role_policy_attachment.%1_nodes_3"_s.arg(ident))}));
    m.output(ident + u"_cluster_name"_s, u"aws_eks_cluster.%1.name"_s.arg(ident), fileText("Name of the EKS cluster %1").arg(title));
}

void AwsMapper::clusters()
{
    std::set<QString> made;
    for (const Zone *z : ctx.clusters) {
        const Placement pl = placementOf(ctx.design, ctx.catalog, z->id);
        const QString regionName = pl.region.isEmpty() ? ctx.regions.first() : pl.region;
        const QString ident = ctx.clusterIdent(z->id);
        cluster(ident, slugFor(z->name, u"cluster"_s), z->name, regionName, props.value(*z, keys::version).toString(),
                props.value(*z, keys::nodeCountMin).toLongLong(), props.value(*z, keys::nodeCountMax).toLongLong(),
                props.value(*z, keys::privateEndpoint).toBool(), sizeIndex(props.value(*z, keys::instanceSize).toString()));
        made.insert(ident);
    }
    // Kubernetes workloads drawn outside any cluster get one cluster per region.
    for (const Unit &u : ctx.units) {
        if (platformOf(u) != QLatin1String("kubernetes") || !u.placement.cluster.isEmpty())
            continue;
        const QString ident = clusterFor(u);
        if (!made.insert(ident).second)
            continue;
        m.reserveName(ident);
        const QString regionName = ctx.regionOf(u);
        m.note(fileText("Kubernetes workloads in %1 are drawn outside a cluster; the export adds one EKS cluster for them.")
                   .arg(regionName.isEmpty() ? u"the region"_s : regionName));
        cluster(ident, u"eks-"_s + hyphens(Context::regionKey(regionName)), fileText("Cluster for the Kubernetes workloads"),
                regionName, u"1.31"_s, 3, 10, true, 1);
    }
}

void AwsMapper::containerService(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    needEcsCluster.insert(regionName);
    needEcsRole = true;
    m.note(fileText("ECS containers run with a read-only root file system; give a service a volume if it must write to disk."));
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const qint64 port = props.intValue(*u.component, keys::port);
    // Fargate sizes: the smallest CPU step that covers the CPU limit, memory at least the limit.
    const qint64 cpuSteps[] = {256, 512, 1024, 2048, 4096};
    qint64 cpu = 4096;
    for (qint64 step : cpuSteps)
        if (step >= props.intValue(*u.component, keys::cpuLimit)) {
            cpu = step;
            break;
        }
    const qint64 memory = std::max<qint64>(cpu * 2, ((props.intValue(*u.component, keys::memoryLimit) + 1023) / 1024) * 1024);
    QString image = props.stringValue(*u.component, keys::image);
    Value imageValue = S(image);
    if (image.isEmpty()) {
        m.variable({u.ident + u"_image"_s, u"string"_s, fileText("Container image of %1, with a fixed tag").arg(label(u)),
                    std::nullopt, false, {}, {}});
        imageValue = R(u"var.%1_image"_s.arg(u.ident));
    }
    logGroup(u.ident, u"/${local.name}/"_s + u.slug, r, regionName);
    iamRole(u"compute.tf"_s, u.ident + u"_task"_s, u"ecs-tasks.amazonaws.com"_s, {});
    Block &td = res(u"compute.tf"_s, u"aws_ecs_task_definition"_s, u.ident, regionName);
    td.set(u"family"_s, name(u.slug));
    td.set(u"requires_compatibilities"_s, Value::strings({u"FARGATE"_s}));
    td.setStr(u"network_mode"_s, u"awsvpc"_s);
    td.setStr(u"cpu"_s, QString::number(cpu));
    td.setStr(u"memory"_s, QString::number(memory));
    td.set(u"execution_role_arn"_s, u"aws_iam_role.ecs_execution.arn"_s);
    td.set(u"task_role_arn"_s, u"aws_iam_role.%1_task.arn"_s.arg(u.ident));
    td.set(u"container_definitions"_s,
           json(list({obj({{u"name"_s, S(u.slug)},
                           {u"image"_s, imageValue},
                           {u"essential"_s, B(true)},
                           {u"readonlyRootFilesystem"_s, B(true)},
                           {u"portMappings"_s, list({obj({{u"containerPort"_s, N(port)}, {u"protocol"_s, S(u"tcp"_s)}})})},
                           {u"logConfiguration"_s,
                            obj({{u"logDriver"_s, S(u"awslogs"_s)},
                                 {u"options"_s, obj({{u"awslogs-group"_s, R(u"aws_cloudwatch_log_group.%1.name"_s.arg(u.ident))},
                                                     {u"awslogs-region"_s, R(quotedTemplate(regionText(regionName)))},
                                                     {u"awslogs-stream-prefix"_s, S(u.slug)}})}})}})})));
    Block &rp = td.add(u"runtime_platform"_s);
    rp.setStr(u"operating_system_family"_s, u"LINUX"_s);
    rp.setStr(u"cpu_architecture"_s, u"X86_64"_s);

    Block &svc = res(u"compute.tf"_s, u"aws_ecs_service"_s, u.ident, regionName);
    svc.set(u"name"_s, name(u.slug));
    svc.set(u"cluster"_s, u"aws_ecs_cluster.%1.id"_s.arg(r.key));
    svc.set(u"task_definition"_s, u"aws_ecs_task_definition.%1.arn"_s.arg(u.ident));
    svc.setNum(u"desired_count"_s, scale.desired());
    svc.setStr(u"launch_type"_s, u"FARGATE"_s);
    svc.setStr(u"propagate_tags"_s, u"SERVICE"_s);
    Block &nc = svc.add(u"network_configuration"_s);
    nc.set(u"subnets"_s, r.privateSubnets);
    nc.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    nc.setBool(u"assign_public_ip"_s, false);
    Block &cb = svc.add(u"deployment_circuit_breaker"_s);
    cb.setBool(u"enable"_s, true);
    cb.setBool(u"rollback"_s, true);
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *lb = ctx.unit(c->from);
        if (!lb || !isKind(*lb, {kinds::loadBalancer}))
            continue;
        Block &lbb = svc.add(u"load_balancer"_s);
        lbb.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(lb->ident, u.ident));
        lbb.setStr(u"container_name"_s, u.slug);
        lbb.setNum(u"container_port"_s, port);
    }
    if (scale.autoscaling) {
        svc.add(u"lifecycle"_s).set(u"ignore_changes"_s, list({R(u"desired_count"_s)}));
        Block &t = res(u"compute.tf"_s, u"aws_appautoscaling_target"_s, u.ident, regionName);
        t.setStr(u"service_namespace"_s, u"ecs"_s);
        t.set(u"resource_id"_s, R(quotedTemplate(u"service/${aws_ecs_cluster.%1.name}/${aws_ecs_service.%2.name}"_s.arg(r.key, u.ident))));
        t.setStr(u"scalable_dimension"_s, u"ecs:service:DesiredCount"_s);
        t.setNum(u"min_capacity"_s, scale.minReplicas);
        t.setNum(u"max_capacity"_s, scale.maxReplicas);
        Block &p = res(u"compute.tf"_s, u"aws_appautoscaling_policy"_s, u.ident, regionName);
        p.set(u"name"_s, name(u.slug + u"-cpu"_s));
        p.setStr(u"policy_type"_s, u"TargetTrackingScaling"_s);
        p.set(u"service_namespace"_s, u"aws_appautoscaling_target.%1.service_namespace"_s.arg(u.ident));
        p.set(u"resource_id"_s, u"aws_appautoscaling_target.%1.resource_id"_s.arg(u.ident));
        p.set(u"scalable_dimension"_s, u"aws_appautoscaling_target.%1.scalable_dimension"_s.arg(u.ident));
        Block &tt = p.add(u"target_tracking_scaling_policy_configuration"_s);
        tt.setNum(u"target_value"_s, props.intValue(*u.component, keys::cpuTarget));
        tt.add(u"predefined_metric_specification"_s).setStr(u"predefined_metric_type"_s, u"ECSServiceAverageCPUUtilization"_s);
    }
    const Value dims = obj({{u"ClusterName"_s, R(u"aws_ecs_cluster.%1.name"_s.arg(r.key))},
                            {u"ServiceName"_s, R(u"aws_ecs_service.%1.name"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/ECS"_s, u"CPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"memory"_s, fileText("memory above 80 % for 15 minutes"), u"AWS/ECS"_s, u"MemoryUtilization"_s, dims, u"Average"_s, 80);
}

void AwsMapper::virtualMachines(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    const QString ami = windows ? u"windows_2022"_s : u"al2023"_s;
    {
        Block &probe = m.file(u"compute.tf"_s);
        bool exists = false;
        for (const auto &item : probe.items)
            if (item.block && item.block->type == QLatin1String("data") && item.block->labels.value(1) == ami + u"_"_s + r.key)
                exists = true;
        if (!exists) {
            Block &d = probe.add(u"data"_s, {u"aws_ami"_s, ami + u"_"_s + r.key});
            if (regionName != ctx.regions.first())
                d.set(u"provider"_s, u"aws."_s + r.key);
            d.setBool(u"most_recent"_s, true);
            d.set(u"owners"_s, Value::strings({u"amazon"_s}));
            Block &f = d.add(u"filter"_s);
            f.setStr(u"name"_s, u"name"_s);
            f.set(u"values"_s, Value::strings({windows ? u"Windows_Server-2022-English-Full-Base-*"_s : u"al2023-ami-2023.*-x86_64"_s}));
        }
    }
    Block &lt = res(u"compute.tf"_s, u"aws_launch_template"_s, u.ident, regionName);
    lt.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    lt.set(u"image_id"_s, u"data.aws_ami.%1_%2.id"_s.arg(ami, r.key));
    lt.setStr(u"instance_type"_s, QString::fromLatin1(kInstance[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]));
    lt.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    Block &md = lt.add(u"metadata_options"_s);
    md.setStr(u"http_endpoint"_s, u"enabled"_s);
    md.setStr(u"http_tokens"_s, u"required"_s);
    md.setNum(u"http_put_response_hop_limit"_s, 1);
    lt.add(u"monitoring"_s).setBool(u"enabled"_s, true);
    Block &bdm = lt.add(u"block_device_mappings"_s);
    bdm.setStr(u"device_name"_s, windows ? u"/dev/sda1"_s : u"/dev/xvda"_s);
    Block &ebs = bdm.add(u"ebs"_s);
    ebs.setNum(u"volume_size"_s, u.kind->property(keys::storageGb) ? props.intValue(*u.component, keys::storageGb) : 30);
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    ebs.setBool(u"encrypted"_s, true);
    ebs.set(u"kms_key_id"_s, r.kms);
    ebs.setBool(u"delete_on_termination"_s, true);

    Block &asg = res(u"compute.tf"_s, u"aws_autoscaling_group"_s, u.ident, regionName);
    asg.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    asg.setNum(u"min_size"_s, scale.minReplicas);
    asg.setNum(u"max_size"_s, scale.maxReplicas);
    asg.setNum(u"desired_capacity"_s, scale.desired());
    asg.set(u"vpc_zone_identifier"_s, r.privateSubnets);
    std::vector<Value> tgs;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *lb = ctx.unit(c->from); lb && isKind(*lb, {kinds::loadBalancer}))
            tgs.push_back(R(u"aws_lb_target_group.%1_%2.arn"_s.arg(lb->ident, u.ident)));
    asg.setStr(u"health_check_type"_s, tgs.empty() ? u"EC2"_s : u"ELB"_s);
    if (!tgs.empty())
        asg.set(u"target_group_arns"_s, list(std::move(tgs)));
    Block &ltRef = asg.add(u"launch_template"_s);
    ltRef.set(u"id"_s, u"aws_launch_template.%1.id"_s.arg(u.ident));
    ltRef.set(u"version"_s, u"aws_launch_template.%1.latest_version"_s.arg(u.ident));
    Block &tag = asg.add(u"tag"_s);
    tag.setStr(u"key"_s, u"Name"_s);
    tag.set(u"value"_s, name(u.slug));
    tag.setBool(u"propagate_at_launch"_s, true);
    if (scale.autoscaling) {
        Block &p = res(u"compute.tf"_s, u"aws_autoscaling_policy"_s, u.ident, regionName);
        p.set(u"name"_s, name(u.slug + u"-cpu"_s));
        p.set(u"autoscaling_group_name"_s, u"aws_autoscaling_group.%1.name"_s.arg(u.ident));
        p.setStr(u"policy_type"_s, u"TargetTrackingScaling"_s);
        Block &tt = p.add(u"target_tracking_configuration"_s);
        tt.setNum(u"target_value"_s, props.intValue(*u.component, keys::cpuTarget));
        tt.add(u"predefined_metric_specification"_s).setStr(u"predefined_metric_type"_s, u"ASGAverageCPUUtilization"_s);
    }
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/EC2"_s, u"CPUUtilization"_s,
          obj({{u"AutoScalingGroupName"_s, R(u"aws_autoscaling_group.%1.name"_s.arg(u.ident))}}), u"Average"_s, 80);
    m.todo(fileText("%1 runs on virtual machines: add your user data (install and start the application) to aws_launch_template.%2; memory metrics need the CloudWatch agent.")
               .arg(label(u), u.ident));
}

void AwsMapper::function(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString runtime = props.stringValue(*u.component, keys::runtime);
    QStringList policies = {u"service-role/AWSLambdaVPCAccessExecutionRole"_s};
    std::vector<const Unit *> queues;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *q = ctx.unit(c->from); q && isKind(*q, {kinds::messageQueue}) && props.stringValue(*q->component, keys::engine) == QLatin1String("managed"))
            queues.push_back(q);
    if (!queues.empty())
        policies.append(u"service-role/AWSLambdaSQSQueueExecutionRole"_s);
    iamRole(u"compute.tf"_s, u.ident + u"_function"_s, u"lambda.amazonaws.com"_s, policies);
    logGroup(u.ident, u"/aws/lambda/${local.name}-"_s + u.slug, r, regionName);
    m.variable({u.ident + u"_package"_s, u"string"_s, fileText("Path of the deployment package (zip) of %1").arg(label(u)), std::nullopt, false, {}, {}});
    Block &f = res(u"compute.tf"_s, u"aws_lambda_function"_s, u.ident, regionName);
    f.set(u"function_name"_s, name(u.slug));
    f.set(u"role"_s, u"aws_iam_role.%1_function.arn"_s.arg(u.ident));
    const QString awsRuntime = runtime == QLatin1String("go") ? u"provided.al2023"_s : runtime;
    f.setStr(u"runtime"_s, awsRuntime);
    f.setStr(u"handler"_s, runtime == QLatin1String("go") ? u"bootstrap"_s
                           : runtime == QLatin1String("java21") ? u"example.Handler::handleRequest"_s
                           : runtime.startsWith(u"nodejs"_s) ? u"index.handler"_s : u"main.handler"_s);
    f.set(u"filename"_s, u"var.%1_package"_s.arg(u.ident));
    f.set(u"source_code_hash"_s, u"filebase64sha256(var.%1_package)"_s.arg(u.ident));
    f.setNum(u"memory_size"_s, props.intValue(*u.component, keys::memoryMb));
    f.setNum(u"timeout"_s, props.intValue(*u.component, keys::timeoutSeconds));
    f.set(u"kms_key_arn"_s, r.kms);
    f.add(u"tracing_config"_s).setStr(u"mode"_s, u"Active"_s);
    Block &vpc = f.add(u"vpc_config"_s);
    vpc.set(u"subnet_ids"_s, r.privateSubnets);
    vpc.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    Block &lc = f.add(u"logging_config"_s);
    lc.setStr(u"log_format"_s, u"JSON"_s);
    lc.set(u"log_group"_s, u"aws_cloudwatch_log_group.%1.name"_s.arg(u.ident));
    f.set(u"depends_on"_s, list({R(u"aws_cloudwatch_log_group.%1"_s.arg(u.ident)),
                                 R(u"aws_iam_role_policy_attachment.%1_function%2"_s.arg(u.ident, policies.size() > 1 ? u"_1"_s : QString()))}));
    for (const Unit *q : queues) {
        Block &esm = res(u"compute.tf"_s, u"aws_lambda_event_source_mapping"_s, m.reserveName(u"%1_from_%2"_s.arg(u.ident, q->ident)), regionName);
        esm.set(u"event_source_arn"_s, u"aws_sqs_queue.%1.arn"_s.arg(q->ident));
        esm.set(u"function_name"_s, u"aws_lambda_function.%1.arn"_s.arg(u.ident));
        esm.setNum(u"batch_size"_s, 10);
        esm.set(u"function_response_types"_s, Value::strings({u"ReportBatchItemFailures"_s}));
    }
    const Value dims = obj({{u"FunctionName"_s, R(u"aws_lambda_function.%1.function_name"_s.arg(u.ident))}});
    alarm(u, u"errors"_s, fileText("invocations failing"), u"AWS/Lambda"_s, u"Errors"_s, dims, u"Sum"_s, 0);
    alarm(u, u"duration"_s, fileText("p95 duration above 80 % of the timeout"), u"AWS/Lambda"_s, u"Duration"_s, dims, u"p95"_s,
          double(props.intValue(*u.component, keys::timeoutSeconds)) * 800);
    const QString trigger = props.stringValue(*u.component, keys::trigger);
    if (trigger == QLatin1String("schedule") || trigger == QLatin1String("event"))
        m.todo(fileText("%1 is triggered by a %2: add an EventBridge rule or schedule that invokes aws_lambda_function.%3.")
                   .arg(label(u), trigger, u.ident));
}

void AwsMapper::database(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString version = props.stringValue(*u.component, keys::engineVersion);
    const int size = sizeIndex(props.stringValue(*u.component, keys::instanceSize));
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::max<qint64>(7, designRetention);
    if (designRetention < 7)
        m.note(fileText("%1: the design keeps backups for %2 days; the export keeps them for 7, the least a production database should have.")
                   .arg(label(u)).arg(designRetention));
    needRdsMonitoring = true;

    Block &sng = res(u"data.tf"_s, u"aws_db_subnet_group"_s, u.ident, regionName);
    sng.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_db_parameter_group"_s, u.ident, regionName);
    pg.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    pg.setStr(u"family"_s, mysql ? u"mysql"_s + version : u"postgres"_s + version.section(u'.', 0, 0));
    Block &param = pg.add(u"parameter"_s);
    param.comment(fileText("Refuse connections without TLS."));
    param.setStr(u"name"_s, mysql ? u"require_secure_transport"_s : u"rds.force_ssl"_s);
    param.setStr(u"value"_s, mysql ? u"ON"_s : u"1"_s);
    pg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);

    auto common = [&](Block &db) {
        db.setStr(u"instance_class"_s, QString::fromLatin1(kDbInstance[size]));
        db.setBool(u"storage_encrypted"_s, true);
        db.setBool(u"publicly_accessible"_s, false);
        db.setBool(u"iam_database_authentication_enabled"_s, true);
        db.setBool(u"performance_insights_enabled"_s, true);
        db.setNum(u"monitoring_interval"_s, 60);
        db.set(u"monitoring_role_arn"_s, u"aws_iam_role.rds_monitoring.arn"_s);
        db.setBool(u"auto_minor_version_upgrade"_s, true);
        db.setBool(u"copy_tags_to_snapshot"_s, true);
        db.setBool(u"deletion_protection"_s, true);
        db.set(u"enabled_cloudwatch_logs_exports"_s, mysql ? Value::strings({u"audit"_s, u"error"_s, u"general"_s, u"slowquery"_s})
                                                            : Value::strings({u"postgresql"_s, u"upgrade"_s}));
    };
    Block &db = res(u"data.tf"_s, u"aws_db_instance"_s, u.ident, regionName);
    db.set(u"identifier"_s, name(u.slug));
    db.setStr(u"engine"_s, mysql ? u"mysql"_s : u"postgres"_s);
    db.setStr(u"engine_version"_s, version);
    common(db);
    db.setNum(u"allocated_storage"_s, props.intValue(*u.component, keys::storageGb));
    db.setNum(u"max_allocated_storage"_s, props.intValue(*u.component, keys::storageGb) * 2);
    db.setStr(u"storage_type"_s, u"gp3"_s);
    db.set(u"kms_key_id"_s, r.kms);
    db.setStr(u"username"_s, u"app_admin"_s);
    db.comment(fileText("The master password is created and rotated by RDS in Secrets Manager; it never appears in Terraform."));
    db.setBool(u"manage_master_user_password"_s, true);
    db.set(u"master_user_secret_kms_key_id"_s, r.kms);
    db.setBool(u"multi_az"_s, props.boolValue(*u.component, keys::multiAz));
    db.set(u"db_subnet_group_name"_s, u"aws_db_subnet_group.%1.name"_s.arg(u.ident));
    db.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    db.set(u"parameter_group_name"_s, u"aws_db_parameter_group.%1.name"_s.arg(u.ident));
    db.setNum(u"backup_retention_period"_s, retention);
    db.setStr(u"backup_window"_s, u"03:00-04:00"_s);
    db.setStr(u"maintenance_window"_s, u"sun:04:30-sun:05:30"_s);
    db.set(u"performance_insights_kms_key_id"_s, r.kms);
    db.setBool(u"skip_final_snapshot"_s, false);
    db.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
    if (!props.boolValue(*u.component, keys::multiAz))
        m.note(fileText("%1 runs in one availability zone, as designed (multiAz is off).").arg(label(u)));

    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    if (replicas > 1) {
        Block &rep = res(u"data.tf"_s, u"aws_db_instance"_s, u.ident + u"_replica"_s, regionName);
        rep.comment(fileText("Read replicas: the design asks for %1 instances in all.").arg(replicas));
        rep.setNum(u"count"_s, replicas - 1);
        rep.set(u"identifier"_s, R(quotedTemplate(u"${local.name}-%1-replica-${count.index + 1}"_s.arg(u.slug))));
        rep.set(u"replicate_source_db"_s, u"aws_db_instance.%1.identifier"_s.arg(u.ident));
        common(rep);
        rep.set(u"kms_key_id"_s, r.kms);
        rep.set(u"performance_insights_kms_key_id"_s, r.kms);
        rep.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
        rep.set(u"parameter_group_name"_s, u"aws_db_parameter_group.%1.name"_s.arg(u.ident));
        rep.setBool(u"skip_final_snapshot"_s, true);
    }
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica)) {
        if (replicaRegion.isEmpty()) {
            m.todo(fileText("%1 wants a cross-region replica but names no replica region; set replicaRegion in the design and export again.").arg(label(u)));
        } else {
            const Region &rr = regions[replicaRegion];
            const QString ident = u.ident + u"_"_s + rr.key;
            Block &sg = res(u"data.tf"_s, u"aws_security_group"_s, ident, replicaRegion);
            sg.comment(fileText("No callers in this region yet: add rules when you fail over to it."));
            sg.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-replica-"_s.arg(u.slug))));
            sg.setStr(u"description"_s, fileText("%1 cross-region replica").arg(label(u)));
            sg.set(u"vpc_id"_s, rr.vpc);
            Block &sn = res(u"data.tf"_s, u"aws_db_subnet_group"_s, ident, replicaRegion);
            sn.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
            sn.set(u"subnet_ids"_s, rr.privateSubnets);
            Block &rep = res(u"data.tf"_s, u"aws_db_instance"_s, ident, replicaRegion);
            rep.comment(fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, regionName));
            rep.set(u"identifier"_s, name(u.slug + u"-"_s + hyphens(rr.key)));
            rep.set(u"replicate_source_db"_s, u"aws_db_instance.%1.arn"_s.arg(u.ident));
            common(rep);
            rep.set(u"kms_key_id"_s, rr.kms);
            rep.set(u"performance_insights_kms_key_id"_s, rr.kms);
            rep.setBool(u"multi_az"_s, props.boolValue(*u.component, keys::multiAz));
            rep.setNum(u"backup_retention_period"_s, retention);
            rep.set(u"db_subnet_group_name"_s, u"aws_db_subnet_group.%1.name"_s.arg(ident));
            rep.set(u"vpc_security_group_ids"_s, list({R(u"aws_security_group.%1.id"_s.arg(ident))}));
            rep.setBool(u"skip_final_snapshot"_s, false);
            rep.set(u"final_snapshot_identifier"_s, name(u.slug + u"-replica-final"_s));
        }
    }
    const Value dims = obj({{u"DBInstanceIdentifier"_s, R(u"aws_db_instance.%1.identifier"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/RDS"_s, u"CPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"read_latency"_s, fileText("reads (query time) slower than 20 ms"), u"AWS/RDS"_s, u"ReadLatency"_s, dims, u"Average"_s, 0.02);
    alarm(u, u"write_latency"_s, fileText("writes slower than 20 ms"), u"AWS/RDS"_s, u"WriteLatency"_s, dims, u"Average"_s, 0.02);
    alarm(u, u"free_storage"_s, fileText("less than 10 % of the storage free"), u"AWS/RDS"_s, u"FreeStorageSpace"_s, dims, u"Minimum"_s,
          double(props.intValue(*u.component, keys::storageGb)) * 1024 * 1024 * 1024 / 10, u"LessThanThreshold"_s);
    m.output(u.ident + u"_endpoint"_s, u"aws_db_instance.%1.endpoint"_s.arg(u.ident), fileText("Endpoint of %1").arg(label(u)));
    m.output(u.ident + u"_master_secret_arn"_s, u"aws_db_instance.%1.master_user_secret[0].secret_arn"_s.arg(u.ident),
             fileText("Secrets Manager secret holding the master password of %1").arg(label(u)));
}

void AwsMapper::documentDatabase(const Unit &u)
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const qint64 retention = std::max<qint64>(7, props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0);
    if (engine == QLatin1String("dynamodb")) {
        Block &t = res(u"data.tf"_s, u"aws_dynamodb_table"_s, u.ident, regionName);
        t.set(u"name"_s, name(u.slug));
        t.setStr(u"billing_mode"_s, u"PAY_PER_REQUEST"_s);
        t.setStr(u"hash_key"_s, u"pk"_s);
        t.setStr(u"range_key"_s, u"sk"_s);
        t.setBool(u"deletion_protection_enabled"_s, true);
        for (const QString &key : {u"pk"_s, u"sk"_s}) {
            Block &a = t.add(u"attribute"_s);
            a.setStr(u"name"_s, key);
            a.setStr(u"type"_s, u"S"_s);
        }
        t.add(u"point_in_time_recovery"_s).setBool(u"enabled"_s, true);
        Block &sse = t.add(u"server_side_encryption"_s);
        sse.setBool(u"enabled"_s, true);
        sse.set(u"kms_key_arn"_s, r.kms);
        const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
        if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
            t.setBool(u"stream_enabled"_s, true);
            t.setStr(u"stream_view_type"_s, u"NEW_AND_OLD_IMAGES"_s);
            Block &rep = t.add(u"replica"_s);
            rep.setStr(u"region_name"_s, replicaRegion);
            rep.set(u"kms_key_arn"_s, regions[replicaRegion].kms);
            rep.setBool(u"point_in_time_recovery"_s, true);
        }
        return;
    }
    if (engine != QLatin1String("mongodb")) {
        m.omit(u, u"data.tf"_s, fileText("%1 is not offered on AWS; DynamoDB or DocumentDB (MongoDB-compatible) are the AWS document stores.").arg(engine));
        return;
    }
    Block &sng = res(u"data.tf"_s, u"aws_docdb_subnet_group"_s, u.ident, regionName);
    sng.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_docdb_cluster_parameter_group"_s, u.ident, regionName);
    pg.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-%1-"_s.arg(u.slug))));
    pg.setStr(u"family"_s, u"docdb5.0"_s);
    Block &p = pg.add(u"parameter"_s);
    p.setStr(u"name"_s, u"tls"_s);
    p.setStr(u"value"_s, u"enabled"_s);
    Block &c = res(u"data.tf"_s, u"aws_docdb_cluster"_s, u.ident, regionName);
    c.comment(fileText("DocumentDB: the MongoDB-compatible managed database on AWS."));
    c.set(u"cluster_identifier"_s, name(u.slug));
    c.setStr(u"engine"_s, u"docdb"_s);
    c.setStr(u"master_username"_s, u"app_admin"_s);
    c.setBool(u"manage_master_user_password"_s, true);
    c.setBool(u"storage_encrypted"_s, true);
    c.set(u"kms_key_id"_s, r.kms);
    c.setNum(u"backup_retention_period"_s, retention);
    c.setBool(u"deletion_protection"_s, true);
    c.setBool(u"skip_final_snapshot"_s, false);
    c.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
    c.set(u"db_subnet_group_name"_s, u"aws_docdb_subnet_group.%1.name"_s.arg(u.ident));
    c.set(u"db_cluster_parameter_group_name"_s, u"aws_docdb_cluster_parameter_group.%1.name"_s.arg(u.ident));
    c.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    c.set(u"enabled_cloudwatch_logs_exports"_s, Value::strings({u"audit"_s, u"profiler"_s}));
    Block &i = res(u"data.tf"_s, u"aws_docdb_cluster_instance"_s, u.ident, regionName);
    i.setNum(u"count"_s, std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1));
    i.set(u"identifier"_s, R(quotedTemplate(u"${local.name}-%1-${count.index + 1}"_s.arg(u.slug))));
    i.set(u"cluster_identifier"_s, u"aws_docdb_cluster.%1.id"_s.arg(u.ident));
    i.setStr(u"instance_class"_s, u"db.r6g.large"_s);
    i.setBool(u"auto_minor_version_upgrade"_s, true);
}

void AwsMapper::cache(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool memcached = props.stringValue(*u.component, keys::engine) == QLatin1String("memcached");
    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    const bool multiAz = props.boolValue(*u.component, keys::multiAz);
    const qint64 nodes = std::max<qint64>(replicas, multiAz ? 2 : 1);
    const QString nodeType = QString::fromLatin1(kCacheNode[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]);
    Block &sng = res(u"data.tf"_s, u"aws_elasticache_subnet_group"_s, u.ident, regionName);
    sng.set(u"name"_s, name(u.slug));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    if (memcached) {
        Block &c = res(u"data.tf"_s, u"aws_elasticache_cluster"_s, u.ident, regionName);
        c.set(u"cluster_id"_s, name(u.slug.left(20)));
        c.setStr(u"engine"_s, u"memcached"_s);
        c.setStr(u"node_type"_s, nodeType);
        c.setNum(u"num_cache_nodes"_s, nodes);
        c.setStr(u"az_mode"_s, nodes > 1 ? u"cross-az"_s : u"single-az"_s);
        c.setNum(u"port"_s, 11211);
        c.setBool(u"transit_encryption_enabled"_s, true);
        c.set(u"subnet_group_name"_s, u"aws_elasticache_subnet_group.%1.name"_s.arg(u.ident));
        c.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
        m.note(fileText("%1 is Memcached: ElastiCache cannot encrypt Memcached at rest, and a lost node loses its data.").arg(label(u)));
        return;
    }
    logGroup(u.ident + u"_slow_log"_s, u"/${local.name}/elasticache/"_s + u.slug, r, regionName);
    Block &g = res(u"data.tf"_s, u"aws_elasticache_replication_group"_s, u.ident, regionName);
    if (nodes < 2)
        g.comment(fileText("One node, as designed: no automatic failover. Give the design 2 or more replicas for a standby."));
    g.set(u"replication_group_id"_s, name(u.slug.left(24)));
    g.setStr(u"description"_s, label(u));
    g.setStr(u"engine"_s, u"redis"_s);
    g.setStr(u"engine_version"_s, props.stringValue(*u.component, keys::engineVersion));
    g.setStr(u"node_type"_s, nodeType);
    g.setNum(u"num_cache_clusters"_s, nodes);
    g.setBool(u"automatic_failover_enabled"_s, nodes >= 2);
    g.setBool(u"multi_az_enabled"_s, nodes >= 2 && multiAz);
    g.setNum(u"port"_s, 6379);
    g.set(u"subnet_group_name"_s, u"aws_elasticache_subnet_group.%1.name"_s.arg(u.ident));
    g.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    g.setBool(u"at_rest_encryption_enabled"_s, true);
    g.set(u"kms_key_id"_s, r.kms);
    g.setBool(u"transit_encryption_enabled"_s, true);
    g.setBool(u"auto_minor_version_upgrade"_s, true);
    g.setNum(u"snapshot_retention_limit"_s, 7);
    g.set(u"notification_topic_arn"_s, r.topic);
    Block &ld = g.add(u"log_delivery_configuration"_s);
    ld.set(u"destination"_s, u"aws_cloudwatch_log_group.%1_slow_log.name"_s.arg(u.ident));
    ld.setStr(u"destination_type"_s, u"cloudwatch-logs"_s);
    ld.setStr(u"log_format"_s, u"json"_s);
    ld.setStr(u"log_type"_s, u"slow-log"_s);
    const Value dims = obj({{u"ReplicationGroupId"_s, R(u"aws_elasticache_replication_group.%1.id"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("engine CPU above 80 % for 15 minutes"), u"AWS/ElastiCache"_s, u"EngineCPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"memory"_s, fileText("memory above 80 %"), u"AWS/ElastiCache"_s, u"DatabaseMemoryUsagePercentage"_s, dims, u"Average"_s, 80);
}

void AwsMapper::search(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool multiAz = props.boolValue(*u.component, keys::multiAz);
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), multiAz ? 2 : 1);
    Block &d = res(u"data.tf"_s, u"aws_opensearch_domain"_s, u.ident, regionName);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("elasticsearch"))
        d.comment(fileText("Elasticsearch maps to Amazon OpenSearch Service, which speaks the same API."));
    d.set(u"domain_name"_s, R(quotedTemplate(u"${local.name}-"_s + u.slug.left(14))));
    d.setStr(u"engine_version"_s, u"OpenSearch_2.17"_s);
    Block &cc = d.add(u"cluster_config"_s);
    cc.setStr(u"instance_type"_s, QString::fromLatin1(kSearchNode[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]));
    cc.setNum(u"instance_count"_s, nodes);
    cc.setBool(u"zone_awareness_enabled"_s, nodes >= 2);
    if (nodes >= 2)
        cc.add(u"zone_awareness_config"_s).setNum(u"availability_zone_count"_s, 2);
    Block &ebs = d.add(u"ebs_options"_s);
    ebs.setBool(u"ebs_enabled"_s, true);
    ebs.setNum(u"volume_size"_s, props.intValue(*u.component, keys::storageGb));
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    Block &ear = d.add(u"encrypt_at_rest"_s);
    ear.setBool(u"enabled"_s, true);
    ear.set(u"kms_key_id"_s, r.kms);
    d.add(u"node_to_node_encryption"_s).setBool(u"enabled"_s, true);
    Block &ep = d.add(u"domain_endpoint_options"_s);
    ep.setBool(u"enforce_https"_s, true);
    ep.setStr(u"tls_security_policy"_s, u"Policy-Min-TLS-1-2-2019-07"_s);
    Block &vpc = d.add(u"vpc_options"_s);
    vpc.set(u"subnet_ids"_s, nodes >= 2 ? u"slice(%1, 0, 2)"_s.arg(r.privateSubnets) : u"[aws_subnet.%1_private[0].id]"_s.arg(r.key));
    vpc.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    m.todo(fileText("%1: enable fine-grained access control on aws_opensearch_domain.%2 with your identity provider.").arg(label(u), u.ident));
}

void AwsMapper::bucket(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString id = u"aws_s3_bucket.%1.id"_s.arg(u.ident);
    Block &b = res(u"data.tf"_s, u"aws_s3_bucket"_s, u.ident, regionName);
    b.set(u"bucket"_s, R(quotedTemplate(u"${local.name}-%1-${data.aws_caller_identity.current.account_id}"_s.arg(u.slug))));
    Block &pab = res(u"data.tf"_s, u"aws_s3_bucket_public_access_block"_s, u.ident, regionName);
    pab.set(u"bucket"_s, id);
    for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
        pab.setBool(QString::fromLatin1(key), true);
    Block &own = res(u"data.tf"_s, u"aws_s3_bucket_ownership_controls"_s, u.ident, regionName);
    own.set(u"bucket"_s, id);
    own.add(u"rule"_s).setStr(u"object_ownership"_s, u"BucketOwnerEnforced"_s);
    Block &ver = res(u"data.tf"_s, u"aws_s3_bucket_versioning"_s, u.ident, regionName);
    ver.set(u"bucket"_s, id);
    ver.add(u"versioning_configuration"_s).setStr(u"status"_s, props.boolValue(*u.component, keys::versioning) ? u"Enabled"_s : u"Suspended"_s);
    Block &sse = res(u"data.tf"_s, u"aws_s3_bucket_server_side_encryption_configuration"_s, u.ident, regionName);
    sse.set(u"bucket"_s, id);
    Block &rule = sse.add(u"rule"_s);
    Block &def = rule.add(u"apply_server_side_encryption_by_default"_s);
    def.setStr(u"sse_algorithm"_s, u"aws:kms"_s);
    def.set(u"kms_master_key_id"_s, r.kms);
    rule.setBool(u"bucket_key_enabled"_s, true);
    Block &lc = res(u"data.tf"_s, u"aws_s3_bucket_lifecycle_configuration"_s, u.ident, regionName);
    lc.set(u"bucket"_s, id);
    Block &abort = lc.add(u"rule"_s);
    abort.setStr(u"id"_s, u"abort-incomplete-uploads"_s);
    abort.setStr(u"status"_s, u"Enabled"_s);
    abort.add(u"filter"_s);
    abort.add(u"abort_incomplete_multipart_upload"_s).setNum(u"days_after_initiation"_s, 7);
    if (const qint64 days = props.intValue(*u.component, keys::lifecycleDays); days > 0) {
        Block &exp = lc.add(u"rule"_s);
        exp.setStr(u"id"_s, u"expire"_s);
        exp.setStr(u"status"_s, u"Enabled"_s);
        exp.add(u"filter"_s);
        exp.add(u"expiration"_s).setNum(u"days"_s, days);
        exp.add(u"noncurrent_version_expiration"_s).setNum(u"noncurrent_days"_s, days);
    }
    std::vector<Value> statements;
    statements.push_back(obj({{u"Sid"_s, S(u"DenyInsecureTransport"_s)},
                              {u"Effect"_s, S(u"Deny"_s)},
                              {u"Principal"_s, S(u"*"_s)},
                              {u"Action"_s, S(u"s3:*"_s)},
                              {u"Resource"_s, list({R(u"aws_s3_bucket.%1.arn"_s.arg(u.ident)),
                                                    R(quotedTemplate(u"${aws_s3_bucket.%1.arn}/*"_s.arg(u.ident)))})},
                              {u"Condition"_s, obj({{u"Bool"_s, obj({{u"aws:SecureTransport"_s, S(u"false"_s)}})}})}}));
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *from = ctx.unit(c->from);
        if (!from || !isKind(*from, {kinds::cdn}))
            continue;
        statements.push_back(obj({{u"Sid"_s, S(u"CloudFrontReads"_s + QString::number(statements.size()))},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"Service"_s, S(u"cloudfront.amazonaws.com"_s)}})},
                                  {u"Action"_s, S(u"s3:GetObject"_s)},
                                  {u"Resource"_s, R(quotedTemplate(u"${aws_s3_bucket.%1.arn}/*"_s.arg(u.ident)))},
                                  {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"AWS:SourceArn"_s, R(u"aws_cloudfront_distribution.%1.arn"_s.arg(from->ident))}})}})}}));
    }
    Block &pol = res(u"data.tf"_s, u"aws_s3_bucket_policy"_s, u.ident, regionName);
    pol.set(u"bucket"_s, id);
    pol.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    pol.set(u"depends_on"_s, list({R(u"aws_s3_bucket_public_access_block.%1"_s.arg(u.ident))}));
    if (props.boolValue(*u.component, keys::crossRegionReplica))
        m.todo(fileText("%1 wants a cross-region copy: add aws_s3_bucket_replication_configuration to a versioned bucket in %2.")
                   .arg(label(u), props.stringValue(*u.component, keys::replicaRegion).isEmpty() ? fileText("another region") : props.stringValue(*u.component, keys::replicaRegion)));
    m.output(u.ident + u"_bucket"_s, id, fileText("Name of the bucket %1").arg(label(u)));
}

void AwsMapper::queue(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (engine != QLatin1String("managed")) {
        const bool rabbit = engine == QLatin1String("rabbitmq");
        m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Administrator password of the %1 broker (12 characters or more)").arg(label(u)),
                    std::nullopt, true, u"length(var.%1_admin_password) >= 12"_s.arg(u.ident), fileText("Use at least 12 characters.")});
        Block &b = res(u"data.tf"_s, u"aws_mq_broker"_s, u.ident, regionName);
        b.set(u"broker_name"_s, name(u.slug));
        b.setStr(u"engine_type"_s, rabbit ? u"RabbitMQ"_s : u"ActiveMQ"_s);
        b.setStr(u"engine_version"_s, rabbit ? u"3.13"_s : u"5.18"_s);
        b.setStr(u"host_instance_type"_s, u"mq.m5.large"_s);
        b.comment(fileText("A cluster (RabbitMQ) or active/standby pair (ActiveMQ) across availability zones: one broker is a single point of failure."));
        b.setStr(u"deployment_mode"_s, rabbit ? u"CLUSTER_MULTI_AZ"_s : u"ACTIVE_STANDBY_MULTI_AZ"_s);
        b.setBool(u"publicly_accessible"_s, false);
        b.setBool(u"auto_minor_version_upgrade"_s, true);
        b.set(u"subnet_ids"_s, rabbit ? r.privateSubnets : u"slice(%1, 0, 2)"_s.arg(r.privateSubnets));
        b.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
        if (!rabbit) {
            Block &enc = b.add(u"encryption_options"_s);
            enc.set(u"kms_key_id"_s, r.kms);
            enc.setBool(u"use_aws_owned_key"_s, false);
        }
        b.add(u"logs"_s).setBool(u"general"_s, true);
        Block &user = b.add(u"user"_s);
        user.setStr(u"username"_s, u"admin"_s);
        user.set(u"password"_s, u"var.%1_admin_password"_s.arg(u.ident));
        if (!props.boolValue(*u.component, keys::deadLetterQueue))
            m.note(fileText("%1 has no dead-letter queue, as designed: messages that keep failing are retried forever.").arg(label(u)));
        return;
    }
    const bool fifo = props.boolValue(*u.component, keys::fifo);
    const QString suffix = fifo ? u".fifo"_s : QString();
    const bool dlq = props.boolValue(*u.component, keys::deadLetterQueue);
    if (dlq) {
        Block &d = res(u"data.tf"_s, u"aws_sqs_queue"_s, u.ident + u"_dlq"_s, regionName);
        d.set(u"name"_s, name(u.slug + u"-dlq"_s + suffix));
        if (fifo)
            d.setBool(u"fifo_queue"_s, true);
        d.setNum(u"message_retention_seconds"_s, 1209600);
        d.set(u"kms_master_key_id"_s, r.kms);
    }
    Block &q = res(u"data.tf"_s, u"aws_sqs_queue"_s, u.ident, regionName);
    if (!dlq)
        q.comment(fileText("No dead-letter queue, as designed: messages that keep failing are retried until they expire."));
    q.set(u"name"_s, name(u.slug + suffix));
    if (fifo) {
        q.setBool(u"fifo_queue"_s, true);
        q.setBool(u"content_based_deduplication"_s, true);
    }
    q.setNum(u"message_retention_seconds"_s, props.intValue(*u.component, keys::retentionDays) * 86400);
    q.setNum(u"visibility_timeout_seconds"_s, 60);
    q.set(u"kms_master_key_id"_s, r.kms);
    q.setNum(u"kms_data_key_reuse_period_seconds"_s, 300);
    if (dlq)
        q.set(u"redrive_policy"_s, json(obj({{u"deadLetterTargetArn"_s, R(u"aws_sqs_queue.%1_dlq.arn"_s.arg(u.ident))},
                                             {u"maxReceiveCount"_s, N(props.intValue(*u.component, keys::maxReceiveCount))}})));
    Block &pol = res(u"data.tf"_s, u"aws_sqs_queue_policy"_s, u.ident, regionName);
    pol.set(u"queue_url"_s, u"aws_sqs_queue.%1.id"_s.arg(u.ident));
    pol.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                                   {u"Statement"_s, list({obj({{u"Sid"_s, S(u"DenyInsecureTransport"_s)},
                                                               {u"Effect"_s, S(u"Deny"_s)},
                                                               {u"Principal"_s, S(u"*"_s)},
                                                               {u"Action"_s, S(u"sqs:*"_s)},
                                                               {u"Resource"_s, R(u"aws_sqs_queue.%1.arn"_s.arg(u.ident))},
                                                               {u"Condition"_s, obj({{u"Bool"_s, obj({{u"aws:SecureTransport"_s, S(u"false"_s)}})}})}})})}})));
    alarm(u, u"oldest_message"_s, fileText("oldest message waiting more than 10 minutes"), u"AWS/SQS"_s, u"ApproximateAgeOfOldestMessage"_s,
          obj({{u"QueueName"_s, R(u"aws_sqs_queue.%1.name"_s.arg(u.ident))}}), u"Maximum"_s, 600);
    if (dlq)
        alarm(u, u"dead_letters"_s, fileText("messages in the dead-letter queue"), u"AWS/SQS"_s, u"ApproximateNumberOfMessagesVisible"_s,
              obj({{u"QueueName"_s, R(u"aws_sqs_queue.%1_dlq.name"_s.arg(u.ident))}}), u"Maximum"_s, 0);
    m.output(u.ident + u"_queue_url"_s, u"aws_sqs_queue.%1.id"_s.arg(u.ident), fileText("URL of the queue %1").arg(label(u)));
}

void AwsMapper::stream(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed")) {
        Block &s = res(u"data.tf"_s, u"aws_kinesis_stream"_s, u.ident, regionName);
        s.set(u"name"_s, name(u.slug));
        s.setNum(u"shard_count"_s, props.intValue(*u.component, keys::partitions));
        s.setNum(u"retention_period"_s, std::max<qint64>(24, props.intValue(*u.component, keys::retentionHours)));
        s.setStr(u"encryption_type"_s, u"KMS"_s);
        s.set(u"kms_key_id"_s, r.kms);
        s.add(u"stream_mode_details"_s).setStr(u"stream_mode"_s, u"PROVISIONED"_s);
        return;
    }
    const qint64 perZone = std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 1) / 2);
    logGroup(u.ident + u"_brokers"_s, u"/${local.name}/msk/"_s + u.slug, r, regionName);
    Block &k = res(u"data.tf"_s, u"aws_msk_cluster"_s, u.ident, regionName);
    k.set(u"cluster_name"_s, name(u.slug));
    k.setStr(u"kafka_version"_s, u"3.7.x"_s);
    k.set(u"number_of_broker_nodes"_s, u"length(%1) * %2"_s.arg(r.azs).arg(perZone));
    Block &bng = k.add(u"broker_node_group_info"_s);
    bng.setStr(u"instance_type"_s, u"kafka.m7g.large"_s);
    bng.set(u"client_subnets"_s, r.privateSubnets);
    bng.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    bng.add(u"storage_info"_s).add(u"ebs_storage_info"_s).setNum(u"volume_size"_s, props.intValue(*u.component, keys::storageGb));
    Block &enc = k.add(u"encryption_info"_s);
    enc.set(u"encryption_at_rest_kms_key_arn"_s, r.kms);
    Block &transit = enc.add(u"encryption_in_transit"_s);
    transit.setStr(u"client_broker"_s, u"TLS"_s);
    transit.setBool(u"in_cluster"_s, true);
    k.add(u"client_authentication"_s).add(u"sasl"_s).setBool(u"iam"_s, true);
    Block &cw = k.add(u"logging_info"_s).add(u"broker_logs"_s).add(u"cloudwatch_logs"_s);
    cw.setBool(u"enabled"_s, true);
    cw.set(u"log_group"_s, u"aws_cloudwatch_log_group.%1_brokers.name"_s.arg(u.ident));
}

void AwsMapper::warehouse(const Unit &u)
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (engine != QLatin1String("redshift")) {
        m.omit(u, u"data.tf"_s, engine == QLatin1String("snowflake")
                                    ? fileText("Snowflake is a SaaS; manage it with the Snowflake Terraform provider.")
                                    : fileText("%1 is not an AWS service; Redshift is the AWS warehouse (set engine: redshift).").arg(engine));
        return;
    }
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    Block &sng = res(u"data.tf"_s, u"aws_redshift_subnet_group"_s, u.ident, regionName);
    sng.set(u"name"_s, name(u.slug));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_redshift_parameter_group"_s, u.ident, regionName);
    pg.set(u"name"_s, name(u.slug));
    pg.setStr(u"family"_s, u"redshift-2.0"_s);
    Block &p = pg.add(u"parameter"_s);
    p.setStr(u"name"_s, u"require_ssl"_s);
    p.setStr(u"value"_s, u"true"_s);
    Block &c = res(u"data.tf"_s, u"aws_redshift_cluster"_s, u.ident, regionName);
    c.set(u"cluster_identifier"_s, name(u.slug));
    c.setStr(u"node_type"_s, u"ra3.xlplus"_s);
    c.setNum(u"number_of_nodes"_s, 2);
    c.setStr(u"cluster_type"_s, u"multi-node"_s);
    c.setStr(u"database_name"_s, u"analytics"_s);
    c.setStr(u"master_username"_s, u"app_admin"_s);
    c.setBool(u"manage_master_password"_s, true);
    c.setBool(u"encrypted"_s, true);
    c.set(u"kms_key_id"_s, r.kms);
    c.setBool(u"publicly_accessible"_s, false);
    c.setBool(u"enhanced_vpc_routing"_s, true);
    c.setNum(u"automated_snapshot_retention_period"_s, std::max<qint64>(7, props.intValue(*u.component, keys::backupRetentionDays)));
    c.set(u"cluster_subnet_group_name"_s, u"aws_redshift_subnet_group.%1.name"_s.arg(u.ident));
    c.set(u"cluster_parameter_group_name"_s, u"aws_redshift_parameter_group.%1.name"_s.arg(u.ident));
    c.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    c.setBool(u"skip_final_snapshot"_s, false);
    c.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
}

void AwsMapper::loadBalancer(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool l7 = props.stringValue(*u.component, keys::layer) == QLatin1String("l7");
    const bool isPublic = ctx.isPublic(u);
    const bool tls = props.boolValue(*u.component, keys::tls) || isPublic;
    Block &lb = res(u"edge.tf"_s, u"aws_lb"_s, u.ident, regionName);
    lb.set(u"name"_s, R(quotedTemplate(u"${local.name}-"_s + slugFor(u.slug, u"lb"_s, 16))));
    lb.setBool(u"internal"_s, !isPublic);
    lb.setStr(u"load_balancer_type"_s, l7 ? u"application"_s : u"network"_s);
    lb.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    lb.set(u"subnets"_s, isPublic ? r.publicSubnets : r.privateSubnets);
    lb.setBool(u"enable_deletion_protection"_s, true);
    if (l7)
        lb.setBool(u"drop_invalid_header_fields"_s, true);
    else
        lb.setBool(u"enable_cross_zone_load_balancing"_s, true);
    m.todo(fileText("%1 (Load balancer): turn on access_logs with a log bucket of your own.").arg(label(u)));
    if (tls) {
        m.variable({u"certificate_arn"_s, u"string"_s, fileText("ARN of the ACM certificate the load balancers serve HTTPS with"), std::nullopt, false, {}, {}});
    }

    std::vector<const Unit *> targets;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t || !isKind(*t, {kinds::microservice, kinds::monolith, kinds::virtualMachine, kinds::serverlessFunction}))
            continue;
        targets.push_back(t);
        const QString platform = platformOf(*t);
        const bool lambda = isKind(*t, {kinds::serverlessFunction});
        Block &tg = res(u"edge.tf"_s, u"aws_lb_target_group"_s, u.ident + u"_"_s + t->ident, regionName);
        if (platform == QLatin1String("kubernetes"))
            tg.comment(fileText("Pods of %1 join this group through the AWS Load Balancer Controller (TargetGroupBinding).").arg(label(*t)));
        tg.set(u"name_prefix"_s, R(quotedTemplate(t->slug.left(6))));
        tg.setStr(u"target_type"_s, lambda ? u"lambda"_s : platform == QLatin1String("vm") ? u"instance"_s : u"ip"_s);
        if (!lambda) {
            tg.setNum(u"port"_s, ctx.portOf(*c));
            tg.setStr(u"protocol"_s, l7 ? u"HTTP"_s : u"TCP"_s);
            tg.set(u"vpc_id"_s, r.vpc);
            Block &hc = tg.add(u"health_check"_s);
            hc.setBool(u"enabled"_s, true);
            if (l7) {
                hc.setStr(u"path"_s, t->kind->property(keys::readinessPath) ? props.stringValue(*t->component, keys::readinessPath) : u"/"_s);
                hc.setStr(u"matcher"_s, u"200-399"_s);
            }
            hc.setNum(u"healthy_threshold"_s, 2);
            hc.setNum(u"unhealthy_threshold"_s, 3);
        }
        tg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
        if (lambda) {
            Block &perm = res(u"edge.tf"_s, u"aws_lambda_permission"_s, u.ident + u"_"_s + t->ident, regionName);
            perm.setStr(u"statement_id"_s, u"AllowLoadBalancer"_s);
            perm.setStr(u"action"_s, u"lambda:InvokeFunction"_s);
            perm.set(u"function_name"_s, u"aws_lambda_function.%1.function_name"_s.arg(t->ident));
            perm.setStr(u"principal"_s, u"elasticloadbalancing.amazonaws.com"_s);
            perm.set(u"source_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, t->ident));
            Block &att = res(u"edge.tf"_s, u"aws_lb_target_group_attachment"_s, u.ident + u"_"_s + t->ident, regionName);
            att.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, t->ident));
            att.set(u"target_id"_s, u"aws_lambda_function.%1.arn"_s.arg(t->ident));
            att.set(u"depends_on"_s, list({R(u"aws_lambda_permission.%1_%2"_s.arg(u.ident, t->ident))}));
        }
    }
    Block &listener = res(u"edge.tf"_s, u"aws_lb_listener"_s, u.ident + (tls ? u"_https"_s : u"_http"_s), regionName);
    if (!tls)
        listener.comment(fileText("Deliberate exception: the design turns TLS off for this internal balancer. Traffic stays inside the VPC, unencrypted."));
    listener.set(u"load_balancer_arn"_s, u"aws_lb.%1.arn"_s.arg(u.ident));
    listener.setNum(u"port"_s, tls ? 443 : 80);
    listener.setStr(u"protocol"_s, tls ? (l7 ? u"HTTPS"_s : u"TLS"_s) : (l7 ? u"HTTP"_s : u"TCP"_s));
    if (tls) {
        listener.setStr(u"ssl_policy"_s, u"ELBSecurityPolicy-TLS13-1-2-2021-06"_s);
        listener.set(u"certificate_arn"_s, u"var.certificate_arn"_s);
    }
    Block &action = listener.add(u"default_action"_s);
    if (targets.empty()) {
        action.setStr(u"type"_s, u"fixed-response"_s);
        Block &fr = action.add(u"fixed_response"_s);
        fr.setStr(u"content_type"_s, u"text/plain"_s);
        fr.setStr(u"message_body"_s, u"Not found"_s);
        fr.setStr(u"status_code"_s, u"404"_s);
        if (!l7) {
            action.items.clear();
            action.setStr(u"type"_s, u"forward"_s);
            action.set(u"target_group_arn"_s, u"var.%1_target_group_arn"_s.arg(u.ident));
            m.variable({u.ident + u"_target_group_arn"_s, u"string"_s, fileText("Target group that %1 forwards to (the design connects it to nothing this export creates)").arg(label(u)),
                        std::nullopt, false, {}, {}});
        }
    } else {
        action.setStr(u"type"_s, u"forward"_s);
        action.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, targets.front()->ident));
    }
    if (l7) {
        for (size_t i = 1; i < targets.size(); ++i) {
            Block &rule = res(u"edge.tf"_s, u"aws_lb_listener_rule"_s, u.ident + u"_"_s + targets[i]->ident, regionName);
            rule.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
            rule.set(u"listener_arn"_s, u"aws_lb_listener.%1.arn"_s.arg(listener.labels.value(1)));
            rule.setNum(u"priority"_s, qint64(i) * 10);
            Block &a = rule.add(u"action"_s);
            a.setStr(u"type"_s, u"forward"_s);
            a.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, targets[i]->ident));
            rule.add(u"condition"_s).add(u"path_pattern"_s).set(u"values"_s, Value::strings({u"/%1/*"_s.arg(targets[i]->slug)}));
        }
    }
    if (isPublic && l7) {
        Block &redirect = res(u"edge.tf"_s, u"aws_lb_listener"_s, u.ident + u"_http_redirect"_s, regionName);
        redirect.set(u"load_balancer_arn"_s, u"aws_lb.%1.arn"_s.arg(u.ident));
        redirect.setNum(u"port"_s, 80);
        redirect.setStr(u"protocol"_s, u"HTTP"_s);
        Block &a = redirect.add(u"default_action"_s);
        a.setStr(u"type"_s, u"redirect"_s);
        Block &rd = a.add(u"redirect"_s);
        rd.setStr(u"port"_s, u"443"_s);
        rd.setStr(u"protocol"_s, u"HTTPS"_s);
        rd.setStr(u"status_code"_s, u"HTTP_301"_s);
    }
    if (l7) {
        const Value dims = obj({{u"LoadBalancer"_s, R(u"aws_lb.%1.arn_suffix"_s.arg(u.ident))}});
        alarm(u, u"5xx"_s, fileText("more than 50 server errors (5xx) in 5 minutes"), u"AWS/ApplicationELB"_s, u"HTTPCode_Target_5XX_Count"_s, dims, u"Sum"_s, 50);
        alarm(u, u"latency"_s, fileText("p95 response time above 1 second"), u"AWS/ApplicationELB"_s, u"TargetResponseTime"_s, dims, u"p95"_s, 1);
    }
    m.output(u.ident + u"_dns_name"_s, u"aws_lb.%1.dns_name"_s.arg(u.ident), fileText("DNS name of the load balancer %1").arg(label(u)));
}

void AwsMapper::apiGateway(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    Block &api = res(u"edge.tf"_s, u"aws_apigatewayv2_api"_s, u.ident, regionName);
    api.set(u"name"_s, name(u.slug));
    api.setStr(u"protocol_type"_s, u"HTTP"_s);
    logGroup(u.ident + u"_access"_s, u"/${local.name}/api/"_s + u.slug, r, regionName);
    Block &stage = res(u"edge.tf"_s, u"aws_apigatewayv2_stage"_s, u.ident, regionName);
    stage.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
    stage.setStr(u"name"_s, u"$default"_s);
    stage.setBool(u"auto_deploy"_s, true);
    Block &rs = stage.add(u"default_route_settings"_s);
    const qint64 rps = props.intValue(*u.component, keys::rateLimitRps);
    rs.setNum(u"throttling_rate_limit"_s, rps);
    rs.setNum(u"throttling_burst_limit"_s, rps * 2);
    rs.setBool(u"detailed_metrics_enabled"_s, true);
    Block &logs = stage.add(u"access_log_settings"_s);
    logs.set(u"destination_arn"_s, u"aws_cloudwatch_log_group.%1_access.arn"_s.arg(u.ident));
    logs.set(u"format"_s, json(obj({{u"requestId"_s, S(u"$context.requestId"_s)},
                                    {u"ip"_s, S(u"$context.identity.sourceIp"_s)},
                                    {u"routeKey"_s, S(u"$context.routeKey"_s)},
                                    {u"status"_s, S(u"$context.status"_s)},
                                    {u"latency"_s, S(u"$context.responseLatency"_s)}})));
    int routes = 0;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        const QString ident = m.reserveName(u.ident + u"_"_s + t->ident);
        Block *integration = nullptr;
        if (isKind(*t, {kinds::loadBalancer}) && props.stringValue(*t->component, keys::layer) == QLatin1String("l7") && !ctx.isPublic(*t)) {
            Block &link = res(u"edge.tf"_s, u"aws_apigatewayv2_vpc_link"_s, ident, regionName);
            link.set(u"name"_s, name(u.slug + u"-"_s + t->slug));
            link.set(u"subnet_ids"_s, r.privateSubnets);
            link.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
            Block &i = res(u"edge.tf"_s, u"aws_apigatewayv2_integration"_s, ident, regionName);
            i.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            i.setStr(u"integration_type"_s, u"HTTP_PROXY"_s);
            i.setStr(u"integration_method"_s, u"ANY"_s);
            i.setStr(u"connection_type"_s, u"VPC_LINK"_s);
            i.set(u"connection_id"_s, u"aws_apigatewayv2_vpc_link.%1.id"_s.arg(ident));
            const bool tls = props.boolValue(*t->component, keys::tls);
            i.set(u"integration_uri"_s, u"aws_lb_listener.%1_%2.arn"_s.arg(t->ident, tls ? u"https"_s : u"http"_s));
            if (tls)
                i.add(u"tls_config"_s).set(u"server_name_to_verify"_s, u"var.api_backend_hostname"_s);
            if (tls)
                m.variable({u"api_backend_hostname"_s, u"string"_s, fileText("Host name on the internal load balancer's certificate, checked by the API gateway"),
                            std::nullopt, false, {}, {}});
            integration = &i;
        } else if (isKind(*t, {kinds::serverlessFunction})) {
            Block &i = res(u"edge.tf"_s, u"aws_apigatewayv2_integration"_s, ident, regionName);
            i.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            i.setStr(u"integration_type"_s, u"AWS_PROXY"_s);
            i.set(u"integration_uri"_s, u"aws_lambda_function.%1.invoke_arn"_s.arg(t->ident));
            i.setStr(u"payload_format_version"_s, u"2.0"_s);
            Block &perm = res(u"edge.tf"_s, u"aws_lambda_permission"_s, ident, regionName);
            perm.setStr(u"statement_id"_s, u"AllowApiGateway"_s);
            perm.setStr(u"action"_s, u"lambda:InvokeFunction"_s);
            perm.set(u"function_name"_s, u"aws_lambda_function.%1.function_name"_s.arg(t->ident));
            perm.setStr(u"principal"_s, u"apigateway.amazonaws.com"_s);
            perm.set(u"source_arn"_s, R(quotedTemplate(u"${aws_apigatewayv2_api.%1.execution_arn}/*/*"_s.arg(u.ident))));
            integration = &i;
        }
        if (!integration)
            continue;
        Block &route = res(u"edge.tf"_s, u"aws_apigatewayv2_route"_s, ident, regionName);
        route.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
        route.setStr(u"route_key"_s, routes == 0 ? u"$default"_s : u"ANY /%1/{proxy+}"_s.arg(t->slug));
        route.set(u"target"_s, R(quotedTemplate(u"integrations/${aws_apigatewayv2_integration.%1.id}"_s.arg(ident))));
        ++routes;
    }
    m.todo(fileText("%1 (API gateway): add a JWT authorizer (aws_apigatewayv2_authorizer) to its routes; they are open to any caller as generated.").arg(label(u)));
    const Value dims = obj({{u"ApiId"_s, R(u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident))}});
    alarm(u, u"5xx"_s, fileText("more than 50 server errors (5xx) in 5 minutes"), u"AWS/ApiGateway"_s, u"5xx"_s, dims, u"Sum"_s, 50);
    alarm(u, u"latency"_s, fileText("p95 latency above 1 second"), u"AWS/ApiGateway"_s, u"Latency"_s, dims, u"p95"_s, 1000);
    m.output(u.ident + u"_endpoint"_s, u"aws_apigatewayv2_api.%1.api_endpoint"_s.arg(u.ident), fileText("Endpoint of the API gateway %1").arg(label(u)));
}

void AwsMapper::waf(const Unit &u)
{
    bool fromCdn = false;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *f = ctx.unit(c->from); f && isKind(*f, {kinds::cdn}))
            fromCdn = true;
    const QString regionName = fromCdn ? u"us-east-1"_s : ctx.regionOf(u);
    if (fromCdn && !ctx.regions.contains(regionName))
        needUsEast1 = true;
    Block &acl = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_wafv2_web_acl"_s, u.ident});
    if (fromCdn) {
        acl.comment(fileText("Protects the CloudFront distribution, so it lives in us-east-1 with scope CLOUDFRONT."));
        if (ctx.regions.first() != regionName)
            acl.set(u"provider"_s, u"aws.us_east_1"_s);
    } else if (regionName != ctx.regions.first()) {
        acl.set(u"provider"_s, u"aws."_s + Context::regionKey(regionName));
    }
    acl.set(u"name"_s, name(u.slug));
    acl.setStr(u"scope"_s, fromCdn ? u"CLOUDFRONT"_s : u"REGIONAL"_s);
    acl.add(u"default_action"_s).add(u"allow"_s);
    auto visibility = [&](Block &b, const QString &metric) {
        Block &v = b.add(u"visibility_config"_s);
        v.setBool(u"cloudwatch_metrics_enabled"_s, true);
        v.setStr(u"metric_name"_s, metric);
        v.setBool(u"sampled_requests_enabled"_s, true);
    };
    int priority = 1;
    if (props.boolValue(*u.component, keys::managedRules)) {
        for (const QString &group : {u"AWSManagedRulesCommonRuleSet"_s, u"AWSManagedRulesKnownBadInputsRuleSet"_s}) {
            Block &rule = acl.add(u"rule"_s);
            rule.setStr(u"name"_s, group);
            rule.setNum(u"priority"_s, priority++);
            rule.add(u"override_action"_s).add(u"none"_s);
            Block &mg = rule.add(u"statement"_s).add(u"managed_rule_group_statement"_s);
            mg.setStr(u"name"_s, group);
            mg.setStr(u"vendor_name"_s, u"AWS"_s);
            visibility(rule, group);
        }
    }
    if (const qint64 limit = props.intValue(*u.component, keys::rateLimitPerMinute); limit > 0) {
        Block &rule = acl.add(u"rule"_s);
        rule.setStr(u"name"_s, u"rate-limit"_s);
        rule.setNum(u"priority"_s, priority++);
        rule.add(u"action"_s).add(u"block"_s);
        Block &rb = rule.add(u"statement"_s).add(u"rate_based_statement"_s);
        rb.setNum(u"limit"_s, std::max<qint64>(10, limit));
        rb.setNum(u"evaluation_window_sec"_s, 60);
        rb.setStr(u"aggregate_key_type"_s, u"IP"_s);
        visibility(rule, u"rate-limit"_s);
    }
    visibility(acl, u.slug);
    // WAF logs must go to a log group whose name starts with aws-waf-logs-.
    Block &lg = m.file(u"observability.tf"_s).add(u"resource"_s, {u"aws_cloudwatch_log_group"_s, u.ident + u"_waf"_s});
    if (acl.items.front().name == QLatin1String("provider"))
        lg.set(u"provider"_s, acl.items.front().value);
    lg.set(u"name"_s, R(quotedTemplate(u"aws-waf-logs-${local.name}-"_s + u.slug)));
    lg.set(u"retention_in_days"_s, logRetention);
    Block &lc = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_wafv2_web_acl_logging_configuration"_s, u.ident});
    if (acl.items.front().name == QLatin1String("provider"))
        lc.set(u"provider"_s, acl.items.front().value);
    lc.set(u"resource_arn"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(u.ident));
    lc.set(u"log_destination_configs"_s, list({R(u"aws_cloudwatch_log_group.%1_waf.arn"_s.arg(u.ident))}));
    if (fromCdn)
        return;
    for (const Unit *t : targetsOf(u, {kinds::loadBalancer, kinds::apiGateway})) {
        if (isKind(*t, {kinds::apiGateway}) || props.stringValue(*t->component, keys::layer) != QLatin1String("l7")) {
            m.note(fileText("%1 (WAF) cannot be attached to %2 (AWS WAF protects application load balancers, REST APIs and CloudFront); put it in front of CloudFront or an application load balancer.")
                       .arg(label(u), label(*t)));
            continue;
        }
        Block &assoc = res(u"edge.tf"_s, u"aws_wafv2_web_acl_association"_s, u.ident + u"_"_s + t->ident, ctx.regionOf(*t));
        assoc.set(u"resource_arn"_s, u"aws_lb.%1.arn"_s.arg(t->ident));
        assoc.set(u"web_acl_arn"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(u.ident));
    }
}

void AwsMapper::cdn(const Unit &u)
{
    m.variable({u"cdn_certificate_arn"_s, u"string"_s, fileText("ARN of the ACM certificate (in us-east-1) CloudFront serves HTTPS with"), std::nullopt, false, {}, {}});
    Block &cp = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_cache_policy"_s, u.ident});
    cp.set(u"name"_s, name(u.slug));
    const qint64 ttl = props.intValue(*u.component, keys::cacheTtlSeconds);
    cp.setNum(u"min_ttl"_s, 0);
    cp.setNum(u"default_ttl"_s, ttl);
    cp.setNum(u"max_ttl"_s, std::max<qint64>(ttl, 86400));
    Block &params = cp.add(u"parameters_in_cache_key_and_forwarded_to_origin"_s);
    params.setBool(u"enable_accept_encoding_brotli"_s, true);
    params.setBool(u"enable_accept_encoding_gzip"_s, true);
    params.add(u"cookies_config"_s).setStr(u"cookie_behavior"_s, u"none"_s);
    params.add(u"headers_config"_s).setStr(u"header_behavior"_s, u"none"_s);
    params.add(u"query_strings_config"_s).setStr(u"query_string_behavior"_s, u"all"_s);

    struct Origin {
        const Unit *unit;
        bool bucket;
    };
    std::vector<Origin> origins;
    const Unit *waf = nullptr;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        if (isKind(*t, {kinds::waf})) {
            waf = t;
            for (const Unit *behind : targetsOf(*t, {kinds::loadBalancer, kinds::apiGateway}))
                origins.push_back({behind, false});
        } else if (isKind(*t, {kinds::objectStorage})) {
            origins.push_back({t, true});
        } else if (isKind(*t, {kinds::loadBalancer, kinds::apiGateway})) {
            origins.push_back({t, false});
        }
    }
    std::stable_sort(origins.begin(), origins.end(), [](const Origin &a, const Origin &b) { return !a.bucket && b.bucket; });
    bool hasBucket = false;
    for (const Origin &o : origins)
        hasBucket = hasBucket || o.bucket;
    if (hasBucket) {
        Block &oac = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_origin_access_control"_s, u.ident});
        oac.set(u"name"_s, name(u.slug));
        oac.setStr(u"origin_access_control_origin_type"_s, u"s3"_s);
        oac.setStr(u"signing_behavior"_s, u"always"_s);
        oac.setStr(u"signing_protocol"_s, u"sigv4"_s);
    }
    Block &d = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_distribution"_s, u.ident});
    d.setBool(u"enabled"_s, true);
    d.setBool(u"is_ipv6_enabled"_s, true);
    d.setStr(u"comment"_s, label(u));
    d.setStr(u"http_version"_s, u"http2and3"_s);
    d.setStr(u"price_class"_s, u"PriceClass_100"_s);
    if (waf)
        d.set(u"web_acl_id"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(waf->ident));
    if (origins.empty()) {
        m.variable({u.ident + u"_origin_domain"_s, u"string"_s, fileText("Host name CloudFront fetches %1's content from").arg(label(u)), std::nullopt, false, {}, {}});
        Block &o = d.add(u"origin"_s);
        o.set(u"domain_name"_s, u"var.%1_origin_domain"_s.arg(u.ident));
        o.setStr(u"origin_id"_s, u"origin"_s);
        Block &cfg = o.add(u"custom_origin_config"_s);
        cfg.setNum(u"http_port"_s, 80);
        cfg.setNum(u"https_port"_s, 443);
        cfg.setStr(u"origin_protocol_policy"_s, u"https-only"_s);
        cfg.set(u"origin_ssl_protocols"_s, Value::strings({u"TLSv1.2"_s}));
    }
    for (const Origin &o : origins) {
        Block &ob = d.add(u"origin"_s);
        ob.setStr(u"origin_id"_s, o.unit->slug);
        if (o.bucket) {
            ob.set(u"domain_name"_s, u"aws_s3_bucket.%1.bucket_regional_domain_name"_s.arg(o.unit->ident));
            ob.set(u"origin_access_control_id"_s, u"aws_cloudfront_origin_access_control.%1.id"_s.arg(u.ident));
            continue;
        }
        ob.set(u"domain_name"_s, isKind(*o.unit, {kinds::apiGateway})
                                     ? u"replace(aws_apigatewayv2_api.%1.api_endpoint, \"https://\", \"\")"_s.arg(o.unit->ident)
                                     : u"aws_lb.%1.dns_name"_s.arg(o.unit->ident));
        Block &cfg = ob.add(u"custom_origin_config"_s);
        cfg.setNum(u"http_port"_s, 80);
        cfg.setNum(u"https_port"_s, 443);
        cfg.setStr(u"origin_protocol_policy"_s, u"https-only"_s);
        cfg.set(u"origin_ssl_protocols"_s, Value::strings({u"TLSv1.2"_s}));
    }
    auto behaviour = [&](Block &b, const QString &origin, bool dynamic) {
        b.setStr(u"target_origin_id"_s, origin);
        b.setStr(u"viewer_protocol_policy"_s, u"redirect-to-https"_s);
        b.set(u"allowed_methods"_s, dynamic ? Value::strings({u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"OPTIONS"_s, u"PATCH"_s, u"POST"_s, u"PUT"_s})
                                            : Value::strings({u"GET"_s, u"HEAD"_s}));
        b.set(u"cached_methods"_s, Value::strings({u"GET"_s, u"HEAD"_s}));
        b.set(u"cache_policy_id"_s, u"aws_cloudfront_cache_policy.%1.id"_s.arg(u.ident));
        b.setBool(u"compress"_s, true);
    };
    behaviour(d.add(u"default_cache_behavior"_s), origins.empty() ? u"origin"_s : origins.front().unit->slug, origins.empty() || !origins.front().bucket);
    for (size_t i = 1; i < origins.size(); ++i) {
        Block &b = d.add(u"ordered_cache_behavior"_s);
        b.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
        b.setStr(u"path_pattern"_s, u"/%1/*"_s.arg(origins[i].unit->slug));
        behaviour(b, origins[i].unit->slug, !origins[i].bucket);
    }
    d.add(u"restrictions"_s).add(u"geo_restriction"_s).setStr(u"restriction_type"_s, u"none"_s);
    Block &cert = d.add(u"viewer_certificate"_s);
    cert.set(u"acm_certificate_arn"_s, u"var.cdn_certificate_arn"_s);
    cert.setStr(u"ssl_support_method"_s, u"sni-only"_s);
    cert.setStr(u"minimum_protocol_version"_s, u"TLSv1.2_2021"_s);
    m.todo(fileText("%1 (CDN): add your domain names (aliases) and a logging bucket to aws_cloudfront_distribution.%2.").arg(label(u), u.ident));
    m.output(u.ident + u"_domain_name"_s, u"aws_cloudfront_distribution.%1.domain_name"_s.arg(u.ident), fileText("Domain name of the CloudFront distribution %1").arg(label(u)));
}

void AwsMapper::dns(const Unit &u)
{
    Block &z = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_route53_zone"_s, u.ident});
    z.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
    z.setStr(u"comment"_s, label(u));
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t || !isKind(*t, {kinds::cdn, kinds::loadBalancer}))
            continue;
        Block &rec = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_route53_record"_s, m.reserveName(u.ident + u"_"_s + t->ident)});
        rec.set(u"zone_id"_s, u"aws_route53_zone.%1.zone_id"_s.arg(u.ident));
        rec.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
        rec.setStr(u"type"_s, u"A"_s);
        Block &alias = rec.add(u"alias"_s);
        const bool cdn = isKind(*t, {kinds::cdn});
        alias.set(u"name"_s, cdn ? u"aws_cloudfront_distribution.%1.domain_name"_s.arg(t->ident) : u"aws_lb.%1.dns_name"_s.arg(t->ident));
        alias.set(u"zone_id"_s, cdn ? u"aws_cloudfront_distribution.%1.hosted_zone_id"_s.arg(t->ident) : u"aws_lb.%1.zone_id"_s.arg(t->ident));
        alias.setBool(u"evaluate_target_health"_s, !cdn);
    }
    m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers, add records for your entry points and turn on DNSSEC signing.")
               .arg(label(u), u.ident));
    m.output(u.ident + u"_name_servers"_s, u"aws_route53_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(props.stringValue(*u.component, keys::domain)));
}

void AwsMapper::observability(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    if (isKind(u, {kinds::logging})) {
        logGroup(u.ident, u"/${local.name}/"_s + u.slug, r, regionName, N(retentionAtLeast(props.intValue(*u.component, keys::retentionDays))));
    } else if (isKind(u, {kinds::metrics})) {
        logGroup(u.ident, u"/${local.name}/prometheus/"_s + u.slug, r, regionName);
        Block &w = res(u"observability.tf"_s, u"aws_prometheus_workspace"_s, u.ident, regionName);
        w.set(u"alias"_s, name(u.slug));
        w.set(u"kms_key_arn"_s, r.kms);
        w.add(u"logging_configuration"_s).set(u"log_group_arn"_s, R(quotedTemplate(u"${aws_cloudwatch_log_group.%1.arn}:*"_s.arg(u.ident))));
        if (props.stringValue(*u.component, keys::engine) != QLatin1String("prometheus"))
            m.note(fileText("%1 uses %2; the export creates an Amazon Managed Service for Prometheus workspace.").arg(label(u), props.stringValue(*u.component, keys::engine)));
    } else if (isKind(u, {kinds::dashboards})) {
        iamRole(u"observability.tf"_s, u.ident + u"_grafana"_s, u"grafana.amazonaws.com"_s,
                {u"service-role/AmazonGrafanaCloudWatchAccess"_s, u"AmazonPrometheusQueryAccess"_s});
        Block &g = res(u"observability.tf"_s, u"aws_grafana_workspace"_s, u.ident, regionName);
        g.set(u"name"_s, name(u.slug));
        g.setStr(u"account_access_type"_s, u"CURRENT_ACCOUNT"_s);
        g.set(u"authentication_providers"_s, Value::strings({u"AWS_SSO"_s}));
        g.setStr(u"permission_type"_s, u"SERVICE_MANAGED"_s);
        g.set(u"data_sources"_s, Value::strings({u"CLOUDWATCH"_s, u"PROMETHEUS"_s}));
        g.set(u"role_arn"_s, u"aws_iam_role.%1_grafana.arn"_s.arg(u.ident));
    } else if (isKind(u, {kinds::alerting})) {
        m.variable({u.ident + u"_endpoint"_s, u"string"_s,
                    fileText("HTTPS integration URL of %1 (%2) that receives the alarms; it contains a key, so it is sensitive")
                        .arg(label(u), props.stringValue(*u.component, keys::vendor)),
                    std::nullopt, true, u"startswith(var.%1_endpoint, \"https://\")"_s.arg(u.ident), fileText("The endpoint must use HTTPS.")});
        for (const QString &regionName2 : ctx.regions) {
            const Region &rr = regions[regionName2];
            Block &s = res(u"observability.tf"_s, u"aws_sns_topic_subscription"_s, u.ident + u"_"_s + rr.key, regionName2);
            s.set(u"topic_arn"_s, rr.topic);
            s.setStr(u"protocol"_s, u"https"_s);
            s.set(u"endpoint"_s, u"var.%1_endpoint"_s.arg(u.ident));
            s.setBool(u"endpoint_auto_confirms"_s, true);
        }
    } else {
        m.omit(u, u"observability.tf"_s, fileText("%1 is a third-party service; install its agent or integration with the vendor's own tooling.")
                                             .arg(props.stringValue(*u.component, keys::vendor)));
    }
}

void AwsMapper::security(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    if (isKind(u, {kinds::keyManagement}))
        return; // the region's key, made in setupRegion
    if (isKind(u, {kinds::secretsManager})) {
        Block &s = res(u"security.tf"_s, u"aws_secretsmanager_secret"_s, u.ident, regionName);
        s.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}/%1-"_s.arg(u.slug))));
        s.setStr(u"description"_s, label(u));
        s.set(u"kms_key_id"_s, r.kms);
        s.setNum(u"recovery_window_in_days"_s, 30);
        if (const qint64 days = props.intValue(*u.component, keys::rotationDays); days > 0)
            m.todo(fileText("%1 rotates every %2 days: attach a rotation function with aws_secretsmanager_secret_rotation.").arg(label(u)).arg(days));
        return;
    }
    if (isKind(u, {kinds::identityProvider})) {
        Block &p = res(u"security.tf"_s, u"aws_cognito_user_pool"_s, u.ident, regionName);
        p.set(u"name"_s, name(u.slug));
        p.setStr(u"mfa_configuration"_s, props.boolValue(*u.component, keys::mfa) ? u"ON"_s : u"OPTIONAL"_s);
        p.setStr(u"deletion_protection"_s, u"ACTIVE"_s);
        p.add(u"software_token_mfa_configuration"_s).setBool(u"enabled"_s, true);
        Block &pw = p.add(u"password_policy"_s);
        pw.setNum(u"minimum_length"_s, 14);
        for (const char *key : {"require_lowercase", "require_uppercase", "require_numbers", "require_symbols"})
            pw.setBool(QString::fromLatin1(key), true);
        Block &rec = p.add(u"account_recovery_setting"_s).add(u"recovery_mechanism"_s);
        rec.setStr(u"name"_s, u"verified_email"_s);
        rec.setNum(u"priority"_s, 1);
        if (props.stringValue(*u.component, keys::protocol) == QLatin1String("saml"))
            m.todo(fileText("%1 federates over SAML: add aws_cognito_identity_provider with your IdP's metadata.").arg(label(u)));
        return;
    }
}

void AwsMapper::accessPolicies()
{
    // Least privilege from the connections: a workload may use exactly the buckets and queues it is connected to.
    for (const Unit &u : ctx.units) {
        QString role;
        if (isKind(u, {kinds::microservice, kinds::monolith}) && platformOf(u) == QLatin1String("container-service"))
            role = u.ident + u"_task"_s;
        else if (isKind(u, {kinds::serverlessFunction}))
            role = u.ident + u"_function"_s;
        if (role.isEmpty())
            continue;
        std::vector<Value> statements;
        auto allow = [&](const QString &sid, const QStringList &actions, std::vector<Value> resources) {
            statements.push_back(obj({{u"Sid"_s, S(sid)}, {u"Effect"_s, S(u"Allow"_s)}, {u"Action"_s, Value::strings(actions)},
                                      {u"Resource"_s, list(std::move(resources))}}));
        };
        for (const Connection *c : ctx.outgoing(u.component->id)) {
            const Unit *t = ctx.unit(c->to);
            if (!t)
                continue;
            const QString sid = QString(t->ident).replace(u'_', QString()).left(40);
            if (isKind(*t, {kinds::objectStorage}))
                allow(u"Objects"_s + sid, {u"s3:GetObject"_s, u"s3:PutObject"_s, u"s3:ListBucket"_s},
                      {R(u"aws_s3_bucket.%1.arn"_s.arg(t->ident)), R(quotedTemplate(u"${aws_s3_bucket.%1.arn}/*"_s.arg(t->ident)))});
            else if (isKind(*t, {kinds::messageQueue}) && props.stringValue(*t->component, keys::engine) == QLatin1String("managed"))
                allow(u"Send"_s + sid, {u"sqs:SendMessage"_s, u"sqs:GetQueueAttributes"_s}, {R(u"aws_sqs_queue.%1.arn"_s.arg(t->ident))});
            else if (isKind(*t, {kinds::eventStream}) && props.stringValue(*t->component, keys::engine) == QLatin1String("managed"))
                allow(u"Put"_s + sid, {u"kinesis:PutRecord"_s, u"kinesis:PutRecords"_s}, {R(u"aws_kinesis_stream.%1.arn"_s.arg(t->ident))});
        }
        for (const Connection *c : ctx.outgoing(u.component->id))
            if (auto it = secretOf.find(c->to); it != secretOf.end())
                allow(u"Read"_s + QString(it->second).replace(u'_', QString()).left(40), {u"secretsmanager:GetSecretValue"_s},
                      {R(u"aws_secretsmanager_secret.%1.arn"_s.arg(it->second))});
        for (const Connection *c : ctx.incoming(u.component->id)) {
            const Unit *q = ctx.unit(c->from);
            if (q && isKind(*q, {kinds::messageQueue}) && props.stringValue(*q->component, keys::engine) == QLatin1String("managed"))
                allow(u"Receive"_s + QString(q->ident).replace(u'_', QString()).left(40),
                      {u"sqs:ReceiveMessage"_s, u"sqs:DeleteMessage"_s, u"sqs:ChangeMessageVisibility"_s, u"sqs:GetQueueAttributes"_s},
                      {R(u"aws_sqs_queue.%1.arn"_s.arg(q->ident))});
        }
        if (statements.empty())
            continue;
        allow(u"UseTheDataKey"_s, {u"kms:Decrypt"_s, u"kms:GenerateDataKey"_s}, {R(region(u).kms)});
        Block &p = res(u"security.tf"_s, u"aws_iam_role_policy"_s, role + u"_access"_s, ctx.regions.first());
        p.comment(fileText("What %1 may use, derived from its connections in the design.").arg(label(u)));
        p.set(u"role"_s, u"aws_iam_role.%1.id"_s.arg(role));
        p.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    }
}

void AwsMapper::thirdPartySecrets()
{
    // Credentials for services outside the cloud: stored in Secrets Manager, given as sensitive variables.
    std::set<QString> seen;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Component *to = ctx.design.component(c.to);
        const KindSpec *kind = to ? ctx.catalog.kind(to->kind) : nullptr;
        if (!from || ctx.unit(c.to) || !kind || !kind->hasRole(u"third-party"_s) || !seen.insert(to->id).second)
            continue;
        const Unit *first = ctx.unit(c.from);
        const QString ident = m.reserveName(identifierFor(to->name, to->kind) + u"_credentials"_s);
        secretOf[to->id] = ident;
        m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Secrets Manager").arg(to->name.isEmpty() ? to->id : to->name),
                    std::nullopt, true, {}, {}});
        const QString regionName = ctx.regionOf(*first);
        Block &s = res(u"security.tf"_s, u"aws_secretsmanager_secret"_s, ident, regionName);
        s.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}/%1-"_s.arg(slugFor(to->name, to->kind)))));
        s.setStr(u"description"_s, fileText("Credentials for %1").arg(to->name));
        s.set(u"kms_key_id"_s, regions[regionName].kms);
        s.setNum(u"recovery_window_in_days"_s, 30);
        Block &v = res(u"security.tf"_s, u"aws_secretsmanager_secret_version"_s, ident, regionName);
        v.set(u"secret_id"_s, u"aws_secretsmanager_secret.%1.id"_s.arg(ident));
        v.comment(fileText("Write-only: the value is sent to AWS but never stored in the Terraform state."));
        v.set(u"secret_string_wo"_s, u"var."_s + ident);
        v.setNum(u"secret_string_wo_version"_s, 1);
    }
}

void AwsMapper::run()
{
    Block &top = m.file(u"security.tf"_s);
    top.add(u"data"_s, {u"aws_caller_identity"_s, u"current"_s});
    top.add(u"data"_s, {u"aws_partition"_s, u"current"_s});
    for (int i = 0; i < ctx.regions.size(); ++i)
        setupRegion(ctx.regions[i], i);
    Block &flowRole = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role"_s, u"flow_logs"_s});
    flowRole.set(u"name_prefix"_s, R(quotedTemplate(u"${local.name}-flow-logs-"_s)));
    flowRole.set(u"assume_role_policy"_s,
                 json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                           {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                       {u"Principal"_s, obj({{u"Service"_s, S(u"vpc-flow-logs.amazonaws.com"_s)}})},
                                                       {u"Action"_s, S(u"sts:AssumeRole"_s)}})})}})));
    std::vector<Value> flowGroups;
    for (const QString &r : ctx.regions)
        flowGroups.push_back(R(quotedTemplate(u"${aws_cloudwatch_log_group.%1_flow_logs.arn}:*"_s.arg(Context::regionKey(r)))));
    Block &flowPolicy = m.file(u"security.tf"_s).add(u"resource"_s, {u"aws_iam_role_policy"_s, u"flow_logs"_s});
    flowPolicy.set(u"role"_s, u"aws_iam_role.flow_logs.id"_s);
    flowPolicy.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                                          {u"Statement"_s, list({obj({{u"Effect"_s, S(u"Allow"_s)},
                                                                      {u"Action"_s, Value::strings({u"logs:CreateLogStream"_s, u"logs:PutLogEvents"_s,
                                                                                                    u"logs:DescribeLogGroups"_s, u"logs:DescribeLogStreams"_s})},
                                                                      {u"Resource"_s, list(std::move(flowGroups))}})})}})));

    securityGroups();
    clusters();
    for (const Unit &u : ctx.units) {
        const QString kind = u.component->kind;
        const QString platform = platformOf(u);
        const QString hosting = u.kind && u.kind->property(keys::hosting) && u.kind->category != QLatin1String("observability")
                                    ? props.stringValue(*u.component, keys::hosting) : QString();
        if (hosting == QLatin1String("kubernetes")) {
            m.note(fileText("%1 runs in the Kubernetes cluster (hosting: kubernetes): deploy it with the Kubernetes export.").arg(label(u)));
        } else if (hosting == QLatin1String("vm")) {
            virtualMachines(u);
        } else if (isKind(u, {kinds::microservice, kinds::monolith, kinds::batchJob}) && platform == QLatin1String("kubernetes")) {
            m.note(fileText("%1 runs in the Kubernetes cluster %2: deploy it with the Kubernetes export.").arg(label(u), clusterFor(u)));
        } else if (isKind(u, {kinds::microservice, kinds::monolith}) && platform == QLatin1String("container-service")) {
            containerService(u);
        } else if (isKind(u, {kinds::microservice, kinds::monolith, kinds::virtualMachine})) {
            virtualMachines(u);
        } else if (isKind(u, {kinds::serverlessFunction})) {
            function(u);
        } else if (isKind(u, {kinds::relationalDatabase})) {
            database(u);
        } else if (isKind(u, {kinds::documentDatabase})) {
            documentDatabase(u);
        } else if (isKind(u, {kinds::cache})) {
            cache(u);
        } else if (isKind(u, {kinds::search})) {
            search(u);
        } else if (isKind(u, {kinds::objectStorage})) {
            bucket(u);
        } else if (isKind(u, {kinds::messageQueue})) {
            queue(u);
        } else if (isKind(u, {kinds::eventStream})) {
            stream(u);
        } else if (isKind(u, {kinds::dataWarehouse})) {
            warehouse(u);
        } else if (isKind(u, {kinds::distributedSql})) {
            m.omit(u, u"data.tf"_s, fileText("AWS has no managed %1; run it on the Kubernetes cluster or use Aurora PostgreSQL with Global Database.")
                                        .arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::loadBalancer})) {
            loadBalancer(u);
        } else if (isKind(u, {kinds::apiGateway})) {
            apiGateway(u);
        } else if (isKind(u, {kinds::waf})) {
            waf(u);
        } else if (isKind(u, {kinds::cdn})) {
            cdn(u);
        } else if (isKind(u, {kinds::dns})) {
            dns(u);
        } else if (u.kind && u.kind->category == QLatin1String("observability")) {
            observability(u);
        } else if (isKind(u, {kinds::secretsManager, kinds::keyManagement, kinds::identityProvider})) {
            security(u);
        } else {
            m.omit(u, fileFor(u), fileText("%1 is outside your cloud account: there is nothing to create for it.").arg(u.kind ? u.kind->displayName : kind));
        }
    }
    for (const QString &regionName : needEcsCluster) {
        Block &c = res(u"compute.tf"_s, u"aws_ecs_cluster"_s, regions[regionName].key, regionName);
        c.set(u"name"_s, name(hyphens(regions[regionName].key)));
        Block &s = c.add(u"setting"_s);
        s.setStr(u"name"_s, u"containerInsights"_s);
        s.setStr(u"value"_s, u"enabled"_s);
    }
    if (needEcsRole)
        iamRole(u"compute.tf"_s, u"ecs_execution"_s, u"ecs-tasks.amazonaws.com"_s, {u"service-role/AmazonECSTaskExecutionRolePolicy"_s});
    if (needRdsMonitoring)
        iamRole(u"data.tf"_s, u"rds_monitoring"_s, u"monitoring.rds.amazonaws.com"_s, {u"service-role/AmazonRDSEnhancedMonitoringRole"_s});
    thirdPartySecrets();
    accessPolicies();
    if (needUsEast1)
        m.aliasRegion(u"us-east-1"_s);
    bool alerting = false;
    for (const Unit &u : ctx.units)
        alerting = alerting || isKind(u, {kinds::alerting});
    if (!alerting)
        m.todo(fileText("Nobody is subscribed to the alarms topics: add an aws_sns_topic_subscription for your on-call tool or e-mail."));
}

} // namespace

void mapAws(Context &context) { AwsMapper(context).run(); }

} // namespace sd::tf
