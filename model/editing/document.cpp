// SPDX-License-Identifier: MIT
#include "document.h"

#include "catalog.h"
#include "commands.h"

#include <QFileInfo>

namespace sd {

Document::Document(const Catalog &catalog, QObject *parent)
    : QObject(parent), m_catalog(catalog)
{
    qRegisterMetaType<sd::Changes>();
    m_design.name = tr("Untitled design");
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

QString Document::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled") : QFileInfo(m_fileName).fileName();
}

bool Document::load(const QString &path, Diagnostics *diagnostics)
{
    LoadResult result = loadDesign(path, m_catalog);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.ok())
        return false;
    // A migrated file keeps its name, but saving will write the new version.
    reset(*result.design, path);
    m_diskStamp = result.stamp;
    return true;
}

Document::SaveResult Document::save(const QString &path, QString *error, ChangesOnDisk changesOnDisk)
{
    // Only this document's own file can hold someone else's newer work; a file picked in
    // Save As was confirmed by the file dialog. A file that was removed meanwhile is written anew.
    if (changesOnDisk == ChangesOnDisk::Refuse && path == m_fileName && diskState() == DiskState::Changed) {
        if (error)
            *error = tr("%1 was changed by another program since it was opened or last saved here").arg(path);
        return SaveResult::ChangedOnDisk;
    }
    FileStamp written;
    if (!saveDesign(m_design, path, formatForPath(path), error, &written))
        return SaveResult::Failed;
    m_diskStamp = written;
    setFileName(path);
    m_undoStack.setClean();
    return SaveResult::Saved;
}

bool Document::reloadFromDisk(Diagnostics *diagnostics)
{
    LoadResult result = loadDesign(m_fileName, m_catalog);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.ok())
        return false;
    m_undoStack.push(new ReplaceDesign(this, *result.design, tr("Reload from disk")));
    m_diskStamp = result.stamp;
    m_undoStack.setClean();
    return true;
}

void Document::reset(const Design &design, const QString &fileName)
{
    m_undoStack.clear();
    m_design = design;
    m_diskStamp = {};
    setFileName(fileName);
    Q_EMIT designReset();
    Q_EMIT changed();
}

void Document::applyDesign(const Design &design)
{
    m_design = design;
    Q_EMIT designReset();
    Q_EMIT changed();
}

void Document::applyAdd(const DesignFragment &f)
{
    for (const Zone &z : f.zones)
        if (m_design.addZone(z))
            Q_EMIT zoneAdded(z.id);
    for (const Component &c : f.components)
        if (m_design.addComponent(c))
            Q_EMIT componentAdded(c.id);
    for (const Connection &c : f.connections)
        if (m_design.addConnection(c))
            Q_EMIT connectionAdded(c.id);
    for (const Note &n : f.notes)
        if (m_design.addNote(n))
            Q_EMIT noteAdded(n.id);
    Q_EMIT changed();
}

void Document::applyRemove(const DesignFragment &f)
{
    for (const Note &n : f.notes) { // before their zones
        Q_EMIT noteAboutToBeRemoved(n.id);
        m_design.removeNote(n.id);
    }
    for (const Connection &c : f.connections) {
        Q_EMIT connectionAboutToBeRemoved(c.id);
        m_design.removeConnection(c.id);
    }
    for (const Component &c : f.components) {
        Q_EMIT componentAboutToBeRemoved(c.id);
        m_design.removeComponent(c.id);
    }
    // Children before parents: the fragment lists parents first.
    for (auto it = f.zones.rbegin(); it != f.zones.rend(); ++it) {
        Q_EMIT zoneAboutToBeRemoved(it->id);
        m_design.removeZone(it->id);
    }
    Q_EMIT changed();
}

void Document::emitItemChanged(const QString &itemId, Changes changes)
{
    if (m_design.component(itemId))
        Q_EMIT componentChanged(itemId, changes);
    else if (m_design.zone(itemId))
        Q_EMIT zoneChanged(itemId, changes);
    else if (m_design.connection(itemId))
        Q_EMIT connectionChanged(itemId, changes);
    else if (m_design.note(itemId))
        Q_EMIT noteChanged(itemId, changes);
    Q_EMIT changed();
}

