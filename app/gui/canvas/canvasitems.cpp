// SPDX-License-Identifier: MIT
#include "canvasitems.h"

#include "canvasscene.h"
#include "textlines.h"
#include "canvasstyle.h"
#include "catalog.h"
#include "placement.h"

#include <algorithm>
#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QtMath>

namespace sd {

namespace {

QPalette palette() { return QApplication::palette(); }

/// Where the line from `from` towards `to` leaves `rect`.
QPointF edgePoint(const QRectF &rect, QPointF from, QPointF to)
{
    const QLineF line(from, to);
    const QPointF corners[4] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    for (int i = 0; i < 4; ++i) {
        QPointF hit;
        if (line.intersects(QLineF(corners[i], corners[(i + 1) % 4]), &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return from;
}

/// The part of `line` inside `rect` as the parameter range [t0, t1] of QLineF::pointAt
/// (Liang-Barsky); false when the line misses the rectangle.
bool clipRange(const QLineF &line, const QRectF &rect, qreal *t0, qreal *t1)
{
    const qreal dx = line.dx(), dy = line.dy();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    *t0 = 0;
    *t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
    }
    return *t0 <= *t1;
}

} // namespace

// --- ZoneItem --------------------------------------------------------------------

ZoneItem::ZoneItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    syncFromModel();
}

QRectF ZoneItem::boundingRect() const
{
    const qreal m = CanvasStyle::kHandleRadius + 1;
    return rect().adjusted(-m, -m, m, m);
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath outer;
    outer.addRect(rect().adjusted(-4, -4, 4, 4));
    QPainterPath inner;
    inner.addRect(rect().adjusted(4, CanvasStyle::kZoneTitleHeight, -4, -4));
    QPainterPath frame = outer.subtracted(inner);
    if (isSelected()) {
        for (QPointF c : {rect().topLeft(), rect().topRight(), rect().bottomRight(), rect().bottomLeft()})
            frame.addEllipse(c, CanvasStyle::kHandleRadius + 2, CanvasStyle::kHandleRadius + 2);
    }
    return frame;
}

int ZoneItem::handleAt(QPointF scenePos) const
{
    if (!isSelected())
        return 0;
    const QPointF p = mapFromScene(scenePos);
    const QPointF corners[4] = {rect().topLeft(), rect().topRight(), rect().bottomRight(), rect().bottomLeft()};
    for (int i = 0; i < 4; ++i)
        if (QLineF(p, corners[i]).length() <= CanvasStyle::kHandleRadius + 3)
            return i + 1;
    return 0;
}

void ZoneItem::previewGeometry(QPointF pos, QSizeF size)
{
    prepareGeometryChange();
    setPos(pos);
    m_size = size;
}

void ZoneItem::syncFromModel()
{
    const Zone *z = canvas()->design().zone(id());
    if (!z)
        return;
    const KindSpec *kind = canvas()->document()->catalog().kind(z->kind);
    prepareGeometryChange();
    m_size = z->size.isEmpty() && kind ? kind->defaultSize : z->size;
    ZoneItem *parent = canvas()->zoneItem(z->parent);
    if (parentItem() != parent)
        setParentItem(parent);
    setPos(z->position);
    setToolTip(z->name);
    update();
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Zone *z = canvas()->design().zone(id());
    if (!z)
        return;
    const Catalog &catalog = canvas()->document()->catalog();
    const Placement place = placementOf(canvas()->design(), catalog, id());
    const QColor accent = z->kind == QLatin1String("kubernetes-cluster") ? QColor(0x32, 0x6C, 0xE5)
                          : z->kind == QLatin1String("datacenter")       ? QColor(0x6C, 0x7A, 0x89)
                                                                         : CanvasStyle::providerColour(place.provider);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool dark = CanvasStyle::isDark(palette());

    QColor fill = accent;
    fill.setAlpha(dark ? 26 : 16);
    Qt::PenStyle style = Qt::SolidLine;
    qreal width = 1.5;
    if (z->kind == QLatin1String("availability-zone"))
        style = Qt::DashLine;
    else if (z->kind == QLatin1String("network") || z->kind == QLatin1String("subnet"))
        style = Qt::DotLine;
    else if (z->kind == QLatin1String("cloud"))
        width = 2.5;
    QPen pen(isSelected() ? palette().color(QPalette::Highlight) : accent, isSelected() ? width + 1 : width, style);
    pen.setCosmetic(lod < 1);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect(), 6, 6);

