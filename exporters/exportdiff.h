// SPDX-License-Identifier: MIT
#pragma once

#include "diff.h"

namespace sd {

class Catalog;
class ExporterRegistry;

/**
 * Runs every exporter of `registry` (with its default options) in memory on both designs and
 * compares the file sets: which generated files a change of the design adds, removes or changes.
 * Nothing is written. A side an exporter refuses is named in `problems`, not hidden.
 */
ExportsDelta diffExports(const Design &before, const Design &after, const Catalog &catalog, const ExporterRegistry &registry);

} // namespace sd
