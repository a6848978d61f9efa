// SPDX-License-Identifier: MIT
// Azure: identities, Key Vaults with their keys, and the credentials of third-party services.
#include "azuremapper.h"

namespace sd::tf {

/// A premium vault with RBAC and purge protection (its name from the prefix without hyphens: a
/// vault name must not hold two in a row, which a prefix cut after its hyphen would give), Terraform's own principal as its only administrator
/// (`adminRole` on the vault), and one HSM key `keyName`. The caller sets the vault's network access.
Block &AzureMapper::vaultWithKey(const QString &k, const QString &nameTemplate, const QString &r, const QString &why,
                                 const QString &adminRole, const QString &keyName, const QStringList &keyOps)
{
    Block &kv = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault"_s, k});
    kv.comment(why);
    kv.set(u"name"_s, R(tmpl(nameTemplate)));
    kv.set(u"resource_group_name"_s, rg(r));
    kv.set(u"location"_s, location(r));
    kv.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
    kv.setStr(u"sku_name"_s, u"premium"_s);
    kv.setBool(u"rbac_authorization_enabled"_s, true);
    kv.setBool(u"purge_protection_enabled"_s, true);
    kv.setNum(u"soft_delete_retention_days"_s, 90);
    kv.setBool(u"public_network_access_enabled"_s, true);
    Block &ra = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, k + u"_vault_admin"_s});
    ra.comment(fileText("Terraform's own principal creates the keys and secrets; no workload holds a role on the whole vault."));
    ra.set(u"scope"_s, u"azurerm_key_vault.%1.id"_s.arg(k));
    ra.setStr(u"role_definition_name"_s, adminRole);
    ra.set(u"principal_id"_s, u"data.azurerm_client_config.current.object_id"_s);
    Block &kk = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault_key"_s, k});
    kk.setStr(u"name"_s, keyName);
    kk.set(u"key_vault_id"_s, u"azurerm_key_vault.%1.id"_s.arg(k));
    kk.setStr(u"key_type"_s, u"RSA-HSM"_s);
    kk.setNum(u"key_size"_s, 3072);
    kk.set(u"key_opts"_s, Value::strings(keyOps));
    Block &rot = kk.add(u"rotation_policy"_s);
    rot.setStr(u"expire_after"_s, u"P2Y"_s);
    rot.setStr(u"notify_before_expiry"_s, u"P30D"_s);
    rot.add(u"automatic"_s).setStr(u"time_after_creation"_s, u"P1Y"_s);
    kk.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_admin"_s.arg(k))}));
    diag(k + u"_vault"_s, u"azurerm_key_vault.%1.id"_s.arg(k));
    return kv;
}

/// The region's Key Vault with its key. Nobody but Terraform's own principal holds a role on the whole vault:
/// every other identity gets its role on one key or one secret (grant()).
void AzureMapper::regionVault(const QString &r, int index)
{
    const QString k = key(r);
    Block &kv = vaultWithKey(k, u"${substr(replace(local.name, \"-\", \"\"), 0, 10)}-kv%1-${local.unique}"_s.arg(index), r,
                             fileText("Holds the customer-managed key for the data in this region and the secrets the export creates."),
                             u"Key Vault Administrator"_s, u"data"_s, {u"decrypt"_s, u"encrypt"_s, u"unwrapKey"_s, u"wrapKey"_s});
    Block &acl = kv.add(u"network_acls"_s);
    acl.comment(fileText("Only Azure services, the private endpoint and the addresses Terraform runs from reach the vault."));
    acl.setStr(u"default_action"_s, u"Deny"_s);
    acl.setStr(u"bypass"_s, u"AzureServices"_s);
    acl.set(u"ip_rules"_s, u"var.admin_cidrs"_s);
    m.variable({u"admin_cidrs"_s, u"list(string)"_s, fileText("Address ranges Terraform and administrators work from (Key Vault firewall, Kubernetes API)"),
                std::nullopt, false, u"length(var.admin_cidrs) > 0 && alltrue([for c in var.admin_cidrs : can(cidrhost(c, 0)) && !endswith(c, \"/0\")])"_s,
                fileText("Give at least one address range in CIDR notation, and do not open the vaults and APIs to the whole internet.")});
    privateEndpoint(k + u"_vault"_s, r, u"azurerm_key_vault.%1.id"_s.arg(k), u"vault"_s, u"privatelink.vaultcore.azure.net"_s);
}

