// SPDX-License-Identifier: MIT
// Azure: the design's kinds as idiomatic azurerm provider (~> 4.0) resources.
#include "tfcommon.h"

#include <set>

namespace sd::tf {

namespace {

QString tmpl(const QString &text) { return u"\""_s + text + u"\""_s; }
QString alnum(QString text) { return text.remove(u'-').remove(u'_'); }

const char *const kVmSize[] = {"Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_D16s_v5", "Standard_D32s_v5"};
const char *const kDbSku[] = {"GP_Standard_D2ds_v5", "GP_Standard_D4ds_v5", "GP_Standard_D8ds_v5", "GP_Standard_D16ds_v5", "GP_Standard_D32ds_v5"};
const qint64 kPgStorageMb[] = {32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 8388608, 16777216, 33553408};

struct Subnet {
    QString ident;  ///< azurerm_subnet local name
    QString prefix; ///< address prefix
};

class AzureMapper
{
public:
    explicit AzureMapper(Context &context) : ctx(context), m(context.module), props(context.props) {}
    void run();

private:
    Context &ctx;
    Module &m;
    const PropertyAccess &props;
    QString workspace = u"main"_s;
    std::map<QString, int> regionIndex;
    std::map<QString, std::map<QString, Subnet>> subnets; ///< region -> tier -> subnet
    std::map<QString, int> nsgPriority;                    ///< NSG ident -> next priority
    std::set<QString> dnsZones;
    std::set<QString> regionShared; ///< "<region>/<thing>" made once per region

    QString key(const QString &r) const { return Context::regionKey(r); }
    QString rg(const QString &r) const { return u"azurerm_resource_group.%1.name"_s.arg(key(r)); }
    QString location(const QString &r) const { return u"azurerm_resource_group.%1.location"_s.arg(key(r)); }
    QString identity(const QString &r) const { return u"azurerm_user_assigned_identity.%1.id"_s.arg(key(r)); }
    QString vaultKey(const QString &r) const { return u"azurerm_key_vault_key.%1.id"_s.arg(key(r)); }
    QString vaultKeyVersionless(const QString &r) const { return u"azurerm_key_vault_key.%1.versionless_id"_s.arg(key(r)); }
    QString name(const QString &slug) const { return tmpl(u"${local.name}-"_s + slug); }
    QString unique(const QString &slug) const { return tmpl(u"${local.name}-%1-${local.unique}"_s.arg(slug)); }
    Block &res(const QString &file, const QString &type, const QString &ident, const QString &r)
    {
        Block &b = m.file(file).add(u"resource"_s, {type, ident});
        b.set(u"name"_s, name(ident == key(r) ? (r.isEmpty() ? u"main"_s : r) : slugFor(ident, type, 40)));
        b.set(u"resource_group_name"_s, rg(r));
        b.set(u"location"_s, location(r));
        return b;
    }
    void userIdentity(Block &b, const QString &r)
    {
        Block &id = b.add(u"identity"_s);
        id.setStr(u"type"_s, u"UserAssigned"_s);
        id.set(u"identity_ids"_s, list({R(identity(r))}));
    }
    bool once(const QString &r, const QString &thing) { return regionShared.insert(r + u"/"_s + thing).second; }
    void region(const QString &r, int index);
    const Subnet &subnet(const QString &r, const QString &tier);
    void nsgRule(const QString &r, const QString &tier, const QString &ruleName, const QString &description, const Value &source,
                 const Value &destination, const QString &port, const QString &comment = {});
    QString tierOf(const Unit &u) const;
    QString asgOf(const Unit &u) const;
    void connections();
    void diag(const QString &ident, const QString &target);
    void alert(const Unit &u, const QString &suffix, const QString &what, const QString &scope, const QString &ns, const QString &metric,
               const QString &aggregation, double threshold);
    QString privateDns(const QString &zone);
    void privateEndpoint(const QString &ident, const QString &r, const QString &resourceId, const QString &subresource, const QString &zone);

    QString platformOf(const Unit &u) const
    {
        if (isKind(u, {kinds::microservice, kinds::monolith}))
            return props.stringValue(*u.component, keys::platform);
        if (isKind(u, {kinds::batchJob}))
            return u"kubernetes"_s;
        if (isKind(u, {kinds::virtualMachine}))
            return u"vm"_s;
        if (u.kind && u.kind->property(keys::hosting) && u.kind->category != QLatin1String("observability"))
            return props.stringValue(*u.component, keys::hosting) == QLatin1String("managed") ? QString() : props.stringValue(*u.component, keys::hosting);
        return {};
    }
    QString clusterFor(const Unit &u) const
    {
        return u.placement.cluster.isEmpty() ? key(ctx.regionOf(u)) + u"_aks"_s : ctx.clusterIdent(u.placement.cluster);
    }
    QStringList zonesOf(const QString &r) const
    {
        QStringList zones;
        int n = 1;
        for (const QString &z : ctx.zonesOf(r)) {
            QString digits;
            for (const QChar c : z)
                if (c.isDigit())
                    digits += c;
            zones.append(digits.isEmpty() || digits.size() > 1 ? QString::number(n) : digits);
            ++n;
        }
        zones.removeDuplicates();
        return zones;
    }

    void cluster(const QString &ident, const QString &title, const QString &r, const QString &version, qint64 minNodes, qint64 maxNodes,
                 bool privateEndpoint, int size);
    void containerApp(const Unit &u);
    void scaleSet(const Unit &u);
    void function(const Unit &u);
    void database(const Unit &u);
    void redis(const Unit &u);
    void storage(const Unit *u, const QString &ident, const QString &r, const QString &purpose);
    void serviceBus(const Unit &u);
    void eventHub(const Unit &u);
    void cosmos(const Unit &u);
    void gateway(const Unit &u);
    void frontDoor(const Unit &u);
    void observability(const Unit &u);
    void thirdPartySecrets();
};

void AzureMapper::region(const QString &r, int index)
{
    const QString k = key(r);
    regionIndex[r] = index;
    Block &group = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_resource_group"_s, k});
    group.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
    group.set(u"location"_s, r.isEmpty() ? R(u"var.region"_s) : S(r));
    Block &id = res(u"security.tf"_s, u"azurerm_user_assigned_identity"_s, k, r);
    id.items.front().value = R(name(u"data-"_s + (r.isEmpty() ? u"main"_s : r)));
    Block &kv = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault"_s, k});
    kv.comment(fileText("Holds the customer-managed key for the data in this region and the secrets the export creates."));
    kv.set(u"name"_s, R(tmpl(u"${substr(local.name, 0, 10)}-kv%1-${local.unique}"_s.arg(index))));
    kv.set(u"resource_group_name"_s, rg(r));
    kv.set(u"location"_s, location(r));
    kv.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
    kv.setStr(u"sku_name"_s, u"premium"_s);
    kv.setBool(u"rbac_authorization_enabled"_s, true);
    kv.setBool(u"purge_protection_enabled"_s, true);
    kv.setNum(u"soft_delete_retention_days"_s, 90);
    kv.setBool(u"public_network_access_enabled"_s, true);
    Block &acl = kv.add(u"network_acls"_s);
    acl.comment(fileText("Only Azure services and the addresses Terraform runs from reach the vault."));
    acl.setStr(u"default_action"_s, u"Deny"_s);
    acl.setStr(u"bypass"_s, u"AzureServices"_s);
    acl.set(u"ip_rules"_s, u"var.admin_cidrs"_s);
    m.variable({u"admin_cidrs"_s, u"list(string)"_s, fileText("Address ranges Terraform and administrators work from (Key Vault firewall, Kubernetes API)"),
                std::nullopt, false, u"!contains(var.admin_cidrs, \"0.0.0.0/0\")"_s, fileText("Do not open the vaults and APIs to the whole internet.")});
    for (const auto &[suffix, role, principal] :
         {std::tuple{u"admin"_s, u"Key Vault Administrator"_s, u"data.azurerm_client_config.current.object_id"_s},
          std::tuple{u"crypto"_s, u"Key Vault Crypto Service Encryption User"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(k)},
          std::tuple{u"crypto_user"_s, u"Key Vault Crypto User"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(k)},
          std::tuple{u"secrets"_s, u"Key Vault Secrets User"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(k)}}) {
        Block &ra = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, k + u"_vault_"_s + suffix});
        ra.set(u"scope"_s, u"azurerm_key_vault.%1.id"_s.arg(k));
        ra.setStr(u"role_definition_name"_s, role);
        ra.set(u"principal_id"_s, principal);
    }
    Block &kk = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault_key"_s, k});
    kk.setStr(u"name"_s, u"data"_s);
    kk.set(u"key_vault_id"_s, u"azurerm_key_vault.%1.id"_s.arg(k));
    kk.setStr(u"key_type"_s, u"RSA-HSM"_s);
    kk.setNum(u"key_size"_s, 3072);
    kk.set(u"key_opts"_s, Value::strings({u"decrypt"_s, u"encrypt"_s, u"unwrapKey"_s, u"wrapKey"_s}));
    Block &rot = kk.add(u"rotation_policy"_s);
    rot.setStr(u"expire_after"_s, u"P2Y"_s);
    rot.setStr(u"notify_before_expiry"_s, u"P30D"_s);
    rot.add(u"automatic"_s).setStr(u"time_after_creation"_s, u"P1Y"_s);
    kk.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_admin"_s.arg(k))}));
    diag(k + u"_vault"_s, u"azurerm_key_vault.%1.id"_s.arg(k));

