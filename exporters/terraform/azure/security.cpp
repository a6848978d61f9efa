// SPDX-License-Identifier: MIT
// Azure: identities, Key Vaults with their keys, and the credentials of third-party services.
#include "azuremapper.h"

namespace sd::tf {

/// The identity the data services use, the region's Key Vault with its key, and who may use them.
void AzureMapper::regionVault(const QString &r, int index)
{
    const QString k = key(r);
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
}

void AzureMapper::secretsManager(const Unit &u)
{
    m.note(fileText("%1 is the Key Vault of %2 (azurerm_key_vault.%3).").arg(label(u), ctx.regionOf(u), key(ctx.regionOf(u))));
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
}

} // namespace sd::tf
