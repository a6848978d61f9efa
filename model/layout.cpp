// SPDX-License-Identifier: MIT
#include "layout.h"

#include "catalog.h"

#include <QHash>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <functional>

namespace sd {

namespace {
constexpr qreal kPadding = 40;
constexpr qreal kTitle = 32;
constexpr qreal kColumnGap = 90;
constexpr qreal kRowGap = 40;

QSizeF sizeOf(const Component &c, const Catalog &catalog)
{
    if (!c.size.isEmpty())
        return c.size;
    const KindSpec *k = catalog.kind(c.kind);
    return k ? k->defaultSize : QSizeF(180, 72);
}
} // namespace

std::map<QString, QPointF> layeredLayout(const Design &design, const Catalog &catalog, const QStringList &scope)
{
    const QSet<QString> inScope(scope.begin(), scope.end());
    // Group the components to lay out by their zone.
    QHash<QString, QStringList> groups;
    for (const Component &c : design.components())
        if (scope.isEmpty() || inScope.contains(c.id))
            groups[c.zone].append(c.id);

    // Callers of each component, from the connections (whole design, so layers follow real depth).
    QHash<QString, QStringList> callers;
    for (const Connection &c : design.connections())
        callers[c.to].append(c.from);

    std::map<QString, QPointF> result;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const QStringList &members = g.value();
        const QSet<QString> memberSet(members.begin(), members.end());

        // Longest-path layering with cycle protection (a node on the current path is skipped).
        QHash<QString, int> layer;
        QSet<QString> onPath;
        std::function<int(const QString &)> depth = [&](const QString &id) -> int {
            if (auto it = layer.constFind(id); it != layer.constEnd())
                return it.value();
            onPath.insert(id);
            int d = 0;
            const Component *c = design.component(id);
            const KindSpec *k = c ? catalog.kind(c->kind) : nullptr;
            if (!(k && k->hasRole(QStringLiteral("entry")))) {
                for (const QString &caller : callers.value(id))
                    if (memberSet.contains(caller) && !onPath.contains(caller))
                        d = std::max(d, depth(caller) + 1);
            }
            onPath.remove(id);
            layer.insert(id, d);
            return d;
        };
        int layers = 0;
        for (const QString &id : members)
            layers = std::max(layers, depth(id) + 1);

        std::vector<QStringList> columns(static_cast<size_t>(layers));
        for (const QString &id : members)
            columns[size_t(layer.value(id))].append(id);
        // Order each column by the mean row of its callers in the previous columns.
        QHash<QString, double> row;
        for (size_t col = 0; col < columns.size(); ++col) {
            QStringList &column = columns[col];
            std::stable_sort(column.begin(), column.end(), [&](const QString &a, const QString &b) {
                auto bary = [&](const QString &id) {
                    double sum = 0;
                    int n = 0;
                    for (const QString &caller : callers.value(id))
                        if (row.contains(caller)) {
                            sum += row.value(caller);
                            ++n;
                        }
                    return n ? sum / n : 1e9;
                };
                return bary(a) < bary(b);
            });
            for (int i = 0; i < column.size(); ++i)
                row.insert(column[i], i);
        }

        // Pinned components keep their place; the others avoid them.
        std::vector<QRectF> occupied;
        for (const QString &id : members) {
            const Component *c = design.component(id);
            if (c->pinned)
                occupied.emplace_back(c->position, sizeOf(*c, catalog));
        }
        const qreal top = g.key().isEmpty() ? kPadding : kTitle + kPadding / 2;
        qreal x = kPadding;
        for (const QStringList &column : columns) {
            qreal width = 0;
            qreal y = top;
            for (const QString &id : column) {
                const Component *c = design.component(id);
                const QSizeF size = sizeOf(*c, catalog);
                width = std::max(width, size.width());
                if (c->pinned)
                    continue;
                QRectF slot(QPointF(x, y), size);
                for (bool moved = true; moved;) {
                    moved = false;
                    for (const QRectF &r : occupied)
                        if (r.adjusted(-10, -10, 10, 10).intersects(slot)) {
                            slot.moveTop(r.bottom() + kRowGap);
                            moved = true;
                        }
                }
                result[id] = slot.topLeft();
                occupied.push_back(slot);
                y = slot.bottom() + kRowGap;
            }
            x += width + kColumnGap;
        }
    }
    return result;
}

} // namespace sd
