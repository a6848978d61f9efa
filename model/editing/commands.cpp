// SPDX-License-Identifier: MIT
#include "commands.h"

#include "catalog.h"
#include "layout.h"
#include "placement.h"
#include "undocommandids.h"

#include <QCoreApplication>

namespace sd {

namespace {
QString itemName(const Design &design, const QString &id)
{
    if (const Component *c = design.component(id))
        return c->name;
    if (const Zone *z = design.zone(id))
        return z->name;
    if (design.note(id))
        return QCoreApplication::translate("UndoCommands", "note");
    return id;
}

/// The property as the property editor labels it ("Backup retention"), or its key when the kind lacks it.
QString propertyLabel(const Document &document, const QString &itemId, const QString &key)
{
    const Design &design = document.design();
    const Component *c = design.component(itemId);
    const Zone *z = c ? nullptr : design.zone(itemId);
    const KindSpec *kind = document.catalog().kind(c ? c->kind : z ? z->kind : QString());
    const PropertySpec *spec = kind ? kind->property(key) : nullptr;
    return spec ? spec->labelText() : key;
}
} // namespace

// --- AddItems ------------------------------------------------------------------

AddItems::AddItems(Document *document, DesignFragment fragment, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_fragment(std::move(fragment))
{
}

void AddItems::redo() { m_document->applyAdd(m_fragment); }
void AddItems::undo() { m_document->applyRemove(m_fragment); }

// --- RemoveItems ---------------------------------------------------------------

RemoveItems::RemoveItems(Document *document, const QStringList &ids, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_fragment(extractForRemoval(document->design(), ids))
{
    const int count = int(m_fragment.zones.size() + m_fragment.components.size() + m_fragment.notes.size());
    if (count == 1)
        setText(QCoreApplication::translate("UndoCommands", "Delete %1").arg(itemName(document->design(), ids.value(0))));
    else if (count == 0)
        setText(QCoreApplication::translate("UndoCommands", "Delete %n connection(s)", nullptr, int(m_fragment.connections.size())));
    else
        setText(QCoreApplication::translate("UndoCommands", "Delete %n item(s)", nullptr, count));
}

void RemoveItems::redo() { m_document->applyRemove(m_fragment); }
void RemoveItems::undo() { m_document->applyAdd(m_fragment); }

// --- PlaceItems ----------------------------------------------------------------

PlaceItems::PlaceItems(Document *document, std::vector<ItemPlacement> before, std::vector<ItemPlacement> after,
                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

bool PlaceItems::isValid(const Design &design, const std::vector<ItemPlacement> &after)
{
    // Check against the design with all the new parents in place.
    Design trial = design;
    for (const ItemPlacement &p : after)
        if (!trial.setParentZone(p.id, p.parent))
            return false;
    return true;
}

void PlaceItems::apply(const std::vector<ItemPlacement> &placements)
{
    for (const ItemPlacement &p : placements)
        m_document->applyPlacement(p.id, p.parent, p.position);
}

void PlaceItems::redo() { apply(m_after); }
void PlaceItems::undo() { apply(m_before); }

// --- ResizeItem ----------------------------------------------------------------

ResizeItem::ResizeItem(Document *document, const QString &id, QPointF newPosition, QSizeF newSize,
                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Resize %1").arg(itemName(document->design(), id)), parent),
      m_document(document), m_id(id), m_newPosition(newPosition), m_newSize(newSize)
{
    if (const Component *c = document->design().component(id)) {
        m_parent = c->zone;
        m_oldPosition = c->position;
        m_oldSize = c->size;
    } else if (const Zone *z = document->design().zone(id)) {
        m_parent = z->parent;
        m_oldPosition = z->position;
        m_oldSize = z->size;
    } else if (const Note *n = document->design().note(id)) {
        m_parent = n->zone;
        m_oldPosition = n->position;
        m_oldSize = n->size;
    }
}

void ResizeItem::redo()
{
    m_document->applyPlacement(m_id, m_parent, m_newPosition);
    m_document->applySize(m_id, m_newSize);
}

void ResizeItem::undo()
{
    m_document->applyPlacement(m_id, m_parent, m_oldPosition);
    m_document->applySize(m_id, m_oldSize);
}

// --- growing zones ------------------------------------------------------------

void addZoneGrowth(Document *document, const LayoutPlacements &growth, const QSet<QString> &skip, QUndoCommand *command)
{
    const Design &design = document->design();
    for (const auto &[id, size] : growth.sizes) {
        if (skip.contains(id))
            continue;
        const auto moved = growth.positions.find(id);
        const Zone *zone = design.zone(id);
        if (zone)
            new ResizeItem(document, id, moved != growth.positions.end() ? moved->second : zone->position, size, command);
    }
    std::vector<ItemPlacement> before, after;
    for (const auto &[id, position] : growth.positions) {
        if (skip.contains(id) || growth.sizes.count(id))
            continue;
        if (const Component *c = design.component(id)) {
            before.push_back({id, c->zone, c->position});
            after.push_back({id, c->zone, position});
        } else if (const Zone *z = design.zone(id)) {
            before.push_back({id, z->parent, z->position});
            after.push_back({id, z->parent, position});
        } else if (const Note *n = design.note(id)) {
            before.push_back({id, n->zone, n->position});
            after.push_back({id, n->zone, position});
        }
    }
    if (!after.empty())
        new PlaceItems(document, before, after, command->text(), command);
}

QUndoCommand *placeItemsInZones(Document *document, const std::vector<ItemPlacement> &before,
                                std::vector<ItemPlacement> after, const QString &text)
{
    Design moved = document->design();
    QStringList ids;
    QSet<QString> skip;
    for (const ItemPlacement &p : after) {
        moved.setParentZone(p.id, p.parent);
        if (Component *c = moved.mutableComponent(p.id))
            c->position = p.position;
        else if (Zone *z = moved.mutableZone(p.id))
            z->position = p.position;
        else if (Note *n = moved.mutableNote(p.id))
            n->position = p.position;
        ids.append(p.id);
        skip.insert(p.id);
    }
    const LayoutPlacements growth = growZonesToFit(moved, document->catalog(), ids);
    if (growth.empty())
        return new PlaceItems(document, before, after, text);
    // A moved item inside a zone that grows left or up shifts with the zone's other members.
    for (ItemPlacement &p : after)
        if (const auto shifted = growth.positions.find(p.id); shifted != growth.positions.end())
            p.position = shifted->second;
    auto *command = new QUndoCommand(text);
    new PlaceItems(document, before, after, text, command);
    addZoneGrowth(document, growth, skip, command);
    return command;
}

QUndoCommand *resizeItemInZone(Document *document, const QString &id, QPointF newPosition, QSizeF newSize)
{
    Design resized = document->design();
    if (Component *c = resized.mutableComponent(id)) {
        c->position = newPosition;
        c->size = newSize;
    } else if (Zone *z = resized.mutableZone(id)) {
        z->position = newPosition;
        z->size = newSize;
    } else if (Note *n = resized.mutableNote(id)) {
        n->position = newPosition;
        n->size = newSize;
    }
    const LayoutPlacements growth = growZonesToFit(resized, document->catalog(), {id});
    if (growth.empty())
        return new ResizeItem(document, id, newPosition, newSize);
    const auto shifted = growth.positions.find(id);
    auto *command = new QUndoCommand;
    auto *own = new ResizeItem(document, id, shifted != growth.positions.end() ? shifted->second : newPosition, newSize, command);
    command->setText(own->text());
    addZoneGrowth(document, growth, {id}, command);
    return command;
}

// --- SetProperty ---------------------------------------------------------------

SetProperty::SetProperty(Document *document, const QString &itemId, const QString &key, const QVariant &value,
                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change %1 of %2")
                       .arg(propertyLabel(*document, itemId, key), itemName(document->design(), itemId)), parent),
      m_document(document), m_itemId(itemId), m_key(key), m_newValue(value)
{
    QString kind;
    if (const Component *c = document->design().component(itemId)) {
        m_oldValue = c->properties.value(key);
        kind = c->kind;
    } else if (const Zone *z = document->design().zone(itemId)) {
        m_oldValue = z->properties.value(key);
        kind = z->kind;
    }
    const KindSpec *spec = document->catalog().kind(kind);
    const PropertySpec *property = spec ? spec->property(key) : nullptr;
    if (property && value.isValid()) {
        m_newValue = property->checkedForStore(value, &m_note);
        if (!m_newValue.isValid()) {
            m_newValue = m_oldValue; // refused: storing it would make a file that cannot be opened
            setObsolete(true);
        }
    }
    // A zone the user has not named follows its properties: a cloud set to Azure is "Azure".
    const Zone *zone = document->design().zone(itemId);
    if (zone && !isObsolete() && hasAutomaticName(*zone, document->catalog())) {
        Zone changed = *zone;
        if (m_newValue.isValid())
            changed.properties.insert(key, m_newValue);
        else
            changed.properties.remove(key);
        QString name = zoneNameFromProperties(changed, document->catalog());
        if (name.isEmpty() && spec && zone->name == zoneNameFromProperties(*zone, document->catalog()))
            name = spec->displayText(); // the name came from a value now cleared
        if (!name.isEmpty() && name != zone->name) {
            m_oldName = zone->name;
            m_newName = name;
        }
    }
}

void SetProperty::redo()
{
    m_document->applyProperty(m_itemId, m_key, m_newValue);
    if (!m_newName.isEmpty())
        m_document->applyName(m_itemId, m_newName);
}

void SetProperty::undo()
{
    m_document->applyProperty(m_itemId, m_key, m_oldValue);
    if (!m_newName.isEmpty())
        m_document->applyName(m_itemId, m_oldName);
}
int SetProperty::id() const { return CmdSetProperty; }

bool SetProperty::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetProperty *>(other);
    if (o->m_itemId != m_itemId || o->m_key != m_key)
        return false;
    m_newValue = o->m_newValue;
    m_note = o->m_note;
    if (!o->m_newName.isEmpty()) {
        if (m_newName.isEmpty())
            m_oldName = o->m_oldName;
        m_newName = o->m_newName;
    }
    setObsolete(m_newValue == m_oldValue);
    return true;
}

// --- RenameItem ----------------------------------------------------------------

RenameItem::RenameItem(Document *document, const QString &itemId, const QString &name, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Rename %1").arg(itemName(document->design(), itemId)), parent),
      m_document(document), m_itemId(itemId), m_oldName(itemName(document->design(), itemId)), m_newName(name)
{
}

void RenameItem::redo() { m_document->applyName(m_itemId, m_newName); }
void RenameItem::undo() { m_document->applyName(m_itemId, m_oldName); }
int RenameItem::id() const { return CmdRename; }

bool RenameItem::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameItem *>(other);
    if (o->m_itemId != m_itemId)
        return false;
    m_newName = o->m_newName;
    setObsolete(m_newName == m_oldName);
    return true;
}

// --- SetPinned -----------------------------------------------------------------

SetPinned::SetPinned(Document *document, const QStringList &componentIds, bool pinned, QUndoCommand *parent)
    : QUndoCommand(pinned ? QCoreApplication::translate("UndoCommands", "Pin %n component(s)", nullptr, int(componentIds.size()))
                          : QCoreApplication::translate("UndoCommands", "Unpin %n component(s)", nullptr, int(componentIds.size())),
                   parent),
      m_document(document), m_pinned(pinned)
{
    for (const QString &id : componentIds)
        if (const Component *c = document->design().component(id))
            m_old.emplace_back(id, c->pinned);
}

void SetPinned::redo()
{
    for (const auto &[id, old] : m_old)
        m_document->applyPinned(id, m_pinned);
}

void SetPinned::undo()
{
    for (const auto &[id, old] : m_old)
        m_document->applyPinned(id, old);
}

// --- SetZOrder ------------------------------------------------------------------

SetZOrder::SetZOrder(Document *document, const QStringList &ids, Where where, QUndoCommand *parent)
    : QUndoCommand(where == Where::Front ? QCoreApplication::translate("UndoCommands", "Bring to Front")
                                         : QCoreApplication::translate("UndoCommands", "Send to Back"),
                   parent),
      m_document(document)
{
    const Design &d = document->design();
    // Siblings: the same parent and the same sort (zones stack among zones, cards among cards).
    struct Item {
        QString id;
        QString group;
        int z;
    };
    std::vector<Item> all;
    for (const Zone &z : d.zones())
        all.push_back({z.id, QStringLiteral("zone:") + z.parent, z.zOrder});
    for (const Component &c : d.components())
        all.push_back({c.id, QStringLiteral("card:") + c.zone, c.zOrder});
    const QSet<QString> chosen(ids.begin(), ids.end());
    QHash<QString, std::vector<Item>> moving;
    QHash<QString, std::pair<int, int>> othersRange; // group -> lowest and highest of the others
    for (const Item &item : all) {
        if (chosen.contains(item.id)) {
            moving[item.group].push_back(item);
        } else {
            auto it = othersRange.find(item.group);
            if (it == othersRange.end())
                othersRange.insert(item.group, {item.z, item.z});
            else
                *it = {std::min(it->first, item.z), std::max(it->second, item.z)};
        }
    }
    for (auto it = moving.begin(); it != moving.end(); ++it) {
        std::vector<Item> &items = it.value();
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.z < b.z; });
        const auto range = othersRange.find(it.key());
        if (range == othersRange.end())
            continue; // alone among its siblings: nothing to stack against
        const int n = int(items.size());
        for (int i = 0; i < n; ++i) {
            const int z = where == Where::Front ? range->second + 1 + i : range->first - n + i;
            if (z != items[size_t(i)].z)
                m_changes.push_back({items[size_t(i)].id, items[size_t(i)].z, z});
        }
    }
    // Already in front (or behind) when every moved item is past every other: no step.
    bool needed = false;
    for (auto it = moving.begin(); it != moving.end(); ++it) {
        const auto range = othersRange.find(it.key());
        if (range == othersRange.end())
            continue;
        for (const Item &item : it.value())
            needed = needed || (where == Where::Front ? item.z <= range->second : item.z >= range->first);
    }
    if (!needed)
        m_changes.clear();
}

void SetZOrder::redo()
{
    for (const ZChange &c : m_changes)
        m_document->applyZOrder(c.id, c.after);
}

void SetZOrder::undo()
{
    for (const ZChange &c : m_changes)
        m_document->applyZOrder(c.id, c.before);
}

// --- SetConnection -------------------------------------------------------------

SetConnection::SetConnection(Document *document, const Connection &connection, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change connection %1").arg(connection.id), parent), m_document(document), m_new(connection)
{
    if (const Connection *c = document->design().connection(connection.id))
        m_old = *c;
}

void SetConnection::redo() { m_document->applyConnection(m_new); }
void SetConnection::undo() { m_document->applyConnection(m_old); }
int SetConnection::id() const { return CmdSetConnection; }

bool SetConnection::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetConnection *>(other);
    // Merge typing in one field (label, protocol), never a re-attachment.
    if (o->m_new.id != m_new.id || o->m_new.from != m_new.from || o->m_new.to != m_new.to)
        return false;
    // A new line style or removed bends is a step of its own, not more of the typing before it.
    if (o->m_new.style != m_new.style || o->m_new.waypoints != m_new.waypoints)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

// --- SetWaypoints -------------------------------------------------------------

SetWaypoints::SetWaypoints(Document *document, const QString &connectionId, std::vector<QPointF> waypoints,
                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_id(connectionId), m_new(std::move(waypoints))
{
    if (const Connection *c = document->design().connection(connectionId))
        m_old = c->waypoints;
}

void SetWaypoints::apply(const std::vector<QPointF> &waypoints)
{
    const Connection *c = m_document->design().connection(m_id);
    if (!c)
        return;
    Connection changed = *c;
    changed.waypoints = waypoints;
    m_document->applyConnection(changed);
}

void SetWaypoints::redo() { apply(m_new); }
void SetWaypoints::undo() { apply(m_old); }

// --- notes ---------------------------------------------------------------------

AddItems *addNoteCommand(Document *document, const Note &note)
{
    DesignFragment fragment;
    fragment.notes.push_back(note);
    return new AddItems(document, std::move(fragment), QCoreApplication::translate("UndoCommands", "Add note"));
}

SetNoteText::SetNoteText(Document *document, const QString &noteId, const QString &text, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit note"), parent), m_document(document), m_id(noteId),
      m_new(text)
{
    if (const Note *n = document->design().note(noteId))
        m_old = n->text;
}

void SetNoteText::redo() { m_document->applyNoteText(m_id, m_new); }
void SetNoteText::undo() { m_document->applyNoteText(m_id, m_old); }

SetNoteColour::SetNoteColour(Document *document, const QStringList &noteIds, NoteColour colour, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change the colour of %n note(s)", nullptr, int(noteIds.size())), parent),
      m_document(document), m_new(colour)
{
    for (const QString &id : noteIds)
        if (const Note *n = document->design().note(id))
            m_old.emplace_back(id, n->colour);
}

void SetNoteColour::redo()
{
    for (const auto &[id, old] : m_old)
        m_document->applyNoteColour(id, m_new);
}

void SetNoteColour::undo()
{
    for (const auto &[id, old] : m_old)
        m_document->applyNoteColour(id, old);
}

// --- SetDesignInfo -------------------------------------------------------------

SetDesignInfo::SetDesignInfo(Document *document, const QString &name, const QString &description,
                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change design name or description"), parent), m_document(document),
      m_oldName(document->design().name), m_newName(name),
      m_oldDescription(document->design().description), m_newDescription(description)
{
}

void SetDesignInfo::redo() { m_document->applyDesignInfo(m_newName, m_newDescription); }
void SetDesignInfo::undo() { m_document->applyDesignInfo(m_oldName, m_oldDescription); }
int SetDesignInfo::id() const { return CmdSetDesignInfo; }

bool SetDesignInfo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetDesignInfo *>(other);
    m_newName = o->m_newName;
    m_newDescription = o->m_newDescription;
    setObsolete(m_newName == m_oldName && m_newDescription == m_oldDescription);
    return true;
}

// --- SetAnswer -----------------------------------------------------------------

SetAnswer::SetAnswer(Document *document, const QString &questionId, const std::optional<Answer> &answer,
                     QUndoCommand *parent)
    : QUndoCommand(answer ? QCoreApplication::translate("UndoCommands", "Answer %1").arg(questionId) : QCoreApplication::translate("UndoCommands", "Clear answer %1").arg(questionId), parent),
      m_document(document), m_questionId(questionId), m_new(answer)
{
    if (const Answer *a = document->design().answer(questionId))
        m_old = *a;
}

void SetAnswer::redo() { m_document->applyAnswer(m_questionId, m_new); }
void SetAnswer::undo() { m_document->applyAnswer(m_questionId, m_old); }
int SetAnswer::id() const { return CmdSetAnswer; }

bool SetAnswer::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetAnswer *>(other);
    if (o->m_questionId != m_questionId)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

// --- SetAcceptedFinding --------------------------------------------------------

SetAcceptedFinding::SetAcceptedFinding(Document *document, const QString &findingId,
                                       const std::optional<AcceptedFinding> &accepted, QUndoCommand *parent)
    : QUndoCommand(accepted ? QCoreApplication::translate("UndoCommands", "Accept finding %1").arg(findingId) : QCoreApplication::translate("UndoCommands", "Reopen finding %1").arg(findingId),
                   parent),
      m_document(document), m_findingId(findingId), m_new(accepted)
{
    if (const AcceptedFinding *a = document->design().acceptedFinding(findingId))
        m_old = *a;
}

void SetAcceptedFinding::redo() { m_document->applyAcceptedFinding(m_findingId, m_new); }
void SetAcceptedFinding::undo() { m_document->applyAcceptedFinding(m_findingId, m_old); }

ReplaceDesign::ReplaceDesign(Document *document, Design design, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->design()), m_new(std::move(design))
{
}

void ReplaceDesign::redo() { m_document->applyDesign(m_new); }
void ReplaceDesign::undo() { m_document->applyDesign(m_old); }

} // namespace sd
