// SPDX-License-Identifier: MIT
#pragma once

#include "importer.h"

namespace sd {

/**
 * Terraform configurations of the aws, google and azurerm providers to a design: `.tf` files
 * (a file, a folder that is a root module, or a folder of root modules), parsed natively, and
 * `terraform show -json` plans and states, detected by content. Both go through one mapping
 * (terraformmapper.h). Rules: docs/import.md, "Terraform".
 */
class TerraformImporter : public Importer
{
public:
    QString id() const override { return QStringLiteral("terraform"); }
    QString displayName() const override;
    QString fileFilter() const override;
    ImportResult import(const QStringList &paths, const Catalog &catalog) const override;
};

} // namespace sd
