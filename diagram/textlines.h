// SPDX-License-Identifier: MIT
#pragma once

#include <QFontMetricsF>
#include <QString>
#include <QStringList>

#include <climits>

namespace sd {

/**
 * The words of `text` in lines no wider than `width` where they fit (a single longer word keeps a
 * line of its own), at most `maxLines`: the last line then takes the rest. Callers elide what must
 * not overflow. Used for card names and for long translated property labels.
 */
QStringList wordLines(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines = INT_MAX);

} // namespace sd