    if (lod * CanvasStyle::kZoneTitleHeight >= 7) {
        // Title bar: icon, name and the placement facts (provider, region, zone name).
        const QRectF title(8, 4, m_size.width() - 16, CanvasStyle::kZoneTitleHeight - 8);
        if (QSvgRenderer *icon = canvas()->iconRenderer(z->kind))
            icon->render(painter, QRectF(title.left(), title.top(), title.height(), title.height()));
        QStringList facts;
        for (const char *key : {"provider", "region", "zone", "cidr", "location"}) {
            const QString v = z->properties.value(QString::fromLatin1(key)).toString();
            if (!v.isEmpty() && v != z->name)
                facts << v;
        }
        QFont font = painter->font();
        font.setBold(true);
        // Zoomed out, the title grows (up to the bar's height) so zones stay named.
        font.setPixelSize(std::clamp(int(9 / lod), 13, int(CanvasStyle::kZoneTitleHeight) - 6));
        painter->setFont(font);
        painter->setPen(dark ? accent.lighter(140) : accent.darker(150));
        const QRectF textRect = title.adjusted(title.height() + 6, 0, 0, 0);
        QString text = z->name;
        if (!facts.isEmpty())
            text += QStringLiteral("  ·  ") + facts.join(QStringLiteral(" · "));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(text, Qt::ElideRight, textRect.width()));
    }
    if (isSelected()) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter->setBrush(palette().color(QPalette::Base));
        for (QPointF c : {rect().topLeft(), rect().topRight(), rect().bottomRight(), rect().bottomLeft()})
            painter->drawEllipse(c, CanvasStyle::kHandleRadius - 1, CanvasStyle::kHandleRadius - 1);
    }
}

// --- ComponentItem ---------------------------------------------------------------

ComponentItem::ComponentItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(10);
    syncFromModel();
}

QRectF ComponentItem::boundingRect() const
{
    // Room for the connect handle on the right, the findings outline around the card and the
    // findings badge on the top-right (drawn up to twice as large when zoomed out).
    return rect().adjusted(-5, -20, CanvasStyle::kHandleRadius + 4, 5);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), 8, 8);
    path.addEllipse(QPointF(m_size.width(), m_size.height() / 2), CanvasStyle::kHandleRadius + 2,
                    CanvasStyle::kHandleRadius + 2);
    return path;
}

bool ComponentItem::isOnConnectHandle(QPointF scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return QLineF(p, QPointF(m_size.width(), m_size.height() / 2)).length() <= CanvasStyle::kHandleRadius + 3;
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    ModelItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    ModelItem::hoverLeaveEvent(event);
}

void ComponentItem::syncFromModel()
{
    const Component *c = canvas()->design().component(id());
    if (!c)
        return;
    const KindSpec *kind = canvas()->document()->catalog().kind(c->kind);
    prepareGeometryChange();
    m_size = c->size.isEmpty() && kind ? kind->defaultSize : c->size;
    ZoneItem *parent = canvas()->zoneItem(c->zone);
    if (parentItem() != parent)
        setParentItem(parent);
    setPos(c->position);
    setToolTip(kind ? QStringLiteral("%1 — %2").arg(c->name, kind->displayText()) : c->name);
    m_captionPixelSize = captionPixelSize(c->name);
    update();
}

