// SPDX-License-Identifier: MIT
#include "findingsdeltaview.h"

#include "comparestyle.h"
#include "diff.h"
#include "diffreport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr int kIdsRole = Qt::UserRole;
}

FindingsDeltaView::FindingsDeltaView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findingsDelta"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("findingsDeltaSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("findingsDeltaList"));
    m_list->setHeaderLabels({tr("Since then"), tr("Severity"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(150); // the current findings below stay the dock's main list
    layout->addWidget(m_list);
    auto activate = [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT componentsActivated(item->data(0, kIdsRole).toStringList());
    };
    connect(m_list, &QTreeWidget::itemClicked, this, activate);
    connect(m_list, &QTreeWidget::itemActivated, this, activate);
}

void FindingsDeltaView::setDelta(const FindingsDelta &delta, const QString &otherLabel)
{
    m_list->clear();
    int added = 0, resolved = 0, changed = 0;
    for (const FindingChange &change : delta.changes) {
        const Finding &f = change.current();
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, findingChangeHeadline(change));
        row->setText(1, severityLabel(f.severity));
        row->setText(2, f.message);
        row->setToolTip(2, f.reason);
        row->setData(0, kIdsRole, f.componentIds);
        if (f.accepted && change.kind != FindingChange::Kind::Disappeared) {
            // Accepted findings are decided: shown, but quiet.
            for (int column = 0; column < 3; ++column)
                row->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            row->setToolTip(0, tr("Accepted: %1").arg(f.justification));
        } else if (change.isNew()) {
            row->setForeground(0, CompareStyle::colour(CompareMark::Removed)); // red: a risk more
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
        } else if (change.kind == FindingChange::Kind::Disappeared) {
            row->setForeground(0, CompareStyle::colour(CompareMark::Added)); // green: a risk less
        }
        switch (change.kind) {
        case FindingChange::Kind::Appeared: ++added; break;
        case FindingChange::Kind::Disappeared: ++resolved; break;
        default: ++changed; break;
        }
    }
    for (const StructuralChange &s : delta.structural) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, tr("Structure"));
        row->setText(2, s.sentence());
        row->setData(0, kIdsRole, s.subject.split(QStringLiteral(" - ")));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    const QString counts = delta.changes.empty() && delta.structural.empty()
                               ? tr("no change in the findings")
                               : tr("%1 new, %2 resolved, %3 changed").arg(added).arg(resolved).arg(changed);
    m_summaryText = tr("Findings since %1: %2").arg(otherLabel, counts);
    m_summary->setText(QStringLiteral("<b>%1</b>").arg(m_summaryText.toHtmlEscaped()));
    m_summary->setAccessibleName(m_summaryText);
}

} // namespace sd
