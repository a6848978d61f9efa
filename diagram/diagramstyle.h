// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace sd {

class Catalog;
struct Component;
struct KindSpec;

/// Colours and sizes of the diagram (canvas and exports), derived from the palette so light
/// and dark themes both read well.
namespace DiagramStyle {

/// The category's colour from the catalog (grey for an unknown category).
QColor categoryColour(const Catalog &catalog, const QString &category);
QColor providerColour(const QString &provider);
/// True when the palette is dark (window darker than its text).
bool isDark(const QPalette &palette);
/// The canvas behind everything (a shade off the palette's base colour).
QColor canvasBackground(const QPalette &palette);
/**
 * `over` laid on `under` at `opacity`, as one opaque colour. The canvas paints lines and text
 * in such mixed colours rather than translucent ones: Qt's raster engine strokes and fills
 * translucent antialiased lines up to fifty times slower (it hands every batch of spans to a
 * thread pool), which made a frame with a thousand connections on screen take seconds.
 */
QColor mixed(const QColor &over, const QColor &under, qreal opacity);

constexpr qreal kGrid = 20;
constexpr qreal kZoneTitleHeight = 28;
constexpr qreal kHandleRadius = 6;

/// The line under a component's name: "3 replicas · multi-AZ · autoscale 2–10".
QString componentFacts(const Component &component, const KindSpec &kind, const Catalog &catalog);

} // namespace DiagramStyle
} // namespace sd
