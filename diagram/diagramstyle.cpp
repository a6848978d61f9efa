// SPDX-License-Identifier: MIT
#include "diagramstyle.h"

#include <algorithm>

#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

namespace sd::DiagramStyle {

QColor categoryColour(const Catalog &catalog, const QString &category)
{
    const CategorySpec *spec = catalog.category(category);
    const QColor colour = spec ? QColor::fromString(spec->colour) : QColor();
    return colour.isValid() ? colour : QColor(0x7F, 0x8C, 0x8D);
}

QColor providerColour(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return QColor(0xFF, 0x99, 0x00);
    if (provider == QLatin1String("gcp"))
        return QColor(0x42, 0x85, 0xF4);
    if (provider == QLatin1String("azure"))
        return QColor(0x00, 0x78, 0xD4);
    return QColor(0x6C, 0x7A, 0x89);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor canvasBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base).darker(isDark(palette) ? 115 : 102);
}

QColor mixed(const QColor &over, const QColor &under, qreal opacity)
{
    const qreal a = std::clamp(opacity, 0.0, 1.0);
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
                            float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

QString componentFacts(const Component &c, const KindSpec &kind, const Catalog &catalog)
{
    auto value = [&](const char *key) { return catalog.value(kind, c.properties, QString::fromLatin1(key)); };
    auto has = [&](const char *key) { return kind.property(QString::fromLatin1(key)) != nullptr; };
    QStringList facts;
    if (has("autoscaling") && value("autoscaling").toBool()) {
        facts << QCoreApplication::translate("Canvas", "autoscale %1–%2")
                     .arg(value("minReplicas").toLongLong()).arg(value("maxReplicas").toLongLong());
    } else if (has("replicas")) {
        const qint64 n = value("replicas").toLongLong();
        QString replicas = QCoreApplication::translate("Canvas", "%n replica(s)", nullptr, int(n));
        // Without a loaded catalogue (stackdraft-cli paints English pictures) the source text
        // comes back; give it the English plural forms the studio's catalogue has.
        if (replicas.endsWith(QLatin1String("(s)")))
            replicas = n == 1 ? QStringLiteral("1 replica") : QStringLiteral("%1 replicas").arg(n);
        facts << replicas;
    }
    if (has("multiAz") && value("multiAz").toBool())
        facts << QCoreApplication::translate("Canvas", "multi-AZ");
    if (const PropertySpec *engine = kind.property(QStringLiteral("engine")))
        facts << engine->valueText(value("engine").toString()); // "PostgreSQL", not "postgresql"
    if (has("public") && value("public").toBool())
        facts << QCoreApplication::translate("Canvas", "public");
    if (has("crossRegionReplica") && value("crossRegionReplica").toBool())
        facts << QCoreApplication::translate("Canvas", "cross-region");
    return facts.join(QStringLiteral(" · "));
}

} // namespace sd::DiagramStyle