/// The vault of the AKS clusters' etcd key in region `r` (made once): the key's resource name.
/// The region's vault cannot hold it: AKS documents KMS with a vault whose firewall admits chosen
/// networks as unsupported (the firewall blocks the KMS plugin), and a private vault needs API
/// Server VNet Integration, a preview. So this vault holds nothing but that key, takes requests
/// from any network and answers only Entra-authenticated callers with a role on the key: the
/// control plane (Key Vault Crypto User on the key) and Terraform (Crypto Officer on the vault).
QString AzureMapper::etcdVault(const QString &r)
{
    const QString k = key(r) + u"_etcd"_s;
    if (!once(r, u"etcd_vault"_s))
        return k;
    Block &kv = vaultWithKey(k, u"${substr(replace(local.name, \"-\", \"\"), 0, 8)}-etcd%1-${local.unique}"_s.arg(regionIndex[r]), r,
                             fileText("Holds only the key AKS encrypts Kubernetes secrets in etcd with (KMS)."),
                             u"Key Vault Crypto Officer"_s, u"etcd"_s, {u"decrypt"_s, u"encrypt"_s});
    Block &acl = kv.add(u"network_acls"_s);
    acl.comment(fileText("Open to all networks because AKS KMS does not support a vault firewall that admits chosen networks; "
                         "only identities with a role on its one key can use it."));
    acl.setStr(u"default_action"_s, u"Allow"_s);
    acl.setStr(u"bypass"_s, u"AzureServices"_s);
    return k;
}

void AzureMapper::secretsManager(const Unit &u)
{
    m.note(fileText("%1 is the Key Vault of %2 (azurerm_key_vault.%3); each workload that calls it gets a secret of its own and may read only that one.")
               .arg(label(u), ctx.regionOf(u), key(ctx.regionOf(u))));
}

void AzureMapper::keyManagement(const Unit &u)
{
    secretsManager(u); // the region's vault holds the keys too
}

void AzureMapper::identityProvider(const Unit &u)
{
    m.omit(u, u"security.tf"_s, fileText("Microsoft Entra ID is managed with the azuread provider, not azurerm; require MFA there with a conditional access policy."));
}

void AzureMapper::storeCredentials(const ThirdPartyCredentials &credentials)
{
    const Component *to = &credentials.service;
    const QString &ident = credentials.ident;
    m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Key Vault").arg(to->name), std::nullopt, true, {}, {}});
    Block &s = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault_secret"_s, ident});
    s.setStr(u"name"_s, slugFor(to->name, to->kind) + u"-credentials"_s);
    s.set(u"key_vault_id"_s, u"azurerm_key_vault.%1.id"_s.arg(key(ctx.regionOf(credentials.caller))));
    s.comment(fileText("Write-only: the value is sent to Azure but never stored in the Terraform state."));
    s.set(u"value_wo"_s, u"var."_s + ident);
    s.setNum(u"value_wo_version"_s, 1);
    s.setStr(u"content_type"_s, u"api-key"_s);
    s.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_admin"_s.arg(key(ctx.regionOf(credentials.caller))))}));
    credentialSecrets[to->id] = ident;
}

QString AzureMapper::ownIdentity(const QString &ident, const QString &r, const QString &purpose)
{
    if (identities.insert(ident).second) {
        Block &id = res(u"security.tf"_s, u"azurerm_user_assigned_identity"_s, ident, r);
        id.comment(fileText("Identity of %1 alone: its grants are the ones below that name it.").arg(purpose));
    }
    return ident;
}

QString AzureMapper::keyIdentity(const QString &ident, const QString &r)
{
    const QString id = ownIdentity(ident + u"_cmk"_s, r, fileText("the customer-managed key of %1").arg(ident));
    if (once(r, u"cmk/"_s + id))
        grant(u"%1_key"_s.arg(id), id, u"azurerm_key_vault_key.%1.resource_versionless_id"_s.arg(key(r)), u"Key Vault Crypto Service Encryption User"_s,
              fileText("wraps and unwraps the data key of %1 with the region's key, and nothing else").arg(ident));
    return id;
}

