// SPDX-License-Identifier: MIT
#include "monitoringplan.h"

#include "catalog.h"
#include "dependencygraph.h"
#include "exporter.h"
#include "failuremodel.h"
#include "propertyaccess.h"
#include "singlefailures.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sd::monitoring {

QString camel(const QString &id)
{
    QString out;
    bool upper = true;
    for (QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString number(double value)
{
    if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

QString fill(const QString &text, const Watched &w, double threshold)
{
    QString out = text;
    out.replace(QLatin1String("%job"), w.job);
    out.replace(QLatin1String("%threshold"), number(threshold));
    out.replace(QLatin1String("%cores"), number(w.cores));
    out.replace(QLatin1String("%memoryBytes"), number(w.memoryBytes));
    return out;
}

namespace {

QString problemText(const char *text) { return QCoreApplication::translate("MonitoringExport", text); }

/// Reads the catalog's signals; returns false (with `error`) when an entry lacks what the files need.
bool readSignals(const QVariantMap &data, std::vector<Signal> &signals, QString *error)
{
    const QVariantMap map = data.value(QStringLiteral("signals")).toMap();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QVariantMap s = it.value().toMap();
        Signal signal;
        signal.id = it.key();
        signal.alert = s.value(QStringLiteral("alert")).toString();
        signal.title = s.value(QStringLiteral("title")).toString();
        signal.description = s.value(QStringLiteral("description")).toString();
        signal.record = s.value(QStringLiteral("record")).toString();
        signal.expr = s.value(QStringLiteral("expr")).toString();
        signal.unit = s.value(QStringLiteral("unit")).toString();
        signal.symptom = s.value(QStringLiteral("severity")).toString() == QLatin1String("symptom");
        signal.below = s.value(QStringLiteral("below")).toString() == QLatin1String("true");
        signal.fromNode = s.value(QStringLiteral("source")).toString() == QLatin1String("node");
        for (const QVariant &t : s.value(QStringLiteral("test")).toList()) {
            const QVariantMap m = t.toMap();
            signal.tests.push_back({m.value(QStringLiteral("series")).toString(),
                                    m.value(QStringLiteral("type")).toString() == QLatin1String("counter"),
                                    m.value(QStringLiteral("healthy")).toDouble(), m.value(QStringLiteral("failing")).toDouble(),
                                    m.value(QStringLiteral("scale")).toString()});
        }
        if (signal.title.isEmpty() || signal.record.isEmpty() || signal.expr.isEmpty()) {
            *error = problemText("catalog data exports/monitoring.yaml: signal '%1' needs a title, a record name and an expr").arg(signal.id);
            return false;
        }
        signals.push_back(signal);
    }
    return true;
}

const Signal *signalById(const std::vector<Signal> &signals, const QString &id)
{
    for (const Signal &s : signals)
        if (s.id == id)
            return &s;
    return nullptr;
}

/// "5m" -> 5, "1h" -> 60; 0 for what is not a duration.
int minutesOf(const QString &duration)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)([mh])$"));
    const QRegularExpressionMatch m = shape.match(duration);
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toInt() * (m.captured(2) == QLatin1String("h") ? 60 : 1);
}

Timing timingOf(const QVariantMap &routing, const char *severity)
{
    const QVariantMap t = routing.value(QLatin1String(severity)).toMap();
    auto get = [&t](const char *key, const char *fallback) {
        const QString v = t.value(QLatin1String(key)).toString();
        return v.isEmpty() ? QString::fromLatin1(fallback) : v;
    };
    return {get("groupWait", "30s"), get("groupInterval", "5m"), get("repeatInterval", "4h")};
}

/// How many components a blast radius sentence names before "and N more".
constexpr int kNamesShown = 6;

/// What our failure simulation predicts when this component fails, in one sentence of the files.
/// From `failures`, which gives every component what FailureModel::simulate() of it alone gives.
QString blastRadiusText(const FailureModel &model, const SingleFailures &failures, int v, int *count)
{
    // The sentence names at most kNamesShown of the others; the head holds one more, as v itself
    // is lost too whenever an entry point reaches it.
    std::vector<int> others;
    for (int u : failures.lostHead(v))
        if (u != v && others.size() < size_t(kNamesShown))
            others.push_back(u);
    *count = failures.lostCount(v);
    const int otherCount = *count - (model.served()[size_t(v)] ? 1 : 0);
    const std::vector<int> brokenEntries = failures.brokenEntries(v);
    // English whatever the studio's language: these words go into the exported files.
    constexpr FailureModel::Language english = FailureModel::Language::English;
    QString text = fileText("%1 is %2.").arg(model.nameOf(v), model.redundancyText(v, english));
    if (brokenEntries.empty())
        text += fileText(" Our failure simulation predicts that no entry point breaks when it fails alone.");
    else
        text += fileText(" If it fails, our failure simulation predicts that these entry points break: %1.").arg(model.nameList(brokenEntries, kNamesShown, english));
    if (otherCount > 0)
        text += fileText(" %1 other components can no longer be reached: %2.").arg(otherCount).arg(model.nameList(others, size_t(otherCount), kNamesShown, english));
    return text;
}

/// The alerting components drawn; the ones the metrics component feeds first.
std::vector<Receiver> receiversOf(const Design &design, const Catalog &catalog, const FailureModel &model)
{
    PropertyAccess props(catalog);
    std::vector<Receiver> fed, other;
    for (int v = 0; v < model.graph().vertexCount(); ++v) {
        const ComponentProfile &p = model.profile(v);
        if (!p.is(Role::Alerting))
            continue;
        Receiver r{p.component->id, p.component->name, props.stringValue(*p.component, QStringLiteral("vendor")),
                   props.stringValue(*p.component, QStringLiteral("escalationPolicy"))};
        if (r.vendor != QLatin1String("pagerduty") && r.vendor != QLatin1String("opsgenie"))
            r.vendor = QStringLiteral("other");
        const auto preds = model.graph().predecessors(v);
        const bool fromMetrics = std::any_of(preds.begin(), preds.end(), [&](int u) { return model.profile(u).is(Role::Metrics); });
        (fromMetrics ? fed : other).push_back(r);
    }
    Q_UNUSED(design)
    fed.insert(fed.end(), other.begin(), other.end());
    return fed;
}

} // namespace

