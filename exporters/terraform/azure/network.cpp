// SPDX-License-Identifier: MIT
// Azure: resource groups, virtual networks, subnets with their NSGs, one rule per drawn connection, private endpoints.
#include "azuremapper.h"

namespace sd::tf {

/// The resource group every resource of a region lives in.
void AzureMapper::resourceGroup(const QString &r, int index)
{
    const QString k = key(r);
    regionIndex[r] = index;
    Block &group = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_resource_group"_s, k});
    group.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
    group.set(u"location"_s, r.isEmpty() ? R(u"var.region"_s) : S(r));
}

/// The virtual network of a region, its NAT gateway and VNet flow logs.
void AzureMapper::regionNetwork(const QString &r, int index)
{
    const QString k = key(r);
    Block &vnet = res(u"network.tf"_s, u"azurerm_virtual_network"_s, k, r);
    QString cidr = u"10.%1.0.0/16"_s.arg(index);
    for (const Zone &z : ctx.design.zones())
        if (z.kind == kinds::network && placementOf(ctx.design, ctx.catalog, z.id).region == r
            && placementOf(ctx.design, ctx.catalog, z.id).provider == ctx.provider)
            cidr = props.value(z, keys::cidr).toString();
    vnet.set(u"address_space"_s, Value::strings({cidr}));
    Block &pip = res(u"network.tf"_s, u"azurerm_public_ip"_s, k + u"_nat"_s, r);
    pip.setStr(u"allocation_method"_s, u"Static"_s);
    pip.setStr(u"sku"_s, u"Standard"_s);
    Block &nat = res(u"network.tf"_s, u"azurerm_nat_gateway"_s, k, r);
    nat.comment(fileText("Outbound internet for private subnets; nothing else gets a public address."));
    nat.setStr(u"sku_name"_s, u"Standard"_s);
    Block &napa = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_nat_gateway_public_ip_association"_s, k});
    napa.set(u"nat_gateway_id"_s, u"azurerm_nat_gateway.%1.id"_s.arg(k));
    napa.set(u"public_ip_address_id"_s, u"azurerm_public_ip.%1_nat.id"_s.arg(k));
    if (once(QString(), u"flowlogs"_s)) {
        m.variable({u"network_watcher_name"_s, u"string"_s, fileText("Network Watcher that records the VNet flow logs (Azure creates one per region)"),
                    ctx.regions.first().isEmpty() ? std::optional<Value>() : S(u"NetworkWatcher_"_s + ctx.regions.first()), false, {}, {}});
    }
    storage(nullptr, k + u"_flow_logs"_s, r, fileText("VNet flow logs"));
    Block &fl = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_network_watcher_flow_log"_s, k});
    fl.set(u"name"_s, name(u"flow-logs-"_s + (r.isEmpty() ? u"main"_s : r)));
    fl.set(u"network_watcher_name"_s, index == 0 ? R(u"var.network_watcher_name"_s) : S(u"NetworkWatcher_"_s + r));
    fl.setStr(u"resource_group_name"_s, u"NetworkWatcherRG"_s);
    fl.set(u"target_resource_id"_s, u"azurerm_virtual_network.%1.id"_s.arg(k));
    fl.set(u"storage_account_id"_s, u"azurerm_storage_account.%1_flow_logs.id"_s.arg(k));
    fl.setBool(u"enabled"_s, true);
    fl.setNum(u"version"_s, 2);
    Block &ret = fl.add(u"retention_policy"_s);
    ret.setBool(u"enabled"_s, true);
    ret.setNum(u"days"_s, 90);
    Block &ta = fl.add(u"traffic_analytics"_s);
    ta.setBool(u"enabled"_s, true);
    ta.set(u"workspace_id"_s, u"azurerm_log_analytics_workspace.%1.workspace_id"_s.arg(workspace));
    ta.set(u"workspace_region"_s, u"azurerm_log_analytics_workspace.%1.location"_s.arg(workspace));
    ta.set(u"workspace_resource_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    ta.setNum(u"interval_in_minutes"_s, 10);
}

const AzureMapper::Subnet &AzureMapper::subnet(const QString &r, const QString &tier)
{
    auto &tiers = subnets[r];
    if (auto it = tiers.find(tier); it != tiers.end())
        return it->second;
    static const std::map<QString, std::pair<QString, QString>> layout = {
        {u"workloads"_s, {u"0.0/20"_s, {}}},
        {u"endpoints"_s, {u"16.0/24"_s, {}}},
        {u"postgres"_s, {u"17.0/24"_s, u"Microsoft.DBforPostgreSQL/flexibleServers"_s}},
        {u"mysql"_s, {u"18.0/24"_s, u"Microsoft.DBforMySQL/flexibleServers"_s}},
        {u"gateway"_s, {u"19.0/24"_s, {}}},
        {u"apps"_s, {u"20.0/23"_s, {}}},
        {u"functions"_s, {u"22.0/24"_s, u"Microsoft.Web/serverFarms"_s}},
        {u"agc"_s, {u"23.0/24"_s, u"Microsoft.ServiceNetworking/trafficControllers"_s}},
        {u"aks"_s, {u"32.0/19"_s, {}}},
    };
    const auto &[suffix, delegation] = layout.at(tier);
    const QString k = key(r);
    const QString ident = k + u"_"_s + tier;
    Subnet s{ident, u"10.%1.%2"_s.arg(regionIndex[r]).arg(suffix)};
    Block &sn = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_subnet"_s, ident});
    sn.set(u"name"_s, S(tier));
    sn.set(u"resource_group_name"_s, rg(r));
    sn.set(u"virtual_network_name"_s, u"azurerm_virtual_network.%1.name"_s.arg(k));
    sn.set(u"address_prefixes"_s, Value::strings({s.prefix}));
    sn.setBool(u"default_outbound_access_enabled"_s, false);
    if (!delegation.isEmpty()) {
        Block &d = sn.add(u"delegation"_s);
        d.setStr(u"name"_s, tier);
        Block &sd2 = d.add(u"service_delegation"_s);
        sd2.setStr(u"name"_s, delegation);
        sd2.set(u"actions"_s, Value::strings({u"Microsoft.Network/virtualNetworks/subnets/join/action"_s}));
    }
    Block &nsg = res(u"network.tf"_s, u"azurerm_network_security_group"_s, ident, r);
    nsg.items.front().value = R(name(tier + u"-"_s + (r.isEmpty() ? u"main"_s : r)));
    Block &assoc = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_subnet_network_security_group_association"_s, ident});
    assoc.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(ident));
    assoc.set(u"network_security_group_id"_s, u"azurerm_network_security_group.%1.id"_s.arg(ident));
    if (tier != QLatin1String("endpoints") && tier != QLatin1String("postgres") && tier != QLatin1String("mysql") && tier != QLatin1String("gateway")
        && tier != QLatin1String("agc")) {
        Block &na = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_subnet_nat_gateway_association"_s, ident});
        na.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(ident));
        na.set(u"nat_gateway_id"_s, u"azurerm_nat_gateway.%1.id"_s.arg(k));
    }
    const Subnet &stored = tiers.emplace(tier, s).first->second;
    nsgPriority[ident] = 100;
    nsgRule(r, tier, u"same-subnet"_s, fileText("Members of the %1 subnet talk to each other").arg(tier), S(s.prefix), S(s.prefix), u"*"_s);
    if (tier == QLatin1String("gateway")) {
        nsgRule(r, tier, u"gateway-manager"_s, fileText("Application Gateway v2 infrastructure ports, required by Azure"),
                S(u"GatewayManager"_s), S(u"*"_s), u"65200-65535"_s);
    }
    // The two rules every subnet ends with: Azure's health probes in, then nothing else.
    auto fixedRule = [&](const QString &suffix, const QString &ruleName, const QString &description, qint64 priority,
                         const QString &access, const QString &source) {
        Block &rule = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_network_security_rule"_s, ident + suffix});
        rule.set(u"name"_s, S(ruleName));
        rule.set(u"resource_group_name"_s, rg(r));
        rule.set(u"network_security_group_name"_s, u"azurerm_network_security_group.%1.name"_s.arg(ident));
        rule.setStr(u"description"_s, description);
        rule.setNum(u"priority"_s, priority);
        rule.setStr(u"direction"_s, u"Inbound"_s);
        rule.setStr(u"access"_s, access);
        rule.setStr(u"protocol"_s, u"*"_s);
        rule.setStr(u"source_port_range"_s, u"*"_s);
        rule.setStr(u"destination_port_range"_s, u"*"_s);
        rule.setStr(u"source_address_prefix"_s, source);
        rule.setStr(u"destination_address_prefix"_s, u"*"_s);
    };
    fixedRule(u"_azure_load_balancer"_s, u"azure-load-balancer"_s, fileText("Health probes of Azure load balancers"), 3900, u"Allow"_s,
              u"AzureLoadBalancer"_s);
    fixedRule(u"_deny_inbound"_s, u"deny-everything-else"_s,
              fileText("Nothing else comes in: the rules above are derived from the design's connections"), 4000, u"Deny"_s, u"*"_s);
    return stored;
}

