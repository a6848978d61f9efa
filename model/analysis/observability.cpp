// SPDX-License-Identifier: MIT
// Observability rules: services without metrics or logs, alerts that reach nobody.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

/// Stages that are not production (metadata "stage"); anything else, or nothing, counts as production.
bool isProduction(const Design &design)
{
    const auto it = design.metadata.find(QStringLiteral("stage"));
    if (it == design.metadata.end())
        return true;
    static const char *const notProduction[] = {"dev", "development", "test", "testing", "staging", "prototype",
                                                "poc", "mvp", "sandbox", "demo"};
    const QString stage = it->second.trimmed().toLower();
    for (const char *s : notProduction)
        if (stage == QLatin1String(s))
            return false;
    return true;
}
} // namespace

void checkObservability(const AnalysisContext &context)
{
    const FindingSeverity severity = isProduction(context.design) ? FindingSeverity::Warning : FindingSeverity::Info;
    bool anyCompute = false;
    std::vector<int> alerting;
    bool alertRouted = false;
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        if (p.is(Role::Alerting)) {
            alerting.push_back(v);
            for (int u : context.graph.predecessors(v))
                if (context.profile(u).is(Role::Metrics | Role::Logs | Role::Apm))
                    alertRouted = true;
        }
        if (!p.is(Role::Compute))
            continue;
        anyCompute = true;
        bool metrics = false, logs = false;
        auto look = [&](std::span<const int> neighbours) {
            for (int u : neighbours) {
                const ComponentProfile &other = context.profile(u);
                metrics = metrics || other.is(Role::Metrics | Role::Apm);
                logs = logs || other.is(Role::Logs | Role::Apm);
            }
        };
        look(context.graph.successors(v));
        look(context.graph.predecessors(v));
        if (metrics && logs)
            continue;
        const QString name = context.name(v);
        const QString missing = !metrics && !logs ? validationText(QT_TRANSLATE_NOOP("Validation", "metrics or logs")) : !metrics ? validationText(QT_TRANSLATE_NOOP("Validation", "metrics")) : validationText(QT_TRANSLATE_NOOP("Validation", "logs"));
        context.addFor("observability.unobserved", severity, v,
                       validationText(QT_TRANSLATE_NOOP("Validation", "%1 sends no %2 anywhere.")).arg(name, missing),
                       validationText(QT_TRANSLATE_NOOP("Validation", "Without metrics nobody sees it degrade; without logs nobody can tell why it failed.")),
                       validationText(QT_TRANSLATE_NOOP("Validation", "Connect %1 to a metrics and a logging component (or an APM service); export monitoring (File > Export) then writes its alerts, dashboard and runbook.")).arg(name));
    }
    if (anyCompute && !alertRouted) {
        context.add("observability.no-alert-routing", FindingSeverity::Warning, {}, context.idsOf(alerting),
                    alerting.empty() ? validationText(QT_TRANSLATE_NOOP("Validation", "No alerting component: problems page nobody."))
                                     : validationText(QT_TRANSLATE_NOOP("Validation", "%1 receives nothing from a metrics, logging or APM component."))
                                           .arg(context.names(alerting)),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Metrics and logs only help when someone is told; without alert routing, users report the "
                       "outage first.")),
                    validationText(QT_TRANSLATE_NOOP("Validation", "Add an alerting component (e.g. PagerDuty or Opsgenie) and connect the metrics component to it; export monitoring then routes the alerts to it by severity.")));
    }
}

} // namespace sd
