// SPDX-License-Identifier: MIT
// The providers the Terraform export writes for, and how to make their mappers.
#pragma once

#include "providermapper.h"

#include <memory>
#include <vector>

namespace sd::tf {

/// A provider the Terraform export writes for: its id (the cloud zone's provider value in the catalog) and its mapper.
struct TerraformProvider {
    QString id;
    std::unique_ptr<ProviderMapper> (*makeMapper)(Context &context);
};

/// Every provider, in the order the export writes them. A new provider is one line here and its folder.
const std::vector<TerraformProvider> &terraformProviders();
const TerraformProvider *terraformProvider(const QString &id);

} // namespace sd::tf
