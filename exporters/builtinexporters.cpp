// SPDX-License-Identifier: MIT
#include "builtinexporters.h"

#include "exporter.h"
#include "drills/drillsexporter.h"
#include "kubernetes/kubernetesexporter.h"
#include "monitoring/monitoringexporter.h"
#include "questionnaire/questionnaireexporter.h"
#include "terraform/terraformexporter.h"

namespace sd {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    // In the order of the Export menu: infrastructure, workloads, local run, operations, workshop.
    registry.add(std::make_unique<TerraformExporter>());
    registry.add(std::make_unique<KubernetesExporter>());
    registry.add(std::make_unique<ComposeExporter>());
    registry.add(std::make_unique<MonitoringExporter>());
    registry.add(std::make_unique<DrillsExporter>());
    registry.add(std::make_unique<QuestionnaireExporter>());
}

} // namespace sd
