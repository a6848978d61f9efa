// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {

class Document;

/**
 * Design > Resolve Merge Conflicts…: what `stackdraft-cli merge` could not decide, one row per
 * conflict with the merged and the other side's value and why. Keep Merged Value or Use Other Value
 * resolves the selected one as one undo step (model/conflictresolution); the file is clean once the
 * list is empty and saved.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(Document *document, QWidget *parent = nullptr);

private:
    void refresh();
    void resolve(bool takeOther);
    void updateButtons();

    Document *m_document;
    QTreeWidget *m_list;
    QPushButton *m_keep;
    QPushButton *m_other;
    QLabel *m_message;
};

} // namespace sd
