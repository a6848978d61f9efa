// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include "design.h"

#include <memory>
#include <vector>

class QPainter;
class QSvgRenderer;

namespace sd {

class Catalog;
class Design;
struct Component;
struct Connection;
struct Zone;

/**
 * The colours and font a diagram is painted with. The canvas takes them from the
 * application's palette; exports from the CLI use light(), so that CI pictures do not
 * depend on the desktop theme.
 */
struct DiagramTheme {
    QColor base;           ///< card and label fill
    QColor text;
    QColor disabledText;   ///< a component lost in a simulated failure
    QColor disabledWindow;
    QColor disabledWindowText;
    QColor highlight;      ///< selection
    QColor background;     ///< behind everything
    bool dark = false;
    QString fontFamily;    ///< a real family, resolved (the SVG names it)

    static DiagramTheme fromPalette(const QPalette &palette, const QFont &font);
    /// The default light theme, independent of the desktop.
    static DiagramTheme light();
    /// A font of the theme's family, `pixelSize` in scene units (so it scales with the
    /// painter's transform on every device: screen, image, PDF and printer alike).
    QFont font(qreal pixelSize, bool bold = false) const;
};

/// Shared, cached icon renderers per kind (the SVGs named in the catalog).
class IconCache
{
public:
    IconCache();
    ~IconCache();
    IconCache(const IconCache &) = delete;
    IconCache &operator=(const IconCache &) = delete;
    /// Null when the kind is unknown or its icon does not load.
    QSvgRenderer *renderer(const Catalog &catalog, const QString &kindId);

private:
    QHash<QString, QSvgRenderer *> m_renderers;
};

/// What the canvas adds to an item beyond the design: selection and analysis overlays.
struct ItemLook {
    bool selected = false;
    bool lost = false;       ///< out of service in a simulation (failed, or cut off)
    double heat = -1;        ///< 0..1 in the heat view, -1 otherwise
    int badgeSeverity = -1;  ///< worst open finding (0 info, 1 warning, 2 error), -1 none
    int badgeCount = 0;
};

/// Which text a connection's label shows.
enum class ConnectionLabelMode {
    UserLabel, ///< the user's own label, or protocol:port when there is none
    Protocol,  ///< always protocol:port
};

/// What the painting functions read: the design, its catalog, the theme and the icons.
struct DiagramContext {
    const Design &design;
    const Catalog &catalog;
    const DiagramTheme &theme;
    IconCache &icons;
};

/// Where a connection runs and where its label sits, in scene coordinates.
struct ConnectionGeometry {
    QPolygonF route;                ///< from the caller's card edge to the callee's (ConnectionRouter)
    ConnectionStyle style = ConnectionStyle::Orthogonal;
    std::vector<QPointF> waypoints; ///< the user's, drawn as handles when selected
    QString label;
    QRectF labelRect; ///< null without a label
};

namespace DiagramPainter {

constexpr qreal kCardRadius = 8;
/// Zoomed out below this level of detail a card is a coloured block without its name.
constexpr qreal kCaptionLod = 0.2;
/// Label text size in scene units.
constexpr qreal kLabelPixelSize = 11;

/// The label text of a connection in the given mode ("" when there is nothing to show).
QString connectionLabel(const Connection &connection, ConnectionLabelMode mode);
/// The label's size for `text` (padding included); empty for no text.
QSizeF labelSize(const DiagramTheme &theme, const QString &text);
/// Radius of the rounded corners of an orthogonal route.
constexpr qreal kCornerRadius = 10;
/**
 * The outline a route is stroked along: right angles with rounded corners (orthogonal),
 * smoothed through the bends (curved), or straight pieces. With a non-null `clip`, pieces
 * entirely outside it are left out (a long route crossing the view is mostly off screen).
 */
QPainterPath connectionPath(const QPolygonF &route, ConnectionStyle style, const QRectF &clip = {});

/// The card fill of the heat view: green (0, nothing else is lost) to red (1, the largest blast radius
/// of the design). The heat legend draws its scale with the same colours.
QColor heatColour(const DiagramTheme &theme, double heat);

/// Marks what a simulated failure takes down itself (a component, or the zone, region or cloud that fails):
/// a red frame and hatching over `shape`, so the cause stands apart from what is only cut off (greyed).
void paintFailureMark(QPainter *painter, const QPainterPath &shape, qreal lod);

/// The largest bold pixel size at which `name` fits the zoomed-out caption box of a card.
int captionPixelSize(const DiagramTheme &theme, const QString &name, QSizeF cardSize);
/// Where the name goes when zoomed out (no icon, no facts).
inline QRectF captionRect(QSizeF cardSize) { return QRectF(QPointF(), cardSize).adjusted(10, 4, -6, -4); }

/// Paints a zone in its own coordinates (top-left at 0,0). `lod` is the scale on the device.
void paintZone(QPainter *painter, const DiagramContext &context, const Zone &zone, QSizeF size,
               const ItemLook &look, qreal lod);
/// Paints a component card in its own coordinates. `captionPixels` from captionPixelSize().
void paintComponent(QPainter *painter, const DiagramContext &context, const Component &component, QSizeF size,
                    const ItemLook &look, qreal lod, int captionPixels);
/// Paints a label box with its text (what paintConnection draws, and the exports draw on top of every line).
void paintConnectionLabel(QPainter *painter, const DiagramTheme &theme, const QString &text, const QRectF &rect,
                          const QColor &frame);
/// Paints a connection in scene coordinates; only the part inside `visible` is stroked.
void paintConnection(QPainter *painter, const DiagramContext &context, const ConnectionGeometry &geometry,
                     bool async, const ItemLook &look, qreal lod, const QRectF &visible);

} // namespace DiagramPainter
} // namespace sd
