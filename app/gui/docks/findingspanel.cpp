// SPDX-License-Identifier: MIT
#include "findingspanel.h"

#include "catalog.h"
#include "commands.h"
#include "designchangecommand.h"
#include "document.h"
#include "findingdetails.h"
#include "findingsmodel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QPromise>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace sd {

namespace {

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
      m_accepted(new QLabel(this)), m_search(new QLineEdit(this)), m_model(new FindingsModel(this)),
      m_filter(new FindingsFilter(this)), m_list(new QTreeView(this)), m_details(new FindingDetails(this))
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
        connect(button, &QToolButton::toggled, this, [this, s](bool shown) { m_filter->setSeverityShown(s, shown); });
        m_filters[int(s)] = button;
        bar->addWidget(button);
    }
    m_accepted->setObjectName(QStringLiteral("findingsAcceptedCount"));
    bar->addWidget(m_accepted);
    // The search shares the filters' row: every line of the dock's height is a finding more.
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search findings, rules, components"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setSearchText);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    m_model->setSeverityIcons(severityIcon(this, FindingSeverity::Error), severityIcon(this, FindingSeverity::Warning),
                              severityIcon(this, FindingSeverity::Info));
    m_filter->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeView::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    auto activate = [this](const QModelIndex &index) {
        if (const Finding *f = findingAt(index))
            Q_EMIT findingActivated(f->componentIds);
    };
    connect(m_list, &QTreeView::activated, this, activate);
    connect(m_list, &QTreeView::clicked, this, activate);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::updateDetails);
    connect(m_details, &FindingDetails::applyRequested, this, [this](const QString &id) { applyFix(id); });
    connect(m_details, &FindingDetails::acceptRequested, this, &FindingsPanel::askAndAccept);
    connect(m_details, &FindingDetails::unacceptRequested, this, &FindingsPanel::unacceptFinding);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("findingsSplitter"));
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_worker.setMaxThreadCount(1);
    connect(&m_running, &QFutureWatcher<std::vector<Finding>>::finished, this, [this] {
        QFuture<std::vector<Finding>> future = m_running.future();
        // An edit since the copy was taken makes this result stale; the debounce runs a newer one.
        if (future.isCanceled() || future.resultCount() == 0 || m_runningRevision != m_revision)
            return;
        showFindings(future.takeResult());
    });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FindingsPanel::validateInBackground);
    connect(m_document, &Document::changed, this, &FindingsPanel::scheduleRevalidation);
    connect(m_document, &Document::designReset, this, &FindingsPanel::scheduleRevalidation);
    revalidate();
}

FindingsPanel::~FindingsPanel()
{
    // A validation still running works on its own copy of the design; let it end before the
    // watcher and pool go.
    m_worker.clear();
    m_worker.waitForDone();
}

void FindingsPanel::addDeltaView(QWidget *view)
{
    view->setParent(this);
    // Between the filter row and the list: what changed reads before what is.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, view);
}

void FindingsPanel::setDebounceInterval(int milliseconds) { m_debounce->setInterval(milliseconds); }

const std::vector<Finding> &FindingsPanel::findings() const { return m_model->findings(); }

void FindingsPanel::scheduleRevalidation()
{
    ++m_revision;
    m_debounce->start(); // restarts: a burst of edits validates once, after the last
}

void FindingsPanel::revalidate()
{
    m_debounce->stop();
    m_running.setFuture(QFuture<std::vector<Finding>>()); // a background result would be older
    showFindings(validateDesign(m_document->design(), m_catalog));
}

void FindingsPanel::validateInBackground()
{
    auto promise = std::make_shared<QPromise<std::vector<Finding>>>();
    promise->start();
    m_running.setFuture(promise->future());
    m_runningRevision = m_revision;
    m_worker.clear(); // one queued behind a running validation is overtaken by this one
    // The worker gets its own copy of the design (implicitly shared strings make it cheap),
    // so the user keeps editing the original meanwhile.
    m_worker.start([promise, design = m_document->design(), &catalog = m_catalog] {
        promise->addResult(validateDesign(design, catalog));
        promise->finish();
    });
}

void FindingsPanel::showFindings(std::vector<Finding> findings)
{
    QString current;
    if (const Finding *f = findingAt(m_list->currentIndex()))
        current = f->id;
    m_model->setFindings(std::move(findings), itemNames());
    if (!current.isEmpty())
        if (const int row = m_model->rowOf(current); row >= 0)
            m_list->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    updateDetails();
    updateCounts();
    Q_EMIT findingsUpdated();
}

const Finding *FindingsPanel::findingAt(const QModelIndex &viewIndex) const
{
    return m_model->finding(m_filter->mapToSource(viewIndex));
}