void Document::applyPlacement(const QString &itemId, const QString &parent, QPointF position)
{
    Changes changes;
    if (Component *c = m_design.mutableComponent(itemId)) {
        if (c->zone != parent && m_design.setParentZone(itemId, parent))
            changes |= Change::Parent;
        c->position = position;
    } else if (Zone *z = m_design.mutableZone(itemId)) {
        if (z->parent != parent && m_design.setParentZone(itemId, parent))
            changes |= Change::Parent;
        z->position = position;
    } else if (Note *n = m_design.mutableNote(itemId)) {
        if (n->zone != parent && m_design.setParentZone(itemId, parent))
            changes |= Change::Parent;
        n->position = position;
    } else {
        return;
    }
    emitItemChanged(itemId, changes | Change::Position);
}

void Document::applySize(const QString &itemId, QSizeF size)
{
    if (Component *c = m_design.mutableComponent(itemId))
        c->size = size;
    else if (Zone *z = m_design.mutableZone(itemId))
        z->size = size;
    else if (Note *n = m_design.mutableNote(itemId))
        n->size = size;
    else
        return;
    emitItemChanged(itemId, Change::Size);
}

void Document::applyName(const QString &itemId, const QString &name)
{
    if (Component *c = m_design.mutableComponent(itemId))
        c->name = name;
    else if (Zone *z = m_design.mutableZone(itemId))
        z->name = name;
    else
        return;
    emitItemChanged(itemId, Change::Name);
}

void Document::applyProperty(const QString &itemId, const QString &key, const QVariant &value)
{
    PropertyMap *properties = nullptr;
    if (Component *c = m_design.mutableComponent(itemId))
        properties = &c->properties;
    else if (Zone *z = m_design.mutableZone(itemId))
        properties = &z->properties;
    if (!properties)
        return;
    if (value.isValid())
        properties->insert(key, value);
    else
        properties->remove(key); // back to the catalog default
    emitItemChanged(itemId, Change::Properties);
}

void Document::applyPinned(const QString &componentId, bool pinned)
{
    if (Component *c = m_design.mutableComponent(componentId)) {
        c->pinned = pinned;
        emitItemChanged(componentId, Change::Pinned);
    }
}

void Document::applyZOrder(const QString &itemId, int zOrder)
{
    if (Component *c = m_design.mutableComponent(itemId)) {
        c->zOrder = zOrder;
        emitItemChanged(itemId, Change::ZOrder);
    } else if (Zone *z = m_design.mutableZone(itemId)) {
        z->zOrder = zOrder;
        emitItemChanged(itemId, Change::ZOrder);
    }
}

void Document::applyConnection(const Connection &connection)
{
    Connection *c = m_design.mutableConnection(connection.id);
    if (!c)
        return;
    Changes changes;
    if (c->from != connection.from || c->to != connection.to)
        changes |= Change::Ends;
    if (c->protocol != connection.protocol || c->port != connection.port || c->mode != connection.mode
        || c->label != connection.label)
        changes |= Change::Details;
    if (c->waypoints != connection.waypoints || c->style != connection.style)
        changes |= Change::Route;
    *c = connection;
    emitItemChanged(connection.id, changes);
}

void Document::applyNoteText(const QString &noteId, const QString &text)
{
    if (Note *n = m_design.mutableNote(noteId)) {
        n->text = text;
        emitItemChanged(noteId, Change::Text);
    }
}

void Document::applyNoteColour(const QString &noteId, NoteColour colour)
{
    if (Note *n = m_design.mutableNote(noteId)) {
        n->colour = colour;
        emitItemChanged(noteId, Change::Colour);
    }
}

void Document::applyDesignInfo(const QString &name, const QString &description)
{
    m_design.name = name;
    m_design.description = description;
    Q_EMIT designInfoChanged();
    Q_EMIT changed();
}

void Document::applyAnswer(const QString &questionId, const std::optional<Answer> &answer)
{
    if (answer)
        m_design.setAnswer(*answer);
    else
        m_design.removeAnswer(questionId);
    Q_EMIT questionnaireChanged();
    Q_EMIT changed();
}

void Document::applyAcceptedFinding(const QString &findingId, const std::optional<AcceptedFinding> &accepted)
{
    if (accepted)
        m_design.setAcceptedFinding(*accepted);
    else
        m_design.removeAcceptedFinding(findingId);
    Q_EMIT acceptedFindingsChanged();
    Q_EMIT changed();
}

} // namespace sd
