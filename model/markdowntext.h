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

/// The same for Markdown that GitHub and GitLab render with HTML (a pull-request comment): a name
/// like "</details>" or "*x*" or "[link](...)" is shown as typed, never as markup.
inline QString markdownLiteral(QString text)
{
    // Backslashes first, so that the escapes added below stay escapes.
    for (const char c : {'\\', '`', '*', '_', '[', ']', '#', '~'})
        text.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return markdownInline(text);
}

} // namespace sd
