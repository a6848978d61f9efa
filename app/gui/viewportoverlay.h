// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace sd {

/// A widget floating over a scroll area's viewport (a legend, the start page) is moved along when the view
/// scrolls, because QWidget::scroll() shifts the viewport's children with its pixels. `place` puts it back.
template<typename Place>
void followScrolling(QWidget *overlay, QWidget *viewport, Place place)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(viewport->parentWidget())) {
        QObject::connect(area->horizontalScrollBar(), &QScrollBar::valueChanged, overlay, place);
        QObject::connect(area->verticalScrollBar(), &QScrollBar::valueChanged, overlay, place);
    }
}

} // namespace sd
