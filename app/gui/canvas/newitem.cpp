// SPDX-License-Identifier: MIT
#include "newitem.h"

#include "canvasscene.h"
#include "catalog.h"
#include "commands.h"
#include "placement.h"

#include <QSet>

namespace sd {

std::optional<NewItem> newItemAt(const CanvasScene &scene, const QString &kindId, QPointF scenePos)
{
    const Document *document = scene.document();
    const KindSpec *kind = document->catalog().kind(kindId);
    if (!kind)
        return std::nullopt;
    const QString zone = scene.zoneAt(scenePos);
    const QPointF origin = zone.isEmpty() ? QPointF() : scene.zoneItem(zone)->scenePos();
    // The drop point is the centre of the new item, snapped like a move.
    const QPointF topLeft = scene.snapped(scenePos - QPointF(kind->defaultSize.width() / 2, kind->defaultSize.height() / 2) - origin);
    const Design &d = document->design();
    // A new zone takes what its place implies (an availability zone the region's next zone name)
    // and is named from its properties: "AWS", "us-east-1a", rather than its kind.
    PropertyMap properties;
    QString shownName = kind->displayText();
    QString englishBase = kind->displayName;
    if (kind->container) {
        if (kind->hasRole(QStringLiteral("availability-zone")))
            if (const QString next = nextAvailabilityZone(d, document->catalog(), zone); !next.isEmpty())
                properties.insert(QStringLiteral("zone"), next);
        const QString fromProperties =
            zoneNameFromProperties(Zone{QString(), kindId, QString(), zone, {}, {}, properties}, document->catalog());
        if (!fromProperties.isEmpty())
            shownName = englishBase = fromProperties;
    }
    // Names count up per kind in the user's language: "Microservice", "Microservice 2"... The id
    // comes from the English name, so ids do not depend on the language of whoever drew the design.
    NewItem item;
    item.name = shownName;
    QString englishName = englishBase;
    QSet<QString> names;
    for (const Component &c : d.components())
        names.insert(c.name);
    for (const Zone &z : d.zones())
        names.insert(z.name);
    for (int n = 2; names.contains(item.name); ++n) {
        item.name = QStringLiteral("%1 %2").arg(shownName).arg(n);
        englishName = QStringLiteral("%1 %2").arg(englishBase).arg(n);
    }
    item.id = d.uniqueId(Design::slugify(englishName));
    if (kind->container) {
        // Sized to what it is dropped on: never bigger than its parent's inside.
        const QRectF fitted = fitZoneIntoParent(d, document->catalog(), zone, scenePos - origin, kind->defaultSize);
        item.fragment.zones.push_back(Zone{item.id, kindId, item.name, zone, fitted.topLeft(),
                                           fitted.size() == kind->defaultSize ? QSizeF() : fitted.size(), properties});
    } else {
        Component c;
        c.id = item.id;
        c.kind = kindId;
        c.name = item.name;
        c.zone = zone;
        c.position = topLeft;
        item.fragment.components.push_back(c);
    }
    // Dropped near a zone's edge: the zone (and those around it) grow to hold the new item.
    Design added = d;
    if (kind->container)
        added.addZone(item.fragment.zones.front());
    else
        added.addComponent(item.fragment.components.front());
    item.growth = growZonesToFit(added, document->catalog(), {item.id});
    if (const auto shifted = item.growth.positions.find(item.id); shifted != item.growth.positions.end())
        (kind->container ? item.fragment.zones.front().position : item.fragment.components.front().position) = shifted->second;
    return item;
}

QUndoCommand *NewItem::command(Document *document, const QString &text, QUndoCommand *parent) const
{
    if (growth.empty())
        return new AddItems(document, fragment, text, parent);
    auto *command = new QUndoCommand(text, parent);
    new AddItems(document, fragment, text, command);
    addZoneGrowth(document, growth, {id}, command);
    return command;
}

} // namespace sd
