// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace sd {

class Catalog;
struct Component;
struct KindSpec;

/// Colours and sizes of the canvas, derived from the palette so light and dark themes both read well.
namespace CanvasStyle {

QColor categoryColour(const QString &category);
QColor providerColour(const QString &provider);
/// True when the palette is dark (window darker than its text).
bool isDark(const QPalette &palette);

constexpr qreal kGrid = 20;
constexpr qreal kZoneTitleHeight = 28;
constexpr qreal kHandleRadius = 6;

/// The line under a component's name: "3 replicas · multi-AZ · autoscale 2–10".
QString componentFacts(const Component &component, const KindSpec &kind, const Catalog &catalog);

} // namespace CanvasStyle
} // namespace sd
