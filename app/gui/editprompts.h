// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace sd {

/**
 * The questions the studio asks before an edit that takes more than the user pointed at. Plain
 * functions, like FilePrompts, so a test can answer them; `dialogs()` gives the message boxes.
 */
struct EditPrompts {
    Q_DECLARE_TR_FUNCTIONS(EditPrompts)

public:
    /// Deleting the zones named `zoneNames` deletes `contents` items inside them too: true deletes.
    std::function<bool(const QStringList &zoneNames, int contents)> deleteZoneContents;

    /// The message boxes, parented to `window`.
    static EditPrompts dialogs(QWidget *window);
};

} // namespace sd
