// SPDX-License-Identifier: MIT
#include "k8swiring.h"

#include "catalog.h"
#include "propertyaccess.h"
#include "exporter.h"
#include "k8snames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd::k8s {

namespace {

const KindSpec *kindOf(const Design &design, const Catalog &catalog, const QString &id)
{
    const Component *c = design.component(id);
    return c ? catalog.kind(c->kind) : nullptr;
}

/// Edge and entry components drawn directly in front of each component, in connection order.
QHash<QString, QStringList> edgesInFront(const Design &design, const Catalog &catalog)
{
    QHash<QString, QStringList> front;
    for (const Connection &c : design.connections()) {
        const KindSpec *k = kindOf(design, catalog, c.from);
        if (k && (k->hasRole(QStringLiteral("edge")) || k->hasRole(QStringLiteral("entry"))) && !front[c.to].contains(c.from))
            front[c.to].append(c.from);
    }
    return front;
}

QString gatewayClass(Cloud cloud, bool internetFacing)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("aws-alb");
    case Cloud::Gcp:
        return internetFacing ? QStringLiteral("gke-l7-global-external-managed") : QStringLiteral("gke-l7-rilb");
    case Cloud::Azure:
        return QStringLiteral("azure-alb-external");
    case Cloud::Generic:
        break;
    }
    return QStringLiteral("eg");
}

/// Azure: the first component in front that the Terraform export makes an Application Gateway (with its WAF): a public
/// API gateway or layer-7 load balancer that is not itself a Gateway of this cluster. AGC has no private frontend, so
/// the Gateway behind it needs a WAF policy that admits only that Application Gateway.
QString azureAppGatewayInFront(const Plan &plan, const Design &design, const Catalog &catalog, const QStringList &front)
{
    const PropertyAccess props(catalog);
    for (const QString &id : front) {
        const Component *c = design.component(id);
        const KindSpec *k = c ? catalog.kind(c->kind) : nullptr;
        if (!k || (k->id != kinds::apiGateway && k->id != kinds::loadBalancer))
            continue;
        if (k->id == kinds::loadBalancer && props.stringValue(*c, keys::layer) == QLatin1String("l4"))
            continue;
        if (std::any_of(plan.gateways.begin(), plan.gateways.end(), [&](const Gateway &other) { return other.componentId == id; }))
            continue;
        bool isPublic = k->property(keys::isPublic) && props.boolValue(*c, keys::isPublic);
        for (const Connection &conn : design.connections()) {
            if (isPublic)
                break;
            const Component *from = conn.to == id ? design.component(conn.from) : nullptr;
            isPublic = from && (from->kind == kinds::users || from->kind == kinds::partnerApi);
        }
        if (isPublic)
            return id;
    }
    return {};
}

void registerGatewayValues(Plan &plan, const Gateway &g)
{
    const QString p = g.valuePrefix;
    const QString what = g.componentName.isEmpty() ? fileText("the public entry") : g.componentName;
    switch (plan.cloud) {
    case Cloud::Aws:
        plan.value(p + QStringLiteral("_SECURITY_GROUP"),
                   fileText("security group of the load balancer for %1: admits only what the design draws in front of it").arg(what));
        plan.value(p + QStringLiteral("_CERTIFICATE"), fileText("ARN of the ACM certificate for %1").arg(what));
        plan.value(p + QStringLiteral("_SOURCE_CIDR"), fileText("address range of the subnets the load balancer for %1 runs in").arg(what));
        if (!g.wafId.isEmpty())
            plan.value(p + QStringLiteral("_WAF"), fileText("ARN of the regional WAFv2 web ACL for %1").arg(what));
        break;
    case Cloud::Gcp:
        plan.value(p + QStringLiteral("_CERTIFICATE"),
                   g.internetFacing ? fileText("name of the Certificate Manager certificate map for %1").arg(what)
                                    : fileText("name of the regional SSL certificate for %1").arg(what));
        if (!g.internetFacing)
            plan.value(p + QStringLiteral("_SOURCE_CIDR"), fileText("address range of the proxy-only subnet of the region of %1").arg(what));
        if (!g.wafId.isEmpty())
            plan.value(p + QStringLiteral("_WAF"), fileText("name of the Cloud Armor security policy for %1").arg(what));
        break;
    case Cloud::Azure:
        plan.value(p + QStringLiteral("_ALB_ID"), fileText("resource ID of the Application Gateway for Containers for %1").arg(what));
        plan.value(p + QStringLiteral("_FRONTEND"), fileText("name of its frontend for %1").arg(what));
        plan.value(p + QStringLiteral("_SOURCE_CIDR"), fileText("address range of its association subnet for %1").arg(what));
        if (!g.wafId.isEmpty())
            plan.value(p + QStringLiteral("_WAF"), fileText("resource ID of the WAF policy for %1").arg(what));
        else if (!g.appGatewayId.isEmpty())
            plan.value(p + QStringLiteral("_WAF"),
                       fileText("resource ID of the WAF policy for %1 that admits only the Application Gateway in front").arg(what));
        break;
    case Cloud::Generic:
        break;
    }
}

} // namespace