void AzureMapper::nsgRule(const QString &r, const QString &tier, const QString &ruleName, const QString &description, const Value &source,
                          const Value &destination, const QString &port, const QString &comment)
{
    const Subnet &s = subnet(r, tier);
    const QString ident = m.reserveName(s.ident + u"_"_s + identifierFor(ruleName, u"rule"_s));
    Block &rule = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_network_security_rule"_s, ident});
    if (!comment.isEmpty())
        rule.comment(comment);
    rule.set(u"name"_s, S(slugFor(ruleName, u"rule"_s, 70)));
    rule.set(u"resource_group_name"_s, rg(r));
    rule.set(u"network_security_group_name"_s, u"azurerm_network_security_group.%1.name"_s.arg(s.ident));
    rule.setStr(u"description"_s, description);
    rule.setNum(u"priority"_s, nsgPriority[s.ident]);
    nsgPriority[s.ident] += 10;
    rule.setStr(u"direction"_s, u"Inbound"_s);
    rule.setStr(u"access"_s, u"Allow"_s);
    rule.setStr(u"protocol"_s, port == QLatin1String("*") ? u"*"_s : u"Tcp"_s);
    rule.setStr(u"source_port_range"_s, u"*"_s);
    rule.setStr(u"destination_port_range"_s, port);
    rule.set(source.render(0).startsWith(u'[') ? u"source_application_security_group_ids"_s : u"source_address_prefix"_s, source);
    rule.set(destination.render(0).startsWith(u'[') ? u"destination_application_security_group_ids"_s : u"destination_address_prefix"_s, destination);
}

