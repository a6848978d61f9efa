// SPDX-License-Identifier: MIT
#include "overviewmap.h"

#include "canvasstyle.h"
#include "canvasview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>

namespace sd {

OverviewMap::OverviewMap(CanvasView *mainView, QWidget *parent)
    : QGraphicsView(mainView->scene(), parent), m_main(mainView), m_refit(new QTimer(this))
{
    setAccessibleName(tr("Overview map"));
    setToolTip(tr("The whole design; click or drag to move the canvas there"));
    setInteractive(false); // the items are not edited here; clicks move the main view
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(80, 60);

    // Scene changes come in bursts (a drag repaints on every move): refit at most every 200 ms.
    m_refit->setSingleShot(true);
    m_refit->setInterval(200);
    connect(m_refit, &QTimer::timeout, this, &OverviewMap::fitScene);
    if (QGraphicsScene *s = scene())
        connect(s, &QGraphicsScene::changed, this, [this] {
            if (!m_refit->isActive())
                m_refit->start();
        });

    auto repaint = [this] { viewport()->update(); };
    connect(mainView->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(mainView->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(mainView->horizontalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    connect(mainView->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    connect(mainView, &CanvasView::zoomChanged, this, repaint);
    fitScene();
}

void OverviewMap::fitScene()
{
    if (!scene())
        return;
    QRectF bounds = scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(-400, -300, 800, 600);
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.04 + 20;
    bounds.adjust(-margin, -margin, margin, margin);
    setSceneRect(bounds);
    fitInView(bounds, Qt::KeepAspectRatio);
    viewport()->update();
}

QRectF OverviewMap::mainVisibleRect() const
{
    if (!m_main)
        return {};
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

void OverviewMap::drawBackground(QPainter *painter, const QRectF &rect)
{
    // No grid in small: just the canvas colour (the scene's background would draw its grid).
    painter->fillRect(rect, palette().color(QPalette::Base));
}

void OverviewMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = mainVisibleRect();
    if (visible.isEmpty())
        return;
    const bool dark = CanvasStyle::isDark(palette());
    QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(dark ? 50 : 36);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Dim what lies outside the visible part, so the frame reads even on a busy design.
    QPainterPath outside;
    outside.addRect(sceneRect().united(visible).adjusted(-1e4, -1e4, 1e4, 1e4));
    outside.addRect(visible);
    painter->fillPath(outside, QColor(0, 0, 0, dark ? 70 : 22));
    QPen pen(accent, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(visible);
    painter->restore();
}

void OverviewMap::moveMainViewTo(QPoint viewPos)
{
    if (!m_main)
        return;
    m_main->centerOn(mapToScene(viewPos));
    viewport()->update();
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    moveMainViewTo(event->position().toPoint());
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        moveMainViewTo(event->position().toPoint());
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

void OverviewMap::wheelEvent(QWheelEvent *event)
{
    // The overview always shows everything; it never scrolls or zooms itself.
    event->ignore();
}

void OverviewMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

} // namespace sd
