// SPDX-License-Identifier: MIT
// Scaling rules: autoscaling bounds, CPU targets and requests, capacity for the expected peak.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

#include <cmath>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

// Sizing assumptions for the peak rule, stated in its message.
constexpr double kRequestsPerUserPerSecond = 0.1; // one request every ten seconds per concurrent user
constexpr double kRequestsPerReplicaPerSecond = 200;

/// Peak concurrent users from the questionnaire, 0 when not answered.
double expectedPeak(const Design &design)
{
    for (const char *question : {"general.peak.concurrentUsers", "general.peak.concurrent"})
        if (const Answer *a = design.answer(QLatin1String(question))) {
            QVariant value = a->value;
            if (value.typeId() == QMetaType::QVariantList && !value.toList().isEmpty())
                value = value.toList().last(); // a range: plan for its top
            bool ok = false;
            const double peak = value.toDouble(&ok);
            if (ok && peak > 0)
                return peak;
        }
    return 0;
}

/// Compute that takes traffic straight from the edge or from outside: it carries the whole peak.
bool isFront(const AnalysisContext &context, int v)
{
    if (context.profile(v).entry)
        return true;
    for (int u : context.graph.predecessors(v)) {
        const ComponentProfile &caller = context.profile(u);
        if (caller.trafficSource || caller.is(Role::Edge))
            return true;
    }
    return false;
}
} // namespace

void checkScaling(const AnalysisContext &context)
{
    const double peak = expectedPeak(context.design);
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
        if (peak > 0 && p.is(Role::Compute) && p.hasReplicas && isFront(context, v)) {
            const int ceiling = p.autoscaling ? maxReplicas : p.replicas;
            const double needed = std::ceil(peak * kRequestsPerUserPerSecond / kRequestsPerReplicaPerSecond);
            if (ceiling < needed)
                context.addFor("scaling.below-peak", FindingSeverity::Warning, v,
                               validationText(QT_TRANSLATE_NOOP("Validation", "%1 can run at most %2 replicas, but the expected peak of %3 concurrent users "
                                  "needs about %4 (assuming %5 requests per second per user and %6 per replica)."))
                                   .arg(name)
                                   .arg(ceiling)
                                   .arg(peak, 0, 'f', 0)
                                   .arg(needed, 0, 'f', 0)
                                   .arg(kRequestsPerUserPerSecond)
                                   .arg(kRequestsPerReplicaPerSecond, 0, 'f', 0),
                               validationText(QT_TRANSLATE_NOOP("Validation", "At the peak, requests queue and time out once all replicas are busy.")),
                               p.autoscaling ? validationText(QT_TRANSLATE_NOOP("Validation", "Raise maxReplicas of %1 to at least %2.")).arg(name).arg(needed, 0, 'f', 0)
                                             : validationText(QT_TRANSLATE_NOOP("Validation", "Run at least %2 replicas of %1, or enable autoscaling with that maximum."))
                                                   .arg(name)
                                                   .arg(needed, 0, 'f', 0));
        }
    }
}

} // namespace sd
