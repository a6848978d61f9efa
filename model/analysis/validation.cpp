// SPDX-License-Identifier: MIT
#include "validation.h"

#include "analysiscontext.h"
#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace sd {

namespace {
} // namespace

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityLabel(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QCoreApplication::translate("Validation", "Error");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("Validation", "Warning");
    case FindingSeverity::Info:
        break;
    }
    return QCoreApplication::translate("Validation", "Info");
}

bool parseSeverity(const QString &text, FindingSeverity *severity)
{
    for (FindingSeverity s : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info})
        if (text == severityName(s)) {
            *severity = s;
            return true;
        }
    return false;
}

const std::vector<RuleInfo> &validationRules()
{
    using S = FindingSeverity;
    static const std::vector<RuleInfo> rules = {
        {"redundancy.single-replica", S::Error, QT_TRANSLATE_NOOP("Validation", "Single instance on a path from an entry point")},
        {"redundancy.no-load-balancer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Replicated service without a load balancer in front")},
        {"redundancy.chokepoint", S::Warning, QT_TRANSLATE_NOOP("Validation", "One single-zone load balancer, gateway or queue on every path")},
        {"redundancy.quorum", S::Error, QT_TRANSLATE_NOOP("Validation", "Quorum system with fewer than 3 or an even number of members")},
        {"spread.single-zone", S::Warning, QT_TRANSLATE_NOOP("Validation", "All replicas in one availability zone")},
        {"spread.zone-loss", S::Error, QT_TRANSLATE_NOOP("Validation", "Losing one availability zone breaks an entry point")},
        {"spread.single-region", S::Warning, QT_TRANSLATE_NOOP("Validation", "Everything in one region")},
        {"spread.region-loss", S::Warning, QT_TRANSLATE_NOOP("Validation", "Losing one region breaks an entry point")},
        {"spread.single-provider", S::Info, QT_TRANSLATE_NOOP("Validation", "Everything with one provider")},
        {"spread.provider-loss", S::Warning, QT_TRANSLATE_NOOP("Validation", "Losing one provider breaks an entry point")},
        {"data.no-standby", S::Error, QT_TRANSLATE_NOOP("Validation", "Database without a standby or multi-AZ")},
        {"data.backups-off", S::Error, QT_TRANSLATE_NOOP("Validation", "Backups turned off")},
        {"data.short-retention", S::Warning, QT_TRANSLATE_NOOP("Validation", "Backups kept for less than 7 days")},
        {"data.no-cross-region", S::Error, QT_TRANSLATE_NOOP("Validation", "No cross-region copy although a region-level RPO/RTO is required")},
        {"data.stateful-scaled-out", S::Error, QT_TRANSLATE_NOOP("Validation", "Stateful service scaled out without shared or replicated state")},
        {"data.no-versioning", S::Warning, QT_TRANSLATE_NOOP("Validation", "Object storage without versioning")},
        {"data.no-dead-letter", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a dead-letter queue")},
        {"scaling.min-above-max", S::Error, QT_TRANSLATE_NOOP("Validation", "Autoscaling minimum above maximum")},
        {"scaling.cpu-target", S::Error, QT_TRANSLATE_NOOP("Validation", "Autoscaling CPU target outside 1-100 %")},
        {"scaling.no-cpu-request", S::Warning, QT_TRANSLATE_NOOP("Validation", "Autoscaling without a CPU request")},
        {"scaling.below-peak", S::Warning, QT_TRANSLATE_NOOP("Validation", "Maximum replicas below the expected peak")},
        {"observability.unobserved", S::Warning, QT_TRANSLATE_NOOP("Validation", "Service without metrics or logs")},
        {"observability.no-alert-routing", S::Warning, QT_TRANSLATE_NOOP("Validation", "No alert routing")},
        {"security.no-waf", S::Warning, QT_TRANSLATE_NOOP("Validation", "Public entry without a WAF")},
        {"security.exposed-datastore", S::Error, QT_TRANSLATE_NOOP("Validation", "Data store reachable from outside")},
        {"security.unencrypted", S::Error, QT_TRANSLATE_NOOP("Validation", "Data stored unencrypted")},
        {"security.plain-secret", S::Error, QT_TRANSLATE_NOOP("Validation", "Secret in a plain property")},
        {"hygiene.no-entry-point", S::Error, QT_TRANSLATE_NOOP("Validation", "No entry point: nothing to analyse from")},
        {"hygiene.candidate-entries", S::Info, QT_TRANSLATE_NOOP("Validation", "No entry point marked: analysed from what nothing calls")},
        {"hygiene.sync-cycle", S::Warning, QT_TRANSLATE_NOOP("Validation", "Synchronous call cycle")},
        {"hygiene.queue-no-producer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a producer")},
        {"hygiene.queue-no-consumer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a consumer")},
        {"hygiene.unconnected", S::Warning, QT_TRANSLATE_NOOP("Validation", "Unconnected component")},
        {"hygiene.deep-sync-chain", S::Warning, QT_TRANSLATE_NOOP("Validation", "Deep synchronous call chain without a queue")},
        {"hygiene.unpinned-image", S::Error, QT_TRANSLATE_NOOP("Validation", "Container image without a fixed tag, or :latest")},
    };
    return rules;
}