QString AzureMapper::tierOf(const Unit &u) const
{
    switch (placedRuntime(u)) {
    case Runtime::Kubernetes:
        return u"aks"_s;
    case Runtime::VirtualMachines:
        return u"workloads"_s;
    case Runtime::ContainerService:
        return u"apps"_s;
    default:
        break;
    }
    if (isKind(u, {kinds::serverlessFunction}))
        return u"functions"_s;
    if (isKind(u, {kinds::relationalDatabase}))
        return props.stringValue(*u.component, keys::engine) == QLatin1String("mysql") ? u"mysql"_s : u"postgres"_s;
    if (isKind(u, {kinds::loadBalancer, kinds::apiGateway}) && ctx.isPublic(u))
        return u"gateway"_s;
    if (isKind(u, {kinds::cache, kinds::objectStorage, kinds::messageQueue, kinds::eventStream, kinds::documentDatabase, kinds::secretsManager,
                   kinds::keyManagement}))
        return u"endpoints"_s;
    return {};
}

QString AzureMapper::asgOf(const Unit &u) const
{
    return placedRuntime(u) == Runtime::VirtualMachines ? u"azurerm_application_security_group.%1.id"_s.arg(u.ident) : QString();
}

/// The port a managed Azure service answers on for the auth the export sets up (docs/export-kubernetes.md, real ports).
int AzureMapper::servicePort(const Unit &to, int drawn) const
{
    if (isKind(to, {kinds::cache}))
        return 6380; // Azure Cache for Redis speaks TLS on 6380 only
    if (isKind(to, {kinds::eventStream}))
        return 9093; // Event Hubs' Kafka endpoint (TLS)
    if (isKind(to, {kinds::messageQueue}))
        return 5671; // Service Bus, AMQP over TLS
    if (isKind(to, {kinds::objectStorage, kinds::secretsManager, kinds::keyManagement}))
        return 443;
    if (isKind(to, {kinds::documentDatabase}))
        return props.stringValue(*to.component, keys::engine) == QLatin1String("mongodb") ? 10255 : 443;
    if (isKind(to, {kinds::relationalDatabase}) && placedRuntime(to) == Runtime::Managed)
        return props.stringValue(*to.component, keys::engine) == QLatin1String("mysql") ? 3306 : 5432;
    return drawn;
}

/// The private endpoint address of a managed service, when it has one: the narrowest destination an NSG rule can name.
QString AzureMapper::endpointAddress(const Unit &to) const
{
    const QString k = key(ctx.regionOf(to));
    QString pe;
    if (isKind(to, {kinds::objectStorage}))
        pe = to.ident + u"_blob"_s;
    else if (isKind(to, {kinds::cache}) || (isKind(to, {kinds::documentDatabase})))
        pe = to.ident;
    else if (isKind(to, {kinds::eventStream}))
        pe = k + u"_eventhubs"_s;
    else if (isKind(to, {kinds::messageQueue}))
        pe = k + u"_servicebus"_s;
    else if (isKind(to, {kinds::secretsManager, kinds::keyManagement}))
        pe = k + u"_vault"_s;
    return pe.isEmpty() ? QString() : u"azurerm_private_endpoint.%1.private_service_connection[0].private_ip_address"_s.arg(pe);
}

