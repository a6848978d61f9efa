// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

class Catalog;

/**
 * The catalog by category, with icons, tooltips and a search field. Items drag
 * onto the canvas (MIME type kKindMimeType, the kind id as UTF-8); double-click
 * or Enter asks to add the kind at the centre of the view.
 */
/// What the palette's Note entry carries instead of a kind id (catalog ids have no colon).
inline constexpr char kNotePaletteId[] = "stackdraft:note";

class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(const Catalog &catalog, QWidget *parent = nullptr);

    /// Filters the list as the search field does (used by tests too).
    void setFilter(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    /// Wide enough for the longest kind name, which some languages make long ("Base de données relationnelle").
    QSize sizeHint() const override;
    /// The palette's item of a kind, or null.
    QTreeWidgetItem *kindItem(const QString &kindId) const;

Q_SIGNALS:
    void kindActivated(const QString &kindId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void applyFilter(const QString &text);
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *firstVisibleKind() const;

    const Catalog &m_catalog;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_noMatch = nullptr;
};

} // namespace sd
