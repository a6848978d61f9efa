// SPDX-License-Identifier: MIT
#include "actionicons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace sd {

namespace {
// The bundled icons draw their outlines in this slate grey (see resources/actions).
constexpr char kOutline[] = "#5B6575";
constexpr char kOutlineOnDark[] = "#AEB6C2";

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }
} // namespace

QIcon actionIcon(const QString &name, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile file(QStringLiteral(":/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    if (isDark(palette))
        svg.replace(kOutline, kOutlineOnDark);
    QSvgRenderer renderer(svg);
    QIcon icon;
    // Rendered ahead at the sizes toolbars and menus use, for 1x and 2x screens.
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace sd
