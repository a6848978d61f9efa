// SPDX-License-Identifier: MIT
// Prometheus configuration, rule files and their promtool unit tests.
#include "exporter.h"
#include "monitoringfiles.h"
#include "yamlemitter.h"

#include <nlohmann/json.hpp>

namespace sd::monitoring {

using json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text) { return text.toStdString(); }

QByteArray yamlFile(const QString &about, const json &value)
{
    const std::string banner = "# " + yamlCommentText(s(about)) + "\n";
    return QByteArray::fromStdString(banner + emitYaml(value));
}

/// The alert's condition on the component's recording rule.
QString alertExpr(const Watched &w, const Alert &a)
{
    return QStringLiteral("%1{job=\"%2\"} %3 %4").arg(a.signal->record, w.job, a.signal->below ? QStringLiteral("<") : QStringLiteral(">"),
                                                     number(a.threshold));
}

json alertLabels(const Watched &w, const Alert &a)
{
    return json{{"severity", s(severityName(a.severity))}, {"component", s(w.component->id)}, {"kind", s(w.component->kind)}};
}

json alertAnnotations(const Watched &w, const Alert &a)
{
    const AlertText t = alertText(w, a);
    return json{{"summary", s(t.summary)}, {"description", s(t.description)}, {"runbook", s(t.runbook)}, {"blast_radius", s(t.blastRadius)}};
}

/// Every signal a component's rules compute: its alerts' and its dashboard's.
std::vector<const Signal *> recordedSignals(const Watched &w)
{
    std::vector<const Signal *> out;
    auto add = [&out](const Signal *s) {
        if (std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    };
    for (const Alert &a : w.alerts)
        add(a.signal);
    for (const Signal *p : w.panels)
        add(p);
    return out;
}

double scaleOf(const TestSeries &t, const Watched &w)
{
    if (t.scale == QLatin1String("cores"))
        return w.cores;
    if (t.scale == QLatin1String("memoryBytes"))
        return w.memoryBytes;
    return 1;
}

/// promtool's expanding notation, one sample a minute: a counter grows by rate*60 per sample.
QString seriesValues(const TestSeries &t, const Watched &w, bool failing, int samples)
{
    const double v = (failing ? t.failing : t.healthy) * scaleOf(t, w);
    if (t.counter)
        return QStringLiteral("0+%1x%2").arg(number(v * 60)).arg(samples);
    return QStringLiteral("%1+0x%2").arg(number(v)).arg(samples);
}

} // namespace

QString severityName(Severity s) { return s == Severity::Page ? QStringLiteral("page") : QStringLiteral("ticket"); }

/**
 * A name as it may appear in an annotation: Prometheus expands {{ }} in annotations as Go
 * templates, so a component called "{{ .Labels }}" must not become one.
 */
QString templateSafe(QString text)
{
    text.replace(QLatin1String("{{"), QLatin1String("{ {"));
    text.replace(QLatin1String("}}"), QLatin1String("} }"));
    return text;
}

QString severitySentence(Severity s)
{
    return s == Severity::Page ? fileText("Users on a request path notice this: it pages.")
                               : fileText("A cause to look into before users notice: it opens a ticket.");
}

AlertText alertText(const Watched &w, const Alert &a)
{
    AlertText t;
    t.name = a.signal->alert;
    const QString unitText = a.signal->unit == QLatin1String("percentunit") ? number(a.threshold * 100) + QStringLiteral(" %")
                             : a.signal->unit == QLatin1String("s")         ? number(a.threshold) + QStringLiteral(" s")
                                                                            : number(a.threshold);
    const QString name = templateSafe(w.component->name);
    t.summary = fileText("%1 (%2): %3 %4 %5 for %6")
                    .arg(name, w.component->id, a.signal->title, a.signal->below ? fileText("below") : fileText("above"), unitText,
                         a.forDuration);
    t.description = fileText("%1 (%2): %3. %4")
                        .arg(name, w.component->kind, a.signal->description,
severitySentence(a.severity));
    t.runbook = QStringLiteral("runbooks/%1.md#%2").arg(w.component->id, a.signal->alert.toLower());
    t.blastRadius = templateSafe(w.blastRadius);
    return t;
}

QByteArray prometheusConfig(const Plan &plan)
{
    json scrape = json::array();
    for (const Watched &w : plan.watched) {
        json targets = json::array();
        for (const QString &t : w.targets)
            targets.push_back(s(t));
        scrape.push_back({{"job_name", s(w.job)},
                          {"static_configs", json::array({{{"targets", std::move(targets)},
                                                           {"labels", {{"component", s(w.component->id)}}}}})}});
        if (!w.probed)
            continue;
        scrape.push_back({{"job_name", s(w.job + QStringLiteral("-probe"))},
                          {"metrics_path", "/probe"},
                          {"params", {{"module", json::array({s(w.probeModule)})}}},
                          {"static_configs", json::array({{{"targets", json::array({s(w.probeTarget)})},
                                                           {"labels", {{"component", s(w.component->id)}}}}})},
                          {"relabel_configs", json::array({
                               {{"source_labels", json::array({"__address__"})}, {"target_label", "__param_target"}},
                               {{"source_labels", json::array({"__param_target"})}, {"target_label", "instance"}},
                               {{"target_label", "__address__"}, {"replacement", "blackbox-exporter:9115"}},
                           })}});
    }
    json config = {
        {"global", {{"scrape_interval", "30s"}, {"evaluation_interval", "1m"}, {"external_labels", {{"design", s(plan.designName)}}}}},
        {"rule_files", json::array({"rules/*.yml"})},
        {"alerting", {{"alertmanagers", json::array({{{"static_configs", json::array({{{"targets", json::array({"alertmanager:9093"})}}})}}})}}},
        {"scrape_configs", std::move(scrape)},
    };
    return yamlFile(fileText("Prometheus for the design \"%1\", generated by Stackdraft: one scrape job per watched component, "
                             "blackbox probes for entry points and data stores.")
                        .arg(plan.designName),
                    config);
}

