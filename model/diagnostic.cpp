// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

QString Diagnostic::toString() const
{
    QString place = file;
    if (line > 0) {
        place += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            place += QLatin1Char(':') + QString::number(column);
    }
    const QString level = severity == Severity::Error
                              ? QCoreApplication::translate("Diagnostic", "error")
                              : QCoreApplication::translate("Diagnostic", "warning");
    return QStringLiteral("%1: %2: %3").arg(place, level, message);
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace sd