    Block &vnet = res(u"network.tf"_s, u"azurerm_virtual_network"_s, k, r);
    QString cidr = u"10.%1.0.0/16"_s.arg(index);
    for (const Zone &z : ctx.design.zones())
        if (z.kind == QLatin1String("network") && placementOf(ctx.design, ctx.catalog, z.id).region == r
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

const Subnet &AzureMapper::subnet(const QString &r, const QString &tier)
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
    if (tier != QLatin1String("endpoints") && tier != QLatin1String("postgres") && tier != QLatin1String("mysql") && tier != QLatin1String("gateway")) {
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
    Block &lb = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_network_security_rule"_s, ident + u"_azure_load_balancer"_s});
    lb.set(u"name"_s, S(u"azure-load-balancer"_s));
    lb.set(u"resource_group_name"_s, rg(r));
    lb.set(u"network_security_group_name"_s, u"azurerm_network_security_group.%1.name"_s.arg(ident));
    lb.setStr(u"description"_s, fileText("Health probes of Azure load balancers"));
    lb.setNum(u"priority"_s, 3900);
    lb.setStr(u"direction"_s, u"Inbound"_s);
    lb.setStr(u"access"_s, u"Allow"_s);
    lb.setStr(u"protocol"_s, u"*"_s);
    lb.setStr(u"source_port_range"_s, u"*"_s);
    lb.setStr(u"destination_port_range"_s, u"*"_s);
    lb.setStr(u"source_address_prefix"_s, u"AzureLoadBalancer"_s);
    lb.setStr(u"destination_address_prefix"_s, u"*"_s);
    Block &deny = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_network_security_rule"_s, ident + u"_deny_inbound"_s});
    deny.set(u"name"_s, S(u"deny-everything-else"_s));
    deny.set(u"resource_group_name"_s, rg(r));
    deny.set(u"network_security_group_name"_s, u"azurerm_network_security_group.%1.name"_s.arg(ident));
    deny.setStr(u"description"_s, fileText("Nothing else comes in: the rules above are derived from the design's connections"));
    deny.setNum(u"priority"_s, 4000);
    deny.setStr(u"direction"_s, u"Inbound"_s);
    deny.setStr(u"access"_s, u"Deny"_s);
    deny.setStr(u"protocol"_s, u"*"_s);
    deny.setStr(u"source_port_range"_s, u"*"_s);
    deny.setStr(u"destination_port_range"_s, u"*"_s);
    deny.setStr(u"source_address_prefix"_s, u"*"_s);
    deny.setStr(u"destination_address_prefix"_s, u"*"_s);
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
    const QString platform = platformOf(u);
    if (platform == QLatin1String("kubernetes"))
        return u"aks"_s;
    if (platform == QLatin1String("vm"))
        return u"workloads"_s;
    if (platform == QLatin1String("container-service"))
        return u"apps"_s;
    if (isKind(u, {kinds::serverlessFunction}))
        return u"functions"_s;
    if (isKind(u, {kinds::relationalDatabase}))
        return props.stringValue(*u.component, keys::engine) == QLatin1String("mysql") ? u"mysql"_s : u"postgres"_s;
    if (isKind(u, {kinds::loadBalancer, kinds::apiGateway}) && ctx.isPublic(u))
        return u"gateway"_s;
    if (isKind(u, {kinds::cache, kinds::objectStorage, kinds::messageQueue, kinds::eventStream, kinds::documentDatabase}))
        return u"endpoints"_s;
    return {};
}

QString AzureMapper::asgOf(const Unit &u) const
{
    return platformOf(u) == QLatin1String("vm") ? u"azurerm_application_security_group.%1.id"_s.arg(u.ident) : QString();
}

void AzureMapper::connections()
{
    std::set<QString> done;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Unit *to = ctx.unit(c.to);
        if (!to)
            continue;
        const QString targetTier = tierOf(*to);
        if (targetTier.isEmpty() || (from && ctx.regionOf(*from) != ctx.regionOf(*to)))
            continue;
        if (targetTier == QLatin1String("gateway"))
            continue; // its internet rules are made with the gateway
        const QString r = ctx.regionOf(*to);
        int port = ctx.portOf(c);
        if (isKind(*to, {kinds::cache}) && port == 6379)
            port = 6380; // Azure Cache for Redis speaks TLS on 6380 only
        const QString sourceTier = from ? tierOf(*from) : QString();
        if (sourceTier.isEmpty())
            continue;
        const QString fromAsg = asgOf(*from);
        const QString toAsg = asgOf(*to);
        const Value source = fromAsg.isEmpty() ? S(subnet(r, sourceTier).prefix) : list({R(fromAsg)});
        const Value destination = toAsg.isEmpty() ? S(subnet(r, targetTier).prefix) : list({R(toAsg)});
        if (sourceTier == targetTier && fromAsg.isEmpty() && toAsg.isEmpty())
            continue; // covered by the same-subnet rule
        if (!done.insert(source.render(0) + destination.render(0) + QString::number(port)).second)
            continue;
        nsgRule(r, targetTier, u"%1-to-%2-%3"_s.arg(from->slug, to->slug).arg(port),
                u"%1 -> %2 (%3 %4)"_s.arg(label(*from), label(*to), c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port),
                source, destination, QString::number(port));
    }
}

void AzureMapper::diag(const QString &ident, const QString &target)
{
    Block &d = m.file(u"observability.tf"_s).add(u"resource"_s, {u"azurerm_monitor_diagnostic_setting"_s, ident});
    d.set(u"name"_s, R(u"\"to-log-analytics\""_s));
    d.set(u"target_resource_id"_s, target);
    d.set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    d.add(u"enabled_log"_s).setStr(u"category_group"_s, u"allLogs"_s);
    d.add(u"enabled_metric"_s).setStr(u"category"_s, u"AllMetrics"_s);
}

void AzureMapper::alert(const Unit &u, const QString &suffix, const QString &what, const QString &scope, const QString &ns,
                        const QString &metric, const QString &aggregation, double threshold)
{
    const QString r = ctx.regionOf(u);
    Block &a = m.file(u"observability.tf"_s).add(u"resource"_s, {u"azurerm_monitor_metric_alert"_s, u.ident + u"_"_s + suffix});
    a.set(u"name"_s, name(u.slug + u"-"_s + slugFor(suffix, u"alert"_s)));
    a.set(u"resource_group_name"_s, rg(r));
    a.set(u"scopes"_s, list({R(scope)}));
    a.setStr(u"description"_s, u"%1: %2"_s.arg(label(u), what));
    a.setNum(u"severity"_s, 2);
    a.setStr(u"frequency"_s, u"PT1M"_s);
    a.setStr(u"window_size"_s, u"PT5M"_s);
    Block &c = a.add(u"criteria"_s);
    c.setStr(u"metric_namespace"_s, ns);
    c.setStr(u"metric_name"_s, metric);
    c.setStr(u"aggregation"_s, aggregation);
    c.setStr(u"operator"_s, u"GreaterThan"_s);
    c.set(u"threshold"_s, QString::number(threshold));
    a.add(u"action"_s).set(u"action_group_id"_s, u"azurerm_monitor_action_group.main.id"_s);
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

void AzureMapper::cluster(const QString &ident, const QString &title, const QString &r, const QString &version, qint64 minNodes,
                          qint64 maxNodes, bool privateEndpoint, int size)
{
    const Subnet &sn = subnet(r, u"aks"_s);
    Block &net = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, ident + u"_network"_s});
    net.set(u"scope"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    net.setStr(u"role_definition_name"_s, u"Network Contributor"_s);
    net.set(u"principal_id"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(key(r)));
    Block &c = res(u"compute.tf"_s, u"azurerm_kubernetes_cluster"_s, ident, r);
    c.comment(title);
    c.set(u"dns_prefix"_s, name(slugFor(ident, u"aks"_s, 20)));
    c.setStr(u"kubernetes_version"_s, version);
    c.setStr(u"sku_tier"_s, u"Standard"_s);
    c.setBool(u"private_cluster_enabled"_s, privateEndpoint);
    c.setBool(u"local_account_disabled"_s, true);
    c.setBool(u"role_based_access_control_enabled"_s, true);
    c.setBool(u"oidc_issuer_enabled"_s, true);
    c.setBool(u"workload_identity_enabled"_s, true);
    c.setBool(u"azure_policy_enabled"_s, true);
    c.setStr(u"automatic_upgrade_channel"_s, u"patch"_s);
    c.setStr(u"node_os_upgrade_channel"_s, u"NodeImage"_s);
    if (!privateEndpoint)
        c.add(u"api_server_access_profile"_s).set(u"authorized_ip_ranges"_s, u"var.admin_cidrs"_s);
    Block &np = c.add(u"default_node_pool"_s);
    np.setStr(u"name"_s, u"system"_s);
    np.setStr(u"vm_size"_s, QString::fromLatin1(kVmSize[size]));
    np.setBool(u"auto_scaling_enabled"_s, true);
    np.setNum(u"min_count"_s, minNodes);
    np.setNum(u"max_count"_s, std::max(minNodes, maxNodes));
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2)
        np.set(u"zones"_s, Value::strings(zones));
    np.set(u"vnet_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    np.setBool(u"host_encryption_enabled"_s, true);
    np.setStr(u"os_sku"_s, u"AzureLinux"_s);
    np.setStr(u"temporary_name_for_rotation"_s, u"rotation"_s);
    np.add(u"upgrade_settings"_s).setStr(u"max_surge"_s, u"33%"_s);
    userIdentity(c, r);
    Block &rbac = c.add(u"azure_active_directory_role_based_access_control"_s);
    rbac.setBool(u"azure_rbac_enabled"_s, true);
    rbac.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
    Block &netp = c.add(u"network_profile"_s);
    netp.setStr(u"network_plugin"_s, u"azure"_s);
    netp.setStr(u"network_plugin_mode"_s, u"overlay"_s);
    netp.setStr(u"network_policy"_s, u"cilium"_s);
    netp.setStr(u"network_data_plane"_s, u"cilium"_s);
    netp.setStr(u"outbound_type"_s, u"userAssignedNATGateway"_s);
    netp.setStr(u"service_cidr"_s, u"172.16.0.0/16"_s);
    netp.setStr(u"dns_service_ip"_s, u"172.16.0.10"_s);
    Block &kms = c.add(u"key_management_service"_s);
    kms.comment(fileText("Kubernetes secrets encrypted in etcd with the region's key."));
    kms.set(u"key_vault_key_id"_s, vaultKey(r));
    kms.setStr(u"key_vault_network_access"_s, u"Public"_s);
    Block &oms = c.add(u"oms_agent"_s);
    oms.set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    oms.setBool(u"msi_auth_for_monitoring_enabled"_s, true);
    c.add(u"microsoft_defender"_s).set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    c.add(u"key_vault_secrets_provider"_s).setBool(u"secret_rotation_enabled"_s, true);
    c.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_network"_s.arg(ident)), R(u"azurerm_role_assignment.%1_vault_crypto_user"_s.arg(key(r))),
                                 R(u"azurerm_subnet_nat_gateway_association.%1"_s.arg(sn.ident))}));
    diag(ident + u"_cluster"_s, u"azurerm_kubernetes_cluster.%1.id"_s.arg(ident));
    const QString scope = u"azurerm_kubernetes_cluster.%1.id"_s.arg(ident);
    Unit pseudo;
    Component comp;
    comp.id = ident;
    comp.name = title;
    pseudo.component = &comp;
    pseudo.ident = ident;
    pseudo.slug = slugFor(ident, u"aks"_s);
    pseudo.placement.region = r;
    alert(pseudo, u"cpu"_s, fileText("node CPU above 80 %"), scope, u"Microsoft.ContainerService/managedClusters"_s, u"node_cpu_usage_percentage"_s, u"Average"_s, 80);
    alert(pseudo, u"memory"_s, fileText("node memory above 80 %"), scope, u"Microsoft.ContainerService/managedClusters"_s, u"node_memory_working_set_percentage"_s, u"Average"_s, 80);
    m.output(ident + u"_cluster_name"_s, u"azurerm_kubernetes_cluster.%1.name"_s.arg(ident), fileText("Name of the AKS cluster %1").arg(title));
}

