// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace sd {

/**
 * export diagram DESIGN --format png|svg|pdf -o FILE [--scale N]: the picture CI publishes,
 * painted by the studio's diagram renderer. Needs a QGuiApplication (fonts); main() makes one
 * for this command only (wantsGui()).
 */
int runDiagramExport(const QStringList &args, CliContext &context);

/// Whether the command line paints (export diagram), so that main() starts a QGuiApplication.
bool wantsGui(const QStringList &arguments);

} // namespace sd
