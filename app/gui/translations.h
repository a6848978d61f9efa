// SPDX-License-Identifier: MIT
#pragma once

class QLocale;

namespace sd {

/**
 * Installs Stackdraft's catalogue for `locale` (and Qt's own) on the application,
 * over the English plural forms ("1 replica", "2 replicas") that every language falls
 * back to. The translators live as long as the application; calling it again replaces them.
 */
void installTranslations(const QLocale &locale);

/// The language chosen in the settings, or the system's.
QLocale preferredLocale();

} // namespace sd
