// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QPointer>

class QTimer;

namespace sd {

class CanvasView;

/**
 * The whole design in small, with a frame for what the main view shows; click or
 * drag to move the main view there. Renders cheaply (the items' far-away level of detail).
 */
class OverviewMap : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewMap(CanvasView *mainView, QWidget *parent = nullptr);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitScene();
    void moveMainViewTo(QPoint viewPos);
    QRectF mainVisibleRect() const;

    QPointer<CanvasView> m_main; ///< may go first when the window closes
    QTimer *m_refit;
    bool m_dragging = false;
};

} // namespace sd