void ComponentItem::paintFindingMarks(QPainter *painter, qreal scale) const
{
    // An outline in the worst open severity's colour (errors and warnings: info is no alarm),
    // and a badge on the top-right corner with that colour and the count.
    const auto [severity, count] = canvas()->badge(id());
    if (severity < 0 || count <= 0)
        return;
    const QColor colours[3] = {QColor(0x2E, 0x86, 0xDE), QColor(0xE6, 0x9A, 0x00), QColor(0xD6, 0x30, 0x31)};
    if (severity >= 1) {
        painter->setPen(QPen(colours[std::clamp(severity, 0, 2)], std::min(2.0 * scale, 3.0)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect().adjusted(-2.5, -2.5, 2.5, 2.5), 10, 10);
    }
    const QSizeF size(20 * scale, 18 * scale);
    const QRectF badge(QPointF(m_size.width() - size.width() - 2, -size.height() / 2), size);
    painter->setPen(QPen(palette().color(QPalette::Base), 1.5 * scale));
    painter->setBrush(colours[std::clamp(severity, 0, 2)]);
    painter->drawRoundedRect(badge, size.height() / 2, size.height() / 2);
    QFont f = QApplication::font();
    f.setBold(true);
    f.setPixelSize(qRound(11 * scale));
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, QString::number(count));
}

int ComponentItem::captionPixelSize(const QString &name) const
{
    // The zoomed-out caption is sized in scene units, so the largest font whose wrapped
    // name fits the card is found once per rename, not on every paint.
    const QRectF box = captionRect();
    QFont font = QApplication::font();
    font.setBold(true);
    for (int px = int(m_size.height() * 0.34); px > 12; px -= 2) {
        font.setPixelSize(px);
        const QRectF needed = QFontMetricsF(font).boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, name);
        if (needed.width() <= box.width() && needed.height() <= box.height())
            return px;
    }
    return 12;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Component *c = canvas()->design().component(id());
    if (!c)
        return;
    const Catalog &catalog = canvas()->document()->catalog();
    const KindSpec *kind = catalog.kind(c->kind);
    const QColor accent = CanvasStyle::categoryColour(kind ? kind->category : QString());
    const QPalette pal = palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool lost = canvas()->isLost(id());
    const double heat = canvas()->heat(id());

    QColor card = pal.color(QPalette::Base);
    if (heat >= 0)
        card = QColor::fromHsvF(0.33 * (1.0 - heat), 0.25 + 0.5 * heat, CanvasStyle::isDark(pal) ? 0.45 : 0.98);
    if (lost)
        card = pal.color(QPalette::Disabled, QPalette::Window);

    if (lod < 0.2) {
        // Far away: a coloured block is all the eye can use, and it is cheap.
        painter->setPen(Qt::NoPen);
        // The heat view and a simulated failure recolour the block, as they do the card.
        painter->setBrush(isSelected() ? pal.color(QPalette::Highlight) : (lost || heat >= 0 ? card : accent));
        painter->drawRect(rect());
        return;
    }
    if (lod < 0.55) {
        // Zoomed out to see a whole design: the name alone, large enough to read,
        // on the category colour; kind and facts would only be noise at this size.
        painter->setPen(isSelected() ? QPen(pal.color(QPalette::Highlight), 3 / lod) : Qt::NoPen);
        // The heat view and a simulated failure recolour the card; otherwise the category does.
        const bool recoloured = lost || heat >= 0;
        painter->setBrush(recoloured ? card : accent);
        painter->drawRoundedRect(rect(), 8, 8);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(m_captionPixelSize);
        painter->setFont(font);
        painter->setPen(lost ? pal.color(QPalette::Disabled, QPalette::Text)
                             : recoloured ? pal.color(QPalette::Text) : QColor(Qt::white));
        painter->drawText(captionRect(), Qt::AlignCenter | Qt::TextWordWrap, c->name);
        paintFindingMarks(painter, std::min(2.0, 0.6 / lod)); // findings must stay visible from afar
        return;
    }

    QPen border(isSelected() ? pal.color(QPalette::Highlight) : accent, isSelected() ? 2.5 : 1.5);
    if (lost)
        border = QPen(pal.color(QPalette::Disabled, QPalette::WindowText), 1.5, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(card);
    painter->drawRoundedRect(rect(), 8, 8);
    // The category stripe on the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(lost ? border.color() : accent);
    painter->drawRoundedRect(QRectF(0, 0, 6, m_size.height()), 3, 3);

    const qreal iconSize = std::min<qreal>(36, m_size.height() - 16);
    const QRectF iconRect(14, (m_size.height() - iconSize) / 2, iconSize, iconSize);
    if (QSvgRenderer *icon = canvas()->iconRenderer(c->kind)) {
        if (lost)
            painter->setOpacity(0.35);
        icon->render(painter, iconRect);
        painter->setOpacity(1);
    }

    if (lod >= 0.55) {
        const qreal left = iconRect.right() + 10;
        const qreal width = m_size.width() - left - 8;
        QFont nameFont = painter->font();
        nameFont.setBold(true);
        nameFont.setPointSizeF(10);
        QFont smallFont = painter->font();
        smallFont.setPointSizeF(8.5);
        const QColor text = lost ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text);
        const QColor muted = CanvasStyle::mixed(text, card, 0.65);
        const QString facts = kind ? CanvasStyle::componentFacts(*c, *kind, catalog) : QString();
        const qreal lineH = QFontMetricsF(smallFont).height();
        const QFontMetricsF nameMetrics(nameFont);
        const qreal nameH = nameMetrics.height();
        const qreal room = m_size.height() - 8 - lineH - (facts.isEmpty() ? 0 : lineH);
        // "User Authentication" reads better on two lines than as "User Authent…".
        QStringList nameLines = wordLines(c->name, nameMetrics, width, std::clamp(int(room / nameH), 1, 2));
        for (QString &line : nameLines)
            line = nameMetrics.elidedText(line, Qt::ElideRight, width);
        qreal y = (m_size.height() - nameH * nameLines.size() - lineH - (facts.isEmpty() ? 0 : lineH)) / 2;
        painter->setFont(nameFont);
        painter->setPen(text);
        for (const QString &line : nameLines) {
            painter->drawText(QRectF(left, y, width, nameH), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += nameH;
        }
        painter->setFont(smallFont);
        painter->setPen(muted);
        painter->drawText(QRectF(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(smallFont).elidedText(kind ? kind->displayText() : c->kind, Qt::ElideRight, width));
        if (!facts.isEmpty()) {
            y += lineH;
            painter->drawText(QRectF(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(smallFont).elidedText(facts, Qt::ElideRight, width));
        }
        if (c->pinned) {
            painter->setPen(QPen(muted, 1.2));
            painter->setBrush(muted);
            painter->drawEllipse(QPointF(m_size.width() - 10, m_size.height() - 10), 2.5, 2.5);
        }
    }

    paintFindingMarks(painter, 1);

    if ((m_hovered || isSelected()) && canvas()->tool() == CanvasScene::Tool::Select) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawEllipse(QPointF(m_size.width(), m_size.height() / 2), CanvasStyle::kHandleRadius - 1,
                             CanvasStyle::kHandleRadius - 1);
    }
}

// --- ConnectionItem --------------------------------------------------------------

ConnectionItem::ConnectionItem(CanvasScene *scene, const QString &id) : ModelItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setZValue(20);
    syncFromModel();
}

