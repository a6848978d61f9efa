// SPDX-License-Identifier: MIT
#pragma once

#include "fragment.h"
#include "layout.h"

#include <QPointF>
#include <QString>

#include <optional>

class QUndoCommand;

namespace sd {

class CanvasScene;
class Document;

/// What adding a kind at a point of the canvas creates: the item, named and placed as a drop
/// from the palette places it, and the growth of the zones that makes room for it.
struct NewItem {
    QString id;
    QString name; ///< in the user's language, "Microservice 2"
    DesignFragment fragment;
    LayoutPlacements growth;

    /// One undo step (or the part of one, under `parent`) that adds it and grows the zones.
    QUndoCommand *command(Document *document, const QString &text, QUndoCommand *parent = nullptr) const;
};

/// A new component or zone of `kindId` centred at `scenePos`, inside the zone under it; nothing
/// for an unknown kind. Shared by the palette's drop and the connect gesture's drop on nothing.
std::optional<NewItem> newItemAt(const CanvasScene &scene, const QString &kindId, QPointF scenePos);

} // namespace sd
