// SPDX-License-Identifier: MIT
#include "diagrampainter.h"

#include "catalog.h"
#include "design.h"
#include "diagramstyle.h"
#include "placement.h"
#include "textlines.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>

namespace sd {

namespace {

/// Severity colours of the findings badge: info, warning, error.
QColor severityColour(int severity)
{
    static const QColor colours[3] = {QColor(0x2E, 0x86, 0xDE), QColor(0xE6, 0x9A, 0x00), QColor(0xD6, 0x30, 0x31)};
    return colours[std::clamp(severity, 0, 2)];
}

/// The findings outline and badge (worst open severity, count); `scale` grows them zoomed out.
void paintFindingMarks(QPainter *painter, const DiagramTheme &theme, QSizeF size, const ItemLook &look, qreal scale)
{
    // An outline in the worst open severity's colour (errors and warnings: info is no alarm),
    // and a badge on the top-right corner with that colour and the count.
    if (look.badgeSeverity < 0 || look.badgeCount <= 0)
        return;
    const QRectF rect(QPointF(), size);
    if (look.badgeSeverity >= 1) {
        painter->setPen(QPen(severityColour(look.badgeSeverity), std::min(2.0 * scale, 3.0)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 10, 10);
    }
    const QSizeF badgeSize(20 * scale, 18 * scale);
    const QRectF badge(QPointF(size.width() - badgeSize.width() - 2, -badgeSize.height() / 2), badgeSize);
    painter->setPen(QPen(theme.base, 1.5 * scale));
    painter->setBrush(severityColour(look.badgeSeverity));
    painter->drawRoundedRect(badge, badgeSize.height() / 2, badgeSize.height() / 2);
    painter->setFont(theme.font(qRound(11 * scale), true));
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, QString::number(look.badgeCount));
}

} // namespace

// --- theme and icons --------------------------------------------------------------

DiagramTheme DiagramTheme::fromPalette(const QPalette &palette, const QFont &font)
{
    DiagramTheme theme;
    theme.base = palette.color(QPalette::Base);
    theme.text = palette.color(QPalette::Text);
    theme.disabledText = palette.color(QPalette::Disabled, QPalette::Text);
    theme.disabledWindow = palette.color(QPalette::Disabled, QPalette::Window);
    theme.disabledWindowText = palette.color(QPalette::Disabled, QPalette::WindowText);
    theme.highlight = palette.color(QPalette::Highlight);
    theme.dark = DiagramStyle::isDark(palette);
    theme.background = DiagramStyle::canvasBackground(palette);
    theme.fontFamily = QFontInfo(font).family(); // the family actually used, not a wish
    return theme;
}

DiagramTheme DiagramTheme::light()
{
    DiagramTheme theme;
    theme.base = Qt::white;
    theme.text = QColor(0x1E, 0x25, 0x2D);
    theme.disabledText = QColor(0x9A, 0xA1, 0xA9);
    theme.disabledWindow = QColor(0xE4, 0xE6, 0xE9);
    theme.disabledWindowText = QColor(0x9A, 0xA1, 0xA9);
    theme.highlight = QColor(0x30, 0x8C, 0xC6);
    theme.dark = false;
    theme.background = QColor(0xFA, 0xFA, 0xFA);
    QFont sans(QStringLiteral("sans-serif"));
    sans.setStyleHint(QFont::SansSerif);
    theme.fontFamily = QFontInfo(sans).family();
    return theme;
}

QFont DiagramTheme::font(qreal pixelSize, bool bold) const
{
    QFont f(fontFamily);
    f.setStyleHint(QFont::SansSerif);
    // Pixel sizes, never point sizes: a point size is resolved for the device's resolution
    // and then scaled again by the painter's transform, which made the text of a 1200 dpi
    // PDF sixteen times too large (clipped away or drawn outside its box).
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

IconCache::IconCache() = default;

IconCache::~IconCache()
{
    qDeleteAll(m_renderers);
}

QSvgRenderer *IconCache::renderer(const Catalog &catalog, const QString &kindId)
{
    auto it = m_renderers.find(kindId);
    if (it != m_renderers.end())
        return it.value();
    const KindSpec *kind = catalog.kind(kindId);
    QSvgRenderer *renderer = kind ? new QSvgRenderer(kind->icon) : nullptr;
    if (renderer && !renderer->isValid()) {
        delete renderer;
        renderer = nullptr;
    }
    m_renderers.insert(kindId, renderer);
    return renderer;
}

namespace DiagramPainter {

// --- geometry ---------------------------------------------------------------------

QString connectionLabel(const Connection &c, ConnectionLabelMode mode)
{
    if (mode == ConnectionLabelMode::UserLabel && !c.label.trimmed().isEmpty())
        return c.label.trimmed();
    QString label = c.protocol;
    if (c.port > 0)
        label += (label.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(c.port);
    return label;
}

QSizeF labelSize(const DiagramTheme &theme, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QFontMetricsF(theme.font(kLabelPixelSize)).size(0, text) + QSizeF(10, 4);
}

QPainterPath connectionPath(const QPolygonF &route, ConnectionStyle style, const QRectF &clip)
{
    QPainterPath path;
    const qsizetype n = route.size();
    if (n < 2)
        return path;
    path.moveTo(route[0]);
    if (style == ConnectionStyle::Curved && n > 2) {
        // Through the middles of the route's runs, with its bends as control points: the
        // curve leaves and enters the cards the way the orthogonal route does.
        for (qsizetype i = 1; i + 1 < n; ++i)
            path.quadTo(route[i], i + 2 == n ? route[i + 1] : (route[i] + route[i + 1]) / 2);
        return path;
    }
    if (style == ConnectionStyle::Straight || n == 2) {
        for (qsizetype i = 1; i < n; ++i)
            path.lineTo(route[i]);
        return path;
    }
    auto unit = [](QPointF from, QPointF to) {
        const qreal length = QLineF(from, to).length();
        return length > 0 ? (to - from) / length : QPointF();
    };
    // Each run up to where its corner begins, then the corner as a quarter curve.
    QPointF cursor = route[0];
    for (qsizetype i = 1; i < n; ++i) {
        const QPointF a = route[i - 1], b = route[i];
        QPointF end = b, cornerEnd = b;
        if (i + 1 < n) {
            const QPointF c = route[i + 1];
            const qreal r = std::min({kCornerRadius, QLineF(a, b).length() / 2, QLineF(b, c).length() / 2});
            end = b - unit(a, b) * r;
            cornerEnd = b + unit(b, c) * r;
        }
        const bool shown = clip.isNull() || QRectF(cursor, cornerEnd).normalized().united(QRectF(end, end))
                                                   .adjusted(-1, -1, 1, 1).intersects(clip);
        if (shown) {
            if (path.currentPosition() != cursor)
                path.moveTo(cursor);
            path.lineTo(end);
            if (i + 1 < n)
                path.quadTo(b, cornerEnd);
        }
        cursor = cornerEnd;
    }
    return path;
}

int captionPixelSize(const DiagramTheme &theme, const QString &name, QSizeF cardSize)
{
    // The zoomed-out caption is sized in scene units, so the largest font whose wrapped
    // name fits the card is found once per rename, not on every paint.
    const QRectF box = captionRect(cardSize);
    for (int px = int(cardSize.height() * 0.34); px > 12; px -= 2) {
        const QRectF needed = QFontMetricsF(theme.font(px, true)).boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, name);
        if (needed.width() <= box.width() && needed.height() <= box.height())
            return px;
    }
    return 12;
}

// --- zones ------------------------------------------------------------------------

void paintZone(QPainter *painter, const DiagramContext &context, const Zone &z, QSizeF size, const ItemLook &look, qreal lod)
{
    const DiagramTheme &theme = context.theme;
    const QRectF rect(QPointF(), size);
    const Placement place = placementOf(context.design, context.catalog, z.id);
    const QColor accent = z.kind == QLatin1String("kubernetes-cluster") ? QColor(0x32, 0x6C, 0xE5)
                          : z.kind == QLatin1String("datacenter")       ? QColor(0x6C, 0x7A, 0x89)
                                                                        : DiagramStyle::providerColour(place.provider);

    QColor fill = accent;
    fill.setAlpha(theme.dark ? 26 : 16);
    Qt::PenStyle style = Qt::SolidLine;
    qreal width = 1.5;
    if (z.kind == QLatin1String("availability-zone"))
        style = Qt::DashLine;
    else if (z.kind == QLatin1String("network") || z.kind == QLatin1String("subnet"))
        style = Qt::DotLine;
    else if (z.kind == QLatin1String("cloud"))
        width = 2.5;
    QPen pen(look.selected ? theme.highlight : accent, look.selected ? width + 1 : width, style);
    pen.setCosmetic(lod < 1);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 6, 6);

    if (lod * DiagramStyle::kZoneTitleHeight >= 7) {
        // Title bar: icon, name and the placement facts (provider, region, zone name).
        const QRectF title(8, 4, size.width() - 16, DiagramStyle::kZoneTitleHeight - 8);
        if (QSvgRenderer *icon = context.icons.renderer(context.catalog, z.kind))
            icon->render(painter, QRectF(title.left(), title.top(), title.height(), title.height()));
        QStringList facts;
        for (const char *key : {"provider", "region", "zone", "cidr", "location"}) {
            const QString v = z.properties.value(QString::fromLatin1(key)).toString();
            if (!v.isEmpty() && v != z.name)
                facts << v;
        }
        // Zoomed out, the title grows (up to the bar's height) so zones stay named.
        const QFont font = theme.font(std::clamp(int(9 / lod), 13, int(DiagramStyle::kZoneTitleHeight) - 6), true);
        painter->setFont(font);
        painter->setPen(theme.dark ? accent.lighter(140) : accent.darker(150));
        const QRectF textRect = title.adjusted(title.height() + 6, 0, 0, 0);
        QString text = z.name;
        if (!facts.isEmpty())
            text += QStringLiteral("  ·  ") + facts.join(QStringLiteral(" · "));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(text, Qt::ElideRight, textRect.width()));
    }
    if (look.selected) {
        painter->setPen(QPen(theme.highlight, 1.5));
        painter->setBrush(theme.base);
        for (QPointF c : {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()})
            painter->drawEllipse(c, DiagramStyle::kHandleRadius - 1, DiagramStyle::kHandleRadius - 1);
    }
}

// --- components -------------------------------------------------------------------

void paintFailureMark(QPainter *painter, const QPainterPath &shape, qreal lod)
{
    static const QColor red(0xD9, 0x30, 0x25);
    painter->save();
    QColor hatch = red;
    hatch.setAlpha(70);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QBrush(hatch, Qt::BDiagPattern)); // a device-pixel pattern: the same at every zoom
    painter->drawPath(shape);
    QPen frame(red, 3);
    frame.setCosmetic(lod < 1); // stays visible when the whole design is in view
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);
    painter->restore();
}

