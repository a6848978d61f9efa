// SPDX-License-Identifier: MIT
#include "builtinexporters.h"

#include "exporter.h"

namespace sd {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    Q_UNUSED(registry)
}

} // namespace sd