const RuleInfo *validationRule(const QString &id)
{
    for (const RuleInfo &r : validationRules())
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

// --- translations

namespace {
thread_local std::unordered_map<const char *, QString> translationCache;
} // namespace

QString validationText(const char *text)
{
    auto it = translationCache.find(text);
    if (it == translationCache.end())
        it = translationCache.emplace(text, QCoreApplication::translate("Validation", text)).first;
    return it->second;
}

// --- AnalysisContext

void AnalysisContext::add(const char *ruleId, FindingSeverity severity, const QStringList &subjects,
                          QStringList componentIds, const QString &message, const QString &reason,
                          const QString &fix, const QString &note) const
{
    thread_local std::unordered_map<const char *, QString> ruleIds; // one shared string per rule
    auto rule = ruleIds.find(ruleId);
    if (rule == ruleIds.end())
        rule = ruleIds.emplace(ruleId, QString::fromLatin1(ruleId)).first;
    Finding f;
    f.ruleId = rule->second;
    f.id = subjects.isEmpty() ? f.ruleId : f.ruleId + QLatin1Char('/') + subjects.join(QLatin1Char('+'));
    f.severity = severity;
    f.message = message;
    f.reason = reason;
    f.fix = fix;
    f.note = note;
    f.componentIds = std::move(componentIds);
    findings.push_back(std::move(f));
}

void AnalysisContext::addFor(const char *ruleId, FindingSeverity severity, int v, const QString &message,
                             const QString &reason, const QString &fix, const QString &note) const
{
    const QString &id = component(v).id;
    add(ruleId, severity, {id}, {id}, message, reason, fix, note);
}

QStringList AnalysisContext::idsOf(const std::vector<int> &vs) const
{
    QStringList ids;
    ids.reserve(qsizetype(vs.size()));
    for (int v : vs)
        ids.append(component(v).id);
    return ids;
}

// --- validation

std::vector<Finding> validateDesign(const Design &design, const Catalog &catalog)
{
    translationCache.clear();
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    const PropertyAccess props(catalog);
    std::vector<Finding> findings;
    findings.reserve(design.components().size() * 2); // generated designs give about 1.5 per component
    const AnalysisContext context{design, catalog, graph, model, props, findings};
    checkRedundancy(context);
    checkSpread(context);
    checkData(context);
    checkScaling(context);
    checkObservability(context);
    checkSecurity(context);
    checkHygiene(context);

    if (!design.acceptedFindings().empty())
        for (Finding &f : findings)
            if (const AcceptedFinding *a = design.acceptedFinding(f.id)) {
                f.accepted = true;
                f.justification = a->justification;
            }
    // Errors first, then by rule in documentation order, then in the order the rule found them
    // (component order, i.e. by id): deterministic, and no string comparisons for 100k findings.
    QHash<QString, int> ruleOrder;
    for (const RuleInfo &r : validationRules())
        ruleOrder.insert(QLatin1String(r.id), int(ruleOrder.size()));
    std::vector<std::pair<int, size_t>> keys(findings.size());
    for (size_t i = 0; i < findings.size(); ++i)
        keys[i] = {(2 - int(findings[i].severity)) * 1000 + ruleOrder.value(findings[i].ruleId), i};
    std::sort(keys.begin(), keys.end());
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto &key : keys)
        sorted.push_back(std::move(findings[key.second]));
    return sorted;
}

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        if (f.accepted)
            ++counts.accepted;
        else if (f.severity == FindingSeverity::Error)
            ++counts.errors;
        else if (f.severity == FindingSeverity::Warning)
            ++counts.warnings;
        else
            ++counts.infos;
    }
    return counts;
}

bool hasFindingsAtLeast(const std::vector<Finding> &findings, FindingSeverity threshold)
{
    return std::any_of(findings.begin(), findings.end(),
                       [threshold](const Finding &f) { return !f.accepted && f.severity >= threshold; });
}

} // namespace sd
