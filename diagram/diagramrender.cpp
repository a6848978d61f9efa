// SPDX-License-Identifier: MIT
#include "diagramrender.h"

#include "catalog.h"
#include "design.h"
#include "diagramstyle.h"
#include "notepainter.h"
#include "routing.h"

#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

QSizeF sizeOf(const Catalog &catalog, const QString &kind, QSizeF stored)
{
    if (!stored.isEmpty())
        return stored;
    const KindSpec *spec = catalog.kind(kind);
    return spec ? spec->defaultSize : QSizeF(180, 72);
}

} // namespace

std::optional<DiagramFormat> diagramFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return DiagramFormat::Png;
    if (n == QLatin1String("svg"))
        return DiagramFormat::Svg;
    if (n == QLatin1String("pdf"))
        return DiagramFormat::Pdf;
    return std::nullopt;
}

QString diagramFormatName(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Png: return QStringLiteral("png");
    case DiagramFormat::Svg: return QStringLiteral("svg");
    case DiagramFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

DiagramRenderer::DiagramRenderer(const Design &design, const Catalog &catalog, DiagramTheme theme, DiagramOptions options)
    : m_design(design), m_catalog(catalog), m_theme(std::move(theme)), m_options(std::move(options))
{
    // What to draw: everything, or the selection with the contents of selected zones.
    QSet<QString> chosen;
    const bool all = m_options.only.isEmpty();
    if (!all) {
        for (const QString &id : m_options.only)
            chosen.insert(id);
        for (const Zone &z : design.zones())
            for (const QString &id : m_options.only)
                if (design.zone(id) && design.isInsideZone(z.id, id))
                    chosen.insert(z.id);
        for (const Component &c : design.components())
            for (const QString &id : m_options.only)
                if (!c.zone.isEmpty() && design.zone(id) && design.isInsideZone(c.zone, id))
                    chosen.insert(c.id);
        for (const Note &n : design.notes())
            for (const QString &id : m_options.only)
                if (!n.zone.isEmpty() && design.zone(id) && design.isInsideZone(n.zone, id))
                    chosen.insert(n.id);
    }
    QRectF bounds;
    for (const Zone &z : design.zones()) {
        if (!all && !chosen.contains(z.id))
            continue;
        m_zones.push_back(z.id);
        bounds = bounds.united(QRectF(design.scenePosition(z.id), sizeOf(catalog, z.kind, z.size)));
    }
    // Outer zones first; siblings in their stacking order, as the canvas draws them.
    std::stable_sort(m_zones.begin(), m_zones.end(), [&](const QString &a, const QString &b) {
        const int da = design.zoneDepth(a), db = design.zoneDepth(b);
        return da != db ? da < db : design.zone(a)->zOrder < design.zone(b)->zOrder;
    });
    ConnectionRouter router;
    router.setStyleOverride(m_options.style);
    for (const QString &id : m_zones) {
        const Zone *z = design.zone(id);
        router.setHeader(id, QRectF(design.scenePosition(id),
                                    QSizeF(sizeOf(catalog, z->kind, z->size).width(), DiagramStyle::kZoneTitleHeight)));
    }
    QSet<QString> drawn;
    for (const Component &c : design.components()) {
        if (!all && !chosen.contains(c.id))
            continue;
        m_components.push_back(c.id);
        const QRectF r(design.scenePosition(c.id), sizeOf(catalog, c.kind, c.size));
        router.setCard(c.id, r);
        drawn.insert(c.id);
        bounds = bounds.united(r);
    }
    std::stable_sort(m_components.begin(), m_components.end(), [&](const QString &a, const QString &b) {
        return design.component(a)->zOrder < design.component(b)->zOrder;
    });
    for (const Note &n : design.notes()) {
        if (!all && !chosen.contains(n.id))
            continue;
        m_notes.push_back(n.id);
        bounds = bounds.united(QRectF(design.scenePosition(n.id), NotePainter::drawnSize(m_theme, n)));
    }
    for (const Connection &c : design.connections()) {
        if (!drawn.contains(c.from) || !drawn.contains(c.to))
            continue;
        PlacedConnection placed;
        placed.id = c.id;
        placed.async = c.mode == ConnectionMode::Async;
        placed.geometry.label = DiagramPainter::connectionLabel(c, m_options.labels);
        m_connections.push_back(placed);
        router.setConnection(c.id, c.from, c.to, c.waypoints, c.style,
                             DiagramPainter::labelSize(m_theme, placed.geometry.label));
    }
    router.update();
    for (PlacedConnection &placed : m_connections) {
        const RoutedConnection *routed = router.route(placed.id);
        placed.geometry.route = QPolygonF(routed->points);
        placed.geometry.style = routed->style;
        placed.geometry.labelRect = routed->labelRect;
        bounds = bounds.united(routeBounds(routed->points)).united(routed->labelRect);
    }
    if (bounds.isNull())
        bounds = QRectF(0, 0, 1, 1);
    const qreal m = std::max<qreal>(0, m_options.margin);
    m_sceneRect = bounds.adjusted(-m, -m, m, m);
}

void DiagramRenderer::paint(QPainter *painter, const QRectF &target) const
{
    const QRectF source = m_sceneRect;
    const qreal scale = std::min(target.width() / source.width(), target.height() / source.height());
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // The SVG generator writes the current font on every element: make it the real family.
    painter->setFont(m_theme.font(DiagramPainter::kLabelPixelSize));
    // Centred in the target, as QGraphicsScene::render did.
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-source.center());
    if (!m_options.transparent)
        painter->fillRect(source, m_theme.base);
    // A picture always shows full detail: the zoomed-out simplifications are for the screen.
    const qreal lod = std::max<qreal>(1, scale);
    if (m_options.grid) {
        painter->setPen(QPen(DiagramStyle::mixed(m_theme.text, m_theme.base, 0.18), 1.5));
        const qreal g = DiagramStyle::kGrid;
        QVector<QPointF> points;
        for (qreal x = std::ceil(source.left() / g) * g; x < source.right(); x += g)
            for (qreal y = std::ceil(source.top() / g) * g; y < source.bottom(); y += g)
                points.append(QPointF(x, y));
        painter->drawPoints(points.constData(), int(points.size()));
    }
    const DiagramContext context{m_design, m_catalog, m_theme, m_icons};
    const ItemLook look;
    for (const QString &id : m_zones) {
        const Zone *z = m_design.zone(id);
        painter->save();
        painter->translate(m_design.scenePosition(id));
        DiagramPainter::paintZone(painter, context, *z, sizeOf(m_catalog, z->kind, z->size), look, lod);
        painter->restore();
    }
    for (const QString &id : m_components) {
        const Component *c = m_design.component(id);
        const QSizeF size = sizeOf(m_catalog, c->kind, c->size);
        painter->save();
        painter->translate(m_design.scenePosition(id));
        DiagramPainter::paintComponent(painter, context, *c, size, look, lod,
                                       DiagramPainter::captionPixelSize(m_theme, c->name, size));
        painter->restore();
    }
    // Lines first, then every label: a label covers lines, never the other way round.
    for (const PlacedConnection &c : m_connections) {
        ConnectionGeometry line = c.geometry;
        line.labelRect = QRectF();
        DiagramPainter::paintConnection(painter, context, line, c.async, look, lod, source);
    }
    for (const PlacedConnection &c : m_connections)
        if (!c.geometry.labelRect.isNull())
            DiagramPainter::paintConnectionLabel(painter, m_theme, c.geometry.label, c.geometry.labelRect,
                                                 DiagramStyle::mixed(m_theme.text, m_theme.base, 0.6));
    for (const QString &id : m_notes) {
        const Note *n = m_design.note(id);
        painter->save();
        painter->translate(m_design.scenePosition(id));
        NotePainter::paintNote(painter, m_theme, *n, NotePainter::drawnSize(m_theme, *n), false);
        painter->restore();
    }
    painter->restore();
}

