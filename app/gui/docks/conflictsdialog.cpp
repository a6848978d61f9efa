// SPDX-License-Identifier: MIT
#include "conflictsdialog.h"

#include "commands.h"
#include "conflictresolution.h"
#include "document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sd {

ConflictsDialog::ConflictsDialog(Document *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Resolve Merge Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The merge kept one value of each field both sides changed. Keep it, or put the other side's value "
                                "back; each choice is one undo step."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Item"), tr("Field"), tr("Merged value"), tr("Other value"), tr("Why")});
    for (int column = 0; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Keep Merged Value"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepMerged"));
    m_other = buttons->addButton(tr("&Use Other Value"), QDialogButtonBox::ActionRole);
    m_other->setObjectName(QStringLiteral("useOther"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_keep, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_other, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::updateButtons);
    resize(900, 420);
    refresh();
}

void ConflictsDialog::refresh()
{
    m_list->clear();
    const std::vector<MergeConflict> &conflicts = m_document->design().conflicts;
    for (const MergeConflict &c : conflicts) {
        const bool keptOurs = c.kept != QLatin1String("theirs");
        const std::optional<QString> &merged = keptOurs ? c.ours : c.theirs;
        const std::optional<QString> &other = keptOurs ? c.theirs : c.ours;
        // The name people know the item by, with its id (a deleted item has only its id).
        QString item = c.item.isEmpty() ? tr("(the design)") : c.item;
        const Design &d = m_document->design();
        if (const Component *component = c.type == QLatin1String("component") ? d.component(c.item) : nullptr)
            item = QStringLiteral("%1 (%2)").arg(component->name, c.item);
        else if (const Zone *zone = c.type == QLatin1String("zone") ? d.zone(c.item) : nullptr)
            item = QStringLiteral("%1 (%2)").arg(zone->name, c.item);
        auto *row = new QTreeWidgetItem(m_list, {item, c.field.isEmpty() ? tr("(the whole item)") : c.field,
                                                 merged.value_or(tr("(absent)")), other.value_or(tr("(absent)")), c.note});
        row->setToolTip(4, c.note);
    }
    if (!conflicts.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_message->setText(tr("No conflicts are left: save the design to write it without them."));
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const std::vector<MergeConflict> &conflicts = m_document->design().conflicts;
    m_keep->setEnabled(row >= 0);
    m_other->setEnabled(row >= 0 && size_t(row) < conflicts.size() && canTakeOtherValue(conflicts[size_t(row)]));
}

void ConflictsDialog::resolve(bool takeOther)
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0)
        return;
    QString error;
    std::optional<Design> resolved = resolveConflict(m_document->design(), m_document->catalog(), size_t(row), takeOther, &error);
    if (!resolved) {
        m_message->setText(error);
        return;
    }
    m_message->clear();
    m_document->undoStack()->push(new ReplaceDesign(m_document, std::move(*resolved), tr("Resolve Merge Conflict")));
    refresh();
}

} // namespace sd
