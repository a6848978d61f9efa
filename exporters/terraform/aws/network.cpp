// SPDX-License-Identifier: MIT
// AWS: VPCs, subnets, NAT, flow logs, and security groups with one rule per drawn connection.
#include "awsmapper.h"

namespace sd::tf {

// A VPC across the design's availability zones, private and public subnets, a NAT per zone.
void AwsMapper::regionNetwork(const Region &r, int index)
{
    const QString &name = r.name;
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
        m.warn(fileText("%1: the design names fewer than two availability zones; the export spreads over the first two of the region.")
                   .arg(name.isEmpty() ? u"region"_s : name));
    }
    QString cidr = u"10.%1.0.0/16"_s.arg(index);
    for (const Zone &z : ctx.design.zones())
        if (z.kind == kinds::network && placementOf(ctx.design, ctx.catalog, z.id).region == name
            && placementOf(ctx.design, ctx.catalog, z.id).provider == ctx.provider)
            cidr = props.value(z, keys::cidr).toString();
    Block &vpc = res(u"network.tf"_s, u"aws_vpc"_s, r.key, name);
    vpc.setStr(u"cidr_block"_s, cidr);
    vpc.setBool(u"enable_dns_support"_s, true);
    vpc.setBool(u"enable_dns_hostnames"_s, true);
    vpc.set(u"tags"_s, obj({{u"Name"_s, R(name.isEmpty() ? u"local.name"_s : tmpl(u"${local.name}-"_s + name))}}));

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
        sn.set(u"tags"_s, obj({{u"Name"_s, R(tmpl(u"${local.name}-%1-${%2[count.index]}"_s.arg(tier, r.azs)))},
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
}

QString AwsMapper::securityGroupOf(const QString &componentId) const
{
    const Unit *u = ctx.unit(componentId);
    if (!u || !hasSecurityGroup(*u))
        return {};
    if (isWorkloadInCluster(*u)) {
        // Security groups for pods: a workload that calls data stores in the VPC gets its own group;
        // the others share the nodes' (cluster) group, which no data store admits.
        if (const k8s::Workload *w = kubeWorkload(*u); w && !w->securityGroupKey.isEmpty())
            return u"aws_security_group.%1_pods.id"_s.arg(u->ident);
        return u"aws_eks_cluster.%1.vpc_config[0].cluster_security_group_id"_s.arg(clusterName(*u));
    }
    return u"aws_security_group.%1.id"_s.arg(u->ident);
}

bool AwsMapper::hasSecurityGroup(const Unit &u) const
{
    if (isKind(u, {kinds::loadBalancer}))
        return !forwardsOnlyToApiGateways(u);
    if (isKind(u, {kinds::microservice, kinds::monolith, kinds::virtualMachine, kinds::serverlessFunction, kinds::batchJob,
                   kinds::relationalDatabase, kinds::cache, kinds::search, kinds::apiGateway}))
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

bool AwsMapper::forwardsOnlyToApiGateways(const Unit &u) const
{
    const auto out = ctx.outgoing(u.component->id);
    if (out.empty())
        return false;
    for (const Connection *c : out) {
        const Unit *t = ctx.unit(c->to);
        if (!t || !isKind(*t, {kinds::apiGateway}))
            return false;
    }
    return true;
}

bool AwsMapper::frontedByCdn(const Unit &u) const
{
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *f = ctx.unit(c->from);
        if (f && isKind(*f, {kinds::cdn}))
            return true;
        if (f && isKind(*f, {kinds::waf}) && frontedByCdn(*f))
            return true;
    }
    return false;
}

void AwsMapper::securityGroups()
{
    Block &net = m.file(u"network.tf"_s);
    auto group = [&](const QString &ident, const QString &slug, const QString &description, const Region &r, const QString &regionName) {
        Block &sg = res(u"network.tf"_s, u"aws_security_group"_s, ident, regionName);
        sg.set(u"name_prefix"_s, R(tmpl(u"${local.name}-"_s + slug + u"-"_s)));
        sg.setStr(u"description"_s, description);
        sg.set(u"vpc_id"_s, r.vpc);
        sg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    };
    for (const Unit &u : ctx.units) {
        if (!hasSecurityGroup(u))
            continue;
        if (!isWorkloadInCluster(u))
            group(u.ident, u.slug, fileText("%1: only the ports its callers use").arg(label(u)), region(u), ctx.regionOf(u));
        else if (const k8s::Workload *w = kubeWorkload(u); w && !w->securityGroupKey.isEmpty())
            group(u.ident + u"_pods"_s, u.slug + u"-pods"_s,
                  fileText("Pods of %1 (security groups for pods): only the connections drawn to and from it").arg(label(u)), region(u), ctx.regionOf(u));
    }
    // The load balancers the Gateway controller makes for the Kubernetes export's Gateways.
    std::map<QString, QString> gatewayGroupOf; // edge component id -> its Gateway's security group
    for (const k8s::Gateway &g : kube().gateways) {
        const Unit *edge = ctx.unit(g.componentId);
        if (!edge || kube().cloud != k8s::Cloud::Aws || kubeGateway(g.componentId) != &g)
            continue;
        group(gatewaySecurityGroup(g), u"gateway-"_s + g.name.left(16),
              fileText("Load balancer of the Kubernetes Gateway %1 (AWS Load Balancer Controller): only what the design draws in front").arg(g.name),
              region(*edge), ctx.regionOf(*edge));
        gatewayGroupOf[g.componentId] = u"aws_security_group.%1.id"_s.arg(gatewaySecurityGroup(g));
    }
    std::set<QString> done;
    auto rule = [&](const QString &type, const QString &ident, const QString &region, const QString &sg, int port,
                    const QString &peerKey, const QString &peer, const QString &description, const QString &comment,
                    const QString &protocol = u"tcp"_s) {
        const QString key = type + sg + QString::number(port) + protocol + peer;
        if (!done.insert(key).second)
            return;
        Block &r = res(u"network.tf"_s, type, m.reserveName(ident), region);
        if (!comment.isEmpty())
            r.comment(comment);
        r.set(u"security_group_id"_s, sg);
        r.setStr(u"description"_s, description);
        r.setStr(u"ip_protocol"_s, protocol);
        r.setNum(u"from_port"_s, port);
        r.setNum(u"to_port"_s, port);
        r.set(peerKey, peer);
    };
    const QString in = u"aws_vpc_security_group_ingress_rule"_s, out = u"aws_vpc_security_group_egress_rule"_s;
    auto pair = [&](const QString &fromIdent, const QString &fromSg, const QString &toIdent, const QString &toSg, int port,
                    const QString &regionName, const QString &what, bool callerRule, bool calleeRule) {
        if (calleeRule)
            rule(in, u"%1_from_%2_%3"_s.arg(toIdent, fromIdent).arg(port), regionName, toSg, port, u"referenced_security_group_id"_s, fromSg, what, {});
        if (callerRule)
            rule(out, u"%1_to_%2_%3"_s.arg(fromIdent, toIdent).arg(port), regionName, fromSg, port, u"referenced_security_group_id"_s, toSg, what, {});
    };
    auto ownGroup = [&](const Unit &u) {
        // Rules on the shared node group would admit every pod: only groups of one workload get them.
        return !isWorkloadInCluster(u) || securityGroupOf(u.component->id).endsWith(u"_pods.id"_s);
    };
    std::set<QString> needsHttpsOut;
    for (const Connection &c : ctx.design.connections()) {
        const auto [fromId, toId] = wireEnds(c);
        const Unit *from = ctx.unit(fromId);
        const Unit *to = ctx.unit(toId);
        const int port = realPort(c);
        QString targetSg = securityGroupOf(toId);
        QString callerSg = securityGroupOf(fromId);
        const QString fromName = from ? label(*from) : ctx.design.component(fromId)->name;
        if (from && !callerSg.isEmpty() && (!to || targetSg.isEmpty()))
            needsHttpsOut.insert(fromId); // AWS APIs (S3, SQS...) and services outside this cloud
        if (!to || targetSg.isEmpty())
            continue;
        const QString toRegion = ctx.regionOf(*to);
        const QString what = u"%1 -> %2 (%3 %4)"_s.arg(fromName, label(*to), c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port);
        if (from && isWorkloadInCluster(*to) && gatewayGroupOf.count(fromId)) {
            // Edge -> workload: the Gateway's load balancer sends it to the pods; the edge reaches that load balancer.
            const k8s::Gateway *g = kubeGateway(fromId);
            const QString gwIdent = gatewaySecurityGroup(*g);
            pair(gwIdent, gatewayGroupOf[fromId], to->ident, targetSg, port, toRegion, what, true, true);
            if (!callerSg.isEmpty())
                pair(from->ident, callerSg, gwIdent, gatewayGroupOf[fromId], 443, toRegion,
                     fileText("%1 -> the load balancer of Gateway %2 (https 443)").arg(fromName, g->name), true, true);
            continue;
        }
        if (from && !callerSg.isEmpty() && ctx.regionOf(*from) == toRegion) {
            if (callerSg == targetSg)
                continue; // both on the node group: the NetworkPolicy of the Kubernetes export decides
            pair(from->ident, callerSg, to->ident, targetSg, port, toRegion, what, ownGroup(*from), ownGroup(*to));
        } else if (from && isKind(*from, {kinds::cdn})) {
            rule(in, u"%1_from_cloudfront"_s.arg(to->ident), toRegion, targetSg, 443,
                 u"prefix_list_id"_s, u"data.aws_ec2_managed_prefix_list.cloudfront.id"_s, what, {});
        }
    }
    // Public entry points: HTTPS from anywhere, nothing else; only CloudFront when a CDN fronts them.
    for (const Unit &u : ctx.units) {
        if (!isKind(u, {kinds::loadBalancer}) || !ctx.isPublic(u) || !hasSecurityGroup(u))
            continue;
        const QString sg = securityGroupOf(u.component->id);
        if (frontedByCdn(u)) {
            rule(in, u.ident + u"_from_cloudfront"_s, ctx.regionOf(u), sg, 443, u"prefix_list_id"_s,
                 u"data.aws_ec2_managed_prefix_list.cloudfront.id"_s, fileText("HTTPS from CloudFront's origin-facing servers to %1").arg(label(u)),
                 fileText("Only CloudFront reaches the load balancer, so nothing gets around the CDN and its WAF."));
            continue;
        }
        const QString reason = fileText("Deliberate exception: a public load balancer must accept HTTPS from the internet.");
        rule(in, u.ident + u"_https_from_internet"_s, ctx.regionOf(u), sg, 443,
             u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTPS from the internet to %1").arg(label(u)), reason);
        if (props.stringValue(*u.component, keys::layer) == QLatin1String("l7"))
            rule(in, u.ident + u"_http_redirect"_s, ctx.regionOf(u), sg, 80,
                 u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTP from the internet, only redirected to HTTPS"),
                 fileText("Deliberate exception: port 80 only answers with a redirect to HTTPS."));
    }
    bool cloudfrontPrefix = false;
    for (const auto &item : m.file(u"network.tf"_s).items)
        if (item.block && item.block->labels.value(1).endsWith(u"_from_cloudfront"_s))
            cloudfrontPrefix = true;
    if (cloudfrontPrefix) {
        Block &pl = net.add(u"data"_s, {u"aws_ec2_managed_prefix_list"_s, u"cloudfront"_s});
        pl.setStr(u"name"_s, u"com.amazonaws.global.cloudfront.origin-facing"_s);
    }
    // What every pod group needs besides its connections.
    for (const Unit &u : ctx.units) {
        if (!isWorkloadInCluster(u) || !ownGroup(u))
            continue;
        const QString sg = securityGroupOf(u.component->id);
        const QString nodes = u"aws_eks_cluster.%1.vpc_config[0].cluster_security_group_id"_s.arg(clusterName(u));
        const QString regionName = ctx.regionOf(u);
        const k8s::Workload *w = kubeWorkload(u);
        if (w && w->port > 0)
            rule(in, u.ident + u"_pods_from_nodes"_s, regionName, sg, w->port, u"referenced_security_group_id"_s, nodes,
                 fileText("Kubelet probes and in-cluster callers of %1; its NetworkPolicy admits only the drawn callers").arg(label(u)),
                 fileText("Pods without a group of their own use the node group; the NetworkPolicy narrows it to the drawn callers."));
        for (const QString &protocol : {u"udp"_s, u"tcp"_s})
            rule(out, u.ident + u"_pods_dns_"_s + protocol, regionName, sg, 53, u"referenced_security_group_id"_s, nodes,
                 fileText("DNS (CoreDNS) for the pods of %1").arg(label(u)), {}, protocol);
        if (w && w->cloudIdentity)
            rule(out, u.ident + u"_pods_identity"_s, regionName, sg, 80, u"cidr_ipv4"_s, u"\"169.254.170.23/32\""_s,
                 fileText("EKS Pod Identity agent: the credentials of %1's role").arg(label(u)), {});
    }
    for (const QString &id : needsHttpsOut) {
        const Unit *u = ctx.unit(id);
        if (isWorkloadInCluster(*u) && !ownGroup(*u))
            continue; // the node group allows egress
        rule(out, u->ident + u"_https_out"_s, ctx.regionOf(*u), securityGroupOf(id), 443,
             u"cidr_ipv4"_s, u"\"0.0.0.0/0\""_s, fileText("HTTPS to AWS APIs and external services %1 calls").arg(label(*u)),
             fileText("Outbound HTTPS through the NAT gateways; add VPC endpoints to keep AWS API calls inside the VPC."));
    }
}

} // namespace sd::tf
