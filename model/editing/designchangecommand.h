// SPDX-License-Identifier: MIT
#pragma once

#include "fixes.h"

#include <QUndoCommand>

namespace sd {

class Document;

/**
 * Applies a DesignChange (a one-click fix) as one undo step: its connections removed, components
 * moved, properties set, components and connections added, each through the command that does
 * it on its own, as children of this one. Undo puts everything back with the same ids.
 */
class ApplyDesignChange : public QUndoCommand
{
public:
    ApplyDesignChange(Document *document, const DesignChange &change, const QString &text, QUndoCommand *parent = nullptr);
};

} // namespace sd
