// SPDX-License-Identifier: MIT
#include "designchangecommand.h"

#include "commands.h"
#include "document.h"

namespace sd {

ApplyDesignChange::ApplyDesignChange(Document *document, const DesignChange &change, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
{
    const Design &design = document->design();
    // The children are built against the design as it is now and run in this order, which is
    // the order applyDesignChange() uses; none of them depends on a later one.
    if (!change.removedConnections.isEmpty())
        new RemoveItems(document, change.removedConnections, this);
    if (!change.moves.empty()) {
        std::vector<ItemPlacement> before, after;
        for (const ItemMove &m : change.moves)
            if (const Component *c = design.component(m.id)) {
                before.push_back({c->id, c->zone, c->position});
                after.push_back({m.id, m.zone, m.position});
            }
        new PlaceItems(document, std::move(before), std::move(after), text, this);
    }
    for (const PropertyEdit &p : change.properties)
        new SetProperty(document, p.itemId, p.key, p.value, this);
    if (!change.addedComponents.empty() || !change.addedConnections.empty()) {
        DesignFragment added;
        added.components = change.addedComponents;
        added.connections = change.addedConnections;
        new AddItems(document, std::move(added), text, this);
    }
}

} // namespace sd
