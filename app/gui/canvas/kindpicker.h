// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPoint>
#include <QStringList>

#include <functional>

class QWidget;

namespace sd {

class Catalog;
class Design;

/**
 * Which kind of component to create where a connection was dropped on the empty canvas
 * (draw.io's "drop on nothing, pick a shape"): the kind's id, or empty to cancel. A plain
 * function, like EditPrompts, so that a test answers it without a popup.
 */
using KindPicker = std::function<QString(const QStringList &kindIds, QPoint screenPos)>;

/// The component kinds (no zones): those the design already uses most first, then the palette's order.
QStringList kindsMostCommonFirst(const Design &design, const Catalog &catalog);

/// The studio's picker: a popup menu at `screenPos` with the first kinds on top and all of them
/// by category below, with their icons and category colours; Esc cancels.
struct KindMenu {
    Q_DECLARE_TR_FUNCTIONS(KindMenu)

public:
    static KindPicker popup(const Catalog &catalog, QWidget *parent);
};

} // namespace sd
