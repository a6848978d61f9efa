// SPDX-License-Identifier: MIT
// Google Cloud: the root module around the resources and the order they are made in.
#include "gcpmapper.h"

namespace sd::tf {

void GcpMapper::providerBlocks(Block &top, const QStringList &regions) const
{
    for (int i = 0; i < regions.size(); ++i) {
        Block &p = top.add(u"provider"_s, {terraformName()});
        if (i > 0)
            p.setStr(u"alias"_s, Context::regionKey(regions[i]));
        p.set(u"project"_s, u"var.project_id"_s);
        p.set(u"region"_s, regions[i].isEmpty() ? R(u"var.region"_s) : S(regions[i]));
        p.set(u"default_labels"_s, u"local.labels"_s);
    }
}

QString GcpMapper::regionsNote() const { return fileText("every regional resource names its region"); }

void GcpMapper::accountVariables()
{
    m.variable({u"project_id"_s, u"string"_s, fileText("Google Cloud project to create the resources in"), std::nullopt, false, {}, {}});
}

void GcpMapper::foundation()
{
    // The Kubernetes export of the same design decides the namespace, the ServiceAccounts, the
    // Gateways and the cloud values; the cluster made here must match it (docs/export-kubernetes.md).
    const QStringList providers = k8s::workloadProviders(ctx.design, ctx.catalog);
    if (providers.contains(ctx.provider)) {
        k8s::PlanOptions options;
        options.filterProvider = providers.size() > 1;
        options.provider = options.filterProvider ? ctx.provider : QString();
        k8s::Plan p = k8s::makePlan(ctx.design, ctx.catalog, options);
        bool inGke = false;
        for (const k8s::Workload &w : p.workloads)
            if (const Unit *u = ctx.unit(w.component->id); u && u->runtime == Runtime::Kubernetes)
                inGke = true;
        if (p.error.isEmpty() && inGke)
            plan = std::move(p);
    }
    Block &sec = m.file(u"security.tf"_s);
    sec.add(u"data"_s, {u"google_project"_s, u"current"_s}).set(u"project_id"_s, u"var.project_id"_s);
    network();
    regionKeys();
    firewalls();
    armorPolicies();
}

void GcpMapper::connections()
{
    workloadIdentities();
    grants();
}

void GcpMapper::finish()
{
    cloudValues();
    dashboards();
    if (channels().isEmpty())
        m.todo(fileText("No notification channel: add a google_monitoring_notification_channel and list it in the alert policies."));
    privateServiceAccess();
    keyBindings();
    m.todo(fileText("Some Google service agents exist only after first use; if applying the key bindings fails, run `gcloud beta services identity create --service=SERVICE` for the services listed in google_project_service.apis."));
    projectServices();
}

} // namespace sd::tf