QString AzureMapper::databaseLogin(const Unit &caller, const Unit &db)
{
    const QString id = workloadIdentity(caller);
    if (once(ctx.regionOf(db), u"login/"_s + db.ident + u"/"_s + id)) {
        if (props.stringValue(*db.component, keys::engine) == QLatin1String("mysql"))
            m.todo(fileText("%1: as a member of database_admin_group_name signed in with an Entra token, create the database user of %2: "
                            "CREATE AADUSER '<the name of azurerm_user_assigned_identity.%3>' IDENTIFIED BY '<its client_id>'; then grant it its tables.")
                       .arg(label(db), label(caller), id));
        else
            m.todo(fileText("%1: as a member of database_admin_group_name, create the database user of %2 (connected to the postgres database): "
                            "SELECT * FROM pgaadauth_create_principal('<the name of azurerm_user_assigned_identity.%3>', false, false); then grant it its tables.")
                       .arg(label(db), label(caller), id));
    }
    return u"azurerm_user_assigned_identity.%1.name"_s.arg(id);
}

QString AzureMapper::grant(const QString &ident, const QString &identityIdent, const QString &scope, const QString &role, const QString &why)
{
    const QString name = m.reserveName(ident);
    Block &ra = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, name});
    ra.set(u"description"_s, S(why.left(1).toUpper() + why.mid(1)));
    ra.set(u"scope"_s, scope);
    ra.setStr(u"role_definition_name"_s, role);
    ra.set(u"principal_id"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(identityIdent));
    ra.setStr(u"principal_type"_s, u"ServicePrincipal"_s);
    return name;
}

} // namespace sd::tf

