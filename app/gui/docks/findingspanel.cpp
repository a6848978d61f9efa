// SPDX-License-Identifier: MIT
#include "findingspanel.h"

#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "findingsmodel.h"

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
#include <QPromise>
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
      m_filter(new FindingsFilter(this)), m_list(new QTreeView(this))
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
    bar->addStretch();
    layout->addLayout(bar);

    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search findings, rules, components"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setSearchText);
    layout->addWidget(m_search);

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
    layout->addWidget(m_list, 1);

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
    m_model->setFindings(std::move(findings));
    if (!current.isEmpty())
        if (const int row = m_model->rowOf(current); row >= 0)
            m_list->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
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

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    const Finding *f = findingAt(m_list->indexAt(pos));
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
