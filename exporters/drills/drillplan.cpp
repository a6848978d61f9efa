// SPDX-License-Identifier: MIT
#include "drillplan.h"

#include "catalog.h"
#include "dependencygraph.h"
#include "exporter.h"
#include "failuremodel.h"
#include "catalogids.h"
#include "k8splan.h"
#include "placement.h"
#include "monitoringplan.h"
#include "propertyaccess.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace sd::drills {

namespace {

QStringList namesOf(const FailureModel &model, const std::vector<int> &vertices)
{
    QStringList out;
    for (int v : vertices)
        if (!model.profile(v).observability)
            out.append(model.nameOf(v));
    return out;
}

/// A Chaos Toolkit configuration key: letters, digits and '_'.
QString variableOf(const QString &id)
{
    QString out;
    for (QChar c : id)
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('_');
    return out + QStringLiteral("_url");
}

struct Context {
    const FailureModel &model;
    const std::vector<char> &front;
    const std::vector<HealthCheck> &checks; ///< parallel to the front doors, by component id
    const k8s::Plan &cluster;
    const Catalog &catalog;
};

Drill drillOf(const Context &ctx, const FailureDomain &domain, const QString &scope, const QString &label)
{
    const FailureModel &model = ctx.model;
    const SimulationResult result = model.simulate(domain);
    Drill d;
    d.scope = scope;
    d.target = domain.scenario.target;
    d.id = scope + QLatin1Char('-') + Design::slugify(domain.scenario.target);
    d.label = label;
    d.failed = namesOf(model, result.failed);
    d.failedOver = namesOf(model, result.failedOver);
    d.lost = namesOf(model, result.lost);
    std::set<int> broken, down(result.failed.begin(), result.failed.end());
    down.insert(result.lost.begin(), result.lost.end());
    for (const SimulationResult::EntryLoss &loss : result.entries)
        if (loss.broken)
            broken.insert(loss.entry);
    for (size_t i = 0; i < model.entries().size(); ++i) {
        const int e = model.entries()[i];
        (broken.count(e) ? d.brokenEntries : d.servedEntries).append(model.nameOf(e));
    }
    // A front door stays ready unless it fails or nothing reaches it any more. An entry point can
    // still break behind ready front doors (a lost cache): the plan says so, and the alerts show it.
    for (const HealthCheck &check : ctx.checks) {
        if (down.count(model.graph().indexOf(check.id)))
            d.down.append(check.name);
        else
            d.survives.push_back(check);
    }
    // How to inject it: what we can name exactly, we name.
    if (scope == QLatin1String("component")) {
        for (const k8s::Workload &w : ctx.cluster.workloads)
            if (w.component->id == domain.scenario.target && w.type != k8s::WorkloadType::CronJob) {
                const QString kind = w.type == k8s::WorkloadType::StatefulSet ? QStringLiteral("statefulset") : QStringLiteral("deployment");
                d.failCommand = QStringLiteral("kubectl -n %1 scale %2/%3 --replicas=0").arg(ctx.cluster.ns, kind, w.name);
                d.restoreCommand = QStringLiteral("kubectl -n %1 scale %2/%3 --replicas=%4").arg(ctx.cluster.ns, kind, w.name).arg(w.replicas);
                d.how = fileText("scales the Kubernetes %1 %2 to zero replicas and back to %3").arg(kind, w.name).arg(w.replicas);
            }
    } else if (scope == QLatin1String("zone")) {
        if (placementOf(model.design(), ctx.catalog, domain.scenario.target).provider == QLatin1String("aws")) {
            d.failCommand = QStringLiteral("aws fis start-experiment --experiment-template-id \"$FIS_TEMPLATE_ID\" "
                                           "--query experiment.id --output text > .fis-experiment-id");
            d.restoreCommand = QStringLiteral("aws fis stop-experiment --id \"$(cat .fis-experiment-id)\"");
            d.how = fileText("starts the AWS FIS experiment that disrupts the network of the zone's subnets (template id in FIS_TEMPLATE_ID)");
        }
    }
    if (d.failCommand.isEmpty())
        d.how = fileText("runs the command in DRILL_FAIL_COMMAND and rolls back with DRILL_RESTORE_COMMAND (the design does not say how this fails on purpose)");
    return d;
}

} // namespace

Plan makePlan(const Design &design, const Catalog &catalog, int topComponents)
{
    Plan plan;
    plan.designName = design.name;
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    if (model.entries().empty()) {
        plan.error = QCoreApplication::translate("DrillsExport", "no entry point: draw where traffic comes from (users, a partner API) so the drills know what must keep working");
        return plan;
    }
    PropertyAccess props(catalog);
    const std::vector<char> front = monitoring::frontDoors(model, props);
    for (int v = 0; v < graph.vertexCount(); ++v) {
        if (!front[size_t(v)])
            continue;
        const Component &c = *model.profile(v).component;
        plan.frontDoors.push_back({c.id, c.name, variableOf(c.id),
                                   QStringLiteral("http://%1:%2").arg(c.id).arg(props.intValue(c, QStringLiteral("port"), 8080)),
                                   props.stringValue(c, QStringLiteral("readinessPath"))});
    }
    const k8s::Plan cluster = k8s::makePlan(design, catalog);
    const Context ctx{model, front, plan.frontDoors, cluster, catalog};

    // Every zone and region drawn, also one whose components all spread over it: "nothing breaks"
    // is a prediction worth proving too.
    for (const Zone &z : design.zones()) {
        const bool zone = z.kind == kinds::availabilityZone, region = z.kind == kinds::region;
        if (!zone && !region)
            continue;
        QString error;
        const std::optional<FailureDomain> d = model.resolve((zone ? QStringLiteral("zone:") : QStringLiteral("region:")) + z.id, &error);
        if (!d)
            continue;
        const Placement pl = placementOf(design, catalog, z.id);
        const QString name = zone ? (pl.availabilityZone.isEmpty() ? z.name : pl.availabilityZone) : (pl.region.isEmpty() ? z.name : pl.region);
        plan.drills.push_back(drillOf(ctx, *d, zone ? QStringLiteral("zone") : QStringLiteral("region"),
                                      zone ? fileText("availability zone %1").arg(name) : fileText("region %1").arg(name)));
        if (zone && pl.provider == QLatin1String("aws") && !pl.region.isEmpty())
            plan.awsZones.push_back({name, pl.region, plan.drills.back().id});
    }
    for (const FailureDomain &d : model.domains(FailureScope::Provider))
        plan.drills.push_back(drillOf(ctx, d, QStringLiteral("provider"), fileText("provider %1").arg(d.scenario.target)));
    int taken = 0;
    for (int v : model.rankByBlastRadius(graph.vertexCount())) {
        const ComponentProfile &p = model.profile(v);
        if (taken == topComponents)
            break;
        if (p.trafficSource || p.observability)
            continue;
        ++taken;
        plan.drills.push_back(drillOf(ctx, FailureDomain{{FailureScope::Component, p.component->id, model.nameOf(v)}, {v}, {}},
                                      QStringLiteral("component"), model.nameOf(v)));
    }
    return plan;
}

} // namespace sd::drills