QColor heatColour(const DiagramTheme &theme, double heat)
{
    const double h = std::clamp(heat, 0.0, 1.0);
    return QColor::fromHsvF(float(0.33 * (1.0 - h)), float(0.25 + 0.5 * h), theme.dark ? 0.45f : 0.98f);
}

void paintComponent(QPainter *painter, const DiagramContext &context, const Component &c, QSizeF size,
                    const ItemLook &look, qreal lod, int captionPixels)
{
    const DiagramTheme &theme = context.theme;
    const Catalog &catalog = context.catalog;
    const QRectF rect(QPointF(), size);
    const KindSpec *kind = catalog.kind(c.kind);
    const QColor accent = DiagramStyle::categoryColour(catalog, kind ? kind->category : QString());

    QColor card = theme.base;
    if (look.heat >= 0)
        card = heatColour(theme, look.heat);
    if (look.lost)
        card = theme.disabledWindow;

    if (lod < kCaptionLod) {
        // Far away: a coloured block is all the eye can use, and it is cheap.
        painter->setPen(Qt::NoPen);
        // The heat view and a simulated failure recolour the block, as they do the card.
        painter->setBrush(look.selected ? theme.highlight : (look.lost || look.heat >= 0 ? card : accent));
        painter->drawRect(rect);
        return;
    }
    if (lod < 0.55) {
        // Zoomed out to see a whole design: the name alone, large enough to read,
        // on the category colour; kind and facts would only be noise at this size.
        painter->setPen(look.selected ? QPen(theme.highlight, 3 / lod) : Qt::NoPen);
        // The heat view and a simulated failure recolour the card; otherwise the category does.
        const bool recoloured = look.lost || look.heat >= 0;
        painter->setBrush(recoloured ? card : accent);
        painter->drawRoundedRect(rect, kCardRadius, kCardRadius);
        painter->setFont(theme.font(captionPixels, true));
        painter->setPen(look.lost ? theme.disabledText : recoloured ? theme.text : QColor(Qt::white));
        painter->drawText(captionRect(size), Qt::AlignCenter | Qt::TextWordWrap, c.name);
        paintFindingMarks(painter, theme, size, look, std::min(2.0, 0.6 / lod)); // findings must stay visible from afar
        return;
    }

    QPen border(look.selected ? theme.highlight : accent, look.selected ? 2.5 : 1.5);
    if (look.lost)
        border = QPen(theme.disabledWindowText, 1.5, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(card);
    painter->drawRoundedRect(rect, kCardRadius, kCardRadius);
    // The category stripe on the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(look.lost ? border.color() : accent);
    painter->drawRoundedRect(QRectF(0, 0, 6, size.height()), 3, 3);

    const qreal iconSize = std::min<qreal>(36, size.height() - 16);
    const QRectF iconRect(14, (size.height() - iconSize) / 2, iconSize, iconSize);
    if (QSvgRenderer *icon = context.icons.renderer(catalog, c.kind)) {
        if (look.lost)
            painter->setOpacity(0.35);
        icon->render(painter, iconRect);
        painter->setOpacity(1);
    }

    const qreal left = iconRect.right() + 10;
    const qreal width = size.width() - left - 8;
    const QFont smallFont = theme.font(11);
    const QColor text = look.lost ? theme.disabledText : theme.text;
    const QColor muted = DiagramStyle::mixed(text, card, 0.65);
    const QString facts = kind ? DiagramStyle::componentFacts(c, *kind, catalog) : QString();
    const QFontMetricsF smallMetrics(smallFont);
    const qreal lineH = smallMetrics.height();
    const qreal room = size.height() - 8 - lineH - (facts.isEmpty() ? 0 : lineH);
    // "User Authentication" reads better on two lines than as "User Authent…"; a name that
    // does not fit on two lines gets a slightly smaller font before it is elided.
    QFont nameFont = theme.font(13, true);
    QStringList nameLines;
    for (int px = 13; px >= 10; --px) {
        nameFont = theme.font(px, true);
        const QFontMetricsF metrics(nameFont);
        nameLines = wordLines(c.name, metrics, width, std::clamp(int(room / metrics.height()), 1, 2));
        if (std::all_of(nameLines.cbegin(), nameLines.cend(),
                        [&](const QString &line) { return metrics.horizontalAdvance(line) <= width; }))
            break;
    }
    const QFontMetricsF nameMetrics(nameFont);
    const qreal nameH = nameMetrics.height();
    for (QString &line : nameLines)
        line = nameMetrics.elidedText(line, Qt::ElideRight, width);
    qreal y = (size.height() - nameH * nameLines.size() - lineH - (facts.isEmpty() ? 0 : lineH)) / 2;
    painter->setFont(nameFont);
    painter->setPen(text);
    for (const QString &line : nameLines) {
        painter->drawText(QRectF(left, y, width, nameH), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += nameH;
    }
    painter->setFont(smallFont);
    painter->setPen(muted);
    painter->drawText(QRectF(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(kind ? kind->displayText() : c.kind, Qt::ElideRight, width));
    if (!facts.isEmpty()) {
        y += lineH;
        painter->drawText(QRectF(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(facts, Qt::ElideRight, width));
    }
    if (c.pinned) {
        painter->setPen(QPen(muted, 1.2));
        painter->setBrush(muted);
        painter->drawEllipse(QPointF(size.width() - 10, size.height() - 10), 2.5, 2.5);
    }

    paintFindingMarks(painter, theme, size, look, 1);
}

// --- connections ------------------------------------------------------------------

void paintConnection(QPainter *painter, const DiagramContext &context, const ConnectionGeometry &g, bool async,
                     const ItemLook &look, qreal lod, const QRectF &visible)
{
    const QPolygonF &route = g.route;
    if (route.size() < 2 || route.boundingRect().width() + route.boundingRect().height() < 1)
        return;
    const DiagramTheme &theme = context.theme;
    const QColor ink = look.lost ? theme.disabledText : theme.text;
    if (lod < 0.35) {
        // Far away: a hairline, no arrowhead, no label; fainter the further out, so that
        // thousands of lines do not paint the design black.
        const QColor colour = look.selected ? theme.highlight
                                            : DiagramStyle::mixed(ink, theme.background, std::clamp(lod * 1.6, 0.08, 0.45));
        // Unantialiased: at zoom-to-fit thousands of them are on screen and aliased hairlines
        // stroke about four times faster; faint as they are, the steps do not show.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, 0));
        painter->drawPolyline(route);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    const QColor colour = look.selected ? theme.highlight
                          : look.lost   ? ink
                                        : DiagramStyle::mixed(ink, theme.background, 0.6);
    // Up to 100 % a one-pixel cosmetic pen: Qt strokes those with its fast line drawer, wider
    // ones as outlines, several times slower with a thousand lines crossing the view. Flat caps:
    // the arrowhead covers the callee's end, and round caps made every line a curved outline.
    const qreal width = look.selected ? 2.2 : lod <= 1 ? 1 : 1.4;
    QPen pen(colour, width, async ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(!look.selected && lod <= 1);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Only the stretches on screen are stroked: at 100 % a long connection runs for thousands
    // of pixels outside the view, and the raster engine strokes all of them before clipping.
    painter->drawPath(connectionPath(route, g.style, visible.adjusted(-4, -4, 4, 4)));
    // Arrowhead at the callee, along the last run.
    const QLineF last(route[route.size() - 2], route.last());
    const qreal angle = qDegreesToRadians(last.angle());
    const QPointF tip = route.last();
    const qreal size = 9;
    const QPointF left = tip + QPointF(-std::cos(angle - M_PI / 7) * size, std::sin(angle - M_PI / 7) * size);
    const QPointF right = tip + QPointF(-std::cos(angle + M_PI / 7) * size, std::sin(angle + M_PI / 7) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    // Only labels on screen: at 100 % thousands of long connections cross the view, and
    // laying out text for every one of them took most of a frame on 5,000 components.
    if (!g.labelRect.isNull() && lod >= 0.6 && visible.intersects(g.labelRect))
        paintConnectionLabel(painter, theme, g.label, g.labelRect, colour);
    if (look.selected) {
        painter->setPen(QPen(theme.highlight, 1.5));
        painter->setBrush(theme.base);
        painter->drawEllipse(route.first(), DiagramStyle::kHandleRadius - 1, DiagramStyle::kHandleRadius - 1);
        painter->drawEllipse(route.last(), DiagramStyle::kHandleRadius - 1, DiagramStyle::kHandleRadius - 1);
        // Waypoints as small squares: drag to move, double-click to remove.
        painter->setBrush(theme.highlight);
        const qreal r = DiagramStyle::kHandleRadius - 2;
        for (const QPointF &p : g.waypoints)
            painter->drawRect(QRectF(p - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
}

void paintConnectionLabel(QPainter *painter, const DiagramTheme &theme, const QString &text, const QRectF &rect,
                          const QColor &frame)
{
    painter->setFont(theme.font(kLabelPixelSize));
    painter->setPen(QPen(frame, 1));
    painter->setBrush(theme.base);
    painter->drawRoundedRect(rect, 4, 4);
    painter->setPen(theme.text);
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace DiagramPainter
} // namespace sd