void AzureMapper::containerApp(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    if (once(r, u"apps"_s)) {
        const Subnet &sn = subnet(r, u"apps"_s);
        Block &env = res(u"compute.tf"_s, u"azurerm_container_app_environment"_s, k, r);
        env.set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
        env.set(u"infrastructure_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
        env.comment(fileText("Reachable only from the VNet; the Application Gateway is the public entry."));
        env.setBool(u"internal_load_balancer_enabled"_s, true);
        env.setBool(u"zone_redundancy_enabled"_s, true);
    }
    QString image = props.stringValue(*u.component, keys::image);
    Value imageValue = S(image);
    if (image.isEmpty()) {
        m.variable({u.ident + u"_image"_s, u"string"_s, fileText("Container image of %1, with a fixed tag").arg(label(u)), std::nullopt, false, {}, {}});
        imageValue = R(u"var.%1_image"_s.arg(u.ident));
    }
    const qint64 cpuMilli = props.intValue(*u.component, keys::cpuLimit);
    const double cpu = cpuMilli <= 250 ? 0.25 : cpuMilli <= 500 ? 0.5 : cpuMilli <= 1000 ? 1.0 : 2.0;
    Block &app = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_container_app"_s, u.ident});
    app.set(u"name"_s, name(slugFor(u.slug, u"app"_s, 18)));
    app.set(u"resource_group_name"_s, rg(r));
    app.set(u"container_app_environment_id"_s, u"azurerm_container_app_environment.%1.id"_s.arg(k));
    app.setStr(u"revision_mode"_s, u"Single"_s);
    userIdentity(app, r);
    Block &t = app.add(u"template"_s);
    t.setNum(u"min_replicas"_s, scale.minReplicas);
    t.setNum(u"max_replicas"_s, scale.maxReplicas);
    Block &c = t.add(u"container"_s);
    c.setStr(u"name"_s, u.slug);
    c.set(u"image"_s, imageValue);
    c.set(u"cpu"_s, QString::number(cpu));
    c.setStr(u"memory"_s, u"%1Gi"_s.arg(cpu * 2));
    const qint64 port = props.intValue(*u.component, keys::port);
    Block &live = c.add(u"liveness_probe"_s);
    live.setStr(u"transport"_s, u"HTTP"_s);
    live.setNum(u"port"_s, port);
    live.setStr(u"path"_s, props.stringValue(*u.component, keys::healthPath));
    Block &ready = c.add(u"readiness_probe"_s);
    ready.setStr(u"transport"_s, u"HTTP"_s);
    ready.setNum(u"port"_s, port);
    ready.setStr(u"path"_s, props.stringValue(*u.component, keys::readinessPath));
    if (scale.autoscaling) {
        Block &rule = t.add(u"custom_scale_rule"_s);
        rule.setStr(u"name"_s, u"cpu"_s);
        rule.setStr(u"custom_rule_type"_s, u"cpu"_s);
        rule.set(u"metadata"_s, obj({{u"type"_s, S(u"Utilization"_s)}, {u"value"_s, S(QString::number(props.intValue(*u.component, keys::cpuTarget)))}}));
    }
    Block &in = app.add(u"ingress"_s);
    in.setBool(u"external_enabled"_s, true);
    in.setNum(u"target_port"_s, port);
    in.setStr(u"transport"_s, u"auto"_s);
    in.setBool(u"allow_insecure_connections"_s, false);
    Block &tw = in.add(u"traffic_weight"_s);
    tw.setBool(u"latest_revision"_s, true);
    tw.setNum(u"percentage"_s, 100);
    const QString scope = u"azurerm_container_app.%1.id"_s.arg(u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, u"Microsoft.App/containerApps"_s, u"CpuPercentage"_s, u"Average"_s, 80);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, u"Microsoft.App/containerApps"_s, u"MemoryPercentage"_s, u"Average"_s, 80);
    alert(u, u"latency"_s, fileText("average response time above 1 second"), scope, u"Microsoft.App/containerApps"_s, u"ResponseTime"_s, u"Average"_s, 1000);
}

void AzureMapper::scaleSet(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const Subnet &sn = subnet(r, u"workloads"_s);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    Block &asg = res(u"network.tf"_s, u"azurerm_application_security_group"_s, u.ident, r);
    Q_UNUSED(asg)
    Block &v = res(u"compute.tf"_s, windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident, r);
    v.items.front().value = R(name(slugFor(u.slug, u"vm"_s, 9)));
    v.setStr(u"sku"_s, QString::fromLatin1(kVmSize[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]));
    v.setNum(u"instances"_s, scale.desired());
    v.setStr(u"admin_username"_s, u"azureuser"_s);
    if (windows) {
        m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Administrator password of the %1 instances").arg(label(u)), std::nullopt, true,
                    u"length(var.%1_admin_password) >= 14"_s.arg(u.ident), fileText("Use at least 14 characters.")});
        v.set(u"admin_password"_s, u"var.%1_admin_password"_s.arg(u.ident));
    } else {
        m.variable({u"ssh_public_key"_s, u"string"_s, fileText("SSH public key for the virtual machines (passwords are turned off)"), std::nullopt, false, {}, {}});
        v.setBool(u"disable_password_authentication"_s, true);
        Block &key2 = v.add(u"admin_ssh_key"_s);
        key2.setStr(u"username"_s, u"azureuser"_s);
        key2.set(u"public_key"_s, u"var.ssh_public_key"_s);
    }
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2) {
        v.set(u"zones"_s, Value::strings(zones));
        v.setBool(u"zone_balance"_s, true);
    }
    v.setBool(u"encryption_at_host_enabled"_s, true);
    v.setBool(u"secure_boot_enabled"_s, true);
    v.setBool(u"vtpm_enabled"_s, true);
    v.setStr(u"upgrade_mode"_s, u"Manual"_s);
    Block &src = v.add(u"source_image_reference"_s);
    src.setStr(u"publisher"_s, windows ? u"MicrosoftWindowsServer"_s : u"Canonical"_s);
    src.setStr(u"offer"_s, windows ? u"WindowsServer"_s : u"ubuntu-24_04-lts"_s);
    src.setStr(u"sku"_s, windows ? u"2022-datacenter-azure-edition"_s : u"server"_s);
    src.setStr(u"version"_s, u"latest"_s);
    Block &os = v.add(u"os_disk"_s);
    os.setStr(u"caching"_s, u"ReadWrite"_s);
    os.setStr(u"storage_account_type"_s, u"Premium_ZRS"_s);
    os.set(u"disk_encryption_set_id"_s, u"azurerm_disk_encryption_set.%1.id"_s.arg(key(r)));
    Block &nic = v.add(u"network_interface"_s);
    nic.setStr(u"name"_s, u"primary"_s);
    nic.setBool(u"primary"_s, true);
    Block &ip = nic.add(u"ip_configuration"_s);
    ip.comment(fileText("No public address: the instances are reached through the gateway or from the VNet."));
    ip.setStr(u"name"_s, u"internal"_s);
    ip.setBool(u"primary"_s, true);
    ip.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    ip.set(u"application_security_group_ids"_s, list({R(asgOf(u))}));
    v.add(u"boot_diagnostics"_s);
    userIdentity(v, r);
    Block &rep = v.add(u"automatic_instance_repair"_s);
    rep.comment(fileText("Needs an application health extension; add one that checks your health endpoint."));
    rep.setBool(u"enabled"_s, false);
    if (once(r, u"disk_encryption"_s)) {
        Block &des = res(u"security.tf"_s, u"azurerm_disk_encryption_set"_s, key(r), r);
        des.items.front().value = R(name(u"disks-"_s + (r.isEmpty() ? u"main"_s : r)));
        des.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
        des.setBool(u"auto_key_rotation_enabled"_s, true);
        userIdentity(des, r);
    }
    if (scale.autoscaling) {
        Block &as = res(u"compute.tf"_s, u"azurerm_monitor_autoscale_setting"_s, u.ident, r);
        as.set(u"target_resource_id"_s, u"%1.%2.id"_s.arg(windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident));
        Block &p = as.add(u"profile"_s);
        p.setStr(u"name"_s, u"cpu"_s);
        Block &cap = p.add(u"capacity"_s);
        cap.setNum(u"default"_s, scale.desired());
        cap.setNum(u"minimum"_s, scale.minReplicas);
        cap.setNum(u"maximum"_s, scale.maxReplicas);
        for (const bool up : {true, false}) {
            Block &rule = p.add(u"rule"_s);
            Block &mt = rule.add(u"metric_trigger"_s);
            mt.setStr(u"metric_name"_s, u"Percentage CPU"_s);
            mt.set(u"metric_resource_id"_s, u"%1.%2.id"_s.arg(windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident));
            mt.setStr(u"time_grain"_s, u"PT1M"_s);
            mt.setStr(u"statistic"_s, u"Average"_s);
            mt.setStr(u"time_window"_s, u"PT5M"_s);
            mt.setStr(u"time_aggregation"_s, u"Average"_s);
            mt.setStr(u"operator"_s, up ? u"GreaterThan"_s : u"LessThan"_s);
            mt.setNum(u"threshold"_s, up ? props.intValue(*u.component, keys::cpuTarget) : props.intValue(*u.component, keys::cpuTarget) / 2);
            Block &sa = rule.add(u"scale_action"_s);
            sa.setStr(u"direction"_s, up ? u"Increase"_s : u"Decrease"_s);
            sa.setStr(u"type"_s, u"ChangeCount"_s);
            sa.setStr(u"value"_s, u"1"_s);
            sa.setStr(u"cooldown"_s, u"PT5M"_s);
        }
    }
    m.todo(fileText("%1 runs on a virtual machine scale set: add custom_data or an extension that installs and starts the application.").arg(label(u)));
}

