// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"
#include "designio.h"
#include "fragment.h"

#include <QObject>
#include <QUndoStack>

namespace sd {

class Catalog;

/// What changed about an item, so views update only that.
enum class Change : unsigned {
    Name = 1u << 0,
    Position = 1u << 1,
    Size = 1u << 2,
    Parent = 1u << 3,
    Properties = 1u << 4,
    Pinned = 1u << 5,
    Ends = 1u << 6,     ///< connection from/to
    Details = 1u << 7,  ///< connection protocol, port, mode, label
    Route = 1u << 8,    ///< connection waypoints, style
    ZOrder = 1u << 9,   ///< zone or component stacking
    Text = 1u << 10,    ///< a note's text
    Colour = 1u << 11,  ///< a note's colour
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

/**
 * Owns one design, its file name and its undo stack, and is the one object that
 * signals changes. Views read `design()`; every edit goes through an undo command
 * (commands.h), which calls the `apply*` mutators below.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(const Catalog &catalog, QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    const Catalog &catalog() const { return m_catalog; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// Title for windows: file name (or "Untitled") without the path.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    /**
     * Loads a file. On failure nothing changes (design, file name, undo history)
     * and the diagnostics say why.
     */
    bool load(const QString &path, Diagnostics *diagnostics);

    enum class SaveResult {
        Saved,
        Failed,        ///< the write failed; `error` says why and the file on disk is unchanged
        ChangedOnDisk, ///< refused: someone else changed the file since it was read or saved here
    };
    enum class ChangesOnDisk {
        Refuse,    ///< the default: never overwrite what another program wrote since
        Overwrite, ///< the user chose to replace it
    };
    /**
     * Saves atomically; on success the file name is set and the document is clean. Saving over
     * this document's own file first compares the file with what was last read or written here
     * (modification time and SHA-256): when someone else changed it in between, nothing is
     * written and ChangedOnDisk is returned, unless `changesOnDisk` is Overwrite.
     */
    SaveResult save(const QString &path, QString *error, ChangesOnDisk changesOnDisk = ChangesOnDisk::Refuse);
    /// Replaces the whole design (New, template, revert); clears the undo history.
    void reset(const Design &design, const QString &fileName = {});

    /// The file as this document last read or wrote it (null before the first load or save).
    const FileStamp &diskStamp() const { return m_diskStamp; }
    /// Recovery: the edits were based on an older version of the file than the one just loaded.
    void setDiskStamp(const FileStamp &stamp) { m_diskStamp = stamp; }
    /// How the file on disk compares with that stamp now (reads and hashes it).
    DiskState diskState() const { return diskStateOf(m_fileName, m_diskStamp); }
    /**
     * Reads the file again after someone else changed it: the design on disk replaces this one
     * as one undo step ("Reload from disk"), and the document is clean. Unsaved edits are not
     * lost: undo brings them back. On failure nothing changes and the diagnostics say why.
     */
    bool reloadFromDisk(Diagnostics *diagnostics);

    // --- mutators for undo commands; nothing else should call them -------------
    void applyAdd(const DesignFragment &fragment);
    void applyRemove(const DesignFragment &fragment);
    void applyPlacement(const QString &itemId, const QString &parent, QPointF position);
    void applySize(const QString &itemId, QSizeF size);
    void applyName(const QString &itemId, const QString &name);
    void applyProperty(const QString &itemId, const QString &key, const QVariant &value);
    void applyPinned(const QString &componentId, bool pinned);
    void applyZOrder(const QString &itemId, int zOrder);
    void applyConnection(const Connection &connection);
    void applyNoteText(const QString &noteId, const QString &text);
    void applyNoteColour(const QString &noteId, NoteColour colour);
    void applyDesignInfo(const QString &name, const QString &description);
    void applyAnswer(const QString &questionId, const std::optional<Answer> &answer);
    void applyAcceptedFinding(const QString &findingId, const std::optional<AcceptedFinding> &accepted);
    /// Replaces the whole design, keeping the undo history (ReplaceDesign).
    void applyDesign(const Design &design);

Q_SIGNALS:
    void zoneAdded(const QString &id);
    void zoneAboutToBeRemoved(const QString &id);
    void zoneChanged(const QString &id, sd::Changes changes);
    void componentAdded(const QString &id);
    void componentAboutToBeRemoved(const QString &id);
    void componentChanged(const QString &id, sd::Changes changes);
    void connectionAdded(const QString &id);
    void connectionAboutToBeRemoved(const QString &id);
    void connectionChanged(const QString &id, sd::Changes changes);
    void noteAdded(const QString &id);
    void noteAboutToBeRemoved(const QString &id);
    void noteChanged(const QString &id, sd::Changes changes);
    void designInfoChanged();
    void questionnaireChanged();
    void acceptedFindingsChanged();
    /// The whole design was replaced: views rebuild.
    void designReset();
    /// Anything changed (after the specific signal): for validation, autosave, titles.
    void changed();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    void emitItemChanged(const QString &itemId, Changes changes);

    const Catalog &m_catalog;
    Design m_design;
    QString m_fileName;
    FileStamp m_diskStamp;
    QUndoStack m_undoStack;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::Changes)
