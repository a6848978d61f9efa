// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace sd {

/**
 * A unified diff of two texts given as lines ("--- a", "+++ b", "@@ -l,n +l,n @@" hunks with
 * `context` lines around each change), as `diff -u` and code review tools read it; "" when the
 * texts are equal. Myers' algorithm between the common prefix and suffix; a middle so different
 * that the edit script would grow past a bound is shown as one replaced block.
 */
QString unifiedDiff(const QStringList &before, const QStringList &after, const QString &beforeName,
                    const QString &afterName, int context = 3);

} // namespace sd
