// SPDX-License-Identifier: MIT
#include "overviewmap.h"

#include "diagramstyle.h"
#include "canvasview.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QScrollBar>
#include <QTimer>

namespace sd {

OverviewMap::OverviewMap(CanvasView *mainView, QWidget *parent)
    : QWidget(parent), m_main(mainView), m_refresh(new QTimer(this))
{
    setAccessibleName(tr("Overview map"));
    setToolTip(tr("The whole design; click or drag to move the canvas there"));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(80, 60);
    setAttribute(Qt::WA_OpaquePaintEvent);

    // Scene changes come in bursts (a drag changes it on every move): redraw once they settle.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &OverviewMap::refresh);
    if (QGraphicsScene *s = scene())
        connect(s, &QGraphicsScene::changed, this, &OverviewMap::sceneChanged);

    // The main view moving only moves the frame: a repaint of the picture and the frame.
    auto frameMoved = [this] { update(); };
    connect(mainView->horizontalScrollBar(), &QScrollBar::valueChanged, this, frameMoved);
    connect(mainView->verticalScrollBar(), &QScrollBar::valueChanged, this, frameMoved);
    connect(mainView->horizontalScrollBar(), &QScrollBar::rangeChanged, this, frameMoved);
    connect(mainView->verticalScrollBar(), &QScrollBar::rangeChanged, this, frameMoved);
    connect(mainView, &CanvasView::zoomChanged, this, frameMoved);
    refresh();
}

QGraphicsScene *OverviewMap::scene() const { return m_main ? m_main->scene() : nullptr; }

void OverviewMap::sceneChanged(const QList<QRectF> &rects)
{
    if (!m_redrawAll) {
        m_changed.append(rects);
        // A burst of many small changes (a layout) costs more drawn in parts than in one go.
        if (m_changed.size() > 256)
            m_redrawAll = true;
    }
    m_refresh->start();
}

void OverviewMap::refresh()
{
    m_refresh->stop();
    QGraphicsScene *s = scene();
    QRectF bounds = s ? s->itemsBoundingRect() : QRectF();
    if (bounds.isEmpty())
        bounds = QRectF(-400, -300, 800, 600);
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.04 + 20;
    const QRectF shown = bounds.adjusted(-margin, -margin, margin, margin);
    const qreal dpr = devicePixelRatioF();
    if (m_redrawAll || shown != m_shown || !s || m_picture.devicePixelRatio() != dpr) {
        m_shown = shown;
        redrawAll();
    } else if (!m_changed.isEmpty()) {
        redrawParts(m_changed);
    }
    m_changed.clear();
    m_redrawAll = false;
    update();
}

void OverviewMap::redrawAll()
{
    ++m_fullRedraws;
    const qreal dpr = devicePixelRatioF();
    const QRectF target = targetRect();
    m_picture = QPixmap((target.size() * dpr).toSize().expandedTo(QSize(1, 1)));
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(DiagramStyle::canvasBackground(palette()));
    if (QGraphicsScene *s = scene()) {
        QPainter painter(&m_picture);
        painter.setRenderHint(QPainter::Antialiasing);
        s->render(&painter, QRectF(QPointF(0, 0), target.size()), m_shown, Qt::KeepAspectRatio);
    }
}

void OverviewMap::redrawParts(const QList<QRectF> &sceneRects)
{
    QGraphicsScene *s = scene();
    const QRectF target = targetRect();
    if (!s || m_shown.isEmpty() || target.isEmpty())
        return;
    ++m_partialRedraws;
    // Picture pixels per scene unit, the same both ways (the picture keeps the aspect).
    const qreal scale = target.width() / m_shown.width();
    const qreal dpr = m_picture.devicePixelRatio();
    QRegion dirty; // in device pixels of the picture, whole pixels so that parts meet without seams
    for (const QRectF &rect : sceneRects) {
        const QRectF inPicture((rect.topLeft() - m_shown.topLeft()) * scale * dpr, rect.size() * scale * dpr);
        // Antialiasing reaches a pixel beyond an item's bounds.
        dirty += inPicture.adjusted(-2, -2, 2, 2).toAlignedRect().intersected(m_picture.rect());
    }
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = DiagramStyle::canvasBackground(palette());
    for (const QRect &part : dirty) {
        const QRectF logical(QPointF(part.topLeft()) / dpr, QSizeF(part.size()) / dpr);
        const QRectF source(m_shown.topLeft() + logical.topLeft() / scale, logical.size() / scale);
        // render() clips to the part, so a zone under it does not cover what lies beyond.
        painter.fillRect(logical, background);
        s->render(&painter, logical, source, Qt::IgnoreAspectRatio);
    }
}

QRectF OverviewMap::targetRect() const
{
    if (m_shown.isEmpty() || width() <= 0 || height() <= 0)
        return QRectF(rect());
    const qreal scale = std::min(width() / m_shown.width(), height() / m_shown.height());
    const QSizeF size = m_shown.size() * scale;
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF OverviewMap::toScene(QPointF widgetPos) const
{
    const QRectF target = targetRect();
    if (target.isEmpty())
        return m_shown.center();
    return m_shown.topLeft() + (widgetPos - target.topLeft()) * (m_shown.width() / target.width());
}

QPointF OverviewMap::fromScene(QPointF scenePos) const
{
    const QRectF target = targetRect();
    if (m_shown.isEmpty())
        return target.center();
    return target.topLeft() + (scenePos - m_shown.topLeft()) * (target.width() / m_shown.width());
}

QRectF OverviewMap::mainVisibleRect() const
{
    if (!m_main)
        return {};
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), DiagramStyle::canvasBackground(palette()));
    // Scaled while a resize waits for its redraw; at its own size otherwise.
    painter.drawPixmap(targetRect(), m_picture, QRectF(QPointF(0, 0), m_picture.deviceIndependentSize()));

    const QRectF visible = mainVisibleRect();
    if (visible.isEmpty())
        return;
    const QRectF frame = QRectF(fromScene(visible.topLeft()), fromScene(visible.bottomRight())).intersected(QRectF(rect()));
    const bool dark = DiagramStyle::isDark(palette());
    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(dark ? 50 : 36);
    // Dim what lies outside the visible part, so the frame reads even on a busy design.
    QPainterPath outside;
    outside.addRect(QRectF(rect()));
    outside.addRect(frame);
    painter.fillPath(outside, QColor(0, 0, 0, dark ? 70 : 22));
    painter.setPen(QPen(accent, 2));
    painter.setBrush(fill);
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void OverviewMap::moveMainViewTo(QPointF widgetPos)
{
    if (!m_main)
        return;
    m_main->centerOn(toScene(widgetPos));
    update();
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    moveMainViewTo(event->position());
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        moveMainViewTo(event->position());
        event->accept();
        return;
    }
    event->ignore();
}

void OverviewMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::PointingHandCursor);
        event->accept();
        return;
    }
    event->ignore();
}

void OverviewMap::resizeEvent(QResizeEvent *event)
{
    // Dragging a dock's edge resizes many times a second; drawing 5,000 components each time
    // would make it stutter.
    QWidget::resizeEvent(event);
    m_redrawAll = true;
    m_refresh->start();
}

void OverviewMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_redrawAll = true; // the picture holds the old colours
        m_refresh->start();
    }
    QWidget::changeEvent(event);
}

} // namespace sd
