// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "terraformmodel.h"

#include <QByteArray>
#include <QString>

namespace sd {

/// Whether a JSON text is `terraform show -json` output: a plan (planned_values) or a state (values.root_module).
bool looksLikeTerraformJson(const QByteArray &text);

/**
 * The `terraform show -json` front end of the Terraform import (developer.hashicorp.com/terraform/internals/json-format):
 * - a plan: resources from planned_values (root_module and child_modules), their references from
 *   configuration (expressions.*.references, followed through module variables and outputs),
 *   provider regions from configuration.provider_config;
 * - a state: resources from values; a state holds no references, so a value equal to another
 *   resource's id, ARN, endpoint or address (or a URL or host:port naming it) is read as a
 *   reference to it, and the region comes from the resource's region attribute or its ARN.
 * Broken JSON, or JSON that is neither, is an error with file, line and column.
 */
bool readTerraformJson(const QString &path, const QByteArray &text, TerraformInput &input, Diagnostics &errors);

} // namespace sd
