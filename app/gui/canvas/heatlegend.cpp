// SPDX-License-Identifier: MIT
#include "heatlegend.h"

#include "diagrampainter.h"
#include "viewportoverlay.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace sd {

namespace {
constexpr int kMargin = 12;  ///< from the viewport's corner, in pixels
constexpr int kPadding = 8;
constexpr int kBarWidth = 180;
constexpr int kBarHeight = 10;
} // namespace

HeatLegend::HeatLegend(QWidget *viewport)
    : QWidget(viewport)
{
    setObjectName(QStringLiteral("heatLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the canvas under it stays usable
    viewport->installEventFilter(this);
    followScrolling(this, viewport, [this] { placeInCorner(); });
    hide();
}

void HeatLegend::showScale(int largest, const DiagramTheme &theme)
{
    m_largest = largest;
    m_low = DiagramPainter::heatColour(theme, 0.0);
    m_middle = DiagramPainter::heatColour(theme, 0.5);
    m_high = DiagramPainter::heatColour(theme, 1.0);
    const QFontMetrics metrics(font());
    const QStringList text = lines();
    QFont bold = font();
    bold.setBold(true);
    const int ends = metrics.horizontalAdvance(text[1]) + metrics.horizontalAdvance(text[2]) + 3 * kPadding;
    const int width = std::max({kBarWidth, ends, QFontMetrics(bold).horizontalAdvance(text[0]), metrics.horizontalAdvance(text[3])});
    // Title, bar, the two ends of the scale on one line, the note.
    resize(width + 2 * kPadding, 3 * metrics.height() + kBarHeight + 2 * kPadding + 8);
    placeInCorner();
    show();
    raise();
    update();
}

QStringList HeatLegend::lines() const
{
    return {tr("Blast radius if it fails"), tr("only itself lost"),
            tr("%n component(s) lost", nullptr, m_largest), tr("Traffic sources are not rated.")};
}

void HeatLegend::placeInCorner()
{
    if (const QWidget *viewport = parentWidget())
        move(kMargin, viewport->height() - height() - kMargin);
}

bool HeatLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        placeInCorner();
    return QWidget::eventFilter(watched, event);
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor panel = pal.color(QPalette::Base);
    panel.setAlpha(235);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QStringList text = lines();
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    QFont bold = font();
    bold.setBold(true);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(bold);
    int y = kPadding;
    p.drawText(QRect(kPadding, y, width() - 2 * kPadding, line), Qt::AlignLeft | Qt::AlignVCenter, text[0]);
    y += line + 3;

    const QRect bar(kPadding, y, width() - 2 * kPadding, kBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0.0, m_low);
    gradient.setColorAt(0.5, m_middle);
    gradient.setColorAt(1.0, m_high);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(gradient);
    p.drawRect(bar);
    y += kBarHeight + 3;

    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(kPadding, y, bar.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text[1]);
    p.drawText(QRect(kPadding, y, bar.width(), line), Qt::AlignRight | Qt::AlignVCenter, text[2]);
    y += line + 2;
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(kPadding, y, width() - 2 * kPadding, line), Qt::AlignLeft | Qt::AlignVCenter, text[3]);
}

} // namespace sd
