// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QSet>
#include <QUndoCommand>

#include <optional>

namespace sd {

/// Adds zones, components and connections (create, paste, duplicate, template pieces).
class AddItems : public QUndoCommand
{
public:
    AddItems(Document *document, DesignFragment fragment, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    DesignFragment m_fragment;
};

/// Deletes items with everything inside deleted zones and every connection that touches them;
/// undo restores the same items with the same ids.
class RemoveItems : public QUndoCommand
{
public:
    RemoveItems(Document *document, const QStringList &ids, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool isEmpty() const { return m_fragment.isEmpty(); }

private:
    Document *m_document;
    DesignFragment m_fragment;
};

/// Where an item sits: its zone and its position relative to that zone.
struct ItemPlacement {
    QString id;
    QString parent;
    QPointF position;
};

/**
 * Moves and reparents items: one drag (or arrow-key step, or auto-layout) is one
 * command, so one undo puts everything back.
 */
class PlaceItems : public QUndoCommand
{
public:
    PlaceItems(Document *document, std::vector<ItemPlacement> before, std::vector<ItemPlacement> after,
               const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

    /// Whether every placement keeps the zone tree acyclic (a zone cannot go into itself).
    static bool isValid(const Design &design, const std::vector<ItemPlacement> &after);

private:
    void apply(const std::vector<ItemPlacement> &placements);

    Document *m_document;
    std::vector<ItemPlacement> m_before;
    std::vector<ItemPlacement> m_after;
};

/// Resizes a component, zone or note; resizing from the left or top moves it too.
class ResizeItem : public QUndoCommand
{
public:
    ResizeItem(Document *document, const QString &id, QPointF newPosition, QSizeF newSize,
               QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QString m_id;
    QString m_parent;
    QPointF m_oldPosition, m_newPosition;
    QSizeF m_oldSize, m_newSize;
};

struct LayoutPlacements;

/**
 * Adds to `command`, as its children, what grows zones as `growth` says (growZonesToFit in
 * model/layout.h) and shifts their members; items in `skip` are placed by the caller.
 */
void addZoneGrowth(Document *document, const LayoutPlacements &growth, const QSet<QString> &skip, QUndoCommand *command);

/**
 * One undo step that moves items (a drag, a nudge) and grows the zones they land in, and the
 * zones around those, so that every item stays inside its parent.
 */
QUndoCommand *placeItemsInZones(Document *document, const std::vector<ItemPlacement> &before,
                                std::vector<ItemPlacement> after, const QString &text);

/// One undo step that resizes a zone or component and grows the zones around it to hold it.
QUndoCommand *resizeItemInZone(Document *document, const QString &id, QPointF newPosition, QSizeF newSize);

/// Sets one property; consecutive edits of the same property merge into one step,
/// and an edit that returns to the original value disappears.
class SetProperty : public QUndoCommand
{
public:
    /// An invalid `value` resets the property to the catalog default. A value the catalog does not
    /// allow is clamped into its range or, when it cannot be, refused (the command does nothing);
    /// `note()` then says what happened.
    SetProperty(Document *document, const QString &itemId, const QString &key, const QVariant &value,
                QUndoCommand *parent = nullptr);
    QString note() const { return m_note; }
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_itemId;
    QString m_key;
    QVariant m_oldValue, m_newValue;
    QString m_oldName, m_newName; ///< a zone renamed after its properties (empty: not renamed)
    QString m_note;
};

/// Renames a component or zone; typing merges like SetProperty.
class RenameItem : public QUndoCommand
{
public:
    RenameItem(Document *document, const QString &itemId, const QString &name, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_itemId;
    QString m_oldName, m_newName;
};

/// Pins or unpins components for auto-layout.
class SetPinned : public QUndoCommand
{
public:
    SetPinned(Document *document, const QStringList &componentIds, bool pinned, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::vector<std::pair<QString, bool>> m_old;
    bool m_pinned;
};

/**
 * Brings zones and components to the front of their siblings, or sends them to the back: new
 * stacking orders above (or below) every sibling's, keeping the moved items' own order.
 */
class SetZOrder : public QUndoCommand
{
public:
    enum class Where { Front, Back };
    SetZOrder(Document *document, const QStringList &ids, Where where, QUndoCommand *parent = nullptr);
    /// Whether it changes nothing (everything is already there).
    bool isEmpty() const { return m_changes.empty(); }
    void undo() override;
    void redo() override;

private:
    struct ZChange {
        QString id;
        int before, after;
    };
    Document *m_document;
    std::vector<ZChange> m_changes;
};

/// Changes a connection: re-attached ends, protocol, port, mode, label.
class SetConnection : public QUndoCommand
{
public:
    SetConnection(Document *document, const Connection &connection, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Connection m_old, m_new;
};

/**
 * Bends a connection: its waypoints after a drag on the canvas (a new one, or one moved), or
 * with one removed (double-click). One gesture is one step, never merged with the next.
 */
class SetWaypoints : public QUndoCommand
{
public:
    SetWaypoints(Document *document, const QString &connectionId, std::vector<QPointF> waypoints, const QString &text,
                 QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void apply(const std::vector<QPointF> &waypoints);

    Document *m_document;
    QString m_id;
    std::vector<QPointF> m_old, m_new;
};

/// Adds a text note (a new one, from the palette, a menu or the canvas's context menu).
AddItems *addNoteCommand(Document *document, const Note &note);

/**
 * Replaces the text of a note: one editing session in place (double-click, type, click outside)
 * is one step. Never merged: two sessions are two steps, as two renames of a card would be.
 */
class SetNoteText : public QUndoCommand
{
public:
    SetNoteText(Document *document, const QString &noteId, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QString m_id;
    QString m_old, m_new;
};

/// Gives notes another colour from the fixed set.
class SetNoteColour : public QUndoCommand
{
public:
    SetNoteColour(Document *document, const QStringList &noteIds, NoteColour colour, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::vector<std::pair<QString, NoteColour>> m_old;
    NoteColour m_new;
};

/// Changes the design's name and description.
class SetDesignInfo : public QUndoCommand
{
public:
    SetDesignInfo(Document *document, const QString &name, const QString &description,
                  QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_oldName, m_newName, m_oldDescription, m_newDescription;
};

/// Answers, changes or clears (nullopt) a questionnaire answer.
class SetAnswer : public QUndoCommand
{
public:
    SetAnswer(Document *document, const QString &questionId, const std::optional<Answer> &answer,
              QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_questionId;
    std::optional<Answer> m_old, m_new;
};

/// Accepts a finding with a justification, or withdraws the acceptance (nullopt).
class SetAcceptedFinding : public QUndoCommand
{
public:
    SetAcceptedFinding(Document *document, const QString &findingId,
                       const std::optional<AcceptedFinding> &accepted, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QString m_findingId;
    std::optional<AcceptedFinding> m_old, m_new;
};

/**
 * Replaces the whole design as one undo step, keeping the history before it: recovering a
 * crashed session's work, reloading a file someone else changed. Undo puts the design back
 * exactly as it was, so nothing the user had is dropped without a way back.
 */
class ReplaceDesign : public QUndoCommand
{
public:
    ReplaceDesign(Document *document, Design design, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Design m_old, m_new;
};

} // namespace sd