void ConnectionItem::syncFromModel()
{
    const Connection *c = canvas()->design().connection(id());
    if (!c)
        return;
    m_async = c->mode == ConnectionMode::Async;
    m_label = c->protocol;
    if (c->port > 0)
        m_label += (m_label.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(c->port);
    if (!c->label.isEmpty())
        setToolTip(c->label);
    updateGeometry();
}

void ConnectionItem::updateGeometry()
{
    const Connection *c = canvas()->design().connection(id());
    ComponentItem *from = c ? canvas()->componentItem(c->from) : nullptr;
    ComponentItem *to = c ? canvas()->componentItem(c->to) : nullptr;
    if (!from || !to)
        return;
    const QRectF a = from->mapRectToScene(from->rect());
    const QRectF b = to->mapRectToScene(to->rect());
    prepareGeometryChange();
    m_line = QLineF(edgePoint(a, a.center(), b.center()), edgePoint(b, b.center(), a.center()));
    QFont font = QApplication::font();
    font.setPointSizeF(8);
    const QSizeF labelSize = QFontMetricsF(font).size(0, m_label) + QSizeF(10, 4);
    m_labelRect = m_label.isEmpty() ? QRectF() : QRectF(m_line.center() - QPointF(labelSize.width() / 2, labelSize.height() / 2), labelSize);
}

QRectF ConnectionItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-12, -12, 12, 12).united(m_labelRect);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(path);
    if (!m_labelRect.isNull())
        s.addRect(m_labelRect);
    return s;
}