void planGateways(Plan &plan, const Design &design, const Catalog &catalog)
{
    NameAllocator names;
    QHash<QString, size_t> byEdge;
    auto gatewayFor = [&](const QString &edgeId) -> Gateway & {
        const auto it = byEdge.constFind(edgeId);
        if (it != byEdge.constEnd())
            return plan.gateways[*it];
        Gateway g;
        g.componentId = edgeId;
        if (const Component *c = design.component(edgeId)) {
            g.componentName = c->name;
            g.componentKind = c->kind;
            g.name = names.allocate(c->id);
        } else {
            g.name = names.allocate(QStringLiteral("public"));
        }
        byEdge.insert(edgeId, plan.gateways.size());
        plan.gateways.push_back(g);
        return plan.gateways.back();
    };

    QSet<QString> routeNames;
    for (Workload &w : plan.workloads) {
        if (!w.exposed || w.port <= 0)
            continue;
        auto add = [&](const QString &edgeId, bool grpc, const QString &connectionId) {
            Gateway &g = gatewayFor(edgeId);
            const size_t index = byEdge.value(edgeId);
            QString routeName = w.name + QLatin1Char('-') + g.name;
            if (routeNames.contains(routeName))
                routeName += grpc ? QStringLiteral("-grpc") : QStringLiteral("-http");
            routeNames.insert(routeName);
            g.routes.push_back({routeName, w.name, w.host, w.port, grpc, connectionId});
            if (std::find(w.gateways.begin(), w.gateways.end(), index) == w.gateways.end())
                w.gateways.push_back(index);
        };
        if (w.edgeCalls.empty()) {
            // Marked as entry point, with nothing drawn in front: users reach it directly.
            add(QString(), w.portName == QLatin1String("grpc"), {});
            continue;
        }
        QSet<QString> done;
        for (const EdgeCall &call : w.edgeCalls) {
            const bool grpc = call.protocol.compare(QLatin1String("grpc"), Qt::CaseInsensitive) == 0;
            const QString key = call.edgeId + (grpc ? QStringLiteral("/grpc") : QString());
            if (done.contains(key))
                continue;
            done.insert(key);
            add(call.edgeId, grpc, call.connectionId);
        }
    }
    const QHash<QString, QStringList> inFront = edgesInFront(design, catalog);

    for (Gateway &g : plan.gateways) {
        g.valuePrefix = QStringLiteral("GATEWAY_") + envName(g.name);
        const Component *edge = design.component(g.componentId);
        const KindSpec *kind = edge ? catalog.kind(edge->kind) : nullptr;
        const QStringList front = edge ? inFront.value(edge->id) : QStringList();
        for (const QString &id : front)
            g.inFront.append(design.component(id)->name);
        bool apiGatewayInFront = false, anythingInFront = false;
        for (const QString &id : front) {
            const KindSpec *k = kindOf(design, catalog, id);
            anythingInFront = true;
            apiGatewayInFront |= k && k->hasRole(roles::gateway);
            if (k && k->id == QLatin1String("waf") && g.wafId.isEmpty())
                g.wafId = id;
        }
        if (kind && kind->id == kinds::waf)
            g.wafId = edge->id;
        if (plan.cloud == Cloud::Azure && g.wafId.isEmpty())
            g.appGatewayId = azureAppGatewayInFront(plan, design, catalog, front);
        const QString label = edge ? QStringLiteral("%1 (%2)").arg(edge->name, edge->id) : QString();
        if (!kind) {
            g.internetFacing = true;
        } else if (kind->hasRole(roles::gateway) && plan.cloud == Cloud::Gcp) {
            // Google Cloud: no managed API gateway integrates privately with a GKE Gateway, and a global load
            // balancer cannot reach an internal one (gke-l7-rilb). The drawn API gateway becomes GKE's global
            // external Gateway; its backends carry the Cloud Armor policy of the WAF drawn in front of it, also
            // through a load balancer drawn between them (one Google load balancer plays both).
            g.internetFacing = true;
            for (const QString &id : front) {
                const KindSpec *k = kindOf(design, catalog, id);
                if (g.wafId.isEmpty() && k && k->hasRole(roles::loadBalancer))
                    for (const QString &before : inFront.value(id))
                        if (const KindSpec *b = kindOf(design, catalog, before); b && b->id == kinds::waf && g.wafId.isEmpty())
                            g.wafId = before;
            }
        } else if (kind->hasRole(roles::gateway)) {
            // A managed API gateway stays in front; the cluster's Gateway is its private integration target.
            g.internetFacing = false;
        } else if (kind->hasRole(roles::loadBalancer)) {
            const bool drawnPublic = PropertyAccess(catalog).boolValue(*edge, keys::isPublic);
            if (apiGatewayInFront) {
                g.internetFacing = false;
                if (drawnPublic)
                    warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1 is drawn public, but an API gateway is drawn in front of it; its Gateway is internal so that nothing bypasses the API gateway"),
                         {label});
            } else {
                g.internetFacing = drawnPublic || anythingInFront;
            }
        } else {
            g.internetFacing = true; // a WAF, CDN, DNS name or users: the load balancer faces the internet
        }
        g.className = gatewayClass(plan.cloud, g.internetFacing);
        registerGatewayValues(plan, g);

        const QString name = g.componentName.isEmpty() ? g.name : label;
        // Behind an Application Gateway the Terraform export makes the AGC WAF policy that admits only that
        // gateway, and this export attaches it; otherwise nothing narrows the public frontend.
        if (plan.cloud == Cloud::Azure && !g.internetFacing && !g.appGatewayId.isEmpty())
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; its WAF policy (cloud value %2_WAF) admits only the Application Gateway in front"),
                 {name, g.valuePrefix});
        else if (plan.cloud == Cloud::Azure && !g.internetFacing)
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: no counterpart on Azure: Application Gateway for Containers has no private frontend, so its Gateway is internet-facing; let its WAF policy admit only the API gateway's addresses"),
                 {name});
        if (plan.cloud == Cloud::Gcp && !g.internetFacing && !g.wafId.isEmpty())
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: no counterpart on Google Cloud: Cloud Armor cannot protect an internal Gateway (gke-l7-rilb); put the WAF on the load balancer in front"),
                 {name});
        if (plan.cloud == Cloud::Generic && !g.wafId.isEmpty())
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: no counterpart without a cloud: the WAF drawn in front has nothing to attach to; run it in front of Envoy Gateway's load balancer"),
                 {name});
        if (plan.cloud == Cloud::Generic && !g.internetFacing)
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: without a cloud the export cannot make the Gateway internal; keep Envoy Gateway's load balancer off the internet"),
                 {name});
    }
}

