// SPDX-License-Identifier: MIT
#include "canvasview.h"

#include "canvasscene.h"
#include "diagramstyle.h"
#include "farviewcache.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QGestureEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QStyleOptionRubberBand>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace sd {

namespace {
// Far enough out that zoom to fit shows the whole of a 100,000-component design (about 1 %).
constexpr qreal kMinZoom = 0.005;
constexpr qreal kMaxZoom = 8.0;

bool isDesignFile(const QString &path)
{
    return path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"))
           || path.endsWith(QLatin1String(".json"));
}
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_farView(new FarViewCache(scene, this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    // A rubber band takes what it encloses; with Alt held, what it touches (mousePressEvent).
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Only what changed is repainted; with thousands of items a full update would be wasteful.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Design canvas"));
    viewport()->grabGesture(Qt::PinchGesture);
}

void CanvasView::setFarViewEnabled(bool enabled)
{
    m_farViewEnabled = enabled;
    m_farView->clear();
    viewport()->update();
}

bool CanvasView::drawsFromTiles() const { return m_farViewEnabled && zoom() < FarViewCache::kMaxZoom; }

void CanvasView::paintEvent(QPaintEvent *event)
{
    if (!drawsFromTiles()) {
        QGraphicsView::paintEvent(event);
        return;
    }
    // The scene reports changes (and so drops stale tiles) from a queued call; deliver it now, so
    // a frame painted straight after a change (a grab, an export of the view) never shows the
    // state before it. Items painting themselves read their state directly and need no such step.
    QCoreApplication::sendPostedEvents(m_scene, QEvent::MetaCall);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF exposed = mapToScene(event->rect().adjusted(-1, -1, 1, 1)).boundingRect();
    painter.setClipRegion(event->region());
    painter.setTransform(viewportTransform());
    // The tiles hold the scene's background and foreground too (QGraphicsScene::render draws both).
    m_farView->paint(&painter, exposed, zoom(), viewport()->devicePixelRatioF());
    painter.resetTransform();
    // QGraphicsView draws the band in its own paint event, which this one replaces.
    if (const QRect band = rubberBandRect(); !band.isEmpty()) {
        QStyleOptionRubberBand option;
        option.initFrom(viewport());
        option.rect = band;
        option.shape = QRubberBand::Rectangle;
        QStyleHintReturnMask mask;
        if (viewport()->style()->styleHint(QStyle::SH_RubberBand_Mask, &option, viewport(), &mask))
            painter.setClipRegion(mask.region, Qt::IntersectClip);
        viewport()->style()->drawControl(QStyle::CE_RubberBand, &option, &painter, viewport());
    }
}

void CanvasView::changeEvent(QEvent *event)
{
    // The tiles hold the old colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_farView->clear();
    QGraphicsView::changeEvent(event);
}

void CanvasView::setZoom(qreal zoom, const QPointF *anchorScenePos)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchor = anchorScenePos ? *anchorScenePos : mapToScene(viewport()->rect().center());
    const QPoint anchorView = mapFromScene(anchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the anchor under the same spot of the viewport.
    const QPointF moved = mapToScene(anchorView);
    const QPointF delta = anchor - moved;
    centerOn(mapToScene(viewport()->rect().center()) + delta);
    Q_EMIT zoomChanged(zoom);
}

void CanvasView::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty()) {
        setZoom(1.0);
        return;
    }
    fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    const qreal z = std::clamp(transform().m11(), kMinZoom, 1.5);
    setTransform(QTransform::fromScale(z, z));
    centerOn(bounds.center());
    Q_EMIT zoomChanged(z);
}

void CanvasView::zoomToSelection()
{
    const QRectF bounds = m_scene->boundsOf(m_scene->selectedIds());
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
    const qreal z = std::clamp(transform().m11(), kMinZoom, 2.0);
    setTransform(QTransform::fromScale(z, z));
    centerOn(bounds.center());
    Q_EMIT zoomChanged(z);
}

void CanvasView::revealItem(const QString &id)
{
    m_scene->selectIds({id});
    const QRectF bounds = m_scene->boundsOf({id});
    if (bounds.isEmpty())
        return;
    if (zoom() < 0.6)
        setZoom(1.0);
    centerOn(bounds.center());
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const QPointF anchor = mapToScene(gesture->position().toPoint());
            setZoom(zoom() * (1.0 + gesture->value()), &anchor);
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF anchor = mapToScene(viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
                setZoom(zoom() * pinch->scaleFactor(), &anchor);
            }
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const QPointF anchor = mapToScene(event->position().toPoint());
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.2, steps), &anchor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->isEditingText()) { // a note being written takes every key (Esc ends it)
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        // Esc first cancels a drag in progress (the items go back), then what the window shows.
        if (!m_scene->cancelGesture())
            Q_EMIT escapePressed();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (!m_scene->selectedIds().isEmpty() && !(event->modifiers() & Qt::ControlModifier)) {
        const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1 : DiagramStyle::kGrid;
        QPointF delta;
        switch (event->key()) {
        case Qt::Key_Left: delta = QPointF(-step, 0); break;
        case Qt::Key_Right: delta = QPointF(step, 0); break;
        case Qt::Key_Up: delta = QPointF(0, -step); break;
        case Qt::Key_Down: delta = QPointF(0, step); break;
        default: break;
        }
        if (!delta.isNull()) {
            m_scene->nudgeSelection(delta);
            event->accept();
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    setRubberBandSelectionMode(event->modifiers() & Qt::AltModifier ? Qt::IntersectsItemShape : Qt::ContainsItemShape);
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (event->buttons() & Qt::LeftButton) // Alt pressed or let go during the drag switches too
        setRubberBandSelectionMode(event->modifiers() & Qt::AltModifier ? Qt::IntersectsItemShape : Qt::ContainsItemShape);
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::leaveEvent(QEvent *event)
{
    m_scene->clearHoverHandles(); // the hover handles go with the mouse
    QGraphicsView::leaveEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kKindMimeType)) || event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kKindMimeType)) || event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(kKindMimeType))) {
        const QString kind = QString::fromUtf8(mime->data(QLatin1String(kKindMimeType)));
        Q_EMIT kindDropped(kind, mapToScene(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && isDesignFile(url.toLocalFile()))
                paths.append(url.toLocalFile());
        if (!paths.isEmpty()) {
            Q_EMIT filesDropped(paths);
            event->acceptProposedAction();
            return;
        }
    }
    QGraphicsView::dropEvent(event);
}

} // namespace sd
