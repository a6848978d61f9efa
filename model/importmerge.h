// SPDX-License-Identifier: MIT
// Bringing an imported design into the open one (issue 18): "Import into This Design".
#pragma once

#include "design.h"

#include <QStringList>

namespace sd {

/// What mergeImport() did, for the status bar and the undo text.
struct ImportMerge {
    Design merged;
    int added = 0;      ///< components and zones new to the design
    int updated = 0;    ///< components matched by name whose properties the import changed
    int connections = 0; ///< connections added
    QStringList notes;  ///< "Orders: replicas 2 -> 3", one per changed property or kind clash
};

/**
 * The open design with an import merged in by name (case and spacing ignored): a zone or component
 * whose name is already in the design is that item, so the import's properties update it (the
 * import reflects what runs) and its position, pins and connections stay. Everything else is
 * added with an id unique in the design, at (0,0) of its zone, where `layout --new-only` places it,
 * and connections are added between the matched or new ends unless the design already has one
 * between the same two. A matched component of another kind keeps its own kind (noted). The
 * source metadata of the import (`source.<id>`) is carried over under the ids used.
 */
ImportMerge mergeImport(const Design &open, const Design &imported);

} // namespace sd
