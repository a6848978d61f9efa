// SPDX-License-Identifier: MIT
#pragma once

#include "diagrampainter.h"

#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QGraphicsItem;

namespace sd {

class CanvasScene;
class Design;
struct Comparison;

/**
 * Draws a comparison on the canvas without touching the design or its items: the marks (added,
 * changed, moved) are decoration state the scene's items paint over themselves, and what the other
 * design had and the open one lacks is drawn as ghosts, extra graphics items at the place they had
 * there, faded and framed in dashed red. Ghosts take no clicks and are not model items, so the
 * canvas, its selection and its gestures never see them. clear() leaves the scene as it was.
 */
class CompareOverlay
{
public:
    explicit CompareOverlay(CanvasScene *scene);
    ~CompareOverlay();
    CompareOverlay(const CompareOverlay &) = delete;
    CompareOverlay &operator=(const CompareOverlay &) = delete;

    /// Shows `comparison`; `other` is the design compared with and must outlive the overlay's use.
    void show(const Design &other, const Comparison &comparison);
    void clear();

    /// The ghost of a removed zone, component or connection (its id in the other design).
    QGraphicsItem *ghost(const QString &id) const { return m_ghosts.value(id); }
    int ghostCount() const { return int(m_ghosts.size()); }
    /// Where a removed item was, in scene coordinates (null when it has no ghost).
    QRectF ghostBounds(const QString &id) const;

private:
    QPointer<CanvasScene> m_scene; ///< the window may delete the scene first
    QHash<QString, QGraphicsItem *> m_ghosts;
    IconCache m_icons; ///< the other design's icons (kinds the open design may not use any more)
};

} // namespace sd