/**
 * The components users reach first that have a health endpoint: what an entry point calls,
 * looking through the edge (DNS, WAF, load balancers, gateways) that has none of its own.
 */
std::vector<char> frontDoors(const FailureModel &model, const PropertyAccess &props)
{
    const DependencyGraph &graph = model.graph();
    std::vector<char> front(size_t(graph.vertexCount()), 0), seen(size_t(graph.vertexCount()), 0);
    std::vector<int> stack;
    for (int e : model.entries()) {
        if (!model.profile(e).trafficSource) {
            stack.push_back(e); // an entry point inside the system is its own front door
            continue;
        }
        for (int v : graph.successors(e))
            stack.push_back(v);
    }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        if (seen[size_t(v)])
            continue;
        seen[size_t(v)] = 1;
        const ComponentProfile &p = model.profile(v);
        if (props.hasProperty(*p.component, QStringLiteral("healthPath"))) {
            front[size_t(v)] = 1;
        } else if (p.is(Role::Edge | Role::Gateway | Role::LoadBalancer)) {
            for (int u : graph.successors(v))
                stack.push_back(u);
        }
    }
    return front;
}

Plan makePlan(const Design &design, const Catalog &catalog)
{
    Plan plan;
    plan.designName = design.name;
    const QVariantMap data = catalog.exportData(QStringLiteral("monitoring"));
    if (!readSignals(data, plan.signals, &plan.error))
        return plan;
    const QVariantMap kinds = data.value(QStringLiteral("kinds")).toMap();
    const QVariantMap routing = data.value(QStringLiteral("routing")).toMap();
    plan.page = timingOf(routing, "page");
    plan.ticket = timingOf(routing, "ticket");
    const QVariantMap entryProbe = data.value(QStringLiteral("entryProbe")).toMap();
    const Signal *availability = signalById(plan.signals, entryProbe.value(QStringLiteral("signal")).toString());
    const Signal *requests = signalById(plan.signals, QStringLiteral("requests"));

    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    PropertyAccess props(catalog);
    const std::vector<char> front = frontDoors(model, props);
    const SingleFailures failures(model, kNamesShown + 1);

    for (int v = 0; v < graph.vertexCount(); ++v) {
        const ComponentProfile &p = model.profile(v);
        const Component &c = *p.component;
        if (p.is(Role::Metrics) && plan.metricsName.isEmpty())
            plan.metricsName = c.name;
        const QVariantMap kind = kinds.value(c.kind).toMap();
        if (kind.isEmpty())
            continue;
        Watched w;
        w.component = &c;
        w.job = c.id;
        w.dashboard = kind.value(QStringLiteral("dashboard")).toString();
        w.onRequestPath = model.served()[size_t(v)] && !model.candidateEntries();
        if (props.hasProperty(c, QStringLiteral("cpuLimit")))
            w.cores = std::max(0.001, props.intValue(c, QStringLiteral("cpuLimit"), 1000) / 1000.0);
        if (props.hasProperty(c, QStringLiteral("memoryLimit")))
            w.memoryBytes = std::max(1, props.intValue(c, QStringLiteral("memoryLimit"), 1024)) * 1024.0 * 1024.0;
        const QString metricsPort = kind.value(QStringLiteral("metricsPort")).toString();
        if (metricsPort == QLatin1String("port"))
            w.targets.append(QStringLiteral("%1:%2").arg(c.id).arg(props.intValue(c, QStringLiteral("port"), 8080)));
        else
            w.targets.append(QStringLiteral("%1-exporter:%2").arg(c.id, metricsPort));

        const QVariantMap alerts = kind.value(QStringLiteral("alerts")).toMap();
        // The catalog's map is sorted by key; keep the signals' own order so files read symptoms first.
        for (const Signal &signal : plan.signals) {
            if (!alerts.contains(signal.id))
                continue;
            const QVariantMap a = alerts.value(signal.id).toMap();
            Alert alert;
            alert.signal = &signal;
            alert.threshold = a.value(QStringLiteral("threshold")).toDouble();
            alert.forDuration = a.value(QStringLiteral("for")).toString();
            alert.forMinutes = minutesOf(alert.forDuration);
            if (alert.forMinutes == 0) {
                plan.error = problemText("catalog data exports/monitoring.yaml: kind %1, signal %2: 'for' must be minutes or hours (\"5m\", \"1h\"), not '%3'")
                                 .arg(c.kind, signal.id, alert.forDuration);
                return plan;
            }
            alert.severity = signal.symptom && w.onRequestPath ? Severity::Page : Severity::Ticket;
            w.alerts.push_back(alert);
        }
        if (std::any_of(w.alerts.begin(), w.alerts.end(), [](const Alert &a) { return a.signal->fromNode; }))
            w.targets.append(QStringLiteral("%1-node-exporter:9100").arg(c.id));
        // What users notice first, then the causes: the order of the files, the dashboards and the runbooks.
        std::stable_partition(w.alerts.begin(), w.alerts.end(), [](const Alert &a) { return a.signal->symptom; });
        if (w.dashboard == QLatin1String("red") && requests)
            w.panels.push_back(requests);
        for (const Alert &a : w.alerts)
            w.panels.push_back(a.signal);

        // Entry points are probed from outside at their health endpoint; data stores at their port.
        if (front[size_t(v)] && availability) {
            w.probed = true;
            w.probeModule = QStringLiteral("http_2xx");
            w.probeTarget = QStringLiteral("http://%1:%2%3").arg(c.id).arg(props.intValue(c, QStringLiteral("port"), 8080))
                                .arg(props.stringValue(c, QStringLiteral("healthPath")));
            Alert alert;
            alert.signal = availability;
            alert.threshold = entryProbe.value(QStringLiteral("threshold")).toDouble();
            alert.forDuration = entryProbe.value(QStringLiteral("for")).toString();
            alert.forMinutes = std::max(1, minutesOf(alert.forDuration));
            alert.severity = Severity::Page;
            w.alerts.insert(w.alerts.begin(), alert);
            w.panels.insert(w.panels.begin(), availability);
        } else if (kind.contains(QStringLiteral("probePort"))) {
            w.probed = true;
            w.probeModule = QStringLiteral("tcp_connect");
            w.probeTarget = QStringLiteral("%1:%2").arg(c.id, kind.value(QStringLiteral("probePort")).toString());
        }
        if (!w.probed) // a probe-based signal without a probe would never have data
            w.alerts.erase(std::remove_if(w.alerts.begin(), w.alerts.end(),
                                          [](const Alert &a) { return a.signal->expr.contains(QLatin1String("%job-probe")); }),
                           w.alerts.end());
        w.blastRadius = blastRadiusText(model, failures, v, &w.blastCount);
        plan.watched.push_back(w);
    }
    plan.receivers = receiversOf(design, catalog, model);
    if (plan.receivers.empty()) {
        plan.receivers.push_back({QStringLiteral("on-call"), QStringLiteral("On-call"), QStringLiteral("other"), {}});
        plan.messages.push_back(Diagnostic{Diagnostic::Severity::Warning, {}, 0, 0,
            QCoreApplication::translate("MonitoringExport", "the design draws no alerting component: alerts go to a webhook; "
                                                            "set its address in alertmanager/alertmanager.yml, or draw PagerDuty or Opsgenie")});
    }
    if (plan.watched.empty())
        plan.error = QCoreApplication::translate("MonitoringExport", "nothing in this design has signals to watch: add a service, a database, a cache, a queue or a load balancer");
    return plan;
}

} // namespace sd::monitoring
