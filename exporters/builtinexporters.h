// SPDX-License-Identifier: MIT
#pragma once

namespace sd {

class ExporterRegistry;

/// Adds every exporter that ships with Stackdraft; the one place to register a new one.
void registerBuiltinExporters(ExporterRegistry &registry);

} // namespace sd