void planIdentities(Plan &plan)
{
    for (Workload &w : plan.workloads) {
        for (const Peer &p : w.callees)
            if (!p.cidrKey.isEmpty())
                plan.value(p.cidrKey, fileText("address range of %1 (%2), %3").arg(p.componentName, p.componentId, p.service));
        if (!w.cloudIdentity)
            continue;
        const QString stem = envName(w.name);
        switch (plan.cloud) {
        case Cloud::Gcp:
            w.identityKey = stem + QStringLiteral("_SERVICE_ACCOUNT");
            plan.value(w.identityKey, fileText("e-mail of the Google service account of %1 (Workload Identity)").arg(w.name));
            break;
        case Cloud::Azure:
            w.identityKey = stem + QStringLiteral("_CLIENT_ID");
            w.podIdentityLabel = true;
            plan.value(w.identityKey, fileText("client ID of the managed identity of %1 (Workload Identity)").arg(w.name));
            break;
        case Cloud::Aws:
            if (std::any_of(w.callees.begin(), w.callees.end(), [](const Peer &p) { return !p.cidrKey.isEmpty(); })) {
                w.securityGroupKey = stem + QStringLiteral("_SECURITY_GROUP");
                plan.value(w.securityGroupKey, fileText("ID of the security group of the %1 pods (security groups for pods)").arg(w.name));
            }
            break;
        case Cloud::Generic:
            break;
        }
    }
}

} // namespace sd::k8s
