// SPDX-License-Identifier: MIT
#include "editprompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace sd {

EditPrompts EditPrompts::dialogs(QWidget *window)
{
    EditPrompts prompts;
    prompts.deleteZoneContents = [window](const QStringList &zoneNames, int contents) {
        const QString text = zoneNames.size() == 1
                                 ? tr("Delete “%1” and the %n item(s) inside it?", nullptr, contents).arg(zoneNames.first())
                                 : tr("Delete %1 zones and the %n item(s) inside them?", nullptr, contents)
                                       .arg(zoneNames.size());
        QMessageBox box(QMessageBox::Question, tr("Delete Zone"), text, QMessageBox::NoButton, window);
        box.setInformativeText(tr("Everything inside goes too, with its connections. Undo brings it all back."));
        QPushButton *remove = box.addButton(tr("&Delete All"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(remove);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == remove;
    };
    return prompts;
}

} // namespace sd
