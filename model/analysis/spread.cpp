// SPDX-License-Identifier: MIT
// Spread rules: replicas in one zone, one region, one provider, and the automatic failure passes
// ("losing eu-west-1a breaks checkout").
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

void singleZone(const AnalysisContext &context, QHash<QString, QStringList> &zonesOfRegion, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (!p.hasReplicas || p.replicas < 2 || p.placement.availabilityZoneId.isEmpty())
        return;
    const QString az = p.placement.availabilityZone.isEmpty() ? p.placement.availabilityZoneId
                                                              : p.placement.availabilityZone;
    QString other;
    if (!p.placement.regionZone.isEmpty()) {
        auto it = zonesOfRegion.find(p.placement.regionZone);
        if (it == zonesOfRegion.end())
            it = zonesOfRegion.insert(p.placement.regionZone,
                                      availabilityZonesOfRegion(context.design, context.catalog, p.placement.regionZone));
        for (const QString &candidate : *it)
            if (candidate != az && !candidate.isEmpty()) {
                other = candidate;
                break;
            }
    }
    context.addFor("spread.single-zone", FindingSeverity::Warning, v,
                   validationText(QT_TRANSLATE_NOOP("Validation", "%1 runs %2 replicas, all in availability zone %3.")).arg(context.name(v)).arg(p.replicas).arg(az),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Replicas in one zone protect against a crash, not against the zone: when %1 fails, all of "
                      "them fail together."))
                       .arg(az),
                   other.isEmpty() ? validationText(QT_TRANSLATE_NOOP("Validation", "Place %1 in the region so its replicas spread over two or more zones."))
                                         .arg(context.name(v))
                                   : validationText(QT_TRANSLATE_NOOP("Validation", "Add a second replica in %1 (place %2 in the region so replicas spread "
                                        "over the zones)."))
                                         .arg(other, context.name(v)));
}

/// The failed components that were on a request path, first those with the largest blast radius.
std::vector<int> culprits(const AnalysisContext &context, const SimulationResult &result)
{
    std::vector<int> out;
    for (int v : result.failed)
        if (context.model.served()[size_t(v)] && !context.profile(v).observability)
            out.push_back(v);
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return context.model.blastRadius()[size_t(a)] > context.model.blastRadius()[size_t(b)];
    });
    return out;
}

/// Runs one failure domain; returns true when it broke an entry point (and a finding was added).
bool failurePass(const AnalysisContext &context, const FailureDomain &domain, const char *ruleId,
                 FindingSeverity severity, const QString &fix)
{
    const SimulationResult result = context.model.simulate(domain.scenario, domain.failed);
    if (!result.breaksEntries())
        return false;
    std::vector<int> entries, lost;
    for (const auto &loss : result.entries)
        entries.push_back(loss.entry);
    for (int v : result.lost)
        if (!context.profile(v).observability)
            lost.push_back(v);
    const std::vector<int> causes = culprits(context, result);
    QStringList componentIds = context.idsOf(causes);
    context.add(ruleId, severity, {domain.scenario.target}, componentIds,
                validationText(QT_TRANSLATE_NOOP("Validation", "Losing %1 breaks %2: %3 components become unreachable (%4)."))
                    .arg(domain.scenario.label, context.names(entries, 3))
                    .arg(lost.size())
                    .arg(context.names(lost, 4)),
                validationText(QT_TRANSLATE_NOOP("Validation", "When %1 fails as a whole (it happens), everything placed only there fails with it: %2."))
                    .arg(domain.scenario.label, context.names(causes, 4)),
                fix.arg(context.names(causes, 4)));
    return true;
}

} // namespace

void checkSpread(const AnalysisContext &context)
{
    QHash<QString, QStringList> zonesOfRegion;
    for (int v = 0; v < context.graph.vertexCount(); ++v)
        singleZone(context, zonesOfRegion, v);

    for (FailureDomain zone : context.model.domains(FailureScope::Zone)) {
        // Single instances fail with any zone, and redundancy.single-replica reports them already:
        // this pass looks for what fails together although it looks redundant.
        std::erase_if(zone.failed, [&](int v) { return context.profile(v).unit == FailureUnit::Alone; });
        failurePass(context, zone, "spread.zone-loss", FindingSeverity::Error,
                    validationText(QT_TRANSLATE_NOOP("Validation", "Run %1 with replicas in two or more availability zones (or enable multi-AZ).")));
    }

    const std::vector<FailureDomain> regions = context.model.domains(FailureScope::Region);
    if (regions.size() == 1) {
        const FailureDomain &only = regions.front();
        context.add("spread.single-region", FindingSeverity::Warning, {only.scenario.target}, {},
                    validationText(QT_TRANSLATE_NOOP("Validation", "Everything runs in %1.")).arg(only.scenario.label),
                    validationText(QT_TRANSLATE_NOOP("Validation", "A whole region can become unavailable (power, network, a provider incident); "
                       "then the whole system is down until it returns.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Plan a second region: at least a warm standby with replicated data, or active-active for "
                       "the services that must stay up.")));
    }
    // A provider with one region fails exactly like that region: say it once.
    std::vector<std::vector<int>> reported;
    if (regions.size() > 1)
        for (const FailureDomain &region : regions)
            if (failurePass(context, region, "spread.region-loss", FindingSeverity::Warning,
                            validationText(QT_TRANSLATE_NOOP("Validation", "Run a copy or a standby of %1 in a second region as well."))))
                reported.push_back(region.failed);

    const std::vector<FailureDomain> providers = context.model.domains(FailureScope::Provider);
    if (providers.size() == 1) {
        const FailureDomain &only = providers.front();
        context.add("spread.single-provider", FindingSeverity::Info, {only.scenario.target}, {},
                    validationText(QT_TRANSLATE_NOOP("Validation", "Everything runs with one provider (%1).")).arg(only.scenario.target),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Guidance for serious enterprises is at least two providers, so that an outage, an account "
                       "lock-out or a commercial dispute with one does not stop the business.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Keep a recovery path with a second provider for the services the business cannot do without.")));
    } else {
        for (const FailureDomain &provider : providers)
            if (std::find(reported.begin(), reported.end(), provider.failed) == reported.end())
                failurePass(context, provider, "spread.provider-loss", FindingSeverity::Warning,
                        validationText(QT_TRANSLATE_NOOP("Validation", "Give %1 a fallback with another provider.")));
    }
}

} // namespace sd
