// SPDX-License-Identifier: MIT
#include "comparemode.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "comparechangelist.h"
#include "compareoverlay.h"
#include "designsource.h"
#include "document.h"
#include "findingsdeltaview.h"
#include "findingspanel.h"
#include "modebanner.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPromise>
#include <QTimer>
#include <QToolBar>

namespace sd {

namespace {

/// The legend: a swatch and a word for each mark, as the canvas draws them.
QWidget *legend(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("compareLegend"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(12, 0, 12, 0);
    row->setSpacing(4);
    for (CompareMark mark : {CompareMark::Added, CompareMark::Removed, CompareMark::Changed, CompareMark::Moved}) {
        auto *swatch = new QLabel(box);
        swatch->setPixmap(CompareStyle::swatch(mark).pixmap(16, 16));
        row->addWidget(swatch);
        row->addWidget(new QLabel(CompareStyle::label(mark), box));
        row->addSpacing(10);
    }
    return box;
}

/// The first thing that went wrong reading a design, for the message's main line.
QString firstProblem(const DesignSource &source)
{
    if (!source.error.isEmpty())
        return source.error.trimmed();
    for (const Diagnostic &d : source.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return d.message;
    return {};
}

QString allProblems(const DesignSource &source)
{
    QStringList lines;
    for (const Diagnostic &d : source.diagnostics)
        lines << d.toString();
    if (!source.error.isEmpty())
        lines << source.error.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CompareMode::CompareMode(QMainWindow *window, Document *document, CanvasScene *scene, CanvasView *view, FindingsPanel *findings)
    : QObject(window), m_window(window), m_document(document), m_scene(scene), m_view(view),
      m_prompts(ComparePrompts::dialogs(window)), m_toggle(new QAction(tr("Compare &With…"), this)),
      m_dock(new QDockWidget(tr("Changes"), window)), m_changes(new CompareChangeList(m_dock)), m_delta(new FindingsDeltaView),
      m_refresh(new QTimer(this)), m_overlay(std::make_unique<CompareOverlay>(scene))
{
    m_toggle->setObjectName(QStringLiteral("compareWith"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Shows what changed in the open design since a git revision of its file, or against another file"));
    connect(m_toggle, &QAction::triggered, this, &CompareMode::onToggled);

    createBanner();
    m_dock->setObjectName(QStringLiteral("compareDock"));
    m_dock->setWidget(m_changes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto *properties = window->findChild<QDockWidget *>(QStringLiteral("propertiesDock")))
        window->tabifyDockWidget(properties, m_dock);
    m_dock->hide();
    connect(m_changes, &CompareChangeList::changeActivated, this, &CompareMode::showChange);

    findings->addDeltaView(m_delta);
    m_delta->hide();
    connect(m_delta, &FindingsDeltaView::componentsActivated, this, [this](const QStringList &ids) {
        QStringList present;
        for (const QString &id : ids)
            if (m_scene->itemFor(id))
                present << id;
        m_scene->selectIds(present);
        if (!present.isEmpty())
            m_view->revealItem(present.first());
    });

    connect(view, &CanvasView::escapePressed, this, [this] {
        if (isActive())
            leave();
    });
    // Edits keep comparing: the comparison is made again after the last of a burst of changes.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &CompareMode::refreshInBackground);
    connect(document, &Document::changed, this, [this] {
        ++m_revision;
        if (isActive())
            m_refresh->start();
    });
    m_worker.setMaxThreadCount(1);
    connect(&m_running, &QFutureWatcher<Comparison>::finished, this, [this] {
        QFuture<Comparison> future = m_running.future();
        // An edit, a new comparison or leaving since the copies were taken makes it stale.
        if (future.isCanceled() || future.resultCount() == 0 || m_runningRevision != m_revision || !isActive())
            return;
        show(future.takeResult());
    });
    connect(document, &Document::designReset, this, [this] {
        // Open, New and Revert reset the design and its history; an undoable whole-design
        // change (a fix) resets the design but is on the stack by the time this runs.
        QTimer::singleShot(0, this, [this] {
            if (isActive() && m_document->undoStack()->count() == 0)
                leave();
        });
    });
    // A window state saved while comparing would show the banner and dock at the next start.
    QTimer::singleShot(0, this, [this] {
        if (!isActive()) {
            m_banner->hide();
            m_dock->hide();
        }
    });
}

CompareMode::~CompareMode()
{
    // A comparison still running works on its own copies; let it end before the pool goes.
    m_worker.clear();
    m_worker.waitForDone();
}

void CompareMode::createBanner()
{
    m_banner = new ModeBanner(tr("Compare"), QStringLiteral("compareBanner"), ModeBanner::Tone::Compare, m_window);
    m_banner->addWidget(legend(m_banner));
    connect(m_banner->addEndAction(tr("&Leave Compare Mode"), tr("Back to the normal view (Esc on the canvas)"),
                                   QStringLiteral("leaveCompare")),
            &QAction::triggered, this, &CompareMode::leave);
}

void CompareMode::onToggled(bool on)
{
    if (!on) {
        leave();
        return;
    }
    m_toggle->setChecked(isActive()); // until a comparison is made
    if (!m_prompts.chooseTarget)
        return;
    const std::optional<CompareTarget> target = m_prompts.chooseTarget(m_document->fileName());
    if (!target)
        return;
    if (!target->revision.isEmpty())
        compareWithRevision(target->revision);
    else
        compareWithFile(target->file);
}

bool CompareMode::compareWithFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        fail(tr("Cannot compare with %1: there is no such file.").arg(path));
        return false;
    }
    DesignSource source = loadDesignSource(QFileInfo(path).absoluteFilePath(), m_document->catalog());
    if (!source.ok()) {
        fail(tr("Cannot compare with %1: %2").arg(name, firstProblem(source)), allProblems(source));
        return false;
    }
    return start(std::move(*source.design), name);
}

bool CompareMode::compareWithRevision(const QString &revision)
{
    const QString file = m_document->fileName();
    if (file.isEmpty()) {
        fail(tr("Cannot compare with revision %1: the design is not saved yet, so it has no git history.").arg(revision));
        return false;
    }
    const QFileInfo info(file);
    if (!isInGitWorkTree(info.absolutePath())) {
        fail(tr("Cannot compare with revision %1: %2 is not in a git work tree.").arg(revision, info.fileName()));
        return false;
    }
    // "./" makes git take the path from the file's folder, wherever the top of the repository is.
    DesignSource source = loadDesignSource(revision + QStringLiteral(":./") + info.fileName(), m_document->catalog(), info.absolutePath());
    if (source.missing) {
        fail(tr("Cannot compare with revision %1: %2 does not exist at that revision.").arg(revision, info.fileName()));
        return false;
    }
    if (!source.ok()) {
        fail(tr("Cannot compare %1 with revision %2: %3").arg(info.fileName(), revision, firstProblem(source)), allProblems(source));
        return false;
    }
    return start(std::move(*source.design), revision);
}

bool CompareMode::start(Design other, const QString &label)
{
    m_overlay->clear(); // the ghosts paint from the design they were made for
    ++m_revision;       // a background comparison with the previous design is stale
    m_other = std::move(other);
    m_label = label;
    m_banner->setText(tr("Comparing with <b>%1</b>: the canvas shows what changed since.").arg(label.toHtmlEscaped()));
    refresh();
    m_banner->show();
    m_dock->show();
    m_dock->raise();
    m_delta->show();
    m_toggle->setChecked(true);
    Q_EMIT activeChanged(true);
    return true;
}

void CompareMode::refresh()
{
    m_refresh->stop();
    if (!isActive())
        return;
    ++m_revision; // this one is newer than any running in the background
    show(Comparison::of(*m_other, m_document->design(), m_document->catalog()));
}

void CompareMode::refreshInBackground()
{
    if (!isActive())
        return;
    auto promise = std::make_shared<QPromise<Comparison>>();
    promise->start();
    m_running.setFuture(promise->future());
    m_runningRevision = m_revision;
    m_worker.clear(); // one queued behind a running comparison is overtaken by this one
    // Copies of both designs (implicitly shared strings make them cheap): editing goes on meanwhile.
    m_worker.start([promise, open = m_document->design(), other = *m_other, &catalog = m_document->catalog()] {
        promise->addResult(Comparison::of(other, open, catalog));
        promise->finish();
    });
}

void CompareMode::show(Comparison comparison)
{
    m_comparison = std::move(comparison);
    m_overlay->show(*m_other, m_comparison);
    m_changes->setDiff(m_comparison.diff, m_label);
    m_delta->setDelta(m_comparison.findings, m_label);
}

void CompareMode::leave()
{
    m_refresh->stop();
    ++m_revision; // a comparison still running in the background is dropped
    const bool was = isActive();
    m_overlay->clear();
    m_other.reset();
    m_comparison = Comparison();
    m_label.clear();
    m_changes->clear();
    m_delta->hide();
    m_dock->hide();
    m_banner->hide();
    m_toggle->setChecked(false);
    if (was)
        Q_EMIT activeChanged(false);
}

void CompareMode::showChange(int changeIndex)
{
    if (!isActive() || changeIndex < 0 || changeIndex >= int(m_comparison.diff.changes.size()))
        return;
    const ItemChange &change = m_comparison.diff.changes[size_t(changeIndex)];
    if (change.type == DiffItemType::Design)
        return;
    if (change.kind == ChangeKind::Removed) {
        // Nothing of the open design to select: show where it was.
        m_scene->clearSelection();
        const QRectF bounds = m_overlay->ghostBounds(change.id);
        if (!bounds.isNull())
            m_view->centerOn(bounds.center());
        return;
    }
    m_view->revealItem(change.id);
}

void CompareMode::fail(const QString &text, const QString &details)
{
    if (m_prompts.showError)
        m_prompts.showError(text, details);
}

} // namespace sd
