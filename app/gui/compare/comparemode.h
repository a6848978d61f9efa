// SPDX-License-Identifier: MIT
#pragma once

#include "compareprompts.h"
#include "comparison.h"
#include "design.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTimer;
class QToolBar;

namespace sd {

class CanvasScene;
class CanvasView;
class CompareChangeList;
class CompareOverlay;
class ModeBanner;
class Document;
class FindingsDeltaView;
class FindingsPanel;

/**
 * Design > Compare With…: the open design against a git revision of its file or another file,
 * as "changes since": marks and ghosts on the canvas (CompareOverlay), a list of changes in a dock
 * that selects their items, the findings delta in the Findings dock, and a banner that says what is
 * compared, with the legend and Leave (also Esc on the canvas, or the menu item again).
 *
 * Compare mode is a view, never an edit: it reads the document and pushes nothing, so the undo
 * stack and the modified flag stay as they were. Editing while comparing keeps comparing: the
 * comparison is made again a moment after each change, on a worker thread with copies of both
 * designs (a quarter of a second for 10k components, which typing and dragging must not wait
 * for), and shown when it arrives unless a newer edit has overtaken it;
 * opening or reverting a design (a reset with no history) leaves compare mode, as the comparison
 * was about the design that was open.
 */
class CompareMode : public QObject
{
    Q_OBJECT

public:
    CompareMode(QMainWindow *window, Document *document, CanvasScene *scene, CanvasView *view, FindingsPanel *findings);
    ~CompareMode() override;

    /// The checkable "Compare With…" action: checking it asks what to compare with, unchecking leaves.
    QAction *toggleAction() const { return m_toggle; }
    void setPrompts(const ComparePrompts &prompts) { m_prompts = prompts; }

    /// Compares with a design file. On failure shows why (ComparePrompts::showError) and changes nothing.
    bool compareWithFile(const QString &path);
    /// Compares with the open file as `git show REV:FILE` gives it (git runs in the file's folder).
    bool compareWithRevision(const QString &revision);
    /// Back to the normal view: no marks, no ghosts, no delta, the dock and banner hidden.
    void leave();

    bool isActive() const { return m_other.has_value(); }
    /// "HEAD", "shop-v1.stackdraft.yaml": what the open design is compared with.
    QString otherLabel() const { return m_label; }
    /// The comparison shown (null outside compare mode).
    const Comparison *comparison() const { return isActive() ? &m_comparison : nullptr; }
    /// Makes the comparison again now, on this thread (edits do it after a short delay, in the background).
    void refresh();
    /// True while a comparison after an edit is being made in the background.
    bool isRefreshing() const { return m_running.isRunning(); }
    /// Selects and centres the items of a change (a removed one: centres its ghost).
    void showChange(int changeIndex);

    CompareOverlay *overlay() const { return m_overlay.get(); }
    CompareChangeList *changeList() const { return m_changes; }
    FindingsDeltaView *findingsDelta() const { return m_delta; }
    ModeBanner *banner() const { return m_banner; }
    QDockWidget *dock() const { return m_dock; }

    /// How long after an edit the comparison is made again.
    static constexpr int kRefreshDelayMs = 250;

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void onToggled(bool on);
    void refreshInBackground();
    void show(Comparison comparison);
    bool start(Design other, const QString &label);
    void fail(const QString &text, const QString &details = {});
    void createBanner();

    QMainWindow *m_window;
    Document *m_document;
    CanvasScene *m_scene;
    CanvasView *m_view;
    ComparePrompts m_prompts;
    QAction *m_toggle;
    ModeBanner *m_banner = nullptr;
    QDockWidget *m_dock;
    CompareChangeList *m_changes;
    FindingsDeltaView *m_delta;
    QTimer *m_refresh;
    std::unique_ptr<CompareOverlay> m_overlay;
    std::optional<Design> m_other;
    QString m_label;
    Comparison m_comparison;
    QThreadPool m_worker;                      ///< one thread: comparisons run one after another
    QFutureWatcher<Comparison> m_running;      ///< the newest background comparison
    quint64 m_revision = 0;        ///< counts the document's changes and the starts of compare mode
    quint64 m_runningRevision = 0; ///< the revision the background comparison works on
};

} // namespace sd