void AzureMapper::function(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    const Subnet &sn = subnet(r, u"functions"_s);
    if (once(r, u"functions"_s)) {
        Block &plan = res(u"compute.tf"_s, u"azurerm_service_plan"_s, k + u"_functions"_s, r);
        plan.setStr(u"os_type"_s, u"Linux"_s);
        plan.comment(fileText("Elastic Premium: VNet integration and no cold starts; three workers spread over the zones."));
        plan.setStr(u"sku_name"_s, u"EP1"_s);
        plan.setNum(u"worker_count"_s, 3);
        plan.setBool(u"zone_balancing_enabled"_s, true);
        storage(nullptr, k + u"_functions"_s, r, fileText("Function host storage"));
        Block &ai = res(u"observability.tf"_s, u"azurerm_application_insights"_s, k, r);
        ai.set(u"workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
        ai.setStr(u"application_type"_s, u"web"_s);
        ai.setBool(u"local_authentication_disabled"_s, true);
        Block &ra = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, k + u"_functions_storage"_s});
        ra.set(u"scope"_s, u"azurerm_storage_account.%1_functions.id"_s.arg(k));
        ra.setStr(u"role_definition_name"_s, u"Storage Blob Data Owner"_s);
        ra.set(u"principal_id"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(k));
    }
    const QString runtime = props.stringValue(*u.component, keys::runtime);
    Block &f = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_linux_function_app"_s, u.ident});
    f.set(u"name"_s, unique(slugFor(u.slug, u"fn"_s, 24)));
    f.set(u"resource_group_name"_s, rg(r));
    f.set(u"location"_s, location(r));
    f.set(u"service_plan_id"_s, u"azurerm_service_plan.%1_functions.id"_s.arg(k));
    f.set(u"storage_account_name"_s, u"azurerm_storage_account.%1_functions.name"_s.arg(k));
    f.setBool(u"storage_uses_managed_identity"_s, true);
    f.setBool(u"https_only"_s, true);
    f.setBool(u"public_network_access_enabled"_s, false);
    f.set(u"virtual_network_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    f.setBool(u"ftp_publish_basic_authentication_enabled"_s, false);
    f.setBool(u"webdeploy_publish_basic_authentication_enabled"_s, false);
    f.set(u"key_vault_reference_identity_id"_s, identity(r));
    userIdentity(f, r);
    Block &sc = f.add(u"site_config"_s);
    sc.setStr(u"minimum_tls_version"_s, u"1.2"_s);
    sc.setStr(u"ftps_state"_s, u"Disabled"_s);
    sc.setBool(u"http2_enabled"_s, true);
    sc.setBool(u"vnet_route_all_enabled"_s, true);
    sc.set(u"application_insights_connection_string"_s, u"azurerm_application_insights.%1.connection_string"_s.arg(k));
    Block &stack = sc.add(u"application_stack"_s);
    if (runtime == QLatin1String("go"))
        stack.setBool(u"use_custom_runtime"_s, true);
    else if (runtime.startsWith(u"nodejs"_s))
        stack.setStr(u"node_version"_s, u"20"_s);
    else if (runtime == QLatin1String("java21"))
        stack.setStr(u"java_version"_s, u"21"_s);
    else
        stack.setStr(u"python_version"_s, u"3.12"_s);
    f.set(u"app_settings"_s, obj({{u"AzureWebJobsStorage__clientId"_s, R(u"azurerm_user_assigned_identity.%1.client_id"_s.arg(k))},
                                  {u"FUNCTIONS_WORKER_PROCESS_COUNT"_s, S(u"1"_s)}}));
    alert(u, u"errors"_s, fileText("server errors (5xx)"), u"azurerm_linux_function_app.%1.id"_s.arg(u.ident), u"Microsoft.Web/sites"_s, u"Http5xx"_s, u"Total"_s, 0);
    alert(u, u"latency"_s, fileText("average response time above 80 % of the timeout"), u"azurerm_linux_function_app.%1.id"_s.arg(u.ident),
          u"Microsoft.Web/sites"_s, u"HttpResponseTime"_s, u"Average"_s, double(props.intValue(*u.component, keys::timeoutSeconds)) * 0.8);
    m.todo(fileText("%1 (Function): deploy its code (zip deploy or `func azure functionapp publish`); its %2 trigger is configured in the code.").arg(label(u), props.stringValue(*u.component, keys::trigger)));
}

void AzureMapper::database(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString type = mysql ? u"azurerm_mysql_flexible_server"_s : u"azurerm_postgresql_flexible_server"_s;
    const QString zone = mysql ? u"privatelink.mysql.database.azure.com"_s : u"privatelink.postgres.database.azure.com"_s;
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::clamp<qint64>(designRetention, 7, 35);
    if (designRetention < 7)
        m.note(fileText("%1: the design keeps backups for %2 days; the export keeps 7, the least a production database should have.").arg(label(u)).arg(designRetention));
    const QStringList zones = zonesOf(r);
    m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Password of the app_admin login of %1 (16 characters or more)").arg(label(u)),
                std::nullopt, true, u"length(var.%1_admin_password) >= 16"_s.arg(u.ident), fileText("Use at least 16 characters.")});
    auto server = [&](const QString &ident, const QString &regionName, bool primary) -> Block & {
        const Subnet &sn = subnet(regionName, mysql ? u"mysql"_s : u"postgres"_s);
        Block &s = m.file(u"data.tf"_s).add(u"resource"_s, {type, ident});
        s.set(u"name"_s, unique(primary ? u.slug : slugFor(ident, u"db"_s, 30)));
        s.set(u"resource_group_name"_s, rg(regionName));
        s.set(u"location"_s, location(regionName));
        s.setStr(u"version"_s, mysql ? props.stringValue(*u.component, keys::engineVersion) : props.stringValue(*u.component, keys::engineVersion).section(u'.', 0, 0));
        s.setStr(u"sku_name"_s, QString::fromLatin1(kDbSku[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]));
        s.set(u"delegated_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
        s.set(u"private_dns_zone_id"_s, privateDns(zone));
        if (mysql) {
            s.setStr(u"public_network_access"_s, u"Disabled"_s);
        } else {
            s.setBool(u"public_network_access_enabled"_s, false);
            s.setNum(u"storage_mb"_s, [&] {
                for (qint64 mb : kPgStorageMb)
                    if (mb >= props.intValue(*u.component, keys::storageGb) * 1024)
                        return mb;
                return kPgStorageMb[std::size(kPgStorageMb) - 1];
            }());
            s.setBool(u"auto_grow_enabled"_s, true);
        }
        if (!primary) {
            s.setStr(u"create_mode"_s, u"Replica"_s);
            s.set(u"source_server_id"_s, u"%1.%2.id"_s.arg(type, u.ident));
        } else {
            s.setStr(u"administrator_login"_s, u"app_admin"_s);
            s.comment(fileText("Write-only: the password is sent to Azure but never stored in the Terraform state."));
            s.set(u"administrator_password_wo"_s, u"var.%1_admin_password"_s.arg(u.ident));
            s.setNum(u"administrator_password_wo_version"_s, 1);
            s.setNum(u"backup_retention_days"_s, retention);
            if (!zones.isEmpty())
                s.setStr(u"zone"_s, zones.first());
            if (props.boolValue(*u.component, keys::multiAz)) {
                Block &ha = s.add(u"high_availability"_s);
                ha.setStr(u"mode"_s, u"ZoneRedundant"_s);
                if (zones.size() >= 2)
                    ha.setStr(u"standby_availability_zone"_s, zones.at(1));
            }
        }
        if (mysql)
            s.add(u"storage"_s).setNum(u"size_gb"_s, std::max<qint64>(20, props.intValue(*u.component, keys::storageGb)));
        userIdentity(s, regionName);
        Block &cmk = s.add(u"customer_managed_key"_s);
        cmk.set(u"key_vault_key_id"_s, vaultKey(regionName));
        cmk.set(u"primary_user_assigned_identity_id"_s, identity(regionName));
        if (!mysql && primary) {
            Block &auth = s.add(u"authentication"_s);
            auth.setBool(u"active_directory_auth_enabled"_s, true);
            auth.setBool(u"password_auth_enabled"_s, true);
            auth.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
        }
        if (primary) {
            Block &mw = s.add(u"maintenance_window"_s);
            mw.setNum(u"day_of_week"_s, 0);
            mw.setNum(u"start_hour"_s, 4);
            mw.setNum(u"start_minute"_s, 0);
            Block &life = s.add(u"lifecycle"_s);
            life.comment(fileText("The database holds the business's data: Terraform refuses to destroy it."));
            life.setBool(u"prevent_destroy"_s, true);
        }
        s.set(u"depends_on"_s, list({R(u"azurerm_private_dns_zone_virtual_network_link.%1_%2"_s.arg(identifierFor(zone, u"zone"_s), key(regionName)))}));
        return s;
    };
    server(u.ident, r, true);
    const std::vector<std::pair<QString, QString>> settings =
        mysql ? std::vector<std::pair<QString, QString>>{{u"require_secure_transport"_s, u"ON"_s}, {u"tls_version"_s, u"TLSv1.2,TLSv1.3"_s}}
              : std::vector<std::pair<QString, QString>>{{u"require_secure_transport"_s, u"on"_s}, {u"ssl_min_protocol_version"_s, u"TLSv1.2"_s},
                                                         {u"log_connections"_s, u"on"_s}, {u"log_disconnections"_s, u"on"_s}};
    for (const auto &[setting, value] : settings) {
        Block &cfg = m.file(u"data.tf"_s).add(u"resource"_s, {mysql ? u"azurerm_mysql_flexible_server_configuration"_s : u"azurerm_postgresql_flexible_server_configuration"_s,
                                                               u.ident + u"_"_s + setting});
        cfg.setStr(u"name"_s, setting);
        if (mysql) {
            cfg.set(u"resource_group_name"_s, rg(r));
            cfg.set(u"server_name"_s, u"%1.%2.name"_s.arg(type, u.ident));
        } else {
            cfg.set(u"server_id"_s, u"%1.%2.id"_s.arg(type, u.ident));
        }
        cfg.setStr(u"value"_s, value);
    }
    for (qint64 i = 1; i < props.intValue(*u.component, keys::replicas); ++i)
        server(u"%1_replica_%2"_s.arg(u.ident).arg(i), r, false);
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty())
        server(u.ident + u"_"_s + key(replicaRegion), replicaRegion, false).comment(fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, r));
    diag(u.ident, u"%1.%2.id"_s.arg(type, u.ident));
    const QString ns = mysql ? u"Microsoft.DBforMySQL/flexibleServers"_s : u"Microsoft.DBforPostgreSQL/flexibleServers"_s;
    const QString scope = u"%1.%2.id"_s.arg(type, u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, ns, u"cpu_percent"_s, u"Average"_s, 80);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, ns, u"memory_percent"_s, u"Average"_s, 80);
    alert(u, u"storage"_s, fileText("storage above 85 %"), scope, ns, u"storage_percent"_s, u"Average"_s, 85);
    m.output(u.ident + u"_host"_s, u"%1.%2.fqdn"_s.arg(type, u.ident), fileText("Host name of %1 (private)").arg(label(u)));
}

