// SPDX-License-Identifier: MIT
// Google Cloud: the VPC, subnets with the Kubernetes ranges, Cloud NAT, firewall rules per drawn connection.
#include "gcpmapper.h"

namespace sd::tf {

void GcpMapper::network()
{
    apis.insert(u"compute.googleapis.com"_s);
    Block &net = res(u"network.tf"_s, u"google_compute_network"_s, u"main"_s);
    net.set(u"name"_s, R(u"local.name"_s));
    net.setBool(u"auto_create_subnetworks"_s, false);
    net.setStr(u"routing_mode"_s, u"GLOBAL"_s);
    for (int i = 0; i < ctx.regions.size(); ++i) {
        const QString r = ctx.regions[i];
        const QString k = Context::regionKey(r);
        Block &sn = res(u"network.tf"_s, u"google_compute_subnetwork"_s, k);
        sn.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
        sn.set(u"region"_s, regionValue(r));
        sn.set(u"network"_s, u"google_compute_network.main.id"_s);
        sn.setStr(u"ip_cidr_range"_s, u"10.%1.0.0/20"_s.arg(i));
        sn.setBool(u"private_ip_google_access"_s, true);
        Block &pods = sn.add(u"secondary_ip_range"_s);
        pods.setStr(u"range_name"_s, u"pods"_s);
        pods.setStr(u"ip_cidr_range"_s, u"10.%1.0.0/14"_s.arg(64 + 4 * i));
        Block &svc = sn.add(u"secondary_ip_range"_s);
        svc.setStr(u"range_name"_s, u"services"_s);
        svc.setStr(u"ip_cidr_range"_s, u"10.%1.16.0/20"_s.arg(i));
        Block &log = sn.add(u"log_config"_s);
        log.comment(fileText("VPC flow logs."));
        log.setStr(u"aggregation_interval"_s, u"INTERVAL_5_SEC"_s);
        log.set(u"flow_sampling"_s, u"0.5"_s);
        log.setStr(u"metadata"_s, u"INCLUDE_ALL_METADATA"_s);
        Block &router = res(u"network.tf"_s, u"google_compute_router"_s, k);
        router.set(u"name"_s, name(u"router-"_s + (r.isEmpty() ? u"main"_s : r)));
        router.set(u"region"_s, regionValue(r));
        router.set(u"network"_s, u"google_compute_network.main.id"_s);
        Block &nat = res(u"network.tf"_s, u"google_compute_router_nat"_s, k);
        nat.comment(fileText("Outbound internet for private nodes; nothing gets a public address."));
        nat.set(u"name"_s, name(u"nat-"_s + (r.isEmpty() ? u"main"_s : r)));
        nat.set(u"region"_s, regionValue(r));
        nat.set(u"router"_s, u"google_compute_router.%1.name"_s.arg(k));
        nat.setStr(u"nat_ip_allocate_option"_s, u"AUTO_ONLY"_s);
        nat.setStr(u"source_subnetwork_ip_ranges_to_nat"_s, u"ALL_SUBNETWORKS_ALL_IP_RANGES"_s);
        Block &nl = nat.add(u"log_config"_s);
        nl.setBool(u"enable"_s, true);
        nl.setStr(u"filter"_s, u"ERRORS_ONLY"_s);
    }
    proxyOnlySubnets();
}

namespace {
/// The Kubernetes Gateway that stands for an edge component, when the Kubernetes export makes one.
const k8s::Gateway *gatewayFor(const std::optional<k8s::Plan> &plan, const QString &componentId)
{
    if (!plan)
        return nullptr;
    for (const k8s::Gateway &g : plan->gateways)
        if (g.componentId == componentId)
            return &g;
    return nullptr;
}
} // namespace

/// Internal Gateways (gke-l7-rilb) run their Envoy proxies in the region's proxy-only subnet.
void GcpMapper::proxyOnlySubnets()
{
    bool internal = false;
    if (plan)
        for (const k8s::Gateway &g : plan->gateways)
            internal = internal || !g.internetFacing;
    if (!internal)
        return;
    std::set<QString> regions;
    for (const Unit &u : ctx.units)
        if (u.runtime == Runtime::Kubernetes)
            regions.insert(ctx.regionOf(u));
    for (const QString &r : regions) {
        const int i = std::max<int>(0, int(ctx.regions.indexOf(r)));
        Block &sn = res(u"network.tf"_s, u"google_compute_subnetwork"_s, Context::regionKey(r) + u"_proxy_only"_s);
        sn.comment(fileText("The proxies of the internal Gateways (gke-l7-rilb) in this region; the pods admit them from this range."));
        sn.set(u"name"_s, name(u"proxy-only-"_s + (r.isEmpty() ? u"main"_s : r)));
        sn.set(u"region"_s, regionValue(r));
        sn.set(u"network"_s, u"google_compute_network.main.id"_s);
        sn.setStr(u"ip_cidr_range"_s, u"10.%1.32.0/23"_s.arg(i));
        sn.setStr(u"purpose"_s, u"REGIONAL_MANAGED_PROXY"_s);
        sn.setStr(u"role"_s, u"ACTIVE"_s);
    }
}

QString GcpMapper::tagOf(const Unit &u) const
{
    if (isWorkloadInCluster(u))
        return hyphens(clusterName(u)) + u"-nodes"_s;
    if (u.runtime == Runtime::VirtualMachines)
        return u.slug;
    return {};
}

void GcpMapper::firewalls()
{
    std::set<QString> done;
    for (const Context::Call &call : ctx.callsHere()) {
        const Connection &c = call.connection;
        const Unit *from = call.from;
        const Unit *to = &call.to;
        const QString target = tagOf(*to);
        if (target.isEmpty())
            continue;
        int port = ctx.portOf(c);
        // In the cluster, the port the pods really listen on (the Kubernetes export's), not the drawn one.
        if (const k8s::Workload *w = plan && isWorkloadInCluster(*to) ? plan->workload(to->component->id) : nullptr; w && w->port > 0)
            port = w->port;
        const QString source = from ? tagOf(*from) : QString();
        const bool viaLoadBalancer = from && isKind(*from, {kinds::loadBalancer, kinds::apiGateway});
        if (source.isEmpty() && !viaLoadBalancer)
            continue;
        if (source == target)
            continue;
        const QString ident = m.reserveName(u"%1_from_%2_%3"_s.arg(to->ident, from->ident).arg(port));
        if (!done.insert(target + source + QString::number(port) + (viaLoadBalancer ? u"lb"_s : QString())).second)
            continue;
        Block &fw = res(u"network.tf"_s, u"google_compute_firewall"_s, ident);
        fw.set(u"name"_s, name(hyphens(ident).left(40)));
        fw.set(u"network"_s, u"google_compute_network.main.id"_s);
        fw.setStr(u"description"_s, u"%1 -> %2 (%3 %4)"_s.arg(label(*from), label(*to), c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port));
        fw.setStr(u"direction"_s, u"INGRESS"_s);
        fw.setNum(u"priority"_s, 1000);
        const k8s::Gateway *gateway = viaLoadBalancer && isWorkloadInCluster(*to) ? gatewayFor(plan, from->component->id) : nullptr;
        if (gateway && !gateway->internetFacing) {
            fw.comment(fileText("The internal Gateway's proxies (proxy-only subnet) and Google's health checkers."));
            fw.set(u"source_ranges"_s, list({R(u"google_compute_subnetwork.%1_proxy_only.ip_cidr_range"_s.arg(Context::regionKey(ctx.regionOf(*to)))),
                                             S(u"35.191.0.0/16"_s), S(u"130.211.0.0/22"_s)}));
        } else if (viaLoadBalancer) {
            fw.comment(fileText("Google's load balancer proxies and health checks come from these ranges."));
            fw.set(u"source_ranges"_s, Value::strings({u"35.191.0.0/16"_s, u"130.211.0.0/22"_s}));
        } else {
            fw.set(u"source_tags"_s, Value::strings({source}));
        }
        fw.set(u"target_tags"_s, Value::strings({target}));
        Block &allow = fw.add(u"allow"_s);
        allow.setStr(u"protocol"_s, u"tcp"_s);
        allow.set(u"ports"_s, Value::strings({QString::number(port)}));
        fw.add(u"log_config"_s).setStr(u"metadata"_s, u"INCLUDE_ALL_METADATA"_s);
    }
}

/// The peering range for Google-managed services reached over private IP, when one is used.
void GcpMapper::privateServiceAccess()
{
    if (!privateServices)
        return;
    apis.insert(u"servicenetworking.googleapis.com"_s);
    Block &range = res(u"network.tf"_s, u"google_compute_global_address"_s, u"private_services"_s);
    range.comment(fileText("Address range for Google-managed services (Cloud SQL, Memorystore) reached over private IP."));
    range.set(u"name"_s, name(u"private-services"_s));
    range.setStr(u"purpose"_s, u"VPC_PEERING"_s);
    range.setStr(u"address_type"_s, u"INTERNAL"_s);
    range.setNum(u"prefix_length"_s, 16);
    range.set(u"network"_s, u"google_compute_network.main.id"_s);
    Block &conn = res(u"network.tf"_s, u"google_service_networking_connection"_s, u"private_services"_s);
    conn.set(u"network"_s, u"google_compute_network.main.id"_s);
    conn.setStr(u"service"_s, u"servicenetworking.googleapis.com"_s);
    conn.set(u"reserved_peering_ranges"_s, list({R(u"google_compute_global_address.private_services.name"_s)}));
}

} // namespace sd::tf