QByteArray blackboxConfig()
{
    json config = {{"modules",
                    {{"http_2xx", {{"prober", "http"}, {"timeout", "5s"}, {"http", {{"preferred_ip_protocol", "ip4"}, {"valid_status_codes", json::array()}}}}},
                     {"tcp_connect", {{"prober", "tcp"}, {"timeout", "5s"}}}}}};
    return yamlFile(fileText("Blackbox exporter modules the probe jobs in prometheus.yml use (generated by Stackdraft)."), config);
}

json ruleGroups(const Watched &w)
{
    json recording = json::array();
    for (const Signal *signal : recordedSignals(w))
        recording.push_back({{"record", s(signal->record)}, {"expr", s(fill(signal->expr, w))}});
    json alerting = json::array();
    for (const Alert &a : w.alerts)
        alerting.push_back({{"alert", s(a.signal->alert)},
                            {"expr", s(alertExpr(w, a))},
                            {"for", s(a.forDuration)},
                            {"labels", alertLabels(w, a)},
                            {"annotations", alertAnnotations(w, a)}});
    json groups = json::array({{{"name", s(w.job + QStringLiteral(".recording"))}, {"interval", "1m"}, {"rules", std::move(recording)}}});
    if (!alerting.empty())
        groups.push_back({{"name", s(w.job + QStringLiteral(".alerts"))}, {"rules", std::move(alerting)}});
    return groups;
}

QByteArray ruleFile(const Plan &plan, const Watched &w)
{
    Q_UNUSED(plan)
    return yamlFile(fileText("Recording and alerting rules of %1 (%2, component %3), generated by Stackdraft.")
                        .arg(w.component->name, w.component->kind, w.component->id),
                    json{{"groups", ruleGroups(w)}});
}

QByteArray ruleTestFile(const Plan &plan, const Watched &w)
{
    int longest = 0;
    for (const Alert &a : w.alerts)
        longest = std::max(longest, a.forMinutes);
    const int samples = longest + 20;
    const QString evalTime = QStringLiteral("%1m").arg(longest + 10);
    const std::vector<const Signal *> signals = recordedSignals(w);

    json tests = json::array();
    // Healthy: every signal's healthy series, and no alert at all.
    {
        json series = json::array();
        for (const Signal *signal : signals)
            for (const TestSeries &t : signal->tests)
                series.push_back({{"series", s(fill(t.series, w))}, {"values", s(seriesValues(t, w, false, samples))}});
        json checks = json::array();
        for (const Alert &a : w.alerts)
            checks.push_back({{"eval_time", s(evalTime)}, {"alertname", s(a.signal->alert)}, {"exp_alerts", json::array()}});
        tests.push_back({{"name", s(fileText("%1 healthy: no alert").arg(w.job))}, {"interval", "1m"}, {"input_series", std::move(series)},
                         {"alert_rule_test", std::move(checks)}});
    }
    // One failing signal at a time: its alert fires, after its `for` and not before.
    for (const Alert &a : w.alerts) {
        json series = json::array();
        for (const TestSeries &t : a.signal->tests)
            series.push_back({{"series", s(fill(t.series, w))}, {"values", s(seriesValues(t, w, true, samples))}});
        json labels = alertLabels(w, a);
        labels["job"] = s(w.job);
        json checks = json::array();
        if (a.forMinutes > 2)
            checks.push_back({{"eval_time", s(QStringLiteral("%1m").arg(a.forMinutes - 1))}, {"alertname", s(a.signal->alert)},
                              {"exp_alerts", json::array()}});
        checks.push_back({{"eval_time", s(evalTime)},
                          {"alertname", s(a.signal->alert)},
                          {"exp_alerts", json::array({{{"exp_labels", std::move(labels)}, {"exp_annotations", alertAnnotations(w, a)}}})}});
        tests.push_back({{"name", s(fileText("%1 %2 fires").arg(w.job, a.signal->alert))}, {"interval", "1m"}, {"input_series", std::move(series)},
                         {"alert_rule_test", std::move(checks)}});
    }
    Q_UNUSED(plan)
    json file = {{"rule_files", json::array({s(QStringLiteral("../rules/%1.yml").arg(w.job))})}, {"evaluation_interval", "1m"}, {"tests", std::move(tests)}};
    return yamlFile(fileText("promtool test rules cases for %1 (generated by Stackdraft): each alert fires on failing series and "
                             "stays quiet on healthy ones. Run: promtool test rules prometheus/tests/*.test.yml")
                        .arg(w.component->name),
                    file);
}

} // namespace sd::monitoring
