// SPDX-License-Identifier: MIT
#include "comparechangelist.h"

#include "comparison.h"
#include "diffreport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr int kChangeIndexRole = Qt::UserRole;
}

CompareChangeList::CompareChangeList(QWidget *parent) : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("compareChanges"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("compareChangeList"));
    m_list->setHeaderLabels({tr("Change"), tr("Item")});
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto activate = [this](QTreeWidgetItem *item) {
        // A field row stands for its item.
        while (item && item->parent())
            item = item->parent();
        if (item && item->data(0, kChangeIndexRole).isValid())
            Q_EMIT changeActivated(item->data(0, kChangeIndexRole).toInt());
    };
    connect(m_list, &QTreeWidget::itemClicked, this, activate);
    connect(m_list, &QTreeWidget::itemActivated, this, activate);
}

void CompareChangeList::setDiff(const DesignDiff &diff, const QString &otherLabel)
{
    m_list->clear();
    const QStringList summary = designChangeSummary(diff);
    m_summary->setText(summary.isEmpty() ? tr("No changes since %1.").arg(otherLabel)
                                         : tr("Since %1: %2").arg(otherLabel, summary.join(QStringLiteral("; "))));
    for (int i = 0; i < int(diff.changes.size()); ++i) {
        const ItemChange &change = diff.changes[size_t(i)];
        auto *row = new QTreeWidgetItem(m_list);
        row->setData(0, kChangeIndexRole, i);
        row->setIcon(0, CompareStyle::swatch(compareMarkOf(change)));
        row->setText(0, itemChangeHeadline(change));
        const QString type = diffTypeLabel(change.type);
        row->setText(1, change.type == DiffItemType::Design ? type
                        : change.name.isEmpty() || change.name == change.id
                            ? QStringLiteral("%1 · %2").arg(change.id, type)
                            : QStringLiteral("%1 (%2) · %3").arg(change.name, change.id, type));
        const QStringList fields = itemFieldLines(change);
        for (const QString &line : fields)
            new QTreeWidgetItem(row, {QString(), line});
        row->setToolTip(1, fields.join(QLatin1Char('\n')));
    }
    m_list->resizeColumnToContents(0);
}

void CompareChangeList::clear()
{
    m_list->clear();
    m_summary->clear();
}

QTreeWidgetItem *CompareChangeList::rowOf(int changeIndex) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kChangeIndexRole).toInt() == changeIndex)
            return m_list->topLevelItem(i);
    return nullptr;
}

} // namespace sd
