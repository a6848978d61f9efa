// SPDX-License-Identifier: MIT
#pragma once

#include "importdraft.h"
#include "terraformmodel.h"

namespace sd {

class Catalog;

/**
 * The one mapping core of the Terraform import, behind both front ends (.tf files and
 * `terraform show -json`): resources to components, zones and connections by the catalog's rules
 * (resources/catalog/exports/import.yaml, "terraform"; docs/import.md):
 * - components from the resource types our exporters write, properties through the rules;
 * - zones: cloud per provider, region, network, availability zone (AWS subnets) or subnet, cluster;
 * - connections from firewall rules (security group A admitted into B on a port) and from
 *   references that are calls (an environment naming a queue URL), through the parts of a
 *   component (listeners, target groups, task definitions); structural references are not calls;
 * - everything else counted in the report by type.
 */
ImportDraft mapTerraform(TerraformInput input, const Catalog &catalog);

} // namespace sd
