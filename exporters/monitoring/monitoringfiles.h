// SPDX-License-Identifier: MIT
// The files of the monitoring export, each written from the plan (monitoringplan.h) alone.
#pragma once

#include "monitoringplan.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace sd::monitoring {

/// prometheus/prometheus.yml: scrape jobs per watched component, blackbox probes, rules, Alertmanager.
QByteArray prometheusConfig(const Plan &plan);
/// prometheus/blackbox.yml: the probe modules the scrape jobs name.
QByteArray blackboxConfig();
/// The component's rule groups (recording, then alerting): the body of its rule file and of the
/// Kubernetes export's PrometheusRule.
nlohmann::ordered_json ruleGroups(const Watched &w);
/// prometheus/rules/<id>.yml: the component's recording and alerting rules.
QByteArray ruleFile(const Plan &plan, const Watched &w);
/// prometheus/tests/<id>.test.yml: `promtool test rules` cases that fire each alert and stay quiet when healthy.
QByteArray ruleTestFile(const Plan &plan, const Watched &w);
/// alertmanager/alertmanager.yml: routes by severity to the drawn alerting component.
QByteArray alertmanagerConfig(const Plan &plan);
/// grafana/dashboards/overview.json
QByteArray overviewDashboard(const Plan &plan, const Design &design);
/// grafana/dashboards/<id>.json: RED for what answers requests, USE for what stores.
QByteArray componentDashboard(const Plan &plan, const Watched &w);
/// The Grafana uid of a component's dashboard (at most 40 characters).
QString dashboardUid(const QString &id);
/// runbooks/<id>.md: what each alert means, the blast radius, first steps.
QByteArray runbook(const Plan &plan, const Watched &w);
/// README.md of the export.
QByteArray readme(const Plan &plan);

/// The labels and annotations an alert carries (shared by the rule and its unit test).
struct AlertText {
    QString name, summary, description, runbook, blastRadius;
};
AlertText alertText(const Watched &w, const Alert &a);
QString severityName(Severity s);
/// Text with Go template braces broken up, for Prometheus annotations.
QString templateSafe(QString text);
/// Why an alert pages or tickets, one sentence of the files.
QString severitySentence(Severity s);

} // namespace sd::monitoring
