// SPDX-License-Identifier: MIT
#include "builtinexporters.h"

#include "exporter.h"
#include "terraform/terraformexporter.h"

namespace sd {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    registry.add(std::make_unique<TerraformExporter>());
}

} // namespace sd