void AzureMapper::redis(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("memcached")) {
        m.omit(u, u"data.tf"_s, fileText("Azure offers no managed Memcached; Azure Cache for Redis (engine: redis) covers caching, or run Memcached on AKS."));
        return;
    }
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1);
    Block &c = res(u"data.tf"_s, u"azurerm_redis_cache"_s, u.ident, r);
    c.items.front().value = R(unique(u.slug));
    c.comment(fileText("Premium: zones, replicas and persistence. Clients connect with TLS on port 6380 and Entra ID, never access keys."));
    c.setStr(u"sku_name"_s, u"Premium"_s);
    c.setStr(u"family"_s, u"P"_s);
    c.setNum(u"capacity"_s, std::clamp(sizeIndex(props.stringValue(*u.component, keys::instanceSize)), 1, 4));
    c.setBool(u"non_ssl_port_enabled"_s, false);
    c.setStr(u"minimum_tls_version"_s, u"1.2"_s);
    c.setBool(u"public_network_access_enabled"_s, false);
    c.setBool(u"access_keys_authentication_enabled"_s, false);
    c.setStr(u"redis_version"_s, u"6"_s);
    c.setNum(u"replicas_per_primary"_s, std::max<qint64>(1, nodes - 1));
    const QStringList zones = zonesOf(r);
    if (props.boolValue(*u.component, keys::multiAz) && zones.size() >= 2)
        c.set(u"zones"_s, Value::strings(zones));
    userIdentity(c, r);
    c.add(u"redis_configuration"_s).setBool(u"active_directory_authentication_enabled"_s, true);
    privateEndpoint(u.ident, r, u"azurerm_redis_cache.%1.id"_s.arg(u.ident), u"redisCache"_s, u"privatelink.redis.cache.windows.net"_s);
    diag(u.ident, u"azurerm_redis_cache.%1.id"_s.arg(u.ident));
    const QString scope = u"azurerm_redis_cache.%1.id"_s.arg(u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, u"Microsoft.Cache/redis"_s, u"percentProcessorTime"_s, u"Average"_s, 80);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, u"Microsoft.Cache/redis"_s, u"usedmemorypercentage"_s, u"Average"_s, 80);
    if (nodes < 2)
        m.note(fileText("%1: Premium Azure Cache for Redis always keeps one replica, although the design asks for a single node.").arg(label(u)));
}

void AzureMapper::storage(const Unit *u, const QString &ident, const QString &r, const QString &purpose)
{
    Block &s = m.file(u ? u"data.tf"_s : u"security.tf"_s).add(u"resource"_s, {u"azurerm_storage_account"_s, ident});
    if (!u)
        s.comment(purpose);
    s.comment(fileText("Storage account names: 3 to 24 lower-case letters and digits, unique in Azure."));
    s.set(u"name"_s, R(tmpl(u"${substr(replace(local.name, \"-\", \"\"), 0, 10)}%1${local.unique}"_s.arg(alnum(slugFor(ident, u"st"_s, 8)).left(8)))));
    s.set(u"resource_group_name"_s, rg(r));
    s.set(u"location"_s, location(r));
    s.setStr(u"account_tier"_s, u"Standard"_s);
    const bool geo = u && props.boolValue(*u->component, keys::crossRegionReplica);
    s.setStr(u"account_replication_type"_s, geo ? u"GZRS"_s : u"ZRS"_s);
    s.setStr(u"min_tls_version"_s, u"TLS1_2"_s);
    s.setBool(u"https_traffic_only_enabled"_s, true);
    s.setBool(u"allow_nested_items_to_be_public"_s, false);
    s.setBool(u"shared_access_key_enabled"_s, false);
    s.setBool(u"default_to_oauth_authentication"_s, true);
    s.setBool(u"infrastructure_encryption_enabled"_s, true);
    s.setBool(u"cross_tenant_replication_enabled"_s, false);
    s.setBool(u"public_network_access_enabled"_s, false);
    Block &bp = s.add(u"blob_properties"_s);
    bp.setBool(u"versioning_enabled"_s, u ? props.boolValue(*u->component, keys::versioning) : true);
    bp.setBool(u"change_feed_enabled"_s, true);
    bp.add(u"delete_retention_policy"_s).setNum(u"days"_s, 7);
    bp.add(u"container_delete_retention_policy"_s).setNum(u"days"_s, 7);
    Block &nr = s.add(u"network_rules"_s);
    nr.setStr(u"default_action"_s, u"Deny"_s);
    nr.set(u"bypass"_s, Value::strings({u"AzureServices"_s}));
    userIdentity(s, r);
    Block &cmk = s.add(u"customer_managed_key"_s);
    cmk.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
    cmk.set(u"user_assigned_identity_id"_s, identity(r));
    s.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_crypto"_s.arg(key(r)))}));
    if (!u)
        return;
    if (const qint64 days = props.intValue(*u->component, keys::lifecycleDays); days > 0) {
        Block &mp = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_storage_management_policy"_s, ident});
        mp.set(u"storage_account_id"_s, u"azurerm_storage_account.%1.id"_s.arg(ident));
        Block &rule = mp.add(u"rule"_s);
        rule.setStr(u"name"_s, u"expire"_s);
        rule.setBool(u"enabled"_s, true);
        rule.add(u"filters"_s).set(u"blob_types"_s, Value::strings({u"blockBlob"_s}));
        Block &act = rule.add(u"actions"_s);
        act.add(u"base_blob"_s).setNum(u"delete_after_days_since_modification_greater_than"_s, days);
        act.add(u"version"_s).setNum(u"delete_after_days_since_creation"_s, days);
    }
    privateEndpoint(ident + u"_blob"_s, r, u"azurerm_storage_account.%1.id"_s.arg(ident), u"blob"_s, u"privatelink.blob.core.windows.net"_s);
    m.output(ident + u"_account"_s, u"azurerm_storage_account.%1.name"_s.arg(ident), fileText("Storage account of %1").arg(label(*u)));
}

void AzureMapper::serviceBus(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    if (once(r, u"servicebus"_s)) {
        Block &ns = res(u"data.tf"_s, u"azurerm_servicebus_namespace"_s, k, r);
        ns.items.front().value = R(unique(u"bus"_s));
        ns.comment(fileText("Premium: customer-managed keys, zone redundancy and private access."));
        ns.setStr(u"sku"_s, u"Premium"_s);
        ns.setNum(u"capacity"_s, 1);
        ns.setNum(u"premium_messaging_partitions"_s, 1);
        ns.setBool(u"local_auth_enabled"_s, false);
        ns.setStr(u"minimum_tls_version"_s, u"1.2"_s);
        ns.setBool(u"public_network_access_enabled"_s, false);
        userIdentity(ns, r);
        Block &cmk = ns.add(u"customer_managed_key"_s);
        cmk.set(u"key_vault_key_id"_s, vaultKey(r));
        cmk.set(u"identity_id"_s, identity(r));
        cmk.setBool(u"infrastructure_encryption_enabled"_s, true);
        privateEndpoint(k + u"_servicebus"_s, r, u"azurerm_servicebus_namespace.%1.id"_s.arg(k), u"namespace"_s, u"privatelink.servicebus.windows.net"_s);
        diag(k + u"_servicebus"_s, u"azurerm_servicebus_namespace.%1.id"_s.arg(k));
    }
    Block &q = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_servicebus_queue"_s, u.ident});
    q.setStr(u"name"_s, u.slug);
    q.set(u"namespace_id"_s, u"azurerm_servicebus_namespace.%1.id"_s.arg(k));
    q.setNum(u"max_delivery_count"_s, props.intValue(*u.component, keys::maxReceiveCount));
    if (!props.boolValue(*u.component, keys::deadLetterQueue))
        q.comment(fileText("The design turns the dead-letter queue off; Service Bus still parks a message after max_delivery_count attempts."));
    q.setBool(u"dead_lettering_on_message_expiration"_s, props.boolValue(*u.component, keys::deadLetterQueue));
    q.setStr(u"default_message_ttl"_s, u"P%1D"_s.arg(props.intValue(*u.component, keys::retentionDays)));
    if (props.boolValue(*u.component, keys::fifo)) {
        q.setBool(u"requires_session"_s, true);
        q.setBool(u"requires_duplicate_detection"_s, true);
    }
    alert(u, u"dead_letters"_s, fileText("messages in the dead-letter queue"), u"azurerm_servicebus_namespace.%1.id"_s.arg(k),
          u"Microsoft.ServiceBus/namespaces"_s, u"DeadletteredMessages"_s, u"Average"_s, 0);
}

void AzureMapper::eventHub(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    if (once(r, u"eventhubs"_s)) {
        Block &ns = res(u"data.tf"_s, u"azurerm_eventhub_namespace"_s, k, r);
        ns.items.front().value = R(unique(u"events"_s));
        ns.comment(fileText("Event Hubs speaks the Kafka protocol, so Kafka clients connect unchanged (port 9093, TLS)."));
        ns.setStr(u"sku"_s, u"Premium"_s);
        ns.setNum(u"capacity"_s, 1);
        ns.setBool(u"local_authentication_enabled"_s, false);
        ns.setStr(u"minimum_tls_version"_s, u"1.2"_s);
        ns.setBool(u"public_network_access_enabled"_s, false);
        userIdentity(ns, r);
        privateEndpoint(k + u"_eventhubs"_s, r, u"azurerm_eventhub_namespace.%1.id"_s.arg(k), u"namespace"_s, u"privatelink.servicebus.windows.net"_s);
        diag(k + u"_eventhubs"_s, u"azurerm_eventhub_namespace.%1.id"_s.arg(k));
        m.todo(fileText("Event Hubs in %1: add azurerm_eventhub_namespace_customer_managed_key to encrypt with the region's key.").arg(r.isEmpty() ? u"the region"_s : r));
    }
    Block &h = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_eventhub"_s, u.ident});
    h.setStr(u"name"_s, u.slug);
    h.set(u"namespace_id"_s, u"azurerm_eventhub_namespace.%1.id"_s.arg(k));
    h.setNum(u"partition_count"_s, std::min<qint64>(props.intValue(*u.component, keys::partitions), 100));
    h.setNum(u"message_retention"_s, std::clamp<qint64>(props.intValue(*u.component, keys::retentionHours) / 24, 1, 90));
}

