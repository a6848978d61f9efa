// SPDX-License-Identifier: MIT
// Scaling rules: autoscaling bounds, CPU targets and requests, capacity for the expected peak.
#include "analysiscontext.h"
#include "capacity.h"
#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

#include <cmath>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// Replicas against the peak: the questionnaire's capacity model, so that the validator and the
/// estimate always give the same figure (issue 17).
void checkCapacity(const AnalysisContext &context)
{
    if (context.design.answers().empty())
        return; // nothing answered: no load to check against
    const CapacityEstimate estimate = estimateCapacity(context.design, context.catalog, context.model);
    for (const ServiceEstimate &e : estimate.services) {
        if (e.serverless || e.maxReplicas <= 0
            || (e.source != LoadSource::Propagated && e.source != LoadSource::Queues && e.source != LoadSource::ServiceAnswer))
            continue;
        const int v = context.graph.indexOf(e.componentId);
        if (v < 0)
            continue;
        const ComponentProfile &p = context.profile(v);
        if (!p.hasReplicas)
            continue;
        const Component &c = context.component(v);
        const int ceiling = p.autoscaling ? context.props.intValue(c, keys::maxReplicas, 0) : p.replicas;
        if (ceiling >= e.maxReplicas)
            continue;
        const QString name = context.name(v);
        const QString needed = formatCapacityNumber(e.maxReplicas);
        const PropertySpec *spec = p.kind ? p.kind->property(p.autoscaling ? keys::maxReplicas : keys::replicas) : nullptr;
        const bool beyond = spec && spec->maximum && e.maxReplicas > *spec->maximum;
        QString fix = p.autoscaling ? validationText(QT_TRANSLATE_NOOP("Validation", "Raise maxReplicas of %1 to at least %2.")).arg(name, needed)
                                    : validationText(QT_TRANSLATE_NOOP("Validation", "Run at least %2 replicas of %1, or enable autoscaling with that maximum.")).arg(name, needed);
        if (beyond)
            fix = validationText(QT_TRANSLATE_NOOP("Validation", "%1 needs %2 replicas: beyond one deployment; shard or re-think.")).arg(name, needed);
        context.addFor("scaling.below-peak", FindingSeverity::Warning, v,
                       validationText(QT_TRANSLATE_NOOP("Validation", "%1 can run at most %2 replicas, but the expected peak needs %3 (%4)."))
                           .arg(name, formatCapacityNumber(ceiling), needed, e.derivation.join(QStringLiteral("; "))),
                       validationText(QT_TRANSLATE_NOOP("Validation", "At the peak, requests queue and time out once all replicas are busy.")),
                       fix);
    }
}
} // namespace

void checkScaling(const AnalysisContext &context)
{
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        const Component &c = context.component(v);
        const QString name = context.name(v);
        const int maxReplicas = context.props.intValue(c, keys::maxReplicas, 0);
        if (p.autoscaling) {
            const int minReplicas = context.props.intValue(c, keys::minReplicas, 0);
            if (minReplicas > maxReplicas)
                context.addFor("scaling.min-above-max", FindingSeverity::Error, v,
                               validationText(QT_TRANSLATE_NOOP("Validation", "%1 autoscales from %2 to %3 replicas: the minimum is above the maximum."))
                                   .arg(name)
                                   .arg(minReplicas)
                                   .arg(maxReplicas),
                               validationText(QT_TRANSLATE_NOOP("Validation", "The autoscaler refuses such bounds, or pins the service to one of them.")),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Set minReplicas of %1 at or below maxReplicas.")).arg(name));
            const int target = context.props.intValue(c, keys::cpuTarget, 70);
            if (target < 1 || target > 100)
                context.addFor("scaling.cpu-target", FindingSeverity::Error, v,
                               validationText(QT_TRANSLATE_NOOP("Validation", "%1 autoscales at %2 % CPU.")).arg(name).arg(target),
                               validationText(QT_TRANSLATE_NOOP("Validation", "A target outside 1-100 % never triggers scaling out (above 100) or scales out "
                                  "at once and never back (below 1).")),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Set cpuTarget of %1 between 50 and 80 %.")).arg(name));
            const QVariant request = context.props.value(c, keys::cpuRequest);
            if (request.isValid() && (!context.props.isSet(c, keys::cpuRequest) || request.toInt() <= 0))
                context.addFor("scaling.no-cpu-request", FindingSeverity::Warning, v,
                               validationText(QT_TRANSLATE_NOOP("Validation", "%1 autoscales on CPU but its CPU request is not set (the catalog default "
                                  "of %2 millicores would be used)."))
                                   .arg(name)
                                   .arg(request.toInt()),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Autoscaling measures CPU use against the request: a guessed request makes it "
                                  "scale too early or too late.")),
                               validationText(QT_TRANSLATE_NOOP("Validation", "Set cpuRequest of %1 to what one replica really needs.")).arg(name));
        }
    }
    checkCapacity(context);
}

} // namespace sd
