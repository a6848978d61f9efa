// SPDX-License-Identifier: MIT
#include "textlines.h"

namespace sd {

QStringList wordLines(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString longer = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        if (lines.size() + 1 >= maxLines) { // the last line takes the rest
            line += QLatin1Char(' ') + words.mid(i).join(QLatin1Char(' '));
            break;
        }
        lines.append(line);
        line = words[i];
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace sd