void AzureMapper::cosmos(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const bool mongo = props.stringValue(*u.component, keys::engine) == QLatin1String("mongodb");
    Block &c = res(u"data.tf"_s, u"azurerm_cosmosdb_account"_s, u.ident, r);
    c.items.front().value = R(unique(u.slug));
    c.setStr(u"offer_type"_s, u"Standard"_s);
    c.setStr(u"kind"_s, mongo ? u"MongoDB"_s : u"GlobalDocumentDB"_s);
    if (mongo)
        c.setStr(u"mongo_server_version"_s, u"7.0"_s);
    c.setBool(u"automatic_failover_enabled"_s, true);
    c.setBool(u"public_network_access_enabled"_s, false);
    c.setBool(u"local_authentication_disabled"_s, !mongo);
    c.setStr(u"minimal_tls_version"_s, u"Tls12"_s);
    c.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
    c.set(u"default_identity_type"_s, R(tmpl(u"UserAssignedIdentity=${%1}"_s.arg(identity(r)))));
    userIdentity(c, r);
    c.add(u"consistency_policy"_s).setStr(u"consistency_level"_s, u"Session"_s);
    Block &geo = c.add(u"geo_location"_s);
    geo.set(u"location"_s, location(r));
    geo.setNum(u"failover_priority"_s, 0);
    geo.setBool(u"zone_redundant"_s, props.boolValue(*u.component, keys::multiAz));
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
        Block &g2 = c.add(u"geo_location"_s);
        g2.setStr(u"location"_s, replicaRegion);
        g2.setNum(u"failover_priority"_s, 1);
        g2.setBool(u"zone_redundant"_s, props.boolValue(*u.component, keys::multiAz));
    }
    if (mongo)
        c.add(u"capabilities"_s).setStr(u"name"_s, u"EnableMongo"_s);
    Block &b = c.add(u"backup"_s);
    b.setStr(u"type"_s, u"Continuous"_s);
    b.setStr(u"tier"_s, u"Continuous7Days"_s);
    privateEndpoint(u.ident, r, u"azurerm_cosmosdb_account.%1.id"_s.arg(u.ident), mongo ? u"MongoDB"_s : u"Sql"_s,
                    mongo ? u"privatelink.mongo.cosmos.azure.com"_s : u"privatelink.documents.azure.com"_s);
    diag(u.ident, u"azurerm_cosmosdb_account.%1.id"_s.arg(u.ident));
}

void AzureMapper::gateway(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    if (!ctx.isPublic(u) && isKind(u, {kinds::apiGateway})) {
        m.omit(u, u"edge.tf"_s, fileText("Azure API Management is not generated for an internal gateway (it takes about an hour to create and needs publisher details); add azurerm_api_management, or mark the gateway public to get an Application Gateway with WAF."));
        return;
    }
    if (!ctx.isPublic(u)) {
        m.omit(u, u"edge.tf"_s, fileText("An internal load balancer on Azure comes with its backends: Container Apps and AKS Services balance by themselves; add an internal azurerm_lb for scale sets yourself."));
        return;
    }
    if (isKind(u, {kinds::loadBalancer}) && props.stringValue(*u.component, keys::layer) == QLatin1String("l4")) {
        m.omit(u, u"edge.tf"_s, fileText("A public layer-4 balancer is an azurerm_lb (Standard) with your rules; the export only generates HTTPS entry points (Application Gateway with WAF)."));
        return;
    }
    struct Backend {
        const Unit *unit;
        QString fqdn;
    };
    std::vector<Backend> backends;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        if (platformOf(*t) == QLatin1String("container-service"))
            backends.push_back({t, u"azurerm_container_app.%1.ingress[0].fqdn"_s.arg(t->ident)});
        else if (isKind(*t, {kinds::serverlessFunction}))
            backends.push_back({t, u"azurerm_linux_function_app.%1.default_hostname"_s.arg(t->ident)});
    }
    if (backends.empty()) {
        m.omit(u, u"edge.tf"_s, fileText("It connects to nothing this export can put behind an Application Gateway (Container Apps, Functions)."));
        return;
    }
    const Subnet &sn = subnet(r, u"gateway"_s);
    nsgRule(r, u"gateway"_s, u"https-from-internet"_s, fileText("HTTPS from the internet to %1").arg(label(u)), S(u"Internet"_s), S(u"*"_s), u"443"_s,
            fileText("Deliberate exception: the public entry point must accept HTTPS from the internet."));
    nsgRule(r, u"gateway"_s, u"http-redirect"_s, fileText("HTTP from the internet, only redirected to HTTPS"), S(u"Internet"_s), S(u"*"_s), u"80"_s,
            fileText("Deliberate exception: port 80 only answers with a redirect to HTTPS."));
    // Web application firewall: the design's WAF in front of it, or a default policy.
    const Unit *wafUnit = nullptr;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *f = ctx.unit(c->from); f && isKind(*f, {kinds::waf}))
            wafUnit = f;
    Block &pol = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_web_application_firewall_policy"_s, u.ident});
    pol.set(u"name"_s, name(u.slug));
    pol.set(u"resource_group_name"_s, rg(r));
    pol.set(u"location"_s, location(r));
    if (wafUnit)
        pol.comment(fileText("The design's WAF %1.").arg(label(*wafUnit)));
    Block &ps = pol.add(u"policy_settings"_s);
    ps.setBool(u"enabled"_s, true);
    ps.setStr(u"mode"_s, u"Prevention"_s);
    ps.setBool(u"request_body_check"_s, true);
    const qint64 perMinute = wafUnit ? props.intValue(*wafUnit->component, keys::rateLimitPerMinute)
                                     : (isKind(u, {kinds::apiGateway}) ? props.intValue(*u.component, keys::rateLimitRps) * 60 : 0);
    if (perMinute > 0) {
        Block &cr = pol.add(u"custom_rules"_s);
        cr.setStr(u"name"_s, u"RateLimitPerClient"_s);
        cr.setNum(u"priority"_s, 1);
        cr.setStr(u"rule_type"_s, u"RateLimitRule"_s);
        cr.setStr(u"rate_limit_duration"_s, u"OneMin"_s);
        cr.setNum(u"rate_limit_threshold"_s, perMinute);
        cr.setStr(u"group_rate_limit_by"_s, u"ClientAddr"_s);
        cr.setStr(u"action"_s, u"Block"_s);
        Block &mc = cr.add(u"match_conditions"_s);
        mc.add(u"match_variables"_s).setStr(u"variable_name"_s, u"RemoteAddr"_s);
        mc.setStr(u"operator"_s, u"IPMatch"_s);
        mc.setBool(u"negation_condition"_s, true);
        mc.set(u"match_values"_s, Value::strings({u"255.255.255.255"_s}));
    }
    Block &mr = pol.add(u"managed_rules"_s);
    Block &set = mr.add(u"managed_rule_set"_s);
    set.setStr(u"type"_s, u"OWASP"_s);
    set.setStr(u"version"_s, u"3.2"_s);
    Block &bots = mr.add(u"managed_rule_set"_s);
    bots.setStr(u"type"_s, u"Microsoft_BotManagerRuleSet"_s);
    bots.setStr(u"version"_s, u"1.0"_s);

    Block &pip = res(u"edge.tf"_s, u"azurerm_public_ip"_s, u.ident, r);
    pip.setStr(u"allocation_method"_s, u"Static"_s);
    pip.setStr(u"sku"_s, u"Standard"_s);
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2)
        pip.set(u"zones"_s, Value::strings(zones));
    m.variable({u.ident + u"_certificate_secret_id"_s, u"string"_s, fileText("Key Vault secret id of the TLS certificate %1 serves").arg(label(u)), std::nullopt, false, {}, {}});
    Block &g = res(u"edge.tf"_s, u"azurerm_application_gateway"_s, u.ident, r);
    g.set(u"firewall_policy_id"_s, u"azurerm_web_application_firewall_policy.%1.id"_s.arg(u.ident));
    g.setBool(u"enable_http2"_s, true);
    if (zones.size() >= 2)
        g.set(u"zones"_s, Value::strings(zones));
    Block &sku = g.add(u"sku"_s);
    sku.setStr(u"name"_s, u"WAF_v2"_s);
    sku.setStr(u"tier"_s, u"WAF_v2"_s);
    Block &as = g.add(u"autoscale_configuration"_s);
    as.setNum(u"min_capacity"_s, 2);
    as.setNum(u"max_capacity"_s, 10);
    userIdentity(g, r);
    Block &gic = g.add(u"gateway_ip_configuration"_s);
    gic.setStr(u"name"_s, u"gateway"_s);
    gic.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    Block &fip = g.add(u"frontend_ip_configuration"_s);
    fip.setStr(u"name"_s, u"public"_s);
    fip.set(u"public_ip_address_id"_s, u"azurerm_public_ip.%1.id"_s.arg(u.ident));
    for (const auto &[portName, port] : {std::pair{u"https"_s, 443}, std::pair{u"http"_s, 80}}) {
        Block &fp = g.add(u"frontend_port"_s);
        fp.setStr(u"name"_s, portName);
        fp.setNum(u"port"_s, port);
    }
    Block &cert = g.add(u"ssl_certificate"_s);
    cert.setStr(u"name"_s, u"tls"_s);
    cert.set(u"key_vault_secret_id"_s, u"var.%1_certificate_secret_id"_s.arg(u.ident));
    Block &ssl = g.add(u"ssl_policy"_s);
    ssl.setStr(u"policy_type"_s, u"Predefined"_s);
    ssl.setStr(u"policy_name"_s, u"AppGwSslPolicy20220101S"_s);
    for (const Backend &b : backends) {
        Block &pool = g.add(u"backend_address_pool"_s);
        pool.setStr(u"name"_s, b.unit->slug);
        pool.set(u"fqdns"_s, list({R(b.fqdn)}));
        Block &hs = g.add(u"backend_http_settings"_s);
        hs.setStr(u"name"_s, b.unit->slug);
        hs.setStr(u"cookie_based_affinity"_s, u"Disabled"_s);
        hs.setNum(u"port"_s, 443);
        hs.setStr(u"protocol"_s, u"Https"_s);
        hs.setBool(u"pick_host_name_from_backend_address"_s, true);
        hs.setNum(u"request_timeout"_s, 30);
    }
    Block &https = g.add(u"http_listener"_s);
    https.setStr(u"name"_s, u"https"_s);
    https.setStr(u"frontend_ip_configuration_name"_s, u"public"_s);
    https.setStr(u"frontend_port_name"_s, u"https"_s);
    https.setStr(u"protocol"_s, u"Https"_s);
    https.setStr(u"ssl_certificate_name"_s, u"tls"_s);
    Block &http = g.add(u"http_listener"_s);
    http.setStr(u"name"_s, u"http"_s);
    http.setStr(u"frontend_ip_configuration_name"_s, u"public"_s);
    http.setStr(u"frontend_port_name"_s, u"http"_s);
    http.setStr(u"protocol"_s, u"Http"_s);
    Block &rc = g.add(u"redirect_configuration"_s);
    rc.setStr(u"name"_s, u"to-https"_s);
    rc.setStr(u"redirect_type"_s, u"Permanent"_s);
    rc.setStr(u"target_listener_name"_s, u"https"_s);
    rc.setBool(u"include_path"_s, true);
    rc.setBool(u"include_query_string"_s, true);
    if (backends.size() > 1) {
        Block &map = g.add(u"url_path_map"_s);
        map.setStr(u"name"_s, u"routes"_s);
        map.setStr(u"default_backend_address_pool_name"_s, backends.front().unit->slug);
        map.setStr(u"default_backend_http_settings_name"_s, backends.front().unit->slug);
        for (size_t i = 1; i < backends.size(); ++i) {
            Block &pr = map.add(u"path_rule"_s);
            pr.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
            pr.setStr(u"name"_s, backends[i].unit->slug);
            pr.set(u"paths"_s, Value::strings({u"/%1/*"_s.arg(backends[i].unit->slug)}));
            pr.setStr(u"backend_address_pool_name"_s, backends[i].unit->slug);
            pr.setStr(u"backend_http_settings_name"_s, backends[i].unit->slug);
        }
    }
    Block &rule = g.add(u"request_routing_rule"_s);
    rule.setStr(u"name"_s, u"https"_s);
    rule.setNum(u"priority"_s, 100);
    rule.setStr(u"http_listener_name"_s, u"https"_s);
    if (backends.size() > 1) {
        rule.setStr(u"rule_type"_s, u"PathBasedRouting"_s);
        rule.setStr(u"url_path_map_name"_s, u"routes"_s);
    } else {
        rule.setStr(u"rule_type"_s, u"Basic"_s);
        rule.setStr(u"backend_address_pool_name"_s, backends.front().unit->slug);
        rule.setStr(u"backend_http_settings_name"_s, backends.front().unit->slug);
    }
    Block &redirect = g.add(u"request_routing_rule"_s);
    redirect.setStr(u"name"_s, u"http-redirect"_s);
    redirect.setNum(u"priority"_s, 200);
    redirect.setStr(u"rule_type"_s, u"Basic"_s);
    redirect.setStr(u"http_listener_name"_s, u"http"_s);
    redirect.setStr(u"redirect_configuration_name"_s, u"to-https"_s);
    g.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_secrets"_s.arg(key(r)))}));
    diag(u.ident, u"azurerm_application_gateway.%1.id"_s.arg(u.ident));
    const QString scope = u"azurerm_application_gateway.%1.id"_s.arg(u.ident);
    alert(u, u"failures"_s, fileText("more than 50 failed requests in 5 minutes"), scope, u"Microsoft.Network/applicationGateways"_s, u"FailedRequests"_s, u"Total"_s, 50);
    alert(u, u"latency"_s, fileText("average total time above 1 second"), scope, u"Microsoft.Network/applicationGateways"_s, u"ApplicationGatewayTotalTime"_s, u"Average"_s, 1000);
    m.output(u.ident + u"_address"_s, u"azurerm_public_ip.%1.ip_address"_s.arg(u.ident), fileText("Public address of %1").arg(label(u)));
}

