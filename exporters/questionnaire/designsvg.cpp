// SPDX-License-Identifier: MIT
// The design as an SVG drawing, written as text: zones as labelled frames, components as
// boxes, connections as arrows between box centres (dashed when asynchronous).
#include "questionnaireexporter.h"

#include "catalog.h"

#include <QRectF>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

QString xml(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString num(double value) { return QString::number(std::round(value * 10) / 10, 'g', 10); }

QString shorten(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

/// Frame colours by zone role, box colours by palette category.
QString zoneStroke(const KindSpec *kind)
{
    if (!kind)
        return QStringLiteral("#8a94a6");
    if (kind->hasRole(QStringLiteral("cloud")))
        return QStringLiteral("#3b6ea5");
    if (kind->hasRole(QStringLiteral("region")))
        return QStringLiteral("#4f8a5b");
    if (kind->hasRole(QStringLiteral("availability-zone")))
        return QStringLiteral("#b07a1f");
    return QStringLiteral("#7a6aa8");
}

QString categoryColour(const QString &category)
{
    static const std::pair<const char *, const char *> colours[] = {
        {"traffic", "#5b6b8c"}, {"edge", "#2f7d9a"},  {"compute", "#3d7a3d"}, {"data", "#a0522d"},
        {"observability", "#6b5b95"}, {"security", "#9b2d48"}, {"third-party", "#7a7a2f"}};
    for (const auto &[id, colour] : colours)
        if (category == QLatin1String(id))
            return QLatin1String(colour);
    return QStringLiteral("#555555");
}

/// Where a line from the centre of `box` towards `target` leaves the box.
QPointF borderPoint(const QRectF &box, QPointF target)
{
    const QPointF c = box.center();
    const double dx = target.x() - c.x(), dy = target.y() - c.y();
    if (dx == 0 && dy == 0)
        return c;
    const double sx = dx != 0 ? (box.width() / 2) / std::abs(dx) : 1e9;
    const double sy = dy != 0 ? (box.height() / 2) / std::abs(dy) : 1e9;
    const double s = std::min(sx, sy);
    return {c.x() + dx * s, c.y() + dy * s};
}

} // namespace

QString designDiagramSvg(const Design &design, const Catalog &catalog)
{
    auto sizeOf = [&](const QString &kindId, QSizeF stored) {
        if (!stored.isEmpty())
            return stored;
        const KindSpec *kind = catalog.kind(kindId);
        return kind && !kind->defaultSize.isEmpty() ? kind->defaultSize : QSizeF(180, 72);
    };
    std::map<QString, QRectF> boxes;
    QRectF bounds;
    for (const Zone &z : design.zones()) {
        const QRectF r(design.scenePosition(z.id), sizeOf(z.kind, z.size));
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    for (const Component &c : design.components()) {
        const QRectF r(design.scenePosition(c.id), sizeOf(c.kind, c.size));
        boxes.emplace(c.id, r);
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    if (bounds.isNull())
        bounds = QRectF(0, 0, 400, 100);
    bounds.adjust(-20, -20, 20, 20);

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" "
                          "viewBox=\"%1 %2 %3 %4\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" "
                          "font-family=\"Helvetica, Arial, sans-serif\">\n")
               .arg(num(bounds.x()), num(bounds.y()), num(bounds.width()), num(bounds.height()));
    svg += QStringLiteral("<title>%1</title>\n").arg(xml(design.name));
    svg += QStringLiteral("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                          "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444444\"/>"
                          "</marker></defs>\n");

    // Outer zones first so that inner ones are drawn on top.
    std::vector<const Zone *> zones;
    for (const Zone &z : design.zones())
        zones.push_back(&z);
    std::stable_sort(zones.begin(), zones.end(),
                     [&](const Zone *a, const Zone *b) { return design.zoneDepth(a->id) < design.zoneDepth(b->id); });
    for (const Zone *z : zones) {
        const QRectF r(design.scenePosition(z->id), sizeOf(z->kind, z->size));
        const KindSpec *kind = catalog.kind(z->kind);
        const bool dashed = kind && kind->hasRole(QStringLiteral("availability-zone"));
        svg += QStringLiteral("<g class=\"zone\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"10\" fill=\"%5\" "
                              "fill-opacity=\"0.06\" stroke=\"%5\" stroke-width=\"2\"%6/>"
                              "<text x=\"%7\" y=\"%8\" font-size=\"16\" font-weight=\"bold\" fill=\"%5\">%9</text></g>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), zoneStroke(kind),
                        dashed ? QStringLiteral(" stroke-dasharray=\"8 5\"") : QString(), num(r.x() + 12), num(r.y() + 22),
                        xml(shorten(z->name.isEmpty() ? z->id : z->name, std::max(8, int(r.width() / 9)))));
    }
    for (const Connection &c : design.connections()) {
        const auto from = boxes.find(c.from), to = boxes.find(c.to);
        if (from == boxes.end() || to == boxes.end())
            continue;
        const QPointF a = borderPoint(from->second, to->second.center());
        const QPointF b = borderPoint(to->second, from->second.center());
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#444444\" stroke-width=\"1.5\"%5 "
                              "marker-end=\"url(#arrow)\"/>\n")
                   .arg(num(a.x()), num(a.y()), num(b.x()), num(b.y()),
                        c.mode == ConnectionMode::Async ? QStringLiteral(" stroke-dasharray=\"6 4\"") : QString());
    }
    for (const Component &c : design.components()) {
        const QRectF &r = boxes.at(c.id);
        const KindSpec *kind = catalog.kind(c.kind);
        const QString colour = categoryColour(kind ? kind->category : QString());
        const int chars = std::max(6, int(r.width() / 8.5));
        svg += QStringLiteral("<g class=\"component\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"#ffffff\" "
                              "stroke=\"%5\" stroke-width=\"2.5\"/>"
                              "<text x=\"%6\" y=\"%7\" font-size=\"15\" text-anchor=\"middle\" fill=\"#111111\">%8</text>"
                              "<text x=\"%6\" y=\"%9\" font-size=\"12\" text-anchor=\"middle\" fill=\"%5\">%10</text></g>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), colour, num(r.center().x()),
                        num(r.center().y() - 2), xml(shorten(c.name.isEmpty() ? c.id : c.name, chars)),
                        num(r.center().y() + 16), xml(shorten(kind ? kind->displayName : c.kind, chars + 2)));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace sd
