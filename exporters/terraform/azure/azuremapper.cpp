// SPDX-License-Identifier: MIT
// Azure: the root module around the resources, the order they are made in, and shared helpers.
#include "azuremapper.h"

#include <algorithm>

namespace sd::tf {

void AzureMapper::providerBlocks(Block &top, const QStringList &regions) const
{
    Q_UNUSED(regions) // every resource names its location
    Block &p = top.add(u"provider"_s, {terraformName()});
    p.set(u"subscription_id"_s, u"var.subscription_id"_s);
    p.comment(fileText("Storage accounts refuse shared keys, so the provider talks to them with Entra ID."));
    p.setBool(u"storage_use_azuread"_s, true);
    Block &features = p.add(u"features"_s);
    Block &kv = features.add(u"key_vault"_s);
    kv.setBool(u"purge_soft_delete_on_destroy"_s, false);
    Block &rg = features.add(u"resource_group"_s);
    rg.setBool(u"prevent_deletion_if_contains_resources"_s, true);
}

QString AzureMapper::regionsNote() const { return fileText("every regional resource names its region"); }

void AzureMapper::accountVariables()
{
    m.variable({u"subscription_id"_s, u"string"_s, fileText("Azure subscription to create the resources in"), std::nullopt, false, {}, {}});
}

Block &AzureMapper::res(const QString &file, const QString &type, const QString &ident, const QString &r)
{
    Block &b = m.file(file).add(u"resource"_s, {type, ident});
    b.set(u"name"_s, name(ident == key(r) ? (r.isEmpty() ? u"main"_s : r) : slugFor(ident, type, 40)));
    b.set(u"resource_group_name"_s, rg(r));
    b.set(u"location"_s, location(r));
    return b;
}

void AzureMapper::userIdentity(Block &b, const QString &identityIdent)
{
    Block &id = b.add(u"identity"_s);
    id.setStr(u"type"_s, u"UserAssigned"_s);
    id.set(u"identity_ids"_s, list({R(u"azurerm_user_assigned_identity.%1.id"_s.arg(identityIdent))}));
}

/// Availability zones of a region as Azure numbers them ("1", "2", "3").
QStringList AzureMapper::zonesOf(const QString &r) const
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

void AzureMapper::foundation()
{
    Block &sec = m.file(u"security.tf"_s);
    sec.add(u"data"_s, {u"azurerm_client_config"_s, u"current"_s});
    sec.add(u"locals"_s).set(u"unique"_s, u"substr(sha1(var.subscription_id), 0, 6)"_s);
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::logging}))
            workspace = u.ident;
    // The Kubernetes export of the same design, planned exactly as it plans it: its ServiceAccounts, Gateways and ${KEY} values.
    if (std::any_of(ctx.units.begin(), ctx.units.end(), [&](const Unit &u) { return isWorkloadInCluster(u); })) {
        const QStringList providers = k8s::workloadProviders(ctx.design, ctx.catalog);
        k8s::PlanOptions options;
        options.filterProvider = providers.size() > 1;
        options.provider = options.filterProvider ? ctx.provider : QString();
        k8sPlan = k8s::makePlan(ctx.design, ctx.catalog, options);
        if (!k8sPlan->error.isEmpty())
            k8sPlan.reset();
    }
    for (int i = 0; i < ctx.regions.size(); ++i) {
        resourceGroup(ctx.regions[i], i);
        regionVault(ctx.regions[i], i);
        regionNetwork(ctx.regions[i], i);
    }
    workspaceAndAlerts();
}

} // namespace sd::tf
