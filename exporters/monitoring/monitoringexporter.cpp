// SPDX-License-Identifier: MIT
#include "monitoringexporter.h"

#include "monitoringfiles.h"
#include "monitoringplan.h"

#include <QCoreApplication>

namespace sd {

QString MonitoringExporter::displayName() const { return QCoreApplication::translate("MonitoringExport", "Monitoring (Prometheus, Alertmanager, Grafana)"); }

QString MonitoringExporter::description() const
{
    return QCoreApplication::translate("MonitoringExport", "Prometheus alerting rules with unit tests, Alertmanager routing and Grafana dashboards from the design.");
}

ExportResult MonitoringExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    Q_UNUSED(options)
    ExportResult result;
    const monitoring::Plan plan = monitoring::makePlan(design, catalog);
    result.messages = plan.messages;
    if (!plan.error.isEmpty()) {
        result.error = plan.error;
        return result;
    }
    auto add = [&result](const QString &path, const QByteArray &contents) { result.files.push_back({path, contents}); };
    add(QStringLiteral("README.md"), monitoring::readme(plan));
    add(QStringLiteral("prometheus/prometheus.yml"), monitoring::prometheusConfig(plan));
    add(QStringLiteral("prometheus/blackbox.yml"), monitoring::blackboxConfig());
    add(QStringLiteral("alertmanager/alertmanager.yml"), monitoring::alertmanagerConfig(plan));
    add(QStringLiteral("grafana/dashboards/overview.json"), monitoring::overviewDashboard(plan, design));
    for (const monitoring::Watched &w : plan.watched) {
        add(QStringLiteral("prometheus/rules/%1.yml").arg(w.job), monitoring::ruleFile(plan, w));
        if (!w.alerts.empty())
            add(QStringLiteral("prometheus/tests/%1.test.yml").arg(w.job), monitoring::ruleTestFile(plan, w));
        add(QStringLiteral("grafana/dashboards/%1.json").arg(w.job), monitoring::componentDashboard(plan, w));
        add(QStringLiteral("runbooks/%1.md").arg(w.job), monitoring::runbook(plan, w));
    }
    return result;
}

} // namespace sd