void AzureMapper::connections()
{
    // One rule per drawn connection, even where two connections join the same subnets: each names its connection, and
    // removing a connection from the design removes exactly its rule. Pods share the AKS subnet; Cilium's NetworkPolicies
    // (the Kubernetes export) tell them apart.
    for (const Context::Call &call : ctx.callsHere()) {
        const Connection &c = call.connection;
        const Unit *from = call.from;
        const Unit *to = &call.to;
        if (!from)
            continue;
        // A queue or stream drawn towards a service: on the wire the consumer connects to the broker.
        if (isKind(*from, {kinds::eventStream, kinds::messageQueue}) && isWorkload(*to) && placedRuntime(*from) == Runtime::Managed)
            std::swap(from, to);
        const QString targetTier = tierOf(*to);
        if (targetTier.isEmpty() || ctx.regionOf(*from) != ctx.regionOf(*to))
            continue;
        if (targetTier == QLatin1String("gateway"))
            continue; // its internet rules are made with the gateway
        const QString r = ctx.regionOf(*to);
        const int port = servicePort(*to, ctx.portOf(c));
        const QString sourceTier = tierOf(*from);
        static const QStringList callers = {u"aks"_s, u"workloads"_s, u"apps"_s, u"functions"_s, u"gateway"_s};
        if (!callers.contains(sourceTier))
            continue; // a managed service calling another (Key Vault and its key) opens no port in the VNet
        if (placedRuntime(*from) == Runtime::Kubernetes && placedRuntime(*to) == Runtime::Kubernetes)
            continue; // pod to pod: the Kubernetes export's NetworkPolicy, enforced by Cilium
        const QString fromAsg = asgOf(*from);
        const QString toAsg = asgOf(*to);
        const QString peIp = endpointAddress(*to);
        const Value source = fromAsg.isEmpty() ? S(subnet(r, sourceTier).prefix) : list({R(fromAsg)});
        const Value destination = !toAsg.isEmpty() ? list({R(toAsg)}) : !peIp.isEmpty() ? R(peIp) : S(subnet(r, targetTier).prefix);
        nsgRule(r, targetTier, u"%1-to-%2-%3"_s.arg(from->slug, to->slug).arg(port),
                u"%1 -> %2 (%3, %4 %5)"_s.arg(label(*from), label(*to), c.id, c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port),
                source, destination, QString::number(port));
    }
}

QString AzureMapper::privateDns(const QString &zone)
{
    const QString ident = identifierFor(zone, u"zone"_s);
    if (dnsZones.insert(ident).second) {
        Block &z = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_private_dns_zone"_s, ident});
        z.setStr(u"name"_s, zone);
        z.set(u"resource_group_name"_s, rg(ctx.regions.first()));
        for (const QString &r : ctx.regions) {
            Block &l = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_private_dns_zone_virtual_network_link"_s, ident + u"_"_s + key(r)});
            l.set(u"name"_s, name(key(r)));
            l.set(u"resource_group_name"_s, rg(ctx.regions.first()));
            l.set(u"private_dns_zone_name"_s, u"azurerm_private_dns_zone.%1.name"_s.arg(ident));
            l.set(u"virtual_network_id"_s, u"azurerm_virtual_network.%1.id"_s.arg(key(r)));
        }
    }
    return u"azurerm_private_dns_zone.%1.id"_s.arg(ident);
}

void AzureMapper::privateEndpoint(const QString &ident, const QString &r, const QString &resourceId, const QString &subresource, const QString &zone)
{
    const QString zoneId = privateDns(zone);
    Block &pe = res(u"network.tf"_s, u"azurerm_private_endpoint"_s, ident, r);
    pe.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(subnet(r, u"endpoints"_s).ident));
    Block &psc = pe.add(u"private_service_connection"_s);
    psc.set(u"name"_s, name(slugFor(ident, u"endpoint"_s, 40)));
    psc.set(u"private_connection_resource_id"_s, resourceId);
    psc.set(u"subresource_names"_s, Value::strings({subresource}));
    psc.setBool(u"is_manual_connection"_s, false);
    Block &dz = pe.add(u"private_dns_zone_group"_s);
    dz.setStr(u"name"_s, u"default"_s);
    dz.set(u"private_dns_zone_ids"_s, list({R(zoneId)}));
}

} // namespace sd::tf
