// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sd {

/// Text from the design inside a Markdown line or table cell: no line break or "|" in a name may
/// change the document's structure.
inline QString markdownInline(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return text;
}

} // namespace sd