void FindingsPanel::updateCounts()
{
    const FindingCounts counts = countFindings(m_model->findings());
    m_filters[int(FindingSeverity::Error)]->setText(tr("%n error(s)", nullptr, int(counts.errors)));
    m_filters[int(FindingSeverity::Warning)]->setText(tr("%n warning(s)", nullptr, int(counts.warnings)));
    m_filters[int(FindingSeverity::Info)]->setText(tr("%n info", nullptr, counts.infos));
    m_accepted->setText(tr("%n accepted", nullptr, counts.accepted));
}

QHash<QString, QString> FindingsPanel::itemNames() const
{
    const Design &design = m_document->design();
    QHash<QString, QString> names;
    names.reserve(qsizetype(design.components().size() + design.zones().size()));
    for (const Component &c : design.components())
        names.insert(c.id, c.name.isEmpty() ? c.id : c.name);
    for (const Zone &z : design.zones())
        names.insert(z.id, z.name.isEmpty() ? z.id : z.name);
    return names;
}

const Finding *FindingsPanel::finding(const QString &findingId) const
{
    const int row = m_model->rowOf(findingId);
    return row < 0 ? nullptr : &m_model->findings()[size_t(row)];
}

void FindingsPanel::updateDetails()
{
    const Finding *f = findingAt(m_list->currentIndex());
    m_details->showFinding(f, [this](const QString &id) { return m_model->nameOf(id); },
                           f && !f->accepted ? fixFor(f->id) : std::nullopt);
}

std::optional<FindingFix> FindingsPanel::fixFor(const QString &findingId) const
{
    const Finding *f = finding(findingId);
    if (!f || f->accepted)
        return std::nullopt;
    if (!m_cachedFix || m_cachedFix->findingId != findingId || m_cachedFix->revision != m_revision)
        m_cachedFix = CachedFix{findingId, m_revision, FixPlanner(m_document->design(), m_catalog).fixFor(*f)};
    return m_cachedFix->fix;
}

bool FindingsPanel::applyFix(const QString &findingId)
{
    const std::optional<FindingFix> fix = fixFor(findingId);
    if (!fix)
        return false;
    const QString text = tr("Fix: %1").arg(fix->title);
    m_document->undoStack()->push(new ApplyDesignChange(m_document, fix->change, text));
    revalidate(); // the finding goes at once
    m_details->showApplied(fix->title);
    return true;
}

void FindingsPanel::addFixActions(QMenu *menu, const QString &componentId)
{
    bool first = true;
    for (const Finding &f : m_model->findings()) {
        if (f.accepted || !f.componentIds.contains(componentId))
            continue;
        const std::optional<FindingFix> fix = FixPlanner(m_document->design(), m_catalog).fixFor(f);
        if (!fix)
            continue;
        if (first) {
            menu->addSeparator();
            menu->setToolTipsVisible(true);
            first = false;
        }
        QAction *action = menu->addAction(tr("Fix: %1").arg(fix->title));
        action->setObjectName(QStringLiteral("fix:") + f.id);
        action->setToolTip(fix->preview.join(QLatin1Char('\n')));
        action->setStatusTip(f.message);
        const QString id = f.id;
        connect(action, &QAction::triggered, this, [this, id] { applyFix(id); });
    }
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    const Finding *f = findingAt(m_list->indexAt(pos));
    if (!f)
        return;
    const QString id = f->id;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    if (f->accepted) {
        menu.addAction(tr("Un-accept"), this, [this, id] { unacceptFinding(id); });
    } else {
        if (const std::optional<FindingFix> fix = fixFor(id)) {
            QAction *apply = menu.addAction(tr("Fix: %1").arg(fix->title), this, [this, id] { applyFix(id); });
            apply->setToolTip(fix->preview.join(QLatin1Char('\n')));
        }
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
    const Finding *f = finding(findingId);
    if (!f)
        return;
    AcceptFindingDialog dialog(*f, this);
    if (dialog.exec() == QDialog::Accepted)
        acceptFinding(findingId, dialog.justification());
}

void FindingsPanel::acceptFinding(const QString &findingId, const QString &justification)
{
    if (justification.trimmed().isEmpty())
        return;
    AcceptedFinding accepted{findingId, justification.trimmed(), qEnvironmentVariable("USER"),
                             QDate::currentDate().toString(Qt::ISODate)};
    m_document->undoStack()->push(new SetAcceptedFinding(m_document, findingId, accepted));
    showAcceptance(); // the user expects to see it greyed at once
}

void FindingsPanel::unacceptFinding(const QString &findingId)
{
    if (!m_document->design().acceptedFinding(findingId))
        return;
    m_document->undoStack()->push(new SetAcceptedFinding(m_document, findingId, std::nullopt));
    showAcceptance();
}

void FindingsPanel::showAcceptance()
{
    // Only the accepted marks change: shown from the findings at hand, without validating on the UI thread
    // (0.8 s at 100k components). The edit has scheduled a background run all the same.
    std::vector<Finding> findings = m_model->findings();
    applyAcceptedFindings(findings, m_document->design());
    showFindings(std::move(findings));
}

} // namespace sd
