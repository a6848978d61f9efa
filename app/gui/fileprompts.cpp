// SPDX-License-Identifier: MIT
#include "fileprompts.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace sd {

namespace {
/// A message box without buttons yet: the caller adds the choices.
std::unique_ptr<QMessageBox> fileChangedBox(QWidget *window, QMessageBox::Icon icon, const QString &text, const QString &details)
{
    auto box = std::make_unique<QMessageBox>(icon, FilePrompts::tr("File changed on disk"), text, QMessageBox::NoButton, window);
    box->setInformativeText(details);
    return box;
}
} // namespace

FilePrompts FilePrompts::dialogs(QWidget *window)
{
    FilePrompts prompts;
    prompts.saveConflict = [window](const QString &fileName) {
        const auto owned = fileChangedBox(window, QMessageBox::Warning,
                                          tr("“%1” was changed by another program since you opened or last saved it here. "
                                             "Saving now would overwrite those changes.")
                                              .arg(QFileInfo(fileName).fileName()),
                                          tr("Reload shows the file as it is on disk; your unsaved changes stay in the "
                                             "undo history. Save As keeps both versions."));
        QMessageBox &box = *owned;
        QPushButton *reload = box.addButton(tr("&Reload (Discard Mine)"), QMessageBox::DestructiveRole);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
        QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::ActionRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAs);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() == reload)
            return SaveConflictChoice::Reload;
        if (box.clickedButton() == overwrite)
            return SaveConflictChoice::Overwrite;
        if (box.clickedButton() == saveAs)
            return SaveConflictChoice::SaveAs;
        return SaveConflictChoice::Cancel;
    };
    prompts.reloadOverUnsavedChanges = [window](const QString &fileName) {
        const auto owned = fileChangedBox(window, QMessageBox::Question,
                                          tr("“%1” was changed by another program, and you have unsaved changes here.")
                                              .arg(QFileInfo(fileName).fileName()),
                                          tr("Reload shows the file as it is on disk; Undo brings your changes back. "
                                             "Keep My Changes leaves the file alone until you save, which asks again."));
        QMessageBox &box = *owned;
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep My Changes"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == reload;
    };
    return prompts;
}

} // namespace sd
