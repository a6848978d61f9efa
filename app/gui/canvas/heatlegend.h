// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace sd {

struct DiagramTheme;

/**
 * The key of the blast-radius heat view: a colour scale from "nothing else is lost" to the design's largest
 * blast radius, drawn with the cards' own heat colours. It sits in the bottom-left corner of the canvas view
 * (a child of its viewport, so it stays put while the design pans) and follows the viewport's size.
 */
class HeatLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatLegend(QWidget *viewport);

    /// Shows the scale up to `largest` components lost, in the canvas's theme.
    void showScale(int largest, const DiagramTheme &theme);
    int largest() const { return m_largest; }
    /// What the legend says, line by line (for tests and accessibility).
    QStringList lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeInCorner();

    int m_largest = 0;
    QColor m_low, m_middle, m_high;
};

} // namespace sd
