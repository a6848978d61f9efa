// SPDX-License-Identifier: MIT
// Azure: the Log Analytics workspace, diagnostic settings, metric alerts and the observability kinds.
#include "azuremapper.h"

namespace sd::tf {

/// The Log Analytics workspace every diagnostic setting writes to, and who receives the alerts.
void AzureMapper::workspaceAndAlerts()
{
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
        for (const Unit *other : ctx.unitsOfKind(kinds::metrics))
            g.add(u"azure_monitor_workspace_integrations"_s).set(u"resource_id"_s, u"azurerm_monitor_workspace.%1.id"_s.arg(other->ident));
    } else if (isKind(u, {kinds::alerting})) {
        // A receiver of the action group, made in run().
    } else {
        m.omit(u, u"observability.tf"_s, fileText("%1 is a third-party service; install its agent or integration with the vendor's own tooling.").arg(props.stringValue(*u.component, keys::vendor)));
    }
}

} // namespace sd::tf