void AzureMapper::frontDoor(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    struct Origin {
        const Unit *unit;
        QString host;
    };
    std::vector<Origin> origins;
    const Unit *wafUnit = nullptr;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        std::vector<const Unit *> targets = {t};
        if (isKind(*t, {kinds::waf})) {
            wafUnit = t;
            targets.clear();
            for (const Connection *c2 : ctx.outgoing(t->component->id))
                if (const Unit *t2 = ctx.unit(c2->to))
                    targets.push_back(t2);
        }
        for (const Unit *o : targets) {
            if (isKind(*o, {kinds::objectStorage}))
                origins.push_back({o, u"azurerm_storage_account.%1.primary_blob_host"_s.arg(o->ident)});
            else if (isKind(*o, {kinds::loadBalancer, kinds::apiGateway}) && ctx.isPublic(*o))
                origins.push_back({o, u"azurerm_public_ip.%1.ip_address"_s.arg(o->ident)});
        }
    }
    if (origins.empty()) {
        m.omit(u, u"edge.tf"_s, fileText("It connects to no origin this export creates (storage, or a public Application Gateway)."));
        return;
    }
    Block &p = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_profile"_s, u.ident});
    p.set(u"name"_s, name(u.slug));
    p.set(u"resource_group_name"_s, rg(r));
    p.comment(fileText("Premium: managed WAF rule sets and private origins."));
    p.setStr(u"sku_name"_s, u"Premium_AzureFrontDoor"_s);
    Block &e = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_endpoint"_s, u.ident});
    e.set(u"name"_s, unique(u.slug));
    e.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
    for (const Origin &o : origins) {
        const QString ident = m.reserveName(u.ident + u"_"_s + o.unit->ident);
        Block &og = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_origin_group"_s, ident});
        og.setStr(u"name"_s, o.unit->slug);
        og.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
        og.add(u"load_balancing"_s).setNum(u"sample_size"_s, 4);
        Block &hp = og.add(u"health_probe"_s);
        hp.setStr(u"protocol"_s, u"Https"_s);
        hp.setNum(u"interval_in_seconds"_s, 60);
        hp.setStr(u"path"_s, u"/"_s);
        Block &org = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_origin"_s, ident});
        org.setStr(u"name"_s, o.unit->slug);
        org.set(u"cdn_frontdoor_origin_group_id"_s, u"azurerm_cdn_frontdoor_origin_group.%1.id"_s.arg(ident));
        org.set(u"host_name"_s, o.host);
        org.setNum(u"https_port"_s, 443);
        org.setBool(u"certificate_name_check_enabled"_s, true);
        if (isKind(*o.unit, {kinds::objectStorage}))
            org.set(u"origin_host_header"_s, o.host);
        Block &route = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_route"_s, ident});
        route.setStr(u"name"_s, o.unit->slug);
        route.set(u"cdn_frontdoor_endpoint_id"_s, u"azurerm_cdn_frontdoor_endpoint.%1.id"_s.arg(u.ident));
        route.set(u"cdn_frontdoor_origin_group_id"_s, u"azurerm_cdn_frontdoor_origin_group.%1.id"_s.arg(ident));
        route.set(u"cdn_frontdoor_origin_ids"_s, list({R(u"azurerm_cdn_frontdoor_origin.%1.id"_s.arg(ident))}));
        route.set(u"supported_protocols"_s, Value::strings({u"Http"_s, u"Https"_s}));
        route.set(u"patterns_to_match"_s, Value::strings({&o == &origins.front() ? u"/*"_s : u"/%1/*"_s.arg(o.unit->slug)}));
        route.setStr(u"forwarding_protocol"_s, u"HttpsOnly"_s);
        route.setBool(u"https_redirect_enabled"_s, true);
        route.setBool(u"link_to_default_domain"_s, true);
        Block &cache = route.add(u"cache"_s);
        cache.setStr(u"query_string_caching_behavior"_s, u"UseQueryString"_s);
        cache.setBool(u"compression_enabled"_s, true);
        cache.set(u"content_types_to_compress"_s, Value::strings({u"text/html"_s, u"text/css"_s, u"application/javascript"_s, u"application/json"_s}));
    }
    if (wafUnit) {
        Block &fw = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_firewall_policy"_s, wafUnit->ident});
        fw.set(u"name"_s, R(tmpl(alnum(wafUnit->slug) + u"${replace(local.name, \"-\", \"\")}"_s)));
        fw.set(u"resource_group_name"_s, rg(r));
        fw.setStr(u"sku_name"_s, u"Premium_AzureFrontDoor"_s);
        fw.setBool(u"enabled"_s, true);
        fw.setStr(u"mode"_s, u"Prevention"_s);
        if (props.boolValue(*wafUnit->component, keys::managedRules)) {
            Block &mr = fw.add(u"managed_rule"_s);
            mr.setStr(u"type"_s, u"Microsoft_DefaultRuleSet"_s);
            mr.setStr(u"version"_s, u"2.1"_s);
            mr.setStr(u"action"_s, u"Block"_s);
        }
        if (const qint64 limit = props.intValue(*wafUnit->component, keys::rateLimitPerMinute); limit > 0) {
            Block &cr = fw.add(u"custom_rule"_s);
            cr.setStr(u"name"_s, u"RateLimitPerClient"_s);
            cr.setNum(u"priority"_s, 1);
            cr.setStr(u"type"_s, u"RateLimitRule"_s);
            cr.setNum(u"rate_limit_duration_in_minutes"_s, 1);
            cr.setNum(u"rate_limit_threshold"_s, limit);
            cr.setStr(u"action"_s, u"Block"_s);
            Block &mc = cr.add(u"match_condition"_s);
            mc.setStr(u"match_variable"_s, u"RemoteAddr"_s);
            mc.setStr(u"operator"_s, u"IPMatch"_s);
            mc.setBool(u"negation_condition"_s, true);
            mc.set(u"match_values"_s, Value::strings({u"255.255.255.255"_s}));
        }
        Block &sp = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_security_policy"_s, u.ident});
        sp.set(u"name"_s, name(u.slug));
        sp.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
        Block &f = sp.add(u"security_policies"_s).add(u"firewall"_s);
        f.set(u"cdn_frontdoor_firewall_policy_id"_s, u"azurerm_cdn_frontdoor_firewall_policy.%1.id"_s.arg(wafUnit->ident));
        Block &assoc = f.add(u"association"_s);
        assoc.add(u"domain"_s).set(u"cdn_frontdoor_domain_id"_s, u"azurerm_cdn_frontdoor_endpoint.%1.id"_s.arg(u.ident));
        assoc.set(u"patterns_to_match"_s, Value::strings({u"/*"_s}));
    }
    diag(u.ident, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
    m.output(u.ident + u"_host_name"_s, u"azurerm_cdn_frontdoor_endpoint.%1.host_name"_s.arg(u.ident), fileText("Host name of the Front Door endpoint %1").arg(label(u)));
}

