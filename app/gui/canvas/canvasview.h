// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace sd {

class CanvasScene;
class FarViewCache;

/// MIME type of a catalog kind dragged from the palette.
inline constexpr char kKindMimeType[] = "application/x-stackdraft-kind";

/**
 * The canvas view: zoom (Ctrl+wheel, pinch, fit, selection, 100 %), pan (space-drag,
 * middle button, scroll bars), drops from the palette, arrow-key nudges, and rubber-band
 * selection of what the band encloses (with Alt: of what it touches).
 */
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom, const QPointF *anchorScenePos = nullptr);
    void zoomIn() { setZoom(zoom() * 1.25); }
    void zoomOut() { setZoom(zoom() / 1.25); }
    void zoomToFit();
    void zoomToSelection();
    void zoomToActualSize() { setZoom(1.0); }
    /// Centres on an item and selects it (Find).
    void revealItem(const QString &id);
    /// The tiles the view draws from while zoomed out (FarViewCache::kMaxZoom).
    FarViewCache *farView() const { return m_farView; }
    /// Off, the view paints every item at every zoom (to compare the two, in tests and benchmarks).
    void setFarViewEnabled(bool enabled);
    /// Whether the next frame comes from the tiles.
    bool drawsFromTiles() const;

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /// A kind was dropped on the canvas at `scenePos`.
    void kindDropped(const QString &kindId, QPointF scenePos);
    /// Design files were dropped on the canvas.
    void filesDropped(const QStringList &paths);
    /// Esc with no gesture to cancel (the window ends a failure simulation).
    void escapePressed();

protected:
    /// Zoomed out, the scene comes from cached tiles; closer in, QGraphicsView paints its items.
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    CanvasScene *m_scene;
    FarViewCache *m_farView;
    bool m_farViewEnabled = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace sd
