// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sd {

/// What to compare the open design with: a git revision of its file, or another file.
struct CompareTarget {
    QString revision; ///< "HEAD", "HEAD~1", "main"... (empty: `file`)
    QString file;
};

/**
 * The questions compare mode asks. Plain functions, like FilePrompts, so a test can answer them;
 * `dialogs()` gives the real dialog and message box.
 */
struct ComparePrompts {
    Q_DECLARE_TR_FUNCTIONS(ComparePrompts)

public:
    /// What to compare with; nullopt cancels. `openFile` is the open design's file ("" when unsaved).
    std::function<std::optional<CompareTarget>(const QString &openFile)> chooseTarget;
    /// Why the comparison could not be made (`text` names the file or revision and the problem).
    std::function<void(const QString &text, const QString &details)> showError;

    /// The dialog and the message box, parented to `window`.
    static ComparePrompts dialogs(QWidget *window);
};

} // namespace sd
