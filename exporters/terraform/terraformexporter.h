// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

namespace sd {

/**
 * Starter Terraform for AWS, Google Cloud and Azure: one root module per provider with
 * versions, providers, typed variables, one file per concern, outputs and a README.
 * Option `provider`: all (default; one folder per provider when the design spans several),
 * aws, gcp or azure.
 */
class TerraformExporter : public Exporter
{
public:
    QString id() const override;
    QString displayName() const override;
    QString description() const override;
    std::vector<ExportOptionSpec> options() const override;
    ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const override;
};

} // namespace sd
