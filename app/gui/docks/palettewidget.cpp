// SPDX-License-Identifier: MIT
#include "palettewidget.h"

#include "diagramstyle.h"
#include "canvasview.h"
#include "catalog.h"

#include <QDrag>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sd {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;
constexpr int kIconSize = 24;

/// The tree with drag (copy only, never move: the palette keeps its items) and Enter to activate.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void(QTreeWidgetItem *)> onActivate;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(kKindMimeType)}; }

    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        for (QTreeWidgetItem *item : items) {
            const QString kind = item->data(0, KindRole).toString();
            if (kind.isEmpty())
                continue;
            auto *mime = new QMimeData;
            mime->setData(QLatin1String(kKindMimeType), kind.toUtf8());
            mime->setText(kind);
            return mime;
        }
        return nullptr;
    }

    void startDrag(Qt::DropActions) override
    {
        QTreeWidgetItem *item = currentItem();
        if (!item || item->data(0, KindRole).toString().isEmpty())
            return;
        QMimeData *mime = mimeData({item});
        if (!mime)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        const qreal dpr = devicePixelRatioF();
        QPixmap pixmap = item->icon(0).pixmap(QSize(40, 40), dpr);
        if (!pixmap.isNull()) {
            drag->setPixmap(pixmap);
            drag->setHotSpot(QPoint(20, 20));
        }
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()
            && !currentItem()->data(0, KindRole).toString().isEmpty()) {
            if (onActivate)
                onActivate(currentItem());
            event->accept();
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

/// A round swatch in the category's colour, for category headings and kinds without an icon.
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(5, 5, kIconSize - 10, kIconSize - 10), 3, 3);
    return QIcon(pixmap);
}

QString kindTooltip(const KindSpec &kind)
{
    QString tip = QStringLiteral("<b>%1</b>").arg(kind.displayText().toHtmlEscaped());
    if (!kind.description.isEmpty())
        tip += QStringLiteral("<br>%1").arg(kind.descriptionText().toHtmlEscaped());
    if (!kind.roles.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>")
                   .arg(PaletteWidget::tr("Roles: %1").arg(kind.roles.join(QStringLiteral(", "))).toHtmlEscaped());
    return tip;
}

} // namespace

PaletteWidget::PaletteWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_search(new QLineEdit(this))
{
    setAccessibleName(tr("Component palette"));

    m_search->setPlaceholderText(tr("Search components…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search components"));
    m_search->setToolTip(tr("Filter by name, id or description (Down moves into the list, Enter adds the first match)"));
    m_search->installEventFilter(this);

    auto *tree = new PaletteTree(this);
    tree->onActivate = [this](QTreeWidgetItem *item) { activate(item); };
    m_tree = tree;
    m_tree->setAccessibleName(tr("Component kinds"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setIconSize(QSize(kIconSize, kIconSize));
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setAnimated(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_noMatch = new QLabel(tr("No component matches."), this);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setEnabled(false);
    m_noMatch->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { activate(firstVisibleKind()); });

    populate();
}

void PaletteWidget::populate()
{
    m_tree->clear();
    QFont headingFont = m_tree->font();
    headingFont.setBold(true);
    for (const CategorySpec &category : m_catalog.categories()) {
        const QString categoryName = category.displayText();
        auto *heading = new QTreeWidgetItem(m_tree, {categoryName});
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFont(0, headingFont);
        heading->setIcon(0, swatch(DiagramStyle::categoryColour(m_catalog, category.id)));
        heading->setData(0, Qt::AccessibleTextRole, tr("Category %1").arg(categoryName));
        for (const QString &kindId : category.kinds) {
            const KindSpec *kind = m_catalog.kind(kindId);
            if (!kind)
                continue;
            const QString name = kind->displayText();
            const QString description = kind->descriptionText();
            auto *item = new QTreeWidgetItem(heading, {name});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            item->setData(0, KindRole, kind->id);
            // The English texts match too: documentation, tutorials and colleagues use them.
            item->setData(0, SearchRole, QStringList{name, kind->displayName, kind->id, description, kind->description}
                                             .join(QLatin1Char('\n')));
            item->setIcon(0, QFile::exists(kind->icon) ? QIcon(kind->icon)
                                                       : swatch(DiagramStyle::categoryColour(m_catalog, category.id)));
            item->setToolTip(0, kindTooltip(*kind));
            item->setStatusTip(0, description);
            item->setData(0, Qt::AccessibleTextRole, name);
            item->setData(0, Qt::AccessibleDescriptionRole, description);
        }
        heading->setExpanded(true);
    }
    // Text notes are no catalog kind, but are dragged and double-clicked like one.
    auto *annotations = new QTreeWidgetItem(m_tree, {tr("Annotations")});
    annotations->setFlags(Qt::ItemIsEnabled);
    annotations->setFont(0, headingFont);
    annotations->setIcon(0, swatch(QColor(0xE8, 0xC5, 0x4A)));
    annotations->setData(0, Qt::AccessibleTextRole, tr("Category %1").arg(annotations->text(0)));
    auto *note = new QTreeWidgetItem(annotations, {tr("Note")});
    note->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    note->setData(0, KindRole, QString::fromLatin1(kNotePaletteId));
    note->setData(0, SearchRole, QStringList{tr("Note"), QStringLiteral("Note"), tr("A text note on the diagram")}.join(QLatin1Char('\n')));
    note->setIcon(0, QIcon(QStringLiteral(":/actions/note-add.svg")));
    note->setToolTip(0, tr("A text note on the diagram: drag it onto the canvas, or double-click"));
    note->setData(0, Qt::AccessibleTextRole, tr("Note"));
    annotations->setExpanded(true);
}

void PaletteWidget::setFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // applies the filter through textChanged
    else
        applyFilter(text);
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    int shown = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        int matches = 0;
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *item = heading->child(j);
            const bool match = needle.isEmpty()
                               || item->data(0, SearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            matches += match ? 1 : 0;
        }
        heading->setHidden(matches == 0);
        if (matches > 0 && !needle.isEmpty())
            heading->setExpanded(true);
        shown += matches;
    }
    m_noMatch->setVisible(shown == 0 && !needle.isEmpty());
    // Keep the current item a visible one, so Enter in the list adds what the user sees.
    if (m_tree->currentItem() && m_tree->currentItem()->isHidden())
        m_tree->setCurrentItem(nullptr);
}

QSize PaletteWidget::sizeHint() const
{
    const int margins = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    // QTreeView's override is protected; QAbstractItemView's is public (and gives the items' indentation).
    const int items = static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(0);
    const int tree = items + 2 * m_tree->frameWidth()
                     + m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tree);
    const QSize hint = QWidget::sizeHint();
    return QSize(std::max(hint.width(), tree + margins), hint.height());
}

QTreeWidgetItem *PaletteWidget::kindItem(const QString &kindId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
            if (m_tree->topLevelItem(i)->child(j)->data(0, KindRole).toString() == kindId)
                return m_tree->topLevelItem(i)->child(j);
    return nullptr;
}

QTreeWidgetItem *PaletteWidget::firstVisibleKind() const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        if (heading->isHidden())
            continue;
        for (int j = 0; j < heading->childCount(); ++j)
            if (!heading->child(j)->isHidden())
                return heading->child(j);
    }
    return nullptr;
}

void PaletteWidget::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString kind = item->data(0, KindRole).toString();
    if (!kind.isEmpty())
        Q_EMIT kindActivated(kind);
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field moves into the list, onto the first match.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            if (QTreeWidgetItem *first = firstVisibleKind()) {
                m_tree->setCurrentItem(first);
                m_tree->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sd
