// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "diffreport.h"

namespace sd {

CompareMark compareMarkOf(const ItemChange &change)
{
    switch (change.kind) {
    case ChangeKind::Added: return CompareMark::Added;
    case ChangeKind::Removed: return CompareMark::Removed;
    case ChangeKind::Renamed: return CompareMark::Changed;
    case ChangeKind::Changed: return isLayoutOnly(change) ? CompareMark::Moved : CompareMark::Changed;
    }
    return CompareMark::None;
}

Comparison Comparison::of(const Design &other, const Design &open, const Catalog &catalog)
{
    Comparison c;
    c.diff = diffDesigns(other, open);
    c.findings = diffFindings(other, open, c.diff, catalog);
    for (const ItemChange &change : c.diff.changes) {
        const CompareMark mark = compareMarkOf(change);
        if (change.type != DiffItemType::Design && mark != CompareMark::Removed)
            c.marks.insert(change.id, mark);
    }
    return c;
}

} // namespace sd