namespace sd::tf {

void AzureMapper::finish()
{
    for (auto &[vm, pools] : vmPools)
        if (auto it = vmIpConfigs.find(vm); it != vmIpConfigs.end())
            it->second->set(u"application_gateway_backend_address_pool_ids"_s, list(std::move(pools)));
    workloadGrants();
    kubernetesWiring();
}

/// The grants of each drawn connection from a workload to a cloud resource, on exactly that resource.
void AzureMapper::workloadGrants()
{
    auto identityOf = [&](const Unit &w) -> QString {
        if (!isWorkload(w))
            return {};
        if (w.runtime == Runtime::Kubernetes) {
            const k8s::Workload *kw = k8sPlan ? k8sPlan->workload(w.component->id) : nullptr;
            if (!kw || kw->identityKey.isEmpty())
                return {};
        }
        return workloadIdentity(w);
    };
    std::map<QString, QStringList> noGrant; ///< callee id -> callers that get no role (databases, observability)
    std::set<QString> done;
    auto once2 = [&](const QString &what) { return done.insert(what).second; };
    for (const Context::Call &call : ctx.callsHere()) {
        const Unit *from = call.from;
        const Unit *to = &call.to;
        if (!from)
            continue;
        // A queue or stream drawn towards a service: the service consumes from it.
        bool receive = false;
        if (isKind(*from, {kinds::eventStream, kinds::messageQueue}) && isWorkload(*to)) {
            std::swap(from, to);
            receive = true;
        }
        const QString id = identityOf(*from);
        if (id.isEmpty() || placedRuntime(*to) != Runtime::Managed || ctx.regionOf(*to).isNull())
            continue;
        const QString why = u"%1 -> %2 (%3)"_s.arg(label(*from), label(*to), call.connection.id);
        const QString base = from->ident + u"_"_s + to->ident;
        if (!once2(base + (receive ? u"<"_s : u">"_s)))
            continue;
        if (isKind(*to, {kinds::objectStorage})) {
            grant(base + u"_blob"_s, id, u"azurerm_storage_account.%1.id"_s.arg(to->ident), u"Storage Blob Data Contributor"_s,
                  fileText("%1: reads and writes the blobs of this account only").arg(why));
        } else if (isKind(*to, {kinds::eventStream})) {
            grant(base + (receive ? u"_receive"_s : u"_send"_s), id, u"azurerm_eventhub.%1.id"_s.arg(to->ident),
                  receive ? u"Azure Event Hubs Data Receiver"_s : u"Azure Event Hubs Data Sender"_s,
                  fileText("%1: this event hub only (Kafka clients sign in with Entra ID, OAUTHBEARER)").arg(why));
        } else if (isKind(*to, {kinds::messageQueue}) && props.stringValue(*to->component, keys::engine) == QLatin1String("managed")) {
            grant(base + (receive ? u"_receive"_s : u"_send"_s), id, u"azurerm_servicebus_queue.%1.id"_s.arg(to->ident),
                  receive ? u"Azure Service Bus Data Receiver"_s : u"Azure Service Bus Data Sender"_s, fileText("%1: this queue only").arg(why));
        } else if (isKind(*to, {kinds::cache}) && props.stringValue(*to->component, keys::engine) != QLatin1String("memcached")) {
            Block &ap = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_redis_cache_access_policy_assignment"_s, m.reserveName(base + u"_redis"_s)});
            ap.comment(fileText("%1: signs in to this cache with Entra ID (no access keys)").arg(why));
            ap.setStr(u"name"_s, from->slug);
            ap.set(u"redis_cache_id"_s, u"azurerm_redis_cache.%1.id"_s.arg(to->ident));
            ap.setStr(u"access_policy_name"_s, u"Data Contributor"_s);
            ap.set(u"object_id"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(id));
            ap.set(u"object_id_alias"_s, u"azurerm_user_assigned_identity.%1.name"_s.arg(id));
        } else if (isKind(*to, {kinds::documentDatabase}) && props.stringValue(*to->component, keys::engine) == QLatin1String("cosmosdb")) {
            Block &cr = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_cosmosdb_sql_role_assignment"_s, m.reserveName(base + u"_cosmos"_s)});
            cr.comment(fileText("%1: Cosmos DB Built-in Data Contributor on this account only").arg(why));
            cr.set(u"resource_group_name"_s, rg(ctx.regionOf(*to)));
            cr.set(u"account_name"_s, u"azurerm_cosmosdb_account.%1.name"_s.arg(to->ident));
            cr.set(u"role_definition_id"_s, R(tmpl(u"${azurerm_cosmosdb_account.%1.id}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002"_s.arg(to->ident))));
            cr.set(u"principal_id"_s, u"azurerm_user_assigned_identity.%1.principal_id"_s.arg(id));
            cr.set(u"scope"_s, u"azurerm_cosmosdb_account.%1.id"_s.arg(to->ident));
        } else if (isKind(*to, {kinds::secretsManager})) {
            const QString r = ctx.regionOf(*to);
            QString &secret = workloadSecrets[from->ident];
            if (secret.isEmpty()) {
                secret = m.reserveName(from->ident + u"_settings"_s);
                m.variable({secret, u"string"_s, fileText("Secret settings of %1 (for example JSON), stored in Key Vault as %2-settings; only %1 may read them")
                                                     .arg(label(*from), from->slug), std::nullopt, true, {}, {}});
                Block &s = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_key_vault_secret"_s, secret});
                s.comment(fileText("Write-only: the value is sent to Azure but never stored in the Terraform state."));
                s.setStr(u"name"_s, from->slug + u"-settings"_s);
                s.set(u"key_vault_id"_s, u"azurerm_key_vault.%1.id"_s.arg(key(r)));
                s.set(u"value_wo"_s, u"var."_s + secret);
                s.setNum(u"value_wo_version"_s, 1);
                s.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_vault_admin"_s.arg(key(r)))}));
            }
            grant(base + u"_secret"_s, id, u"azurerm_key_vault_secret.%1.resource_versionless_id"_s.arg(secret), u"Key Vault Secrets User"_s,
                  fileText("%1: reads its own secret, no other").arg(why));
        } else if (isKind(*to, {kinds::keyManagement})) {
            grant(base + u"_key"_s, id, u"azurerm_key_vault_key.%1.resource_versionless_id"_s.arg(key(ctx.regionOf(*to))), u"Key Vault Crypto User"_s,
                  fileText("%1: encrypts and decrypts with the region's key, no other key").arg(why));
        } else if (isKind(*to, {kinds::relationalDatabase}) || isObservability(*to)) {
            QStringList &callers = noGrant[to->component->id];
            if (!callers.contains(label(*from)))
                callers.append(label(*from));
        }
    }
    for (const auto &[id, callers] : noGrant) {
        const Unit *to = ctx.unit(id);
        if (isKind(*to, {kinds::relationalDatabase}))
            m.note(fileText("%1: no Azure role is granted to %2; database logins are made inside the server, one per caller (Entra ID authentication is on, so a workload may sign in with its own managed identity), and the NSG rule admits each caller.")
                       .arg(label(*to), callers.join(u", "_s)));
        else
            m.note(fileText("%1: no role is granted to %2; the platform's agents (Container insights, managed Prometheus) collect their logs and metrics.")
                       .arg(label(*to), callers.join(u", "_s)));
    }
    // Credentials of third-party services: each caller reads that one secret.
    for (const Connection &c : ctx.design.connections()) {
        const auto it = credentialSecrets.find(c.to);
        const Unit *from = ctx.unit(c.from);
        if (it == credentialSecrets.end() || !from)
            continue;
        const QString id = identityOf(*from);
        if (id.isEmpty() || !once2(from->ident + u"/"_s + it->second))
            continue;
        grant(from->ident + u"_"_s + it->second, id, u"azurerm_key_vault_secret.%1.resource_versionless_id"_s.arg(it->second), u"Key Vault Secrets User"_s,
              fileText("%1 -> %2 (%3): reads these credentials only").arg(label(*from), c.to, c.id));
    }
}

/// The Terraform expression of a cloud value the Kubernetes manifests hold; empty when this export has none.
QString AzureMapper::cloudValueFor(const QString &keyName) const
{
    if (auto it = cloudValues.find(keyName); it != cloudValues.end())
        return it->second;
    for (const Unit &u : ctx.units) {
        const QString stem = k8s::envName(u.component->id);
        const QString r = ctx.regionOf(u);
        const QString k = key(r);
        if (keyName == stem + u"_CIDR"_s) {
            QString tier = tierOf(u);
            if (tier.isEmpty() || tier == QLatin1String("gateway"))
                tier = u"endpoints"_s;
            const auto sit = subnets.find(r);
            if (sit == subnets.end() || sit->second.find(tier) == sit->second.end())
                return {};
            return u"one(azurerm_subnet.%1.address_prefixes)"_s.arg(sit->second.at(tier).ident);
        }
        if (keyName != stem + u"_ADDRESS"_s)
            continue;
        if (isKind(u, {kinds::relationalDatabase})) {
            const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
            return tmpl(u"${%1.%2.fqdn}:%3"_s.arg(mysql ? u"azurerm_mysql_flexible_server"_s : u"azurerm_postgresql_flexible_server"_s, u.ident).arg(mysql ? 3306 : 5432));
        }
        if (isKind(u, {kinds::cache}))
            return tmpl(u"${azurerm_redis_cache.%1.hostname}:6380"_s.arg(u.ident));
        if (isKind(u, {kinds::objectStorage}))
            return u"azurerm_storage_account.%1.primary_blob_endpoint"_s.arg(u.ident);
        if (isKind(u, {kinds::eventStream}))
            return tmpl(u"${azurerm_eventhub_namespace.%1.name}.servicebus.windows.net:9093"_s.arg(k));
        if (isKind(u, {kinds::messageQueue}))
            return tmpl(u"${azurerm_servicebus_namespace.%1.name}.servicebus.windows.net:5671"_s.arg(k));
        if (isKind(u, {kinds::documentDatabase}))
            return u"azurerm_cosmosdb_account.%1.endpoint"_s.arg(u.ident);
        if (isKind(u, {kinds::secretsManager, kinds::keyManagement}))
            return u"azurerm_key_vault.%1.vault_uri"_s.arg(k);
        if (isKind(u, {kinds::logging}))
            return u"azurerm_log_analytics_workspace.%1.workspace_id"_s.arg(workspace);
        if (isKind(u, {kinds::metrics}))
            return u"azurerm_monitor_workspace.%1.query_endpoint"_s.arg(u.ident);
        return {};
    }
    return {};
}

} // namespace sd::tf
