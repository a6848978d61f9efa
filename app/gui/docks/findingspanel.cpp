// SPDX-License-Identifier: MIT
#include "findingspanel.h"

#include "catalog.h"
#include "commands.h"
#include "document.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kFindingIndexRole = Qt::UserRole + 1;

QIcon severityIcon(const QWidget *widget, FindingSeverity severity)
{
    const QStyle::StandardPixmap pixmap = severity == FindingSeverity::Error ? QStyle::SP_MessageBoxCritical
        : severity == FindingSeverity::Warning                              ? QStyle::SP_MessageBoxWarning
                                                                             : QStyle::SP_MessageBoxInformation;
    return widget->style()->standardIcon(pixmap);
}

} // namespace

FindingsPanel::FindingsPanel(Document *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_document(document), m_catalog(catalog), m_debounce(new QTimer(this)),
      m_accepted(new QLabel(this)), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    const char *names[] = {"findingsFilterInfo", "findingsFilterWarning", "findingsFilterError"};
    for (FindingSeverity s : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info}) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(names[int(s)]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severityIcon(this, s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("Show or hide findings of this severity"));
        connect(button, &QToolButton::toggled, this, &FindingsPanel::applyFilter);
        m_filters[int(s)] = button;
        bar->addWidget(button);
    }
    m_accepted->setObjectName(QStringLiteral("findingsAcceptedCount"));
    bar->addWidget(m_accepted);
    bar->addStretch();
    layout->addLayout(bar);

    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search findings, rules, components"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsPanel::applyFilter);
    layout->addWidget(m_search);

    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Components")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Finding *f = findingOf(item))
            Q_EMIT findingActivated(f->componentIds);
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const Finding *f = findingOf(item))
            Q_EMIT findingActivated(f->componentIds);
    });
    layout->addWidget(m_list, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FindingsPanel::revalidate);
    connect(m_document, &Document::changed, this, &FindingsPanel::scheduleRevalidation);
    connect(m_document, &Document::designReset, this, &FindingsPanel::scheduleRevalidation);
    revalidate();
}

void FindingsPanel::scheduleRevalidation()
{
    m_debounce->start(); // restarts: a burst of edits validates once, after the last
}

void FindingsPanel::revalidate()
{
    m_debounce->stop();
    m_findings = validateDesign(m_document->design(), m_catalog);
    rebuildList();
    Q_EMIT findingsUpdated();
}

const Finding *FindingsPanel::findingOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(0, kFindingIndexRole).toInt();
    return index >= 0 && size_t(index) < m_findings.size() ? &m_findings[size_t(index)] : nullptr;
}

void FindingsPanel::rebuildList()
{
    QString current;
    if (const Finding *f = findingOf(m_list->currentItem()))
        current = f->id;
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(m_findings.size()));
    QTreeWidgetItem *currentItem = nullptr;
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings[i];
        auto *item = new QTreeWidgetItem;
        item->setData(0, kFindingIndexRole, int(i));
        item->setIcon(0, severityIcon(this, f.severity));
        item->setText(0, f.accepted ? tr("%1 (accepted)").arg(severityLabel(f.severity)) : severityLabel(f.severity));
        item->setText(1, f.accepted ? tr("%1 — accepted: %2").arg(f.message, f.justification) : f.message);
        item->setText(2, f.componentIds.join(QStringLiteral(", ")));
        QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p><p><code>%5</code></p>")
                          .arg(f.message.toHtmlEscaped(), f.reason.toHtmlEscaped(), tr("Fix:").toHtmlEscaped(),
                               f.fix.toHtmlEscaped(), f.id.toHtmlEscaped());
        if (f.accepted)
            tip += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Accepted:").toHtmlEscaped(), f.justification.toHtmlEscaped());
        for (int column = 0; column < 3; ++column) {
            item->setToolTip(column, tip);
            if (f.accepted)
                item->setForeground(column, grey);
        }
        if (f.id == current)
            currentItem = item;
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (currentItem)
        m_list->setCurrentItem(currentItem);
    applyFilter();
    m_list->setUpdatesEnabled(true);

    const FindingCounts counts = countFindings(m_findings);
    m_filters[int(FindingSeverity::Error)]->setText(tr("%n error(s)", nullptr, int(counts.errors)));
    m_filters[int(FindingSeverity::Warning)]->setText(tr("%n warning(s)", nullptr, int(counts.warnings)));
    m_filters[int(FindingSeverity::Info)]->setText(tr("%1 info").arg(counts.infos));
    m_accepted->setText(tr("%1 accepted").arg(counts.accepted));
}

void FindingsPanel::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const Finding *f = findingOf(item);
        if (!f)
            continue;
        bool visible = m_filters[int(f->severity)]->isChecked();
        if (visible && !needle.isEmpty())
            visible = f->message.contains(needle, Qt::CaseInsensitive) || f->id.contains(needle, Qt::CaseInsensitive)
                || f->componentIds.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive)
                || f->justification.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!visible);
    }
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    const Finding *f = findingOf(item);
    if (!f)
        return;
    const QString id = f->id;
    QMenu menu(this);
    if (f->accepted) {
        menu.addAction(tr("Un-accept"), this, [this, id] { unacceptFinding(id); });
    } else {
        menu.addAction(tr("Accept…"), this, [this, id] { askAndAccept(id); });
    }
    if (!f->componentIds.isEmpty()) {
        const QStringList ids = f->componentIds;
        menu.addAction(tr("Show components"), this, [this, ids] { Q_EMIT findingActivated(ids); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void FindingsPanel::askAndAccept(const QString &findingId)
{
    bool ok = false;
    const QString justification = QInputDialog::getText(
        this, tr("Accept finding"), tr("Why is this acceptable? (stored in the design file)"), QLineEdit::Normal, {}, &ok);
    if (ok)
        acceptFinding(findingId, justification);
}

void FindingsPanel::acceptFinding(const QString &findingId, const QString &justification)
{
    if (justification.trimmed().isEmpty())
        return;
    AcceptedFinding accepted{findingId, justification.trimmed(), qEnvironmentVariable("USER"),
                             QDate::currentDate().toString(Qt::ISODate)};
    m_document->undoStack()->push(new SetAcceptedFinding(m_document, findingId, accepted));
    revalidate(); // the user expects to see it greyed at once
}

void FindingsPanel::unacceptFinding(const QString &findingId)
{
    if (!m_document->design().acceptedFinding(findingId))
        return;
    m_document->undoStack()->push(new SetAcceptedFinding(m_document, findingId, std::nullopt));
    revalidate();
}

} // namespace sd