void DiagramRenderer::paintPages(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      m_sceneRect.width() > m_sceneRect.height() ? QPageLayout::Landscape
                                                                                 : QPageLayout::Portrait,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter(device);
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    paint(&painter, QRectF(QPointF(), page.size()));
    painter.end();
}

QByteArray DiagramRenderer::render(DiagramFormat format, QString *error) const
{
    switch (format) {
    case DiagramFormat::Png: return renderPng(error);
    case DiagramFormat::Svg: return renderSvg(error);
    case DiagramFormat::Pdf: return renderPdf(error);
    }
    return {};
}

QByteArray DiagramRenderer::renderPng(QString *error) const
{
    const qreal scale = m_options.scale;
    const QSize size = (m_sceneRect.size() * scale).toSize();
    if (scale <= 0 || size.isEmpty() || qreal(size.width()) * size.height() > kMaxPixels) {
        *error = QCoreApplication::translate("Diagram", "At scale %1 the image would be %2 × %3 pixels; choose a smaller scale.")
                     .arg(scale).arg(size.width()).arg(size.height());
        return {};
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(), size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QCoreApplication::translate("Diagram", "The PNG image could not be encoded.");
        return {};
    }
    return bytes;
}

QByteArray DiagramRenderer::renderSvg(QString *) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_sceneRect.size().toSize());
    generator.setViewBox(QRectF(QPointF(), m_sceneRect.size()));
    generator.setTitle(m_design.name);
    generator.setDescription(m_design.description);
    QPainter painter(&generator);
    painter.setFont(m_theme.font(DiagramPainter::kLabelPixelSize)); // also the state after paint() restores
    paint(&painter, QRectF(QPointF(), m_sceneRect.size()));
    painter.end();
    buffer.close();
    // QSvgGenerator names the one family it drew with; a viewer without it should fall back
    // to a sans-serif face rather than to its default serif.
    QString svg = QString::fromUtf8(bytes);
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    svg.replace(family, QStringLiteral("font-family=\"'\\1', sans-serif\""));
    return svg.toUtf8();
}

QByteArray DiagramRenderer::renderPdf(QString *) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_design.name);
        writer.setCreator(QStringLiteral("Stackdraft"));
        paintPages(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace sd