void AzureMapper::observability(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    if (isKind(u, {kinds::logging})) {
        m.note(fileText("%1 is the Log Analytics workspace %2, where every diagnostic setting sends its logs.").arg(label(u), workspace));
    } else if (isKind(u, {kinds::metrics})) {
        Block &w = res(u"observability.tf"_s, u"azurerm_monitor_workspace"_s, u.ident, r);
        w.comment(fileText("Azure Monitor managed Prometheus."));
        w.setBool(u"public_network_access_enabled"_s, false);
    } else if (isKind(u, {kinds::dashboards})) {
        Block &g = res(u"observability.tf"_s, u"azurerm_dashboard_grafana"_s, u.ident, r);
        g.items.front().value = R(tmpl(u"${substr(local.name, 0, 10)}-%1"_s.arg(slugFor(u.slug, u"grafana"_s, 12))));
        g.setNum(u"grafana_major_version"_s, 11);
        g.setBool(u"api_key_enabled"_s, false);
        g.setBool(u"zone_redundancy_enabled"_s, true);
        g.setBool(u"public_network_access_enabled"_s, true);
        g.add(u"identity"_s).setStr(u"type"_s, u"SystemAssigned"_s);
        for (const Unit &other : ctx.units)
            if (isKind(other, {kinds::metrics}))
                g.add(u"azure_monitor_workspace_integrations"_s).set(u"resource_id"_s, u"azurerm_monitor_workspace.%1.id"_s.arg(other.ident));
    } else if (isKind(u, {kinds::alerting})) {
        // A receiver of the action group, made in run().
    } else {
        m.omit(u, u"observability.tf"_s, fileText("%1 is a third-party service; install its agent or integration with the vendor's own tooling.").arg(props.stringValue(*u.component, keys::vendor)));
    }
}

void AzureMapper::thirdPartySecrets()
{
    std::set<QString> seen;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Component *to = ctx.design.component(c.to);
        const KindSpec *kind = to ? ctx.catalog.kind(to->kind) : nullptr;
        if (!from || ctx.unit(c.to) || !kind || !kind->hasRole(u"third-party"_s) || !seen.insert(to->id).second)
            continue;
        const QString ident = m.reserveName(identifierFor(to->name, to->kind) + u"_credentials"_s);
        m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Key Vault").arg(to->name), std::nullopt, true, {}, {}});
        Block &s = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault_secret"_s, ident});
        s.setStr(u"name"_s, slugFor(to->name, to->kind) + u"-credentials"_s);
        s.set(u"key_vault_id"_s, u"azurerm_key_vault.%1.id"_s.arg(key(ctx.regionOf(*from))));
        s.comment(fileText("Write-only: the value is sent to Azure but never stored in the Terraform state."));
        s.set(u"value_wo"_s, u"var."_s + ident);
        s.setNum(u"value_wo_version"_s, 1);
        s.setStr(u"content_type"_s, u"api-key"_s);
        s.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_admin"_s.arg(key(ctx.regionOf(*from))))}));
    }
}

void AzureMapper::run()
{
    Block &sec = m.file(u"security.tf"_s);
    sec.add(u"data"_s, {u"azurerm_client_config"_s, u"current"_s});
    sec.add(u"locals"_s).set(u"unique"_s, u"substr(sha1(var.subscription_id), 0, 6)"_s);
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::logging}))
            workspace = u.ident;
    for (int i = 0; i < ctx.regions.size(); ++i)
        region(ctx.regions[i], i);
    Block &ws = res(u"observability.tf"_s, u"azurerm_log_analytics_workspace"_s, workspace, ctx.regions.first());
    ws.items.front().value = R(name(workspace == QLatin1String("main") ? u"logs"_s : slugFor(workspace, u"logs"_s)));
    ws.setStr(u"sku"_s, u"PerGB2018"_s);
    ws.set(u"retention_in_days"_s, u"max(30, local.log_retention_days)"_s);
    ws.setBool(u"local_authentication_enabled"_s, false);
    Block &ag = m.file(u"observability.tf"_s).add(u"resource"_s, {u"azurerm_monitor_action_group"_s, u"main"_s});
    ag.set(u"name"_s, name(u"alerts"_s));
    ag.set(u"resource_group_name"_s, rg(ctx.regions.first()));
    ag.setStr(u"short_name"_s, u"alerts"_s);
    bool receivers = false;
    for (const Unit &u : ctx.units) {
        if (!isKind(u, {kinds::alerting}))
            continue;
        receivers = true;
        m.variable({u.ident + u"_endpoint"_s, u"string"_s,
                    fileText("HTTPS integration URL of %1 (%2) that receives the alerts; it contains a key, so it is sensitive").arg(label(u), props.stringValue(*u.component, keys::vendor)),
                    std::nullopt, true, u"startswith(var.%1_endpoint, \"https://\")"_s.arg(u.ident), fileText("The endpoint must use HTTPS.")});
        Block &wr = ag.add(u"webhook_receiver"_s);
        wr.setStr(u"name"_s, u.slug);
        wr.set(u"service_uri"_s, u"var.%1_endpoint"_s.arg(u.ident));
        wr.setBool(u"use_common_alert_schema"_s, true);
    }
    if (!receivers)
        m.todo(fileText("Nobody receives the alerts: add an e-mail or webhook receiver to azurerm_monitor_action_group.main."));

    std::set<QString> clustersMade;
    for (const Zone *z : ctx.clusters) {
        const Placement pl = placementOf(ctx.design, ctx.catalog, z->id);
        const QString ident = ctx.clusterIdent(z->id);
        clustersMade.insert(ident);
        cluster(ident, z->name, pl.region.isEmpty() ? ctx.regions.first() : pl.region, props.value(*z, keys::version).toString(),
                props.value(*z, keys::nodeCountMin).toLongLong(), props.value(*z, keys::nodeCountMax).toLongLong(),
                props.value(*z, keys::privateEndpoint).toBool(), sizeIndex(props.value(*z, keys::instanceSize).toString()));
    }
    for (const Unit &u : ctx.units) {
        if (platformOf(u) != QLatin1String("kubernetes") || !u.placement.cluster.isEmpty())
            continue;
        const QString ident = clusterFor(u);
        if (!clustersMade.insert(ident).second)
            continue;
        m.reserveName(ident);
        m.note(fileText("Kubernetes workloads in %1 are drawn outside a cluster; the export adds one AKS cluster for them.").arg(ctx.regionOf(u)));
        cluster(ident, fileText("Cluster for the Kubernetes workloads"), ctx.regionOf(u), u"1.31"_s, 3, 10, true, 1);
    }
    for (const Unit &u : ctx.units) {
        const QString platform = platformOf(u);
        if (platform == QLatin1String("kubernetes")) {
            m.note(fileText("%1 runs in the Kubernetes cluster %2: deploy it with the Kubernetes export.").arg(label(u), clusterFor(u)));
        } else if (platform == QLatin1String("vm")) {
            scaleSet(u);
        } else if (platform == QLatin1String("container-service")) {
            containerApp(u);
        } else if (isKind(u, {kinds::serverlessFunction})) {
            function(u);
        } else if (isKind(u, {kinds::relationalDatabase})) {
            database(u);
        } else if (isKind(u, {kinds::cache})) {
            redis(u);
        } else if (isKind(u, {kinds::objectStorage})) {
            storage(&u, u.ident, ctx.regionOf(u), label(u));
        } else if (isKind(u, {kinds::messageQueue})) {
            if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
                serviceBus(u);
            else
                m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; use Service Bus (engine: managed) or run the broker on AKS.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::eventStream})) {
            eventHub(u);
        } else if (isKind(u, {kinds::documentDatabase})) {
            const QString engine = props.stringValue(*u.component, keys::engine);
            if (engine == QLatin1String("cosmosdb") || engine == QLatin1String("mongodb"))
                cosmos(u);
            else
                m.omit(u, u"data.tf"_s, fileText("%1 is not offered on Azure; Cosmos DB (engine: cosmosdb or mongodb) is Azure's document database.").arg(engine));
        } else if (isKind(u, {kinds::search})) {
            m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; Azure AI Search has its own API, or run Elastic Cloud from the Marketplace or on AKS.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::dataWarehouse})) {
            m.omit(u, u"data.tf"_s, fileText("Not generated: a Synapse or Fabric warehouse needs choices (capacity, storage, identities) the design does not hold; create it with azurerm_synapse_workspace."));
        } else if (isKind(u, {kinds::distributedSql})) {
            m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; Azure Cosmos DB for PostgreSQL (distributed) is the closest, or run it on AKS.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::loadBalancer, kinds::apiGateway})) {
            gateway(u);
        } else if (isKind(u, {kinds::waf})) {
            m.note(fileText("%1 (WAF) becomes the WAF policy of the Application Gateway or Front Door it protects.").arg(label(u)));
        } else if (isKind(u, {kinds::cdn})) {
            frontDoor(u);
        } else if (isKind(u, {kinds::dns})) {
            Block &z = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_dns_zone"_s, u.ident});
            z.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
            z.set(u"resource_group_name"_s, rg(ctx.regionOf(u)));
            m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers and add records for your entry points.").arg(label(u), u.ident));
            m.output(u.ident + u"_name_servers"_s, u"azurerm_dns_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(props.stringValue(*u.component, keys::domain)));
        } else if (u.kind && u.kind->category == QLatin1String("observability")) {
            observability(u);
        } else if (isKind(u, {kinds::secretsManager, kinds::keyManagement})) {
            m.note(fileText("%1 is the Key Vault of %2 (azurerm_key_vault.%3).").arg(label(u), ctx.regionOf(u), key(ctx.regionOf(u))));
        } else if (isKind(u, {kinds::identityProvider})) {
            m.omit(u, u"security.tf"_s, fileText("Microsoft Entra ID is managed with the azuread provider, not azurerm; require MFA there with a conditional access policy."));
        } else {
            m.omit(u, fileFor(u), fileText("%1 is outside your cloud account: there is nothing to create for it.").arg(u.kind ? u.kind->displayName : u.component->kind));
        }
    }
    connections();
    thirdPartySecrets();
}

} // namespace

void mapAzure(Context &context) { AzureMapper(context).run(); }

} // namespace sd::tf
