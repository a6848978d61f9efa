// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

class QPainter;
class QPainterPath;

namespace sd {

/// How an item of the open design differs from the design it is compared with.
enum class CompareMark {
    None,
    Added,   ///< not in the other design
    Changed, ///< a property, name, zone, end... differs (or it was renamed)
    Moved,   ///< only where it is drawn differs
    Removed, ///< only in the other design: drawn as a ghost where it was
};

/**
 * The colours and strokes of compare mode, in one place so the canvas outlines, the ghosts, the
 * legend and the change list agree: green added, red removed, amber changed (dashed amber moved).
 * Saturated and drawn thick, so they read on light and dark themes and beside the findings outlines.
 */
class CompareStyle
{
    Q_DECLARE_TR_FUNCTIONS(CompareStyle)

public:
    static QColor colour(CompareMark mark);
    /// "Added", "Removed", "Changed", "Moved": the legend's and the change list's words.
    static QString label(CompareMark mark);
    /// A swatch of the mark's colour and stroke, for the legend and the change list.
    static QIcon swatch(CompareMark mark);
    /// Strokes `outline` (item coordinates) in the mark's colour, at least about two pixels wide on
    /// screen but at most `maxWidth` scene units (the room the item's bounds leave).
    static void paintOutline(QPainter *painter, const QPainterPath &outline, CompareMark mark, qreal maxWidth = 6);
    /// Strokes a connection's line in the mark's colour, over the line itself.
    static void paintLine(QPainter *painter, const QPainterPath &line, CompareMark mark);
    /// "+", "−", "Δ", "↔": the badge's symbol, so the marks do not rest on colour alone (an amber
    /// frame around an orange compute card, colour-blind eyes).
    static QString symbol(CompareMark mark);
    /// A filled circle of the mark's colour with its symbol in white.
    static void paintBadge(QPainter *painter, QPointF centre, qreal radius, CompareMark mark);
    /// The badge's radius in scene units for this painter's zoom.
    static qreal badgeRadius(const QPainter *painter);
};

} // namespace sd
