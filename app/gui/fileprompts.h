// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace sd {

/// What the user chose when saving would overwrite changes another program made to the file.
enum class SaveConflictChoice {
    Reload,    ///< take the file on disk, drop my unsaved changes (undo brings them back)
    Overwrite, ///< replace the file on disk with mine
    SaveAs,    ///< keep both: mine goes to another file
    Cancel,    ///< do nothing yet
};

/**
 * The questions the studio asks about its file on disk. They are plain functions so a test can
 * answer them (the GUI tests choose each answer and check the files left behind); `dialogs()`
 * gives the real message boxes and file dialog.
 */
struct FilePrompts {
    Q_DECLARE_TR_FUNCTIONS(FilePrompts)

public:
    /// Saving `fileName` would overwrite what another program wrote there since.
    std::function<SaveConflictChoice(const QString &fileName)> saveConflict;
    /// `fileName` changed on disk while it has unsaved changes here: true reloads it.
    std::function<bool(const QString &fileName)> reloadOverUnsavedChanges;
    /// Where to save (Save As); "" cancels.
    std::function<QString(const QString &suggestion)> saveAsPath;

    /// The message boxes, parented to `window` (the window brings its own Save As dialog).
    static FilePrompts dialogs(QWidget *window);
};

} // namespace sd
