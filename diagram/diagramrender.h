// SPDX-License-Identifier: MIT
#pragma once

#include "diagrampainter.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace sd {

/// Options of a picture of the whole design (or of a selection), the same for the studio and the CLI.
struct DiagramOptions {
    qreal margin = 30;          ///< scene units around the drawn items
    bool transparent = false;   ///< no background fill (PNG and SVG)
    bool grid = false;          ///< the canvas's dot grid behind the items
    QStringList only;           ///< component, zone and note ids to draw (a zone brings its contents); empty = all
    ConnectionLabelMode labels = ConnectionLabelMode::UserLabel;
    std::optional<ConnectionStyle> style; ///< every connection in this style; each in its own when unset
    qreal scale = 1;            ///< PNG pixels per scene unit
};

enum class DiagramFormat { Png, Svg, Pdf };

/// "png", "svg", "pdf" (case-insensitive); nullopt for anything else.
std::optional<DiagramFormat> diagramFormatFromName(const QString &name);
QString diagramFormatName(DiagramFormat format);

/// Where a connection's label sits and what it says, after collision avoidance.
struct PlacedConnection {
    QString id;
    ConnectionGeometry geometry;
    bool async = false;
};

/**
 * Paints a design with the canvas's painting functions, without a scene: what the image,
 * SVG and PDF exports, printing and `stackdraft-cli export diagram` draw. Items are drawn in
 * scene coordinates (zones by depth, then cards, then connections with their labels, then the
 * text notes on top, so that no line hides what a note says).
 * Connections are routed by the ConnectionRouter the canvas uses, labels placed along their
 * route clear of cards and of one another.
 */
class DiagramRenderer
{
public:
    DiagramRenderer(const Design &design, const Catalog &catalog, DiagramTheme theme, DiagramOptions options);

    /// The drawn items' bounds plus the margin, in scene coordinates.
    QRectF sceneRect() const { return m_sceneRect; }
    /// True when there is nothing to draw (an empty design, or a selection of nothing).
    bool isEmpty() const { return m_zones.empty() && m_components.empty() && m_notes.empty(); }
    const std::vector<PlacedConnection> &connections() const { return m_connections; }

    /// Paints sceneRect() into `target` (device coordinates of the painter), keeping the aspect ratio.
    void paint(QPainter *painter, const QRectF &target) const;

    /// The picture as a file's bytes; empty with `error` set when it cannot be made.
    QByteArray render(DiagramFormat format, QString *error) const;
    /// Paints onto a PDF writer or printer: the page in the diagram's orientation, the diagram fit to it.
    void paintPages(QPagedPaintDevice *device) const;

    /// The largest image export allowed, in pixels.
    static constexpr qreal kMaxPixels = 400e6;

private:
    QByteArray renderPng(QString *error) const;
    QByteArray renderSvg(QString *error) const;
    QByteArray renderPdf(QString *error) const;

    const Design &m_design;
    const Catalog &m_catalog;
    DiagramTheme m_theme;
    DiagramOptions m_options;
    mutable IconCache m_icons;
    std::vector<QString> m_zones;      ///< by depth, parents first
    std::vector<QString> m_components;
    std::vector<QString> m_notes;
    std::vector<PlacedConnection> m_connections;
    QRectF m_sceneRect;
};

} // namespace sd
