// SPDX-License-Identifier: MIT
#include "migration.h"

namespace sd {
namespace {

SourceNode numberNode(const SourceNode &from)
{
    SourceNode n;
    n.type = SourceNode::Type::Scalar;
    n.mark = from.mark;
    n.text = from.text;
    return n;
}

/// {x: 1, y: 2} -> [1, 2]; keeps anything else for the reader to complain about.
void pairToList(SourceNode &node, const char *first, const char *second)
{
    if (!node.isMap())
        return;
    const SourceNode *a = node.find(first);
    const SourceNode *b = node.find(second);
    if (!a || !b || node.entries.size() != 2)
        return;
    SourceNode list;
    list.type = SourceNode::Type::Sequence;
    list.mark = node.mark;
    list.items = {numberNode(*a), numberNode(*b)};
    node = std::move(list);
}

void renameKey(SourceNode &map, const char *from, const char *to)
{
    for (auto &entry : map.entries)
        if (entry.first == from && !map.find(to))
            entry.first = to;
}

/// Version 1 (pre-release): `type` for the kind, positions and sizes as maps,
/// `async: bool` on connections.
void migrate1to2(SourceNode &root)
{
    for (const char *section : {"zones", "components"}) {
        SourceNode *list = root.find(section);
        if (!list || !list->isSequence())
            continue;
        for (SourceNode &item : list->items) {
            if (!item.isMap())
                continue;
            renameKey(item, "type", "kind");
            if (SourceNode *pos = item.find("position"))
                pairToList(*pos, "x", "y");
            if (SourceNode *size = item.find("size"))
                pairToList(*size, "width", "height");
        }
    }
    if (SourceNode *list = root.find("connections"); list && list->isSequence()) {
        for (SourceNode &item : list->items) {
            if (!item.isMap())
                continue;
            for (auto &entry : item.entries) {
                if (entry.first != "async" || !entry.second.isScalar())
                    continue;
                const auto isAsync = scalarToBool(entry.second);
                if (!isAsync)
                    continue; // left as is: the reader reports the unknown key
                entry.first = "mode";
                entry.second.text = *isAsync ? "async" : "sync";
                entry.second.quoted = true;
            }
        }
    }
}

} // namespace

void migrateDesignTree(SourceNode &root, int fromVersion)
{
    if (fromVersion <= 1)
        migrate1to2(root);
    // Future steps: if (fromVersion <= 2) migrate2to3(root); ...
}

} // namespace sd
