// SPDX-License-Identifier: MIT
// The geometric promises of auto-layout (issue 16), checked on a design: what a user sees.
#pragma once

#include "catalog.h"
#include "design.h"

#include <QRectF>
#include <QStringList>

namespace sd::test {

inline QSizeF itemSize(const Design &design, const Catalog &catalog, const QString &id)
{
    QSizeF stored;
    QString kind;
    if (const Component *c = design.component(id)) {
        stored = c->size;
        kind = c->kind;
    } else if (const Zone *z = design.zone(id)) {
        stored = z->size;
        kind = z->kind;
    }
    if (!stored.isEmpty())
        return stored;
    const KindSpec *k = catalog.kind(kind);
    return k ? k->defaultSize : QSizeF();
}

inline QRectF sceneRectOf(const Design &design, const Catalog &catalog, const QString &id)
{
    return QRectF(design.scenePosition(id), itemSize(design, catalog, id));
}

/**
 * Every problem a person would see: a child outside its zone or under its title bar (28
 * units), two cards that overlap, two sibling zones that overlap, a card over a sibling zone.
 * Empty when the layout keeps its promises.
 */
inline QStringList layoutProblems(const Design &design, const Catalog &catalog, qreal titleHeight = 28)
{
    QStringList problems;
    auto checkInside = [&](const QString &id, const QString &parent) {
        if (parent.isEmpty())
            return;
        const QRectF child = sceneRectOf(design, catalog, id);
        const QRectF zone = sceneRectOf(design, catalog, parent);
        const QRectF body = zone.adjusted(0, titleHeight, 0, 0);
        if (!body.contains(child))
            problems << QStringLiteral("%1 is not inside %2 below its title").arg(id, parent);
    };
    for (const Component &c : design.components())
        checkInside(c.id, c.zone);
    for (const Zone &z : design.zones())
        checkInside(z.id, z.parent);
    const auto &components = design.components();
    for (size_t i = 0; i < components.size(); ++i)
        for (size_t j = i + 1; j < components.size(); ++j)
            if (sceneRectOf(design, catalog, components[i].id).intersects(sceneRectOf(design, catalog, components[j].id)))
                problems << QStringLiteral("%1 overlaps %2").arg(components[i].id, components[j].id);
    // Siblings: zones with the same parent, and a card beside a zone in the same parent.
    for (const Zone &a : design.zones()) {
        for (const Zone &b : design.zones())
            if (a.id < b.id && a.parent == b.parent
                && sceneRectOf(design, catalog, a.id).intersects(sceneRectOf(design, catalog, b.id)))
                problems << QStringLiteral("zones %1 and %2 overlap").arg(a.id, b.id);
        for (const Component &c : components)
            if (c.zone == a.parent && sceneRectOf(design, catalog, a.id).intersects(sceneRectOf(design, catalog, c.id)))
                problems << QStringLiteral("%1 lies on zone %2").arg(c.id, a.id);
    }
    return problems;
}

} // namespace sd::test
