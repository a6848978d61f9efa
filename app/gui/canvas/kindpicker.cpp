// SPDX-License-Identifier: MIT
#include "kindpicker.h"

#include "catalog.h"
#include "design.h"
#include "diagramstyle.h"

#include <QFile>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QPixmap>
#include <QPointer>

#include <algorithm>

namespace sd {

namespace {
constexpr int kTopKinds = 8; ///< kinds on the first level of the menu; the rest by category below

/// A square of a category's colour: a category's icon, and a kind's without one.
QIcon swatch(const Catalog &catalog, const QString &category)
{
    QPixmap square(16, 16);
    square.fill(DiagramStyle::categoryColour(catalog, category));
    return QIcon(square);
}

QIcon kindIcon(const Catalog &catalog, const KindSpec &kind)
{
    return QFile::exists(kind.icon) ? QIcon(kind.icon) : swatch(catalog, kind.category);
}
} // namespace

QStringList kindsMostCommonFirst(const Design &design, const Catalog &catalog)
{
    QHash<QString, int> uses;
    for (const Component &c : design.components())
        ++uses[c.kind];
    QStringList kinds;
    for (const CategorySpec &category : catalog.categories())
        for (const QString &id : category.kinds)
            if (const KindSpec *kind = catalog.kind(id); kind && !kind->container && !kinds.contains(id))
                kinds.append(id);
    // Stable: kinds used as often keep the palette's order.
    std::stable_sort(kinds.begin(), kinds.end(), [&](const QString &a, const QString &b) { return uses.value(a) > uses.value(b); });
    return kinds;
}

KindPicker KindMenu::popup(const Catalog &catalog, QWidget *parent)
{
    const Catalog *cat = &catalog;
    QPointer<QWidget> owner(parent);
    return [cat, owner](const QStringList &kindIds, QPoint screenPos) -> QString {
        QMenu menu(owner);
        menu.setToolTipsVisible(true);
        menu.addSection(tr("Add and connect"));
        auto add = [&](QMenu *to, const KindSpec &kind) {
            QAction *action = to->addAction(kindIcon(*cat, kind), kind.displayText());
            action->setData(kind.id);
            action->setToolTip(kind.descriptionText());
        };
        for (int i = 0; i < std::min<int>(kTopKinds, int(kindIds.size())); ++i)
            if (const KindSpec *kind = cat->kind(kindIds[i]))
                add(&menu, *kind);
        if (kindIds.size() > kTopKinds) {
            menu.addSeparator();
            for (const CategorySpec &category : cat->categories()) {
                QMenu *sub = nullptr;
                for (const QString &id : kindIds) {
                    const KindSpec *kind = cat->kind(id);
                    if (!kind || kind->category != category.id)
                        continue;
                    if (!sub) {
                        sub = menu.addMenu(category.displayText());
                        sub->setIcon(swatch(*cat, category.id));
                    }
                    add(sub, *kind);
                }
            }
        }
        const QAction *chosen = menu.exec(screenPos);
        return chosen ? chosen->data().toString() : QString();
    };
}

} // namespace sd
