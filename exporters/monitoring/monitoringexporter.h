// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/**
 * Operating what the design draws (issue 20): Prometheus recording and alerting rules per
 * component kind with their promtool unit tests, an Alertmanager configuration that routes by
 * severity to the drawn alerting component, Grafana dashboards and runbooks naming each
 * component's blast radius from the failure analysis. The signals are catalog data
 * (resources/catalog/exports/monitoring.yaml).
 */
class MonitoringExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("monitoring"); }
    QString displayName() const override;
    QString description() const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

} // namespace sd
