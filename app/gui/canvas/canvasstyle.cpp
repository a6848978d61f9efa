// SPDX-License-Identifier: MIT
#include "canvasstyle.h"

#include <algorithm>

#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

namespace sd::CanvasStyle {

QColor categoryColour(const QString &category)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("traffic"), QColor(0x5B, 0x6C, 0xFF)},   {QStringLiteral("edge"), QColor(0x8E, 0x44, 0xAD)},
        {QStringLiteral("compute"), QColor(0xE6, 0x7E, 0x22)},   {QStringLiteral("data"), QColor(0x2E, 0x86, 0xDE)},
        {QStringLiteral("observability"), QColor(0x16, 0xA0, 0x85)}, {QStringLiteral("security"), QColor(0xC0, 0x39, 0x2B)},
        {QStringLiteral("third-party"), QColor(0x7F, 0x8C, 0x8D)}, {QStringLiteral("zones"), QColor(0x34, 0x49, 0x5E)},
    };
    return colours.value(category, QColor(0x7F, 0x8C, 0x8D));
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
        facts << QCoreApplication::translate("Canvas", "%n replica(s)", nullptr, int(n));
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

} // namespace sd::CanvasStyle
