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
    if (!p.hasReplicas || p.replicas < 2 || p.placement.availabilityZoneId.isEmpty() || p.failsOverInRegion)
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
                                         .arg(other, context.name(v)),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Assumed: a service drawn inside an availability zone runs all its replicas there, as drawn "
                      "(nothing in the design spreads them). Only a multi-AZ service drawn in a zone is read as a primary "
                      "there with a standby in another zone.")));
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

/// The entry points a failure breaks (all of them, for the message: issue 13) and what it cuts off.
struct Loss {
    std::vector<int> entries;
    std::vector<int> lost;
};

Loss lossOf(const AnalysisContext &context, const SimulationResult &result)
{
    Loss loss;
    for (const auto &entry : result.entries)
        if (entry.broken)
            loss.entries.push_back(entry.entry);
    for (int v : result.lost)
        if (!context.profile(v).observability)
            loss.lost.push_back(v);
    return loss;
}

QString lossMessage(const AnalysisContext &context, const QString &label, const Loss &loss)
{
    return validationText(QT_TRANSLATE_NOOP("Validation", "Losing %1 breaks %2: %3 components become unreachable (%4)."))
        .arg(label, context.names(loss.entries, int(loss.entries.size())))
        .arg(loss.lost.size())
        .arg(context.names(loss.lost, 4));
}

QString lossReason(const AnalysisContext &context, const QString &label, const std::vector<int> &causes)
{
    return validationText(QT_TRANSLATE_NOOP("Validation", "When %1 fails as a whole (it happens), everything placed only there fails with it: %2."))
        .arg(label, context.names(causes, 4));
}

/// Runs one region or provider; returns true when it broke an entry point (and a finding was added).
bool failurePass(const AnalysisContext &context, const FailureDomain &domain, const char *ruleId,
                 FindingSeverity severity, const QString &fix)
{
    const SimulationResult result = context.model.simulate(domain);
    if (!result.breaksEntries())
        return false;
    const std::vector<int> causes = culprits(context, result);
    context.add(ruleId, severity, {domain.scenario.target}, context.idsOf(causes),
                lossMessage(context, domain.scenario.label, lossOf(context, result)),
                lossReason(context, domain.scenario.label, causes), fix.arg(context.names(causes, 4)));
    return true;
}

/// "Enable multi-AZ on A; run B, C with replicas in two or more availability zones."
QString zoneFix(const AnalysisContext &context, const std::vector<int> &causes)
{
    std::vector<int> multiAz, spread;
    for (int v : causes)
        (context.profile(v).hasMultiAz && !context.profile(v).multiAz ? multiAz : spread).push_back(v);
    QStringList parts;
    if (!multiAz.empty())
        parts.append(validationText(QT_TRANSLATE_NOOP("Validation", "Enable multi-AZ on %1 (its standby then takes over in another zone)."))
                         .arg(context.names(multiAz, 4)));
    if (!spread.empty())
        parts.append(validationText(QT_TRANSLATE_NOOP("Validation", "Run %1 with 2 or more replicas placed in the region, so they spread over "
                                                                    "two or more availability zones."))
                         .arg(context.names(spread, 4)));
    return parts.join(QLatin1Char(' '));
}

/**
 * Losing one availability zone. What looks redundant but fails with the zone is reported; single
 * instances are left to redundancy.single-replica (one finding per root cause), except when the
 * zone is the only one the design uses and takes two or more of them down at once: that is a root
 * cause of its own, and silence on it would pass a CI gate on a design one zone outage stops.
 */
void zoneLoss(const AnalysisContext &context)
{
    const std::vector<FailureDomain> zones = context.model.domains(FailureScope::Zone);
    const bool onlyZone = zones.size() == 1;
    for (const FailureDomain &zone : zones) {
        FailureDomain looksRedundant = zone;
        std::erase_if(looksRedundant.failed, [&](int v) { return context.profile(v).unit == FailureUnit::Alone; });
        const SimulationResult reduced = context.model.simulate(looksRedundant);
        if (!reduced.breaksEntries() && !onlyZone)
            continue; // single instances only: redundancy.single-replica reports each
        // The whole zone, single instances included: what really goes down, for the message.
        const SimulationResult full = looksRedundant.failed.size() == zone.failed.size() ? reduced : context.model.simulate(zone);
        if (!full.breaksEntries())
            continue;
        std::vector<int> causes;
        bool onlySingles = false;
        if (reduced.breaksEntries()) {
            causes = culprits(context, reduced);
        } else {
            causes = culprits(context, full);
            if (causes.size() < 2)
                continue;
            onlySingles = true;
        }
        const QString &label = zone.scenario.label;
        const Loss loss = lossOf(context, full);
        const QString message = onlySingles
            ? validationText(QT_TRANSLATE_NOOP("Validation", "Losing %1, the only availability zone the design uses, breaks %2: %3 components "
                                                             "become unreachable (%4)."))
                  .arg(label, context.names(loss.entries, int(loss.entries.size())))
                  .arg(loss.lost.size())
                  .arg(context.names(loss.lost, 4))
            : lossMessage(context, label, loss);
        context.add("spread.zone-loss", FindingSeverity::Error, {zone.scenario.target}, context.idsOf(causes), message,
                    lossReason(context, label, causes), zoneFix(context, causes),
                    context.model.failoverNote(zone.failingOver));
    }
}

/// The multi-AZ components drawn in a zone: they survive their zone, not their region.
QString regionNote(const AnalysisContext &context)
{
    std::vector<int> failover;
    for (int v = 0; v < context.graph.vertexCount(); ++v)
        if (context.profile(v).failsOverInRegion)
            failover.push_back(v);
    if (failover.empty())
        return {};
    return validationText(QT_TRANSLATE_NOOP("Validation", "%1: multi-AZ with the primary drawn in one zone; they survive the loss of that "
                                                          "zone by failing over inside the region, not the loss of the region."))
        .arg(context.names(failover, 6));
}

} // namespace

void checkSpread(const AnalysisContext &context)
{
    QHash<QString, QStringList> zonesOfRegion;
    for (int v = 0; v < context.graph.vertexCount(); ++v)
        singleZone(context, zonesOfRegion, v);

    zoneLoss(context);

    const std::vector<FailureDomain> regions = context.model.domains(FailureScope::Region);
    if (regions.size() == 1) {
        const FailureDomain &only = regions.front();
        context.add("spread.single-region", FindingSeverity::Warning, {only.scenario.target}, {},
                    validationText(QT_TRANSLATE_NOOP("Validation", "Everything runs in %1.")).arg(only.scenario.label),
                    validationText(QT_TRANSLATE_NOOP("Validation", "A whole region can become unavailable (power, network, a provider incident); "
                       "then the whole system is down until it returns.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Plan a second region: at least a warm standby with replicated data, or active-active for "
                       "the services that must stay up.")),
                    regionNote(context));
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