int ConnectionItem::endHandleAt(QPointF scenePos) const
{
    if (!isSelected())
        return 0;
    if (QLineF(scenePos, m_line.p1()).length() <= CanvasStyle::kHandleRadius + 3)
        return 1;
    if (QLineF(scenePos, m_line.p2()).length() <= CanvasStyle::kHandleRadius + 3)
        return 2;
    return 0;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_line.length() < 1)
        return;
    const QPalette pal = palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Connection *c = canvas()->design().connection(id());
    const bool lost = c && (canvas()->isLost(c->from) || canvas()->isLost(c->to));
    const QColor ink = lost ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text);
    const QColor background = CanvasStyle::canvasBackground(pal);
    if (lod < 0.35) {
        // Far away: a hairline, no arrowhead, no label; fainter the further out, so that
        // thousands of lines do not paint the design black.
        const QColor colour = isSelected() ? pal.color(QPalette::Highlight)
                                           : CanvasStyle::mixed(ink, background, std::clamp(lod * 1.6, 0.08, 0.45));
        // Unantialiased: at zoom-to-fit thousands of them are on screen and aliased hairlines
        // stroke about four times faster; faint as they are, the steps do not show.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, 0));
        painter->drawLine(m_line);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    const QColor colour = isSelected() ? pal.color(QPalette::Highlight)
                          : lost         ? ink
                                         : CanvasStyle::mixed(ink, background, 0.6);
    // Up to 100 % a one-pixel cosmetic pen: Qt strokes those with its fast line drawer, wider
    // ones as outlines, several times slower with a thousand lines crossing the view. Flat caps:
    // the arrowhead covers the callee's end, and round caps made every line a curved outline.
    const qreal width = isSelected() ? 2.2 : lod <= 1 ? 1 : 1.4;
    QPen pen(colour, width, m_async ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    pen.setCosmetic(!isSelected() && lod <= 1);
    // Only the stretch on screen is stroked: at 100 % a long connection runs for thousands of
    // pixels outside the view, and the raster engine strokes all of them before clipping.
    const QRectF visible = widget ? painter->worldTransform().inverted().mapRect(QRectF(widget->rect()))
                                  : boundingRect();
    qreal t0 = 0, t1 = 1;
    if (clipRange(m_line, visible.adjusted(-4, -4, 4, 4), &t0, &t1)) {
        // Dashes stay put while panning: start the pattern where the hidden part ends (in pen
        // widths, on screen for a cosmetic pen).
        const qreal hidden = t0 * m_line.length() * (pen.isCosmetic() ? lod : 1);
        pen.setDashOffset(hidden / pen.widthF());
        painter->setPen(pen);
        painter->drawLine(QLineF(m_line.pointAt(t0), m_line.pointAt(t1)));
    }
    // Arrowhead at the callee.
    const qreal angle = qDegreesToRadians(m_line.angle());
    const QPointF tip = m_line.p2();
    const qreal size = 9;
    const QPointF left = tip + QPointF(-std::cos(angle - M_PI / 7) * size, std::sin(angle - M_PI / 7) * size);
    const QPointF right = tip + QPointF(-std::cos(angle + M_PI / 7) * size, std::sin(angle + M_PI / 7) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    // Only labels on screen: at 100 % thousands of long connections cross the view, and
    // laying out text for every one of them took most of a frame on 5,000 components.
    if (!m_labelRect.isNull() && lod >= 0.6 && visible.intersects(m_labelRect)) {
        QFont font = QApplication::font();
        font.setPointSizeF(8);
        painter->setFont(font);
        painter->setPen(QPen(colour, 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(m_labelRect, 4, 4);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
    if (isSelected()) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawEllipse(m_line.p1(), CanvasStyle::kHandleRadius - 1, CanvasStyle::kHandleRadius - 1);
        painter->drawEllipse(m_line.p2(), CanvasStyle::kHandleRadius - 1, CanvasStyle::kHandleRadius - 1);
    }
}

} // namespace sd
