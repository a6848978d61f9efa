// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

class QPalette;

namespace sd {

/**
 * A toolbar or menu icon by its freedesktop name: the desktop theme's where it has
 * one, else Stackdraft's own from :/actions, with its grey lightened on a dark palette
 * so outlines stay visible.
 */
QIcon actionIcon(const QString &name, const QPalette &palette);

} // namespace sd
