// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/**
 * Failure drills from the failure simulation (issue 20): for every zone, region and provider that
 * holds components and the components with the largest blast radius, a Chaos Toolkit experiment
 * whose steady state is what our analysis says survives; AWS FIS templates for AWS zones; and a
 * game-day plan.
 */
class DrillsExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("drills"); }
    QString displayName() const override;
    QString description() const override;
    std::vector<ExportOptionSpec> options() const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

} // namespace sd
