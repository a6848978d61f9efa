// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QGraphicsScene;
class QTimer;

namespace sd {

class CanvasView;

/**
 * The whole design in small, with a frame for what the main view shows; click or drag to move
 * the main view there.
 *
 * The design is drawn once into a picture, again only a moment after the scene stops changing;
 * panning the main view only moves the frame. (Drawn as a second view of the scene, a 5,000-
 * component design cost 40 ms on every scroll step and every move of a drag.) After an edit
 * only the parts of the picture the scene reports changed are drawn again, unless the design's
 * bounds moved: drawing all of a 100,000-component design took seconds after every drag.
 */
class OverviewMap : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewMap(CanvasView *mainView, QWidget *parent = nullptr);

    QGraphicsScene *scene() const;
    /// The part of the scene the map shows (the design's bounds with a margin).
    QRectF shownSceneRect() const { return m_shown; }
    /// Widget point <-> scene point.
    QPointF toScene(QPointF widgetPos) const;
    QPointF fromScene(QPointF scenePos) const;
    /// How long after the last scene change (or resize) the picture is redrawn.
    static constexpr int kRefreshDelayMs = 300;
    /// How many times the whole picture, and how many times parts of it, were drawn.
    int fullRedraws() const { return m_fullRedraws; }
    int partialRedraws() const { return m_partialRedraws; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Brings the picture up to date: the whole of it, or only what changed.
    void refresh();
    /// Draws the whole design into a new picture.
    void redrawAll();
    /// Draws again the parts of the picture under `sceneRects`.
    void redrawParts(const QList<QRectF> &sceneRects);
    /// Remembers what the scene reports changed, for the next refresh.
    void sceneChanged(const QList<QRectF> &rects);
    /// Where the shown scene rectangle lands in the widget (aspect kept, centred).
    QRectF targetRect() const;
    void moveMainViewTo(QPointF widgetPos);
    QRectF mainVisibleRect() const;

    QPointer<CanvasView> m_main; ///< may go first when the window closes
    QTimer *m_refresh;
    QPixmap m_picture;
    QRectF m_shown;
    QList<QRectF> m_changed; ///< scene rectangles changed since the picture was drawn
    bool m_redrawAll = true;  ///< a resize or a new palette: parts will not do
    int m_fullRedraws = 0;
    int m_partialRedraws = 0;
    bool m_dragging = false;
};

} // namespace sd
