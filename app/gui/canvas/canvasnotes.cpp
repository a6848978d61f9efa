// SPDX-License-Identifier: MIT
// The text notes of CanvasScene: their items, and the gestures that make and write them.
#include "canvasscene.h"

#include "commands.h"
#include "layout.h"
#include "noteitem.h"

#include <QGraphicsTextItem>

namespace sd {

void CanvasScene::addNoteItem(const QString &id)
{
    auto *item = new NoteItem(this, id);
    m_notes.insert(id, item);
    if (!item->parentItem())
        addItem(item);
}

void CanvasScene::onNoteChanged(const QString &id, Changes)
{
    if (NoteItem *item = m_notes.value(id))
        item->syncFromModel();
}

QString CanvasScene::addNoteAt(QPointF scenePos)
{
    Note note;
    note.id = design().uniqueId(QStringLiteral("note"));
    const QPointF at = snapped(scenePos);
    note.zone = zoneAt(at);
    note.position = note.zone.isEmpty() ? at : at - m_zones.value(note.zone)->scenePos();
    // A note near a zone's edge makes the zone grow to hold it, in the same step, as a card does.
    Design trial = design();
    trial.addNote(note);
    const LayoutPlacements growth = growZonesToFit(trial, m_document->catalog(), {note.id});
    if (const auto shifted = growth.positions.find(note.id); shifted != growth.positions.end())
        note.position = shifted->second;
    auto *command = new QUndoCommand(QCoreApplication::translate("UndoCommands", "Add note"));
    DesignFragment fragment;
    fragment.notes.push_back(note);
    new AddItems(m_document, fragment, command->text(), command);
    addZoneGrowth(m_document, growth, {note.id}, command);
    m_document->undoStack()->push(command);
    selectIds({note.id});
    editNote(note.id);
    return note.id;
}

bool CanvasScene::editNote(const QString &id)
{
    NoteItem *item = m_notes.value(id);
    if (!item)
        return false;
    item->startEditing();
    return true;
}

bool CanvasScene::isEditingText() const
{
    return qgraphicsitem_cast<QGraphicsTextItem *>(focusItem()) != nullptr;
}

} // namespace sd
