// SPDX-License-Identifier: MIT
#include "builtinexporters.h"

#include "exporter.h"
#include "questionnaireexporter.h"

namespace sd {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    Q_UNUSED(registry)
    registry.add(std::make_unique<QuestionnaireExporter>());
}

} // namespace sd
