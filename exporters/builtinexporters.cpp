// SPDX-License-Identifier: MIT
#include "builtinexporters.h"

#include "exporter.h"
#include "kubernetes/kubernetesexporter.h"
#include "questionnaire/questionnaireexporter.h"

namespace sd {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    registry.add(std::make_unique<KubernetesExporter>());
    registry.add(std::make_unique<ComposeExporter>());
    registry.add(std::make_unique<QuestionnaireExporter>());
}

} // namespace sd
